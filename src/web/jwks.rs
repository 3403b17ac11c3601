use actix_web::http::header;
use actix_web::{HttpResponse, web};

use super::AppState;
use crate::service::Error;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/.well-known/jwks.json").get(jwks));
}

/// Every signing key ever used, current and retired: certificates signed before a key
/// rotation keep verifying offline.
async fn jwks(state: web::Data<AppState>) -> Result<HttpResponse, Error> {
    let keys = state.ctx.keys.clone();
    let jwks = web::block(move || keys.jwks())
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("{e}")))??;
    Ok(HttpResponse::Ok()
        .content_type("application/jwk-set+json")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(jwks))
}
