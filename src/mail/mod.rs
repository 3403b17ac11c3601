//! E-mail: an outbox written in the same transaction as what it reports, and the
//! messages built from it. Delivery (`jobs`) claims a mail before it sends it, so that
//! several instances may deliver from one database.

mod message;
mod outbox;

pub(crate) use message::{Draft, Section};
pub use outbox::{
    Addressed, MailKind, enqueue, enqueue_pdf_code, enqueue_resume_link, enqueue_wallet_pin,
    queued_count,
};
pub(crate) use outbox::{claim_next, mark_failed, mark_sent};
