use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::{Deserialize, Serialize};

use super::page::{Frame, Kind, LearnError, html, redirect};
use super::session::Learner;
use super::texts::markdown;
use crate::service::{self, EnrolmentStatus, Error, ProgressInput};
use crate::web::AppState;
use crate::web::media::media_path;

pub struct ChapterRow {
    id: String,
    title: String,
    done: bool,
}

#[derive(Template)]
#[template(path = "learn/overview.html", config = "src/web/askama.toml")]
struct OverviewPage<'a> {
    f: Frame<'a>,
    progress: String,
    chapters: Vec<ChapterRow>,
    all_watched: bool,
    next_chapter: Option<String>,
    next_title: String,
    csrf: String,
    /// A one-time link just made on request; none is made without asking.
    resume_url: Option<String>,
    resume_once: String,
    /// The enrolment has an address to send a link to.
    has_email: bool,
    /// What became of a link asked for by mail.
    mailed: Option<String>,
}

/// Where the learner stands: the chapters watched, the next step, and a button for a
/// one-time link to go on later on another device.
pub async fn overview(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    overview_page(&state, &learner, None, None).await
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// A new one-time link to go on elsewhere, shown on the overview.
pub async fn new_resume_link(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let id = *learner.id();
    let link = state
        .db_write(move |ctx, conn| service::create_resume_link(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    overview_page(&state, &learner, Some(state.url(&link.path())), None).await
}

/// A new one-time link sent to the learner's own address on record.
pub async fn mail_resume_link(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let id = *learner.id();
    let mailed = state
        .db_write(move |ctx, conn| service::mail_own_resume_link(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    let f = learner.frame(&state.ctx.content);
    let said = match mailed {
        service::LinkMail::Queued => f.t.get("resume-link-mailed"),
        service::LinkMail::NoAddress | service::LinkMail::Unknown => {
            f.t.get("resume-link-no-address")
        }
    };
    overview_page(&state, &learner, None, Some(said)).await
}

async fn overview_page(
    state: &AppState,
    learner: &Learner,
    resume_url: Option<String>,
    mailed: Option<String>,
) -> Result<HttpResponse, LearnError> {
    let view = learner.view(state).await?;
    match view.status {
        EnrolmentStatus::Certified | EnrolmentStatus::IdentityCheck => {
            return Ok(redirect("/lernen/fertig"));
        }
        EnrolmentStatus::Declaration => return Ok(redirect("/lernen/erklaerung")),
        EnrolmentStatus::Fee => return Ok(redirect("/lernen/gebuehr")),
        EnrolmentStatus::Learning | EnrolmentStatus::Quiz => {}
    }
    let content = &state.ctx.content;
    let lang = &learner.enrolment.language;
    let f = learner.frame(&state.ctx.content);
    let language = content
        .course
        .language(lang)
        .ok_or_else(|| LearnError::new(Kind::NotFound, content, Some(lang)))?;
    let chapters: Vec<ChapterRow> = view
        .lessons
        .iter()
        .filter_map(|p| {
            language.lesson(&p.id).map(|l| ChapterRow {
                id: l.id.clone(),
                title: l.title.clone(),
                done: p.completed,
            })
        })
        .collect();
    let done = chapters.iter().filter(|c| c.done).count() as f64;
    let next = chapters.iter().find(|c| !c.done);
    let page = OverviewPage {
        progress: f.t.nums(
            "course-progress",
            &[("done", done), ("total", chapters.len() as f64)],
        ),
        all_watched: view.status == EnrolmentStatus::Quiz,
        next_chapter: next.map(|c| c.id.clone()),
        next_title: next.map(|c| c.title.clone()).unwrap_or_default(),
        csrf: learner.csrf(),
        resume_once: f.t.num(
            "resume-link-once",
            "days",
            state.ctx.access.resume_link.num_days() as f64,
        ),
        resume_url,
        has_email: learner.enrolment.email.is_some(),
        mailed,
        chapters,
        f,
    };
    Ok(html(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "learn/chapter.html", config = "src/web/askama.toml")]
struct ChapterPage<'a> {
    f: Frame<'a>,
    chapter_of: String,
    title: String,
    lesson: String,
    video_url: String,
    captions_url: String,
    captions_lang: String,
    captions_label: String,
    csrf: String,
    status: String,
    status_watching: String,
    next: Option<String>,
    /// The lesson's text as HTML, paragraph by paragraph with its picture where the
    /// lesson has pictures (Leichte Sprache), else in one piece.
    paragraphs: Vec<(Option<String>, String)>,
    /// In which language the film speaks, where it is not the page's.
    narration: Option<String>,
    /// The chapter in German Sign Language, beside the film.
    sign_language_url: Option<String>,
}

/// One chapter: the video with captions, its watch status, and its text.
pub async fn chapter(
    state: web::Data<AppState>,
    learner: Learner,
    lesson: web::Path<String>,
) -> Result<HttpResponse, LearnError> {
    let view = learner.view(&state).await?;
    if view.status == EnrolmentStatus::Fee {
        return Ok(redirect("/lernen/gebuehr"));
    }
    let content = &state.ctx.content;
    let lang = &learner.enrolment.language;
    let not_found = || LearnError::new(Kind::NotFound, content, Some(lang));
    let language = content.course.language(lang).ok_or_else(not_found)?;
    let position = language
        .lessons
        .iter()
        .position(|l| l.id == *lesson)
        .ok_or_else(not_found)?;
    let current = &language.lessons[position];
    let progress = view.lessons.iter().find(|p| p.id == current.id);
    let f = learner.frame(&state.ctx.content);
    let percent = progress.map_or(0.0, |p| (p.watched_ratio * 100.0).floor());
    let captions_lang = current
        .captions_language
        .clone()
        .unwrap_or_else(|| lang.clone());
    let captions_label = content
        .course
        .language(&captions_lang)
        .map_or_else(|| captions_lang.clone(), |l| l.name.clone());
    // The film's voice when it is not the page's language: a language without a voice of
    // its own borrows the source language's narration, and a translation whose films are
    // not built yet shows the source language's film.
    let narrated_in = current.narration.clone().or_else(|| {
        current
            .captions_language
            .as_ref()
            .map(|_| content.course.source_language.clone())
    });
    let narration = narrated_in.filter(|n| n != lang).map(|n| {
        let name = |code: &str| {
            content
                .course
                .language(code)
                .map_or_else(|| code.to_string(), |l| l.name.clone())
        };
        f.t.pages_text(
            "video-narrated-in",
            &[
                ("narration", name(&n).into()),
                ("captions", captions_label.clone().into()),
            ],
        )
    });
    let course = &content.course.id;
    let page = ChapterPage {
        chapter_of: f.t.nums(
            "chapter-of",
            &[
                ("number", (position + 1) as f64),
                ("total", language.lessons.len() as f64),
            ],
        ),
        title: current.title.clone(),
        lesson: current.id.clone(),
        video_url: media_path(course, lang, &current.id, "mp4"),
        captions_url: media_path(course, lang, &current.id, "vtt"),
        captions_lang,
        captions_label,
        csrf: learner.csrf(),
        status: if progress.is_some_and(|p| p.completed) {
            f.t.get("video-status-done")
        } else {
            f.t.num("video-status", "percent", percent)
        },
        // The script fills in the number: Fluent formats it here with a placeholder.
        status_watching: f.t.str("video-status", "percent", "{percent}"),
        next: language.lessons.get(position + 1).map(|l| l.id.clone()),
        paragraphs: if current.pictures.is_empty() {
            vec![(None, markdown(&current.text))]
        } else {
            crate::course::paragraphs(&current.text)
                .into_iter()
                .zip(&current.pictures)
                .map(|(text, picture)| (Some(format!("/pictograms/{picture}.svg")), markdown(text)))
                .collect()
        },
        narration,
        sign_language_url: current
            .sign_language_video
            .as_ref()
            .map(|_| media_path(course, lang, &format!("{}.dgs", current.id), "mp4")),
        f,
    };
    Ok(html(StatusCode::OK, &page))
}

#[derive(Deserialize)]
pub struct ProgressReport {
    lesson: String,
    from_s: f64,
    to_s: f64,
}

#[derive(Serialize)]
struct ProgressAnswer {
    watched_ratio: f64,
    completed: bool,
    all_completed: bool,
}

/// The page's script reports played spans here (the cookie identifies the learner,
/// a header carries the CSRF token); the same rules as the API's progress call.
pub async fn progress(
    state: web::Data<AppState>,
    req: HttpRequest,
    learner: Learner,
    report: web::Json<ProgressReport>,
) -> Result<HttpResponse, Error> {
    let sent = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if learner.check_csrf(sent).is_err() {
        return Err(Error::Forbidden);
    }
    service::refuse_known_flood(&state.ctx, learner.id(), &learner.enrolment.token_hash)?;
    let report = report.into_inner();
    let row = learner.enrolment.clone();
    let lesson = report.lesson.clone();
    let input = ProgressInput {
        lesson: report.lesson,
        from_s: report.from_s,
        to_s: report.to_s,
    };
    // Refusals are decided on a read; only a report that may count waits to write.
    let (checked, id) = (input.clone(), *learner.id());
    state
        .db(move |ctx, conn| service::check_progress(ctx, conn, &id, &checked))
        .await?;
    let view = state
        .db_write(move |ctx, conn| {
            service::report_progress(ctx, conn, &id, &input)?;
            service::enrolment_view(ctx, conn, &row)
        })
        .await?;
    let current = view.lessons.iter().find(|l| l.id == lesson);
    Ok(
        super::page::security_headers(HttpResponse::Ok()).json(ProgressAnswer {
            watched_ratio: current.map_or(0.0, |l| l.watched_ratio),
            completed: current.is_some_and(|l| l.completed),
            all_completed: view.lessons.iter().all(|l| l.completed),
        }),
    )
}
