use std::collections::BTreeMap;

use crate::domain::EnrolmentId;
use diesel::prelude::*;
use serde::Serialize;

use super::status::{attempts, course_language, current_coverage, lesson_progress};
use super::{Conflict, Context, Error, FieldError, FieldReason};
use crate::clock::to_db;
use crate::course::CourseLanguage;
use crate::course::quiz::{AnswerError, DrawnQuestion, draw, grade};
use crate::db::models::{EnrolmentRow, NewQuizAttempt, QuizAttemptRow};
use crate::db::schema::{enrolments, quiz_attempts};
use crate::db::{DbConnection, Writer};

#[derive(Debug, Clone, Serialize)]
pub struct AttemptStarted {
    pub attempt: i64,
    pub questions: Vec<ShownQuestion>,
    /// False when an open attempt was returned again.
    #[serde(skip)]
    pub created: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ShownQuestion {
    pub id: String,
    pub text: String,
    /// More than one option may be right; the learner should know to look for all.
    pub multiple: bool,
    pub options: Vec<ShownOption>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ShownOption {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttemptGraded {
    pub passed: bool,
    pub score: f64,
    pub correct: usize,
    pub total: usize,
    pub results: Vec<QuestionResult>,
    pub attempts_left: u32,
    /// Every attempt of this round failed: the lessons must be watched again.
    pub must_rewatch: bool,
    /// Attempts per round, for the words after a round used up.
    #[serde(skip)]
    pub max_attempts: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionResult {
    pub question: String,
    /// The question's text, in the attempt's language.
    pub text: String,
    pub correct: bool,
    /// The options the learner chose and the right ones, as their texts, in the order
    /// shown: after grading, every question is shown with both.
    pub chosen: Vec<String>,
    pub right: Vec<String>,
    pub explanation: String,
}

/// Starts an attempt, or returns the one already open (so that drawing again cannot be
/// used to shop for easier questions).
pub fn start_attempt(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
) -> Result<AttemptStarted, Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
        super::fee::require_course_open(ctx, conn, &enrolment)?;
        let language = course_language(ctx, &enrolment)?;
        let attempts = attempts(conn, &enrolment.id)?;
        if attempts.iter().any(|a| a.passed == Some(true)) {
            return Err(Error::Conflict(Conflict::QuizPassed));
        }
        if let Some(open) = attempts.iter().find(|a| a.graded_at.is_none()) {
            return shown(open, language, false);
        }
        ensure_all_watched(ctx, conn, &enrolment, language)?;
        let number = attempts.iter().map(|a| a.number).max().unwrap_or(0) + 1;
        let drawn = draw(
            &language.questions,
            ctx.content.course.quiz.questions_per_attempt,
            &mut rand::rng(),
        );
        let questions = serde_json::to_string(&drawn).map_err(anyhow::Error::from)?;
        let row = NewQuizAttempt {
            id: &uuid::Uuid::new_v4().to_string(),
            enrolment_id: &enrolment.id,
            number,
            watch_round: enrolment.watch_round,
            language: &language.code,
            course_version: &ctx.content.course.version,
            questions: &questions,
            started_at: to_db(ctx.clock.now()),
        };
        diesel::insert_into(quiz_attempts::table)
            .values(&row)
            .execute(conn)?;
        Ok(AttemptStarted {
            attempt: number,
            questions: show(&drawn, language),
            created: true,
        })
    })
}

fn ensure_all_watched(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
    language: &CourseLanguage,
) -> Result<(), Error> {
    let coverage = current_coverage(conn, enrolment)?;
    let missing: Vec<&str> = language
        .lessons
        .iter()
        .filter(|l| !lesson_progress(ctx, l, &coverage).completed)
        .map(|l| l.title.as_str())
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::Conflict(Conflict::LessonsNotWatched(
            missing.into_iter().map(str::to_string).collect(),
        )))
    }
}

pub(super) fn drawn_of(attempt: &QuizAttemptRow) -> Result<Vec<DrawnQuestion>, Error> {
    serde_json::from_str(&attempt.questions)
        .map_err(|e| Error::Internal(anyhow::anyhow!("attempt {} is unreadable: {e}", attempt.id)))
}

fn shown(
    attempt: &QuizAttemptRow,
    language: &CourseLanguage,
    created: bool,
) -> Result<AttemptStarted, Error> {
    Ok(AttemptStarted {
        attempt: attempt.number,
        questions: show(&drawn_of(attempt)?, language),
        created,
    })
}

pub(super) fn show(drawn: &[DrawnQuestion], language: &CourseLanguage) -> Vec<ShownQuestion> {
    drawn
        .iter()
        .filter_map(|d| {
            let question = language.question(&d.id)?;
            Some(ShownQuestion {
                id: d.id.clone(),
                text: question.text.clone(),
                multiple: d.correct.len() > 1,
                options: d
                    .options
                    .iter()
                    .filter_map(|o| {
                        question.option(o).map(|opt| ShownOption {
                            id: o.clone(),
                            text: opt.text.clone(),
                        })
                    })
                    .collect(),
            })
        })
        .collect()
}

/// The enrolment, locked, and its attempt `number` if it is still open.
pub(super) fn locked_open_attempt(
    conn: &mut DbConnection,
    enrolment_id: &EnrolmentId,
    number: i64,
) -> Result<(EnrolmentRow, QuizAttemptRow), Error> {
    let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
    let attempt: QuizAttemptRow = quiz_attempts::table
        .filter(quiz_attempts::enrolment_id.eq(&enrolment.id))
        .filter(quiz_attempts::number.eq(number))
        .select(QuizAttemptRow::as_select())
        .get_result(conn)
        .optional()?
        .ok_or(Error::NotFound("quiz attempt"))?;
    if attempt.graded_at.is_some() {
        return Err(Error::Conflict(Conflict::AttemptGraded));
    }
    Ok((enrolment, attempt))
}

/// Grades an attempt once. After the last failed attempt of a round the learner starts
/// a new round: the lessons are watched again, then the quiz opens again.
pub fn grade_attempt(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
    number: i64,
    answers: &BTreeMap<String, Vec<String>>,
) -> Result<AttemptGraded, Error> {
    grade_with(ctx, conn, enrolment_id, number, |_| Ok(answers.clone()))
}

/// Grades the open attempt `number` with the answers `answers_of` gives for it, under
/// the enrolment's lock.
pub(super) fn grade_with(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
    number: i64,
    answers_of: impl FnOnce(&QuizAttemptRow) -> Result<BTreeMap<String, Vec<String>>, Error>,
) -> Result<AttemptGraded, Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let (enrolment, attempt) = locked_open_attempt(conn, enrolment_id, number)?;
        let answers = &answers_of(&attempt)?;
        let language = course_language(ctx, &enrolment)?;
        let rules = ctx.content.course.quiz;
        let drawn = drawn_of(&attempt)?;
        let grade = grade(&drawn, answers, rules.pass_ratio).map_err(|e| {
            let field = match &e {
                AnswerError::UnknownQuestion(q)
                | AnswerError::UnknownOption { question: q, .. } => format!("answers.{q}"),
            };
            Error::Invalid(vec![FieldError::new(&field, FieldReason::Answer(e))])
        })?;
        let now = to_db(ctx.clock.now());
        diesel::update(quiz_attempts::table.find(&attempt.id))
            .set((
                quiz_attempts::graded_at.eq(Some(now)),
                quiz_attempts::answers.eq(Some(
                    serde_json::to_string(answers).map_err(anyhow::Error::from)?,
                )),
                quiz_attempts::correct_count
                    .eq(Some(i64::try_from(grade.correct_count).unwrap_or(0))),
                quiz_attempts::passed.eq(Some(grade.passed)),
            ))
            .execute(conn)?;

        let failed_in_round = attempts(conn, &enrolment.id)?
            .iter()
            .filter(|a| a.watch_round == enrolment.watch_round && a.passed == Some(false))
            .count();
        let attempts_left = rules
            .max_attempts
            .saturating_sub(u32::try_from(failed_in_round).unwrap_or(u32::MAX));
        let must_rewatch = !grade.passed && attempts_left == 0;
        if must_rewatch {
            diesel::update(enrolments::table.find(&enrolment.id))
                .set((
                    enrolments::watch_round.eq(enrolment.watch_round + 1),
                    enrolments::watch_round_started_at.eq(now),
                ))
                .execute(conn)?;
        }
        let results = grade
            .results
            .iter()
            .zip(&drawn)
            .map(|((id, correct), shown)| {
                let question = language.question(id);
                let texts = |wanted: &dyn Fn(&String) -> bool| -> Vec<String> {
                    shown
                        .options
                        .iter()
                        .filter(|o| wanted(o))
                        .filter_map(|o| question.and_then(|q| q.option(o)))
                        .map(|o| o.text.clone())
                        .collect()
                };
                let chosen = answers.get(id);
                QuestionResult {
                    question: id.clone(),
                    text: question.map(|q| q.text.clone()).unwrap_or_default(),
                    correct: *correct,
                    chosen: texts(&|o| chosen.is_some_and(|c| c.contains(o))),
                    right: texts(&|o| shown.correct.contains(o)),
                    explanation: question.map(|q| q.explanation.clone()).unwrap_or_default(),
                }
            })
            .collect();
        Ok(AttemptGraded {
            passed: grade.passed,
            score: (grade.score() * 1000.0).round() / 1000.0,
            correct: grade.correct_count,
            total: grade.total,
            results,
            attempts_left: if grade.passed {
                0
            } else if must_rewatch {
                rules.max_attempts
            } else {
                attempts_left
            },
            must_rewatch,
            max_attempts: rules.max_attempts,
        })
    })
}
