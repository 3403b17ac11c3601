//! Checking a sealed certificate PDF offline: the CMS signature over the byte range is
//! intact and made by the certificate it carries. Which keys to trust is the caller's
//! decision (the verify command compares the signer with the published keys).

use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerInfo};
use der::{Encode, Reader, SliceReader};
use lopdf::{Document, Object};
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{DerSignature, VerifyingKey};
use sha2::{Digest, Sha256};

const MESSAGE_DIGEST: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealCheckError {
    #[error("the PDF carries no signature")]
    Unsigned,
    #[error("the signature does not cover the whole file (something was appended after sealing)")]
    PartialCoverage,
    #[error("the signature is unreadable: {0}")]
    Malformed(String),
    #[error("the PDF was changed after it was sealed (digest mismatch)")]
    DigestMismatch,
    #[error("the signature does not match the signer's certificate")]
    BadSignature,
}

fn malformed(e: impl std::fmt::Display) -> SealCheckError {
    SealCheckError::Malformed(e.to_string())
}

/// Checks the PAdES seal of `pdf`; returns the public key that sealed it.
pub fn check_seal(pdf: &[u8]) -> Result<VerifyingKey, SealCheckError> {
    let document = Document::load_mem(pdf).map_err(malformed)?;
    let signature = document
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .find(|d| d.get(b"ByteRange").is_ok() && d.get(b"Contents").is_ok())
        .ok_or(SealCheckError::Unsigned)?;
    let range: Vec<usize> = signature
        .get(b"ByteRange")
        .and_then(Object::as_array)
        .map_err(malformed)?
        .iter()
        .map(|o| o.as_i64().ok().and_then(|n| usize::try_from(n).ok()))
        .collect::<Option<_>>()
        .ok_or_else(|| malformed("ByteRange is not four offsets"))?;
    let [start, first_len, second_start, second_len] = range[..] else {
        return Err(malformed("ByteRange is not four offsets"));
    };
    if start != 0
        || first_len > second_start
        || second_start.checked_add(second_len) != Some(pdf.len())
    {
        return Err(SealCheckError::PartialCoverage);
    }
    let contents = match signature.get(b"Contents").map_err(malformed)? {
        Object::String(bytes, _) => bytes,
        _ => return Err(malformed("Contents is not a string")),
    };
    // The value is padded with zeros to the room reserved for it: read one DER value.
    let mut reader = SliceReader::new(contents).map_err(malformed)?;
    let info: ContentInfo = reader.decode().map_err(malformed)?;
    let signed_data: SignedData = info.content.decode_as().map_err(malformed)?;
    let signer: &SignerInfo = signed_data
        .signer_infos
        .0
        .get(0)
        .ok_or_else(|| malformed("no signer"))?;
    let attributes = signer
        .signed_attrs
        .as_ref()
        .ok_or_else(|| malformed("no signed attributes"))?;

    let mut digest = Sha256::new();
    digest.update(&pdf[..first_len]);
    digest.update(&pdf[second_start..]);
    let message_digest = attributes
        .iter()
        .find(|a| a.oid == MESSAGE_DIGEST)
        .and_then(|a| a.values.get(0))
        .and_then(|v| v.decode_as::<der::asn1::OctetString>().ok())
        .ok_or_else(|| malformed("no message digest"))?;
    if message_digest.as_bytes() != digest.finalize().as_slice() {
        return Err(SealCheckError::DigestMismatch);
    }

    let certificate = signed_data
        .certificates
        .as_ref()
        .and_then(|set| {
            set.0.iter().find_map(|c| match c {
                cms::cert::CertificateChoices::Certificate(c) => Some(c),
                _ => None,
            })
        })
        .ok_or_else(|| malformed("no signer certificate"))?;
    let key = VerifyingKey::from_sec1_bytes(
        certificate
            .tbs_certificate
            .subject_public_key_info
            .subject_public_key
            .raw_bytes(),
    )
    .map_err(|_| malformed("the signer's key is not ECDSA P-256"))?;
    let signed_attributes = attributes.to_der().map_err(malformed)?;
    let value = DerSignature::try_from(signer.signature.as_bytes())
        .map_err(|_| SealCheckError::BadSignature)?;
    key.verify(&signed_attributes, &value)
        .map_err(|_| SealCheckError::BadSignature)?;
    Ok(key)
}
