//! The check of a certificate shown from a wallet, for employers and food inspectors:
//! the page gives the audience and a nonce for the wallet's key binding, and checks the
//! presentation pasted back.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, LearnError, html};
use crate::service;
use crate::wallet::PresentationError;
use crate::web::AppState;

/// The cookie that holds the nonce this browser's page gave out.
const NONCE_COOKIE: &str = "belehrung_check";

/// The longest presentation taken: a credential with its disclosures and key binding is
/// a few KB.
pub const MAX_PRESENTATION_BYTES: usize = 32 * 1024;

#[derive(Template)]
#[template(path = "learn/wallet_check.html", config = "src/web/askama.toml")]
struct CheckPage<'a> {
    f: Frame<'a>,
    audience: String,
    nonce: String,
    outcome: Option<String>,
    valid: bool,
    office: String,
    /// (the claim's name in the page's language, its value)
    claims: Vec<(String, String)>,
}

#[derive(Deserialize)]
pub struct Lang {
    lang: Option<String>,
}

/// The form with a fresh nonce.
pub async fn form(
    state: web::Data<AppState>,
    query: web::Query<Lang>,
) -> Result<HttpResponse, LearnError> {
    let content = state.ctx.content.clone();
    let nonce = state
        .db_write(service::wallet::new_verifier_nonce)
        .await
        .map_err(|e| LearnError::from_service(e, &content, query.lang.as_deref()))?;
    let cookie = Cookie::build(NONCE_COOKIE, nonce.clone())
        .path("/wallet/pruefen")
        .http_only(true)
        .secure(state.ctx.public_url.starts_with("https://"))
        .same_site(SameSite::Strict)
        .finish();
    let page = CheckPage {
        f: Frame::new(&state.ctx.content, query.lang.as_deref())
            .switchable(&state.ctx.content, "/wallet/pruefen"),
        audience: service::wallet::verifier_of(&state.ctx),
        nonce,
        outcome: None,
        valid: false,
        office: String::new(),
        claims: Vec::new(),
    };
    let mut response = html(StatusCode::OK, &page);
    let _ = response.add_cookie(&cookie);
    Ok(response)
}

#[derive(Deserialize)]
pub struct Presentation {
    #[serde(default)]
    presentation: String,
}

pub async fn check(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<Lang>,
    form: web::Form<Presentation>,
) -> Result<HttpResponse, LearnError> {
    let content = state.ctx.content.clone();
    let presentation = form.into_inner().presentation;
    let page_nonce = req
        .cookie(NONCE_COOKIE)
        .map(|c| c.value().to_string())
        .unwrap_or_default();
    let checked = state
        .db_write(move |ctx, conn| {
            service::wallet::check_presentation(ctx, conn, &presentation, &page_nonce)
        })
        .await
        .map_err(|e| LearnError::from_service(e, &content, query.lang.as_deref()))?;
    let f = Frame::new(&state.ctx.content, query.lang.as_deref());
    let (outcome, valid, office, claims) = match checked {
        Ok(check) => {
            let message = if check.revoked {
                "wallet-check-revoked"
            } else if check.development {
                "wallet-check-development"
            } else {
                "wallet-check-valid"
            };
            let claims = check
                .claims
                .into_iter()
                .map(|(name, value)| {
                    let shown = match value {
                        serde_json::Value::String(s) => s,
                        // How identity was checked, in the certificate's own words.
                        other => {
                            serde_json::from_value::<crate::domain::IdentityCheck>(other.clone())
                                .ok()
                                .and_then(|check| {
                                    let assets = &state.ctx.assets;
                                    assets
                                        .page_texts(&f.t.lang)
                                        .or_else(|| assets.texts("de"))
                                        .map(|words| words.identity_line(check))
                                })
                                .unwrap_or_else(|| other.to_string())
                        }
                    };
                    (f.t.get(&format!("wallet-claim-{name}")), shown)
                })
                .collect();
            let valid = !check.development && !check.revoked;
            (f.t.get(message), valid, check.office, claims)
        }
        Err(refusal) => {
            let reason = match refusal {
                PresentationError::Form => "wallet-check-invalid-form",
                PresentationError::Signature => "wallet-check-invalid-signature",
                PresentationError::Disclosure => "wallet-check-invalid-disclosure",
                PresentationError::Binding => "wallet-check-invalid-binding",
                PresentationError::Audience => "wallet-check-invalid-audience",
                PresentationError::Time => "wallet-check-invalid-time",
            };
            (f.t.get(reason), false, String::new(), Vec::new())
        }
    };
    let status = if valid {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = CheckPage {
        f,
        audience: String::new(),
        nonce: String::new(),
        outcome: Some(outcome),
        valid,
        office,
        claims,
    };
    Ok(html(status, &page))
}
