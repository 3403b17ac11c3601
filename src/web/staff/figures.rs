use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, TimeDelta};
use serde::Deserialize;

use super::page::{PageError, Who, html, secure_headers};
use super::session::CurrentStaff;
use super::texts::{filters, text, text_with};
use crate::service::office::{FigureRow, figures};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct Period {
    from: Option<String>,
    to: Option<String>,
}

/// The period asked for; by default the last 30 days. At most about three years, so
/// that one request cannot make the database read everything.
fn period(state: &AppState, query: &Period) -> Result<(NaiveDate, NaiveDate), PageError> {
    let today = state.ctx.clock.today_in_germany();
    let parse = |raw: &Option<String>, default: NaiveDate| match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(raw) => NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| {
            PageError::Invalid(text_with(
                "staff-figures-not-a-date",
                &[("value", &format!("{raw:?}"))],
            ))
        }),
    };
    let to = parse(&query.to, today)?;
    let from = parse(&query.from, to - TimeDelta::days(29))?;
    if from > to || to - from > TimeDelta::days(1100) {
        return Err(PageError::Invalid(text("staff-figures-period-invalid")));
    }
    Ok((from, to))
}

async fn load(
    state: &AppState,
    staff: &CurrentStaff,
    from: NaiveDate,
    to: NaiveDate,
    export: bool,
) -> Result<Vec<FigureRow>, PageError> {
    if export {
        let who = staff.actor();
        return Ok(state
            .db_write(move |ctx, conn| {
                crate::service::office::export_figures(ctx, conn, &who, from, to)
            })
            .await?);
    }
    let tenant = staff.tenant().to_string();
    Ok(state
        .db(move |_, conn| figures(conn, &tenant, from, to))
        .await?)
}

#[derive(Template)]
#[template(path = "staff/figures.html", config = "src/web/askama.toml")]
struct FiguresPage {
    who: Option<Who>,
    from: String,
    to: String,
    rows: Vec<Row>,
}

struct Row {
    day: String,
    language: String,
    enrolled: u64,
    watched: u64,
    passed: u64,
    certified: u64,
    unchecked: u64,
    checked_by_staff: u64,
    logged_in_with_id_card: u64,
    median: String,
    paid_online: String,
    paid_at_desk: String,
    vouchers_used: u64,
    waivers_granted: u64,
}

/// Cents as the CSV writes euros: `1234.50`.
fn euros(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Cents as the page writes euros: `1234,50 €`.
fn euros_de(cents: u64) -> String {
    format!("{},{:02} €", cents / 100, cents % 100)
}

fn minutes(row: &FigureRow) -> String {
    row.median_minutes
        .map(|m| format!("{m:.0}"))
        .unwrap_or_default()
}

pub async fn page(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    query: web::Query<Period>,
) -> Result<HttpResponse, PageError> {
    let (from, to) = period(&state, &query)?;
    let rows = load(&state, &staff, from, to, false).await?;
    let office = state
        .ctx
        .content
        .tenant(staff.tenant())
        .map_or("", |t| t.name.as_str())
        .to_string();
    Ok(html(
        StatusCode::OK,
        &FiguresPage {
            who: Some(Who::of(&staff.0, &office)),
            from: from.to_string(),
            to: to.to_string(),
            rows: rows
                .iter()
                .map(|r| Row {
                    day: r.day.format("%d.%m.%Y").to_string(),
                    language: r.language.clone(),
                    enrolled: r.enrolled,
                    watched: r.watched,
                    passed: r.passed,
                    certified: r.certified,
                    unchecked: r.unchecked,
                    checked_by_staff: r.checked_by_staff,
                    logged_in_with_id_card: r.logged_in_with_id_card,
                    median: minutes(r),
                    paid_online: euros_de(r.paid_online_cents),
                    paid_at_desk: euros_de(r.paid_at_desk_cents),
                    vouchers_used: r.vouchers_used,
                    waivers_granted: r.waivers_granted,
                })
                .collect(),
        },
    ))
}

/// The same figures as CSV (comma-separated, UTF-8, one header line; the columns are
/// described in docs/operating.md, "Figures").
pub async fn csv(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    query: web::Query<Period>,
) -> Result<HttpResponse, PageError> {
    let (from, to) = period(&state, &query)?;
    let rows = load(&state, &staff, from, to, true).await?;
    let mut out = String::from(
        "day,language,enrolled,watched,passed,certified,median_minutes,identity_none,identity_staff,identity_bundid,paid_online_eur,paid_at_desk_eur,vouchers_used,waivers_granted\n",
    );
    for r in &rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            r.day,
            r.language,
            r.enrolled,
            r.watched,
            r.passed,
            r.certified,
            minutes(r),
            r.unchecked,
            r.checked_by_staff,
            r.logged_in_with_id_card,
            euros(r.paid_online_cents),
            euros(r.paid_at_desk_cents),
            r.vouchers_used,
            r.waivers_granted
        ));
    }
    Ok(secure_headers(HttpResponse::Ok())
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"belehrung-{}-{from}-{to}.csv\"",
                staff.tenant()
            ),
        ))
        .body(out))
}
