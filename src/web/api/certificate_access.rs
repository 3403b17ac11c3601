//! The certificate's PDF without the learner's token (which ends a while after the
//! issue): the code and the birth date ask for a one-time code, mailed to the address
//! on record; the code fetches the PDF once. See docs/api.md.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::domain::{BirthDate, ClientAddr};
use crate::service::{self, Error, FieldError};
use crate::web::AppState;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/certificate-access")
            .wrap(actix_web::middleware::from_fn(
                crate::web::rate_limit::limit_lookups,
            ))
            .post(request),
    )
    .service(
        web::resource("/certificate-access/{request}/pdf")
            .wrap(actix_web::middleware::from_fn(
                crate::web::rate_limit::limit_lookups,
            ))
            .post(download),
    );
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccessRequest {
    code: String,
    birth_date: String,
}

#[derive(Serialize)]
struct Requested {
    /// Send the mailed code to `/api/v1/certificate-access/{request}/pdf`.
    request: String,
    expires_at: chrono::DateTime<chrono::Utc>,
}

/// Always 202 with a request id for well-formed input: whether a mail went out is not
/// told, so the answer reveals nothing beyond the public lookup.
async fn request(
    state: web::Data<AppState>,
    client: ClientAddr,
    body: web::Json<AccessRequest>,
) -> Result<HttpResponse, Error> {
    let body = body.into_inner();
    let code = match super::certificate_code(&body.code) {
        Ok(code) => code,
        Err(problem) => return Ok(problem.response()),
    };
    let birth_date = BirthDate::parse(&body.birth_date, state.ctx.clock.today_in_germany())
        .map_err(|e| Error::Invalid(vec![FieldError::from(("birth_date", e))]))?;
    let requested = state
        .db_write(move |ctx, conn| {
            service::request_pdf_code(ctx, conn, &code, birth_date.date(), client)
        })
        .await?;
    Ok(HttpResponse::Accepted()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(Requested {
            request: requested.id,
            expires_at: requested.expires_at,
        }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OneTimeCode {
    one_time_code: String,
}

async fn download(
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<OneTimeCode>,
) -> Result<HttpResponse, Error> {
    let (request, entered) = (path.into_inner(), body.into_inner().one_time_code);
    let code = state
        .db_write(move |ctx, conn| service::check_pdf_code(ctx, conn, &request, &entered))
        .await?;
    let pdf = state
        .issue_pdf(move |ctx, conn| service::pdf_job_for_code(ctx, conn, &code))
        .await?;
    Ok(crate::web::pdf_download::pdf_download(
        HttpResponse::Ok(),
        pdf,
    ))
}
