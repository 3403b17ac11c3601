//! The retention job on a timer.

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;

use crate::audit::Actor;
use crate::db::Database;
use crate::service::{Context, run_retention};

/// Runs the retention job every `interval`, first one interval after start. Several
/// instances may run it: each deletion is a transaction that finds what is still there.
pub async fn run_retention_schedule(ctx: Arc<Context>, db: Database, interval: Duration) {
    loop {
        tokio::time::sleep(interval).await;
        let (ctx, db) = (ctx.clone(), db.clone());
        let result = web::block(move || run_retention(&ctx, &db, &Actor::System)).await;
        match result {
            Ok(Ok(reports)) => {
                for report in reports
                    .iter()
                    .filter(|r| r.unfinished_enrolments + r.certificates > 0)
                {
                    tracing::info!(
                        tenant = %report.tenant,
                        unfinished = report.unfinished_enrolments,
                        certificates = report.certificates,
                        "retention: personal data deleted"
                    );
                }
            }
            Ok(Err(e)) => tracing::warn!(error = %e, "retention job failed; it runs again later"),
            Err(e) => tracing::error!(error = %e, "retention task failed"),
        }
    }
}
