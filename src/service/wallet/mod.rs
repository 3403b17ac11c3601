//! The certificate in the citizen's wallet: offers (a pre-authorized code and a PIN),
//! the token and nonce a wallet asks for, the credential itself (an SD-JWT VC bound to
//! the wallet's key, signed with the office's key), and the office's status list, in
//! which a revocation flips the credential's bit.

mod check;
mod issue;
mod offer;
mod status;

use chrono::TimeDelta;
use diesel::prelude::*;

use super::{Context, Error};
use crate::clock::to_db;
use crate::db::schema::wallet_nonces;
use crate::db::{DbConnection, Writer};
use crate::secret::{hash_token, random_token};
use crate::wallet::{CONFIGURATION_ID, ClaimName};

pub use check::{PresentationCheck, check_presentation, new_verifier_nonce, verifier_of};
pub use issue::{CredentialRequest, Proofs, issue_credential};
pub(crate) use offer::draw_offer_pin;
pub use offer::{
    WalletOffer, WalletToken, offer_for_certificate, offer_for_enrolment, redeem_offer,
};
pub(in crate::service) use status::revoke_credentials;
pub use status::status_list;

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
