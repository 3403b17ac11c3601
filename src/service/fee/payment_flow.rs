//! The online payment's steps that call the platform: never while holding a database
//! connection or the enrolment's lock, each step recorded in a write of its own.

use std::sync::Arc;

use diesel::Connection;

use super::online::{self, Recorded, Reservation};
use super::{FeeView, fee_view};
use crate::db::models::PaymentRow;
use crate::db::{Database, DbConnection, Writer};
use crate::domain::EnrolmentId;
use crate::payment::{Platform, PlatformError, Transaction};
use crate::service::after_declaration::Declared;
use crate::service::{Context, Error};

/// Where starting a payment leads the learner.
#[derive(Debug, Clone)]
pub enum PayStep {
    /// The platform's pay page.
    PayPage(String),
    /// Nothing to pay (any more): settled while the learner was away.
    Settled,
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("blocking task: {e}")))?
}

async fn write<T: Send + 'static>(
    ctx: &Arc<Context>,
    db: &Database,
    work: impl FnOnce(&Context, &mut DbConnection) -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    let (ctx, db) = (ctx.clone(), db.clone());
    blocking(move || {
        db.write(|conn: &mut Writer<'_>| {
            let conn: &mut DbConnection = conn;
            conn.transaction(|conn| work(&ctx, conn))
        })
    })
    .await
}

/// Records an answer, and once committed counts a certificate it issued.
async fn record(
    ctx: &Arc<Context>,
    db: &Database,
    request_id: String,
    answer: Transaction,
) -> Result<Recorded, Error> {
    let recorded = write(ctx, db, move |ctx, conn| {
        online::record(ctx, conn, &request_id, &answer)
    })
    .await?;
    if let Recorded::Paid(Some((Declared::Issued(_), mail_queued))) = &recorded {
        crate::service::issue::after_commit(ctx, *mail_queued);
    }
    Ok(recorded)
}

async fn postpone(ctx: &Arc<Context>, db: &Database, request_id: String) {
    if let Err(e) = write(ctx, db, move |ctx, conn| {
        online::postpone(ctx, conn, &request_id)
    })
    .await
    {
        tracing::warn!(error = %e, "a payment's next check not recorded");
    }
}

/// Sends the learner to the pay page: the open payment's, or a new one's. A repeated
/// click, a reload or a second tab finds the same payment.
pub async fn start_payment(
    ctx: Arc<Context>,
    db: Database,
    id: EnrolmentId,
) -> Result<PayStep, Error> {
    let reservation = write(&ctx, &db, move |ctx, conn| {
        let enrolment = crate::service::lock::lock_enrolment(conn, &id)?;
        online::reserve(ctx, conn, &enrolment)
    })
    .await;
    let (request, platform) = match reservation {
        Ok(Reservation::Open(url)) => return Ok(PayStep::PayPage(url)),
        Ok(Reservation::InFlight) => return wait_for_other(&db, id).await,
        Ok(Reservation::Send(request, platform)) => (request, platform),
        Err(Error::Conflict(crate::service::Conflict::FeeNotDue)) => return Ok(PayStep::Settled),
        Err(e) => return Err(e),
    };
    let request_id = request.request_id.clone();
    let answer = match platform.create(&request).await {
        Ok(answer) => Ok(answer),
        // Sent before, the answer lost: the platform has it, under the transaction it
        // names, or (where it uses them as such) under the request id.
        Err(PlatformError::PaymentExists { transaction_id }) => {
            let known = transaction_id.unwrap_or_else(|| request_id.clone());
            platform.status(&known).await.map_err(|e| match e {
                PlatformError::Unavailable(reason) => PlatformError::Unavailable(reason),
                _ => PlatformError::Refused("PAYMENT_EXISTS without a transaction".into()),
            })
        }
        Err(e) => Err(e),
    };
    let answer = match answer {
        Ok(answer) => answer,
        Err(e) => {
            let tenant_log = e.to_string();
            match e {
                PlatformError::Unavailable(_) | PlatformError::Malformed(_) => {
                    tracing::warn!(error = %tenant_log, "a payment could not be created; the learner may try again");
                    postpone(&ctx, &db, request_id).await;
                }
                PlatformError::Refused(_) | PlatformError::PaymentExists { .. } => {
                    // A configuration to fix (the office's purpose, account, credentials).
                    tracing::error!(error = %tenant_log, "the payment platform refused a payment");
                    let _ = write(&ctx, &db, move |ctx, conn| {
                        online::give_up(ctx, conn, &request_id)
                    })
                    .await;
                }
            }
            return Err(Error::PaymentPlatform);
        }
    };
    let recorded = match record(&ctx, &db, request_id.clone(), answer).await {
        Ok(recorded) => recorded,
        Err(e) => {
            // An answer about another payment or amount: the next click sends again.
            postpone(&ctx, &db, request_id).await;
            return Err(e);
        }
    };
    match recorded {
        Recorded::Open(url) => Ok(PayStep::PayPage(url)),
        Recorded::Paid(_) => Ok(PayStep::Settled),
        Recorded::Ended => Err(Error::PaymentPlatform),
    }
}

/// Waits for the request another click is making (polling the row it will update), as
/// long as the platform may take to answer it.
async fn wait_for_other(db: &Database, id: EnrolmentId) -> Result<PayStep, Error> {
    for _ in 0..100 {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let db = db.clone();
        let latest =
            blocking(move || db.read(|conn| online::latest(conn, &id.to_string()))).await?;
        match latest {
            Some(p) if p.state == "open" => {
                if let Some(url) = p.pay_url {
                    return Ok(PayStep::PayPage(url));
                }
            }
            Some(p) if p.state == "paid" => return Ok(PayStep::Settled),
            Some(p) if p.state == "requested" && p.failures == 0 => {}
            _ => return Err(Error::PaymentPlatform),
        }
    }
    Err(Error::PaymentPlatform)
}

/// Reads the open payment's status from the platform and records it: when the learner
/// comes back from the pay page (which itself says nothing), and when the fee's page or
/// the API asks. Where the platform does not answer, the fee stands as it was and the
/// background check asks later.
pub async fn refresh_payment(
    ctx: Arc<Context>,
    db: Database,
    id: EnrolmentId,
) -> Result<FeeView, Error> {
    let id_for_read = id;
    let open: Option<PaymentRow> = {
        let db = db.clone();
        blocking(move || db.read(|conn| online::unfinished(conn, &id_for_read.to_string()))).await?
    };
    if let Some(row) = open
        && let (Some(transaction_id), Some(platform)) = (
            row.transaction_id.clone(),
            ctx.payments.get(&row.tenant).cloned(),
        )
    {
        ask(&ctx, &db, &platform, row.request_id, &transaction_id).await;
    }
    let db_view = db.clone();
    let ctx_view = ctx.clone();
    blocking(move || {
        db_view.read(|conn| {
            let enrolment = crate::service::auth::find_enrolment(conn, &id)?;
            fee_view(&ctx_view, conn, &enrolment)
        })
    })
    .await
}

/// Asks the platform about one payment and records the answer; failures are logged and
/// postponed.
async fn ask(
    ctx: &Arc<Context>,
    db: &Database,
    platform: &Platform,
    request_id: String,
    transaction_id: &str,
) {
    match platform.status(transaction_id).await {
        Ok(answer) => {
            if let Err(e) = record(ctx, db, request_id.clone(), answer).await {
                tracing::warn!(error = %e, "a payment's status not recorded");
                postpone(ctx, db, request_id).await;
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, "a payment's status could not be read");
            postpone(ctx, db, request_id).await;
        }
    }
}

/// The background check: asks about every open payment whose time has come (with
/// `all`, every open one: at start, for what was open when the service stopped), so that
/// a learner who paid and closed the tab gets the certificate all the same. Returns how
/// many it asked about.
pub async fn check_due_payments(
    ctx: Arc<Context>,
    db: Database,
    all: bool,
) -> Result<usize, Error> {
    let due = write(&ctx, &db, move |ctx, conn| online::due(ctx, conn, all, 100)).await?;
    let count = due.len();
    for payment in due {
        let Some(platform) = ctx.payments.get(&payment.tenant).cloned() else {
            continue;
        };
        ask(
            &ctx,
            &db,
            &platform,
            payment.request_id,
            &payment.transaction_id,
        )
        .await;
    }
    Ok(count)
}
