//! The wallet's proof of possession (OpenID4VCI 1.0 §8.2.1.1, proof type `jwt`): a JWT
//! the wallet signs with the key the credential will be bound to, for this issuer and a
//! fresh nonce of ours.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::jwt::{JwtError, parse, public_key};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("the proof is not a signed JWT of type openid4vci-proof+jwt with a public P-256 jwk")]
    Form,
    #[error("the proof's signature is not by the key in its header")]
    Signature,
    #[error("the proof is for another issuer")]
    Audience,
    #[error("the proof is too old or from the future")]
    Time,
    #[error("the proof has no nonce")]
    Nonce,
}

/// How far a proof's `iat` may lie in the past, and ahead of our clock.
const MAX_AGE_S: i64 = 300;
const MAX_AHEAD_S: i64 = 60;

/// Checks the proof's form, signature, audience and age; returns the key to bind the
/// credential to (the header's `jwk`) and the nonce, which the caller must find unused.
pub fn checked_proof(
    jwt: &str,
    issuer: &str,
    now: DateTime<Utc>,
) -> Result<(Value, String), ProofError> {
    let parsed = parse(jwt).map_err(|_| ProofError::Form)?;
    if parsed.header["typ"] != "openid4vci-proof+jwt" {
        return Err(ProofError::Form);
    }
    // A key named elsewhere (kid, x5c) cannot be bound here: the header's jwk only.
    let jwk = parsed.header.get("jwk").cloned().ok_or(ProofError::Form)?;
    let key = public_key(&jwk).map_err(|_| ProofError::Form)?;
    parsed.verify(&key).map_err(|e| match e {
        JwtError::Signature => ProofError::Signature,
        _ => ProofError::Form,
    })?;
    let audience_matches = match &parsed.payload["aud"] {
        Value::String(aud) => aud == issuer,
        Value::Array(list) => list.len() == 1 && list[0] == issuer,
        _ => false,
    };
    if !audience_matches {
        return Err(ProofError::Audience);
    }
    let iat = parsed.payload["iat"].as_i64().ok_or(ProofError::Time)?;
    let now = now.timestamp();
    if iat < now - MAX_AGE_S || iat > now + MAX_AHEAD_S {
        return Err(ProofError::Time);
    }
    let nonce = parsed.payload["nonce"]
        .as_str()
        .filter(|n| !n.is_empty() && n.len() <= 128)
        .ok_or(ProofError::Nonce)?
        .to_string();
    // Only the public members: what `cnf.jwk` carries.
    let bound = serde_json::json!({"kty": "EC", "crv": "P-256", "x": jwk["x"], "y": jwk["y"]});
    Ok((bound, nonce))
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use p256::ecdsa::SigningKey;
    use serde_json::json;

    use super::super::jwt::sign_with;
    use super::*;

    fn jwk(key: &SigningKey) -> Value {
        let point = key.verifying_key().to_encoded_point(false);
        json!({"kty": "EC", "crv": "P-256",
            "x": URL_SAFE_NO_PAD.encode(point.x().expect("x")),
            "y": URL_SAFE_NO_PAD.encode(point.y().expect("y"))})
    }

    #[test]
    fn a_proof_must_be_signed_by_its_own_key_for_us_and_fresh() {
        let holder = SigningKey::from_slice(&[6u8; 32]).expect("scalar");
        let other = SigningKey::from_slice(&[8u8; 32]).expect("scalar");
        let now = Utc::now();
        let header = json!({"typ": "openid4vci-proof+jwt", "alg": "ES256", "jwk": jwk(&holder)});
        let proof = |aud: &str, iat: i64, key: &SigningKey| {
            sign_with(
                key,
                &header,
                &json!({"aud": aud, "iat": iat, "nonce": "n1"}),
            )
        };
        let t = now.timestamp();
        let (bound, nonce) =
            checked_proof(&proof("https://i", t, &holder), "https://i", now).expect("fine");
        assert_eq!(nonce, "n1");
        assert_eq!(bound, jwk(&holder));
        assert_eq!(
            checked_proof(&proof("https://i", t, &other), "https://i", now),
            Err(ProofError::Signature)
        );
        assert_eq!(
            checked_proof(&proof("https://evil", t, &holder), "https://i", now),
            Err(ProofError::Audience)
        );
        assert_eq!(
            checked_proof(&proof("https://i", t - 600, &holder), "https://i", now),
            Err(ProofError::Time)
        );
        let untyped = sign_with(
            &holder,
            &json!({"alg": "ES256", "jwk": jwk(&holder)}),
            &json!({}),
        );
        assert_eq!(
            checked_proof(&untyped, "https://i", now),
            Err(ProofError::Form)
        );
    }
}
