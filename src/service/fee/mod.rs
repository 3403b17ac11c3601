//! The office's fee (`[fee]` in its tenant file): what is due and when, how it was
//! settled (online, voucher, waiver, at the desk), and the gates it sets: the course
//! opens, or the certificate issues, only for a settled fee. A settlement is one row per
//! enrolment, so nothing is ever settled, or issued, twice.

mod online;
mod payment_flow;
mod voucher;
mod waiver;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::after_declaration::Declared;
use super::{Conflict, Context, Error};
use crate::clock::{from_db, to_db};
use crate::course::Fee;
use crate::db::DbConnection;
use crate::db::models::{EnrolmentRow, PaymentRow, SettlementRow, WaiverRow};
use crate::db::schema::{declarations, fee_settlements, fee_waivers, payments};
use crate::domain::{Cents, FeeDue, SettlementKind, WaiverCategory};

pub(in crate::service) use online::refuse_while_paying;
pub use payment_flow::{PayStep, check_due_payments, refresh_payment, start_payment};
pub use voucher::redeem_voucher;
pub use waiver::{WaiverInput, claim_waiver};

/// Where an enrolment's fee stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeStatus {
    /// The office charges nothing.
    Free,
    Due,
    /// A waiver was claimed and staff decide on it.
    WaiverPending,
    Settled,
}

/// The fee as the learner's pages and the API show it.
#[derive(Debug, Clone, Serialize)]
pub struct FeeView {
    pub status: FeeStatus,
    #[serde(rename = "amount_cents", skip_serializing_if = "Option::is_none")]
    pub amount: Option<Cents>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<&'static str>,
    /// The office's payment platform is connected.
    pub pay_online: bool,
    pub vouchers: bool,
    pub waivers: Vec<&'static str>,
    /// The latest online payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settlement: Option<SettlementView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiver: Option<WaiverView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PaymentView {
    /// `requested`, `open`, `paid`, `cancelled` or `failed`.
    pub state: String,
    /// The pay page, while the payment is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pay_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SettlementView {
    /// `online`, `voucher`, `waiver` or `desk`.
    pub kind: &'static str,
    #[serde(rename = "amount_cents")]
    pub amount: Cents,
    /// The payment platform's reference, the voucher's batch, or the waiver's category.
    pub reference: String,
    pub settled_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WaiverView {
    pub category: String,
    /// `open`, `granted` or `refused`.
    pub decision: String,
}

/// The office's fee, where it charges one.
pub(crate) fn fee_of<'a>(ctx: &'a Context, tenant: &str) -> Option<&'a Fee> {
    ctx.content.tenant(tenant).and_then(|t| t.fee.as_ref())
}

fn settlement(conn: &mut DbConnection, enrolment_id: &str) -> Result<Option<SettlementRow>, Error> {
    Ok(fee_settlements::table
        .find(enrolment_id)
        .select(SettlementRow::as_select())
        .first(conn)
        .optional()?)
}

/// Whether nothing (more) is to be paid before the certificate.
pub(super) fn settled_or_free(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<bool, Error> {
    Ok(fee_of(ctx, &enrolment.tenant).is_none() || settlement(conn, &enrolment.id)?.is_some())
}

/// Refuses the course's steps while a fee due before the course is open.
pub(super) fn require_course_open(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<(), Error> {
    match fee_of(ctx, &enrolment.tenant) {
        Some(fee) if fee.due == FeeDue::BeforeCourse => {
            if settlement(conn, &enrolment.id)?.is_none() {
                return Err(Error::Conflict(Conflict::FeeDue));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Whether the course is closed for this enrolment until its fee is settled.
pub fn course_waits_for_fee(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<bool, Error> {
    Ok(matches!(
        require_course_open(ctx, conn, enrolment),
        Err(Error::Conflict(Conflict::FeeDue))
    ))
}

fn due_code(due: FeeDue) -> &'static str {
    match due {
        FeeDue::BeforeCourse => "before_course",
        FeeDue::BeforeCertificate => "before_certificate",
    }
}

pub fn fee_view(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<FeeView, Error> {
    let fee = fee_of(ctx, &enrolment.tenant);
    let settled = settlement(conn, &enrolment.id)?;
    let waiver: Option<WaiverRow> = fee_waivers::table
        .find(&enrolment.id)
        .select(WaiverRow::as_select())
        .first(conn)
        .optional()?;
    let payment: Option<PaymentRow> = payments::table
        .filter(payments::enrolment_id.eq(&enrolment.id))
        .order(payments::attempt.desc())
        .select(PaymentRow::as_select())
        .first(conn)
        .optional()?;
    let status = match (&fee, &settled, &waiver) {
        (_, Some(_), _) => FeeStatus::Settled,
        (None, None, _) => FeeStatus::Free,
        (Some(_), None, Some(w)) if w.decision.is_none() => FeeStatus::WaiverPending,
        (Some(_), None, _) => FeeStatus::Due,
    };
    Ok(FeeView {
        status,
        amount: fee.map(|f| f.amount),
        due: fee.map(|f| due_code(f.due)),
        pay_online: fee.is_some() && ctx.payments.get(&enrolment.tenant).is_some(),
        vouchers: fee.is_some_and(|f| f.vouchers),
        waivers: fee
            .map(|f| f.waivers.iter().map(|w| w.code()).collect())
            .unwrap_or_default(),
        payment: payment.map(|p| PaymentView {
            pay_url: p.pay_url.filter(|_| p.state == "open" && settled.is_none()),
            state: p.state,
        }),
        settlement: settled.map(settlement_view),
        waiver: waiver.map(|w| WaiverView {
            decision: w.decision.unwrap_or_else(|| "open".to_string()),
            category: w.category,
        }),
    })
}

/// How the enrolment's fee was settled, if it was.
pub fn settlement_of(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<SettlementView>, Error> {
    Ok(settlement(conn, enrolment_id)?.map(settlement_view))
}

fn settlement_view(s: SettlementRow) -> SettlementView {
    SettlementView {
        kind: SettlementKind::parse(&s.kind).map_or("online", SettlementKind::code),
        amount: Cents::from_db(s.amount_cents).unwrap_or(Cents::ZERO),
        reference: s.reference,
        settled_at: from_db(s.settled_at),
    }
}

/// [`fee_view`] of the enrolment `id`.
pub fn fee_view_of(
    ctx: &Context,
    conn: &mut DbConnection,
    id: &crate::domain::EnrolmentId,
) -> Result<FeeView, Error> {
    let enrolment = super::auth::find_enrolment(conn, id)?;
    fee_view(ctx, conn, &enrolment)
}

/// Records how the fee was settled (the caller holds the enrolment's lock) and, where
/// the learner has declared, goes on to the identity check or the certificate. `None`
/// where it was settled before: the first settlement stands.
pub(in crate::service) fn settle(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
    kind: SettlementKind,
    amount: Cents,
    reference: &str,
) -> Result<Option<(Declared, bool)>, Error> {
    let row = SettlementRow {
        enrolment_id: enrolment.id.clone(),
        tenant: enrolment.tenant.clone(),
        kind: kind.code().to_string(),
        amount_cents: amount.to_db(),
        reference: reference.to_string(),
        settled_at: to_db(ctx.clock.now()),
    };
    let inserted = crate::on_backend!(conn, |c| diesel::insert_into(fee_settlements::table)
        .values(&row)
        .on_conflict_do_nothing()
        .execute(c))?;
    if inserted == 0 {
        return Ok(None);
    }
    tracing::info!(tenant = %enrolment.tenant, kind = kind.code(), "fee settled");
    let declared = declarations::table
        .find(&enrolment.id)
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if !declared {
        return Ok(Some((Declared::AwaitingFee, false)));
    }
    super::after_declaration::proceed(ctx, conn, enrolment).map(Some)
}

/// Whether a waiver claim waits for staff.
fn waiver_pending(conn: &mut DbConnection, enrolment_id: &str) -> Result<bool, Error> {
    Ok(fee_waivers::table
        .find(enrolment_id)
        .filter(fee_waivers::decision.is_null())
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// The fee the office charges now, for a step that settles it: refused where the office
/// charges nothing, a conflict where it is settled already.
fn due_fee<'a>(
    ctx: &'a Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<&'a Fee, Error> {
    let fee = fee_of(ctx, &enrolment.tenant).ok_or(Error::Refused(super::Refusal::NotOffered))?;
    if settlement(conn, &enrolment.id)?.is_some() {
        return Err(Error::Conflict(Conflict::FeeNotDue));
    }
    Ok(fee)
}

/// A claimed waiver's category, where the office still grants it.
fn granted_category(fee: &Fee, raw: &str) -> Option<WaiverCategory> {
    WaiverCategory::parse(raw).filter(|c| fee.waivers.contains(c))
}
