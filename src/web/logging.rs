use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use tracing::Instrument;

use crate::metrics::{RequestLabels, RouteLabels, UNMATCHED_ROUTE, method_label};

/// One span per request with a fresh request id, echoed as `x-request-id`.
///
/// Only the route pattern is logged, never the path itself: paths carry certificate
/// codes and enrolment ids, and no personal data may reach the logs.
pub async fn log_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let request_id = uuid::Uuid::new_v4();
    // Both come from fixed sets (the routes, the known methods): they label metrics,
    // and a label value taken from the request would let junk requests add series.
    let route = req
        .match_pattern()
        .unwrap_or_else(|| UNMATCHED_ROUTE.to_string());
    let method = method_label(req.method()).to_string();
    let metrics = req
        .app_data::<actix_web::web::Data<super::AppState>>()
        .map(|state| state.ctx.metrics.clone());
    let span = tracing::info_span!("request", %request_id, %method, %route);
    let started = Instant::now();
    let mut response = next.call(req).instrument(span.clone()).await?;
    if let Ok(value) = HeaderValue::from_str(&request_id.to_string()) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    if let Some(metrics) = metrics {
        let status = response.status().as_u16().to_string();
        metrics
            .http_requests
            .get_or_create(&RequestLabels {
                method,
                route: route.clone(),
                status,
            })
            .inc();
        metrics
            .http_duration
            .get_or_create(&RouteLabels { route })
            .observe(started.elapsed().as_secs_f64());
    }
    span.in_scope(|| {
        tracing::info!(
            status = response.status().as_u16(),
            ms = started.elapsed().as_millis() as u64,
            "answered"
        );
    });
    Ok(response)
}
