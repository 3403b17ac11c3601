//! Public keys as JSON Web Keys (RFC 7517), their thumbprints (RFC 7638) as key ids, and
//! the key set published at `/.well-known/jwks.json`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use p256::EncodedPoint;
use p256::ecdsa::VerifyingKey;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    pub kty: String,
    pub crv: String,
    pub kid: String,
    pub x: String,
    pub y: String,
    #[serde(rename = "use", default, skip_serializing_if = "Option::is_none")]
    pub key_use: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    /// The X.509 certificate chain, standard base64 DER, signer first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwks {
    pub keys: Vec<Jwk>,
}

impl Jwks {
    pub fn find(&self, kid: &str) -> Option<&Jwk> {
        self.keys.iter().find(|k| k.kid == kid)
    }
}

fn coordinates(key: &VerifyingKey) -> (String, String) {
    let point = key.to_encoded_point(false);
    let encode =
        |c: Option<&p256::FieldBytes>| c.map(|c| URL_SAFE_NO_PAD.encode(c)).unwrap_or_default();
    (encode(point.x()), encode(point.y()))
}

/// The RFC 7638 thumbprint: SHA-256 over the required members in lexical order.
pub fn thumbprint(key: &VerifyingKey) -> String {
    let (x, y) = coordinates(key);
    let canonical = format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#);
    URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()))
}

pub fn public_jwk(key: &VerifyingKey, certificate_der: Option<&[u8]>) -> Jwk {
    let (x, y) = coordinates(key);
    Jwk {
        kty: "EC".into(),
        crv: "P-256".into(),
        kid: thumbprint(key),
        x,
        y,
        key_use: Some("sig".into()),
        alg: Some("ES256".into()),
        x5c: certificate_der.map(|der| vec![STANDARD.encode(der)]),
    }
}

impl Jwk {
    pub fn verifying_key(&self) -> Option<VerifyingKey> {
        if self.kty != "EC" || self.crv != "P-256" {
            return None;
        }
        let x = URL_SAFE_NO_PAD.decode(&self.x).ok()?;
        let y = URL_SAFE_NO_PAD.decode(&self.y).ok()?;
        if x.len() != 32 || y.len() != 32 {
            return None;
        }
        let point = EncodedPoint::from_affine_coordinates(
            p256::FieldBytes::from_slice(&x),
            p256::FieldBytes::from_slice(&y),
            false,
        );
        VerifyingKey::from_encoded_point(&point).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::SigningKey;

    #[test]
    fn a_jwk_round_trips_to_the_same_key_and_thumbprint() {
        let key = SigningKey::from_slice(&[7u8; 32]).expect("valid scalar");
        let jwk = public_jwk(key.verifying_key(), None);
        assert_eq!(jwk.verifying_key().as_ref(), Some(key.verifying_key()));
        assert_eq!(jwk.kid, thumbprint(key.verifying_key()));
        assert_eq!(jwk.kid.len(), 43);
    }
}
