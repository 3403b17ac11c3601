use std::path::PathBuf;

use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// The version of the German legal text; identical in every language.
    pub version: String,
    pub text: String,
    /// The same declaration made by the person with custody (§43 Abs. 6 IfSG).
    pub guardian_text: String,
}

#[derive(Debug, Clone)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    /// Markdown.
    pub text: String,
    pub video: PathBuf,
    pub captions: PathBuf,
    pub duration_ms: i64,
    pub legal_basis: Vec<String>,
    /// The language the video is spoken in when it is not the lesson's own (no voice for
    /// the language: the source language's narration with captions in this language).
    pub narration: Option<String>,
    /// The language of the captions when it is not the lesson's own (a translation whose
    /// videos are not built yet shows the source language's film and captions).
    pub captions_language: Option<String>,
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
