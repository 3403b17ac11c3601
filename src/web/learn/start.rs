use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, Kind, LearnError, html};
use super::session::current;
use super::texts::markdown;
use crate::course::Tenant;
use crate::domain::Postcode;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct StartQuery {
    lang: Option<String>,
    #[serde(default)]
    postcode: String,
}

pub struct OfficeRow {
    id: String,
    name: String,
    land: String,
    city: String,
    offers_language: bool,
}

fn row(tenant: &Tenant, lang: &str) -> OfficeRow {
    OfficeRow {
        id: tenant.id.clone(),
        name: tenant.name.clone(),
        land: tenant.land.clone(),
        city: format!("{} {}", tenant.address.postcode, tenant.address.city),
        offers_language: tenant.offers(lang),
    }
}

#[derive(Template)]
#[template(path = "learn/start.html", config = "src/web/askama.toml")]
struct StartPage<'a> {
    f: Frame<'a>,
    resume: Option<String>,
    steps_videos: String,
    bring: String,
    postcode: String,
    postcode_problem: Option<String>,
    found: Vec<OfficeRow>,
    offices: Vec<OfficeRow>,
}

/// What this is, how long it takes, what to bring; then the office by postcode or from
/// the list. A learner who already began is offered to go on.
pub async fn start(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<StartQuery>,
) -> Result<HttpResponse, LearnError> {
    let content = &state.ctx.content;
    let learner = current(&req).await?;
    let lang = query
        .lang
        .clone()
        .or_else(|| learner.as_ref().map(|l| l.enrolment.language.clone()));
    let f = Frame::new(content, lang.as_deref()).switchable(content, "/");
    let lang = f.t.lang.clone();
    let course_language = content.course.language(&lang);
    let minutes = course_language.map_or(0.0, |l| {
        (l.lessons.iter().map(|l| l.duration_ms).sum::<i64>() as f64 / 60_000.0).round()
    });
    let chapters = course_language.map_or(0, |l| l.lessons.len()) as f64;
    let postcode = query.postcode.trim().to_string();
    let (found, postcode_problem) = if postcode.is_empty() {
        (Vec::new(), None)
    } else if let Ok(wanted) = Postcode::parse(&postcode) {
        let found: Vec<OfficeRow> = content
            .tenants
            .iter()
            .filter(|t| t.serves(&wanted))
            .map(|t| row(t, &lang))
            .collect();
        let problem = found.is_empty().then(|| f.t.get("postcode-none"));
        (found, problem)
    } else {
        (Vec::new(), Some(f.t.get("postcode-invalid")))
    };
    let page = StartPage {
        resume: learner.map(|_| "/lernen".to_string()),
        steps_videos: f.t.nums(
            "start-step-videos",
            &[("chapters", chapters), ("minutes", minutes)],
        ),
        // Watching, the questions and the declaration: about a third more than the films.
        bring: f
            .t
            .num("start-bring", "total", (minutes * 1.3 / 5.0).ceil() * 5.0),
        postcode,
        postcode_problem,
        found,
        offices: content.tenants.iter().map(|t| row(t, &lang)).collect(),
        f,
    };
    Ok(html(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "learn/office_page.html", config = "src/web/askama.toml")]
struct OfficePage<'a> {
    f: Frame<'a>,
    heading: String,
    office_name: String,
    body: String,
    /// What the service adds in the page's language: the chapters in sign language
    /// (accessibility), the pictures' licence (imprint).
    addendum: String,
}

#[derive(Deserialize)]
pub struct LangQuery {
    pub(super) lang: Option<String>,
}

/// The office's accessibility statement or imprint (German texts, with the heading in
/// the page's language). The privacy notice has pages of its own (`privacy`).
pub async fn office_page(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, LearnError> {
    let content = &state.ctx.content;
    let (tenant, which) = path.into_inner();
    let not_found = || LearnError::new(Kind::NotFound, content, query.lang.as_deref());
    let tenant = content.tenant(&tenant).ok_or_else(not_found)?;
    let (heading, text) = match which.as_str() {
        "barrierefreiheit" => ("accessibility-heading", &tenant.pages.accessibility),
        "impressum" => ("imprint-heading", &tenant.pages.imprint),
        _ => return Err(not_found()),
    };
    let f = Frame::new(content, query.lang.as_deref()).for_office(&tenant.id);
    let addendum = if which == "impressum" {
        f.t.get("imprint-pictures")
    } else {
        let course = &content.course;
        let language = course
            .language(&f.t.lang)
            .or_else(|| course.language(&course.source_language));
        let signed: Vec<&str> = language
            .map(|l| {
                l.lessons
                    .iter()
                    .filter(|lesson| lesson.sign_language_video.is_some())
                    .map(|lesson| lesson.title.as_str())
                    .collect()
            })
            .unwrap_or_default();
        if signed.is_empty() {
            f.t.get("accessibility-sign-language-none")
        } else {
            f.t.str(
                "accessibility-sign-language",
                "chapters",
                &signed.join(", "),
            )
        }
    };
    Ok(html(
        StatusCode::OK,
        &OfficePage {
            heading: f.t.get(heading),
            office_name: tenant.name.clone(),
            body: markdown(text),
            addendum,
            f,
        },
    ))
}
