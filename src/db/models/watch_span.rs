use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::watch_spans;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = watch_spans)]
pub struct WatchSpanRow {
    pub lesson: String,
    pub from_ms: i64,
    pub to_ms: i64,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = watch_spans)]
pub struct NewWatchSpan<'a> {
    pub id: &'a str,
    pub enrolment_id: &'a str,
    pub watch_round: i64,
    pub lesson: &'a str,
    pub from_ms: i64,
    pub to_ms: i64,
    pub reported_at: NaiveDateTime,
}
