//! The inspectors' check of a presentation made for the check page.

use diesel::prelude::*;
use serde_json::Value;
use subtle::ConstantTimeEq;

use super::super::{Context, Error};
use super::{issuer_of, new_nonce};
use crate::clock::to_db;
use crate::db::schema::{wallet_credentials, wallet_nonces};
use crate::db::{DbConnection, Writer};
use crate::secret::hash_token;

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
