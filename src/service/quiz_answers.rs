//! The quiz one question at a time: an open attempt keeps the answers given so far, so
//! that the learner can go back and forth (the browser's back button included) without
//! losing one; grading takes them all at the end.

use std::collections::BTreeMap;

use diesel::prelude::*;

use super::quiz::{AttemptGraded, ShownQuestion, drawn_of, grade_with, locked_open_attempt, show};
use super::status::course_language;
use super::{Context, Error, FieldError, FieldReason};
use crate::course::quiz::AnswerError;
use crate::db::models::QuizAttemptRow;
use crate::db::schema::quiz_attempts;
use crate::db::{DbConnection, Writer};
use crate::domain::EnrolmentId;

/// The answers of an attempt: question id → the options chosen.
pub type Answers = BTreeMap<String, Vec<String>>;

/// The learner's attempt that is not graded yet, with the answers saved so far.
#[derive(Debug, Clone)]
pub struct OpenAttempt {
    pub attempt: i64,
    pub questions: Vec<ShownQuestion>,
    pub answers: Answers,
}

/// The open attempt, if there is one.
pub fn open_attempt(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &EnrolmentId,
) -> Result<Option<OpenAttempt>, Error> {
    let enrolment = super::auth::find_enrolment(conn, enrolment_id)?;
    let language = course_language(ctx, &enrolment)?;
    let open: Option<QuizAttemptRow> = quiz_attempts::table
        .filter(quiz_attempts::enrolment_id.eq(&enrolment.id))
        .filter(quiz_attempts::graded_at.is_null())
        .select(QuizAttemptRow::as_select())
        .get_result(conn)
        .optional()?;
    open.map(|attempt| {
        Ok(OpenAttempt {
            attempt: attempt.number,
            questions: show(&drawn_of(&attempt)?, language),
            answers: saved(&attempt)?,
        })
    })
    .transpose()
}

fn saved(attempt: &QuizAttemptRow) -> Result<Answers, Error> {
    Ok(match &attempt.answers {
        Some(json) => serde_json::from_str(json).map_err(anyhow::Error::from)?,
        None => Answers::new(),
    })
}

/// Keeps the answer to one question of the open attempt `number`; an empty answer is
/// kept as none.
pub fn save_answer(
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
    number: i64,
    question: &str,
    mut options: Vec<String>,
) -> Result<(), Error> {
    // A form sent twice with an option, or tampered with, keeps each option once.
    options.sort_unstable();
    options.dedup();
    conn.transaction(|conn| {
        let conn: &mut DbConnection = conn;
        let attempt = locked_open_attempt(conn, enrolment_id, number)?.1;
        let drawn = drawn_of(&attempt)?;
        let refused = |e: AnswerError| {
            Error::Invalid(vec![FieldError::new(
                &format!("answers.{question}"),
                FieldReason::Answer(e),
            )])
        };
        let shown = drawn
            .iter()
            .find(|d| d.id == question)
            .ok_or_else(|| refused(AnswerError::UnknownQuestion(question.to_string())))?;
        if let Some(option) = options.iter().find(|o| !shown.options.contains(o)) {
            return Err(refused(AnswerError::UnknownOption {
                question: question.to_string(),
                option: option.clone(),
            }));
        }
        let mut answers = saved(&attempt)?;
        answers.insert(question.to_string(), options);
        diesel::update(quiz_attempts::table.find(&attempt.id))
            .set(quiz_attempts::answers.eq(Some(
                serde_json::to_string(&answers).map_err(anyhow::Error::from)?,
            )))
            .execute(conn)?;
        Ok(())
    })
}

/// Grades the open attempt `number` with the answers saved.
pub fn grade_saved(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
    number: i64,
) -> Result<AttemptGraded, Error> {
    grade_with(ctx, conn, enrolment_id, number, saved)
}
