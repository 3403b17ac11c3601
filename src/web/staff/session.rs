use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{FromRequest, HttpRequest, web};

use super::page::PageError;
use crate::secret::same_secret;
use crate::service::Error;
use crate::service::office::accounts::{self as staff, StaffSession};
use crate::web::AppState;

pub const SESSION_COOKIE: &str = "belehrung_staff";
pub const LOGIN_CSRF_COOKIE: &str = "belehrung_login";

/// The logged-in staff member of this request; a request without a live session is
/// sent to the login page, one whose password or second factor must first be set up
/// to the account page.
pub struct CurrentStaff(pub StaffSession);

/// The logged-in staff member on their own account page and at logout: also a session
/// that still has to change its one-time password or enrol its second factor.
pub struct OwnAccount(pub CurrentStaff);

impl CurrentStaff {
    /// Every form carries the session's token: a page of another site cannot post one.
    pub fn check_csrf(&self, sent: &str) -> Result<(), PageError> {
        if same_secret(sent, &self.0.csrf_token) {
            Ok(())
        } else {
            Err(PageError::Csrf)
        }
    }

    pub fn tenant(&self) -> &str {
        &self.0.tenant
    }

    /// Who this is, as the audit log names them.
    pub fn actor(&self) -> crate::service::office::StaffActor {
        crate::service::office::StaffActor {
            tenant: self.0.tenant.clone(),
            login: self.0.login.clone(),
        }
    }
}

fn live_session(
    req: &HttpRequest,
) -> Pin<Box<dyn Future<Output = Result<StaffSession, PageError>>>> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
    Box::pin(async move {
        let state = state.ok_or(PageError::Internal)?;
        let token = token.ok_or(PageError::LoginRequired)?;
        let policy = state.staff_session;
        let session = state
            .db_write(move |ctx, conn| {
                staff::session(conn, policy, ctx.clock.now(), &token).map_err(Error::from)
            })
            .await?;
        session.ok_or(PageError::LoginRequired)
    })
}

impl FromRequest for CurrentStaff {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let session = live_session(req);
        Box::pin(async move {
            let session = session.await?;
            if session.duty.is_some() {
                return Err(PageError::AccountSetup);
            }
            Ok(CurrentStaff(session))
        })
    }
}

impl FromRequest for OwnAccount {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let session = live_session(req);
        Box::pin(async move { Ok(OwnAccount(CurrentStaff(session.await?))) })
    }
}

/// A cookie only the staff pages receive, never readable by scripts.
pub fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/staff")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .finish()
}

pub fn removal(name: &'static str) -> Cookie<'static> {
    let mut cookie = Cookie::build(name, "").path("/staff").finish();
    cookie.make_removal();
    cookie
}
