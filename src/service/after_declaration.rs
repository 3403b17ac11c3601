//! What follows a declaration, in order: the fee where the office charges before the
//! certificate, then the identity check where staff check documents, then the
//! certificate. Called by the declaration and again by whatever settles the fee, in the
//! same transaction, so a certificate never waits for a step that is done.

use diesel::prelude::*;

use super::{Conflict, Context, Error};
use crate::clock::from_db;
use crate::db::DbConnection;
use crate::db::models::EnrolmentRow;
use crate::db::schema::{declarations, identity_logins};
use crate::domain::{AssuranceLevel, IdentityCheck, IdentityMethod};

/// What a declaration leads to.
#[derive(Debug, Clone)]
pub enum Declared {
    Issued(Issued),
    /// The office checks an identity document first (`identity = ["staff"]`).
    AwaitingIdentityCheck(PendingCheck),
    /// The office's fee is due before the certificate (`[fee] due = "before_certificate"`).
    AwaitingFee,
}

#[derive(Debug, Clone)]
pub struct PendingCheck {
    /// `XXXX-XXXX`, which the learner gives the office.
    pub case_number: String,
    /// Staff did not confirm the identity: no certificate follows.
    pub rejected: bool,
    /// False when the declaration was made before and is returned again.
    pub created: bool,
}

#[derive(Debug, Clone)]
pub struct Issued {
    pub code: String,
    /// False when the certificate existed already and is returned again.
    pub created: bool,
}

/// Goes on from a stored declaration (the caller holds the enrolment's lock): returns
/// where it stands and whether a mail was queued (for `issue::after_commit`).
pub(super) fn proceed(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<(Declared, bool), Error> {
    if !super::fee::settled_or_free(ctx, conn, enrolment)? {
        return Ok((Declared::AwaitingFee, false));
    }
    let login = login_of(conn, &enrolment.id)?;
    let method = identity_method(ctx, enrolment, login.is_some());
    if method == IdentityMethod::Staff {
        if let Some(state) = super::identity_check::check_state(conn, &enrolment.id)? {
            let (case_number, rejected) = match state {
                super::CheckState::Open { case_number } => (case_number, false),
                super::CheckState::Rejected { case_number } => (case_number, true),
            };
            return Ok((
                Declared::AwaitingIdentityCheck(PendingCheck {
                    case_number,
                    rejected,
                    created: false,
                }),
                false,
            ));
        }
        let case_number = super::identity_check::open(ctx, conn, enrolment)?;
        return Ok((
            Declared::AwaitingIdentityCheck(PendingCheck {
                case_number: case_number.to_string(),
                rejected: false,
                created: true,
            }),
            false,
        ));
    }
    let passed = super::status::attempts(conn, &enrolment.id)?
        .into_iter()
        .find(|a| a.passed == Some(true))
        .ok_or(Error::Conflict(Conflict::QuizNotPassed))?;
    let language: String = declarations::table
        .find(&enrolment.id)
        .select(declarations::language)
        .get_result(conn)?;
    let (code, mail_queued) = super::issue::issue_certificate(
        ctx,
        conn,
        enrolment,
        passed.graded_at.unwrap_or(passed.started_at),
        &language,
        identity_of(method, login),
    )?;
    Ok((
        Declared::Issued(Issued {
            code: code.to_string(),
            created: true,
        }),
        mail_queued,
    ))
}

/// How this declaration's identity is checked: the method chosen at enrolment while the
/// office still offers it; otherwise the office's check, so that an enrolment from
/// before the office began to check (stored as `none`) cannot pass without one.
/// A login with the online ID card counts only where the enrolment holds its level: it
/// is never assumed for an enrolment that did not log in.
fn identity_method(ctx: &Context, enrolment: &EnrolmentRow, logged_in: bool) -> IdentityMethod {
    let chosen = IdentityMethod::parse(&enrolment.identity_method)
        .filter(|m| *m != IdentityMethod::Bundid || logged_in);
    match ctx.content.tenant(&enrolment.tenant) {
        Some(office) => match chosen {
            Some(method) if office.identity.contains(&method) => method,
            _ if office.identity.contains(&IdentityMethod::Staff) => IdentityMethod::Staff,
            _ => match office.only_identity_method() {
                Some(IdentityMethod::None) => IdentityMethod::None,
                _ => IdentityMethod::Staff,
            },
        },
        None => IdentityMethod::Staff,
    }
}

/// The login with the online ID card the enrolment began with: its level and day.
fn login_of(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<(AssuranceLevel, chrono::NaiveDate)>, Error> {
    let row: Option<(String, chrono::NaiveDateTime)> = identity_logins::table
        .find(enrolment_id)
        .select((identity_logins::level, identity_logins::logged_in_at))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(level, at)| {
        let day = from_db(at)
            .with_timezone(&chrono_tz::Europe::Berlin)
            .date_naive();
        AssuranceLevel::parse(&level).map(|level| (level, day))
    }))
}

/// What the certificate states for a method that issues at once: the login's level and
/// day, or nothing checked.
fn identity_of(
    method: IdentityMethod,
    login: Option<(AssuranceLevel, chrono::NaiveDate)>,
) -> IdentityCheck {
    match (method, login) {
        (IdentityMethod::Bundid, Some((level, checked_on))) => {
            IdentityCheck::Bundid { level, checked_on }
        }
        _ => IdentityCheck::None,
    }
}
