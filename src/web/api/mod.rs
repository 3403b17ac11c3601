//! The JSON API under `/api/v1` (see docs/api.md).

mod auth;
mod certificate_access;
mod certificates;
mod courses;
mod enrolments;
mod learning;
mod tenants;

use actix_web::web;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.configure(tenants::config)
        .configure(courses::config)
        .configure(enrolments::config)
        .configure(learning::config)
        .configure(certificates::config)
        .configure(certificate_access::config)
        .service(web::resource("/openapi.json").get(openapi));
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
