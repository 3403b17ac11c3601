//! Offers for a wallet (the pre-authorized code and its PIN) and the token a wallet
//! redeems one for.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use rand::Rng;
use serde::Serialize;
use serde_json::json;
use subtle::ConstantTimeEq;

use super::super::{Context, Error};
use super::{
    MAX_WRONG_PINS, OFFER_LIFETIME, PRE_AUTHORIZED, TOKEN_LIFETIME, WalletRefusal, issuer_of,
};
use crate::clock::to_db;
use crate::db::schema::{certificates, wallet_offers, wallet_tokens};
use crate::db::{DbConnection, Writer};
use crate::domain::{CertificateCode, EnrolmentId};
use crate::secret::{hash_token, random_token};
use crate::wallet::CONFIGURATION_ID;

/// An offer for the learner's wallet: the `openid-credential-offer://` link (also the QR
/// code) and the PIN the wallet asks for, which goes by mail where the learner gave an
/// address (apart from the link) and is shown otherwise.
#[derive(Debug, Clone, Serialize)]
pub struct WalletOffer {
    pub offer_uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tx_code: Option<String>,
    /// Where the PIN was mailed instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tx_code_sent_to: Option<String>,
    pub expires_at: DateTime<Utc>,
}

/// Makes an offer for the enrolment's certificate (not for a revoked one); the PIN goes
/// to the address on record, where there is one and mails go out.
pub fn offer_for_enrolment(
    ctx: &Context,
    conn: &mut Writer<'_>,
    id: &EnrolmentId,
) -> Result<WalletOffer, Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let (code, tenant, revoked): (String, String, Option<chrono::NaiveDateTime>) =
            certificates::table
                .filter(certificates::enrolment_id.eq(id.to_string()))
                .select((
                    certificates::code,
                    certificates::tenant,
                    certificates::revoked_at,
                ))
                .first(conn)
                .optional()?
                .ok_or(Error::NotFound("certificate"))?;
        if revoked.is_some() {
            return Err(Error::Conflict(crate::service::Conflict::AlreadyRevoked));
        }
        let enrolment = crate::service::auth::find_enrolment(conn, id)?;
        let Some(email) = enrolment.email.clone().filter(|_| ctx.mails_go_out) else {
            return make_offer(ctx, conn, &code, &tenant, true).map(|made| made.offer);
        };
        let mut offer = make_offer(ctx, conn, &code, &tenant, false)?;
        let language = crate::service::status::course_language(ctx, &enrolment)?
            .code
            .clone();
        crate::mail::enqueue_wallet_pin(
            conn,
            ctx.clock.now(),
            crate::mail::Addressed {
                tenant: &tenant,
                kind: crate::mail::MailKind::WalletPin,
                recipient: &email,
                language: &language,
            },
            &code,
            &offer.reference,
        )?;
        ctx.mail_queued.notify_one();
        offer.offer.tx_code_sent_to = Some(email);
        Ok(offer.offer)
    })
}

/// Makes an offer for the certificate `code` of the staff member's office, at the desk
/// (a new phone, a lost wallet); audited. Another office's code is not found.
pub fn offer_for_certificate(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &crate::service::office::StaffActor,
    code: &CertificateCode,
) -> Result<WalletOffer, Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let found: Option<(String, Option<chrono::NaiveDateTime>)> = certificates::table
            .find(code.compact())
            .select((certificates::tenant, certificates::revoked_at))
            .first(conn)
            .optional()?;
        let Some((_, revoked)) = found.filter(|(tenant, _)| *tenant == who.tenant) else {
            return Err(Error::NotFound("certificate"));
        };
        if revoked.is_some() {
            return Err(Error::Conflict(crate::service::Conflict::AlreadyRevoked));
        }
        let offer = make_offer(ctx, conn, code.compact(), &who.tenant, true)?.offer;
        crate::audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &crate::audit::Actor::Staff(who.login.clone()),
            "wallet.offer_made",
            Some(code.compact()),
            json!({}),
        )?;
        Ok(offer)
    })
}

/// An offer made, and the handle its PIN mail finds it by.
struct Made {
    offer: WalletOffer,
    reference: String,
}

/// Stores an offer; with `show_pin` its PIN is drawn now (to be shown), otherwise when
/// its mail is composed ([`draw_offer_pin`]).
fn make_offer(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &str,
    tenant: &str,
    show_pin: bool,
) -> Result<Made, Error> {
    let pre_authorized = random_token();
    let pin = show_pin.then(new_pin);
    let now = ctx.clock.now();
    let expires_at = now + OFFER_LIFETIME;
    let reference = hash_token(&pre_authorized);
    diesel::insert_into(wallet_offers::table)
        .values((
            wallet_offers::code_hash.eq(&reference),
            wallet_offers::certificate_code.eq(code),
            wallet_offers::tenant.eq(tenant),
            wallet_offers::pin_hash.eq(pin.as_deref().map(hash_token)),
            wallet_offers::created_at.eq(to_db(now)),
            wallet_offers::expires_at.eq(to_db(expires_at)),
            wallet_offers::wrong_pins.eq(0),
        ))
        .execute(conn)?;
    let offer = json!({
        "credential_issuer": issuer_of(ctx, tenant),
        "credential_configuration_ids": [CONFIGURATION_ID],
        "grants": {
            PRE_AUTHORIZED: {
                "pre-authorized_code": pre_authorized,
                "tx_code": {"input_mode": "numeric", "length": 6},
            }
        },
    });
    let encoded: String = form_urlencoded::byte_serialize(offer.to_string().as_bytes()).collect();
    Ok(Made {
        offer: WalletOffer {
            offer_uri: format!("openid-credential-offer://?credential_offer={encoded}"),
            tx_code: pin,
            tx_code_sent_to: None,
            expires_at,
        },
        reference,
    })
}

fn new_pin() -> String {
    format!("{:06}", rand::rng().random_range(0..1_000_000))
}

/// The PIN of the offer `reference` for its mail, drawn now so that it exists only in
/// the mail; `None` when the offer is used, expired, or its PIN was drawn already.
pub(crate) fn draw_offer_pin(
    ctx: &Context,
    conn: &mut DbConnection,
    reference: &str,
) -> Result<Option<String>, Error> {
    let pin = new_pin();
    let set = diesel::update(
        wallet_offers::table
            .find(reference)
            .filter(wallet_offers::pin_hash.is_null())
            .filter(wallet_offers::used_at.is_null())
            .filter(wallet_offers::expires_at.gt(to_db(ctx.clock.now()))),
    )
    .set(wallet_offers::pin_hash.eq(Some(hash_token(&pin))))
    .execute(conn)?;
    Ok((set == 1).then_some(pin))
}

/// The token endpoint's answer.
#[derive(Debug, Clone, Serialize)]
pub struct WalletToken {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: i64,
}

/// Redeems an offer's pre-authorized code with its PIN. A wrong PIN counts (five
/// kill the offer) and is written even though the request is refused.
pub fn redeem_offer(
    ctx: &Context,
    conn: &mut Writer<'_>,
    tenant: &str,
    grant_type: &str,
    code: &str,
    pin: &str,
) -> Result<Result<WalletToken, WalletRefusal>, Error> {
    if grant_type != PRE_AUTHORIZED {
        return Ok(Err(WalletRefusal::UnsupportedGrantType));
    }
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let now = ctx.clock.now();
        let code_hash = hash_token(code);
        // Counting the try first takes the row's lock: two tries at once are counted
        // one after the other.
        let found = diesel::update(
            wallet_offers::table
                .find(&code_hash)
                .filter(wallet_offers::tenant.eq(tenant))
                .filter(wallet_offers::used_at.is_null())
                .filter(wallet_offers::expires_at.gt(to_db(now)))
                .filter(wallet_offers::wrong_pins.lt(MAX_WRONG_PINS)),
        )
        .set(wallet_offers::wrong_pins.eq(wallet_offers::wrong_pins + 1))
        .execute(conn)?;
        if found != 1 {
            return Ok(Err(WalletRefusal::InvalidGrant));
        }
        let (pin_hash, certificate): (Option<String>, String) = wallet_offers::table
            .find(&code_hash)
            .select((wallet_offers::pin_hash, wallet_offers::certificate_code))
            .first(conn)?;
        // No PIN yet: its mail has not gone out.
        let Some(pin_hash) = pin_hash else {
            return Ok(Err(WalletRefusal::InvalidGrant));
        };
        if !bool::from(hash_token(pin).as_bytes().ct_eq(pin_hash.as_bytes())) {
            // The count stays raised; the last wrong PIN ends the offer.
            let wrong: i32 = wallet_offers::table
                .find(&code_hash)
                .select(wallet_offers::wrong_pins)
                .first(conn)?;
            if wrong >= MAX_WRONG_PINS {
                tracing::warn!(tenant = %tenant, "a wallet offer ended after five wrong PINs");
            }
            return Ok(Err(WalletRefusal::InvalidGrant));
        }
        // A certificate revoked since the offer gets no token.
        let revoked: Option<chrono::NaiveDateTime> = certificates::table
            .find(&certificate)
            .select(certificates::revoked_at)
            .first::<Option<chrono::NaiveDateTime>>(conn)
            .optional()?
            .flatten();
        if revoked.is_some() {
            return Ok(Err(WalletRefusal::InvalidGrant));
        }
        diesel::update(wallet_offers::table.find(&code_hash))
            .set((
                wallet_offers::wrong_pins.eq(wallet_offers::wrong_pins - 1),
                wallet_offers::used_at.eq(to_db(now)),
            ))
            .execute(conn)?;
        let token = random_token();
        diesel::insert_into(wallet_tokens::table)
            .values((
                wallet_tokens::token_hash.eq(hash_token(&token)),
                wallet_tokens::certificate_code.eq(&certificate),
                wallet_tokens::tenant.eq(tenant),
                wallet_tokens::expires_at.eq(to_db(now + TOKEN_LIFETIME)),
            ))
            .execute(conn)?;
        Ok(Ok(WalletToken {
            access_token: token,
            token_type: "Bearer",
            expires_in: TOKEN_LIFETIME.num_seconds(),
        }))
    })
}
