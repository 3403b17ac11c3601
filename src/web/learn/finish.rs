use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::page::{Frame, LearnError, html, redirect, security_headers};
use super::session::Learner;
use crate::service;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/done.html", config = "src/web/askama.toml")]
struct DonePage<'a> {
    f: Frame<'a>,
    code: String,
    mailed: Option<String>,
    verify_url: String,
}

/// The certificate: its code, the download, and what to do with it.
pub async fn done(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    let view = learner.view(&state).await?;
    let Some(certificate) = view.certificate else {
        return Ok(redirect("/lernen"));
    };
    let content = &state.ctx.content;
    let f = learner.frame(&state.ctx.content);
    let mails = content
        .tenant(&learner.enrolment.tenant)
        .is_some_and(|t| t.email_certificates);
    let page = DonePage {
        mailed: learner
            .enrolment
            .email
            .as_deref()
            .filter(|_| mails)
            .map(|email| f.t.str("done-mailed", "email", email)),
        verify_url: state.url(&format!("/v/{}", certificate.code)),
        code: certificate.code,
        f,
    };
    Ok(html(StatusCode::OK, &page))
}

/// The signed PDF, as a download.
pub async fn pdf(state: web::Data<AppState>, learner: Learner) -> Result<HttpResponse, LearnError> {
    let id = *learner.id();
    let pdf = state
        .issue_pdf(move |ctx, conn| service::pdf_job_for_enrolment(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    Ok(crate::web::pdf_download::pdf_download(
        security_headers(HttpResponse::Ok()),
        pdf,
    ))
}
