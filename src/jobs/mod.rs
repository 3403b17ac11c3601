//! Work `serve` does besides answering requests: delivering the outbox, asking about
//! open payments, and the retention job. Both act through `service` and `mail`'s outbox, above which they sit.

mod mail_delivery;
mod mail_worker;
mod payment_checks;
mod retention;

pub use mail_delivery::{DeliveryReport, Mailer, RetryPolicy, deliver_due};
pub use mail_worker::run_worker;
pub use payment_checks::run_payment_checks;
pub use retention::run_retention_schedule;
