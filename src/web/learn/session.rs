use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{FromRequest, HttpRequest, web};

use super::page::{Kind, LearnError};
use crate::db::models::EnrolmentRow;
use crate::domain::EnrolmentId;
use crate::secret::{hash_token, same_secret};
use crate::service::{self, Error};
use crate::web::AppState;

pub const LEARNER_COOKIE: &str = "belehrung_learner";
pub const FORM_COOKIE: &str = "belehrung_form";

/// The enrolment whose cookie this browser holds: `ID.TOKEN`, the token being the same
/// bearer token the JSON API uses.
pub struct Learner {
    pub enrolment: EnrolmentRow,
    id: EnrolmentId,
    token: String,
    content: std::sync::Arc<crate::course::Content>,
}

impl Learner {
    pub fn id(&self) -> &EnrolmentId {
        &self.id
    }

    /// The token every form and the progress script send back: derived from the secret
    /// bearer token, so another site cannot know it.
    pub fn csrf(&self) -> String {
        csrf_for(&self.token)
    }

    pub fn check_csrf(&self, sent: &str) -> Result<(), LearnError> {
        if same_secret(sent, &self.csrf()) {
            Ok(())
        } else {
            Err(LearnError::new(
                Kind::Expired,
                &self.content,
                Some(&self.enrolment.language),
            ))
        }
    }

    /// A service error, told in this learner's language.
    pub fn fail(&self, error: Error) -> LearnError {
        LearnError::from_service(error, &self.content, Some(&self.enrolment.language))
    }

    /// The frame of this learner's pages: the course language, the office's footer.
    pub fn frame<'a>(&self, content: &'a crate::course::Content) -> super::page::Frame<'a> {
        super::page::Frame::new(content, Some(&self.enrolment.language))
            .for_office(&self.enrolment.tenant)
    }

    /// Where this enrolment stands.
    pub async fn view(&self, state: &AppState) -> Result<service::EnrolmentView, LearnError> {
        let row = self.enrolment.clone();
        state
            .db(move |ctx, conn| service::enrolment_view(ctx, conn, &row))
            .await
            .map_err(|e| self.fail(e))
    }
}

pub fn csrf_for(token: &str) -> String {
    hash_token(&format!("csrf:{token}"))
}

pub fn learner_cookie(id: &str, token: &str, secure: bool) -> Cookie<'static> {
    Cookie::build(LEARNER_COOKIE, format!("{id}.{token}"))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        // Kept a month, as long as an unfinished enrolment: a learner who closes the
        // browser comes back to where they left off.
        .max_age(actix_web::cookie::time::Duration::days(30))
        .finish()
}

/// The relay state of the login with the online ID card this browser started: the form
/// after the login counts only with it. Lax: the provider's answer arrives by a
/// cross-site POST that does not carry it, the form's POST from this service does.
pub const LOGIN_COOKIE: &str = "belehrung_login";

pub fn login_cookie(relay_state: String, secure: bool) -> Cookie<'static> {
    Cookie::build(LOGIN_COOKIE, relay_state)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::minutes(30))
        .finish()
}

pub fn form_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(FORM_COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

/// What the cookie of a request names.
enum Found {
    Learner(Box<Learner>),
    /// A right token whose time ended after the certificate was issued; the language
    /// to say so in.
    AccessEnded(String),
    Nobody,
}

async fn lookup(req: &HttpRequest) -> Result<Found, LearnError> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(Found::Nobody);
    };
    let content = state.ctx.content.clone();
    let Some((id, token)) = req.cookie(LEARNER_COOKIE).and_then(|c| {
        let (id, token) = c.value().split_once('.')?;
        Some((EnrolmentId::parse(id).ok()?, token.to_string()))
    }) else {
        return Ok(Found::Nobody);
    };
    let lookup_token = token.clone();
    let found = state
        .db(
            move |ctx, conn| match service::authenticate(ctx, conn, &id, Some(&lookup_token)) {
                Ok(row) => Ok(Ok(row)),
                Err(Error::AccessEnded { language }) => Ok(Err(Some(language))),
                Err(Error::NotFound(_) | Error::Forbidden | Error::Unauthenticated) => {
                    Ok(Err(None))
                }
                Err(other) => Err(other),
            },
        )
        .await
        .map_err(|e| LearnError::from_service(e, &content, None))?;
    Ok(match found {
        Ok(enrolment) => Found::Learner(Box::new(Learner {
            enrolment,
            id,
            token,
            content,
        })),
        Err(Some(language)) => Found::AccessEnded(language),
        Err(None) => Found::Nobody,
    })
}

/// The learner of this request, if the cookie names a valid enrolment.
pub async fn current(req: &HttpRequest) -> Result<Option<Learner>, LearnError> {
    Ok(match lookup(req).await? {
        Found::Learner(learner) => Some(*learner),
        Found::AccessEnded(_) | Found::Nobody => None,
    })
}

impl FromRequest for Learner {
    type Error = LearnError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, LearnError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let content = req
                .app_data::<web::Data<AppState>>()
                .map(|state| state.ctx.content.clone());
            match lookup(&req).await? {
                Found::Learner(learner) => Ok(*learner),
                Found::AccessEnded(language) => {
                    Err(LearnError::without_content(Kind::AccessEnded, content)
                        .in_language(&language))
                }
                Found::Nobody => Err(LearnError::without_content(Kind::NoSession, content)),
            }
        })
    }
}
