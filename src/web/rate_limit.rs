//! Rate limits per client address on the certificate lookups, so that codes cannot be
//! enumerated. Exceeding them answers 429 problem+json with `Retry-After`.

use actix_governor::governor::NotUntil;
use actix_governor::governor::clock::{Clock, DefaultClock, QuantaInstant};
use actix_governor::governor::middleware::NoOpMiddleware;
use actix_governor::{
    GovernorConfig, GovernorConfigBuilder, KeyExtractor, PeerIpKeyExtractor,
    SimpleKeyExtractionError,
};
use actix_web::dev::ServiceRequest;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, HttpResponseBuilder};

use super::problem::Problem;
use crate::settings::LookupLimit;

/// The peer address (IPv6 by /56 prefix), as actix-governor counts it, answered with a
/// problem document.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress;

impl KeyExtractor for ClientAddress {
    type Key = std::net::IpAddr;
    type KeyExtractionError = SimpleKeyExtractionError<&'static str>;

    fn extract(&self, req: &ServiceRequest) -> Result<Self::Key, Self::KeyExtractionError> {
        PeerIpKeyExtractor.extract(req)
    }

    fn exceed_rate_limit_response(
        &self,
        negative: &NotUntil<QuantaInstant>,
        _response: HttpResponseBuilder,
    ) -> HttpResponse {
        let wait = negative
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
        response
    }
}

pub type LookupLimiter = GovernorConfig<ClientAddress, NoOpMiddleware<QuantaInstant>>;

/// `per_minute` lookups a minute on average, up to `burst` at once.
pub fn lookup_limiter(limit: LookupLimit) -> anyhow::Result<LookupLimiter> {
    let interval_ms = (60_000 / u64::from(limit.per_minute.max(1))).max(1);
    GovernorConfigBuilder::default()
        .milliseconds_per_request(interval_ms)
        .burst_size(limit.burst.max(1))
        .key_extractor(ClientAddress)
        .finish()
        .ok_or_else(|| anyhow::anyhow!("the lookup rate limit needs a positive rate and burst"))
}
