//! E-mail: an outbox written in the same transaction as what it reports, and a worker
//! that delivers it with lettre, retrying with backoff. Several instances may run the
//! worker on one database: a mail is claimed before it is sent.

mod delivery;
mod message;
mod outbox;
mod worker;

pub use delivery::{DeliveryReport, Mailer, RetryPolicy, deliver_due};
pub use outbox::{
    Addressed, MailKind, enqueue, enqueue_pdf_code, enqueue_resume_link, queued_count,
};
pub use worker::run_worker;
