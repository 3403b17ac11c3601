use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::RepresentativeRole;

/// The course in every language, validated: every language has every lesson and the
/// same quiz pool, so a lookup by id in one language works in all of them.
#[derive(Debug, Clone)]
pub struct Course {
    pub id: String,
    pub version: String,
    pub source_language: String,
    pub quiz: QuizRules,
    /// The languages learners can take the course in.
    pub languages: Vec<CourseLanguage>,
    /// Languages whose videos have not been built yet (`content/build/build-videos --lang
    /// CODE`): they are offered with the source language's film and captions meanwhile.
    pub awaiting_videos: Vec<String>,
}

impl Course {
    pub fn language(&self, code: &str) -> Option<&CourseLanguage> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuizRules {
    pub questions_per_attempt: usize,
    /// Share of the drawn questions that must be answered fully correctly.
    pub pass_ratio: f64,
    /// Failed attempts allowed before the lessons must be watched again.
    pub max_attempts: u32,
}

#[derive(Debug, Clone)]
pub struct CourseLanguage {
    pub code: String,
    pub name: String,
    pub direction: Direction,
    pub review: ReviewStatus,
    pub course_title: String,
    pub declaration: Declaration,
    pub lessons: Vec<Lesson>,
    pub questions: Vec<Question>,
}

impl CourseLanguage {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// How far a translation can be trusted; the declaration's legal meaning must not drift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Original,
    Reviewed,
    Machine,
    Draft,
}

impl ReviewStatus {
    /// As written in the content files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Original => "original",
            Self::Reviewed => "reviewed",
            Self::Machine => "machine",
            Self::Draft => "draft",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// The version of the German legal text; identical in every language.
    pub version: String,
    /// The person's own declaration; names them (§126b BGB): `{name}`, `{birth_date}`.
    pub text: String,
    /// The same declaration made for them by a representative (§43 Abs. 6 IfSG):
    /// also `{representative}` and `{role}`.
    pub guardian_text: String,
    pub roles: RepresentativeRoles,
}

/// The representative's role in the words of the declaration's language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepresentativeRoles {
    pub parent: String,
    pub guardian: String,
    pub carer: String,
}

impl RepresentativeRoles {
    pub fn name(&self, role: RepresentativeRole) -> &str {
        match role {
            RepresentativeRole::Parent => &self.parent,
            RepresentativeRole::Guardian => &self.guardian,
            RepresentativeRole::Carer => &self.carer,
        }
    }
}

/// Who made a declaration for the person instructed.
#[derive(Debug, Clone, Copy)]
pub struct Representative<'a> {
    pub name: &'a str,
    pub role: RepresentativeRole,
}

impl Declaration {
    /// The placeholders each text must hold, so that the declarant is named.
    pub const OWN_PLACEHOLDERS: [&str; 2] = ["{name}", "{birth_date}"];
    pub const REPRESENTED_PLACEHOLDERS: [&str; 4] =
        ["{representative}", "{role}", "{name}", "{birth_date}"];

    /// The declaration as made and stored: the person (and whoever declares for them)
    /// named, the birth date written day.month.year.
    pub fn render(
        &self,
        name: &str,
        birth_date: NaiveDate,
        representative: Option<Representative<'_>>,
    ) -> String {
        let birth_date = birth_date.format("%d.%m.%Y").to_string();
        let text = match representative {
            None => self.text.clone(),
            Some(r) => self
                .guardian_text
                .replace("{representative}", r.name)
                .replace("{role}", self.roles.name(r.role)),
        };
        text.replace("{name}", name)
            .replace("{birth_date}", &birth_date)
            .trim()
            .to_string()
    }
}

#[derive(Debug, Clone)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    /// Markdown.
    pub text: String,
    pub video: PathBuf,
    pub captions: Captions,
    pub duration_ms: i64,
    pub legal_basis: Vec<String>,
    /// The language the video is spoken in when it is not the lesson's own (no voice for
    /// the language: the source language's narration with captions in this language).
    pub narration: Option<String>,
    /// One pictogram per paragraph of `text`, or none.
    pub pictures: Vec<String>,
    /// The language of the captions when it is not the lesson's own (a translation whose
    /// videos are not built yet shows the source language's film and captions).
    pub captions_language: Option<String>,
    /// Where the film comes from.
    pub film: Film,
    /// A film of the lesson in German Sign Language (DGS), shown beside the film.
    pub sign_language_video: Option<PathBuf>,
    /// The pictures this lesson names for its slides (a translation may name none).
    pub slide_pictures: Vec<String>,
    /// The hash of what its film shows and says (`build-videos` records it).
    pub text_hash: String,
}

/// Where a lesson's film comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Film {
    /// The office's own recording, named in the lesson file.
    Recorded,
    /// Built from the lesson file by `content/build/build-videos` (a manifest says so).
    Built(BuiltFilm),
    /// Not built (or built from an older text): the source language's film stands in.
    Borrowed,
}

/// What the build says of a film it made.
#[derive(Debug, Clone, PartialEq)]
pub struct BuiltFilm {
    pub bytes: u64,
    /// The picture of each slide.
    pub pictures: Vec<String>,
    /// For a film spoken in the source language: the hash of the lesson it speaks.
    pub narrated_text: Option<String>,
    /// When each paragraph is spoken, in seconds: the captions of a translation that
    /// borrows this film are timed by them.
    pub spans: Vec<(f64, f64)>,
}

/// A lesson's captions: a WebVTT file, or made at start from the lesson's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Captions {
    File(PathBuf),
    Text(std::sync::Arc<str>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub lesson: String,
    pub text: String,
    pub explanation: String,
    pub options: Vec<AnswerOption>,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    pub text: String,
    pub correct: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_names_the_person_and_their_representative() {
        let declaration = Declaration {
            version: "1".into(),
            text: "\nIch, {name}, geboren am {birth_date}, erkläre: …".into(),
            guardian_text: "Ich, {representative}, erkläre als {role} von {name}, \
                            geboren am {birth_date}: {name} …"
                .into(),
            roles: RepresentativeRoles {
                parent: "Elternteil".into(),
                guardian: "Vormund".into(),
                carer: "Betreuer".into(),
            },
        };
        let born = NaiveDate::from_ymd_opt(2011, 3, 1).expect("date");
        assert_eq!(
            declaration.render("Ayşe Yılmaz", born, None),
            "Ich, Ayşe Yılmaz, geboren am 01.03.2011, erkläre: …"
        );
        let by = Representative {
            name: "Maria Żółć",
            role: RepresentativeRole::Guardian,
        };
        assert_eq!(
            declaration.render("Ayşe Yılmaz", born, Some(by)),
            "Ich, Maria Żółć, erkläre als Vormund von Ayşe Yılmaz, geboren am 01.03.2011: Ayşe Yılmaz …"
        );
    }
}
