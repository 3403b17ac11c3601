//! Self-signed development identities: a fresh P-256 key and an X.509 certificate for it.
//!
//! Such a key lets an installation issue certificates before the Land's PKI has issued
//! one for the health office; everything it signs is marked "not valid".

use std::time::Duration;

use der::asn1::{SetOfVec, Utf8StringRef};
use der::{Any, Encode};
use p256::ecdsa::{DerSignature, SigningKey};
use spki::{EncodePublicKey, ObjectIdentifier, SubjectPublicKeyInfoOwned};
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;

use super::SigningIdentity;
use super::jwk::thumbprint;

/// id-at-commonName (RFC 4519).
const COMMON_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.3");
/// id-at-organizationName (RFC 4519).
const ORGANIZATION: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");
/// The organisation named in every development certificate.
const ORGANIZATION_NAME: &str = "belehrung";
/// How long a development certificate is valid.
const VALIDITY: Duration = Duration::from_secs(10 * 365 * 24 * 60 * 60);

#[derive(Debug, thiserror::Error)]
pub enum SelfSignedError {
    #[error("the common name must not be empty")]
    EmptyCommonName,
    #[error("encoding the certificate: {0}")]
    Der(#[from] der::Error),
    #[error("encoding the public key: {0}")]
    PublicKey(#[from] spki::Error),
    #[error("building the certificate: {0}")]
    Builder(#[from] x509_cert::builder::Error),
    #[error("no usable random key after several attempts")]
    KeyGeneration,
}

/// A new P-256 key and a self-signed certificate `CN=<common_name>,O=belehrung`, valid
/// for ten years, marked as a development identity.
///
/// The certificate is a self-signed end-entity certificate (basic constraints `cA=false`,
/// key usage digitalSignature + nonRepudiation): validators such as pyHanko require the
/// non-repudiation bit on a document signer, which a CA profile does not carry.
pub fn self_signed_identity(
    tenant: &str,
    common_name: &str,
) -> Result<SigningIdentity, SelfSignedError> {
    if common_name.trim().is_empty() {
        return Err(SelfSignedError::EmptyCommonName);
    }
    let signing_key = random_signing_key()?;
    let certificate_der = self_signed_certificate(&signing_key, common_name)?;
    Ok(SigningIdentity {
        kid: thumbprint(signing_key.verifying_key()),
        tenant: tenant.to_string(),
        signing_key,
        certificate_der,
        development: true,
    })
}

/// A self-signed certificate for `signing_key`, DER encoded.
pub fn self_signed_certificate(
    signing_key: &SigningKey,
    common_name: &str,
) -> Result<Vec<u8>, SelfSignedError> {
    let subject = subject_name(common_name)?;
    let public_key = signing_key.verifying_key().to_public_key_der()?;
    let spki = SubjectPublicKeyInfoOwned::try_from(public_key.as_bytes())?;
    let validity = Validity::from_now(VALIDITY)?;
    let profile = Profile::Leaf {
        issuer: subject.clone(),
        enable_key_agreement: false,
        enable_key_encipherment: false,
        include_subject_key_identifier: true,
    };
    let builder = CertificateBuilder::new(
        profile,
        random_serial_number()?,
        validity,
        subject,
        spki,
        signing_key,
    )?;
    let certificate = builder.build::<DerSignature>()?;
    Ok(certificate.to_der()?)
}

/// `CN=<common_name>,O=belehrung`, built attribute by attribute so that no character of
/// the common name needs escaping.
fn subject_name(common_name: &str) -> Result<Name, SelfSignedError> {
    // DER order is the reverse of the RFC 4514 string form.
    Ok(RdnSequence(vec![
        rdn(ORGANIZATION, ORGANIZATION_NAME)?,
        rdn(COMMON_NAME, common_name)?,
    ]))
}

fn rdn(oid: ObjectIdentifier, value: &str) -> Result<RelativeDistinguishedName, SelfSignedError> {
    let value = Any::encode_from(&Utf8StringRef::new(value)?)?;
    let mut set = SetOfVec::new();
    set.insert(AttributeTypeAndValue { oid, value })?;
    Ok(RelativeDistinguishedName(set))
}

/// A positive serial number of 16 random bytes (RFC 5280 allows up to 20 octets).
fn random_serial_number() -> Result<SerialNumber, SelfSignedError> {
    let mut bytes: [u8; 16] = rand::random();
    bytes[0] = (bytes[0] & 0x7f) | 0x01;
    Ok(SerialNumber::new(&bytes)?)
}

/// A uniformly random scalar; the few 32-byte strings that are no valid scalar are
/// drawn again.
fn random_signing_key() -> Result<SigningKey, SelfSignedError> {
    for _ in 0..16 {
        let bytes: [u8; 32] = rand::random();
        if let Ok(key) = SigningKey::from_slice(&bytes) {
            return Ok(key);
        }
    }
    Err(SelfSignedError::KeyGeneration)
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Decode;

    #[test]
    fn the_certificate_names_the_office_and_holds_the_key() {
        let identity = self_signed_identity("musterstadt", "Gesundheitsamt Musterstadt, Abt. 3")
            .expect("identity");
        assert!(identity.development);
        assert_eq!(
            identity.kid,
            thumbprint(identity.signing_key.verifying_key())
        );
        let certificate =
            x509_cert::Certificate::from_der(&identity.certificate_der).expect("certificate");
        let tbs = &certificate.tbs_certificate;
        assert_eq!(
            tbs.subject.to_string(),
            "CN=Gesundheitsamt Musterstadt\\, Abt. 3,O=belehrung"
        );
        assert_eq!(tbs.subject, tbs.issuer);
        let key = identity
            .signing_key
            .verifying_key()
            .to_public_key_der()
            .expect("spki");
        assert_eq!(
            tbs.subject_public_key_info.to_der().expect("der"),
            key.as_bytes()
        );
    }

    #[test]
    fn an_empty_common_name_is_refused() {
        assert!(matches!(
            self_signed_identity("t", "  "),
            Err(SelfSignedError::EmptyCommonName)
        ));
    }
}
