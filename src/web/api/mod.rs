//! The JSON API under `/api/v1` (see docs/api.md).

mod auth;
mod certificate_access;
mod certificates;
mod courses;
mod enrolments;
mod fees;
mod learning;
mod tenants;
mod wallet_offer;

pub(super) use auth::bearer_token;

use actix_web::http::StatusCode;
use actix_web::web;

use crate::domain::{CertificateCode, CodeError, EnrolmentId};
use crate::service::Error;
use crate::web::problem::Problem;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.configure(tenants::config)
        .configure(courses::config)
        .configure(enrolments::config)
        .configure(learning::config)
        .configure(fees::config)
        .configure(wallet_offer::config)
        .configure(certificates::config)
        .configure(certificate_access::config)
        .service(web::resource("/openapi.json").get(openapi));
}

/// A certificate code from a path or body; a typo (the check character does not match)
/// and a malformed code are told apart, as the lookup documents.
fn certificate_code(raw: &str) -> Result<CertificateCode, Problem> {
    CertificateCode::parse(raw).map_err(|e| match e {
        CodeError::CheckMismatch => Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "code-typo",
            crate::web::problem_detail::api_text("code-typo"),
        ),
        e => Problem::new(StatusCode::BAD_REQUEST, "malformed-code", e.to_string()),
    })
}

/// The OpenAPI 3 description of this API (`docs/openapi.json`, compiled in).
async fn openapi() -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=3600",
        ))
        .body(include_str!("../../../docs/openapi.json"))
}

/// The enrolment an address names; one that cannot be an id names none.
fn enrolment_id(raw: &str) -> Result<EnrolmentId, Error> {
    EnrolmentId::parse(raw).map_err(|_| Error::NotFound("enrolment"))
}
