use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Berlin;

use super::texts::{filters, text};
use crate::service::office::accounts::{Role, StaffSession};
use crate::service::{Conflict, Error, FieldReason, Refusal};

/// Who is logged in, as the layout shows it.
pub struct Who {
    pub name: String,
    pub office: String,
    pub admin: bool,
    pub csrf: String,
    /// The session may only set up its own account yet: no links to other pages.
    pub restricted: bool,
}

impl Who {
    pub fn of(session: &StaffSession, office: &str) -> Self {
        Self {
            name: session.display_name.clone(),
            office: office.to_string(),
            admin: session.role == Role::Admin,
            csrf: session.csrf_token.clone(),
            restricted: session.duty.is_some(),
        }
    }
}

pub fn berlin(t: DateTime<Utc>) -> String {
    t.with_timezone(&Berlin)
        .format("%d.%m.%Y %H:%M")
        .to_string()
}

pub use crate::web::page_headers::static_asset as asset;

/// A page with the staff pages' headers: no caching (they show personal data), no
/// framing, no resources from elsewhere, no scripts at all.
pub fn html(status: StatusCode, page: &impl Template) -> HttpResponse {
    match page.render() {
        Ok(body) => secure_headers(HttpResponse::build(status))
            .insert_header(ContentType::html())
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "staff page did not render");
            HttpResponse::InternalServerError().finish()
        }
    }
}

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The staff pages' headers (see `page_headers`): no scripts at all.
pub fn secure_headers(builder: actix_web::HttpResponseBuilder) -> actix_web::HttpResponseBuilder {
    crate::web::page_headers::page_headers(builder, CSP)
}

#[derive(Template)]
#[template(path = "staff/error.html", config = "src/web/askama.toml")]
struct ErrorPage<'a> {
    who: Option<Who>,
    heading: &'a str,
    message: &'a str,
    back: &'a str,
}

/// What goes wrong on a staff page, shown as a page in plain words.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("login required")]
    LoginRequired,
    /// The session must change its one-time password or enrol its second factor first.
    #[error("the account must be set up first")]
    AccountSetup,
    #[error("the form has expired")]
    Csrf,
    #[error("only administrators may see this")]
    AdminOnly,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Invalid(String),
    #[error("the database is unavailable")]
    Unavailable,
    #[error("internal error")]
    Internal,
}

/// A refused field in the staff pages' words.
fn field_message(field: &str, reason: &FieldReason) -> String {
    match reason {
        FieldReason::NoteTooLong { max_chars } => {
            super::texts::text_with("staff-error-note-too-long", &[("max", max_chars)])
        }
        FieldReason::UnknownRevocationCategory => {
            super::texts::text("staff-error-unknown-category")
        }
        _ => {
            let label = match field {
                "family_name" => text("staff-search-family-name"),
                "given_name" => text("staff-search-given-name"),
                "birth_date" => text("staff-search-birth-date"),
                "email" => text("staff-certificate-email"),
                "note" => text("staff-certificate-note"),
                other => other.to_string(),
            };
            super::texts::text_with("staff-error-field", &[("field", &label)])
        }
    }
}

impl From<Error> for PageError {
    fn from(error: Error) -> Self {
        match error {
            Error::NotFound(_) => Self::NotFound,
            Error::Invalid(fields) => Self::Invalid(
                fields
                    .iter()
                    .map(|f| field_message(&f.field, &f.reason))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Error::Conflict(Conflict::AlreadyRevoked) => {
                Self::Invalid(super::texts::text("staff-error-already-revoked"))
            }
            Error::Conflict(Conflict::IdentityCheckDecided) => {
                Self::Invalid(super::texts::text("staff-error-identity-decided"))
            }
            Error::Conflict(Conflict::SecondPersonNeeded) => {
                Self::Invalid(super::texts::text("staff-error-second-person"))
            }
            Error::Conflict(Conflict::DocumentDiffers) => {
                Self::Invalid(super::texts::text("staff-error-document-differs"))
            }
            Error::Conflict(Conflict::WaiverDecided) => {
                Self::Invalid(super::texts::text("staff-error-waiver-decided"))
            }
            Error::Conflict(Conflict::FeeNotDue) => {
                Self::Invalid(super::texts::text("staff-error-fee-not-due"))
            }
            Error::Conflict(Conflict::PaymentOpen) => {
                Self::Invalid(super::texts::text("staff-error-payment-open"))
            }
            Error::Refused(Refusal::DevelopmentCertificate) => {
                Self::Invalid(super::texts::text("staff-error-development-certificate"))
            }
            Error::Conflict(_) | Error::Refused(_) => {
                Self::Invalid(super::texts::text("staff-error-refused"))
            }
            Error::Unavailable(_) => Self::Unavailable,
            other => {
                tracing::error!(error = %other, "staff request failed");
                Self::Internal
            }
        }
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::LoginRequired | Self::AccountSetup => StatusCode::SEE_OTHER,
            Self::Csrf | Self::AdminOnly => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (heading, message) = match self {
            Self::LoginRequired => {
                return secure_headers(HttpResponse::SeeOther())
                    .insert_header((header::LOCATION, "/staff/login"))
                    .finish();
            }
            Self::AccountSetup => {
                return secure_headers(HttpResponse::SeeOther())
                    .insert_header((header::LOCATION, "/staff/account"))
                    .finish();
            }
            Self::Csrf => (
                text("staff-error-csrf-heading"),
                text("staff-error-csrf-message"),
            ),
            Self::AdminOnly => (
                text("staff-error-admin-only-heading"),
                text("staff-error-admin-only-message"),
            ),
            Self::NotFound => (
                text("staff-error-not-found-heading"),
                text("staff-error-not-found-message"),
            ),
            Self::Invalid(detail) => (text("staff-error-invalid-heading"), detail.clone()),
            Self::Unavailable => (
                text("staff-error-unavailable-heading"),
                text("staff-error-unavailable-message"),
            ),
            Self::Internal => (
                text("staff-error-internal-heading"),
                text("staff-error-internal-message"),
            ),
        };
        html(
            self.status_code(),
            &ErrorPage {
                who: None,
                heading: &heading,
                message: &message,
                back: "/staff",
            },
        )
    }
}
