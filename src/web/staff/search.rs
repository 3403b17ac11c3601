//! Finding certificates: by code (straight to its page) or by the holder's name and
//! birth date. Each search is audited with how many records it showed, never for whom.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::certificates::office_name;
use super::page::{PageError, Who, berlin, html, secure_headers};
use super::session::CurrentStaff;
use super::texts::{filters, text, text_with};
use crate::domain::{BirthDate, CertificateCode};
use crate::service::office::{Found, PersonQuery};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "staff/search.html", config = "src/web/askama.toml")]
struct SearchPage {
    who: Option<Who>,
    message: Option<String>,
    code: String,
    family_name: String,
    given_name: String,
    birth_date: String,
    found: Option<Vec<FoundRow>>,
}

struct FoundRow {
    code: String,
    given_name: String,
    family_name: String,
    /// The passport's Latin spelling, as on the PDF, for a name in another script.
    latin: Option<String>,
    birth_date: String,
    instructed_at: String,
    revoked: bool,
}

impl From<Found> for FoundRow {
    fn from(f: Found) -> Self {
        Self {
            code: f.code,
            given_name: f.given_name,
            family_name: f.family_name,
            latin: f.latin,
            birth_date: f.birth_date.format("%d.%m.%Y").to_string(),
            instructed_at: berlin(f.instructed_at),
            revoked: f.revoked,
        }
    }
}

/// The search form's fields. By code it is a GET (a code is what staff type into an
/// address bar); by person a POST, so that names and birth dates stay out of the
/// addresses that proxies and browsers keep.
#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    family_name: String,
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    birth_date: String,
}

fn search_page(
    state: &AppState,
    staff: &CurrentStaff,
    query: SearchQuery,
    message: Option<String>,
    found: Option<Vec<FoundRow>>,
    status: StatusCode,
) -> HttpResponse {
    html(
        status,
        &SearchPage {
            who: Some(Who::of(&staff.0, &office_name(state, staff.tenant()))),
            message,
            code: query.code,
            family_name: query.family_name,
            given_name: query.given_name,
            birth_date: query.birth_date,
            found,
        },
    )
}

pub async fn search_form(state: web::Data<AppState>, staff: CurrentStaff) -> HttpResponse {
    search_page(
        &state,
        &staff,
        SearchQuery::default(),
        None,
        None,
        StatusCode::OK,
    )
}

/// By code: straight to the certificate. Fields of a person in the address are not
/// read (the form posts them).
pub async fn search(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    query: web::Query<SearchQuery>,
) -> Result<HttpResponse, PageError> {
    let query = SearchQuery {
        code: query.into_inner().code,
        ..SearchQuery::default()
    };
    if query.code.trim().is_empty() {
        return Ok(search_form(state, staff).await);
    }
    Ok(match CertificateCode::parse(&query.code) {
        Ok(code) => secure_headers(HttpResponse::SeeOther())
            .insert_header((header::LOCATION, format!("/staff/certificates/{code}")))
            .finish(),
        Err(e) => {
            let message = Some(text_with("staff-search-code-impossible", &[("error", &e)]));
            search_page(
                &state,
                &staff,
                query,
                message,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    })
}

/// By person: family name and birth date, the given name if known.
pub async fn search_person(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    form: web::Form<SearchQuery>,
) -> Result<HttpResponse, PageError> {
    let query = SearchQuery {
        code: String::new(),
        ..form.into_inner()
    };
    staff.check_csrf(&query.csrf)?;
    let birth_date = BirthDate::parse(&query.birth_date, state.ctx.clock.today_in_germany());
    let (Ok(birth_date), false) = (birth_date, query.family_name.trim().is_empty()) else {
        let message = Some(text("staff-search-person-missing"));
        return Ok(search_page(
            &state,
            &staff,
            query,
            message,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    let who = staff.actor();
    let (family, given) = (query.family_name.clone(), query.given_name.clone());
    let found = state
        .db_write(move |ctx, conn| {
            let person = PersonQuery {
                family_name: &family,
                given_name: Some(given.as_str()),
                birth_date: birth_date.date(),
            };
            crate::service::office::search_person(ctx, conn, &who, &person)
        })
        .await?;
    let rows = found.into_iter().map(FoundRow::from).collect();
    Ok(search_page(
        &state,
        &staff,
        query,
        None,
        Some(rows),
        StatusCode::OK,
    ))
}
