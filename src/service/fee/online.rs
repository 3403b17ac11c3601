//! Online payments as the database keeps them: one row per attempt, its request id
//! derived from the enrolment and the attempt's number, so that sending a request again
//! (after a lost answer, a second click, a second tab) names the same payment on the
//! platform. A new attempt follows only a cancelled or failed one.

use std::sync::Arc;

use chrono::TimeDelta;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::{due_fee, settle};
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::models::{EnrolmentRow, PaymentRow};
use crate::db::schema::payments;
use crate::domain::{Cents, EnrolmentId, SettlementKind};
use crate::payment::{ItemRequest, PaymentStatus, Platform, Transaction, TransactionRequest};
use crate::service::after_declaration::Declared;
use crate::service::{Conflict, Context, Error, Refusal};

/// The most attempts one enrolment makes: the request id's number has two digits.
const MAX_ATTEMPTS: i32 = 99;

/// A request that was never answered is given up after this long: the learner never
/// saw its pay page, so nobody can have paid it.
pub(super) const UNANSWERED: TimeDelta = TimeDelta::minutes(10);

/// How long a first request may be under way before another click sends it again: the
/// platform's answer may still come (a second click waits for it instead).
const IN_FLIGHT: TimeDelta = TimeDelta::seconds(20);

/// What starting a payment found.
pub(super) enum Reservation {
    /// A payment is open already: its pay page.
    Open(String),
    /// Another request (a second click, another tab) is creating the payment right now.
    InFlight,
    /// The request to send (again), to this platform.
    Send(TransactionRequest, Arc<Platform>),
}

/// `sha256(enrolment)[..32]-attempt`: derived, so a repeat is recognised, and without
/// the enrolment's id, which is the learner's key to their record.
fn request_id(enrolment_id: &str, attempt: i32) -> String {
    let digest = Sha256::digest(enrolment_id.as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{hex}-{attempt}")
}

pub(super) fn latest(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<PaymentRow>, Error> {
    Ok(payments::table
        .filter(payments::enrolment_id.eq(enrolment_id))
        .order(payments::attempt.desc())
        .select(PaymentRow::as_select())
        .first(conn)
        .optional()?)
}

/// The open payment of an enrolment, if any (one that may still be paid).
pub(super) fn unfinished(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<PaymentRow>, Error> {
    Ok(latest(conn, enrolment_id)?.filter(|p| matches!(p.state.as_str(), "requested" | "open")))
}

/// Refuses to settle the fee otherwise (voucher, waiver, desk) while an online payment may
/// still be paid: one that is open, or being created right now. A request that was sent
/// before and never answered is given up instead: its pay page never reached the learner.
pub(in crate::service) fn refuse_while_paying(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<(), Error> {
    match latest(conn, enrolment_id)? {
        Some(p) if p.state == "open" => Err(Error::Conflict(Conflict::PaymentOpen)),
        Some(p) if p.state == "requested" && in_flight(ctx, &p) => {
            Err(Error::Conflict(Conflict::PaymentOpen))
        }
        Some(p) if p.state == "requested" => give_up(ctx, conn, &p.request_id),
        _ => Ok(()),
    }
}

/// A first request still under way (see [`IN_FLIGHT`]).
fn in_flight(ctx: &Context, p: &PaymentRow) -> bool {
    p.failures == 0 && ctx.clock.now() - crate::clock::from_db(p.created_at) < IN_FLIGHT
}

/// Reserves the payment to send, or finds the open one (the caller holds the lock).
pub(super) fn reserve(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<Reservation, Error> {
    let fee = due_fee(ctx, conn, enrolment)?;
    // A waiver claim staff have not decided yet settles the fee or not: until then no
    // payment starts, so that nobody pays a fee that is then waived.
    if super::waiver_pending(conn, &enrolment.id)? {
        return Err(Error::Conflict(Conflict::WaiverPending));
    }
    let platform = ctx
        .payments
        .get(&enrolment.tenant)
        .ok_or(Error::Refused(Refusal::NotOffered))?
        .clone();
    let latest = latest(conn, &enrolment.id)?;
    let attempt = match &latest {
        Some(p) if p.state == "open" => {
            if let Some(url) = &p.pay_url {
                return Ok(Reservation::Open(url.clone()));
            }
            p.attempt
        }
        Some(p) if p.state == "requested" && in_flight(ctx, p) => {
            return Ok(Reservation::InFlight);
        }
        // Sent before without an answer: the same request again.
        Some(p) if p.state == "requested" => p.attempt,
        // Paid, but not yet settled: cannot be, the settlement is in the same write.
        Some(p) if p.state == "paid" => return Err(Error::Conflict(Conflict::FeeNotDue)),
        Some(p) if p.attempt >= MAX_ATTEMPTS => return Err(Error::PaymentPlatform),
        Some(p) => {
            insert(ctx, conn, enrolment, p.attempt + 1, fee.amount)?;
            p.attempt + 1
        }
        None => {
            insert(ctx, conn, enrolment, 1, fee.amount)?;
            1
        }
    };
    let amount = latest
        .as_ref()
        .filter(|p| p.attempt == attempt)
        .and_then(|p| Cents::from_db(p.amount_cents))
        .unwrap_or(fee.amount);
    Ok(Reservation::Send(
        TransactionRequest {
            request_id: request_id(&enrolment.id, attempt),
            amount,
            purpose: fee.purpose.clone(),
            description: fee.description.clone(),
            redirect_url: format!("{}/lernen/gebuehr/zurueck", ctx.public_url),
            item: ItemRequest {
                id: "ifsg43".to_string(),
                reference: fee.cashier_reference.clone(),
                description: fee.description.clone(),
            },
        },
        platform,
    ))
}

fn insert(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
    attempt: i32,
    amount: Cents,
) -> Result<(), Error> {
    let now = to_db(ctx.clock.now());
    diesel::insert_into(payments::table)
        .values(PaymentRow {
            request_id: request_id(&enrolment.id, attempt),
            enrolment_id: enrolment.id.clone(),
            tenant: enrolment.tenant.clone(),
            attempt,
            amount_cents: amount.to_db(),
            state: "requested".to_string(),
            transaction_id: None,
            pay_url: None,
            reference: None,
            created_at: now,
            finished_at: None,
            next_check_at: to_db(ctx.clock.now() + UNANSWERED),
            failures: 0,
        })
        .execute(conn)?;
    Ok(())
}

/// What a platform's answer did.
pub(super) enum Recorded {
    /// Still open: its pay page.
    Open(String),
    /// Paid now (and what the declaration went on to), or before.
    Paid(Option<(Declared, bool)>),
    /// Cancelled or failed: the learner may start again.
    Ended,
}

fn payment(conn: &mut DbConnection, request_id: &str) -> Result<PaymentRow, Error> {
    payments::table
        .find(request_id)
        .select(PaymentRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("payment"))
}

/// Records what the platform reports of the payment `request_id`, once the answer is
/// checked against it: the same transaction, the same request, the same amount. A
/// report that names another payment or another amount changes nothing.
pub(super) fn record(
    ctx: &Context,
    conn: &mut DbConnection,
    request_id: &str,
    answer: &Transaction,
) -> Result<Recorded, Error> {
    let row = payment(conn, request_id)?;
    let id = EnrolmentId::parse(&row.enrolment_id).map_err(|_| Error::NotFound("payment"))?;
    let enrolment = crate::service::lock::lock_enrolment(conn, &id)?;
    let row = payment(conn, request_id)?;
    let mismatch = row
        .transaction_id
        .as_deref()
        .is_some_and(|known| known != answer.id)
        || answer
            .request_id
            .as_deref()
            .is_some_and(|r| r != row.request_id)
        || answer.amount.is_some_and(|a| a.to_db() != row.amount_cents);
    if mismatch {
        // Logged without ids: the kind of mismatch is what an operator needs.
        tracing::error!(
            tenant = %row.tenant,
            "the payment platform reported another transaction or another amount than this payment's: nothing recorded"
        );
        return Err(Error::PaymentPlatform);
    }
    let now = ctx.clock.now();
    let settled_otherwise = super::settlement(conn, &enrolment.id)?.is_some();
    match (row.state.as_str(), answer.status) {
        ("paid", _) => return Ok(Recorded::Paid(None)),
        // Settled otherwise while this payment was being created: its pay page is never
        // handed out, and the platform ends the payment after its timeout.
        (_, PaymentStatus::Initial) if settled_otherwise => {
            diesel::update(payments::table.find(request_id))
                .set((
                    payments::state.eq("failed"),
                    payments::transaction_id.eq(&answer.id),
                    payments::finished_at.eq(to_db(now)),
                ))
                .execute(conn)?;
            return Ok(Recorded::Paid(None));
        }
        ("cancelled" | "failed", _) => return Ok(Recorded::Ended),
        (_, PaymentStatus::Initial) => {
            let url = answer.pay_url.clone().unwrap_or_default();
            diesel::update(payments::table.find(request_id))
                .set((
                    payments::state.eq("open"),
                    payments::transaction_id.eq(&answer.id),
                    payments::pay_url.eq(&url),
                    payments::failures.eq(0),
                    payments::next_check_at.eq(to_db(now + next_look(ctx, &row, now))),
                ))
                .execute(conn)?;
            return Ok(Recorded::Open(url));
        }
        _ => {}
    }
    let state = match answer.status {
        PaymentStatus::Payed => "paid",
        PaymentStatus::Canceled => "cancelled",
        _ => "failed",
    };
    diesel::update(payments::table.find(request_id))
        .set((
            payments::state.eq(state),
            payments::transaction_id.eq(&answer.id),
            payments::pay_url.eq(None::<String>),
            payments::reference.eq(&answer.reference),
            payments::finished_at.eq(to_db(now)),
        ))
        .execute(conn)?;
    if answer.status != PaymentStatus::Payed {
        return Ok(Recorded::Ended);
    }
    let amount = Cents::from_db(row.amount_cents).ok_or(Error::PaymentPlatform)?;
    let reference = answer
        .reference
        .clone()
        .unwrap_or_else(|| answer.id.clone());
    let went_on = settle(
        ctx,
        conn,
        &enrolment,
        SettlementKind::Online,
        amount,
        &reference,
    )?;
    if went_on.is_none() {
        // Settled by other means while this payment was open: the office refunds one of
        // the two. The audit log names the payment (its request id, no person).
        tracing::warn!(tenant = %row.tenant, request = %row.request_id, "a fee was paid online after it was settled otherwise: refund due");
        crate::audit::append(
            conn,
            now,
            &row.tenant,
            &crate::audit::Actor::System,
            "fee.refund_due",
            Some(&row.request_id),
            serde_json::json!({"reference": reference, "amount_cents": row.amount_cents}),
        )?;
    }
    Ok(Recorded::Paid(went_on))
}

/// How long until an open payment is asked about again: the check interval for the
/// first hour, then growing with the payment's age up to an hour (the platform ends
/// unpaid payments itself, as FAILED, after its timeout).
fn next_look(ctx: &Context, row: &PaymentRow, now: chrono::DateTime<chrono::Utc>) -> TimeDelta {
    let base = TimeDelta::from_std(ctx.payment_check).unwrap_or(TimeDelta::minutes(1));
    let age = now - crate::clock::from_db(row.created_at);
    if age < TimeDelta::hours(1) {
        base
    } else {
        (age / 10).clamp(base, TimeDelta::hours(1))
    }
}

/// The platform could not be asked: look again after a pause that doubles with each
/// failure, up to an hour.
pub(super) fn postpone(
    ctx: &Context,
    conn: &mut DbConnection,
    request_id: &str,
) -> Result<(), Error> {
    let row = payment(conn, request_id)?;
    let base = TimeDelta::from_std(ctx.payment_check).unwrap_or(TimeDelta::minutes(1));
    let doubled =
        base * 2i32.saturating_pow(u32::try_from(row.failures.clamp(0, 12)).unwrap_or(12));
    let pause = doubled.min(TimeDelta::hours(1));
    diesel::update(payments::table.find(request_id))
        .set((
            payments::failures.eq(row.failures.saturating_add(1)),
            payments::next_check_at.eq(to_db(ctx.clock.now() + pause)),
        ))
        .execute(conn)?;
    Ok(())
}

/// A request the platform refused, or whose transaction cannot be found: it never
/// reached the learner, and a new attempt may follow.
pub(super) fn give_up(
    ctx: &Context,
    conn: &mut DbConnection,
    request_id: &str,
) -> Result<(), Error> {
    diesel::update(
        payments::table
            .find(request_id)
            .filter(payments::state.eq("requested")),
    )
    .set((
        payments::state.eq("failed"),
        payments::finished_at.eq(to_db(ctx.clock.now())),
    ))
    .execute(conn)?;
    Ok(())
}

/// A payment the background check asks about.
pub(super) struct DuePayment {
    pub tenant: String,
    pub request_id: String,
    pub transaction_id: String,
}

/// Open payments whose time to be looked at has come (with `all`, every open one),
/// oldest first; requests never answered are given up (see [`UNANSWERED`]).
pub(super) fn due(
    ctx: &Context,
    conn: &mut DbConnection,
    all: bool,
    limit: i64,
) -> Result<Vec<DuePayment>, Error> {
    let now = to_db(ctx.clock.now());
    let until = if all {
        to_db(ctx.clock.now() + TimeDelta::days(3650))
    } else {
        now
    };
    diesel::update(
        payments::table
            .filter(payments::state.eq("requested"))
            .filter(payments::next_check_at.le(now)),
    )
    .set((payments::state.eq("failed"), payments::finished_at.eq(now)))
    .execute(conn)?;
    let rows: Vec<(String, String, Option<String>)> = payments::table
        .filter(payments::state.eq("open"))
        .filter(payments::next_check_at.le(until))
        .order(payments::next_check_at.asc())
        .limit(limit)
        .select((
            payments::tenant,
            payments::request_id,
            payments::transaction_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(tenant, request_id, transaction_id)| {
            Some(DuePayment {
                tenant,
                request_id,
                transaction_id: transaction_id?,
            })
        })
        .collect())
}
