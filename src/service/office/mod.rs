//! What health-office staff look up and do: certificates by code or by person, one
//! certificate with its history, the figures, identity checks, the fee (waivers,
//! payments at the desk) and voucher batches. Every query is limited to one office;
//! the look-ups the audit log records go through `traced`, and each decision writes
//! its own entry in its transaction.

pub mod accounts;
mod fees;
mod figures;
mod identity_checks;
mod record;
mod search;
mod traced;
mod vouchers;

pub use fees::{
    AfterFee, FeeOverview, FeeState, LATEST_SETTLEMENTS, OpenWaiver, PaymentState, SettledEntry,
    WaiverState, decide_waiver, fee_overview, fee_states, latest_settlements, open_waivers,
    record_desk_payment, search_fees,
};
pub use figures::{FigureRow, figures};
pub use identity_checks::{CheckQuery, Decided, Decision, OpenCheck, decide, open_checks};
pub use record::{CertificateRecord, MailEntry, certificate_record};
pub use search::{Found, PersonQuery, find_by_person};
pub use traced::{
    StaffActor, export_figures, log_out, note_refused, search_person, view_certificate,
};
pub use vouchers::{
    BatchCodes, BatchError, BatchField, BatchSummary, ExportFormat, MAX_LABEL_CHARS,
    MAX_VALIDITY_MONTHS, MAX_VOUCHERS_PER_BATCH, VoucherEntry, batch_codes, batches, check_batch,
    create_batch, export_batch, latest_expiry,
};
