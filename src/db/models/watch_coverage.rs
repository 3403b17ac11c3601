use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{progress_windows, watch_coverage};

/// The merged stretches of one lesson in one watch round.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = watch_coverage)]
pub struct WatchCoverageRow {
    pub lesson: String,
    pub stretches: String,
    pub covered_ms: i64,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = watch_coverage)]
pub struct NewWatchCoverage<'a> {
    pub enrolment_id: &'a str,
    pub watch_round: i64,
    pub lesson: &'a str,
    pub stretches: &'a str,
    pub covered_ms: i64,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = progress_windows)]
pub struct ProgressWindowRow {
    pub enrolment_id: String,
    pub window_started_at: NaiveDateTime,
    pub reports: i64,
}
