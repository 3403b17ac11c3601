//! `/logo/{office}.png`: an office's logo, shown beside its name on the verify page.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use super::AppState;

/// An office's logo, as the verify page shows it beside the office's name.
pub async fn logo(state: web::Data<AppState>, tenant: web::Path<String>) -> HttpResponse {
    let content = &state.ctx.content;
    let file = content
        .tenant(&tenant)
        .and_then(|t| t.logo.as_ref())
        .map(|logo| content.root.join("tenants").join(logo));
    let Some(file) = file else {
        return HttpResponse::NotFound().finish();
    };
    // Read off the worker thread; the file was checked to be a PNG when the content
    // loaded.
    match web::block(move || std::fs::read(file)).await {
        Ok(Ok(png)) => HttpResponse::Ok()
            .content_type("image/png")
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(png),
        // A bare 404: the error handler answers it as a page or a problem.
        _ => HttpResponse::NotFound().finish(),
    }
}
