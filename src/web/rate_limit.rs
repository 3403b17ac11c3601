//! Rate limits per client address on the certificate lookups, so that codes cannot be
//! enumerated. Exceeding them answers 429 problem+json with `Retry-After`.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::web;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use super::AppState;
use super::problem::Problem;
use crate::settings::LookupLimit;

/// One limiter shared by all workers of an instance, keyed by client address.
pub type LookupLimiter = Arc<DefaultKeyedRateLimiter<IpAddr>>;

/// Above this many remembered addresses, the ones whose limit has fully recovered are
/// forgotten, so memory stays bounded.
const REMEMBERED_ADDRESSES: usize = 100_000;

/// `per_minute` lookups a minute on average, up to `burst` at once.
pub fn lookup_limiter(limit: LookupLimit) -> anyhow::Result<LookupLimiter> {
    let interval = Duration::from_millis((60_000 / u64::from(limit.per_minute.max(1))).max(1));
    let burst = NonZeroU32::new(limit.burst)
        .ok_or_else(|| anyhow::anyhow!("the lookup rate limit needs a positive burst"))?;
    let quota = Quota::with_period(interval)
        .ok_or_else(|| anyhow::anyhow!("the lookup rate limit needs a positive rate"))?
        .allow_burst(burst);
    Ok(Arc::new(DefaultKeyedRateLimiter::keyed(quota)))
}

/// The address a client is counted by: IPv4 as is, IPv6 by its /56 prefix (one
/// household or customer), so that rotating through one prefix does not help.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let mut octets = v6.octets();
            octets[7..].fill(0);
            IpAddr::V6(octets.into())
        }
    }
}

/// Middleware for the lookup routes.
pub async fn limit_lookups(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let limiter = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.lookup_limiter.clone());
    let address = req.peer_addr().map(|a| client_key(a.ip()));
    if let (Some(limiter), Some(address)) = (limiter, address) {
        if limiter.len() > REMEMBERED_ADDRESSES {
            limiter.retain_recent();
        }
        if let Err(not_until) = limiter.check_key(&address) {
            let wait = not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs()
                .max(1);
            let mut response = Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                format!("Zu viele Abfragen – bitte in {wait} s erneut versuchen. / Too many lookups: try again in {wait} s."),
            )
            .response();
            if let Ok(value) = wait.to_string().parse() {
                response
                    .headers_mut()
                    .insert(actix_web::http::header::RETRY_AFTER, value);
            }
            return Ok(req.into_response(response));
        }
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}
