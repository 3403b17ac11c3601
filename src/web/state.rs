use std::sync::Arc;

use actix_web::web;
use tracing::Instrument;

use super::lookup_cache::{Cached, FlightError, LookupCache};
use crate::db::{Database, DbConnection, Writer};
use crate::domain::CertificateCode;
use crate::service::{self, Context, Error, Lookup, PdfJob, SealedPdf};

/// Shared by every worker; holds no learner state (that lives in the database), so any
/// number of instances can serve the same learners.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub ctx: Arc<Context>,
    /// Base of absolute links, without a trailing slash.
    pub public_url: Arc<str>,
    /// One limiter shared by all workers, so the limit holds per instance.
    pub lookup_limiter: super::rate_limit::ClientLimiter,
    /// Enrolments per client, shared the same way.
    pub enrolment_limiter: super::rate_limit::ClientLimiter,
    /// Who the client of a request is (see [`crate::domain::ClientAddr`]).
    pub client_addressing: Arc<super::client_addr::ClientAddressing>,
    pub lookups: LookupCache,
    pub staff_session: crate::service::office::accounts::SessionPolicy,
    pub throttle: crate::service::office::accounts::ThrottlePolicy,
    /// Cookies get `Secure` when the public URL is https (behind TLS).
    pub secure_cookies: bool,
    /// Permits for rendering a certificate, one per core (see [`AppState::db_rendering`]).
    pub render_permits: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// Runs `work` with a pooled connection that reads (see [`Database`]) on the
    /// blocking pool: diesel is synchronous and must never stall the async workers.
    pub async fn db<T, F>(&self, work: F) -> Result<T, Error>
    where
        F: FnOnce(&Context, &mut DbConnection) -> Result<T, Error> + Send + 'static,
        T: Send + 'static,
    {
        let (db, ctx) = (self.db.clone(), self.ctx.clone());
        blocking(move || db.read(|conn| work(&ctx, conn))).await
    }

    /// [`AppState::db`] for work that writes: on SQLite after the writers before it, each
    /// starting the moment the one before it is done (see [`Database::write`]).
    pub async fn db_write<T, F>(&self, work: F) -> Result<T, Error>
    where
        F: FnOnce(&Context, &mut Writer<'_>) -> Result<T, Error> + Send + 'static,
        T: Send + 'static,
    {
        let (db, ctx) = (self.db.clone(), self.ctx.clone());
        blocking(move || db.write(|conn| work(&ctx, conn))).await
    }

    /// [`AppState::db_write`] for work that renders a certificate within a transaction
    /// (a staff reissue). Rendering is CPU-bound (a few ms, a few MB): more renders
    /// than cores at once finish no sooner, but hold more memory and more connections.
    /// Requests beyond that wait here, before they take a connection.
    pub async fn db_rendering<T, F>(&self, work: F) -> Result<T, Error>
    where
        F: FnOnce(&Context, &mut Writer<'_>) -> Result<T, Error> + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.render_permit().await?;
        self.db_write(work).await
    }

    /// A certificate's PDF, newly rendered and sealed. `read` finds what to print; the
    /// rendering holds no connection and waits for a core (see
    /// [`AppState::db_rendering`]); the file is recorded afterwards.
    pub async fn issue_pdf<F>(&self, read: F) -> Result<SealedPdf, Error>
    where
        F: FnOnce(&Context, &mut DbConnection) -> Result<PdfJob, Error> + Send + 'static,
    {
        let job = self.db(read).await?;
        let sealed = {
            let _permit = self.render_permit().await?;
            let ctx = self.ctx.clone();
            web::block(move || job.seal(&ctx))
                .await
                .map_err(|e| Error::Internal(anyhow::anyhow!("blocking task failed: {e}")))??
        };
        let (pdf, issued) = sealed;
        self.db_write(move |_, conn| service::record_issued(conn, &issued))
            .await?;
        Ok(pdf)
    }

    async fn render_permit(&self) -> Result<tokio::sync::SemaphorePermit<'_>, Error> {
        self.render_permits
            .acquire()
            .await
            .map_err(|e| Error::Internal(anyhow::anyhow!("render permits closed: {e}")))
    }

    /// What the public lookup knows of a code (a certificate, or a deleted one's
    /// tombstone): from [`LookupCache`] while its answer is fresh, else from the
    /// database.
    pub async fn lookup(&self, code: &CertificateCode) -> Result<Arc<Lookup>, Error> {
        match self.lookups.get(code) {
            Cached::Found(found) => return Ok(found),
            Cached::NotFound => return Err(Error::NotFound("certificate")),
            Cached::Unknown => {}
        }
        // When an answer expires, everyone asking for that code meanwhile waits for one
        // query: a crowd of misses would otherwise each take a connection and queue.
        let flight = self.lookups.flight(code);
        // Landed however this ends, a dropped request included: the map keeps only
        // questions under way.
        let _landing = Landing {
            lookups: &self.lookups,
            code,
            flight: &flight,
        };
        let answer = flight
            .get_or_init(|| async {
                match self.look_up(code).await {
                    Ok(found) => Ok(Some(found)),
                    Err(Error::NotFound(_)) => Ok(None),
                    Err(Error::Unavailable(m)) => Err(FlightError::Unavailable(m)),
                    Err(e) => Err(FlightError::Internal(e.to_string())),
                }
            })
            .await
            .clone();
        match answer {
            Ok(Some(found)) => Ok(found),
            Ok(None) => Err(Error::NotFound("certificate")),
            Err(FlightError::Unavailable(m)) => Err(Error::Unavailable(m)),
            Err(FlightError::Internal(m)) => Err(Error::Internal(anyhow::anyhow!(m))),
        }
    }

    /// Asks the database and remembers the answer.
    async fn look_up(&self, code: &CertificateCode) -> Result<Arc<Lookup>, Error> {
        let asked = std::time::Instant::now();
        let wanted = code.clone();
        let answer = self
            .db(move |ctx, conn| service::lookup_certificate(ctx, conn, &wanted))
            .await;
        match answer {
            Ok(found) => {
                let found = Arc::new(found);
                self.lookups.put(code, asked, Some(found.clone()));
                Ok(found)
            }
            Err(Error::NotFound(what)) => {
                self.lookups.put(code, asked, None);
                Err(Error::NotFound(what))
            }
            Err(e) => Err(e),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }
}

/// Ends a lookup's question when the lookup ends (see [`LookupCache::landed`]).
struct Landing<'a> {
    lookups: &'a LookupCache,
    code: &'a CertificateCode,
    flight: &'a Arc<super::lookup_cache::Flight>,
}

impl Drop for Landing<'_> {
    fn drop(&mut self) {
        self.lookups.landed(self.code, self.flight);
    }
}

/// Runs `work` on the blocking pool, in the caller's span.
async fn blocking<T, F>(work: F) -> Result<T, Error>
where
    F: FnOnce() -> Result<T, Error> + Send + 'static,
    T: Send + 'static,
{
    let span = tracing::Span::current();
    web::block(move || {
        let _entered = span.enter();
        work()
    })
    .instrument(tracing::Span::current())
    .await
    .map_err(|e| Error::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
}
