//! An offer of a certificate for the holder's wallet, made at the desk: a QR code to
//! scan with the wallet, the link, and the PIN the holder types in.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{PageError, Who, html};
use super::session::CurrentStaff;
use super::texts::filters;
use crate::domain::CertificateCode;
use crate::service;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "staff/wallet_offer.html", config = "src/web/askama.toml")]
struct OfferPage {
    who: Option<Who>,
    code: String,
    offer_uri: String,
    pin: String,
    qr_path: String,
    qr_size: usize,
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /staff/certificates/{code}/wallet-offer`.
pub async fn make(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    code: web::Path<String>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, PageError> {
    staff.check_csrf(&form.csrf)?;
    let code = CertificateCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let who = staff.actor();
    let offered = code.clone();
    let offer = state
        .db_write(move |ctx, conn| {
            service::wallet::offer_for_certificate(ctx, conn, &who, &offered)
        })
        .await?;
    let (qr_path, qr_size) = crate::web::qr_svg::qr_svg_path(&offer.offer_uri).unwrap_or_default();
    let page = OfferPage {
        who: Some(Who::of(
            &staff.0,
            &super::certificates::office_name(&state, staff.tenant()),
        )),
        code: code.to_string(),
        offer_uri: offer.offer_uri,
        // Made at the desk, the PIN is shown (and said).
        pin: offer.tx_code.unwrap_or_default(),
        qr_path,
        qr_size,
    };
    Ok(html(StatusCode::OK, &page))
}
