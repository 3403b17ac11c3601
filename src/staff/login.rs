use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::credentials::claim_step;
use super::password::{decoy_hash, matches};
use super::session::start_session;
use super::{SecondFactor, StaffSession, ThrottlePolicy};
use crate::audit::{self, Actor};
use crate::db::models::StaffRow;
use crate::db::schema::staff;
use crate::db::{DbConnection, Writer};
use crate::domain::ClientAddr;

pub struct LoginAttempt<'a> {
    pub login: &'a str,
    pub password: &'a str,
    pub second_factor_code: Option<&'a str>,
    /// Who tries: failures lock this client, not the account.
    pub client: ClientAddr,
}

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// Wrong name, password or code, or a disabled account: the answer does not say
    /// which, so that it reveals nothing about the accounts.
    #[error("login rejected")]
    Rejected,
    #[error("too many failed logins from this client; try again later")]
    Throttled {
        /// How long until the next attempt is taken.
        retry_after: TimeDelta,
    },
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Checks the credentials and starts a session. Hashing runs here: call it on the
/// blocking pool.
pub fn log_in(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    throttle: &ThrottlePolicy,
    attempt: &LoginAttempt<'_>,
) -> Result<(String, StaffSession), LoginError> {
    let conn: &mut DbConnection = conn;
    let login = attempt.login.trim().to_lowercase();
    // Counted as failed before the password is checked, so that parallel attempts
    // cannot test more passwords than the limit allows.
    let reservation = match throttle.reserve(conn, now, &login, attempt.client)? {
        Ok(reservation) => reservation,
        Err(retry_after) => return Err(LoginError::Throttled { retry_after }),
    };
    let account: Option<StaffRow> = staff::table
        .filter(staff::login.eq(&login))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()?;
    let stored = account
        .as_ref()
        .map_or(decoy_hash(), |a| a.password_hash.as_str());
    let password_ok = matches(attempt.password, stored);
    let accepted = match &account {
        Some(account) if password_ok && account.disabled_at.is_none() => {
            second_factor_ok(conn, account, attempt.second_factor_code, now)?
        }
        _ => false,
    };
    let Some(account) = account.filter(|_| accepted) else {
        return Err(LoginError::Rejected);
    };
    conn.transaction(|conn| {
        throttle.succeeded(conn, &reservation)?;
        let started = start_session(conn, now, &account)?;
        audit::append(
            conn,
            now,
            &account.tenant,
            &Actor::Staff(account.login.clone()),
            "staff.login",
            Some(&account.login),
            json!({"second_factor": account.totp_secret.is_some()}),
        )?;
        Ok(started)
    })
}

/// Without an enrolled factor, nothing to check (an account that requires one enrols
/// it right after this login). With one, the code must be right and its time step not
/// used before: a code seen over someone's shoulder does not log in a second time.
fn second_factor_ok(
    conn: &mut DbConnection,
    account: &StaffRow,
    code: Option<&str>,
    now: DateTime<Utc>,
) -> diesel::QueryResult<bool> {
    let Some(secret) = &account.totp_secret else {
        return Ok(true);
    };
    let step = code.and_then(|code| {
        SecondFactor::from_base32(secret, &account.login)
            .ok()
            .and_then(|factor| factor.matching_step(code, now))
    });
    match step {
        Some(step) => claim_step(conn, &account.id, step),
        None => Ok(false),
    }
}
