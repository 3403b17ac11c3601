//! The person's own account: change the password (at the first login the one-time
//! password must be replaced before any other page opens) and enrol the second factor,
//! whose secret is shown once, to the person alone.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::login::CsrfForm;
use super::page::{PageError, Who, html, secure_headers};
use super::session::{OwnAccount, SESSION_COOKIE};
use super::texts::{filters, text, text_with};
use crate::service::Error;
use crate::service::office::accounts::{
    self as staff, CredentialError, Duty, NewFactor, PASSWORD_MIN_LENGTH, PasswordChange,
};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "staff/account.html", config = "src/web/askama.toml")]
struct AccountPage {
    who: Option<Who>,
    message: Option<String>,
    error: Option<String>,
    csrf: String,
    must_change_password: bool,
    must_enrol: bool,
    enrolled: bool,
    min_length: usize,
    new_factor: Option<FactorShown>,
}

/// A second factor being set up, as the page shows it.
struct FactorShown {
    uri: String,
    /// The base32 secret in groups of four, for typing into an app.
    secret: String,
    /// The URI as a QR code: an inline SVG path, one square per dark module.
    qr_path: String,
    qr_size: usize,
}

impl FactorShown {
    fn new(factor: NewFactor) -> Self {
        let (qr_path, qr_size) = crate::web::qr_svg::qr_svg_path(&factor.uri).unwrap_or_default();
        let secret = factor
            .secret
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        Self {
            uri: factor.uri,
            secret,
            qr_path,
            qr_size,
        }
    }
}

fn office(state: &AppState, tenant: &str) -> String {
    state
        .ctx
        .content
        .tenant(tenant)
        .map_or_else(|| tenant.to_string(), |t| t.name.clone())
}

async fn render(
    state: &AppState,
    own: &OwnAccount,
    status: StatusCode,
    message: Option<String>,
    error: Option<String>,
    new_factor: Option<NewFactor>,
) -> Result<HttpResponse, PageError> {
    let staff = &own.0;
    let id = staff.0.staff_id.clone();
    let enrolled = state
        .db(move |_, conn| staff::second_factor_enrolled(conn, &id).map_err(internal))
        .await?;
    Ok(html(
        status,
        &AccountPage {
            who: Some(Who::of(&staff.0, &office(state, staff.tenant()))),
            message,
            error,
            csrf: staff.0.csrf_token.clone(),
            must_change_password: staff.0.duty == Some(Duty::ChangePassword),
            must_enrol: staff.0.duty == Some(Duty::EnrolSecondFactor),
            enrolled,
            min_length: PASSWORD_MIN_LENGTH,
            new_factor: new_factor.map(FactorShown::new),
        },
    ))
}

fn internal(error: CredentialError) -> Error {
    match error {
        CredentialError::Database(e) => Error::from(e),
        other => Error::Internal(other.into()),
    }
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn page(
    state: web::Data<AppState>,
    own: OwnAccount,
    query: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let message = match query.done.as_deref() {
        Some("password") => Some(text("staff-account-password-changed")),
        Some("second-factor") => Some(text("staff-account-second-factor-done")),
        _ => None,
    };
    render(&state, &own, StatusCode::OK, message, None, None).await
}

fn see_other(location: &str) -> HttpResponse {
    secure_headers(HttpResponse::SeeOther())
        .insert_header((header::LOCATION, location))
        .finish()
}

fn session_token(req: &HttpRequest) -> String {
    req.cookie(SESSION_COOKIE)
        .map(|c| c.value().to_string())
        .unwrap_or_default()
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    repeated: String,
}

fn password_problem(error: &CredentialError) -> Option<String> {
    use crate::service::office::accounts::PasswordError as P;
    let text = match error {
        CredentialError::WrongPassword => text("staff-account-wrong-password"),
        CredentialError::Mismatch => text("staff-account-password-mismatch"),
        CredentialError::Unchanged => text("staff-account-password-unchanged"),
        CredentialError::Policy(P::TooShort) => text_with(
            "staff-account-password-too-short",
            &[("min", &PASSWORD_MIN_LENGTH)],
        ),
        CredentialError::Policy(P::TooLong) => text("staff-account-password-too-long"),
        CredentialError::Policy(P::TooFewDistinct) => {
            text("staff-account-password-too-few-distinct")
        }
        CredentialError::Policy(P::ContainsLogin) => text("staff-account-password-contains-login"),
        CredentialError::Policy(P::Common) => text("staff-account-password-common"),
        _ => return None,
    };
    Some(text)
}

/// Current password and the new one twice; the account's other sessions end.
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    own: OwnAccount,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, PageError> {
    own.0.check_csrf(&form.csrf)?;
    let form = form.into_inner();
    let (id, token) = (own.0.0.staff_id.clone(), session_token(&req));
    let outcome = state
        .db_write(move |ctx, conn| {
            let change = PasswordChange {
                current: &form.current,
                new: &form.new,
                repeated: &form.repeated,
            };
            Ok(staff::change_password(
                conn,
                ctx.clock.now(),
                &id,
                &change,
                &token,
            ))
        })
        .await?;
    match outcome {
        Ok(()) => Ok(see_other("/staff/account?done=password")),
        Err(e) => match password_problem(&e) {
            Some(problem) => {
                render(
                    &state,
                    &own,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    Some(problem),
                    None,
                )
                .await
            }
            None => Err(internal(e).into()),
        },
    }
}

/// A new secret, shown once on the page that this answers, until it is confirmed.
pub async fn start_enrolment(
    state: web::Data<AppState>,
    own: OwnAccount,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, PageError> {
    own.0.check_csrf(&form.csrf)?;
    if own.0.0.duty == Some(Duty::ChangePassword) {
        return Ok(see_other("/staff/account"));
    }
    let (id, issuer) = (own.0.0.staff_id.clone(), office(&state, own.0.tenant()));
    let factor = state
        .db_write(move |_, conn| staff::begin_enrolment(conn, &id, &issuer).map_err(internal))
        .await?;
    render(&state, &own, StatusCode::OK, None, None, Some(factor)).await
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

/// The code from the app shows that it has the secret; then the factor is active.
pub async fn confirm_enrolment(
    state: web::Data<AppState>,
    req: HttpRequest,
    own: OwnAccount,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, PageError> {
    own.0.check_csrf(&form.csrf)?;
    let (id, token, code) = (
        own.0.0.staff_id.clone(),
        session_token(&req),
        form.into_inner().code,
    );
    let outcome = state
        .db_write(move |ctx, conn| {
            Ok(staff::confirm_enrolment(
                conn,
                ctx.clock.now(),
                &id,
                &code,
                &token,
            ))
        })
        .await?;
    let problem = match outcome {
        Ok(()) => return Ok(see_other("/staff/account?done=second-factor")),
        Err(CredentialError::WrongCode) => text("staff-account-wrong-code"),
        Err(CredentialError::NoPendingFactor) => text("staff-account-no-pending-factor"),
        Err(e) => return Err(internal(e).into()),
    };
    let (id, issuer) = (own.0.0.staff_id.clone(), office(&state, own.0.tenant()));
    let pending = state
        .db(move |_, conn| staff::pending_enrolment(conn, &id, &issuer).map_err(internal))
        .await?;
    render(
        &state,
        &own,
        StatusCode::UNPROCESSABLE_ENTITY,
        None,
        Some(problem),
        pending,
    )
    .await
}

#[cfg(test)]
mod tests {}
