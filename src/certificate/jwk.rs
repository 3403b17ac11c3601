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
    /// The health office (tenant id) this key signs for. A certificate naming another
    /// office is not verified by this key, however genuine its signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// The subject of the key's X.509 certificate, as RFC 4514 text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// A self-signed development key: what it signs is not a valid certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwks {
    pub keys: Vec<Jwk>,
}

impl Jwks {
    pub fn find(&self, kid: &str) -> Option<&Jwk> {
        self.keys.iter().find(|k| k.kid == kid)
    }

    /// The key `kid` as published for `tenant`: a key is only trusted for the office
    /// that owns it (one key may even be published for two offices).
    pub fn find_owned(&self, kid: &str, tenant: &str) -> Result<&Jwk, OwnershipError> {
        let published: Vec<&Jwk> = self.keys.iter().filter(|k| k.kid == kid).collect();
        if let Some(owned) = published
            .iter()
            .find(|k| k.tenant.as_deref() == Some(tenant))
        {
            return Ok(owned);
        }
        let owners: Vec<String> = published.iter().filter_map(|k| k.tenant.clone()).collect();
        Err(match (published.is_empty(), owners.is_empty()) {
            (true, _) => OwnershipError::Unknown(kid.to_string()),
            (false, true) => OwnershipError::Unowned(kid.to_string()),
            (false, false) => OwnershipError::OtherOffice {
                kid: kid.to_string(),
                owners: owners.join(", "),
                named: tenant.to_string(),
            },
        })
    }
}

impl Jwk {
    /// Whether what this key signs must be marked "development key — not valid". A key
    /// that does not say is treated as one: only a key published as an office's real
    /// key proves anything.
    pub fn is_development(&self) -> bool {
        self.development != Some(false)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OwnershipError {
    #[error("the key {0:?} is not among the published keys")]
    Unknown(String),
    #[error(
        "the published key {0:?} does not say which health office owns it (use a current copy of /.well-known/jwks.json)"
    )]
    Unowned(String),
    #[error(
        "the key {kid:?} belongs to the health office {owners:?}, not to {named:?} named in the certificate"
    )]
    OtherOffice {
        kid: String,
        owners: String,
        named: String,
    },
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
        tenant: None,
        subject: None,
        development: None,
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

    #[test]
    fn a_key_is_found_only_for_the_office_that_owns_it() {
        let key = SigningKey::from_slice(&[7u8; 32]).expect("valid scalar");
        let mut owned = public_jwk(key.verifying_key(), None);
        owned.tenant = Some("beispielstadt".into());
        let kid = owned.kid.clone();
        let set = Jwks {
            keys: vec![owned.clone()],
        };
        assert_eq!(set.find_owned(&kid, "beispielstadt"), Ok(&owned));
        assert!(matches!(
            set.find_owned(&kid, "musterstadt"),
            Err(OwnershipError::OtherOffice { .. })
        ));
        assert!(matches!(
            set.find_owned("other", "musterstadt"),
            Err(OwnershipError::Unknown(_))
        ));
        let unowned = Jwks {
            keys: vec![public_jwk(key.verifying_key(), None)],
        };
        assert!(matches!(
            unowned.find_owned(&kid, "musterstadt"),
            Err(OwnershipError::Unowned(_))
        ));
        assert!(
            owned.is_development(),
            "a key that does not say is no proof"
        );
    }
}
