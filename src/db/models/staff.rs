use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{login_throttle, staff, staff_sessions};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = staff)]
pub struct StaffRow {
    pub id: String,
    pub tenant: String,
    pub login: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    pub totp_secret: Option<String>,
    pub created_at: NaiveDateTime,
    pub disabled_at: Option<NaiveDateTime>,
    /// A one-time password (new account, reset): the session can only change it.
    pub password_must_change: bool,
    /// The second factor is required; until `totp_secret` is set the person enrols it.
    pub totp_required: bool,
    /// A secret being enrolled, active once confirmed with a code.
    pub totp_pending: Option<String>,
    /// The last 30-second step whose code was accepted.
    pub totp_last_step: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = staff_sessions)]
pub struct StaffSessionRow {
    pub token_hash: String,
    pub staff_id: String,
    pub csrf_token: String,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = login_throttle)]
pub struct NewLoginThrottle<'a> {
    pub login: &'a str,
    pub client: &'a str,
    pub failures: i64,
    pub last_failure_at: NaiveDateTime,
}
