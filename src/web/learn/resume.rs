//! `/weiter/XXXX-XXXX-XXXX-XXXX`: a one-time link opens the enrolment in this browser
//! and is void afterwards. A spent link gets a page that offers a new one by e-mail.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, Kind, LearnError, html, redirect};
use super::session::{FORM_COOKIE, form_cookie, learner_cookie};
use crate::domain::ResumeSecret;
use crate::secret::{random_token, same_secret};
use crate::service::{self, LinkMail, ResumeOutcome};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/resume_spent.html", config = "src/web/askama.toml")]
struct SpentPage<'a> {
    f: Frame<'a>,
    action: String,
    csrf: String,
    can_mail: bool,
    mailed: bool,
}

fn unknown(state: &AppState) -> LearnError {
    LearnError::new(Kind::NoSession, &state.ctx.content, None)
}

/// Opens the link: voids it, sets the learner cookie on the redirect.
pub async fn open(
    state: web::Data<AppState>,
    secret: web::Path<String>,
) -> Result<HttpResponse, LearnError> {
    // Anything that is not a secret (an old link with the token in it, a typo) is
    // told like an unknown link, and nothing is looked up.
    let Some(secret) = ResumeSecret::parse(&secret) else {
        return Err(unknown(&state));
    };
    let action = format!("/weiter/{secret}");
    let outcome = state
        .db_write(move |ctx, conn| service::open_resume_link(ctx, conn, &secret))
        .await
        .map_err(|e| LearnError::from_service(e, &state.ctx.content, None))?;
    match outcome {
        ResumeOutcome::Opened {
            enrolment_id,
            session_token,
        } => {
            let mut response = redirect("/lernen");
            let _ = response.add_cookie(&learner_cookie(
                &enrolment_id,
                &session_token,
                state.secure_cookies,
            ));
            Ok(response)
        }
        ResumeOutcome::Spent { language, can_mail } => {
            Ok(spent_page(&state, &language, action, can_mail, false))
        }
        ResumeOutcome::Unknown => Err(unknown(&state)),
    }
}

fn spent_page(
    state: &AppState,
    language: &str,
    action: String,
    can_mail: bool,
    mailed: bool,
) -> HttpResponse {
    let csrf = random_token();
    let page = SpentPage {
        f: Frame::new(&state.ctx.content, Some(language)),
        action,
        csrf: csrf.clone(),
        can_mail,
        mailed,
    };
    // 410: this address will not work again.
    let mut response = html(StatusCode::GONE, &page);
    let _ = response.add_cookie(&form_cookie(csrf, state.secure_cookies));
    response
}

#[derive(Deserialize)]
pub struct MailForm {
    #[serde(default)]
    csrf: String,
}

/// Sends a new link to the address on record of the spent link's enrolment.
pub async fn mail_new(
    state: web::Data<AppState>,
    req: HttpRequest,
    secret: web::Path<String>,
    form: web::Form<MailForm>,
) -> Result<HttpResponse, LearnError> {
    let Some(secret) = ResumeSecret::parse(&secret) else {
        return Err(unknown(&state));
    };
    let expected = req.cookie(FORM_COOKIE).map(|c| c.value().to_string());
    if !expected.is_some_and(|e| !form.csrf.is_empty() && same_secret(&form.csrf, &e)) {
        return Err(LearnError::new(Kind::Expired, &state.ctx.content, None));
    }
    let action = format!("/weiter/{secret}");
    let probe = secret.clone();
    let (mailed, outcome) = state
        .db_write(move |ctx, conn| {
            let mailed = service::mail_resume_link(ctx, conn, &probe)?;
            // Only to learn the language; the link stays as it is (spent, or still
            // unused if it was never opened).
            let language = service::resume_link_language(conn, &probe)?;
            Ok((mailed, language))
        })
        .await
        .map_err(|e| LearnError::from_service(e, &state.ctx.content, None))?;
    let Some(language) = outcome else {
        return Err(unknown(&state));
    };
    Ok(spent_page(
        &state,
        &language,
        action,
        mailed != LinkMail::NoAddress,
        mailed == LinkMail::Queued,
    ))
}
