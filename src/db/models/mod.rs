//! One read struct and one insert struct per table.

mod certificate;
mod declaration;
mod enrolment;
mod issued_pdf;
mod quiz_attempt;
mod watch_span;

pub use certificate::{CertificateRow, NewCertificate};
pub use declaration::{DeclarationRow, NewDeclaration};
pub use enrolment::{EnrolmentRow, NewEnrolment};
pub use issued_pdf::IssuedPdfRow;
pub use quiz_attempt::{NewQuizAttempt, QuizAttemptRow};
pub use watch_span::{NewWatchSpan, WatchSpanRow};
