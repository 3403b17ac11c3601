use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, LearnError, html, redirect};
use super::session::Learner;
use crate::service::{self, AttemptStarted, EnrolmentStatus, Error};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/quiz_intro.html", config = "src/web/askama.toml")]
struct IntroPage<'a> {
    f: Frame<'a>,
    locked: bool,
    intro: String,
    csrf: String,
}

fn intro_text(state: &AppState, f: &Frame<'_>) -> String {
    let rules = state.ctx.content.course.quiz;
    f.t.nums(
        "quiz-intro",
        &[
            ("count", rules.questions_per_attempt as f64),
            ("percent", (rules.pass_ratio * 100.0).round()),
        ],
    )
}

fn intro_page(state: &AppState, learner: &Learner, locked: bool) -> HttpResponse {
    let f = learner.frame(&state.ctx.content);
    let page = IntroPage {
        locked,
        intro: intro_text(state, &f),
        csrf: learner.csrf(),
        f,
    };
    html(
        if locked {
            StatusCode::CONFLICT
        } else {
            StatusCode::OK
        },
        &page,
    )
}

/// What the quiz is; opens once every video is watched.
pub async fn intro(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    let view = learner.view(&state).await?;
    Ok(match view.status {
        EnrolmentStatus::Certified | EnrolmentStatus::IdentityCheck => redirect("/lernen/fertig"),
        EnrolmentStatus::Declaration => redirect("/lernen/erklaerung"),
        EnrolmentStatus::Fee => redirect("/lernen/gebuehr"),
        EnrolmentStatus::Learning => intro_page(&state, &learner, true),
        EnrolmentStatus::Quiz => intro_page(&state, &learner, false),
    })
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// Draws the questions (or opens the attempt already open: asking again does not draw
/// new ones).
pub async fn start(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let id = *learner.id();
    let started: AttemptStarted = match state
        .db_write(move |ctx, conn| service::start_attempt(ctx, conn, &id))
        .await
    {
        Ok(started) => started,
        Err(Error::Conflict(_)) => return Ok(redirect("/lernen/fragen")),
        Err(e) => {
            return Err(learner.fail(e));
        }
    };
    // One question per page, the first one now; an attempt already open starts where
    // its answers are kept.
    Ok(redirect(&format!("/lernen/fragen/{}/1", started.attempt)))
}

struct ResultRow {
    text: String,
    correct: bool,
    /// What the learner chose and what is right, as option texts.
    chosen: Vec<String>,
    right: Vec<String>,
    explanation: String,
}

#[derive(Template)]
#[template(path = "learn/quiz_result.html", config = "src/web/askama.toml")]
struct ResultPage<'a> {
    f: Frame<'a>,
    passed: bool,
    must_rewatch: bool,
    outcome: String,
    attempts_left: String,
    csrf: String,
    results: Vec<ResultRow>,
}

/// Grades the attempt: with the answers kept question by question, or with repeated
/// `QUESTION=OPTION` form fields.
pub async fn grade(
    state: web::Data<AppState>,
    learner: Learner,
    attempt: web::Path<i64>,
    body: web::Bytes,
) -> Result<HttpResponse, LearnError> {
    let mut csrf = String::new();
    let mut answers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, value) in form_urlencoded::parse(&body) {
        if name == "csrf" {
            csrf = value.into_owned();
        } else {
            answers
                .entry(name.into_owned())
                .or_default()
                .push(value.into_owned());
        }
    }
    learner.check_csrf(&csrf)?;
    let id = *learner.id();
    let number = attempt.into_inner();
    // The review page hands in the answers kept question by question; a form that
    // carries all answers at once is graded with those.
    let graded = match state
        .db_write(move |ctx, conn| {
            if answers.is_empty() {
                service::grade_saved(ctx, conn, &id, number)
            } else {
                service::grade_attempt(ctx, conn, &id, number, &answers)
            }
        })
        .await
    {
        Ok(graded) => graded,
        // Already graded (a second click, the back button): the quiz page knows what next.
        Err(Error::Conflict(_) | Error::NotFound(_)) => return Ok(redirect("/lernen/fragen")),
        Err(e) => {
            return Err(learner.fail(e));
        }
    };
    let f = learner.frame(&state.ctx.content);
    let values = [
        ("score", graded.correct as f64),
        ("count", graded.total as f64),
    ];
    let page = ResultPage {
        passed: graded.passed,
        must_rewatch: graded.must_rewatch,
        outcome: f.t.nums(
            if graded.passed {
                "quiz-passed"
            } else {
                "quiz-failed"
            },
            &values,
        ),
        attempts_left: f.t.num("quiz-attempts-left", "left", graded.attempts_left),
        csrf: learner.csrf(),
        results: graded
            .results
            .into_iter()
            .map(|r| ResultRow {
                text: r.text,
                correct: r.correct,
                chosen: r.chosen,
                right: r.right,
                explanation: r.explanation,
            })
            .collect(),
        f,
    };
    Ok(html(StatusCode::OK, &page))
}
