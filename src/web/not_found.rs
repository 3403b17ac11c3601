//! The answer where there is nothing: a browser (it asks for `text/html`) gets a page
//! in its language with a way back; every other client gets a problem.

use actix_web::body::EitherBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::learn::not_found_page;
use super::problem::Problem;
use crate::course::Content;

/// The answer for any path that is not a route.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    answer(&req, StatusCode::NOT_FOUND)
}

/// Turns the framework's bare error answers (405, or a 404 without a route) into a
/// page or a problem.
pub fn bare_error<B>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    // An answer with a body of its own (a problem, or a page saying "unknown code")
    // stays as it is; only the framework's bare answers are replaced.
    if res.response().headers().contains_key(header::CONTENT_TYPE) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let (req, _) = res.into_parts();
    let response = answer(&req, status);
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, response).map_body(|_, body| EitherBody::right(body)),
    ))
}

fn answer(req: &HttpRequest, status: StatusCode) -> HttpResponse {
    let mut response = chosen(req, status);
    // The answer depends on these headers: a shared cache must not hand a page to an
    // API client or the German page to an Arabic browser.
    let headers = response.headers_mut();
    headers.insert(
        header::VARY,
        header::HeaderValue::from_static("Accept, Accept-Language"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

fn chosen(req: &HttpRequest, status: StatusCode) -> HttpResponse {
    if status == StatusCode::NOT_FOUND
        && wants_a_page(req)
        && let Some(state) = req.app_data::<web::Data<AppState>>()
    {
        let content = &state.ctx.content;
        return not_found_page(content, language(req, content).as_deref());
    }
    let kind = if status == StatusCode::METHOD_NOT_ALLOWED {
        "method-not-allowed"
    } else {
        "not-found"
    };
    Problem::new(
        status,
        kind,
        format!("no route for {} on this path", req.method()),
    )
    .response()
}

/// A browser asks for HTML; an API client for JSON or anything.
fn wants_a_page(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// The page's language: `?lang=`, else the browser's first language the course has.
fn language(req: &HttpRequest, content: &Content) -> Option<String> {
    let course = &content.course;
    let asked = form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(name, _)| name == "lang")
        .map(|(_, value)| value.into_owned())
        .filter(|lang| course.language(lang).is_some());
    asked.or_else(|| {
        let accepted = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())?;
        accepted
            .split(',')
            .filter_map(|part| part.split(';').next())
            .map(|tag| tag.trim().to_ascii_lowercase())
            .flat_map(|tag| {
                let primary = tag.split('-').next().unwrap_or_default().to_string();
                [tag, primary]
            })
            .find(|tag| course.language(tag).is_some())
    })
}
