use diesel::prelude::*;
use serde::Deserialize;

use super::status::{course_language, current_spans, lesson_spans};
use super::{Context, Error, FieldError};
use crate::clock::{from_db, to_db};
use crate::course::watch::{REAL_TIME_SLACK_MS, Span, covered_ms, credit};
use crate::db::DbConnection;
use crate::db::models::{EnrolmentRow, NewWatchSpan};
use crate::db::schema::watch_spans;

/// A stretch of a lesson's video that the player played.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressInput {
    pub lesson: String,
    pub from_s: f64,
    pub to_s: f64,
}

/// Players round; a report this far past the end is still the end.
const END_TOLERANCE_MS: i64 = 1_000;

/// Records the part of a played span that real time allows (see `course::watch`).
pub fn report_progress(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &str,
    input: &ProgressInput,
) -> Result<(), Error> {
    conn.transaction(|conn| {
        let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
        let language = course_language(ctx, &enrolment)?;
        let lesson = language.lesson(&input.lesson).ok_or_else(|| {
            Error::Invalid(vec![FieldError::new(
                "lesson",
                format!("the course has no lesson {:?}", input.lesson),
            )])
        })?;
        let span = parse_span(input, lesson.duration_ms)?;
        let spans = current_spans(conn, &enrolment)?;
        let budget = ctx
            .watch_ratio
            .is_required()
            .then(|| real_time_budget(ctx, &enrolment, language, &spans));
        let Some(credited) = credit(&lesson_spans(&spans, &lesson.id), span, budget) else {
            return Ok(());
        };
        diesel::insert_into(watch_spans::table)
            .values(NewWatchSpan {
                id: &uuid::Uuid::new_v4().to_string(),
                enrolment_id: &enrolment.id,
                watch_round: enrolment.watch_round,
                lesson: &lesson.id,
                from_ms: credited.from_ms,
                to_ms: credited.to_ms,
                reported_at: to_db(ctx.clock.now()),
            })
            .execute(conn)?;
        Ok(())
    })
}

fn parse_span(input: &ProgressInput, duration_ms: i64) -> Result<Span, Error> {
    let to_ms = |s: f64| (s * 1000.0).round() as i64;
    let valid = input.from_s.is_finite() && input.to_s.is_finite() && input.from_s >= 0.0;
    let (from_ms, to_ms) = (to_ms(input.from_s), to_ms(input.to_s));
    let span = if valid && to_ms <= duration_ms + END_TOLERANCE_MS {
        Span::new(from_ms, to_ms.min(duration_ms))
    } else {
        None
    };
    span.ok_or_else(|| {
        Error::Invalid(vec![FieldError::new(
            "to_s",
            format!(
                "a span needs 0 ≤ from_s < to_s ≤ the video's length ({:.1} s)",
                duration_ms as f64 / 1000.0
            ),
        )])
    })
}

/// Milliseconds of new watching that real time still allows in this round.
fn real_time_budget(
    ctx: &Context,
    enrolment: &EnrolmentRow,
    language: &crate::course::CourseLanguage,
    spans: &[crate::db::models::WatchSpanRow],
) -> i64 {
    let elapsed = (ctx.clock.now() - from_db(enrolment.watch_round_started_at)).num_milliseconds();
    let watched: i64 = language
        .lessons
        .iter()
        .map(|l| covered_ms(&lesson_spans(spans, &l.id)))
        .sum();
    elapsed + REAL_TIME_SLACK_MS - watched
}
