//! The fee as the office's staff handle it: the waivers learners claimed, granted or
//! refused; a learner's fee found by name and birth date; a payment received at the
//! desk; the latest settlements. Each decision and payment is in the office's audit log,
//! without names, and goes on as the learner's own settlement would: the course opens,
//! or the identity check or the certificate follows.
//!
//! An enrolment is named by its id only in the body of a form that staff post: it is
//! the learner's key to their record, so it never appears in an address or a log.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::search::{PersonQuery, names_match, spellings};
use super::traced::StaffActor;
use crate::audit;
use crate::clock::{from_db, to_db};
use crate::db::models::{EnrolmentRow, PaymentRow, WaiverRow};
use crate::db::schema::{
    certificates, declarations, enrolments, fee_settlements, fee_waivers, payments,
};
use crate::db::{DbConnection, Writer};
use crate::domain::{
    CaseNumber, Cents, CertificateCode, EnrolmentId, SettlementKind, WaiverCategory,
};
use crate::service::fee::{SettlementView, settlement_of};
use crate::service::{Conflict, Context, Declared, Error};

/// The most settlements the overview lists.
pub const LATEST_SETTLEMENTS: i64 = 50;

/// A waiver claim that waits for staff.
#[derive(Debug, Clone)]
pub struct OpenWaiver {
    /// The handle the decision is posted with (in a form's body only).
    pub enrolment_id: String,
    pub given_name: String,
    pub family_name: String,
    /// "Given Family" in the passport's Latin spelling, for a name in another script.
    pub latin: Option<String>,
    pub birth_date: NaiveDate,
    pub category: Option<WaiverCategory>,
    /// In the learner's words.
    pub reason: String,
    pub requested_at: DateTime<Utc>,
}

fn latin_of(e: &EnrolmentRow) -> Option<String> {
    e.given_name_latin
        .as_ref()
        .zip(e.family_name_latin.as_ref())
        .map(|(g, f)| format!("{g} {f}"))
}

/// The office's open waiver claims, oldest first; a claim whose fee was settled
/// otherwise meanwhile (paid online, at the desk) needs no decision and is left out.
pub fn open_waivers(conn: &mut DbConnection, tenant: &str) -> Result<Vec<OpenWaiver>, Error> {
    let settled = fee_settlements::table
        .filter(fee_settlements::tenant.eq(tenant))
        .select(fee_settlements::enrolment_id);
    let rows: Vec<(WaiverRow, EnrolmentRow)> = fee_waivers::table
        .inner_join(enrolments::table)
        .filter(fee_waivers::tenant.eq(tenant))
        .filter(enrolments::tenant.eq(tenant))
        .filter(fee_waivers::decision.is_null())
        .filter(fee_waivers::enrolment_id.ne_all(settled))
        .order(fee_waivers::requested_at.asc())
        .select((WaiverRow::as_select(), EnrolmentRow::as_select()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(w, e)| OpenWaiver {
            latin: latin_of(&e),
            enrolment_id: e.id,
            given_name: e.given_name,
            family_name: e.family_name,
            birth_date: e.birth_date,
            category: WaiverCategory::parse(&w.category),
            reason: w.reason,
            requested_at: from_db(w.requested_at),
        })
        .collect())
}

/// One settlement as the overview lists it.
#[derive(Debug, Clone)]
pub struct SettledEntry {
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    pub settlement: SettlementView,
}

/// The office's latest settlements, newest first.
pub fn latest_settlements(
    conn: &mut DbConnection,
    tenant: &str,
) -> Result<Vec<SettledEntry>, Error> {
    let rows: Vec<(String, String, NaiveDate, String)> = fee_settlements::table
        .inner_join(enrolments::table)
        .filter(fee_settlements::tenant.eq(tenant))
        .filter(enrolments::tenant.eq(tenant))
        .order((
            fee_settlements::settled_at.desc(),
            fee_settlements::enrolment_id.asc(),
        ))
        .limit(LATEST_SETTLEMENTS)
        .select((
            enrolments::given_name,
            enrolments::family_name,
            enrolments::birth_date,
            enrolments::id,
        ))
        .load(conn)?;
    let mut entries = Vec::with_capacity(rows.len());
    for (given_name, family_name, birth_date, id) in rows {
        if let Some(settlement) = settlement_of(conn, &id)? {
            entries.push(SettledEntry {
                given_name,
                family_name,
                birth_date,
                settlement,
            });
        }
    }
    Ok(entries)
}

/// What the fee page shows at first: the office's fee, the open claims and the latest
/// settlements.
#[derive(Debug, Clone)]
pub struct FeeOverview {
    /// The office's fee; `None` where it charges nothing.
    pub amount: Option<Cents>,
    pub open_waivers: Vec<OpenWaiver>,
    pub latest: Vec<SettledEntry>,
}

/// The fee page's overview; the log records the look and how many it showed.
pub fn fee_overview(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
) -> Result<FeeOverview, Error> {
    conn.transaction(|conn| {
        let conn: &mut DbConnection = conn;
        let overview = FeeOverview {
            amount: office_fee(ctx, &who.tenant),
            open_waivers: open_waivers(conn, &who.tenant)?,
            latest: latest_settlements(conn, &who.tenant)?,
        };
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "fee.listed",
            None,
            json!({
                "open_waivers": overview.open_waivers.len(),
                "settlements": overview.latest.len(),
            }),
        )?;
        Ok(overview)
    })
}

fn office_fee(ctx: &Context, tenant: &str) -> Option<Cents> {
    ctx.content
        .tenant(tenant)
        .and_then(|t| t.fee.as_ref())
        .map(|f| f.amount)
}

/// The latest online payment of an enrolment.
#[derive(Debug, Clone)]
pub struct PaymentState {
    /// `requested`, `open`, `paid`, `cancelled` or `failed`.
    pub state: String,
    pub attempts: i32,
}

#[derive(Debug, Clone)]
pub struct WaiverState {
    pub category: Option<WaiverCategory>,
    pub reason: String,
    /// `granted` or `refused`; `None` while open.
    pub decision: Option<String>,
}

/// One enrolment's fee as staff see it.
#[derive(Debug, Clone)]
pub struct FeeState {
    /// The handle a desk payment is posted with (in a form's body only).
    pub enrolment_id: String,
    pub given_name: String,
    pub family_name: String,
    pub latin: Option<String>,
    pub birth_date: NaiveDate,
    pub enrolled_at: DateTime<Utc>,
    pub declared: bool,
    /// The certificate's code, once issued.
    pub certificate: Option<String>,
    /// The office's fee; `None` where it charges nothing.
    pub amount: Option<Cents>,
    pub settlement: Option<SettlementView>,
    pub payment: Option<PaymentState>,
    pub waiver: Option<WaiverState>,
    /// Staff may record a payment at the desk: the office charges, nothing is settled
    /// and no certificate was issued without it.
    pub desk_payment_possible: bool,
}

/// The office's enrolments of one person (family name and birth date, the given name
/// narrowing it), newest first, each with its fee.
pub fn fee_states(
    ctx: &Context,
    conn: &mut DbConnection,
    tenant: &str,
    query: &PersonQuery<'_>,
) -> Result<Vec<FeeState>, Error> {
    let rows: Vec<EnrolmentRow> = enrolments::table
        .filter(enrolments::tenant.eq(tenant))
        .filter(enrolments::birth_date.eq(query.birth_date))
        .order(enrolments::created_at.desc())
        .select(EnrolmentRow::as_select())
        .load(conn)?;
    let family = spellings(query.family_name);
    let given = query
        .given_name
        .filter(|g| !g.trim().is_empty())
        .map(spellings);
    let amount = office_fee(ctx, tenant);
    let mut found = Vec::new();
    for e in rows {
        let family_matches = names_match(&family, &e.family_name)
            || e.family_name_latin
                .as_deref()
                .is_some_and(|l| names_match(&family, l));
        let given_matches = given.as_ref().is_none_or(|wanted| {
            names_match(wanted, &e.given_name)
                || e.given_name_latin
                    .as_deref()
                    .is_some_and(|l| names_match(wanted, l))
        });
        if !(family_matches && given_matches) {
            continue;
        }
        found.push(fee_state(conn, e, amount)?);
    }
    Ok(found)
}

fn fee_state(
    conn: &mut DbConnection,
    e: EnrolmentRow,
    amount: Option<Cents>,
) -> Result<FeeState, Error> {
    let settlement = settlement_of(conn, &e.id)?;
    let latest: Option<PaymentRow> = payments::table
        .filter(payments::enrolment_id.eq(&e.id))
        .order(payments::attempt.desc())
        .select(PaymentRow::as_select())
        .first(conn)
        .optional()?;
    let waiver: Option<WaiverRow> = fee_waivers::table
        .find(&e.id)
        .select(WaiverRow::as_select())
        .first(conn)
        .optional()?;
    let declared = declarations::table
        .find(&e.id)
        .count()
        .get_result::<i64>(conn)?
        > 0;
    let certificate: Option<String> = certificates::table
        .filter(certificates::enrolment_id.eq(&e.id))
        .select(certificates::code)
        .first(conn)
        .optional()?;
    let certificate =
        certificate.map(|c| CertificateCode::parse(&c).map_or(c, |code| code.to_string()));
    Ok(FeeState {
        desk_payment_possible: amount.is_some() && settlement.is_none() && certificate.is_none(),
        latin: latin_of(&e),
        enrolment_id: e.id,
        given_name: e.given_name,
        family_name: e.family_name,
        birth_date: e.birth_date,
        enrolled_at: from_db(e.created_at),
        declared,
        certificate,
        amount,
        settlement,
        payment: latest.map(|p| PaymentState {
            state: p.state,
            attempts: p.attempt,
        }),
        waiver: waiver.map(|w| WaiverState {
            category: WaiverCategory::parse(&w.category),
            reason: w.reason,
            decision: w.decision,
        }),
    })
}

/// [`fee_states`] for a staff member; the log says who searched and how many records it
/// showed, never for whom.
pub fn search_fees(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    query: &PersonQuery<'_>,
) -> Result<Vec<FeeState>, Error> {
    conn.transaction(|conn| {
        let found = fee_states(ctx, conn, &who.tenant, query)?;
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "fee.searched",
            None,
            json!({"by": "person", "results": found.len()}),
        )?;
        Ok(found)
    })
}

/// Where the learner stands once the fee is settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterFee {
    /// Not declared yet: the course (or the declaration) is open to the learner.
    Open,
    /// Staff check an identity document next: the case number.
    IdentityCheck { case_number: String },
    /// The certificate with this code is issued.
    Issued { code: String },
    /// A waiver was refused: the fee is still due.
    StillDue,
}

impl AfterFee {
    fn of(went_on: Option<&Declared>) -> Self {
        match went_on {
            Some(Declared::Issued(issued)) => Self::Issued {
                code: issued.code.clone(),
            },
            Some(Declared::AwaitingIdentityCheck(check)) => Self::IdentityCheck {
                case_number: check.case_number.clone(),
            },
            _ => Self::Open,
        }
    }

    /// The audit entry's subject: the certificate's code or the case number, which the
    /// office's records know; never the enrolment.
    fn subject(&self) -> Option<String> {
        match self {
            Self::Issued { code } => CertificateCode::parse(code)
                .ok()
                .map(|c| c.compact().to_string()),
            Self::IdentityCheck { case_number } => {
                CaseNumber::parse(case_number).map(|c| c.compact().to_string())
            }
            Self::Open | Self::StillDue => None,
        }
    }
}

/// Runs a staff step on the fee in its transaction; on success wakes the mailer for a
/// certificate it issued; a refusal (not this office's, decided or settled already) is
/// logged as refused.
fn fee_step(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    attempt: &'static str,
    step: impl FnOnce(&mut DbConnection) -> Result<(AfterFee, bool), Error>,
) -> Result<AfterFee, Error> {
    let done = conn.transaction(|conn| {
        let conn: &mut DbConnection = conn;
        step(conn)
    });
    match done {
        Ok((after, mail_queued)) => {
            if matches!(after, AfterFee::Issued { .. }) {
                crate::service::issue::after_commit(ctx, mail_queued);
            }
            Ok(after)
        }
        Err(error @ (Error::NotFound(_) | Error::Conflict(_) | Error::Refused(_))) => {
            let reason = match &error {
                Error::Conflict(conflict) => conflict.code(),
                Error::Refused(refusal) => refusal.code(),
                Error::NotFound("waiver") => "no waiver claim of this office",
                _ => "not an enrolment of this office",
            };
            audit::append(
                conn,
                ctx.clock.now(),
                &who.tenant,
                &who.actor(),
                "fee.refused",
                None,
                json!({"attempt": attempt, "reason": reason}),
            )?;
            Err(error)
        }
        Err(error) => Err(error),
    }
}

/// The enrolment `raw` of the staff member's office, locked; another office's (or none)
/// is not found.
fn lock_own(conn: &mut DbConnection, who: &StaffActor, raw: &str) -> Result<EnrolmentRow, Error> {
    let id = EnrolmentId::parse(raw.trim()).map_err(|_| Error::NotFound("enrolment"))?;
    let tenant: Option<String> = enrolments::table
        .find(id.to_string())
        .select(enrolments::tenant)
        .first(conn)
        .optional()?;
    if tenant.as_deref() != Some(who.tenant.as_str()) {
        return Err(Error::NotFound("enrolment"));
    }
    // The enrolment's lock orders this against the learner's own steps and against a
    // second member of staff deciding at the same moment; rows are read after it.
    crate::service::lock::lock_enrolment(conn, &id)
}

/// Grants or refuses the open waiver claim of the enrolment `enrolment_id`. A grant
/// settles the fee (nothing paid, the category as the reference) and goes on; a refusal
/// leaves it due, and the learner may pay or claim again with another reason.
pub fn decide_waiver(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    enrolment_id: &str,
    grant: bool,
) -> Result<AfterFee, Error> {
    fee_step(ctx, conn, who, "waiver", |conn| {
        let enrolment = lock_own(conn, who, enrolment_id)?;
        let waiver: WaiverRow = fee_waivers::table
            .find(&enrolment.id)
            .filter(fee_waivers::tenant.eq(&who.tenant))
            .select(WaiverRow::as_select())
            .first(conn)
            .optional()?
            .ok_or(Error::NotFound("waiver"))?;
        if waiver.decision.is_some() {
            return Err(Error::Conflict(Conflict::WaiverDecided));
        }
        // A grant while an online payment may still be paid would have the learner pay
        // a waived fee.
        if grant {
            crate::service::fee::refuse_while_paying(ctx, conn, &enrolment.id)?;
        }
        let now = ctx.clock.now();
        let decision = if grant { "granted" } else { "refused" };
        diesel::update(fee_waivers::table.find(&enrolment.id))
            .set((
                fee_waivers::decision.eq(Some(decision)),
                fee_waivers::decided_by.eq(Some(&who.login)),
                fee_waivers::decided_at.eq(Some(to_db(now))),
            ))
            .execute(conn)?;
        let (after, mail_queued) = if grant {
            match crate::service::fee::settle(
                ctx,
                conn,
                &enrolment,
                SettlementKind::Waiver,
                Cents::ZERO,
                &waiver.category,
            )? {
                Some((declared, queued)) => (AfterFee::of(Some(&declared)), queued),
                // Settled otherwise meanwhile: the first settlement stands.
                None => (AfterFee::Open, false),
            }
        } else {
            (AfterFee::StillDue, false)
        };
        let action = if grant {
            "fee.waiver_granted"
        } else {
            "fee.waiver_refused"
        };
        audit::append(
            conn,
            now,
            &who.tenant,
            &who.actor(),
            action,
            after.subject().as_deref(),
            json!({"category": waiver.category}),
        )?;
        Ok((after, mail_queued))
    })
}

/// Records that the office received the fee by other means (cash or card at the desk, a
/// transfer): settled with the office's amount, and the learner goes on. Refused where
/// the office charges nothing, where it is settled, where a certificate was issued
/// without it (from before the office charged), and while an online payment is open
/// (the learner finishes or cancels it first, so that nobody pays twice).
pub fn record_desk_payment(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    enrolment_id: &str,
) -> Result<AfterFee, Error> {
    fee_step(ctx, conn, who, "desk", |conn| {
        let enrolment = lock_own(conn, who, enrolment_id)?;
        let amount = office_fee(ctx, &who.tenant).ok_or(Error::Conflict(Conflict::FeeNotDue))?;
        let certified = certificates::table
            .filter(certificates::enrolment_id.eq(&enrolment.id))
            .count()
            .get_result::<i64>(conn)?
            > 0;
        if certified || settlement_of(conn, &enrolment.id)?.is_some() {
            return Err(Error::Conflict(Conflict::FeeNotDue));
        }
        crate::service::fee::refuse_while_paying(ctx, conn, &enrolment.id)?;
        let (declared, mail_queued) = crate::service::fee::settle(
            ctx,
            conn,
            &enrolment,
            SettlementKind::Desk,
            amount,
            "desk",
        )?
        .ok_or(Error::Conflict(Conflict::FeeNotDue))?;
        let after = AfterFee::of(Some(&declared));
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "fee.desk_payment",
            after.subject().as_deref(),
            json!({"amount_cents": amount.get()}),
        )?;
        Ok((after, mail_queued))
    })
}
