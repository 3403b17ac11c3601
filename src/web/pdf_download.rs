//! A certificate's PDF as a download: one file name, type and caching rule for the API,
//! the learner's pages and the staff pages.

use actix_web::http::header;
use actix_web::{HttpResponse, HttpResponseBuilder};

use crate::service::SealedPdf;

/// `builder` (with the page's own headers, if any) answering with `pdf` as an
/// attachment. It carries personal data: no cache keeps it.
pub fn pdf_download(mut builder: HttpResponseBuilder, pdf: SealedPdf) -> HttpResponse {
    builder
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"Bescheinigung-{}.pdf\"", pdf.code),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(pdf.bytes)
}
