use actix_web::{HttpResponse, web};

use crate::service::{CertificateView, DeletedCertificate, Error, Lookup};
use crate::web::AppState;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/certificates/{code}")
            .wrap(actix_web::middleware::from_fn(
                crate::web::rate_limit::limit_lookups,
            ))
            .get(lookup),
    );
}

/// Verification for health offices, employers and inspectors: no login needed.
async fn lookup(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let code = match super::certificate_code(&path) {
        Ok(code) => code,
        Err(problem) => return Ok(problem.response()),
    };
    Ok(match &*state.lookup(&code).await? {
        Lookup::Certificate(view) => HttpResponse::Ok()
            .insert_header(("Cache-Control", "no-store"))
            .json(Found {
                view,
                revocation_reason: view.revocation_category.map(|category| {
                    let content = &state.ctx.content;
                    content
                        .pages(&content.course.source_language)
                        .get(crate::web::verify_page::revocation_label(category))
                }),
            }),
        Lookup::Deleted(deleted) => gone(deleted),
    })
}

/// A certificate with its revocation category's German name beside the category.
#[derive(serde::Serialize)]
struct Found<'a> {
    #[serde(flatten)]
    view: &'a CertificateView,
    #[serde(skip_serializing_if = "Option::is_none")]
    revocation_reason: Option<String>,
}

/// A certificate deleted after its office's retention period: 410 Gone, as a problem
/// with what the lookup still knows (RFC 9457 extension members).
fn gone(deleted: &DeletedCertificate) -> HttpResponse {
    #[derive(serde::Serialize)]
    struct Gone<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        title: &'static str,
        status: u16,
        detail: &'static str,
        #[serde(flatten)]
        certificate: &'a DeletedCertificate,
        still_valid: bool,
    }
    HttpResponse::Gone()
        .content_type("application/problem+json")
        .insert_header(("Cache-Control", "no-store"))
        .json(Gone {
            kind: "urn:belehrung:problem:certificate-deleted",
            title: "Gone",
            status: 410,
            detail: if deleted.still_valid() {
                "The certificate was issued and its record deleted after the office's retention period; the certificate stays valid, a duplicate is no longer possible."
            } else {
                "The certificate had been revoked; its record was deleted after the office's retention period."
            },
            certificate: deleted,
            still_valid: deleted.still_valid(),
        })
}
