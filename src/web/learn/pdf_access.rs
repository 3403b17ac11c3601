//! `/bescheinigung`: the certificate's PDF without the learner's token. The code and
//! the birth date ask for a one-time code by e-mail to the address on record; that
//! code downloads the PDF once, or shows the certificate as a page (the accessible
//! equivalent the certificate mail links to). The page says the same whether or not
//! anything matched.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, Kind, LearnError, html, security_headers};
use super::session::{FORM_COOKIE, form_cookie};
use crate::domain::{BirthDate, CertificateCode, ClientAddr, DateWriting};
use crate::secret::{random_token, same_secret};
use crate::service::{self, Error};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/pdf_access.html", config = "src/web/askama.toml")]
struct AccessPage<'a> {
    f: Frame<'a>,
    csrf: String,
    code: String,
    birth_date: String,
    /// Set once a code was asked for: the second step, entering it.
    request: Option<String>,
    sent: String,
    problem: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct AccessForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    code: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    request: String,
    #[serde(default)]
    one_time_code: String,
    /// Which button took the one-time code: the PDF (the default) or the page.
    #[serde(default)]
    show: Show,
}

#[derive(Deserialize, Default, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Show {
    #[default]
    Pdf,
    Page,
}

fn render(
    state: &AppState,
    status: StatusCode,
    form: &AccessForm,
    request: Option<String>,
    problem: Option<&str>,
) -> HttpResponse {
    let content = &state.ctx.content;
    let mut f = Frame::new(content, form.lang.as_deref());
    if request.is_none() {
        f = f.switchable(content, "/bescheinigung");
    }
    let csrf = random_token();
    let page = AccessPage {
        sent: f.t.num(
            "pdf-sent",
            "minutes",
            state.ctx.access.pdf_code.num_minutes() as f64,
        ),
        problem: problem.map(|id| f.t.get(id)),
        csrf: csrf.clone(),
        code: form.code.clone(),
        birth_date: form.birth_date.clone(),
        request,
        f,
    };
    let mut response = html(status, &page);
    let _ = response.add_cookie(&form_cookie(csrf, state.secure_cookies));
    response
}

#[derive(Deserialize)]
pub struct FormQuery {
    lang: Option<String>,
    /// The certificate's code, filled in from the link in the certificate mail.
    code: Option<String>,
}

pub async fn form(state: web::Data<AppState>, query: web::Query<FormQuery>) -> HttpResponse {
    let query = query.into_inner();
    let form = AccessForm {
        lang: query.lang,
        code: query
            .code
            .and_then(|c| CertificateCode::parse(&c).ok())
            .map(|c| c.to_string())
            .unwrap_or_default(),
        ..AccessForm::default()
    };
    render(&state, StatusCode::OK, &form, None, None)
}

fn check_csrf(state: &AppState, req: &HttpRequest, form: &AccessForm) -> Result<(), LearnError> {
    let expected = req.cookie(FORM_COOKIE).map(|c| c.value().to_string());
    if expected.is_some_and(|e| !form.csrf.is_empty() && same_secret(&form.csrf, &e)) {
        Ok(())
    } else {
        Err(LearnError::new(
            Kind::Expired,
            &state.ctx.content,
            form.lang.as_deref(),
        ))
    }
}

/// Step one: code and birth date; a one-time code goes out if they match.
pub async fn request(
    state: web::Data<AppState>,
    req: HttpRequest,
    client: ClientAddr,
    form: web::Form<AccessForm>,
) -> Result<HttpResponse, LearnError> {
    let form = form.into_inner();
    check_csrf(&state, &req, &form)?;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let Ok(code) = CertificateCode::parse(&form.code) else {
        return Ok(render(
            &state,
            unprocessable,
            &form,
            None,
            Some("pdf-code-malformed"),
        ));
    };
    let today = state.ctx.clock.today_in_germany();
    let Ok(birth_date) = BirthDate::parse_as(&form.birth_date, DateWriting::Written, today) else {
        return Ok(render(
            &state,
            unprocessable,
            &form,
            None,
            Some("error-birth-date"),
        ));
    };
    let requested = state
        .db_write(move |ctx, conn| {
            service::request_pdf_code(ctx, conn, &code, birth_date.date(), client)
        })
        .await
        .map_err(|e| LearnError::from_service(e, &state.ctx.content, form.lang.as_deref()))?;
    Ok(render(
        &state,
        StatusCode::OK,
        &form,
        Some(requested.id),
        None,
    ))
}

/// Step two: the one-time code from the mail downloads the PDF or shows the page.
pub async fn download(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<AccessForm>,
) -> Result<HttpResponse, LearnError> {
    let form = form.into_inner();
    check_csrf(&state, &req, &form)?;
    let (request, entered) = (form.request.clone(), form.one_time_code.clone());
    let fail = |e| LearnError::from_service(e, &state.ctx.content, form.lang.as_deref());
    let checked = state
        .db_write(move |ctx, conn| service::check_pdf_code(ctx, conn, &request, &entered))
        .await;
    let code = match checked {
        Ok(code) => code,
        Err(Error::Refused(_)) => {
            return Ok(render(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                Some(form.request.clone()),
                Some("pdf-code-wrong"),
            ));
        }
        Err(e) => return Err(fail(e)),
    };
    if form.show == Show::Page {
        let doc = state
            .db(move |ctx, conn| service::certificate_document_for_code(ctx, conn, &code))
            .await
            .map_err(fail)?;
        let f = Frame::new(&state.ctx.content, form.lang.as_deref());
        return Ok(super::certificate_view::page(&state.ctx.content, f, &doc));
    }
    let pdf = state
        .issue_pdf(move |ctx, conn| service::pdf_job_for_code(ctx, conn, &code))
        .await
        .map_err(fail)?;
    Ok(crate::web::pdf_download::pdf_download(
        security_headers(HttpResponse::Ok()),
        pdf,
    ))
}
