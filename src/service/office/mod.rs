//! What health-office staff look up: certificates by code or by person, one
//! certificate with its history, and the figures. Every query is limited to one office.

mod figures;
mod record;
mod search;

pub use figures::{FigureRow, figures};
pub use record::{CertificateRecord, MailEntry, certificate_record};
pub use search::{Found, PersonQuery, find_by_person};
