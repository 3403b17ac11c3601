use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::enrolments;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = enrolments)]
pub struct EnrolmentRow {
    pub id: String,
    pub tenant: String,
    pub course: String,
    pub course_version: String,
    pub language: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    pub email: Option<String>,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub watch_round: i64,
    pub watch_round_started_at: NaiveDateTime,
    pub given_name_latin: Option<String>,
    pub family_name_latin: Option<String>,
    /// `IdentityMethod`, chosen at enrolment among the office's.
    pub identity_method: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = enrolments)]
pub struct NewEnrolment<'a> {
    pub id: &'a str,
    pub tenant: &'a str,
    pub course: &'a str,
    pub course_version: &'a str,
    pub language: &'a str,
    pub given_name: &'a str,
    pub family_name: &'a str,
    pub birth_date: NaiveDate,
    pub email: Option<&'a str>,
    pub token_hash: &'a str,
    pub created_at: NaiveDateTime,
    pub watch_round: i64,
    pub watch_round_started_at: NaiveDateTime,
    pub given_name_latin: Option<&'a str>,
    pub family_name_latin: Option<&'a str>,
    pub identity_method: &'a str,
}
