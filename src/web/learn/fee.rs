//! The fee's page: pay online on the Land's platform, redeem a voucher, or claim a
//! waiver; and the address the platform sends the learner back to.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, LearnError, html_leading_to, redirect};
use super::session::Learner;
use crate::service::fee::{self, FeeStatus, FeeView, PayStep, WaiverInput};
use crate::service::{Conflict, Error, FieldReason, Refusal};
use crate::web::AppState;

struct WaiverChoice {
    code: &'static str,
    label: String,
    chosen: bool,
}

#[derive(Template)]
#[template(path = "learn/fee.html", config = "src/web/askama.toml")]
struct FeePage<'a> {
    f: Frame<'a>,
    csrf: String,
    intro: String,
    /// What became of a payment, a voucher or a claim.
    notice: Option<String>,
    /// What went wrong with the last step, for the whole page.
    error: Option<String>,
    waiver_pending: bool,
    pay_online: bool,
    pay_label: String,
    vouchers: bool,
    voucher: String,
    voucher_error: Option<String>,
    waivers: Vec<WaiverChoice>,
    waiver_error: Option<String>,
    reason: String,
    reason_error: Option<String>,
    staff_decide: bool,
}

/// What the page shows besides the fee: the learner's last input and its problems.
#[derive(Default)]
struct Outcome {
    error: Option<String>,
    voucher: String,
    voucher_error: Option<String>,
    category: String,
    waiver_error: Option<String>,
    reason: String,
    reason_error: Option<String>,
}

/// Where a learner goes once the fee is settled: the course, or what follows the
/// declaration.
fn onwards(view: &FeeView) -> &'static str {
    if view.due == Some("before_course") {
        "/lernen"
    } else {
        "/lernen/fertig"
    }
}

fn render(state: &AppState, learner: &Learner, view: &FeeView, outcome: Outcome) -> HttpResponse {
    let f = learner.frame(&state.ctx.content);
    let amount = view.amount.map(|a| a.to_string()).unwrap_or_default();
    let intro = f.t.str(
        if view.due == Some("before_course") {
            "fee-intro-course"
        } else {
            "fee-intro-certificate"
        },
        "amount",
        &amount,
    );
    let notice = match (&view.payment, &view.waiver) {
        (_, Some(w)) if w.decision == "refused" => Some(f.t.get("fee-waiver-refused")),
        (Some(p), _) if p.state == "open" => Some(f.t.get("fee-payment-open")),
        (Some(p), _) if p.state == "cancelled" => Some(f.t.get("fee-payment-cancelled")),
        (Some(p), _) if p.state == "failed" => Some(f.t.get("fee-payment-failed")),
        _ => None,
    };
    let staff_decide = state
        .ctx
        .content
        .tenant(&learner.enrolment.tenant)
        .and_then(|t| t.fee.as_ref())
        .is_some_and(|fee| fee.waiver_confirmation == crate::domain::WaiverConfirmation::Staff);
    let page = FeePage {
        csrf: learner.csrf(),
        intro,
        notice,
        error: outcome.error,
        waiver_pending: view.status == FeeStatus::WaiverPending,
        pay_online: view.pay_online,
        pay_label: f.t.str("fee-online-button", "amount", &amount),
        vouchers: view.vouchers,
        voucher: outcome.voucher,
        voucher_error: outcome.voucher_error,
        waivers: view
            .waivers
            .iter()
            .map(|code| WaiverChoice {
                code,
                label: f.t.get(&format!("fee-waiver-{code}")),
                chosen: outcome.category == *code,
            })
            .collect(),
        waiver_error: outcome.waiver_error,
        reason: outcome.reason,
        reason_error: outcome.reason_error,
        staff_decide,
        f,
    };
    let status = if page.error.is_some()
        || page.voucher_error.is_some()
        || page.waiver_error.is_some()
        || page.reason_error.is_some()
    {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let origins: Vec<String> = state
        .ctx
        .payments
        .get(&learner.enrolment.tenant)
        .map(|p| p.pay_origins().to_vec())
        .unwrap_or_default();
    html_leading_to(status, &page, &origins)
}

async fn current(state: &AppState, learner: &Learner) -> Result<FeeView, LearnError> {
    let id = *learner.id();
    fee::refresh_payment(state.ctx.clone(), state.db.clone(), id)
        .await
        .map_err(|e| learner.fail(e))
}

/// The fee's page; an open payment is asked about first.
pub async fn page(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    let view = current(&state, &learner).await?;
    if matches!(view.status, FeeStatus::Free | FeeStatus::Settled) {
        return Ok(redirect(onwards(&view)));
    }
    Ok(render(&state, &learner, &view, Outcome::default()))
}

/// Back from the pay page: the platform's return says nothing, so the status is read.
pub async fn returned(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    page(state, learner).await
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// To the pay page: the open payment's, or a new one's.
pub async fn pay(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let id = *learner.id();
    match fee::start_payment(state.ctx.clone(), state.db.clone(), id).await {
        Ok(PayStep::PayPage(url)) => Ok(HttpResponse::SeeOther()
            .insert_header((actix_web::http::header::LOCATION, url))
            .finish()),
        Ok(PayStep::Settled) => Ok(redirect("/lernen/gebuehr")),
        Err(e) => problem(&state, &learner, e, Outcome::default()).await,
    }
}

#[derive(Deserialize)]
pub struct VoucherForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

pub async fn voucher(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<VoucherForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let VoucherForm { code, .. } = form.into_inner();
    let id = *learner.id();
    let raw = code.clone();
    let redeemed = state
        .db_write(move |ctx, conn| fee::redeem_voucher(ctx, conn, &id, &raw))
        .await;
    match redeemed {
        Ok(_) => Ok(redirect("/lernen/gebuehr")),
        Err(e) => {
            let outcome = Outcome {
                voucher: code.chars().take(40).collect(),
                ..Outcome::default()
            };
            problem(&state, &learner, e, outcome).await
        }
    }
}

#[derive(Deserialize)]
pub struct WaiverForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    reason: String,
}

pub async fn waiver(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<WaiverForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let WaiverForm {
        category, reason, ..
    } = form.into_inner();
    let id = *learner.id();
    let input = WaiverInput {
        category: category.clone(),
        reason: reason.clone(),
    };
    let claimed = state
        .db_write(move |ctx, conn| fee::claim_waiver(ctx, conn, &id, &input))
        .await;
    match claimed {
        Ok(_) => Ok(redirect("/lernen/gebuehr")),
        Err(e) => {
            let outcome = Outcome {
                category,
                reason: reason.chars().take(300).collect(),
                ..Outcome::default()
            };
            problem(&state, &learner, e, outcome).await
        }
    }
}

/// The page again with what went wrong in the learner's words; an error of the
/// database is the error page.
async fn problem(
    state: &AppState,
    learner: &Learner,
    error: Error,
    mut outcome: Outcome,
) -> Result<HttpResponse, LearnError> {
    let t = learner.frame(&state.ctx.content).t;
    match &error {
        Error::PaymentPlatform => outcome.error = Some(t.get("fee-unavailable")),
        Error::Refused(Refusal::VoucherInvalid) => {
            outcome.voucher_error = Some(t.get("fee-voucher-invalid"));
        }
        Error::Refused(Refusal::NotOffered) => outcome.error = Some(t.get("fee-not-offered")),
        Error::Conflict(Conflict::PaymentOpen) => outcome.error = Some(t.get("fee-payment-open")),
        Error::Conflict(
            Conflict::FeeNotDue | Conflict::WaiverDecided | Conflict::WaiverPending,
        ) => {
            return Ok(redirect("/lernen/gebuehr"));
        }
        Error::Invalid(fields) => {
            for field in fields {
                match field.reason {
                    FieldReason::VoucherTypo => {
                        outcome.voucher_error = Some(t.get("fee-voucher-typo"));
                    }
                    FieldReason::WaiverNotOffered => {
                        outcome.waiver_error = Some(t.get("fee-waiver-choose"));
                    }
                    FieldReason::ReasonLength { max_chars } => {
                        outcome.reason_error =
                            Some(t.num("fee-waiver-reason-missing", "max", max_chars as f64));
                    }
                    _ => outcome.error = Some(t.get("fee-unavailable")),
                }
            }
        }
        _ => return Err(learner.fail(error)),
    }
    let view = current(state, learner).await?;
    Ok(render(state, learner, &view, outcome))
}
