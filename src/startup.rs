//! Builds the running service from settings: content, database, HTTP server.

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::http::StatusCode;
use actix_web::middleware::{ErrorHandlers, from_fn};
use actix_web::{App, HttpServer};
use anyhow::Context as _;

use crate::clock::Clock;
use crate::db::{Database, run_migrations};
use crate::jobs::{Mailer, run_payment_checks, run_retention_schedule, run_worker};
use crate::service::Context;
use crate::settings::Settings;
use crate::staff::{SessionPolicy, ThrottlePolicy};
use crate::web::{self as routes_web, AppState};

pub struct Application {
    address: SocketAddr,
    public_url: String,
    server: Server,
    jobs: BackgroundJobs,
}

/// What runs beside the server: the mail worker and the retention schedule.
struct BackgroundJobs {
    ctx: Arc<Context>,
    db: Database,
    mailer: Arc<Mailer>,
    retention_interval: Option<std::time::Duration>,
}

impl Application {
    /// Loads and validates the content, migrates the database and binds the listener
    /// (port 0 picks a free port: tests read it back with [`Application::address`]).
    pub fn build(settings: &Settings, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(settings.bind)
            .with_context(|| format!("cannot listen on {}", settings.bind))?;
        let address = listener.local_addr()?;
        let public_url = settings
            .public_url
            .as_ref()
            .map(|u| u.as_str().to_string())
            .unwrap_or_else(|| format!("http://{address}"));
        crate::data_dir::secure_data_dir(&settings.data_dir)
            .with_context(|| format!("cannot secure {}", settings.data_dir.display()))?;
        let ctx = Context::load(settings, clock, public_url.clone())?;
        // Every office signs from its first certificate on: a development key if the
        // operator has not imported one.
        for tenant in &ctx.content.tenants {
            ctx.keys.ensure(&tenant.id, &tenant.name)?;
        }
        let db = prepare_database(settings)?;
        let lookup_limiter = routes_web::rate_limit::lookup_limiter(settings.lookup_limit)?;
        let enrolment_limiter =
            routes_web::rate_limit::enrolment_limiter(settings.enrolment_limit)?;
        let ctx = Arc::new(ctx);
        let jobs = BackgroundJobs {
            ctx: ctx.clone(),
            db: db.clone(),
            mailer: Arc::new(Mailer::new(settings)?),
            retention_interval: settings.retention_interval,
        };
        let state = AppState {
            db,
            ctx,
            staff_session: SessionPolicy {
                idle: settings.staff_session_idle,
            },
            throttle: ThrottlePolicy::default(),
            secure_cookies: public_url.starts_with("https://"),
            public_url: Arc::from(public_url.as_str()),
            lookup_limiter,
            enrolment_limiter,
            client_addressing: Arc::new(routes_web::client_addr::ClientAddressing {
                trusted: settings.trusted_proxies.clone(),
                header: settings.forwarded_header,
            }),
            lookups: routes_web::lookup_cache::LookupCache::new(settings.lookup_cache),
            render_permits: Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            )),
        };
        let request_timeout = settings.request_timeout;
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(actix_web::web::Data::new(state.clone()))
                .app_data(routes_web::json_config())
                .app_data(routes_web::path_config())
                .app_data(routes_web::query_config())
                .wrap(
                    ErrorHandlers::new()
                        .handler(StatusCode::NOT_FOUND, routes_web::bare_error)
                        .handler(StatusCode::METHOD_NOT_ALLOWED, routes_web::bare_error),
                )
                .wrap(from_fn(move |req, next| {
                    routes_web::hardening::time_limit(request_timeout, req, next)
                }))
                .wrap(routes_web::hardening::default_headers(state.secure_cookies))
                .wrap(from_fn(routes_web::log_requests))
                .configure(routes_web::routes)
                .default_service(actix_web::web::to(routes_web::not_found))
        })
        // A client gets 5 s to send a request's head and 1 s to go once answered; idle
        // connections close after 5 s (slow clients cannot pile up connections).
        .client_request_timeout(std::time::Duration::from_secs(5))
        .client_disconnect_timeout(std::time::Duration::from_secs(1))
        .keep_alive(std::time::Duration::from_secs(5))
        .listen(listener)?;
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        // Every blocking task holds a pooled connection: more blocking threads than
        // connections would only queue on the pool's lock (actix's default is 512).
        let workers = settings
            .workers
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let per_worker = (settings.database_pool_size as usize)
            .div_ceil(workers)
            .max(1);
        server = server.worker_max_blocking_threads(per_worker);
        Ok(Self {
            address,
            public_url,
            server: server.run(),
            jobs,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// Serves until the server is stopped (SIGINT/SIGTERM), running the background jobs
    /// beside it.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let BackgroundJobs {
            ctx,
            db,
            mailer,
            retention_interval,
        } = self.jobs;
        let mail = run_worker(ctx.clone(), db.clone(), mailer, ctx.mail_queued.clone());
        let payments = run_payment_checks(ctx.clone(), db.clone());
        let retention = async move {
            match retention_interval {
                Some(interval) => run_retention_schedule(ctx, db, interval).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            result = self.server => result,
            () = async { tokio::join!(mail, payments, retention); } => Ok(()),
        }
    }
}

/// Opens the pool and brings the schema up to date.
pub fn prepare_database(settings: &Settings) -> anyhow::Result<Database> {
    let db = Database::connect(&settings.database_url, settings.database_pool_size)?;
    let ran = db.write(run_migrations)?;
    if ran > 0 {
        tracing::info!(
            migrations = ran,
            backend = settings.database_url.backend_name(),
            "database migrated"
        );
    }
    Ok(db)
}
