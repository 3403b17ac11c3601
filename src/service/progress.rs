use crate::domain::EnrolmentId;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use serde::Deserialize;

use super::auth::find_enrolment;
use super::status::{course_language, current_coverage, lesson_coverage};
use super::{Context, Error, FieldError, FieldReason, Refusal};
use crate::clock::{from_db, to_db};
use crate::course::watch::{Coverage, MAX_STRETCHES, Span, credit};
use crate::course::{CourseLanguage, Lesson};
use crate::db::models::{EnrolmentRow, NewWatchCoverage, ProgressWindowRow, WatchCoverageRow};
use crate::db::schema::{progress_windows, watch_coverage};
use crate::db::{DbConnection, Writer};

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

/// Reports are counted per enrolment in windows of this length.
const REPORT_WINDOW: TimeDelta = TimeDelta::minutes(1);

/// Enrolments whose report window is full, as this instance last saw them: until the
/// window ends, their reports are refused here, before any database work or thread
/// hand-off. Only a report with the enrolment's own token is refused this way (anyone
/// else gets the usual answers), and the database's count stays the authority: an
/// instance that has not seen the window full asks the database as before.
#[derive(Debug, Default)]
pub struct FullWindows(Mutex<HashMap<String, FullWindow>>);

#[derive(Debug, Clone)]
struct FullWindow {
    token_hash: String,
    until: DateTime<Utc>,
}

/// Remembered windows beyond this are dropped once ended (and all of them if none has).
const REMEMBERED_WINDOWS: usize = 10_000;

impl FullWindows {
    fn remember(&self, enrolment: &EnrolmentRow, now: DateTime<Utc>, retry_after_s: u64) {
        let until = now + TimeDelta::seconds(i64::try_from(retry_after_s).unwrap_or(60));
        let mut windows = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if windows.len() >= REMEMBERED_WINDOWS {
            windows.retain(|_, w| w.until > now);
            if windows.len() >= REMEMBERED_WINDOWS {
                windows.clear();
            }
        }
        windows.insert(
            enrolment.id.clone(),
            FullWindow {
                token_hash: enrolment.token_hash.clone(),
                until,
            },
        );
    }
}

/// Refuses a report of an enrolment whose window this instance saw full, without the
/// database; `token_hash` is the hash of the token the request carries.
pub fn refuse_known_flood(
    ctx: &Context,
    enrolment_id: &EnrolmentId,
    token_hash: &str,
) -> Result<(), Error> {
    let now = ctx.clock.now();
    let windows = ctx
        .full_windows
        .0
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    match windows.get(&enrolment_id.to_string()) {
        Some(w) if w.until > now && w.token_hash == token_hash => Err(Error::RateLimited {
            retry_after_s: u64::try_from(((w.until - now).num_milliseconds() + 999) / 1000)
                .unwrap_or(1)
                .max(1),
        }),
        _ => Ok(()),
    }
}

/// Everything about a report that can be decided by reading alone: the enrolment's
/// report limit, the lesson and the span. Refusing here costs no write, so a flood of
/// refused reports does not queue for the database's write lock.
pub fn check_progress(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &EnrolmentId,
    input: &ProgressInput,
) -> Result<(), Error> {
    let enrolment = find_enrolment(conn, enrolment_id)?;
    super::fee::require_course_open(ctx, conn, &enrolment)?;
    let window = read_window(conn, &enrolment.id)?;
    if let Count::Full { retry_after_s } = count(ctx, window.as_ref()) {
        ctx.full_windows
            .remember(&enrolment, ctx.clock.now(), retry_after_s);
        return Err(Error::RateLimited { retry_after_s });
    }
    let language = course_language(ctx, &enrolment)?;
    parse_report(language, input)?;
    Ok(())
}

/// Records the part of a played span that real time allows (see `course::watch`).
pub fn report_progress(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
    input: &ProgressInput,
) -> Result<(), Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
        super::fee::require_course_open(ctx, conn, &enrolment)?;
        count_report(ctx, conn, &enrolment)?;
        let language = course_language(ctx, &enrolment)?;
        let (lesson, span) = parse_report(language, input)?;
        let coverage = current_coverage(conn, &enrolment)?;
        let budget = real_time_budget(ctx, &enrolment, &coverage);
        let (existing, stored) = match lesson_coverage(&coverage, &lesson.id) {
            Some(row) => (
                Coverage::parse(&row.stretches).map_err(anyhow::Error::new)?,
                true,
            ),
            None => (Coverage::default(), false),
        };
        let Some(credited) = credit(existing.spans(), span, budget) else {
            return Ok(());
        };
        let updated = existing.with(credited);
        if updated.stretch_count() > MAX_STRETCHES {
            return Err(Error::Refused(Refusal::TooManyStretches {
                lesson: lesson.id.clone(),
                max: MAX_STRETCHES,
            }));
        }
        store_coverage(ctx, conn, &enrolment, &lesson.id, &updated, stored)
    })
}

fn parse_report<'a>(
    language: &'a CourseLanguage,
    input: &ProgressInput,
) -> Result<(&'a Lesson, Span), Error> {
    let lesson = language.lesson(&input.lesson).ok_or_else(|| {
        Error::Invalid(vec![FieldError::new(
            "lesson",
            FieldReason::UnknownLesson(input.lesson.clone()),
        )])
    })?;
    Ok((lesson, parse_span(input, lesson.duration_ms)?))
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
            FieldReason::SpanOutsideVideo {
                length_ms: duration_ms,
            },
        )])
    })
}

/// Milliseconds of new watching that real time still allows in this round.
fn real_time_budget(
    ctx: &Context,
    enrolment: &EnrolmentRow,
    coverage: &[WatchCoverageRow],
) -> Option<i64> {
    let elapsed = (ctx.clock.now() - from_db(enrolment.watch_round_started_at)).num_milliseconds();
    let watched: i64 = coverage.iter().map(|c| c.covered_ms).sum();
    ctx.watch_ratio.real_time_budget(elapsed, watched)
}

fn store_coverage(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
    lesson: &str,
    coverage: &Coverage,
    stored: bool,
) -> Result<(), Error> {
    let stretches = coverage.to_string();
    let now = to_db(ctx.clock.now());
    if stored {
        diesel::update(watch_coverage::table.find((&enrolment.id, enrolment.watch_round, lesson)))
            .set((
                watch_coverage::stretches.eq(&stretches),
                watch_coverage::covered_ms.eq(coverage.covered_ms()),
                watch_coverage::updated_at.eq(now),
            ))
            .execute(conn)?;
    } else {
        diesel::insert_into(watch_coverage::table)
            .values(NewWatchCoverage {
                enrolment_id: &enrolment.id,
                watch_round: enrolment.watch_round,
                lesson,
                stretches: &stretches,
                covered_ms: coverage.covered_ms(),
                updated_at: now,
            })
            .execute(conn)?;
    }
    Ok(())
}

/// Where a report stands against the enrolment's limit.
#[derive(Debug, PartialEq, Eq)]
enum Count {
    /// No window is open (or the last one is over): this report opens one.
    Opens,
    /// The window has room: this report is its `n`th.
    Counts(i64),
    Full {
        retry_after_s: u64,
    },
}

fn count(ctx: &Context, window: Option<&ProgressWindowRow>) -> Count {
    let now = ctx.clock.now();
    let Some(window) = window else {
        return Count::Opens;
    };
    let started: DateTime<Utc> = from_db(window.window_started_at);
    let elapsed = now - started;
    if elapsed >= REPORT_WINDOW {
        return Count::Opens;
    }
    if window.reports < i64::from(ctx.progress_reports_per_minute) {
        return Count::Counts(window.reports + 1);
    }
    // A clock behind the window's start (another instance's) still waits one window at most.
    let left = (REPORT_WINDOW - elapsed.max(TimeDelta::zero())).num_milliseconds();
    Count::Full {
        retry_after_s: u64::try_from((left + 999) / 1000).unwrap_or(1).max(1),
    }
}

fn read_window(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<ProgressWindowRow>, Error> {
    Ok(progress_windows::table
        .find(enrolment_id)
        .select(ProgressWindowRow::as_select())
        .get_result(conn)
        .optional()?)
}

/// Counts the report in the enrolment's window, or refuses it when the window is full.
/// Runs under the enrolment's lock, so concurrent reports are counted one by one.
fn count_report(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<(), Error> {
    let enrolment_id = enrolment.id.as_str();
    let window = read_window(conn, enrolment_id)?;
    match count(ctx, window.as_ref()) {
        Count::Full { retry_after_s } => {
            ctx.full_windows
                .remember(enrolment, ctx.clock.now(), retry_after_s);
            Err(Error::RateLimited { retry_after_s })
        }
        Count::Counts(reports) => {
            diesel::update(progress_windows::table.find(enrolment_id))
                .set(progress_windows::reports.eq(reports))
                .execute(conn)?;
            Ok(())
        }
        Count::Opens => {
            let opened = ProgressWindowRow {
                enrolment_id: enrolment_id.to_string(),
                window_started_at: to_db(ctx.clock.now()),
                reports: 1,
            };
            if window.is_some() {
                diesel::update(progress_windows::table.find(enrolment_id))
                    .set((
                        progress_windows::window_started_at.eq(opened.window_started_at),
                        progress_windows::reports.eq(1),
                    ))
                    .execute(conn)?;
            } else {
                diesel::insert_into(progress_windows::table)
                    .values(&opened)
                    .execute(conn)?;
            }
            Ok(())
        }
    }
}
