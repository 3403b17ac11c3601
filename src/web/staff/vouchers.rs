//! The office's voucher batches: a form to make one (a label, how many codes, until
//! when), the list with how many of each were used, and each batch as a CSV list and as
//! a PDF sheet of cards to print and cut out.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use super::certificates::office_name;
use super::page::{PageError, Who, berlin, html, secure_headers};
use super::session::CurrentStaff;
use super::texts::{filters, text, text_with};
use crate::certificate::{VoucherSheet, render_voucher_sheet};
use crate::service::office::{
    BatchCodes, BatchError, BatchField, BatchSummary, ExportFormat, MAX_LABEL_CHARS,
    MAX_VOUCHERS_PER_BATCH, latest_expiry,
};
use crate::service::{self, Refusal};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "staff/vouchers.html", config = "src/web/askama.toml")]
struct VouchersPage {
    who: Option<Who>,
    message: Option<String>,
    error: Option<String>,
    /// The office takes vouchers: the form is shown.
    offered: bool,
    label: String,
    count: String,
    expires_on: String,
    today: String,
    latest: String,
    max_count: u32,
    max_label: usize,
    batches: Vec<BatchRow>,
}

struct BatchRow {
    id: String,
    label: String,
    expires_on: String,
    created: String,
    used: String,
}

impl From<BatchSummary> for BatchRow {
    fn from(b: BatchSummary) -> Self {
        Self {
            used: text_with(
                "staff-vouchers-used-of",
                &[("used", &b.used), ("total", &b.total)],
            ),
            created: text_with(
                "staff-vouchers-created-by",
                &[("at", &berlin(b.created_at)), ("login", &b.created_by)],
            ),
            expires_on: german_date(b.expires_on),
            id: b.id,
            label: b.label,
        }
    }
}

fn german_date(day: NaiveDate) -> String {
    day.format("%d.%m.%Y").to_string()
}

fn takes_vouchers(state: &AppState, tenant: &str) -> bool {
    state
        .ctx
        .content
        .tenant(tenant)
        .and_then(|t| t.fee.as_ref())
        .is_some_and(|f| f.vouchers)
}

/// The batch form's fields, as typed.
#[derive(Deserialize, Default)]
pub struct BatchForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    count: String,
    #[serde(default)]
    expires_on: String,
}

async fn vouchers_page(
    state: &AppState,
    staff: &CurrentStaff,
    form: BatchForm,
    message: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let tenant = staff.tenant().to_string();
    let batches = state
        .db(move |_, conn| crate::service::office::batches(conn, &tenant))
        .await?;
    let today = state.ctx.clock.today_in_germany();
    Ok(html(
        status,
        &VouchersPage {
            who: Some(Who::of(&staff.0, &office_name(state, staff.tenant()))),
            message,
            error,
            offered: takes_vouchers(state, staff.tenant()),
            label: form.label,
            count: form.count,
            expires_on: form.expires_on,
            today: today.to_string(),
            latest: latest_expiry(today).to_string(),
            max_count: MAX_VOUCHERS_PER_BATCH,
            max_label: MAX_LABEL_CHARS,
            batches: batches.into_iter().map(BatchRow::from).collect(),
        },
    ))
}

/// `GET /staff/vouchers`.
pub async fn page(
    state: web::Data<AppState>,
    staff: CurrentStaff,
) -> Result<HttpResponse, PageError> {
    vouchers_page(
        &state,
        &staff,
        BatchForm::default(),
        None,
        None,
        StatusCode::OK,
    )
    .await
}

fn field_words(field: BatchField, today: NaiveDate) -> String {
    match field {
        BatchField::Label => {
            text_with("staff-vouchers-label-invalid", &[("max", &MAX_LABEL_CHARS)])
        }
        BatchField::Count => text_with(
            "staff-vouchers-count-invalid",
            &[("max", &MAX_VOUCHERS_PER_BATCH)],
        ),
        BatchField::ExpiresOn => text_with(
            "staff-vouchers-expires-invalid",
            &[("latest", &german_date(latest_expiry(today)))],
        ),
    }
}

/// `POST /staff/vouchers`: a new batch.
pub async fn create(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    form: web::Form<BatchForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.into_inner();
    staff.check_csrf(&form.csrf)?;
    let today = state.ctx.clock.today_in_germany();
    // What cannot be read as a number or a date is as wrong as one out of range.
    let count = form.count.trim().parse::<u32>().unwrap_or(0);
    let expires_on =
        NaiveDate::parse_from_str(form.expires_on.trim(), "%Y-%m-%d").unwrap_or(NaiveDate::MIN);
    let (who, label) = (staff.actor(), form.label.clone());
    let created = state
        .db_write(move |ctx, conn| {
            Ok(crate::service::office::create_batch(
                ctx, conn, &who, &label, count, expires_on,
            ))
        })
        .await?;
    match created {
        Ok(batch) => {
            let message = text_with(
                "staff-vouchers-created-done",
                &[("count", &batch.total), ("label", &batch.label)],
            );
            vouchers_page(
                &state,
                &staff,
                BatchForm::default(),
                Some(message),
                None,
                StatusCode::OK,
            )
            .await
        }
        Err(BatchError::Invalid(fields)) => {
            let error = fields
                .into_iter()
                .map(|f| field_words(f, today))
                .collect::<Vec<_>>()
                .join(" ");
            vouchers_page(
                &state,
                &staff,
                form,
                None,
                Some(error),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(BatchError::Refused(service::Error::Refused(Refusal::NotOffered))) => {
            Err(PageError::Invalid(text("staff-vouchers-not-offered")))
        }
        Err(BatchError::Refused(error)) => Err(error.into()),
    }
}

async fn export(
    state: &AppState,
    staff: &CurrentStaff,
    batch: String,
    format: ExportFormat,
) -> Result<BatchCodes, PageError> {
    let who = staff.actor();
    Ok(state
        .db_write(move |ctx, conn| {
            crate::service::office::export_batch(ctx, conn, &who, &batch, format)
        })
        .await?)
}

/// A file name's part from the batch's label: letters and digits, at most 40.
fn file_part(label: &str) -> String {
    let part: String = deunicode::deunicode(label)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let part: String = part.chars().take(40).collect();
    if part.is_empty() {
        "gutscheine".to_string()
    } else {
        part
    }
}

/// One CSV field: quoted where it must be, and never read as a formula by a
/// spreadsheet (a label such as `=1+1`).
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `GET /staff/vouchers/{batch}/codes.csv`: `batch,code,expires_on,used`, one line per
/// code (UTF-8, comma-separated, one header line).
pub async fn csv(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    batch: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let codes = export(&state, &staff, batch.into_inner(), ExportFormat::Csv).await?;
    let label = csv_field(&codes.batch.label);
    let mut out = String::from("batch,code,expires_on,used\n");
    for code in &codes.codes {
        out.push_str(&format!(
            "{label},{},{},{}\n",
            code.code,
            codes.batch.expires_on,
            code.used_at.is_some()
        ));
    }
    Ok(secure_headers(HttpResponse::Ok())
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"gutscheine-{}.csv\"",
                file_part(&codes.batch.label)
            ),
        ))
        .body(out))
}

/// `GET /staff/vouchers/{batch}/codes.pdf`: the sheet of cards to print.
pub async fn pdf(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    batch: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let codes = export(&state, &staff, batch.into_inner(), ExportFormat::Pdf).await?;
    let office = office_name(&state, staff.tenant());
    let expires = german_date(codes.batch.expires_on);
    let sheet = VoucherSheet {
        title: text_with(
            "staff-voucher-sheet-title",
            &[("label", &codes.batch.label)],
        ),
        header: vec![
            office.clone(),
            text_with(
                "staff-voucher-sheet-label",
                &[("label", &codes.batch.label)],
            ),
            text_with(
                "staff-voucher-sheet-expires",
                &[("day", &expires), ("count", &codes.codes.len())],
            ),
        ],
        card_title: text("staff-voucher-card-title"),
        card_lines: vec![
            office,
            text_with("staff-voucher-card-valid", &[("day", &expires)]),
            text_with("staff-voucher-card-redeem", &[("url", &state.public_url)]),
        ],
        codes: codes.codes.iter().map(|c| c.code.clone()).collect(),
    };
    let ctx = state.ctx.clone();
    let bytes = web::block(move || render_voucher_sheet(&sheet, &ctx.assets))
        .await
        .map_err(|_| PageError::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, "voucher sheet did not render");
            PageError::Internal
        })?;
    Ok(secure_headers(HttpResponse::Ok())
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"gutscheine-{}.pdf\"",
                file_part(&codes.batch.label)
            ),
        ))
        .body(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_a_safe_csv_field_and_file_name() {
        assert_eq!(csv_field("Tafel Beispielstadt"), "Tafel Beispielstadt");
        assert_eq!(csv_field("Müller, Söhne"), "\"Müller, Söhne\"");
        assert_eq!(csv_field("Der \"Verein\""), "\"Der \"\"Verein\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(
            file_part("Tafel Beispielstadt e. V."),
            "Tafel-Beispielstadt-e-V"
        );
        assert_eq!(file_part("Bäckerei Öz"), "Backerei-Oz");
        assert_eq!(file_part("   "), "gutscheine");
    }
}
