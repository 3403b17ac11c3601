use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::audit_words::action_words;
use super::login::CsrfForm;
use super::page::{PageError, Who, berlin, html};
use super::session::CurrentStaff;
use super::texts::{filters, text_with};
use crate::service::Error;
use crate::service::office::accounts::{
    self as staff, AccountError, Actor, Role, entries_for_tenant,
};
use crate::web::AppState;

fn require_admin(staff: &CurrentStaff) -> Result<(), PageError> {
    (staff.0.role == Role::Admin)
        .then_some(())
        .ok_or(PageError::AdminOnly)
}

fn office(state: &AppState, staff: &CurrentStaff) -> String {
    state
        .ctx
        .content
        .tenant(staff.tenant())
        .map_or_else(String::new, |t| t.name.clone())
}

#[derive(Template)]
#[template(path = "staff/audit.html", config = "src/web/askama.toml")]
struct AuditPage {
    who: Option<Who>,
    entries: Vec<Entry>,
}

struct Entry {
    seq: i64,
    at: String,
    actor: String,
    /// What happened, in words, with the record it concerns.
    action: String,
    detail: String,
}

/// The office's audit log, newest first (the last 500 entries).
pub async fn audit(
    state: web::Data<AppState>,
    staff: CurrentStaff,
) -> Result<HttpResponse, PageError> {
    require_admin(&staff)?;
    let tenant = staff.tenant().to_string();
    let rows = state
        .db(move |_, conn| entries_for_tenant(conn, &tenant, 500).map_err(Error::from))
        .await?;
    Ok(html(
        StatusCode::OK,
        &AuditPage {
            who: Some(Who::of(&staff.0, &office(&state, &staff))),
            entries: rows
                .into_iter()
                .map(|r| Entry {
                    seq: r.seq,
                    at: berlin(r.at.and_utc()),
                    actor: r.actor,
                    action: action_words(&r.action, r.subject.as_deref().unwrap_or_default()),
                    detail: r.detail,
                })
                .collect(),
        },
    ))
}

#[derive(Template)]
#[template(path = "staff/accounts.html", config = "src/web/askama.toml")]
struct AccountsPage {
    who: Option<Who>,
    message: Option<String>,
    csrf: String,
    accounts: Vec<AccountRow>,
}

struct AccountRow {
    login: String,
    name: String,
    role: &'static str,
    second_factor: bool,
    second_factor_required: bool,
    password_must_change: bool,
    disabled: bool,
    is_self: bool,
}

async fn accounts_page(
    state: &AppState,
    staff: &CurrentStaff,
    message: Option<String>,
) -> Result<HttpResponse, PageError> {
    let tenant = staff.tenant().to_string();
    let accounts = state
        .db(move |_, conn| staff::list(conn, Some(&tenant)).map_err(|e| Error::Internal(e.into())))
        .await?;
    Ok(html(
        StatusCode::OK,
        &AccountsPage {
            who: Some(Who::of(&staff.0, &office(state, staff))),
            message,
            csrf: staff.0.csrf_token.clone(),
            accounts: accounts
                .into_iter()
                .map(|a| AccountRow {
                    is_self: a.id == staff.0.staff_id,
                    login: a.login,
                    name: a.display_name,
                    role: a.role.as_str(),
                    second_factor: a.second_factor,
                    second_factor_required: a.second_factor_required,
                    password_must_change: a.password_must_change,
                    disabled: a.disabled_at.is_some(),
                })
                .collect(),
        },
    ))
}

pub async fn accounts(
    state: web::Data<AppState>,
    staff: CurrentStaff,
) -> Result<HttpResponse, PageError> {
    require_admin(&staff)?;
    accounts_page(&state, &staff, None).await
}

/// Disables an account of the own office; its sessions end at once.
pub async fn disable(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    login: web::Path<String>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, PageError> {
    require_admin(&staff)?;
    staff.check_csrf(&form.csrf)?;
    let (tenant, actor, target) = (
        staff.tenant().to_string(),
        staff.0.login.clone(),
        login.into_inner(),
    );
    let shown = target.clone();
    state
        .db_write(move |ctx, conn| {
            staff::disable(
                conn,
                ctx.clock.now(),
                &Actor::Staff(actor),
                &target,
                Some(&tenant),
            )
            .map_err(|e| match e {
                AccountError::UnknownLogin(_) | AccountError::InvalidLogin(_) => {
                    Error::NotFound("account")
                }
                AccountError::Database(e) => Error::from(e),
                other => Error::Internal(other.into()),
            })
        })
        .await?;
    accounts_page(
        &state,
        &staff,
        Some(text_with(
            "staff-accounts-disabled-done",
            &[("login", &shown)],
        )),
    )
    .await
}
