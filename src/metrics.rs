//! Prometheus metrics, served at `/metrics` in the text exposition format.
//! Labels are route patterns and outcomes only: no path, code or name reaches them.
//! Every label takes its value from a fixed set, so no request can add a series: a
//! family keeps each label set it ever saw, and junk requests would grow it for ever.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    pub route: String,
    pub status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    pub outcome: String,
}

type HistogramMaker = fn() -> Histogram;

pub struct Metrics {
    registry: Registry,
    pub http_requests: Family<RequestLabels, Counter>,
    pub http_duration: Family<RouteLabels, Histogram, HistogramMaker>,
    pub certificates_issued: Counter,
    pub mails_sent: Counter,
    pub mail_failures: Counter,
    pub mails_queued: Gauge,
    pub staff_logins: Family<OutcomeLabels, Counter>,
}

fn duration_histogram() -> Histogram {
    // 0.5 ms to about 4 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 14))
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("belehrung");
        let http_requests = Family::<RequestLabels, Counter>::default();
        let http_duration = Family::<RouteLabels, Histogram, HistogramMaker>::new_with_constructor(
            duration_histogram as HistogramMaker,
        );
        let certificates_issued = Counter::default();
        let mails_sent = Counter::default();
        let mail_failures = Counter::default();
        let mails_queued = Gauge::default();
        let staff_logins = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by method, route pattern and status",
            http_requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route pattern",
            http_duration.clone(),
        );
        registry.register(
            "certificates_issued",
            "Certificates issued by this instance",
            certificates_issued.clone(),
        );
        registry.register(
            "mails_sent",
            "Mails delivered to the SMTP server by this instance",
            mails_sent.clone(),
        );
        registry.register(
            "mail_delivery_failures",
            "Failed delivery attempts (each is retried later)",
            mail_failures.clone(),
        );
        registry.register(
            "mails_queued",
            "Mails waiting in the outbox at the last look",
            mails_queued.clone(),
        );
        registry.register(
            "staff_logins",
            "Staff login attempts by outcome",
            staff_logins.clone(),
        );
        Self {
            registry,
            http_requests,
            http_duration,
            certificates_issued,
            mails_sent,
            mail_failures,
            mails_queued,
            staff_logins,
        }
    }
}

/// The methods the service knows by name; every other one is counted as `other`.
pub fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "other",
    }
}

/// The route label of a request that matched no route.
pub const UNMATCHED_ROUTE: &str = "unmatched";

/// How a staff login ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginOutcome {
    Success,
    Rejected,
    Throttled,
}

impl LoginOutcome {
    fn label(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Rejected => "rejected",
            Self::Throttled => "throttled",
        }
    }
}

impl Metrics {
    pub fn login(&self, outcome: LoginOutcome) {
        self.staff_logins
            .get_or_create(&OutcomeLabels {
                outcome: outcome.label().to_string(),
            })
            .inc();
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}
