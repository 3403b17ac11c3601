use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, ResponseError};
use std::sync::Arc;

use askama::Template;

use super::texts::Texts;
use crate::course::Content;
use crate::service::Error;

/// What every learner page shows around its content.
pub struct Frame<'a> {
    pub t: Texts<'a>,
    /// The office whose accessibility statement, privacy notice and imprint the footer
    /// links to.
    pub office: Option<String>,
    /// (code, name) of the languages to switch to; empty where the language is fixed.
    pub languages: Vec<(String, String)>,
    /// Where the language switch leads (the page itself, with `?lang=`).
    pub switch_action: String,
    /// Extra query fields the language switch keeps (name, value).
    pub keep: Vec<(String, String)>,
}

impl Frame<'_> {
    /// The German version of this page where the language can be switched, else the
    /// German start page (a course's pages keep the language chosen at enrolment).
    pub fn german_link(&self) -> String {
        if self.switch_action.is_empty() {
            return "/?lang=de".to_string();
        }
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in &self.keep {
            query.append_pair(name, value);
        }
        query.append_pair("lang", "de");
        format!("{}?{}", self.switch_action, query.finish())
    }
}

impl<'a> Frame<'a> {
    pub fn new(content: &'a Content, lang: Option<&str>) -> Self {
        Self {
            t: Texts::new(content, lang),
            office: None,
            languages: Vec::new(),
            switch_action: String::new(),
            keep: Vec::new(),
        }
    }

    /// With a language switch that returns to `action`.
    pub fn switchable(mut self, content: &Content, action: &str) -> Self {
        self.languages = content
            .course
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect();
        self.switch_action = action.to_string();
        self
    }

    pub fn for_office(mut self, office: &str) -> Self {
        self.office = Some(office.to_string());
        self
    }
}

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The learner pages' headers (see `page_headers`): scripts, media and reports to this
/// origin only.
pub fn security_headers(builder: actix_web::HttpResponseBuilder) -> actix_web::HttpResponseBuilder {
    crate::web::page_headers::page_headers(builder, CSP)
}

pub fn html(status: StatusCode, page: &impl Template) -> HttpResponse {
    match page.render() {
        Ok(body) => security_headers(HttpResponse::build(status))
            .insert_header(ContentType::html())
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "learner page did not render");
            HttpResponse::InternalServerError().finish()
        }
    }
}

/// [`html`] for a page whose form leads on to the pay pages at `origins` (the form's
/// redirect is subject to the page's `form-action`).
pub fn html_leading_to(
    status: StatusCode,
    page: &impl Template,
    origins: &[String],
) -> HttpResponse {
    let mut response = html(status, page);
    if !origins.is_empty() && response.status() == status {
        let csp = CSP.replace(
            "form-action 'self'",
            &format!("form-action 'self' {}", origins.join(" ")),
        );
        if let Ok(value) = header::HeaderValue::from_str(&csp) {
            response
                .headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    response
}

pub fn redirect(to: &str) -> HttpResponse {
    security_headers(HttpResponse::SeeOther())
        .insert_header((header::LOCATION, to.to_string()))
        .finish()
}

#[derive(Template)]
#[template(path = "learn/error.html", config = "src/web/askama.toml")]
struct ErrorPage<'a> {
    f: Frame<'a>,
    message: String,
    /// A way on (address, label), where there is one besides the start page.
    action: Option<(String, String)>,
}

/// What goes wrong on a learner page, told in the learner's language.
#[derive(Debug, thiserror::Error)]
#[error("{kind:?}")]
pub struct LearnError {
    kind: Kind,
    lang: Option<String>,
    /// To tell it in words; absent only if the application state is missing.
    content: Option<Arc<Content>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No enrolment in this browser (or the link is incomplete).
    NoSession,
    NotFound,
    /// A form's CSRF token did not match: it was too old or came from elsewhere.
    Expired,
    Unavailable,
    /// The certificate was issued a while ago: the cookie opens nothing any more, the
    /// PDF is fetched with a one-time code.
    AccessEnded,
    /// Too many enrolments from this client; it may try again after this many seconds.
    TooMany(u64),
}

impl LearnError {
    pub fn new(kind: Kind, content: &Arc<Content>, lang: Option<&str>) -> Self {
        Self {
            kind,
            lang: lang.map(str::to_string),
            content: Some(content.clone()),
        }
    }

    pub fn without_content(kind: Kind, content: Option<Arc<Content>>) -> Self {
        Self {
            kind,
            lang: None,
            content,
        }
    }

    pub fn in_language(mut self, lang: &str) -> Self {
        self.lang = Some(lang.to_string());
        self
    }

    pub fn from_service(error: Error, content: &Arc<Content>, lang: Option<&str>) -> Self {
        let kind = match error {
            Error::NotFound(_) => Kind::NotFound,
            Error::AccessEnded { language } => {
                return Self::new(Kind::AccessEnded, content, Some(&language));
            }
            Error::Unavailable(_) => Kind::Unavailable,
            other => {
                tracing::error!(error = %other, "learner page failed");
                Kind::Unavailable
            }
        };
        Self::new(kind, content, lang)
    }
}

impl ResponseError for LearnError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            Kind::NoSession | Kind::Expired | Kind::AccessEnded => StatusCode::FORBIDDEN,
            Kind::NotFound => StatusCode::NOT_FOUND,
            Kind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Kind::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let id = match self.kind {
            Kind::NoSession => "error-session",
            Kind::NotFound => "error-not-found",
            Kind::Expired => "error-expired",
            Kind::Unavailable => "error-unavailable",
            Kind::AccessEnded => "error-access-ended",
            Kind::TooMany(_) => "error-too-many",
        };
        let Some(content) = &self.content else {
            return HttpResponse::build(self.status_code()).finish();
        };
        let f = Frame::new(content, self.lang.as_deref());
        let message = f.t.get(id);
        let action = (self.kind == Kind::AccessEnded).then(|| {
            (
                format!("/bescheinigung?lang={}", f.t.lang),
                f.t.get("pdf-heading"),
            )
        });
        let mut response = html(self.status_code(), &ErrorPage { f, message, action });
        if let Kind::TooMany(seconds) = self.kind {
            crate::web::rate_limit::RetryAfter(seconds).set_on(&mut response);
        }
        response
    }
}

pub use crate::web::page_headers::static_asset as asset;
