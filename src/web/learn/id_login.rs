//! The login with the online ID card: the link that sends the learner to the identity
//! provider, the assertion consumer service its answer is posted to, and the metadata
//! the provider registers. An accepted login opens the personal-data form with name and
//! birth date fixed; a refused one says so in the learner's language and stores nothing.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::enrol::{EnrolForm, render};
use super::page::{Frame, Kind, LearnError, html};
use super::session::login_cookie;
use crate::domain::ClientAddr;
use crate::saml::LoginRefused;
use crate::service::{self, LoginOutcome};
use crate::web::AppState;

/// The most an answer's form may weigh (an encrypted assertion is a few dozen KB at
/// most; the service refuses more than 96 KB of it).
pub const MAX_ANSWER_BYTES: usize = 128 * 1024;

#[derive(Deserialize)]
pub struct StartQuery {
    tenant: String,
    lang: String,
}

/// Sends the browser to the identity provider with a signed request. A plain link, not
/// a form: the pages allow forms to post only to this service.
pub async fn start(
    state: web::Data<AppState>,
    client: ClientAddr,
    query: web::Query<StartQuery>,
) -> Result<HttpResponse, LearnError> {
    let StartQuery { tenant, lang } = query.into_inner();
    let content = state.ctx.content.clone();
    if let Err(wait) = state.enrolment_limiter.check(client) {
        return Err(LearnError::new(
            Kind::TooMany(wait.0),
            &content,
            Some(&lang),
        ));
    }
    let language = lang.clone();
    let started = state
        .db_write(move |ctx, conn| service::start_login(ctx, conn, &tenant, &language))
        .await
        .map_err(|e| LearnError::from_service(e, &content, Some(&lang)))?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, started.redirect))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .cookie(login_cookie(started.relay_state, state.secure_cookies))
        .finish())
}

/// The HTTP-POST binding's fields.
#[derive(Deserialize)]
pub struct Answer {
    #[serde(rename = "SAMLResponse", default)]
    response: String,
    #[serde(rename = "RelayState", default)]
    relay_state: String,
}

#[derive(Template)]
#[template(path = "learn/login_refused.html", config = "src/web/askama.toml")]
struct RefusedPage<'a> {
    f: Frame<'a>,
    message: String,
    /// The office's form, to log in again.
    again: Option<String>,
}

/// The assertion consumer service. It needs no CSRF token: the answer is bound to the
/// request this service sent (relay state and `InResponseTo`) and signed by the provider.
pub async fn answer(
    state: web::Data<AppState>,
    form: web::Form<Answer>,
) -> Result<HttpResponse, LearnError> {
    let Answer {
        response,
        relay_state,
    } = form.into_inner();
    let content = state.ctx.content.clone();
    let unavailable = |e| LearnError::from_service(e, &content, None);
    let taken = state
        .db_write(move |ctx, conn| service::take_login_request(ctx, conn, &relay_state))
        .await
        .map_err(unavailable)?;
    let outcome = match taken {
        Err(refused) => refused,
        Ok(pending) => {
            // Off the database and the request threads: a signature check is CPU work
            // (and a panic in the XML libraries ends only this check).
            let ctx = state.ctx.clone();
            let checked = pending.clone();
            let verified =
                web::block(move || service::verify_login(&ctx, &checked, &response)).await;
            match verified {
                Ok(Ok(login)) => state
                    .db_write(move |ctx, conn| service::record_login(ctx, conn, &pending, &login))
                    .await
                    .map_err(unavailable)?,
                Ok(Err(refused)) => refused,
                Err(_) => {
                    tracing::error!("the SAML check failed");
                    return Err(LearnError::new(Kind::Unavailable, &content, None));
                }
            }
        }
    };
    match outcome {
        LoginOutcome::Verified {
            token,
            tenant,
            language,
        } => {
            let form = EnrolForm::after_login(tenant, language, token);
            render(&state, StatusCode::OK, form, Vec::new()).await
        }
        LoginOutcome::Refused {
            reason,
            tenant,
            language,
        } => {
            let f = Frame::new(&content, language.as_deref());
            let message = f.t.get(match reason {
                LoginRefused::LevelTooLow => "bundid-too-low",
                LoginRefused::UnknownRequest => "bundid-expired",
                _ => "bundid-refused",
            });
            let again = tenant.map(|t| format!("/anmeldung?tenant={t}&lang={}", f.t.lang));
            Ok(html(
                StatusCode::FORBIDDEN,
                &RefusedPage { f, message, again },
            ))
        }
    }
}

/// The service provider's metadata, for the identity provider to register.
pub async fn metadata(state: web::Data<AppState>) -> HttpResponse {
    match state.ctx.saml.metadata() {
        Some(xml) => HttpResponse::Ok()
            .content_type("application/samlmetadata+xml")
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(xml.to_string()),
        None => HttpResponse::NotFound().finish(),
    }
}
