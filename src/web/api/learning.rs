//! The learner's steps after enrolling: watching, the quiz, the declaration.

use std::collections::BTreeMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::auth::bearer_token;
use crate::service::{self, DeclarationInput, Error, ProgressInput};
use crate::web::AppState;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/enrolments/{id}/progress").post(progress))
        .service(web::resource("/enrolments/{id}/quiz").post(start_quiz))
        .service(web::resource("/enrolments/{id}/quiz/{attempt}").post(answer_quiz))
        .service(web::resource("/enrolments/{id}/declaration").post(declare));
}

async fn progress(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<ProgressInput>,
) -> Result<HttpResponse, Error> {
    let (id, token, input) = (
        super::enrolment_id(&path)?,
        bearer_token(&req),
        body.into_inner(),
    );
    if let Some(token) = token.as_deref() {
        service::refuse_known_flood(&state.ctx, &id, &crate::secret::hash_token(token))?;
    }
    // Refusals are decided on a read; only a report that may count waits to write.
    let checked = input.clone();
    let checked_id = id;
    state
        .db(move |ctx, conn| {
            service::authenticate(ctx, conn, &checked_id, token.as_deref())?;
            service::check_progress(ctx, conn, &checked_id, &checked)
        })
        .await?;
    state
        .db_write(move |ctx, conn| service::report_progress(ctx, conn, &id, &input))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn start_quiz(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let (id, token) = (super::enrolment_id(&path)?, bearer_token(&req));
    let attempt = state
        .db_write(move |ctx, conn| {
            service::authenticate(ctx, conn, &id, token.as_deref())?;
            service::start_attempt(ctx, conn, &id)
        })
        .await?;
    let mut response = if attempt.created {
        HttpResponse::Created()
    } else {
        HttpResponse::Ok()
    };
    Ok(response
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(attempt))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Answers {
    answers: BTreeMap<String, Vec<String>>,
}

async fn answer_quiz(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    body: web::Json<Answers>,
) -> Result<HttpResponse, Error> {
    let (raw_id, attempt) = path.into_inner();
    let (id, token, answers) = (
        super::enrolment_id(&raw_id)?,
        bearer_token(&req),
        body.into_inner().answers,
    );
    let graded = state
        .db_write(move |ctx, conn| {
            service::authenticate(ctx, conn, &id, token.as_deref())?;
            service::grade_attempt(ctx, conn, &id, attempt, &answers)
        })
        .await?;
    Ok(HttpResponse::Ok().json(Graded {
        message: crate::web::problem_detail::graded_message(&graded),
        graded: &graded,
    }))
}

/// A graded attempt with what to do next, in words.
#[derive(Serialize)]
struct Graded<'a> {
    #[serde(flatten)]
    graded: &'a service::AttemptGraded,
    message: String,
}

#[derive(Serialize)]
struct Certificate {
    code: String,
    pdf_url: String,
    verify_url: String,
}

#[derive(Serialize)]
struct AwaitingFee {
    fee: service::fee::FeeView,
}

#[derive(Serialize)]
struct AwaitingCheck {
    identity_check: CheckRef,
}

#[derive(Serialize)]
struct CheckRef {
    case_number: String,
    status: &'static str,
}

async fn declare(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<DeclarationInput>,
) -> Result<HttpResponse, Error> {
    let (id, token, input) = (
        super::enrolment_id(&path)?,
        bearer_token(&req),
        body.into_inner(),
    );
    let pdf_url = state.url(&format!("/api/v1/enrolments/{id}/certificate.pdf"));
    let declared = state
        .db_write(move |ctx, conn| {
            service::authenticate(ctx, conn, &id, token.as_deref())?;
            service::declare(ctx, conn, &id, &input)
        })
        .await?;
    let issued = match declared {
        service::Declared::Issued(issued) => issued,
        // The office checks an identity document before it issues the certificate.
        // The office's fee is due before the certificate: `GET …/fee` says how to pay.
        service::Declared::AwaitingFee => {
            let view = state
                .db(move |ctx, conn| service::fee::fee_view_of(ctx, conn, &id))
                .await?;
            return Ok(HttpResponse::Accepted().json(AwaitingFee { fee: view }));
        }
        service::Declared::AwaitingIdentityCheck(pending) => {
            let mut response = if pending.created {
                HttpResponse::Accepted()
            } else {
                HttpResponse::Ok()
            };
            return Ok(response.json(AwaitingCheck {
                identity_check: CheckRef {
                    case_number: pending.case_number,
                    status: if pending.rejected { "rejected" } else { "open" },
                },
            }));
        }
    };
    let verify_url = state.url(&format!("/api/v1/certificates/{}", issued.code));
    let mut response = if issued.created {
        HttpResponse::Created()
    } else {
        HttpResponse::Ok()
    };
    Ok(response.json(Certificate {
        code: issued.code,
        pdf_url,
        verify_url,
    }))
}
