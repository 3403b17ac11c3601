//! The instruction's rules, over the database: what the JSON API and the pages call.
//! Every function here is synchronous (diesel) and runs on the blocking pool.

mod auth;
mod certificate;
mod declaration;
mod enrolment;
mod error;
mod lock;
mod progress;
mod quiz;
mod status;

use std::sync::Arc;

pub use auth::{authenticate, hash_token};
pub use certificate::{CertificateView, lookup_certificate};
pub use declaration::{DeclarationInput, GuardianInput, Issued, declare};
pub use enrolment::{EnrolmentInput, NewEnrolmentCreated, enrol};
pub use error::{Error, FieldError};
pub use progress::{ProgressInput, report_progress};
pub use quiz::{
    AttemptGraded, AttemptStarted, QuestionResult, ShownOption, ShownQuestion, grade_attempt,
    start_attempt,
};
pub use status::{EnrolmentStatus, EnrolmentView, LessonProgress, QuizProgress, enrolment_view};

use crate::clock::Clock;
use crate::course::Content;
use crate::settings::WatchRatio;

/// What the rules need besides the database.
pub struct Context {
    pub content: Arc<Content>,
    pub clock: Arc<dyn Clock>,
    pub watch_ratio: WatchRatio,
}
