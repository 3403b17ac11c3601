//! An offer of the certificate for the learner's wallet.

use actix_web::{HttpRequest, HttpResponse, web};

use super::auth::bearer_token;
use crate::service::{self, Error};
use crate::web::AppState;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/enrolments/{id}/wallet-offer").post(offer));
}

/// 201 `{"offer_uri", "tx_code", "expires_at"}`: the `openid-credential-offer://` link
/// (for a QR code) and the PIN the wallet asks for; a new offer each time, each working
/// once and for 15 minutes. 404 before the certificate is issued, 409 once revoked.
async fn offer(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let (id, token) = (super::enrolment_id(&path)?, bearer_token(&req));
    let offer = state
        .db_write(move |ctx, conn| {
            service::authenticate(ctx, conn, &id, token.as_deref())?;
            service::wallet::offer_for_enrolment(ctx, conn, &id)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(offer))
}
