//! Compact JWS (RFC 7515) with ES256: what the QR code carries, so that a scanner can
//! check a certificate offline against the published keys.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey};
use serde::{Deserialize, Serialize};

use super::jwk::Jwks;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    alg: String,
    kid: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JwsError {
    #[error("not a compact JWS (three base64url parts)")]
    Malformed,
    #[error("the algorithm is {0:?}, not ES256")]
    WrongAlgorithm(String),
    #[error("the key {0:?} is not among the published keys")]
    UnknownKey(String),
    #[error("the signature does not match: the data was changed or not signed by this key")]
    BadSignature,
}

/// Signs `payload` with `key` (RFC 6979 deterministic ECDSA: the same input gives the
/// same JWS).
pub fn sign(key: &SigningKey, kid: &str, payload: &[u8]) -> String {
    let header = serde_json::json!({"alg": "ES256", "kid": kid}).to_string();
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload)
    );
    let signature: Signature = key.sign(input.as_bytes());
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
}

/// Checks `jws` against `keys`; returns the key id and the payload.
pub fn verify(jws: &str, keys: &Jwks) -> Result<(String, Vec<u8>), JwsError> {
    let mut parts = jws.trim().split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwsError::Malformed);
    };
    let decode = |part: &str| {
        URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|_| JwsError::Malformed)
    };
    let parsed: Header =
        serde_json::from_slice(&decode(header)?).map_err(|_| JwsError::Malformed)?;
    if parsed.alg != "ES256" {
        return Err(JwsError::WrongAlgorithm(parsed.alg));
    }
    let key = keys
        .find(&parsed.kid)
        .and_then(|jwk| jwk.verifying_key())
        .ok_or_else(|| JwsError::UnknownKey(parsed.kid.clone()))?;
    let signature =
        Signature::from_slice(&decode(signature)?).map_err(|_| JwsError::BadSignature)?;
    key.verify(format!("{header}.{payload}").as_bytes(), &signature)
        .map_err(|_| JwsError::BadSignature)?;
    Ok((parsed.kid, decode(payload)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::jwk::public_jwk;

    fn keys() -> (SigningKey, Jwks) {
        let key = SigningKey::from_slice(&[9u8; 32]).expect("valid scalar");
        let jwks = Jwks {
            keys: vec![public_jwk(key.verifying_key(), None)],
        };
        (key, jwks)
    }

    #[test]
    fn a_signed_payload_verifies_and_a_changed_one_does_not() {
        let (key, jwks) = keys();
        let kid = jwks.keys[0].kid.clone();
        let jws = sign(&key, &kid, br#"{"c":"ABCD"}"#);
        assert_eq!(
            verify(&jws, &jwks),
            Ok((kid.clone(), br#"{"c":"ABCD"}"#.to_vec()))
        );

        let mut parts: Vec<&str> = jws.split('.').collect();
        let forged = URL_SAFE_NO_PAD.encode(br#"{"c":"ABCE"}"#);
        parts[1] = &forged;
        assert_eq!(verify(&parts.join("."), &jwks), Err(JwsError::BadSignature));
        assert_eq!(verify("a.b", &jwks), Err(JwsError::Malformed));
        assert!(matches!(
            verify(&jws, &Jwks::default()),
            Err(JwsError::UnknownKey(_))
        ));
    }
}
