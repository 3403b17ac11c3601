//! A certificate's staff page (its record and history), revoking and reissuing; an action
//! on another office's code is answered "not found" and audited as refused.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::audit_words::action_words;
use super::fee_words::settled_words;
use super::page::{PageError, Who, berlin, html, secure_headers};
use super::session::CurrentStaff;
use super::texts::{filters, text, text_with};
use crate::domain::{CertificateCode, Email, RevocationCategory};
use crate::service::office::CertificateRecord;
use crate::service::office::accounts::Actor;
use crate::service::{self, Revocation, Scope};
use crate::web::AppState;

pub(super) fn office_name(state: &AppState, tenant: &str) -> String {
    state
        .ctx
        .content
        .tenant(tenant)
        .map_or_else(|| tenant.to_string(), |t| t.name.clone())
}

#[derive(Template)]
#[template(path = "staff/certificate.html", config = "src/web/askama.toml")]
struct CertificatePage {
    who: Option<Who>,
    message: Option<String>,
    csrf: String,
    r: Shown,
}

struct Shown {
    code: String,
    revoked: bool,
    holder: String,
    latin: Option<String>,
    birth_date: String,
    guardian: Option<String>,
    enrolled_at: String,
    instructed_at: String,
    /// Language, course version and declaration version, in words.
    course: String,
    quiz_attempts: i64,
    email: Option<String>,
    email_value: String,
    /// How the fee was settled, where there was one.
    fee: Option<String>,
    revoked_at: Option<String>,
    reason: String,
    note: Option<String>,
    history: Vec<String>,
    /// (code, label) of every revocation category, for the form.
    categories: Vec<(&'static str, String)>,
}

fn history(record: &CertificateRecord) -> Vec<String> {
    let mut events: Vec<(chrono::DateTime<chrono::Utc>, String)> = vec![
        (record.enrolled_at, text("staff-certificate-enrolled")),
        (
            record.view.declared_at,
            text("staff-certificate-event-declared"),
        ),
    ];
    events.extend(
        record
            .pdfs_issued
            .iter()
            .map(|t| (*t, text("staff-certificate-event-pdf"))),
    );
    for mail in &record.mails {
        let what = match mail.kind.as_str() {
            "reissue" => text("staff-certificate-mail-reissue"),
            "pdf-code" => text("staff-certificate-mail-pdf-code"),
            _ => text("staff-certificate-mail-certificate"),
        };
        let outcome = match (mail.sent_at, mail.failed_at) {
            (Some(sent), _) => text_with("staff-certificate-mail-sent", &[("at", &berlin(sent))]),
            (None, Some(_)) => text_with(
                "staff-certificate-mail-failed",
                &[("attempts", &mail.attempts)],
            ),
            (None, None) => text_with(
                "staff-certificate-mail-waiting",
                &[("attempts", &mail.attempts)],
            ),
        };
        events.push((
            mail.queued_at,
            text_with(
                "staff-certificate-event-mail",
                &[
                    ("what", &what),
                    ("recipient", &mail.recipient),
                    ("outcome", &outcome),
                ],
            ),
        ));
    }
    if let Some(revoked_at) = record.view.revoked_at {
        events.push((revoked_at, text("staff-certificate-revoked")));
    }
    for entry in &record.audit {
        events.push((
            entry.at.and_utc(),
            text_with(
                "staff-certificate-event-audit",
                &[
                    ("seq", &entry.seq),
                    ("action", &action_words(&entry.action, &record.view.code)),
                    ("actor", &entry.actor),
                ],
            ),
        ));
    }
    events.sort_by_key(|(t, _)| *t);
    events
        .into_iter()
        .map(|(t, what)| format!("{}: {what}", berlin(t)))
        .collect()
}

fn certificate_page(
    state: &AppState,
    staff: &CurrentStaff,
    record: &CertificateRecord,
    message: Option<String>,
) -> HttpResponse {
    let view = &record.view;
    let content = &state.ctx.content;
    let labels = content.pages(&content.course.source_language);
    let shown = Shown {
        code: view.code.clone(),
        revoked: view.revoked_at.is_some(),
        holder: format!("{} {}", view.holder.given_name, view.holder.family_name),
        latin: view
            .holder
            .latin
            .as_ref()
            .map(|l| format!("{} {}", l.given_name, l.family_name)),
        birth_date: view.holder.birth_date.format("%d.%m.%Y").to_string(),
        guardian: record.details.guardian.as_ref().map(|g| {
            let course = &content.course;
            let role = view
                .representative_role
                .zip(course.language(&course.source_language))
                .map(|(r, german)| german.declaration.roles.name(r))
                .unwrap_or_default();
            format!("{} {} ({role})", g.given_name, g.family_name)
        }),
        enrolled_at: berlin(record.enrolled_at),
        instructed_at: berlin(view.instructed_at),
        course: text_with(
            "staff-certificate-course-value",
            &[
                ("language", &view.course.language),
                ("version", &view.course.version),
                ("declaration", &view.course.declaration_version),
            ],
        ),
        quiz_attempts: record.quiz_attempts,
        email: record.email.clone(),
        email_value: record.email.clone().unwrap_or_default(),
        fee: record.fee.as_ref().map(settled_words),
        revoked_at: view.revoked_at.map(berlin),
        reason: view
            .revocation_category
            .map(|c| labels.get(crate::web::verify_page::revocation_label(c)))
            .unwrap_or_default(),
        note: record.details.revocation_note.clone(),
        history: history(record),
        categories: RevocationCategory::ALL
            .into_iter()
            .map(|c| {
                (
                    c.code(),
                    labels.get(crate::web::verify_page::revocation_label(c)),
                )
            })
            .collect(),
    };
    html(
        StatusCode::OK,
        &CertificatePage {
            who: Some(Who::of(&staff.0, &office_name(state, staff.tenant()))),
            message,
            csrf: staff.0.csrf_token.clone(),
            r: shown,
        },
    )
}

fn parse_code(raw: &str) -> Result<CertificateCode, PageError> {
    CertificateCode::parse(raw).map_err(|_| PageError::NotFound)
}

async fn load_record(
    state: &AppState,
    staff: &CurrentStaff,
    code: CertificateCode,
    log_view: bool,
) -> Result<CertificateRecord, service::Error> {
    if !log_view {
        // After a revocation or a reissue: the page again, nothing to log.
        let tenant = staff.tenant().to_string();
        return state
            .db(move |ctx, conn| service::office::certificate_record(ctx, conn, &tenant, &code))
            .await;
    }
    let who = staff.actor();
    state
        .db_write(move |ctx, conn| service::office::view_certificate(ctx, conn, &who, &code))
        .await
}

pub async fn show(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let code = parse_code(&code)?;
    let record = match load_record(&state, &staff, code.clone(), true).await {
        Ok(record) => record,
        Err(e) => return Err(refused(&state, &staff, &code, "view", e).await),
    };
    Ok(certificate_page(&state, &staff, &record, None))
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    csrf: String,
    /// The category's code.
    #[serde(default)]
    category: String,
    #[serde(default)]
    note: String,
    /// The free-text field of earlier versions of the form.
    #[serde(default)]
    reason: String,
    /// The box that says the person means it: a certificate revoked stays revoked.
    #[serde(default)]
    confirm: String,
}

pub async fn revoke(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    code: web::Path<String>,
    form: web::Form<RevokeForm>,
) -> Result<HttpResponse, PageError> {
    staff.check_csrf(&form.csrf)?;
    let code = parse_code(&code)?;
    if form.confirm != "yes" {
        return Err(PageError::Invalid(text(
            "staff-certificate-confirm-missing",
        )));
    }
    let reason = if form.category.trim().is_empty() {
        &form.reason
    } else {
        &form.category
    };
    let revocation = Revocation::parse(reason, Some(&form.note)).map_err(|e| match e {
        service::Error::Invalid(_) => PageError::Invalid(text("staff-certificate-revoke-invalid")),
        other => other.into(),
    })?;
    let (tenant, login) = (staff.tenant().to_string(), staff.0.login.clone());
    let revoked = code.clone();
    let result = state
        .db_write(move |ctx, conn| {
            service::revoke(
                ctx,
                conn,
                Scope::Office(&tenant),
                &Actor::Staff(login),
                &revoked,
                &revocation,
            )
        })
        .await;
    if let Err(e) = result {
        return Err(refused(&state, &staff, &code, "revoke", e).await);
    }
    state.lookups.forget(&code);
    let record = load_record(&state, &staff, code, false).await?;
    Ok(certificate_page(
        &state,
        &staff,
        &record,
        Some(text("staff-certificate-revoked-done")),
    ))
}

#[derive(Deserialize)]
pub struct ReissueForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

/// A new PDF: downloaded at once, or queued for e-mail to the address given.
pub async fn reissue(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    code: web::Path<String>,
    form: web::Form<ReissueForm>,
) -> Result<HttpResponse, PageError> {
    staff.check_csrf(&form.csrf)?;
    let code = parse_code(&code)?;
    let mail_to = match form.email.trim() {
        "" => None,
        raw => Some(Email::parse(raw).map_err(|e| {
            PageError::Invalid(text_with(
                "staff-certificate-email-invalid",
                &[("error", &e)],
            ))
        })?),
    };
    let (tenant, login) = (staff.tenant().to_string(), staff.0.login.clone());
    let (reissued, mailed) = (code.clone(), mail_to.clone());
    let result = state
        .db_rendering(move |ctx, conn| {
            service::reissue(
                ctx,
                conn,
                Scope::Office(&tenant),
                &Actor::Staff(login),
                &reissued,
                mailed.as_ref(),
            )
        })
        .await;
    let pdf = match result {
        Ok(pdf) => pdf,
        Err(e) => return Err(refused(&state, &staff, &code, "reissue", e).await),
    };
    if mail_to.is_some() {
        let record = load_record(&state, &staff, code, false).await?;
        return Ok(certificate_page(
            &state,
            &staff,
            &record,
            Some(text("staff-certificate-reissue-mailed")),
        ));
    }
    Ok(crate::web::pdf_download::pdf_download(
        secure_headers(HttpResponse::Ok()),
        pdf,
    ))
}

/// An action on a code this office does not have is answered "not found" and noted in
/// the office's audit log (in its own transaction: the action's was rolled back), so
/// that probing for other offices' records leaves a trace.
async fn refused(
    state: &AppState,
    staff: &CurrentStaff,
    code: &CertificateCode,
    attempt: &'static str,
    error: service::Error,
) -> PageError {
    if matches!(error, service::Error::NotFound(_)) {
        let (who, code) = (staff.actor(), code.clone());
        let noted = state
            .db_write(move |ctx, conn| {
                service::office::note_refused(ctx, conn, &who, &code, attempt)
            })
            .await;
        if let Err(e) = noted {
            tracing::warn!(error = %e, "refused attempt not written to the audit log");
        }
    }
    error.into()
}
