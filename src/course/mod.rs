//! The course and the health offices as content data: loaded from `content/`,
//! validated as a whole, and the rules that grade a learner against it.

mod captions;
mod consistency;
mod fee;
mod files;
mod film;
mod lesson_file;
pub use lesson_file::paragraphs;
mod load;
pub mod mail_texts;
mod media;
mod model;
mod page_texts;
pub mod quiz;
mod sections;
mod stand_in;
mod tenant;
mod tenant_file;
pub mod watch;

pub use fee::{Fee, identifier_fits};
pub use load::{Content, ContentProblems};
pub use model::{
    AnswerOption, BuiltFilm, Captions, Course, CourseLanguage, Declaration, Direction, Film,
    Lesson, Question, QuizRules, Representative, RepresentativeRoles, ReviewStatus,
};
pub use page_texts::PageTexts;
pub use sections::{Section, SectionedText};
pub use tenant::{Retention, StaffCheck, Tenant, TenantAddress, TenantContact, TenantPages};
