//! The fee's steps: where it stands, paying online, a voucher, a waiver.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::auth::bearer_token;
use crate::service::fee::{self, PayStep, WaiverInput};
use crate::service::{self, Error};
use crate::web::AppState;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/enrolments/{id}/fee").get(view))
        .service(web::resource("/enrolments/{id}/fee/payment").post(pay))
        .service(
            web::resource("/enrolments/{id}/fee/voucher")
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .post(voucher),
        )
        .service(web::resource("/enrolments/{id}/fee/waiver").post(waiver));
}

async fn authenticated(
    req: &HttpRequest,
    state: &AppState,
    raw_id: &str,
) -> Result<crate::domain::EnrolmentId, Error> {
    let (id, token) = (super::enrolment_id(raw_id)?, bearer_token(req));
    state
        .db(move |ctx, conn| service::authenticate(ctx, conn, &id, token.as_deref()).map(|_| ()))
        .await?;
    Ok(id)
}

/// The fee; an open payment is asked about first.
async fn view(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = authenticated(&req, &state, &path).await?;
    let view = fee::refresh_payment(state.ctx.clone(), state.db.clone(), id).await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Serialize)]
struct PayPage {
    /// Send the learner here; they come back to `/lernen/gebuehr/zurueck`, after which
    /// `GET …/fee` tells the outcome.
    pay_url: String,
}

async fn pay(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = authenticated(&req, &state, &path).await?;
    match fee::start_payment(state.ctx.clone(), state.db.clone(), id).await? {
        PayStep::PayPage(pay_url) => Ok(HttpResponse::Ok().json(PayPage { pay_url })),
        PayStep::Settled => {
            let view = state
                .db(move |ctx, conn| fee::fee_view_of(ctx, conn, &id))
                .await?;
            Ok(HttpResponse::Ok().json(view))
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoucherInput {
    code: String,
}

async fn voucher(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<VoucherInput>,
) -> Result<HttpResponse, Error> {
    let id = authenticated(&req, &state, &path).await?;
    let code = body.into_inner().code;
    let view = state
        .db_write(move |ctx, conn| {
            fee::redeem_voucher(ctx, conn, &id, &code)?;
            fee::fee_view_of(ctx, conn, &id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

async fn waiver(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<WaiverInput>,
) -> Result<HttpResponse, Error> {
    let id = authenticated(&req, &state, &path).await?;
    let input = body.into_inner();
    let view = state
        .db_write(move |ctx, conn| {
            fee::claim_waiver(ctx, conn, &id, &input)?;
            fee::fee_view_of(ctx, conn, &id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}
