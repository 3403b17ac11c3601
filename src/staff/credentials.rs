//! A person's own credentials: the password they choose in place of the one-time
//! password the operator handed over, and the second factor they enrol themselves, so
//! that nobody else ever knows either.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::password::matches;
use super::{Password, PasswordError, SecondFactor};
use crate::audit::{self, Actor};
use crate::db::models::StaffRow;
use crate::db::schema::{staff, staff_sessions};
use crate::db::{DbConnection, Writer};
use crate::secret::hash_token;

/// What a session must do before it may reach any other staff page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    /// The password is a one-time password (a new account, a reset).
    ChangePassword,
    /// The account requires a second factor and has none enrolled yet.
    EnrolSecondFactor,
}

impl Duty {
    pub fn of(account: &StaffRow) -> Option<Self> {
        if account.password_must_change {
            Some(Self::ChangePassword)
        } else if account.totp_required && account.totp_secret.is_none() {
            Some(Self::EnrolSecondFactor)
        } else {
            None
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    #[error("the current password is not right")]
    WrongPassword,
    #[error("the new password and its repetition differ")]
    Mismatch,
    #[error("the new password must differ from the current one")]
    Unchanged,
    #[error(transparent)]
    Policy(#[from] PasswordError),
    #[error("the password must be changed before the second factor is set up")]
    PasswordFirst,
    #[error("the code is not right or was already used")]
    WrongCode,
    #[error("the setting up of the second factor was not started or was started anew")]
    NoPendingFactor,
    #[error("no such account")]
    UnknownAccount,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub struct PasswordChange<'a> {
    pub current: &'a str,
    pub new: &'a str,
    pub repeated: &'a str,
}

fn account(conn: &mut DbConnection, staff_id: &str) -> Result<StaffRow, CredentialError> {
    staff::table
        .find(staff_id)
        .select(StaffRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(CredentialError::UnknownAccount)
}

/// Ends the account's other sessions: whoever else knew the old credentials is out.
fn end_other_sessions(
    conn: &mut DbConnection,
    staff_id: &str,
    keep_token: &str,
) -> diesel::QueryResult<usize> {
    diesel::delete(
        staff_sessions::table
            .filter(staff_sessions::staff_id.eq(staff_id))
            .filter(staff_sessions::token_hash.ne(hash_token(keep_token))),
    )
    .execute(conn)
}

/// Replaces the password with one the person chose. Hashing runs here: call it on the
/// blocking pool.
pub fn change_password(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    staff_id: &str,
    change: &PasswordChange<'_>,
    keep_token: &str,
) -> Result<(), CredentialError> {
    let conn: &mut DbConnection = conn;
    let row = account(conn, staff_id)?;
    if !matches(change.current, &row.password_hash) {
        return Err(CredentialError::WrongPassword);
    }
    if change.new != change.repeated {
        return Err(CredentialError::Mismatch);
    }
    if change.new == change.current {
        return Err(CredentialError::Unchanged);
    }
    let hash = Password::parse_chosen(change.new, &row.login)?.hash()?;
    conn.transaction(|conn| {
        diesel::update(staff::table.find(&row.id))
            .set((
                staff::password_hash.eq(&hash),
                staff::password_must_change.eq(false),
            ))
            .execute(conn)?;
        end_other_sessions(conn, &row.id, keep_token)?;
        audit::append(
            conn,
            now,
            &row.tenant,
            &Actor::Staff(row.login.clone()),
            "staff.password_changed",
            Some(&row.login),
            json!({"was_one_time": row.password_must_change}),
        )?;
        Ok(())
    })
}

/// A second factor being set up: shown once, to the person, until confirmed.
pub struct NewFactor {
    pub uri: String,
    pub secret: String,
}

/// Starts enrolling a second factor: a new secret, kept as pending until the person
/// confirms it with a code. Starting again replaces it.
pub fn begin_enrolment(
    conn: &mut Writer<'_>,
    staff_id: &str,
    issuer: &str,
) -> Result<NewFactor, CredentialError> {
    let conn: &mut DbConnection = conn;
    let row = account(conn, staff_id)?;
    if row.password_must_change {
        return Err(CredentialError::PasswordFirst);
    }
    let factor = SecondFactor::generate(issuer, &row.login)?;
    diesel::update(staff::table.find(&row.id))
        .set(staff::totp_pending.eq(Some(factor.base32())))
        .execute(conn)?;
    Ok(NewFactor {
        uri: factor.uri(),
        secret: factor.base32(),
    })
}

/// The second factor being set up, to show again after a mistyped code; `None` if
/// none is.
pub fn pending_enrolment(
    conn: &mut DbConnection,
    staff_id: &str,
    issuer: &str,
) -> Result<Option<NewFactor>, CredentialError> {
    let row = account(conn, staff_id)?;
    let Some(pending) = row.totp_pending else {
        return Ok(None);
    };
    let factor = SecondFactor::from_base32_at(&pending, issuer, &row.login)?;
    Ok(Some(NewFactor {
        uri: factor.uri(),
        secret: factor.base32(),
    }))
}

/// Whether the account has an enrolled second factor.
pub fn second_factor_enrolled(
    conn: &mut DbConnection,
    staff_id: &str,
) -> Result<bool, CredentialError> {
    Ok(account(conn, staff_id)?.totp_secret.is_some())
}

/// Makes the pending secret the account's second factor once `code` shows that the
/// person's app has it. The code's time step counts as used.
pub fn confirm_enrolment(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    staff_id: &str,
    code: &str,
    keep_token: &str,
) -> Result<(), CredentialError> {
    let conn: &mut DbConnection = conn;
    let row = account(conn, staff_id)?;
    let pending = row
        .totp_pending
        .clone()
        .ok_or(CredentialError::NoPendingFactor)?;
    let step = SecondFactor::from_base32(&pending, &row.login)?
        .matching_step(code, now)
        .ok_or(CredentialError::WrongCode)?;
    conn.transaction(|conn| {
        // Only the secret that was shown: a second start in another tab replaced it.
        let updated = diesel::update(
            staff::table
                .find(&row.id)
                .filter(staff::totp_pending.eq(&pending)),
        )
        .set((
            staff::totp_secret.eq(Some(&pending)),
            staff::totp_pending.eq(None::<String>),
            staff::totp_required.eq(true),
            staff::totp_last_step.eq(Some(step)),
        ))
        .execute(conn)?;
        if updated != 1 {
            return Err(CredentialError::NoPendingFactor);
        }
        end_other_sessions(conn, &row.id, keep_token)?;
        audit::append(
            conn,
            now,
            &row.tenant,
            &Actor::Staff(row.login.clone()),
            "staff.second_factor_enrolled",
            Some(&row.login),
            json!({"replaced": row.totp_secret.is_some()}),
        )?;
        Ok(())
    })
}

/// Records `step` as the last one whose code was used, if it is newer than the last:
/// one statement, so that two logins with the same code cannot both succeed.
pub(super) fn claim_step(
    conn: &mut DbConnection,
    staff_id: &str,
    step: i64,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        staff::table.find(staff_id).filter(
            staff::totp_last_step
                .is_null()
                .or(staff::totp_last_step.lt(step)),
        ),
    )
    .set(staff::totp_last_step.eq(Some(step)))
    .execute(conn)?;
    Ok(updated == 1)
}
