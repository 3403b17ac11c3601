use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::page::{Frame, LearnError, html, redirect, security_headers};
use super::session::Learner;
use crate::service;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/done.html", config = "src/web/askama.toml")]
struct DonePage<'a> {
    f: Frame<'a>,
    code: String,
    mailed: Option<String>,
    verify_url: String,
    /// How the fee was settled: amount, day and the platform's reference.
    paid: Option<String>,
    csrf: String,
}

#[derive(Template)]
#[template(path = "learn/pending.html", config = "src/web/askama.toml")]
struct PendingPage<'a> {
    f: Frame<'a>,
    case_number: String,
    rejected: bool,
    /// The office's words on where and when to show the document (German).
    instructions: String,
    booking_url: Option<String>,
}

/// The certificate: its code, the download, and what to do with it; or, while the
/// office checks an identity document, the case number and how to show the document.
pub async fn done(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    let view = learner.view(&state).await?;
    if view.status == service::EnrolmentStatus::Fee {
        return Ok(redirect("/lernen/gebuehr"));
    }
    let content = &state.ctx.content;
    if let Some(check) = view.identity_check {
        let staff_check = content
            .tenant(&learner.enrolment.tenant)
            .and_then(|t| t.staff_check.as_ref());
        let page = PendingPage {
            f: learner.frame(content),
            case_number: check.case_number,
            rejected: check.status == "rejected",
            instructions: staff_check
                .map(|c| c.instructions.clone())
                .unwrap_or_default(),
            booking_url: staff_check.and_then(|c| c.booking_url.clone()),
        };
        return Ok(html(StatusCode::OK, &page));
    }
    let Some(certificate) = view.certificate else {
        return Ok(redirect("/lernen"));
    };
    let id = *learner.id();
    let fee = state
        .db(move |ctx, conn| service::fee::fee_view_of(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    let f = learner.frame(&state.ctx.content);
    let paid = fee.settlement.map(|s| settled_words(&f, &s));
    let mails = content
        .tenant(&learner.enrolment.tenant)
        .is_some_and(|t| t.email_certificates);
    let page = DonePage {
        mailed: learner
            .enrolment
            .email
            .as_deref()
            .filter(|_| mails)
            .map(|email| f.t.str("done-mailed", "email", email)),
        verify_url: state.url(&format!("/v/{}", certificate.code)),
        code: certificate.code,
        paid,
        csrf: learner.csrf(),
        f,
    };
    Ok(html(StatusCode::OK, &page))
}

/// The signed PDF, as a download.
pub async fn pdf(state: web::Data<AppState>, learner: Learner) -> Result<HttpResponse, LearnError> {
    let id = *learner.id();
    let pdf = state
        .issue_pdf(move |ctx, conn| service::pdf_job_for_enrolment(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    Ok(crate::web::pdf_download::pdf_download(
        security_headers(HttpResponse::Ok()),
        pdf,
    ))
}

/// "Paid: 20,00 € on 06.12.2026, reference KZ-…", or how else it was settled.
fn settled_words(f: &Frame<'_>, settled: &service::fee::SettlementView) -> String {
    let day = settled
        .settled_at
        .with_timezone(&chrono_tz::Europe::Berlin)
        .format("%d.%m.%Y")
        .to_string();
    let args = [
        ("amount", settled.amount.to_string()),
        ("date", day),
        ("reference", settled.reference.clone()),
    ];
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, fluent_bundle::FluentValue::from(value.as_str())))
        .collect();
    f.t.pages_text(&format!("done-fee-{}", settled.kind), &args)
}

#[derive(Template)]
#[template(path = "learn/wallet.html", config = "src/web/askama.toml")]
struct WalletPage<'a> {
    f: Frame<'a>,
    offer_uri: String,
    /// The PIN, shown where it did not go by mail.
    pin: Option<String>,
    /// Where it was mailed instead.
    mailed_to: Option<String>,
    qr_path: String,
    qr_size: usize,
}

#[derive(serde::Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// An offer of the certificate for the learner's wallet: a QR code, the link for a
/// wallet on this phone, and the PIN the wallet asks for. Each press makes a new one.
pub async fn wallet(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, LearnError> {
    learner.check_csrf(&form.csrf)?;
    let id = *learner.id();
    let offer = state
        .db_write(move |ctx, conn| service::wallet::offer_for_enrolment(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    let (qr_path, qr_size) = crate::web::qr_svg::qr_svg_path(&offer.offer_uri).unwrap_or_default();
    let page = WalletPage {
        f: learner.frame(&state.ctx.content),
        offer_uri: offer.offer_uri,
        pin: offer.tx_code,
        mailed_to: offer.tx_code_sent_to,
        qr_path,
        qr_size,
    };
    Ok(html(StatusCode::OK, &page))
}
