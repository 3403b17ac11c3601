//! Checking a presentation (RFC 9901 §7.3): the issuer's signature, every disclosure's
//! digest among the signed ones, and the key binding JWT — signed by the key the
//! credential is bound to, for this verifier and nonce, recent, over exactly what was
//! presented.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use p256::ecdsa::VerifyingKey;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::jwt::{parse, public_key};

/// Why a presentation is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PresentationError {
    #[error("not an SD-JWT presentation with a key binding")]
    Form,
    #[error("the issuer's signature does not match, or the issuer is unknown")]
    Signature,
    #[error("a disclosure is not among the signed digests")]
    Disclosure,
    #[error("the key binding is missing or not by the credential's key")]
    Binding,
    #[error("the key binding is for another verifier or nonce")]
    Audience,
    #[error("the key binding is too old or from the future")]
    Time,
}

/// What a presentation showed.
#[derive(Debug, Clone)]
pub struct Presented {
    pub issuer: String,
    /// The issuer's key id, as its header names it.
    pub kid: String,
    pub vct: String,
    /// The disclosed claims, in the order presented.
    pub claims: Vec<(String, Value)>,
    /// Where its status is: (list address, index).
    pub status: Option<(String, u64)>,
    /// The key binding's nonce, for the verifier to spend.
    pub nonce: String,
}

/// How far a key binding's `iat` may lie in the past, and ahead.
const MAX_AGE_S: i64 = 300;
const MAX_AHEAD_S: i64 = 60;

/// Checks `presentation` (`<JWT>~<disclosure>~…~<KB-JWT>`) for `audience`; `issuer_key`
/// finds the issuer's key by `iss` and `kid` (none: unknown issuer).
pub fn checked_presentation(
    presentation: &str,
    audience: &str,
    now: DateTime<Utc>,
    issuer_key: impl Fn(&str, &str) -> Option<VerifyingKey>,
) -> Result<Presented, PresentationError> {
    let presentation = presentation.trim();
    let (without_kb, kb) = presentation
        .rsplit_once('~')
        .ok_or(PresentationError::Form)?;
    let mut parts = without_kb.split('~');
    let jwt = parts.next().ok_or(PresentationError::Form)?;
    let disclosures: Vec<&str> = parts.filter(|d| !d.is_empty()).collect();
    let issued = parse(jwt).map_err(|_| PresentationError::Form)?;
    if issued.header["typ"] != "dc+sd-jwt" {
        return Err(PresentationError::Form);
    }
    let issuer = issued.payload["iss"]
        .as_str()
        .ok_or(PresentationError::Form)?;
    let kid = issued.header["kid"]
        .as_str()
        .ok_or(PresentationError::Form)?;
    let key = issuer_key(issuer, kid).ok_or(PresentationError::Signature)?;
    issued
        .verify(&key)
        .map_err(|_| PresentationError::Signature)?;
    if issued.payload["_sd_alg"] != "sha-256" {
        return Err(PresentationError::Form);
    }
    let digests: Vec<&str> = issued.payload["_sd"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut claims = Vec::new();
    let mut seen = Vec::new();
    for disclosure in &disclosures {
        let digest = URL_SAFE_NO_PAD.encode(Sha256::digest(disclosure.as_bytes()));
        if !digests.contains(&digest.as_str()) || seen.contains(&digest) {
            return Err(PresentationError::Disclosure);
        }
        seen.push(digest);
        let decoded: Value = URL_SAFE_NO_PAD
            .decode(disclosure)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or(PresentationError::Disclosure)?;
        let [_, Value::String(name), value] =
            decoded.as_array().map(Vec::as_slice).unwrap_or_default()
        else {
            return Err(PresentationError::Disclosure);
        };
        claims.push((name.clone(), value.clone()));
    }
    // The key binding: by the key in cnf, over exactly this presentation.
    let holder =
        public_key(&issued.payload["cnf"]["jwk"]).map_err(|_| PresentationError::Binding)?;
    let binding = parse(kb).map_err(|_| PresentationError::Binding)?;
    if binding.header["typ"] != "kb+jwt" {
        return Err(PresentationError::Binding);
    }
    binding
        .verify(&holder)
        .map_err(|_| PresentationError::Binding)?;
    let sd_hash = URL_SAFE_NO_PAD.encode(Sha256::digest(format!("{without_kb}~").as_bytes()));
    if binding.payload["sd_hash"] != sd_hash.as_str() {
        return Err(PresentationError::Binding);
    }
    if binding.payload["aud"] != audience {
        return Err(PresentationError::Audience);
    }
    let iat = binding.payload["iat"]
        .as_i64()
        .ok_or(PresentationError::Time)?;
    if iat < now.timestamp() - MAX_AGE_S || iat > now.timestamp() + MAX_AHEAD_S {
        return Err(PresentationError::Time);
    }
    let nonce = binding.payload["nonce"]
        .as_str()
        .ok_or(PresentationError::Audience)?
        .to_string();
    let status = issued.payload["status"]["status_list"]
        .as_object()
        .and_then(|s: &Map<String, Value>| {
            Some((s.get("uri")?.as_str()?.to_string(), s.get("idx")?.as_u64()?))
        });
    Ok(Presented {
        issuer: issuer.to_string(),
        kid: kid.to_string(),
        vct: issued.payload["vct"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        claims,
        status,
        nonce,
    })
}
