use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::auth::bearer_token;
use crate::domain::ClientAddr;
use crate::service::{self, EnrolmentInput, Error};
use crate::web::AppState;
use crate::web::rate_limit::too_many;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/enrolments").post(create))
        .service(web::resource("/enrolments/{id}").get(show))
        .service(web::resource("/enrolments/{id}/certificate.pdf").get(certificate_pdf));
}

#[derive(Serialize)]
struct Created {
    id: String,
    /// Send as `Authorization: Bearer TOKEN` on every later call; shown only once.
    token: String,
}

async fn create(
    state: web::Data<AppState>,
    client: ClientAddr,
    body: web::Json<EnrolmentInput>,
) -> Result<HttpResponse, Error> {
    if let Err(wait) = state.enrolment_limiter.check(client) {
        return Ok(too_many(wait, "Anmeldungen", "enrolments"));
    }
    let input = body.into_inner();
    let created = state
        .db_write(move |ctx, conn| service::enrol(ctx, conn, &input))
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/api/v1/enrolments/{}", created.id),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(Created {
            id: created.id,
            token: created.token,
        }))
}

async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = super::enrolment_id(&path)?;
    let token = bearer_token(&req);
    let view = state
        .db(move |ctx, conn| {
            let enrolment = service::authenticate(ctx, conn, &id, token.as_deref())?;
            service::enrolment_view(ctx, conn, &enrolment)
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(view))
}

/// The signed PDF, rendered and sealed anew from the record on every download.
async fn certificate_pdf(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, Error> {
    let id = super::enrolment_id(&path)?;
    let token = bearer_token(&req);
    let pdf = state
        .issue_pdf(move |ctx, conn| {
            service::authenticate(ctx, conn, &id, token.as_deref())?;
            service::pdf_job_for_enrolment(ctx, conn, &id)
        })
        .await?;
    Ok(crate::web::pdf_download::pdf_download(
        HttpResponse::Ok(),
        pdf,
    ))
}
