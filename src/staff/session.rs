use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;

use super::Role;
use super::credentials::Duty;
use crate::clock::{from_db, to_db};
use crate::db::models::{StaffRow, StaffSessionRow};
use crate::db::schema::{staff, staff_sessions};
use crate::db::{DbConnection, Writer};
use crate::secret::hash_token;
use crate::secret::random_token;

/// A session ends this long after the login, however active it was.
pub const SESSION_ABSOLUTE_HOURS: i64 = 12;

/// A session also ends after `idle` without a request.
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub idle: TimeDelta,
}

/// A logged-in staff member, as every staff request sees them.
#[derive(Debug, Clone)]
pub struct StaffSession {
    pub staff_id: String,
    pub login: String,
    pub display_name: String,
    pub tenant: String,
    pub role: Role,
    /// Sent with every form and compared on every POST.
    pub csrf_token: String,
    /// What the person must do before any other page: change a one-time password,
    /// enrol a required second factor.
    pub duty: Option<Duty>,
}

/// Starts a session; returns the cookie's token (only its hash is stored).
pub(super) fn start_session(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    account: &StaffRow,
) -> diesel::QueryResult<(String, StaffSession)> {
    let token = random_token();
    let row = StaffSessionRow {
        token_hash: hash_token(&token),
        staff_id: account.id.clone(),
        csrf_token: random_token(),
        created_at: to_db(now),
        last_seen_at: to_db(now),
    };
    diesel::insert_into(staff_sessions::table)
        .values(&row)
        .execute(conn)?;
    let session = StaffSession {
        staff_id: account.id.clone(),
        login: account.login.clone(),
        display_name: account.display_name.clone(),
        tenant: account.tenant.clone(),
        role: Role::parse(&account.role).unwrap_or(Role::Staff),
        csrf_token: row.csrf_token,
        duty: Duty::of(account),
    };
    Ok((token, session))
}

/// The session of `token`, if it exists, has not expired and its account is enabled.
/// An expired session is deleted; a live one is marked as seen now.
pub fn session(
    conn: &mut Writer<'_>,
    policy: SessionPolicy,
    now: DateTime<Utc>,
    token: &str,
) -> diesel::QueryResult<Option<StaffSession>> {
    let conn: &mut DbConnection = conn;
    let token_hash = hash_token(token);
    let found: Option<(StaffSessionRow, StaffRow)> = staff_sessions::table
        .inner_join(staff::table)
        .filter(staff_sessions::token_hash.eq(&token_hash))
        .select((StaffSessionRow::as_select(), StaffRow::as_select()))
        .first(conn)
        .optional()?;
    let Some((row, account)) = found else {
        return Ok(None);
    };
    let idle_for = now - from_db(row.last_seen_at);
    let age = now - from_db(row.created_at);
    let expired = idle_for > policy.idle || age > TimeDelta::hours(SESSION_ABSOLUTE_HOURS);
    if expired || account.disabled_at.is_some() {
        diesel::delete(staff_sessions::table.find(&token_hash)).execute(conn)?;
        return Ok(None);
    }
    // Marking every request would make each page a write; a minute's precision is
    // enough for an idle timeout counted in minutes.
    if idle_for > TimeDelta::minutes(1) {
        diesel::update(staff_sessions::table.find(&token_hash))
            .set(staff_sessions::last_seen_at.eq(to_db(now)))
            .execute(conn)?;
    }
    Ok(Some(StaffSession {
        duty: Duty::of(&account),
        staff_id: account.id,
        login: account.login,
        display_name: account.display_name,
        tenant: account.tenant,
        role: Role::parse(&account.role).unwrap_or(Role::Staff),
        csrf_token: row.csrf_token,
    }))
}

pub fn end_session(conn: &mut Writer<'_>, token: &str) -> diesel::QueryResult<()> {
    let conn: &mut DbConnection = conn;
    diesel::delete(staff_sessions::table.find(hash_token(token))).execute(conn)?;
    Ok(())
}
