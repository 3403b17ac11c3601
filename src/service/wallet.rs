//! The certificate in the citizen's wallet: offers (a pre-authorized code and a PIN),
//! the token and nonce a wallet asks for, the credential itself (an SD-JWT VC bound to
//! the wallet's key, signed with the office's key), and the office's status list, in
//! which a revocation flips the credential's bit.

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use rand::Rng;
use serde::Serialize;
use serde_json::{Map, Value, json};
use subtle::ConstantTimeEq;

use super::{Context, Error};
use crate::clock::to_db;
use crate::db::schema::{
    certificates, wallet_credentials, wallet_nonces, wallet_offers, wallet_status_next,
    wallet_tokens,
};
use crate::db::{DbConnection, Writer};
use crate::domain::{CertificateCode, EnrolmentId};
use crate::secret::{hash_token, random_token};
use crate::wallet::{
    CONFIGURATION_ID, ClaimName, Disclosed, Signer, checked_proof, issue_sd_jwt, status_list_jwt,
};

/// How long an offer, an access token and a nonce work.
const OFFER_LIFETIME: TimeDelta = TimeDelta::minutes(15);
const TOKEN_LIFETIME: TimeDelta = TimeDelta::minutes(5);
const NONCE_LIFETIME: TimeDelta = TimeDelta::minutes(5);
/// Wrong PINs an offer takes before it dies.
const MAX_WRONG_PINS: i32 = 5;

const PRE_AUTHORIZED: &str = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

/// What a wallet is refused, as OAuth 2.0 and OpenID4VCI name it (`{"error": …}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalletRefusal {
    InvalidRequest,
    InvalidGrant,
    UnsupportedGrantType,
    InvalidToken,
    InvalidProof,
    InvalidNonce,
    UnknownCredentialConfiguration,
}

impl WalletRefusal {
    pub fn code(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidGrant => "invalid_grant",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::InvalidToken => "invalid_token",
            Self::InvalidProof => "invalid_proof",
            Self::InvalidNonce => "invalid_nonce",
            Self::UnknownCredentialConfiguration => "unknown_credential_configuration",
        }
    }
}

/// The office's issuer identifier.
pub fn issuer_of(ctx: &Context, tenant: &str) -> String {
    format!("{}/wallet/{tenant}", ctx.public_url)
}

fn vct(ctx: &Context) -> String {
    format!("{}/vct/{CONFIGURATION_ID}", ctx.public_url)
}

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
            return Err(Error::Conflict(super::Conflict::AlreadyRevoked));
        }
        let enrolment = super::auth::find_enrolment(conn, id)?;
        let Some(email) = enrolment.email.clone().filter(|_| ctx.mails_go_out) else {
            return make_offer(ctx, conn, &code, &tenant, true).map(|made| made.offer);
        };
        let mut offer = make_offer(ctx, conn, &code, &tenant, false)?;
        let language = super::status::course_language(ctx, &enrolment)?
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
    who: &super::office::StaffActor,
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
            return Err(Error::Conflict(super::Conflict::AlreadyRevoked));
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

/// A fresh nonce for a wallet's proof.
pub fn new_nonce(ctx: &Context, conn: &mut Writer<'_>, tenant: &str) -> Result<String, Error> {
    let conn: &mut DbConnection = conn;
    let nonce = random_token();
    let now = ctx.clock.now();
    diesel::insert_into(wallet_nonces::table)
        .values((
            wallet_nonces::nonce_hash.eq(hash_token(&nonce)),
            wallet_nonces::tenant.eq(tenant),
            wallet_nonces::expires_at.eq(to_db(now + NONCE_LIFETIME)),
        ))
        .execute(conn)?;
    // Spent and expired nonces are of no further use.
    diesel::delete(wallet_nonces::table.filter(wallet_nonces::expires_at.lt(to_db(now))))
        .execute(conn)?;
    Ok(nonce)
}

/// What a wallet asks the credential endpoint for.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CredentialRequest {
    pub credential_configuration_id: Option<String>,
    pub proofs: Option<Proofs>,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Proofs {
    #[serde(default)]
    pub jwt: Vec<String>,
}

/// Issues the credential for the token's certificate, bound to the key of the wallet's
/// proof. The token works once; the proof's nonce too.
pub fn issue_credential(
    ctx: &Context,
    conn: &mut Writer<'_>,
    tenant: &str,
    access_token: &str,
    request: &CredentialRequest,
) -> Result<Result<String, WalletRefusal>, Error> {
    let issuer = issuer_of(ctx, tenant);
    let now = ctx.clock.now();
    if request.credential_configuration_id.as_deref() != Some(CONFIGURATION_ID) {
        return Ok(Err(WalletRefusal::UnknownCredentialConfiguration));
    }
    let Some([proof]) = request.proofs.as_ref().map(|p| p.jwt.as_slice()) else {
        return Ok(Err(WalletRefusal::InvalidProof));
    };
    let Ok((holder_key, nonce)) = checked_proof(proof, &issuer, now) else {
        return Ok(Err(WalletRefusal::InvalidProof));
    };
    let office = ctx
        .content
        .tenant(tenant)
        .ok_or(Error::NotFound("office"))?;
    let identity = ctx.keys.ensure(&office.id, &office.name)?;
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let token_hash = hash_token(access_token);
        let certificate: Option<String> = wallet_tokens::table
            .find(&token_hash)
            .filter(wallet_tokens::tenant.eq(tenant))
            .filter(wallet_tokens::used_at.is_null())
            .filter(wallet_tokens::expires_at.gt(to_db(now)))
            .select(wallet_tokens::certificate_code)
            .first(conn)
            .optional()?;
        let Some(certificate) = certificate else {
            return Ok(Err(WalletRefusal::InvalidToken));
        };
        let spent = diesel::update(
            wallet_nonces::table
                .find(hash_token(&nonce))
                .filter(wallet_nonces::tenant.eq(tenant))
                .filter(wallet_nonces::used_at.is_null())
                .filter(wallet_nonces::expires_at.gt(to_db(now))),
        )
        .set(wallet_nonces::used_at.eq(to_db(now)))
        .execute(conn)?;
        if spent != 1 {
            return Ok(Err(WalletRefusal::InvalidNonce));
        }
        let taken = diesel::update(
            wallet_tokens::table
                .find(&token_hash)
                .filter(wallet_tokens::used_at.is_null()),
        )
        .set(wallet_tokens::used_at.eq(to_db(now)))
        .execute(conn)?;
        if taken != 1 {
            return Ok(Err(WalletRefusal::InvalidToken));
        }
        // The certificate's row, locked while unrevoked: a revocation at this moment
        // waits for this credential and then flips its bit as well.
        let unrevoked = diesel::update(
            certificates::table
                .find(&certificate)
                .filter(certificates::revoked_at.is_null()),
        )
        .set(certificates::code.eq(certificates::code))
        .execute(conn)?;
        if unrevoked != 1 {
            return Ok(Err(WalletRefusal::InvalidToken));
        }
        let code =
            CertificateCode::parse(&certificate).map_err(|_| Error::NotFound("certificate"))?;
        let (view, _) = super::certificate_details(ctx, conn, &code)?;
        let index = next_status_index(conn, tenant)?;
        diesel::insert_into(wallet_credentials::table)
            .values((
                wallet_credentials::tenant.eq(tenant),
                wallet_credentials::status_index.eq(index),
                wallet_credentials::certificate_code.eq(&certificate),
                wallet_credentials::issued_at.eq(to_db(now)),
            ))
            .execute(conn)?;
        let mut always = Map::new();
        always.insert("iss".into(), json!(issuer));
        always.insert("iat".into(), json!(now.timestamp()));
        always.insert("vct".into(), json!(vct(ctx)));
        always.insert("cnf".into(), json!({"jwk": holder_key}));
        always.insert(
            "status".into(),
            json!({"status_list": {"idx": index, "uri": format!("{issuer}/status")}}),
        );
        let instructed_on = view
            .instructed_at
            .with_timezone(&chrono_tz::Europe::Berlin)
            .date_naive();
        let mut disclosed = vec![
            Disclosed {
                name: "given_name",
                value: json!(view.holder.given_name),
            },
            Disclosed {
                name: "family_name",
                value: json!(view.holder.family_name),
            },
            Disclosed {
                name: "birthdate",
                value: json!(view.holder.birth_date.to_string()),
            },
            Disclosed {
                name: "instructed_on",
                value: json!(instructed_on.to_string()),
            },
            Disclosed {
                name: "issuing_authority",
                value: json!(view.issuer.name),
            },
            Disclosed {
                name: "certificate_code",
                value: json!(view.code),
            },
            Disclosed {
                name: "identity_check",
                value: serde_json::to_value(view.identity).unwrap_or(Value::Null),
            },
        ];
        if let Some(latin) = &view.holder.latin {
            disclosed.push(Disclosed {
                name: "given_name_latin",
                value: json!(latin.given_name),
            });
            disclosed.push(Disclosed {
                name: "family_name_latin",
                value: json!(latin.family_name),
            });
        }
        let signer = Signer {
            key: &identity.signing_key,
            kid: &identity.kid,
            certificate_der: &identity.certificate_der,
        };
        tracing::info!(tenant = %tenant, "wallet credential issued");
        Ok(Ok(issue_sd_jwt(&signer, always, &disclosed)))
    })
}

/// The next place in the office's status list, taken under the counter row's lock.
fn next_status_index(conn: &mut DbConnection, tenant: &str) -> Result<i32, Error> {
    crate::on_backend!(conn, |c| diesel::insert_into(wallet_status_next::table)
        .values((
            wallet_status_next::tenant.eq(tenant),
            wallet_status_next::next_index.eq(0),
        ))
        .on_conflict_do_nothing()
        .execute(c))?;
    diesel::update(wallet_status_next::table.find(tenant))
        .set(wallet_status_next::next_index.eq(wallet_status_next::next_index + 1))
        .execute(conn)?;
    let next: i32 = wallet_status_next::table
        .find(tenant)
        .select(wallet_status_next::next_index)
        .first(conn)?;
    Ok(next - 1)
}

/// The office's signed status list: every credential's bit, 1 where its certificate
/// is revoked.
pub fn status_list(ctx: &Context, conn: &mut DbConnection, tenant: &str) -> Result<String, Error> {
    let office = ctx
        .content
        .tenant(tenant)
        .ok_or(Error::NotFound("office"))?;
    let rows: Vec<(i32, Option<chrono::NaiveDateTime>)> = wallet_credentials::table
        .filter(wallet_credentials::tenant.eq(tenant))
        .select((
            wallet_credentials::status_index,
            wallet_credentials::revoked_at,
        ))
        .load(conn)?;
    let entries = rows
        .iter()
        .map(|(i, _)| usize::try_from(*i).unwrap_or(0) + 1)
        .max()
        .unwrap_or(0);
    let revoked: Vec<usize> = rows
        .iter()
        .filter(|(_, revoked)| revoked.is_some())
        .filter_map(|(i, _)| usize::try_from(*i).ok())
        .collect();
    let identity = ctx.keys.ensure(&office.id, &office.name)?;
    let signer = Signer {
        key: &identity.signing_key,
        kid: &identity.kid,
        certificate_der: &identity.certificate_der,
    };
    let uri = format!("{}/status", issuer_of(ctx, tenant));
    Ok(status_list_jwt(
        &signer,
        &uri,
        &revoked,
        entries,
        ctx.clock.now(),
    ))
}

/// Flips the bits of the certificate's credentials (part of its revocation's write).
pub(super) fn revoke_credentials(
    conn: &mut DbConnection,
    code: &str,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    diesel::update(
        wallet_credentials::table
            .filter(wallet_credentials::certificate_code.eq(code))
            .filter(wallet_credentials::revoked_at.is_null()),
    )
    .set(wallet_credentials::revoked_at.eq(to_db(at)))
    .execute(conn)?;
    Ok(())
}

/// The names wallets show, from the course's page texts: (locale, name) per language.
pub fn display_names(ctx: &Context, id: &str) -> Vec<(String, String)> {
    ctx.content
        .course
        .languages
        .iter()
        .map(|l| (l.code.clone(), ctx.content.pages(&l.code).get(id)))
        .collect()
}

/// Every claim with its names.
pub fn claim_names(ctx: &Context) -> Vec<ClaimName> {
    [
        "given_name",
        "family_name",
        "birthdate",
        "instructed_on",
        "issuing_authority",
        "certificate_code",
        "identity_check",
        "given_name_latin",
        "family_name_latin",
    ]
    .into_iter()
    .map(|claim| ClaimName {
        claim,
        names: display_names(ctx, &format!("wallet-claim-{claim}")),
    })
    .collect()
}

/// Where an inspector's check of a presentation is addressed (the key binding's `aud`).
pub fn verifier_of(ctx: &Context) -> String {
    format!("{}/wallet/pruefen", ctx.public_url)
}

/// A fresh nonce for the inspector's check page.
pub fn new_verifier_nonce(ctx: &Context, conn: &mut Writer<'_>) -> Result<String, Error> {
    new_nonce(ctx, conn, VERIFIER)
}

/// The check page's nonces share the table with the issuers' (offices' ids never
/// start with `*`).
const VERIFIER: &str = "*verifier*";

/// What an inspector sees of a checked presentation.
#[derive(Debug, Clone)]
pub struct PresentationCheck {
    pub office: String,
    pub claims: Vec<(String, Value)>,
    pub revoked: bool,
    /// Signed with a development key: a test, not a valid certificate.
    pub development: bool,
}

/// Checks a presentation made for the check page: signed by an office of this
/// deployment with its published key, every disclosure signed, bound to the holder's
/// key, for the page's audience and an unused nonce of the page (spent now), and the
/// credential's status.
pub fn check_presentation(
    ctx: &Context,
    conn: &mut Writer<'_>,
    presentation: &str,
    page_nonce: &str,
) -> Result<Result<PresentationCheck, crate::wallet::PresentationError>, Error> {
    use crate::wallet::{PresentationError, checked_presentation};
    let jwks = ctx.keys.jwks()?;
    let prefix = format!("{}/wallet/", ctx.public_url);
    let office_of = |iss: &str| iss.strip_prefix(&prefix).map(str::to_string);
    let checked = checked_presentation(
        presentation,
        &verifier_of(ctx),
        ctx.clock.now(),
        |iss, kid| {
            let tenant = office_of(iss)?;
            jwks.find_owned(kid, &tenant).ok()?.verifying_key()
        },
    );
    let presented = match checked {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    // The nonce of the page this browser was given, not one fetched elsewhere.
    if !bool::from(presented.nonce.as_bytes().ct_eq(page_nonce.as_bytes())) {
        return Ok(Err(PresentationError::Audience));
    }
    // Valid means something only with whom it names: name and birth date shown.
    let shown = |name: &str| presented.claims.iter().any(|(claim, _)| claim == name);
    if !(shown("given_name") && shown("family_name") && shown("birthdate")) {
        return Ok(Err(PresentationError::Form));
    }
    let tenant = office_of(&presented.issuer).unwrap_or_default();
    let Some(office) = ctx.content.tenant(&tenant) else {
        return Ok(Err(PresentationError::Signature));
    };
    let conn: &mut DbConnection = conn;
    let now = ctx.clock.now();
    let spent = diesel::update(
        wallet_nonces::table
            .find(hash_token(&presented.nonce))
            .filter(wallet_nonces::tenant.eq(VERIFIER))
            .filter(wallet_nonces::used_at.is_null())
            .filter(wallet_nonces::expires_at.gt(to_db(now))),
    )
    .set(wallet_nonces::used_at.eq(to_db(now)))
    .execute(conn)?;
    if spent != 1 {
        return Ok(Err(PresentationError::Audience));
    }
    let expected_list = format!("{}/status", issuer_of(ctx, &tenant));
    let revoked = match &presented.status {
        Some((uri, index)) if *uri == expected_list => {
            let index = i32::try_from(*index).unwrap_or(i32::MAX);
            let row: Option<Option<chrono::NaiveDateTime>> = wallet_credentials::table
                .find((&tenant, index))
                .select(wallet_credentials::revoked_at)
                .first(conn)
                .optional()?;
            // An index the office never gave out: not a credential of ours.
            match row {
                Some(revoked_at) => revoked_at.is_some(),
                None => return Ok(Err(PresentationError::Signature)),
            }
        }
        _ => return Ok(Err(PresentationError::Form)),
    };
    let development = jwks
        .find_owned(&presented.kid, &tenant)
        .map_or(true, |k| k.is_development());
    Ok(Ok(PresentationCheck {
        office: office.name.clone(),
        claims: presented.claims,
        revoked,
        development,
    }))
}
