use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, Kind, LearnError, html, redirect, security_headers};
use super::session::Learner;
use super::texts::markdown;
use crate::domain::BirthDate;
use crate::service::{self, DeclarationInput, EnrolmentStatus, Error, GuardianInput};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/declaration.html", config = "src/web/askama.toml")]
struct DeclarationPage<'a> {
    f: Frame<'a>,
    csrf: String,
    minor: bool,
    declaration: String,
    problem: Option<String>,
    guardian_given_name: String,
    guardian_family_name: String,
}

#[derive(Deserialize, Default)]
pub struct DeclarationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    no_known_obstacles: Option<String>,
    #[serde(default)]
    guardian_given_name: String,
    #[serde(default)]
    guardian_family_name: String,
}

fn declaration_page(
    state: &AppState,
    learner: &Learner,
    form: DeclarationForm,
    problem: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, LearnError> {
    let content = &state.ctx.content;
    let lang = &learner.enrolment.language;
    let language = content
        .course
        .language(lang)
        .ok_or_else(|| LearnError::new(Kind::NotFound, content, Some(lang)))?;
    let minor = BirthDate::from_record(learner.enrolment.birth_date)
        .is_minor_on(state.ctx.clock.today_in_germany());
    let text = if minor {
        &language.declaration.guardian_text
    } else {
        &language.declaration.text
    };
    let page = DeclarationPage {
        f: learner.frame(&state.ctx.content),
        csrf: learner.csrf(),
        minor,
        declaration: markdown(text),
        problem,
        guardian_given_name: form.guardian_given_name,
        guardian_family_name: form.guardian_family_name,
    };
    Ok(html(status, &page))
}

/// The declaration in text form of §43 Abs. 1 Nr. 2 IfSG, after a passed quiz.
pub async fn declaration(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    match learner.view(&state).await?.status {
        EnrolmentStatus::Declaration => declaration_page(
            &state,
            &learner,
            DeclarationForm::default(),
            None,
            StatusCode::OK,
        ),
        EnrolmentStatus::Certified => Ok(redirect("/lernen/fertig")),
        EnrolmentStatus::Learning | EnrolmentStatus::Quiz => Ok(redirect("/lernen")),
    }
}

pub async fn declare(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<DeclarationForm>,
) -> Result<HttpResponse, LearnError> {
    let form = form.into_inner();
    learner.check_csrf(&form.csrf)?;
    let t = super::texts::Texts::new(&state.ctx.content, Some(&learner.enrolment.language));
    if form.no_known_obstacles.is_none() {
        let problem = Some(t.get("declaration-required"));
        return declaration_page(
            &state,
            &learner,
            form,
            problem,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let minor = BirthDate::from_record(learner.enrolment.birth_date)
        .is_minor_on(state.ctx.clock.today_in_germany());
    let input = DeclarationInput {
        no_known_obstacles: true,
        guardian: minor.then(|| GuardianInput {
            given_name: form.guardian_given_name.clone(),
            family_name: form.guardian_family_name.clone(),
        }),
    };
    let id = learner.id().to_string();
    match state
        .db_write(move |ctx, conn| service::declare(ctx, conn, &id, &input))
        .await
    {
        Ok(_) => Ok(redirect("/lernen/fertig")),
        Err(Error::Invalid(fields)) => {
            let latin = fields.iter().any(|f| f.detail.contains("Latin letters"));
            let specific = fields
                .iter()
                .find(|f| f.reason.is_some())
                .map(|f| super::enrol::field_message(&t, &f.field, f.reason));
            let problem = Some(specific.unwrap_or_else(|| {
                t.get(if latin {
                    "error-latin"
                } else {
                    "error-given-name"
                })
            }));
            declaration_page(
                &state,
                &learner,
                form,
                problem,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(Error::Conflict { .. }) => Ok(redirect("/lernen")),
        Err(e) => Err(learner.fail(e)),
    }
}

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
    let id = learner.id().to_string();
    let pdf = state
        .issue_pdf(move |ctx, conn| service::pdf_job_for_enrolment(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    Ok(crate::web::pdf_download::pdf_download(
        security_headers(HttpResponse::Ok()),
        pdf,
    ))
}
