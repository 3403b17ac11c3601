//! The quiz one question per page: each answer is kept as it is given, so that "back"
//! (the link or the browser's button) shows it again; a last page lists every answer
//! before they are handed in.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::page::{Frame, Kind, LearnError, html, redirect};
use super::session::Learner;
use crate::service::{self, OpenAttempt, ShownQuestion};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/quiz_question.html", config = "src/web/askama.toml")]
struct QuestionPage<'a> {
    f: Frame<'a>,
    csrf: String,
    attempt: i64,
    /// 1-based.
    number: usize,
    count: usize,
    position: String,
    question: ShownQuestion,
    chosen: Vec<String>,
}

impl QuestionPage<'_> {
    fn is_chosen(&self, option: &str) -> bool {
        self.chosen.iter().any(|c| c == option)
    }
}

struct ReviewRow {
    number: usize,
    text: String,
    chosen: Vec<String>,
}

#[derive(Template)]
#[template(path = "learn/quiz_review.html", config = "src/web/askama.toml")]
struct ReviewPage<'a> {
    f: Frame<'a>,
    csrf: String,
    attempt: i64,
    rows: Vec<ReviewRow>,
}

/// The open attempt `attempt`, or where to go instead (it was graded, or another one is
/// open).
async fn open(
    state: &AppState,
    learner: &Learner,
    attempt: i64,
) -> Result<Result<OpenAttempt, HttpResponse>, LearnError> {
    let id = *learner.id();
    let open = state
        .db(move |ctx, conn| service::open_attempt(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    Ok(match open {
        Some(open) if open.attempt == attempt => Ok(open),
        _ => Err(redirect("/lernen/fragen")),
    })
}

/// `/lernen/fragen/{attempt}/{number}`: one question, with the answer kept so far.
pub async fn question(
    state: web::Data<AppState>,
    learner: Learner,
    path: web::Path<(i64, usize)>,
) -> Result<HttpResponse, LearnError> {
    let (attempt, number) = path.into_inner();
    let open = match open(&state, &learner, attempt).await? {
        Ok(open) => open,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let content = &state.ctx.content;
    let count = open.questions.len();
    let Some(question) = number
        .checked_sub(1)
        .and_then(|i| open.questions.get(i))
        .cloned()
    else {
        return Err(LearnError::new(
            Kind::NotFound,
            content,
            Some(&learner.enrolment.language),
        ));
    };
    let f = learner.frame(content);
    let page = QuestionPage {
        position: f.t.nums(
            "quiz-question",
            &[("number", number as f64), ("count", count as f64)],
        ),
        chosen: open.answers.get(&question.id).cloned().unwrap_or_default(),
        csrf: learner.csrf(),
        attempt,
        number,
        count,
        question,
        f,
    };
    Ok(html(StatusCode::OK, &page))
}

/// Keeps the answer to one question and opens the next (after the last: the review).
pub async fn answer(
    state: web::Data<AppState>,
    learner: Learner,
    path: web::Path<(i64, usize)>,
    body: web::Bytes,
) -> Result<HttpResponse, LearnError> {
    let (attempt, number) = path.into_inner();
    let mut csrf = String::new();
    let mut question = String::new();
    let mut options = Vec::new();
    for (name, value) in form_urlencoded::parse(&body) {
        match name.as_ref() {
            "csrf" => csrf = value.into_owned(),
            "question" => question = value.into_owned(),
            "answer" => options.push(value.into_owned()),
            _ => {}
        }
    }
    learner.check_csrf(&csrf)?;
    let open = match open(&state, &learner, attempt).await? {
        Ok(open) => open,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let id = *learner.id();
    state
        .db_write(move |_, conn| service::save_answer(conn, &id, attempt, &question, options))
        .await
        .map_err(|e| learner.fail(e))?;
    Ok(if number < open.questions.len() {
        redirect(&format!("/lernen/fragen/{attempt}/{}", number + 1))
    } else {
        redirect(&format!("/lernen/fragen/{attempt}/antworten"))
    })
}

/// Every answer before handing them in, each with a way back to its question.
pub async fn review(
    state: web::Data<AppState>,
    learner: Learner,
    attempt: web::Path<i64>,
) -> Result<HttpResponse, LearnError> {
    let attempt = attempt.into_inner();
    let open = match open(&state, &learner, attempt).await? {
        Ok(open) => open,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let rows = open
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let chosen = open.answers.get(&q.id).cloned().unwrap_or_default();
            ReviewRow {
                number: i + 1,
                text: q.text.clone(),
                chosen: q
                    .options
                    .iter()
                    .filter(|o| chosen.contains(&o.id))
                    .map(|o| o.text.clone())
                    .collect(),
            }
        })
        .collect();
    let page = ReviewPage {
        f: learner.frame(&state.ctx.content),
        csrf: learner.csrf(),
        attempt,
        rows,
    };
    Ok(html(StatusCode::OK, &page))
}
