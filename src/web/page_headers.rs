//! The headers every HTML page and static file of ours carries.

use actix_web::http::header;
use actix_web::{HttpResponse, HttpResponseBuilder};

/// A page's headers: its Content-Security-Policy (nothing from elsewhere, no inline
/// script or style, no framing), no MIME sniffing, no referrer, no caching (the pages
/// show personal data).
pub fn page_headers(mut builder: HttpResponseBuilder, csp: &'static str) -> HttpResponseBuilder {
    builder
        .insert_header((header::CONTENT_SECURITY_POLICY, csp))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .insert_header((header::CACHE_CONTROL, "no-store"));
    builder
}

/// A stylesheet or script compiled into the binary.
pub fn static_asset(body: &'static str, content_type: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(body)
}
