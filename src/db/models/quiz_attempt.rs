use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::quiz_attempts;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = quiz_attempts)]
pub struct QuizAttemptRow {
    pub id: String,
    pub enrolment_id: String,
    pub number: i64,
    pub watch_round: i64,
    pub language: String,
    pub course_version: String,
    /// JSON: the drawn questions with their options in the order shown.
    pub questions: String,
    pub started_at: NaiveDateTime,
    pub graded_at: Option<NaiveDateTime>,
    pub answers: Option<String>,
    pub correct_count: Option<i64>,
    pub passed: Option<bool>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = quiz_attempts)]
pub struct NewQuizAttempt<'a> {
    pub id: &'a str,
    pub enrolment_id: &'a str,
    pub number: i64,
    pub watch_round: i64,
    pub language: &'a str,
    pub course_version: &'a str,
    pub questions: &'a str,
    pub started_at: NaiveDateTime,
}
