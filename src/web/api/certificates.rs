use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::domain::{CertificateCode, CodeError};
use crate::service::Error;
use crate::web::AppState;
use crate::web::problem::Problem;

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
    let code = match CertificateCode::parse(&path) {
        Ok(code) => code,
        Err(CodeError::CheckMismatch) => {
            return Ok(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "code-typo",
                "Der Code enthält einen Tippfehler (das Prüfzeichen passt nicht). / The code contains a typo: its check character does not match.",
            )
            .response());
        }
        Err(e) => {
            return Ok(
                Problem::new(StatusCode::BAD_REQUEST, "malformed-code", e.to_string()).response(),
            );
        }
    };
    let view = state.certificate_view(&code).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(&*view))
}
