use diesel::prelude::*;
use serde::Serialize;

use super::identity_check::CheckState;
use super::{Context, Error};
use crate::course::{CourseLanguage, Lesson};
use crate::db::DbConnection;
use crate::db::models::{EnrolmentRow, QuizAttemptRow, WatchCoverageRow};
use crate::db::schema::{certificates, declarations, quiz_attempts, watch_coverage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentStatus {
    Learning,
    Quiz,
    Declaration,
    /// The office's fee is to be settled: before the course, or after the declaration.
    Fee,
    /// Declared; the office checks an identity document before it issues the certificate.
    IdentityCheck,
    Certified,
}

#[derive(Debug, Clone, Serialize)]
pub struct LessonProgress {
    pub id: String,
    pub watched_ratio: f64,
    pub completed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuizProgress {
    /// Attempts in the current watch round.
    pub attempts: u32,
    pub max_attempts: u32,
    pub attempts_left: u32,
    pub passed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnrolmentView {
    pub id: String,
    pub status: EnrolmentStatus,
    pub language: String,
    pub watch_round: i64,
    pub lessons: Vec<LessonProgress>,
    pub quiz: QuizProgress,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateRef>,
    /// The check of an identity document the certificate waits for, or that failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_check: Option<IdentityCheckRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IdentityCheckRef {
    pub case_number: String,
    /// `open` or `rejected`.
    pub status: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct CertificateRef {
    pub code: String,
}

/// What was watched in the current round: one row per lesson that has any.
pub(super) fn current_coverage(
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<Vec<WatchCoverageRow>, Error> {
    Ok(watch_coverage::table
        .filter(watch_coverage::enrolment_id.eq(&enrolment.id))
        .filter(watch_coverage::watch_round.eq(enrolment.watch_round))
        .select(WatchCoverageRow::as_select())
        .load(conn)?)
}

pub(super) fn lesson_coverage<'a>(
    coverage: &'a [WatchCoverageRow],
    lesson: &str,
) -> Option<&'a WatchCoverageRow> {
    coverage.iter().find(|c| c.lesson == lesson)
}

pub(super) fn lesson_progress(
    ctx: &Context,
    lesson: &Lesson,
    coverage: &[WatchCoverageRow],
) -> LessonProgress {
    let covered = lesson_coverage(coverage, &lesson.id)
        .map_or(0, |c| c.covered_ms)
        .min(lesson.duration_ms);
    let ratio = covered as f64 / lesson.duration_ms as f64;
    LessonProgress {
        id: lesson.id.clone(),
        watched_ratio: (ratio * 1000.0).floor() / 1000.0,
        completed: ctx.watch_ratio.is_watched(covered, lesson.duration_ms),
    }
}

pub(super) fn course_language<'a>(
    ctx: &'a Context,
    enrolment: &EnrolmentRow,
) -> Result<&'a CourseLanguage, Error> {
    ctx.content
        .course
        .language(&enrolment.language)
        .ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "the course no longer has language {}",
                enrolment.language
            ))
        })
}

pub(super) fn attempts(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Vec<QuizAttemptRow>, Error> {
    Ok(quiz_attempts::table
        .filter(quiz_attempts::enrolment_id.eq(enrolment_id))
        .order(quiz_attempts::number.asc())
        .select(QuizAttemptRow::as_select())
        .load(conn)?)
}

pub fn enrolment_view(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<EnrolmentView, Error> {
    let language = course_language(ctx, enrolment)?;
    let coverage = current_coverage(conn, enrolment)?;
    let lessons: Vec<LessonProgress> = language
        .lessons
        .iter()
        .map(|l| lesson_progress(ctx, l, &coverage))
        .collect();
    let attempts = attempts(conn, &enrolment.id)?;
    let passed = attempts.iter().any(|a| a.passed == Some(true));
    let in_round = attempts
        .iter()
        .filter(|a| a.watch_round == enrolment.watch_round)
        .count();
    let in_round = u32::try_from(in_round).unwrap_or(u32::MAX);
    let max_attempts = ctx.content.course.quiz.max_attempts;
    let certificate: Option<String> = certificates::table
        .filter(certificates::enrolment_id.eq(&enrolment.id))
        .select(certificates::code)
        .get_result(conn)
        .optional()?;
    let check = match certificate {
        Some(_) => None,
        None => super::identity_check::check_state(conn, &enrolment.id)?,
    };
    let fee_open = certificate.is_none()
        && check.is_none()
        && !super::fee::settled_or_free(ctx, conn, enrolment)?
        && (super::fee::course_waits_for_fee(ctx, conn, enrolment)?
            || declarations::table
                .find(&enrolment.id)
                .count()
                .get_result::<i64>(conn)?
                > 0);
    let status = if certificate.is_some() {
        EnrolmentStatus::Certified
    } else if check.is_some() {
        EnrolmentStatus::IdentityCheck
    } else if fee_open {
        EnrolmentStatus::Fee
    } else if passed {
        EnrolmentStatus::Declaration
    } else if lessons.iter().all(|l| l.completed) {
        EnrolmentStatus::Quiz
    } else {
        EnrolmentStatus::Learning
    };
    Ok(EnrolmentView {
        id: enrolment.id.clone(),
        status,
        language: enrolment.language.clone(),
        watch_round: enrolment.watch_round,
        lessons,
        quiz: QuizProgress {
            attempts: in_round,
            max_attempts,
            attempts_left: max_attempts.saturating_sub(in_round),
            passed,
        },
        certificate: certificate.map(|code| CertificateRef {
            code: display_code(&code),
        }),
        identity_check: check.map(|state| match state {
            CheckState::Open { case_number } => IdentityCheckRef {
                case_number,
                status: "open",
            },
            CheckState::Rejected { case_number } => IdentityCheckRef {
                case_number,
                status: "rejected",
            },
        }),
    })
}

pub(super) fn display_code(compact: &str) -> String {
    crate::domain::CertificateCode::parse(compact)
        .map(|c| c.to_string())
        .unwrap_or_else(|_| compact.to_string())
}
