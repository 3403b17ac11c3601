//! What health-office staff look up: certificates by code or by person, one
//! certificate with its history, and the figures. Every query is limited to one office;
//! what the audit log records goes through `traced`.

pub mod accounts;
mod figures;
mod identity_checks;
mod record;
mod search;
mod traced;

pub use figures::{FigureRow, figures};
pub use identity_checks::{CheckQuery, Decided, Decision, OpenCheck, decide, open_checks};
pub use record::{CertificateRecord, MailEntry, certificate_record};
pub use search::{Found, PersonQuery, find_by_person};
pub use traced::{
    StaffActor, export_figures, log_out, note_refused, search_person, view_certificate,
};
