//! Rate limits per client (see [`ClientAddr`]), one limiter per instance shared by its
//! workers: certificate lookups, so that codes cannot be enumerated, and enrolments,
//! so that nobody can flood an office's figures. Exceeding one answers 429 with
//! `Retry-After`.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpResponse;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::web;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use super::AppState;
use super::problem::Problem;
use crate::domain::ClientAddr;
use crate::settings::{EnrolmentLimit, LookupLimit};

/// Above this many remembered clients, the ones whose limit has fully recovered are
/// forgotten, so memory stays bounded.
const REMEMBERED_CLIENTS: usize = 100_000;

/// Seconds until a refused client may try again (at least 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub u64);

impl RetryAfter {
    /// `Retry-After` on `response`.
    pub fn set_on(self, response: &mut HttpResponse) {
        if let Ok(value) = self.0.to_string().parse() {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }
}

/// A keyed limiter: `count` requests per `period` on average, up to `burst` at once.
#[derive(Clone)]
pub struct ClientLimiter(Arc<DefaultKeyedRateLimiter<ClientAddr>>);

impl ClientLimiter {
    fn new(count: u32, period: Duration, burst: u32, what: &str) -> anyhow::Result<Self> {
        let interval = (period / count.max(1)).max(Duration::from_millis(1));
        let burst = NonZeroU32::new(burst)
            .ok_or_else(|| anyhow::anyhow!("the {what} rate limit needs a positive burst"))?;
        let quota = Quota::with_period(interval)
            .ok_or_else(|| anyhow::anyhow!("the {what} rate limit needs a positive rate"))?
            .allow_burst(burst);
        Ok(Self(Arc::new(DefaultKeyedRateLimiter::keyed(quota))))
    }

    /// Counts one request of `client`, or says how long it must wait.
    pub fn check(&self, client: ClientAddr) -> Result<(), RetryAfter> {
        if self.0.len() > REMEMBERED_CLIENTS {
            self.0.retain_recent();
        }
        self.0.check_key(&client).map_err(|not_until| {
            RetryAfter(
                not_until
                    .wait_time_from(DefaultClock::default().now())
                    .as_secs()
                    .max(1),
            )
        })
    }
}

/// `per_minute` lookups a minute on average, up to `burst` at once.
pub fn lookup_limiter(limit: LookupLimit) -> anyhow::Result<ClientLimiter> {
    ClientLimiter::new(
        limit.per_minute,
        Duration::from_secs(60),
        limit.burst,
        "lookup",
    )
}

/// `per_hour` enrolments an hour on average, up to `burst` at once.
pub fn enrolment_limiter(limit: EnrolmentLimit) -> anyhow::Result<ClientLimiter> {
    ClientLimiter::new(
        limit.per_hour,
        Duration::from_secs(3600),
        limit.burst,
        "enrolment",
    )
}

/// The 429 problem+json of the API, with `Retry-After`.
pub fn too_many(wait: RetryAfter, what_de: &str, what_en: &str) -> HttpResponse {
    let seconds = wait.0;
    let mut response = Problem::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate-limited",
        format!(
            "Zu viele {what_de} – bitte in {seconds} s erneut versuchen. / Too many {what_en}: try again in {seconds} s."
        ),
    )
    .response();
    wait.set_on(&mut response);
    response
}

/// Middleware for the lookup routes.
pub async fn limit_lookups(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let limiter = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.lookup_limiter.clone());
    if let Some(limiter) = limiter
        && let Err(wait) = limiter.check(ClientAddr::of(req.request()))
    {
        return Ok(req.into_response(too_many(wait, "Abfragen", "lookups")));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}
