//! The office's privacy notice in layers, as data protection authorities recommend: the
//! key points in the page's language and the list of sections, then one section per page.
//! The whole notice on one page would weigh more than a cheap phone should load.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::page::{Frame, Kind, LearnError, html};
use super::start::LangQuery;
use super::texts::markdown;
use crate::course::Tenant;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/privacy.html", config = "src/web/askama.toml")]
struct Overview<'a> {
    f: Frame<'a>,
    office: &'a Tenant,
    summary: String,
    /// Said on pages in another language than German: the notice itself is German.
    german_only: bool,
    intro: String,
    headings: Vec<&'a str>,
}

#[derive(Template)]
#[template(path = "learn/privacy_section.html", config = "src/web/askama.toml")]
struct SectionPage<'a> {
    f: Frame<'a>,
    office: &'a Tenant,
    german_only: bool,
    /// 1-based, as in the address.
    number: usize,
    count: usize,
    heading: &'a str,
    body: String,
}

/// `/amt/{tenant}/datenschutz`
pub async fn overview(
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, LearnError> {
    let content = &state.ctx.content;
    let lang = query.lang.as_deref();
    let tenant = content
        .tenant(&path)
        .ok_or_else(|| LearnError::new(Kind::NotFound, content, lang))?;
    let f = Frame::new(content, lang).for_office(&tenant.id);
    let retention = &tenant.retention;
    let summary = f.t.pages_text(
        "privacy-short",
        &[
            ("office", tenant.name.as_str().into()),
            ("email", tenant.contact.email.as_str().into()),
            ("days", f64::from(retention.unfinished_days).into()),
            ("years", f64::from(retention.certificate_years).into()),
        ],
    );
    let privacy = &tenant.pages.privacy;
    Ok(html(
        StatusCode::OK,
        &Overview {
            german_only: f.t.lang != content.course.source_language,
            summary,
            intro: markdown(&privacy.intro),
            headings: privacy
                .sections
                .iter()
                .map(|s| s.heading.as_str())
                .collect(),
            office: tenant,
            f,
        },
    ))
}

/// `/amt/{tenant}/datenschutz/{number}`
pub async fn section(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, LearnError> {
    let content = &state.ctx.content;
    let lang = query.lang.as_deref();
    let not_found = || LearnError::new(Kind::NotFound, content, lang);
    let (tenant, number) = path.into_inner();
    let tenant = content.tenant(&tenant).ok_or_else(not_found)?;
    let sections = &tenant.pages.privacy.sections;
    let number = number
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=sections.len()).contains(n))
        .ok_or_else(not_found)?;
    let section = &sections[number - 1];
    let f = Frame::new(content, lang).for_office(&tenant.id);
    Ok(html(
        StatusCode::OK,
        &SectionPage {
            german_only: f.t.lang != content.course.source_language,
            number,
            count: sections.len(),
            heading: &section.heading,
            body: markdown(&section.body),
            office: tenant,
            f,
        },
    ))
}
