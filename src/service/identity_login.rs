//! Login with the online ID card before enrolling: the request sent to the office's
//! identity provider, its answer, and the verified name and birth date kept until the
//! learner sends the rest of the form. Nothing of the person is stored unless the answer
//! is accepted, and then only name, birth date and level, usable for 30 minutes and
//! deleted by the next run of the retention job after that.

use chrono::{NaiveDate, TimeDelta};
use diesel::prelude::*;

use super::{Context, Error, FieldError, FieldReason};
use crate::clock::to_db;
use crate::course::Tenant;
use crate::db::schema::{saml_assertions, saml_logins, saml_requests};
use crate::db::{DbConnection, Writer};
use crate::domain::{AssuranceLevel, IdentityMethod};
use crate::saml::{LoginRefused, VerifiedLogin};
use crate::secret::{hash_token, random_token, same_secret};

/// How long a request waits for its answer, and a verified login for the form.
pub const LOGIN_LIFETIME: TimeDelta = TimeDelta::minutes(30);
/// How long a used assertion is remembered: far beyond any assertion's validity.
pub const ASSERTION_MEMORY: TimeDelta = TimeDelta::days(1);

/// The office's ways of checking identity that work in this deployment: the login with
/// the online ID card only where its identity provider is configured.
pub fn offered_methods(ctx: &Context, tenant: &Tenant) -> Vec<IdentityMethod> {
    let login = ctx.saml.offers(tenant.bundid.identity_provider.as_deref());
    tenant
        .identity
        .iter()
        .copied()
        .filter(|m| *m != IdentityMethod::Bundid || login)
        .collect()
}

/// A login on its way: where the browser goes, and the relay state that browser keeps
/// (in a cookie) to prove, at the form, that the login is its own.
#[derive(Debug)]
pub struct LoginStarted {
    pub redirect: String,
    pub relay_state: String,
}

/// Where the learner is sent to log in.
pub fn start_login(
    ctx: &Context,
    conn: &mut Writer<'_>,
    tenant: &str,
    language: &str,
) -> Result<LoginStarted, Error> {
    let conn: &mut DbConnection = conn;
    let tenant = ctx
        .content
        .tenant(tenant)
        .filter(|t| t.offers(language) && t.identity.contains(&IdentityMethod::Bundid))
        .ok_or(Error::NotFound("office"))?;
    let provider = tenant.bundid.identity_provider.as_deref();
    if !ctx.saml.offers(provider) {
        return Err(Error::NotFound("identity provider"));
    }
    let relay_state = random_token();
    // The request's instant is read by the identity provider against its own clock, so
    // it is the real time, whatever clock the service runs on.
    let started = ctx.saml.start(
        provider,
        tenant.bundid.min_level,
        &relay_state,
        chrono::Utc::now(),
    )?;
    diesel::insert_into(saml_requests::table)
        .values((
            saml_requests::relay_hash.eq(hash_token(&relay_state)),
            saml_requests::request_id.eq(&started.request_id),
            saml_requests::identity_provider.eq(&started.identity_provider),
            saml_requests::tenant.eq(&tenant.id),
            saml_requests::language.eq(language),
            saml_requests::created_at.eq(to_db(ctx.clock.now())),
        ))
        .execute(conn)?;
    tracing::info!(tenant = %tenant.id, "identity login started");
    Ok(LoginStarted {
        redirect: started.redirect,
        relay_state,
    })
}

/// The answer to a login, for the page that follows.
#[derive(Debug)]
pub enum LoginOutcome {
    /// Accepted: the token opens the form with the name and birth date fixed.
    Verified {
        token: String,
        tenant: String,
        language: String,
    },
    /// Refused, with nothing of the person stored; the office and language where the
    /// request was found, to offer a new attempt.
    Refused {
        reason: LoginRefused,
        tenant: Option<String>,
        language: Option<String>,
    },
}

/// The request an answer claims to answer, taken from the store: each is answered once.
#[derive(Debug, Clone)]
pub struct PendingLogin {
    relay_hash: String,
    request_id: String,
    provider: String,
    tenant: String,
    language: String,
}

fn refused(reason: LoginRefused, tenant: Option<&str>, language: Option<&str>) -> LoginOutcome {
    tracing::warn!(reason = reason.code(), "identity login refused");
    LoginOutcome::Refused {
        reason,
        tenant: tenant.map(str::to_string),
        language: language.map(str::to_string),
    }
}

/// The first of three steps with the identity provider's answer: the request its relay
/// state names, used up whatever follows. An unknown or old one is refused here.
pub fn take_login_request(
    ctx: &Context,
    conn: &mut Writer<'_>,
    relay_state: &str,
) -> Result<Result<PendingLogin, LoginOutcome>, Error> {
    let now = to_db(ctx.clock.now());
    let relay_hash = hash_token(relay_state);
    let request = conn.transaction(|conn| -> Result<_, Error> {
        let conn: &mut DbConnection = conn;
        let found: Option<(String, String, String, String, chrono::NaiveDateTime)> =
            saml_requests::table
                .find(&relay_hash)
                .select((
                    saml_requests::request_id,
                    saml_requests::identity_provider,
                    saml_requests::tenant,
                    saml_requests::language,
                    saml_requests::created_at,
                ))
                .first(conn)
                .optional()?;
        let taken = diesel::delete(saml_requests::table.find(&relay_hash)).execute(conn)?;
        Ok(found.filter(|_| taken == 1))
    })?;
    let Some((request_id, provider, tenant, language, created_at)) = request else {
        return Ok(Err(refused(LoginRefused::UnknownRequest, None, None)));
    };
    if ctx.content.tenant(&tenant).is_none() {
        return Ok(Err(refused(LoginRefused::UnknownRequest, None, None)));
    }
    if created_at + LOGIN_LIFETIME < now {
        return Ok(Err(refused(
            LoginRefused::UnknownRequest,
            Some(&tenant),
            Some(&language),
        )));
    }
    Ok(Ok(PendingLogin {
        relay_hash,
        request_id,
        provider,
        tenant,
        language,
    }))
}

/// The second step: the answer's signature, addressing, freshness and level. It holds no
/// database connection: XML signatures take milliseconds, and other requests go on.
pub fn verify_login(
    ctx: &Context,
    pending: &PendingLogin,
    encoded_response: &str,
) -> Result<VerifiedLogin, LoginOutcome> {
    let (t, l) = (
        Some(pending.tenant.as_str()),
        Some(pending.language.as_str()),
    );
    let login = ctx
        .saml
        .verify(&pending.provider, &pending.request_id, encoded_response)
        .map_err(|reason| refused(reason, t, l))?;
    let min_level = ctx
        .content
        .tenant(&pending.tenant)
        .map(|tenant| tenant.bundid.min_level)
        .unwrap_or(AssuranceLevel::High);
    if login.level < min_level {
        return Err(refused(LoginRefused::LevelTooLow, t, l));
    }
    Ok(login)
}

/// The third step: the assertion is marked used (a second use is refused) and the name
/// and birth date wait for the form.
pub fn record_login(
    ctx: &Context,
    conn: &mut Writer<'_>,
    pending: &PendingLogin,
    login: &VerifiedLogin,
) -> Result<LoginOutcome, Error> {
    let now = to_db(ctx.clock.now());
    let token = random_token();
    let stored = conn.transaction(|conn| -> Result<bool, Error> {
        let conn: &mut DbConnection = conn;
        let row = (
            saml_assertions::assertion_hash.eq(&login.assertion_key),
            saml_assertions::seen_at.eq(now),
        );
        let fresh = crate::on_backend!(conn, |c| diesel::insert_into(saml_assertions::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c))?;
        if fresh == 0 {
            return Ok(false);
        }
        diesel::insert_into(saml_logins::table)
            .values((
                saml_logins::token_hash.eq(hash_token(&token)),
                saml_logins::relay_hash.eq(&pending.relay_hash),
                saml_logins::tenant.eq(&pending.tenant),
                saml_logins::language.eq(&pending.language),
                saml_logins::given_name.eq(&login.given_name),
                saml_logins::family_name.eq(&login.family_name),
                saml_logins::birth_date.eq(login.birth_date),
                saml_logins::level.eq(login.level.code()),
                saml_logins::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(true)
    })?;
    if !stored {
        return Ok(refused(
            LoginRefused::Replayed,
            Some(&pending.tenant),
            Some(&pending.language),
        ));
    }
    tracing::info!(tenant = %pending.tenant, level = login.level.code(), "identity login accepted");
    Ok(LoginOutcome::Verified {
        token,
        tenant: pending.tenant.clone(),
        language: pending.language.clone(),
    })
}

/// What a verified login fixes on the form.
#[derive(Debug, Clone)]
pub struct VerifiedPerson {
    /// When the identity provider's answer was accepted: the day of the check.
    pub logged_in_at: chrono::NaiveDateTime,
    pub tenant: String,
    pub language: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    pub level: AssuranceLevel,
}

/// The login behind `token`, if it is still open.
pub fn verified_person(
    ctx: &Context,
    conn: &mut DbConnection,
    token: &str,
) -> Result<Option<VerifiedPerson>, Error> {
    Ok(open_login(ctx, conn, token)?.map(|(person, _)| person))
}

/// The open login behind `token`, with the hash of the relay state it was started with.
fn open_login(
    ctx: &Context,
    conn: &mut DbConnection,
    token: &str,
) -> Result<Option<(VerifiedPerson, String)>, Error> {
    let row: Option<LoginRow> = saml_logins::table
        .find(hash_token(token))
        .select(LoginRow::as_select())
        .first(conn)
        .optional()?;
    let now = to_db(ctx.clock.now());
    Ok(row
        .filter(|r| r.created_at + LOGIN_LIFETIME >= now)
        .and_then(|r| {
            let person = VerifiedPerson {
                logged_in_at: r.created_at,
                level: AssuranceLevel::parse(&r.level)?,
                tenant: r.tenant,
                language: r.language,
                given_name: r.given_name,
                family_name: r.family_name,
                birth_date: r.birth_date,
            };
            Some((person, r.relay_hash))
        }))
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = saml_logins)]
struct LoginRow {
    tenant: String,
    language: String,
    given_name: String,
    family_name: String,
    birth_date: NaiveDate,
    level: String,
    created_at: chrono::NaiveDateTime,
    relay_hash: String,
}

/// Who may use a login: a client of the API holds its token alone; a browser must also
/// hold the relay state of the login it started, so that a login someone else made
/// cannot be slipped into it (login CSRF).
#[derive(Debug, Clone, Default)]
pub enum LoginHolder {
    #[default]
    Api,
    /// The relay state from the browser's cookie, if it has one.
    Browser(Option<String>),
}

/// Uses up the login behind `token` for an enrolment at `tenant`, inside the caller's
/// transaction: if the enrolment is refused, the login stays for another try.
pub(super) fn take_login(
    ctx: &Context,
    conn: &mut DbConnection,
    token: &str,
    tenant: &str,
    holder: &LoginHolder,
) -> Result<VerifiedPerson, Error> {
    let expired = || {
        Error::Invalid(vec![FieldError::new(
            "identity_login",
            FieldReason::LoginExpired,
        )])
    };
    let (person, relay_hash) = open_login(ctx, conn, token)?
        .filter(|(p, _)| p.tenant == tenant)
        .ok_or_else(expired)?;
    if let LoginHolder::Browser(relay_state) = holder {
        let own = relay_state
            .as_deref()
            .is_some_and(|state| same_secret(&hash_token(state), &relay_hash));
        if !own {
            tracing::warn!("a login was sent from a browser that did not start it");
            return Err(expired());
        }
    }
    let taken = diesel::delete(saml_logins::table.find(hash_token(token))).execute(conn)?;
    if taken != 1 {
        return Err(expired());
    }
    Ok(person)
}

/// Deletes what a login leaves behind once it is no longer needed: unanswered requests
/// and unused logins after 30 minutes, used assertion ids after a day.
pub fn forget_saml_traces(
    conn: &mut Writer<'_>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, Error> {
    let conn: &mut DbConnection = conn;
    let now = to_db(now);
    let mut deleted = diesel::delete(
        saml_requests::table.filter(saml_requests::created_at.lt(now - LOGIN_LIFETIME)),
    )
    .execute(conn)?;
    deleted +=
        diesel::delete(saml_logins::table.filter(saml_logins::created_at.lt(now - LOGIN_LIFETIME)))
            .execute(conn)?;
    deleted += diesel::delete(
        saml_assertions::table.filter(saml_assertions::seen_at.lt(now - ASSERTION_MEMORY)),
    )
    .execute(conn)?;
    Ok(deleted)
}
