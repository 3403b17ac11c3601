//! What every response carries and every request is bounded by, whatever route it hits.

use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{DefaultHeaders, Next};

use crate::service::Error;

/// Headers for responses that set none of their own: no MIME sniffing, and a policy
/// that lets no response (JSON, PDF, media) run anything or be framed. Behind TLS the
/// browser is told to keep to https.
pub fn default_headers(secure: bool) -> DefaultHeaders {
    let mut headers = DefaultHeaders::new()
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
        ))
        .add((header::X_FRAME_OPTIONS, "DENY"));
    if secure {
        headers = headers.add((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    headers
}

/// Ends a request that takes longer than `limit` (`BELEHRUNG_REQUEST_TIMEOUT_SECONDS`)
/// with 503: a client that sends its body slowly cannot hold a worker longer.
pub async fn time_limit(
    limit: Duration,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    match tokio::time::timeout(limit, next.call(req)).await {
        Ok(response) => response.map(ServiceResponse::map_into_boxed_body),
        Err(_) => {
            tracing::warn!("request timed out");
            Err(Error::Unavailable("the request took too long".into()).into())
        }
    }
}
