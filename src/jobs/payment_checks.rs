//! The open payments, asked about on a timer: a learner who paid and closed the tab, or
//! whose return was lost, gets the certificate all the same.

use std::sync::Arc;

use crate::db::Database;
use crate::service::Context;
use crate::service::fee::check_due_payments;

/// Asks about due payments every `ctx.payment_check`; at start about every open one, as
/// the instance that was stopped (or killed) may have been about to. Does nothing for a
/// deployment without payment platforms.
pub async fn run_payment_checks(ctx: Arc<Context>, db: Database) {
    let mut all = true;
    loop {
        match check_due_payments(ctx.clone(), db.clone(), std::mem::take(&mut all)).await {
            Ok(0) => {}
            Ok(asked) => tracing::debug!(asked, "open payments asked about"),
            // The database may be down for a while; the payments wait in it.
            Err(e) => tracing::warn!(error = %e, "open payments not checked; again later"),
        }
        tokio::time::sleep(ctx.payment_check).await;
    }
}
