use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{PageError, Who, html, secure_headers};
use super::session::{LOGIN_CSRF_COOKIE, OwnAccount, SESSION_COOKIE, cookie, removal};
use super::texts::{filters, text, text_with};

use crate::domain::ClientAddr;
use crate::metrics::LoginOutcome;
use crate::secret::{random_token, same_secret};
use crate::service::Error;
use crate::service::office::accounts::{self as staff, LoginAttempt, LoginError};
use crate::web::AppState;
use crate::web::rate_limit::RetryAfter;

#[derive(Template)]
#[template(path = "staff/login.html", config = "src/web/askama.toml")]
struct LoginPage<'a> {
    who: Option<Who>,
    csrf: &'a str,
    login: &'a str,
    message: Option<&'a str>,
}

/// The login form. Before there is a session, its CSRF token is a random value in a
/// cookie and in the form: another site can post the form but cannot read the cookie.
fn login_page(
    state: &AppState,
    status: StatusCode,
    login: &str,
    message: Option<&str>,
) -> HttpResponse {
    let csrf = random_token();
    let mut response = html(
        status,
        &LoginPage {
            who: None,
            csrf: &csrf,
            login,
            message,
        },
    );
    let _ = response.add_cookie(&cookie(LOGIN_CSRF_COOKIE, csrf, state.secure_cookies));
    response
}

pub async fn form(state: web::Data<AppState>) -> HttpResponse {
    login_page(&state, StatusCode::OK, "", None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    login: String,
    password: String,
    #[serde(default)]
    code: String,
}

pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    client: ClientAddr,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.into_inner();
    let expected = req.cookie(LOGIN_CSRF_COOKIE).map(|c| c.value().to_string());
    if !expected.is_some_and(|e| !form.csrf.is_empty() && same_secret(&form.csrf, &e)) {
        return Err(PageError::Csrf);
    }
    let throttle = state.throttle;
    let (login, password, code) = (form.login.clone(), form.password, form.code);
    let outcome = state
        .db_write(move |ctx, conn| {
            let attempt = LoginAttempt {
                login: &login,
                password: &password,
                second_factor_code: Some(code.as_str()).filter(|c| !c.trim().is_empty()),
                client,
            };
            Ok(staff::log_in(conn, ctx.clock.now(), &throttle, &attempt))
        })
        .await?;
    let metrics = &state.ctx.metrics;
    match outcome {
        Ok((token, session)) => {
            metrics.login(LoginOutcome::Success);
            // A one-time password or a second factor still to enrol: the account page
            // first, and only it, until that is done.
            let next = if session.duty.is_some() {
                "/staff/account"
            } else {
                "/staff"
            };
            let mut response = secure_headers(HttpResponse::SeeOther())
                .insert_header((header::LOCATION, next))
                .finish();
            let _ = response.add_cookie(&cookie(SESSION_COOKIE, token, state.secure_cookies));
            let _ = response.add_removal_cookie(&removal(LOGIN_CSRF_COOKIE));
            Ok(response)
        }
        Err(LoginError::Rejected) => {
            metrics.login(LoginOutcome::Rejected);
            Ok(login_page(
                &state,
                StatusCode::UNAUTHORIZED,
                &form.login,
                Some(&text("staff-login-rejected")),
            ))
        }
        Err(LoginError::Throttled { retry_after }) => {
            metrics.login(LoginOutcome::Throttled);
            let millis = u64::try_from(retry_after.num_milliseconds()).unwrap_or(0);
            let seconds = millis.div_ceil(1000).max(1);
            let minutes = seconds.div_ceil(60);
            let wait = if minutes == 1 {
                text("staff-login-wait-one-minute")
            } else {
                text_with("staff-login-wait-minutes", &[("minutes", &minutes)])
            };
            let mut response = login_page(
                &state,
                StatusCode::TOO_MANY_REQUESTS,
                &form.login,
                Some(&text_with("staff-login-throttled", &[("wait", &wait)])),
            );
            RetryAfter(seconds).set_on(&mut response);
            Ok(response)
        }
        Err(LoginError::Database(e)) => Err(Error::from(e).into()),
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub csrf: String,
}

pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    OwnAccount(staff): OwnAccount,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, PageError> {
    staff.check_csrf(&form.csrf)?;
    if let Some(token) = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()) {
        let who = crate::service::office::StaffActor {
            tenant: staff.0.tenant.clone(),
            login: staff.0.login.clone(),
        };
        state
            .db_write(move |ctx, conn| crate::service::office::log_out(ctx, conn, &who, &token))
            .await?;
    }
    let mut response = secure_headers(HttpResponse::SeeOther())
        .insert_header((header::LOCATION, "/staff/login"))
        .finish();
    let _ = response.add_removal_cookie(&removal(SESSION_COOKIE));
    Ok(response)
}
