use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use tokio::sync::Notify;

use super::{Mailer, deliver_due};
use crate::db::Database;
use crate::mail::queued_count;
use crate::service::Context;

/// How often the outbox is looked at when nothing wakes the worker: retries become
/// due, and other instances may have queued mails.
const POLL: Duration = Duration::from_secs(2);

/// Delivers the outbox until the process ends. `wake` is notified when a mail is
/// queued by this instance, so that it goes out at once.
pub async fn run_worker(ctx: Arc<Context>, db: Database, mailer: Arc<Mailer>, wake: Arc<Notify>) {
    if !mailer.is_configured() {
        tracing::warn!(
            "BELEHRUNG_SMTP_URL is not set: mails stay queued in the outbox and are not sent"
        );
    }
    loop {
        let (ctx_for_task, db_for_task, mailer_for_task) =
            (ctx.clone(), db.clone(), mailer.clone());
        let result = web::block(move || {
            let report = deliver_due(&ctx_for_task, &db_for_task, &mailer_for_task)?;
            let queued =
                db_for_task.read(|conn| Ok::<_, crate::service::Error>(queued_count(conn)?))?;
            ctx_for_task.metrics.mails_queued.set(queued);
            Ok::<_, crate::service::Error>(report)
        })
        .await;
        match result {
            Ok(Ok(_)) => {}
            // The database may be down for a while; the mails wait in it.
            Ok(Err(e)) => tracing::warn!(error = %e, "outbox not processed"),
            Err(e) => tracing::error!(error = %e, "outbox task failed"),
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(POLL) => {}
        }
    }
}
