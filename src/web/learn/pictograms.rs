//! `/pictograms/{name}.svg`: the course's pictograms, drawn beside the paragraphs of a
//! lesson in Leichte Sprache. They come from the content (checked at load); as images
//! they run nothing, and opened on their own they may run nothing either.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::web::AppState;

pub async fn pictogram(state: web::Data<AppState>, name: web::Path<String>) -> HttpResponse {
    let name = name.into_inner();
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !plain {
        return HttpResponse::NotFound().finish();
    }
    let file = state
        .ctx
        .content
        .root
        .join("pictograms")
        .join(format!("{name}.svg"));
    match web::block(move || std::fs::read(file)).await {
        Ok(Ok(svg)) => HttpResponse::Ok()
            .content_type("image/svg+xml")
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .insert_header((
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'",
            ))
            .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .body(svg),
        // A bare 404: the error handler answers it as a page or a problem.
        _ => HttpResponse::NotFound().finish(),
    }
}
