use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::course::{Direction, QuizRules, ReviewStatus};
use crate::web::AppState;
use crate::web::media::media_path;
use crate::web::problem::Problem;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/courses/{course}").get(course));
}

#[derive(Deserialize)]
struct LanguageQuery {
    lang: Option<String>,
}

#[derive(Serialize)]
struct CourseJson<'a> {
    id: &'a str,
    version: &'a str,
    language: &'a str,
    languages: Vec<&'a str>,
    title: &'a str,
    direction: Direction,
    review: ReviewStatus,
    lessons: Vec<LessonJson<'a>>,
    quiz: QuizJson,
    declaration: DeclarationJson<'a>,
}

#[derive(Serialize)]
struct LessonJson<'a> {
    id: &'a str,
    title: &'a str,
    /// Markdown.
    text: &'a str,
    video: VideoJson<'a>,
}

#[derive(Serialize)]
struct VideoJson<'a> {
    url: String,
    /// The language spoken in the video; differs from the course language when there is
    /// no voice for it (captions are then in the course language).
    narration_language: &'a str,
    /// The language of the captions; the source language's while a translation's own
    /// videos are not built yet.
    captions_language: &'a str,
    duration_s: f64,
    captions_url: String,
}

#[derive(Serialize)]
struct QuizJson {
    #[serde(flatten)]
    rules: QuizRules,
    pool_size: usize,
}

#[derive(Serialize)]
struct DeclarationJson<'a> {
    version: &'a str,
    text: &'a str,
    guardian_text: &'a str,
}

/// The course in one language (`?lang=`, German by default).
async fn course(
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<LanguageQuery>,
) -> HttpResponse {
    let course = &state.ctx.content.course;
    if path.as_str() != course.id {
        return Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            format!("the only course is {:?}", course.id),
        )
        .response();
    }
    let code = query.lang.as_deref().unwrap_or(&course.source_language);
    let Some(language) = course.language(code) else {
        return Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "the course does not exist in this language",
        )
        .response();
    };
    let lessons = language
        .lessons
        .iter()
        .map(|l| LessonJson {
            id: &l.id,
            title: &l.title,
            text: &l.text,
            video: VideoJson {
                url: state.url(&media_path(&course.id, code, &l.id, "mp4")),
                narration_language: l.narration.as_deref().unwrap_or(&language.code),
                captions_language: l.captions_language.as_deref().unwrap_or(&language.code),
                duration_s: l.duration_ms as f64 / 1000.0,
                captions_url: state.url(&media_path(&course.id, code, &l.id, "vtt")),
            },
        })
        .collect();
    HttpResponse::Ok().json(CourseJson {
        id: &course.id,
        version: &course.version,
        language: &language.code,
        languages: course.language_codes().collect(),
        title: &language.course_title,
        direction: language.direction,
        review: language.review,
        lessons,
        quiz: QuizJson {
            rules: course.quiz,
            pool_size: language.questions.len(),
        },
        declaration: DeclarationJson {
            version: &language.declaration.version,
            text: &language.declaration.text,
            guardian_text: &language.declaration.guardian_text,
        },
    })
}
