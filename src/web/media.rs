//! Lesson videos and captions, with HTTP range requests (seeking in the player).

use actix_files::NamedFile;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::problem::Problem;
use crate::course::Captions;

/// Answers up to this size are read on the worker thread itself, in 64 KiB chunks,
/// instead of one trip to the blocking pool per chunk. Lesson videos are a few MB and
/// sit in the page cache while learners watch them: such a read takes microseconds,
/// while the trips cost far more than they save.
const READ_ON_WORKER_BELOW: u64 = 4 * 1024 * 1024;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/media/{course}/{language}/{file}").get(media));
}

/// The public path of a lesson's video or captions.
pub fn media_path(course: &str, language: &str, lesson: &str, extension: &str) -> String {
    format!("/media/{course}/{language}/{lesson}.{extension}")
}

/// What a media path names.
enum Served {
    File(std::path::PathBuf, &'static str),
    Text(std::sync::Arc<str>),
}

/// Serves only files that a lesson names, so no path from outside ever reaches the disk.
async fn media(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> HttpResponse {
    let (course, language, file) = path.into_inner();
    let content = &state.ctx.content;
    let found = (course == content.course.id)
        .then(|| content.course.language(&language))
        .flatten()
        .and_then(|l| {
            let (lesson, extension) = file.rsplit_once('.')?;
            if let Some(lesson) = lesson.strip_suffix(".dgs") {
                let video = l.lesson(lesson)?.sign_language_video.clone()?;
                return (extension == "mp4").then_some(Served::File(video, "video/mp4"));
            }
            let lesson = l.lesson(lesson)?;
            match (extension, &lesson.captions) {
                ("mp4", _) => Some(Served::File(lesson.video.clone(), "video/mp4")),
                ("vtt", Captions::File(path)) => {
                    Some(Served::File(path.clone(), "text/vtt; charset=utf-8"))
                }
                ("vtt", Captions::Text(text)) => Some(Served::Text(text.clone())),
                _ => None,
            }
        });
    let not_found = || {
        Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "no such video or caption file",
        )
        .response()
    };
    let (path, mime) = match found {
        Some(Served::File(path, mime)) => (path, mime),
        Some(Served::Text(text)) => {
            return HttpResponse::Ok()
                .content_type("text/vtt; charset=utf-8")
                .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
                .body(text.to_string());
        }
        None => return not_found(),
    };
    match NamedFile::open_async(&path).await {
        Ok(file) => match mime.parse() {
            Ok(mime) => file
                .set_content_type(mime)
                .use_last_modified(true)
                .read_mode_threshold(READ_ON_WORKER_BELOW)
                .into_response(&req),
            Err(_) => file.into_response(&req),
        },
        Err(e) => {
            tracing::error!(error = %e, "a lesson's media file went missing after start");
            not_found()
        }
    }
}
