//! Checking the QR code's JWS as a certificate: the signature is genuine, by a published
//! key, and that key belongs to the health office the certificate names. Without the
//! last check, a key of one office would vouch for certificates "of" every other.

use super::claims::CertificateClaims;
use super::jwk::{Jwk, Jwks, OwnershipError};
use super::jws::{self, JwsError};

/// A certificate whose signature was checked, and the key that made it.
#[derive(Debug, Clone)]
pub struct VerifiedClaims {
    pub claims: CertificateClaims,
    pub key: Jwk,
}

impl VerifiedClaims {
    /// Signed with a development key: a test, not a valid certificate.
    pub fn development(&self) -> bool {
        self.key.is_development()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrCheckError {
    #[error(transparent)]
    Signature(#[from] JwsError),
    #[error("the signed data is not a certificate")]
    NotACertificate,
    #[error(transparent)]
    Ownership(#[from] OwnershipError),
}

/// Checks `jws` against `keys`. The signature is checked again with the key published
/// for the office the claims name, so that a key id published twice (one key imported
/// for two offices) is judged by the right entry.
pub fn verify_certificate_jws(jws: &str, keys: &Jwks) -> Result<VerifiedClaims, QrCheckError> {
    let (kid, payload) = jws::verify(jws, keys)?;
    let claims: CertificateClaims =
        serde_json::from_slice(&payload).map_err(|_| QrCheckError::NotACertificate)?;
    let key = keys.find_owned(&kid, &claims.iss)?.clone();
    jws::verify(
        jws,
        &Jwks {
            keys: vec![key.clone()],
        },
    )?;
    Ok(VerifiedClaims { claims, key })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::jwk::public_jwk;
    use p256::ecdsa::SigningKey;

    fn office_key(seed: u8, tenant: &str, development: bool) -> (SigningKey, Jwk) {
        let key = SigningKey::from_slice(&[seed; 32]).expect("valid scalar");
        let mut jwk = public_jwk(key.verifying_key(), None);
        jwk.tenant = Some(tenant.into());
        jwk.development = Some(development);
        (key, jwk)
    }

    fn claims(iss: &str) -> Vec<u8> {
        CertificateClaims {
            code: "ABCD-EFGH-JKMN-PQRS".into(),
            iss: iss.into(),
            gn: "Anna".into(),
            family: "Muster".into(),
            bd: "1990-04-12".into(),
            at: 1_764_000_000,
            gd: None,
            id: crate::domain::IdentityCheck::None,
        }
        .to_json()
    }

    #[test]
    fn only_the_named_offices_key_verifies_its_certificates() {
        let (a_key, a_jwk) = office_key(3, "musterstadt", false);
        let (b_key, b_jwk) = office_key(4, "beispielstadt", true);
        let keys = Jwks {
            keys: vec![a_jwk.clone(), b_jwk.clone()],
        };
        let genuine = jws::sign(&a_key, &a_jwk.kid, &claims("musterstadt"));
        let verified = verify_certificate_jws(&genuine, &keys).expect("genuine");
        assert_eq!(verified.claims.iss, "musterstadt");
        assert!(!verified.development());

        let foreign = jws::sign(&b_key, &b_jwk.kid, &claims("musterstadt"));
        assert!(matches!(
            verify_certificate_jws(&foreign, &keys),
            Err(QrCheckError::Ownership(OwnershipError::OtherOffice { .. }))
        ));
        let own = jws::sign(&b_key, &b_jwk.kid, &claims("beispielstadt"));
        assert!(
            verify_certificate_jws(&own, &keys)
                .expect("own office")
                .development()
        );
    }
}
