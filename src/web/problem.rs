//! Errors as `application/problem+json` (RFC 9457), mapped in this one place.

use actix_web::body::BoxBody;
use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError, web};
use serde::Serialize;

use super::problem_detail::{FieldProblem, conflict_detail, fields_detail, refusal_detail};
use crate::service::Error;

/// What an operator reads of a refused command.
pub fn detail_of(error: &Error) -> String {
    problem_of(error).detail
}

/// Largest JSON body a learner call needs; anything bigger is refused unread.
pub const JSON_LIMIT_BYTES: usize = 64 * 1024;

#[derive(Debug, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("urn:belehrung:problem:{kind}"),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub fn response(&self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = HttpResponse::build(status);
        response.content_type("application/problem+json");
        if status == StatusCode::UNAUTHORIZED {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, "5"));
        }
        response.json(self)
    }
}

fn problem_of(error: &Error) -> Problem {
    match error {
        Error::Invalid(errors) => {
            let detail = fields_detail(errors);
            Problem {
                errors: errors.iter().map(FieldProblem::from).collect(),
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-input", detail)
            }
        }
        Error::NotFound(what) => Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            format!("{what} not found"),
        ),
        Error::Unauthenticated => Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "send the enrolment's token as Authorization: Bearer TOKEN",
        ),
        Error::Forbidden => Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "the token does not belong to this enrolment",
        ),
        Error::AccessEnded { .. } => Problem::new(
            StatusCode::UNAUTHORIZED,
            "access-ended",
            super::problem_detail::api_text("access-ended"),
        ),
        Error::Conflict(conflict) => Problem::new(
            StatusCode::CONFLICT,
            conflict.code(),
            conflict_detail(conflict),
        ),
        Error::Refused(refusal) => Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            refusal.code(),
            refusal_detail(refusal),
        ),
        Error::RateLimited { retry_after_s } => Problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            format!("too many progress reports for this enrolment; try again in {retry_after_s} s"),
        ),
        Error::Unavailable(_) => Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the database is not reachable; please try again shortly",
        ),
        Error::PaymentPlatform => Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "payment-unavailable",
            super::problem_detail::api_text("payment-unavailable"),
        ),
        Error::Internal(_) => Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "an internal error occurred and was logged",
        ),
    }
}

impl ResponseError for Error {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(problem_of(self).status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        match self {
            // The chain may name tables and constraints: it goes to the log, never out.
            Error::Internal(e) => tracing::error!(error = format!("{e:#}"), "internal error"),
            Error::Unavailable(e) => tracing::warn!(error = %e, "database unavailable"),
            _ => {}
        }
        let mut response = problem_of(self).response();
        if let Error::RateLimited { retry_after_s } = self
            && let Ok(value) = retry_after_s.to_string().parse()
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// A problem that is already a response (used by extractor error handlers).
#[derive(Debug)]
pub struct ProblemError(Problem);

impl std::fmt::Display for ProblemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.detail)
    }
}

impl ResponseError for ProblemError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::BAD_REQUEST)
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        self.0.response()
    }
}

pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(JSON_LIMIT_BYTES)
        .error_handler(|error, _req| {
            let problem = match &error {
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => Problem::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "body-too-large",
                    format!("the body may be at most {JSON_LIMIT_BYTES} bytes"),
                ),
                JsonPayloadError::ContentType => Problem::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "send the body as application/json",
                ),
                JsonPayloadError::Deserialize(e) => {
                    Problem::new(StatusCode::BAD_REQUEST, "malformed-json", e.to_string())
                }
                other => Problem::new(StatusCode::BAD_REQUEST, "malformed-body", other.to_string()),
            };
            ProblemError(problem).into()
        })
}

pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|error: PathError, _req| {
        ProblemError(Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            error.to_string(),
        ))
        .into()
    })
}

pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|error: QueryPayloadError, _req| {
        ProblemError(Problem::new(
            StatusCode::BAD_REQUEST,
            "malformed-query",
            error.to_string(),
        ))
        .into()
    })
}
