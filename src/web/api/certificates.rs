use actix_web::{HttpResponse, web};

use crate::service::Error;
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
    let view = state.certificate_view(&code).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(&*view))
}
