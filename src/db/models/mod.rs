//! One read struct and one insert struct per table.

mod audit;
mod certificate;
mod declaration;
mod enrolment;
mod fee;
mod issued_pdf;
mod outbox;
mod quiz_attempt;
mod staff;
mod watch_coverage;

pub use audit::AuditRow;
pub use certificate::{CertificateRow, NewCertificate};
pub use declaration::{DeclarationRow, NewDeclaration};
pub use enrolment::{EnrolmentRow, NewEnrolment};
pub use fee::{PaymentRow, SettlementRow, VoucherBatchRow, WaiverRow};
pub use issued_pdf::IssuedPdfRow;
pub use outbox::OutboxRow;
pub use quiz_attempt::{NewQuizAttempt, QuizAttemptRow};
pub use staff::{NewLoginThrottle, StaffRow, StaffSessionRow};
pub use watch_coverage::{NewWatchCoverage, ProgressWindowRow, WatchCoverageRow};
