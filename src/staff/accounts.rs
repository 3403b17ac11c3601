use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::{Password, PasswordError, Role};
use crate::audit::{self, Actor};
use crate::clock::to_db;
use crate::db::models::StaffRow;
use crate::db::schema::{staff, staff_sessions};
use crate::db::{DbConnection, Writer};

/// A staff account as listed; never its password hash or second-factor secret.
#[derive(Debug, Clone)]
pub struct StaffAccount {
    pub id: String,
    pub tenant: String,
    pub login: String,
    pub display_name: String,
    pub role: Role,
    /// A second factor is enrolled.
    pub second_factor: bool,
    /// A second factor is required (enrolled or still to be enrolled by the person).
    pub second_factor_required: bool,
    /// The password is still a one-time password.
    pub password_must_change: bool,
    pub created_at: NaiveDateTime,
    pub disabled_at: Option<NaiveDateTime>,
}

impl TryFrom<StaffRow> for StaffAccount {
    type Error = AccountError;

    fn try_from(row: StaffRow) -> Result<Self, AccountError> {
        Ok(Self {
            role: Role::parse(&row.role).ok_or(AccountError::Corrupt(row.login.clone()))?,
            id: row.id,
            tenant: row.tenant,
            login: row.login,
            display_name: row.display_name,
            second_factor: row.totp_secret.is_some(),
            second_factor_required: row.totp_required || row.totp_secret.is_some(),
            password_must_change: row.password_must_change,
            created_at: row.created_at,
            disabled_at: row.disabled_at,
        })
    }
}

pub struct NewAccount<'a> {
    pub tenant: &'a str,
    /// The office's name; the second factor the person enrols is issued in it.
    pub office_name: &'a str,
    pub login: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    /// Require a second factor, which the person enrols at the first login.
    pub second_factor: bool,
}

/// What the new holder of an account is told once: a one-time password, which they
/// must change at the first login. A second factor's secret is never among it: the
/// person enrols their own, so that the operator knows none.
pub struct Credentials {
    pub login: String,
    pub password: Password,
    pub second_factor_required: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0:?} is not a login name: use 2 to 64 lower-case letters, digits, '.', '-' or '_'")]
    InvalidLogin(String),
    #[error("the display name must not be empty")]
    EmptyName,
    #[error("the login {0:?} is taken")]
    LoginTaken(String),
    #[error("no staff account {0:?}")]
    UnknownLogin(String),
    #[error("the account {0:?} has an unknown role")]
    Corrupt(String),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

fn parse_login(raw: &str) -> Result<String, AccountError> {
    let login = raw.trim().to_lowercase();
    let valid = (2..=64).contains(&login.len())
        && login
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    valid
        .then_some(login)
        .ok_or_else(|| AccountError::InvalidLogin(raw.to_string()))
}

pub fn add(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    actor: &Actor,
    account: &NewAccount<'_>,
) -> Result<Credentials, AccountError> {
    let conn: &mut DbConnection = conn;
    let login = parse_login(account.login)?;
    let display_name = account.display_name.trim();
    if display_name.is_empty() {
        return Err(AccountError::EmptyName);
    }
    let password = Password::generate();
    let row = StaffRow {
        id: uuid::Uuid::new_v4().to_string(),
        tenant: account.tenant.to_string(),
        login: login.clone(),
        display_name: display_name.to_string(),
        role: account.role.as_str().to_string(),
        password_hash: password.hash()?,
        totp_secret: None,
        created_at: to_db(now),
        disabled_at: None,
        password_must_change: true,
        totp_required: account.second_factor,
        totp_pending: None,
        totp_last_step: None,
    };
    conn.transaction(|conn| {
        let taken = staff::table
            .filter(staff::login.eq(&login))
            .count()
            .get_result::<i64>(conn)?
            > 0;
        if taken {
            return Err(AccountError::LoginTaken(login.clone()));
        }
        diesel::insert_into(staff::table)
            .values(&row)
            .execute(conn)?;
        audit::append(
            conn,
            now,
            account.tenant,
            actor,
            "staff.added",
            Some(&login),
            json!({"role": account.role.as_str(), "second_factor": account.second_factor}),
        )?;
        Ok(())
    })?;
    Ok(Credentials {
        login,
        password,
        second_factor_required: account.second_factor,
    })
}

fn find(conn: &mut DbConnection, login: &str) -> Result<StaffRow, AccountError> {
    let login = parse_login(login)?;
    staff::table
        .filter(staff::login.eq(&login))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(AccountError::UnknownLogin(login))
}

/// Disables the account and ends its sessions at once. `tenant` limits an office
/// administrator to the own office; the command line passes `None`.
pub fn disable(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    actor: &Actor,
    login: &str,
    tenant: Option<&str>,
) -> Result<StaffAccount, AccountError> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let row = find(conn, login)?;
        if tenant.is_some_and(|t| t != row.tenant) {
            return Err(AccountError::UnknownLogin(row.login));
        }
        diesel::update(staff::table.find(&row.id))
            .set(staff::disabled_at.eq(Some(to_db(now))))
            .execute(conn)?;
        diesel::delete(staff_sessions::table.filter(staff_sessions::staff_id.eq(&row.id)))
            .execute(conn)?;
        audit::append(
            conn,
            now,
            &row.tenant,
            actor,
            "staff.disabled",
            Some(&row.login),
            json!({}),
        )?;
        let mut account = StaffAccount::try_from(row)?;
        account.disabled_at = Some(to_db(now));
        Ok(account)
    })
}

/// A new one-time password, to be changed at the next login; enables a disabled
/// account again and ends its sessions. With `new_second_factor` (a lost phone) the
/// enrolled factor is removed and the person enrols a new one after the next login.
pub fn reset(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    actor: &Actor,
    login: &str,
    new_second_factor: bool,
) -> Result<Credentials, AccountError> {
    let conn: &mut DbConnection = conn;
    let password = Password::generate();
    let hash = password.hash()?;
    conn.transaction(|conn| {
        let row = find(conn, login)?;
        let totp_secret = if new_second_factor {
            None
        } else {
            row.totp_secret.clone()
        };
        let required = new_second_factor || row.totp_required || row.totp_secret.is_some();
        diesel::update(staff::table.find(&row.id))
            .set((
                staff::password_hash.eq(&hash),
                staff::password_must_change.eq(true),
                staff::totp_secret.eq(totp_secret),
                staff::totp_required.eq(required),
                staff::totp_pending.eq(None::<String>),
                staff::disabled_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
        diesel::delete(staff_sessions::table.filter(staff_sessions::staff_id.eq(&row.id)))
            .execute(conn)?;
        audit::append(
            conn,
            now,
            &row.tenant,
            actor,
            "staff.reset",
            Some(&row.login),
            json!({"new_second_factor": new_second_factor}),
        )?;
        Ok(Credentials {
            login: row.login,
            password,
            second_factor_required: required,
        })
    })
}

pub fn list(
    conn: &mut DbConnection,
    tenant: Option<&str>,
) -> Result<Vec<StaffAccount>, AccountError> {
    let mut query = staff::table
        .order((staff::tenant, staff::login))
        .select(StaffRow::as_select())
        .into_boxed();
    if let Some(tenant) = tenant {
        query = query.filter(staff::tenant.eq(tenant.to_string()));
    }
    query
        .load(conn)?
        .into_iter()
        .map(StaffAccount::try_from)
        .collect()
}
