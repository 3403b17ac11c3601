//! Staff decide their office's open identity checks: the queue (all, by case number
//! or by name), and confirm (the certificate is issued at once, or with four eyes once
//! a second person completes it) or reject. Every step is in the office's audit log,
//! without names or document numbers.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::search::{names_match, spellings};
use super::traced::StaffActor;
use crate::audit;
use crate::clock::{from_db, to_db};
use crate::db::models::EnrolmentRow;
use crate::db::schema::{declarations, enrolments, identity_checks};
use crate::db::{DbConnection, Writer};
use crate::domain::{CaseNumber, EnrolmentId, IdentityCheck, IdentityDocument, IdentityRejection};
use crate::service::identity_check::{CONFIRMED, REJECTED};
use crate::service::{Conflict, Context, Error};

/// One open check as the queue shows it.
#[derive(Debug, Clone)]
pub struct OpenCheck {
    pub case_number: String,
    pub given_name: String,
    pub family_name: String,
    /// The passport's Latin spelling, for a name in another script.
    pub latin: Option<String>,
    pub birth_date: NaiveDate,
    pub requested_at: DateTime<Utc>,
    /// With four eyes: who confirmed first, and the document they saw.
    pub proposed: Option<(String, IdentityDocument)>,
}

/// What the queue is filtered by.
#[derive(Debug, Clone)]
pub enum CheckQuery {
    All,
    /// A given or family name, however typed (see `search`), or a case number: text
    /// such as "Schubert" reads as both, so both are tried.
    Text {
        case: Option<CaseNumber>,
        name: String,
    },
}

impl CheckQuery {
    /// Empty for all.
    pub fn parse(raw: &str) -> Self {
        let raw = raw.trim();
        if raw.is_empty() {
            Self::All
        } else {
            Self::Text {
                case: CaseNumber::parse(raw),
                name: raw.to_string(),
            }
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Text { .. } => "text",
        }
    }
}

type CheckRow = (
    String,
    Option<String>,
    Option<String>,
    chrono::NaiveDateTime,
    EnrolmentRow,
);

fn open_rows(conn: &mut DbConnection, tenant: &str) -> Result<Vec<CheckRow>, Error> {
    Ok(identity_checks::table
        .inner_join(enrolments::table)
        .filter(identity_checks::tenant.eq(tenant))
        .filter(identity_checks::outcome.is_null())
        .order(identity_checks::requested_at.asc())
        .select((
            identity_checks::case_number,
            identity_checks::proposed_by,
            identity_checks::proposed_document,
            identity_checks::requested_at,
            EnrolmentRow::as_select(),
        ))
        .load(conn)?)
}

/// The office's open checks that match `query`; the log records the look and the count.
pub fn open_checks(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    query: &CheckQuery,
) -> Result<Vec<OpenCheck>, Error> {
    conn.transaction(|conn| {
        let conn: &mut DbConnection = conn;
        let searched = match query {
            CheckQuery::Text { name, .. } => Some(spellings(name)),
            CheckQuery::All => None,
        };
        let found: Vec<OpenCheck> = open_rows(conn, &who.tenant)?
            .into_iter()
            .filter(|(case, _, _, _, e)| match (query, &searched) {
                (CheckQuery::Text { case: wanted, .. }, Some(searched)) => {
                    wanted.as_ref().is_some_and(|w| case == w.compact())
                        || [
                            Some(&e.given_name),
                            Some(&e.family_name),
                            e.given_name_latin.as_ref(),
                            e.family_name_latin.as_ref(),
                        ]
                        .into_iter()
                        .flatten()
                        .any(|name| names_match(searched, name))
                }
                _ => true,
            })
            .map(
                |(case, proposed_by, proposed_document, requested_at, e)| OpenCheck {
                    case_number: CaseNumber::parse(&case).map_or(case, |c| c.to_string()),
                    latin: e
                        .given_name_latin
                        .zip(e.family_name_latin)
                        .map(|(g, f)| format!("{g} {f}")),
                    given_name: e.given_name,
                    family_name: e.family_name,
                    birth_date: e.birth_date,
                    requested_at: from_db(requested_at),
                    proposed: proposed_by.zip(
                        proposed_document
                            .as_deref()
                            .and_then(IdentityDocument::parse),
                    ),
                },
            )
            .collect();
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "identity.listed",
            None,
            json!({"by": query.kind(), "results": found.len()}),
        )?;
        Ok(found)
    })
}

/// What staff decide.
#[derive(Debug, Clone, Copy)]
pub enum Decision {
    Confirm(IdentityDocument),
    Reject(IdentityRejection),
}

/// What a decision led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decided {
    /// Four eyes: confirmed once, a second person completes it.
    Proposed,
    /// Confirmed: the certificate with this code is issued.
    Issued {
        code: String,
    },
    Rejected,
}

/// Decides an open check of the staff member's office. Another office's case reads as
/// unknown. A refused decision (unknown case, decided already, the same person twice,
/// another document than the first person saw) is logged as refused.
pub fn decide(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    case: &CaseNumber,
    decision: Decision,
) -> Result<Decided, Error> {
    let mut mail_queued = false;
    let decided = conn.transaction(|conn| {
        let conn: &mut DbConnection = conn;
        let (decided, queued) = decide_locked(ctx, conn, who, case, decision)?;
        mail_queued = queued;
        Ok(decided)
    });
    match decided {
        Ok(decided) => {
            if let Decided::Issued { .. } = decided {
                crate::service::issue::after_commit(ctx, mail_queued);
            }
            Ok(decided)
        }
        Err(error @ (Error::NotFound(_) | Error::Conflict(_))) => {
            let reason = match &error {
                Error::Conflict(conflict) => conflict.code(),
                _ => "not a case of this office",
            };
            if matches!(error, Error::Conflict(Conflict::DocumentDiffers)) {
                // The two disagree: the first confirmation is withdrawn, so that trying
                // the kinds of document in turn never completes it.
                diesel::update(
                    identity_checks::table
                        .filter(identity_checks::case_number.eq(case.compact()))
                        .filter(identity_checks::tenant.eq(&who.tenant))
                        .filter(identity_checks::outcome.is_null()),
                )
                .set((
                    identity_checks::proposed_by.eq(None::<String>),
                    identity_checks::proposed_document.eq(None::<String>),
                ))
                .execute(&mut **conn)?;
            }
            audit::append(
                conn,
                ctx.clock.now(),
                &who.tenant,
                &who.actor(),
                "identity.refused",
                Some(case.compact()),
                json!({"reason": reason}),
            )?;
            Err(error)
        }
        Err(error) => Err(error),
    }
}

/// The check's row as it stands once its enrolment is locked.
struct Check {
    proposed_by: Option<String>,
    proposed_document: Option<IdentityDocument>,
    decided: bool,
}

fn decide_locked(
    ctx: &Context,
    conn: &mut DbConnection,
    who: &StaffActor,
    case: &CaseNumber,
    decision: Decision,
) -> Result<(Decided, bool), Error> {
    let four_eyes = ctx
        .content
        .tenant(&who.tenant)
        .and_then(|t| t.staff_check.as_ref())
        .is_some_and(|c| c.four_eyes);
    let enrolment_id: String = identity_checks::table
        .filter(identity_checks::case_number.eq(case.compact()))
        .filter(identity_checks::tenant.eq(&who.tenant))
        .select(identity_checks::enrolment_id)
        .get_result(conn)
        .optional()?
        .ok_or(Error::NotFound("identity check"))?;
    let id = EnrolmentId::parse(&enrolment_id).map_err(|_| Error::NotFound("identity check"))?;
    // The enrolment's lock orders this against every other decision on the case and
    // against the learner's own requests; the row is read only after it.
    let enrolment = crate::service::lock::lock_enrolment(conn, &id)?;
    let check = identity_checks::table
        .find(&enrolment_id)
        .select((
            identity_checks::proposed_by,
            identity_checks::proposed_document,
            identity_checks::outcome,
        ))
        .get_result::<(Option<String>, Option<String>, Option<String>)>(conn)
        .map(|(proposed_by, document, outcome)| Check {
            proposed_by,
            proposed_document: document.as_deref().and_then(IdentityDocument::parse),
            decided: outcome.is_some(),
        })?;
    if check.decided {
        return Err(Error::Conflict(Conflict::IdentityCheckDecided));
    }
    let now = ctx.clock.now();
    let subject = Some(case.compact());
    let actor = who.actor();
    match decision {
        Decision::Reject(reason) => {
            diesel::update(identity_checks::table.find(&enrolment_id))
                .set((
                    identity_checks::decided_at.eq(Some(to_db(now))),
                    identity_checks::outcome.eq(Some(REJECTED)),
                    identity_checks::rejection_reason.eq(Some(reason.code())),
                    identity_checks::decided_by.eq(Some(&who.login)),
                ))
                .execute(conn)?;
            let detail = json!({"reason": reason.code()});
            audit::append(
                conn,
                now,
                &who.tenant,
                &actor,
                "identity.rejected",
                subject,
                detail,
            )?;
            Ok((Decided::Rejected, false))
        }
        Decision::Confirm(document) if four_eyes && check.proposed_by.is_none() => {
            diesel::update(identity_checks::table.find(&enrolment_id))
                .set((
                    identity_checks::proposed_by.eq(Some(&who.login)),
                    identity_checks::proposed_document.eq(Some(document.code())),
                ))
                .execute(conn)?;
            // Not which document: an administrator reading the log may be the second
            // person, who must look for themselves.
            let detail = json!({});
            audit::append(
                conn,
                now,
                &who.tenant,
                &actor,
                "identity.proposed",
                subject,
                detail,
            )?;
            Ok((Decided::Proposed, false))
        }
        Decision::Confirm(document) => {
            if four_eyes {
                if check.proposed_by.as_deref() == Some(who.login.as_str()) {
                    return Err(Error::Conflict(Conflict::SecondPersonNeeded));
                }
                // The second person looks for themselves: another document than the
                // first one saw is no confirmation.
                if check.proposed_document != Some(document) {
                    return Err(Error::Conflict(Conflict::DocumentDiffers));
                }
            }
            let checked_on = now.with_timezone(&chrono_tz::Europe::Berlin).date_naive();
            let (code, queued) = issue(ctx, conn, &enrolment, IdentityCheck::Staff { checked_on })?;
            diesel::update(identity_checks::table.find(&enrolment_id))
                .set((
                    identity_checks::decided_at.eq(Some(to_db(now))),
                    identity_checks::outcome.eq(Some(CONFIRMED)),
                    identity_checks::document.eq(Some(document.code())),
                    identity_checks::decided_by.eq(Some(&who.login)),
                ))
                .execute(conn)?;
            let detail = json!({"case": case.compact(), "document": document.code(), "four_eyes": four_eyes});
            audit::append(
                conn,
                now,
                &who.tenant,
                &actor,
                "identity.confirmed",
                Some(code.compact()),
                detail,
            )?;
            Ok((
                Decided::Issued {
                    code: code.to_string(),
                },
                queued,
            ))
        }
    }
}

/// The certificate for a declaration that waited for its check: the instruction's day
/// is the passed quiz's, the mail in the language declared in.
fn issue(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
    identity: IdentityCheck,
) -> Result<(crate::domain::CertificateCode, bool), Error> {
    let passed = crate::service::status::attempts(conn, &enrolment.id)?
        .into_iter()
        .find(|a| a.passed == Some(true))
        .ok_or(Error::Conflict(Conflict::QuizNotPassed))?;
    let language: String = declarations::table
        .find(&enrolment.id)
        .select(declarations::language)
        .get_result(conn)?;
    crate::service::issue::issue_certificate(
        ctx,
        conn,
        enrolment,
        passed.graded_at.unwrap_or(passed.started_at),
        &language,
        identity,
    )
}
