//! OpenID for Verifiable Credential Issuance 1.0 for each office (issuer
//! `PUBLIC_URL/wallet/{tenant}`): metadata, token, nonce, credential, and the status
//! list. Refusals are OAuth's `{"error": …}`, as wallets expect.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::AppState;
use crate::service::Error;
use crate::service::wallet::{self, CredentialRequest, WalletRefusal};
use crate::wallet::{authorization_server_metadata, issuer_metadata, type_metadata};

pub fn config(cfg: &mut web::ServiceConfig) {
    let limited = || actix_web::middleware::from_fn(super::rate_limit::limit_lookups);
    cfg.service(web::resource("/.well-known/openid-credential-issuer/wallet/{tenant}").get(issuer))
        .service(
            web::resource("/.well-known/oauth-authorization-server/wallet/{tenant}")
                .get(authorization_server),
        )
        .service(
            web::resource("/wallet/{tenant}/token")
                .wrap(limited())
                .post(token),
        )
        .service(
            web::resource("/wallet/{tenant}/nonce")
                .wrap(limited())
                .post(nonce),
        )
        .service(
            web::resource("/wallet/{tenant}/credential")
                .wrap(limited())
                .post(credential),
        )
        .service(web::resource("/wallet/{tenant}/status").get(status))
        .service(web::resource("/vct/ifsg43").get(credential_type));
}

/// The office `tenant`, or 404.
fn office(state: &AppState, tenant: &str) -> Result<String, Error> {
    state
        .ctx
        .content
        .tenant(tenant)
        .map(|t| t.id.clone())
        .ok_or(Error::NotFound("office"))
}

fn public_json(value: serde_json::Value) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(value)
}

fn refused(refusal: WalletRefusal) -> HttpResponse {
    let status = if refusal == WalletRefusal::InvalidToken {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::BAD_REQUEST
    };
    let mut response = HttpResponse::build(status);
    response.insert_header((header::CACHE_CONTROL, "no-store"));
    if status == StatusCode::UNAUTHORIZED {
        response.insert_header((header::WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
    }
    response.json(json!({"error": refusal.code()}))
}

async fn issuer(
    state: web::Data<AppState>,
    tenant: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = office(&state, &tenant)?;
    let ctx = &state.ctx;
    let office_name = ctx
        .content
        .tenant(&id)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    Ok(public_json(issuer_metadata(
        &wallet::issuer_of(ctx, &id),
        &format!("{}/vct/ifsg43", ctx.public_url),
        &[("de".to_string(), office_name)],
        &wallet::display_names(ctx, "wallet-credential-name"),
        &wallet::claim_names(ctx),
    )))
}

async fn authorization_server(
    state: web::Data<AppState>,
    tenant: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = office(&state, &tenant)?;
    Ok(public_json(authorization_server_metadata(
        &wallet::issuer_of(&state.ctx, &id),
    )))
}

async fn credential_type(state: web::Data<AppState>) -> HttpResponse {
    let ctx = &state.ctx;
    public_json(type_metadata(
        &format!("{}/vct/ifsg43", ctx.public_url),
        &wallet::display_names(ctx, "wallet-credential-name"),
        &wallet::claim_names(ctx),
    ))
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    grant_type: String,
    #[serde(default, rename = "pre-authorized_code")]
    pre_authorized_code: String,
    #[serde(default)]
    tx_code: String,
}

async fn token(
    state: web::Data<AppState>,
    tenant: web::Path<String>,
    form: web::Form<TokenForm>,
) -> Result<HttpResponse, Error> {
    let id = office(&state, &tenant)?;
    let form = form.into_inner();
    let answer = state
        .db_write(move |ctx, conn| {
            wallet::redeem_offer(
                ctx,
                conn,
                &id,
                &form.grant_type,
                &form.pre_authorized_code,
                &form.tx_code,
            )
        })
        .await?;
    Ok(match answer {
        Ok(token) => HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(token),
        Err(refusal) => refused(refusal),
    })
}

async fn nonce(
    state: web::Data<AppState>,
    tenant: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = office(&state, &tenant)?;
    let nonce = state
        .db_write(move |ctx, conn| wallet::new_nonce(ctx, conn, &id))
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({"c_nonce": nonce})))
}

async fn credential(
    req: HttpRequest,
    state: web::Data<AppState>,
    tenant: web::Path<String>,
    body: web::Json<CredentialRequest>,
) -> Result<HttpResponse, Error> {
    let id = office(&state, &tenant)?;
    let Some(token) = super::api::bearer_token(&req) else {
        return Ok(refused(WalletRefusal::InvalidToken));
    };
    let request = body.into_inner();
    let answer = state
        .db_write(move |ctx, conn| wallet::issue_credential(ctx, conn, &id, &token, &request))
        .await?;
    Ok(match answer {
        Ok(credential) => HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(json!({"credentials": [{"credential": credential}]})),
        Err(refusal) => refused(refusal),
    })
}

/// The status list, regenerated on request and cached for its `ttl` (a minute), so a
/// revocation shows within a minute.
async fn status(
    state: web::Data<AppState>,
    tenant: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = office(&state, &tenant)?;
    let jwt = state
        .db(move |ctx, conn| wallet::status_list(ctx, conn, &id))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/statuslist+jwt")
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(jwt))
}
