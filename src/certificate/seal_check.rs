//! Checking a sealed certificate PDF: the rules a PAdES validator applies, in one place
//! for the offline check (`belehrung verify`) and the upload on the verify page.
//!
//! A file passes only when
//! - it is at most [`MAX_CERTIFICATE_BYTES`] long and reads as a PDF (a reader with
//!   bounded nesting and decompression: hostile files end in an error, not a crash);
//! - its catalogue's form holds exactly one signed signature field, and the file holds no
//!   other signature dictionary;
//! - the `/ByteRange` of that field's signature starts at 0 and ends at the end of the
//!   file, and the one gap it leaves is exactly that dictionary's `/Contents` string
//!   (`<`, hex digits, `>`, at the offsets where the dictionary holds it) — so that
//!   every other byte of the file is signed, also the cross-reference section and
//!   trailer a viewer starts from;
//! - the seal's revision is the last one: its cross-reference section lies after the
//!   signature value and nothing but white space follows the last `%%EOF`;
//! - the CMS signature over the signed bytes is intact and made by the certificate it
//!   carries.
//!
//! Then the file a viewer renders is the signed one, and the holder data is read from
//! that same parse. Which keys to trust is the caller's decision (the verify command
//! compares the signer with the published keys; the upload compares the whole file with
//! the issued ones).

use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerInfo};
use der::{Encode, Reader, SliceReader};
use lopdf_reader::xref::XrefEntry;
use lopdf_reader::{Dictionary, Document, LoadOptions, Object, ObjectId};
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{DerSignature, VerifyingKey};
use sha2::{Digest, Sha256};

use super::metadata;

/// Larger files are no certificate of ours (they are 30–400 KB) and are not parsed.
pub const MAX_CERTIFICATE_BYTES: usize = 5 * 1024 * 1024;
/// What one compressed object or cross-reference stream may inflate to while loading.
/// Ours has none (a classic cross-reference table); another producer's are far smaller.
const MAX_DECOMPRESSED_BYTES: usize = 1024 * 1024;
/// Streams a file may hold. Ours has six (the page, its fonts, the logo); the limit
/// bounds what the reader inflates in all: a few kilobytes each can inflate to the limit
/// above, and a file of many would take gigabytes.
const MAX_STREAMS: usize = 32;
/// How deep the form's field tree is followed (ours is flat).
const MAX_FIELD_DEPTH: usize = 8;
/// How many fields are looked at, at most.
const MAX_FIELDS: usize = 1000;

const MESSAGE_DIGEST: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealCheckError {
    #[error(
        "the file has {0} bytes, more than any certificate (at most {MAX_CERTIFICATE_BYTES} are read)"
    )]
    TooLarge(usize),
    #[error("the file cannot be read as a PDF: {0}")]
    Unreadable(String),
    #[error("the PDF carries no signature")]
    Unsigned,
    #[error("the PDF carries more than one signature")]
    SeveralSignatures,
    #[error("the signature does not cover the whole file (something was appended after sealing)")]
    PartialCoverage,
    #[error(
        "the signature leaves out more than its own value (the bytes it skips are not its /Contents string)"
    )]
    GapNotSignatureValue,
    #[error("the file was updated after it was sealed (the seal is not its last revision)")]
    NotLastRevision,
    #[error("the signature is unreadable: {0}")]
    Malformed(String),
    #[error("the PDF was changed after it was sealed (digest mismatch)")]
    DigestMismatch,
    #[error("the signature does not match the signer's certificate")]
    BadSignature,
}

impl SealCheckError {
    /// The file cannot be read as a certificate at all (as opposed to: it is one, and
    /// its seal does not hold).
    pub fn is_unreadable(&self) -> bool {
        matches!(self, Self::TooLarge(_) | Self::Unreadable(_))
    }
}

fn malformed(e: impl std::fmt::Display) -> SealCheckError {
    SealCheckError::Malformed(e.to_string())
}

/// A file that passed [`check_sealed`].
#[derive(Debug, Clone)]
pub struct SealedCertificate {
    /// The public key that made the seal.
    pub sealer: VerifyingKey,
    /// The QR payload in the signed document's information dictionary, if any.
    pub payload: Option<String>,
}

/// Checks the PAdES seal of `pdf` by the rules in the module documentation.
pub fn check_sealed(pdf: &[u8]) -> Result<SealedCertificate, SealCheckError> {
    let document = load(pdf)?;
    let signature_id = signature_of_form(&document)?;
    let signature_dictionaries = document
        .objects
        .values()
        .filter(|object| is_signature_dictionary(object))
        .count();
    if signature_dictionaries > 1 {
        return Err(SealCheckError::SeveralSignatures);
    }
    let signature = match document.objects.get(&signature_id) {
        Some(Object::Dictionary(dictionary)) => dictionary,
        _ => return Err(malformed("the signature field's value is not a dictionary")),
    };
    let (first_len, second_start) = byte_range(signature, pdf.len())?;
    let contents = match signature.get(b"Contents") {
        Ok(Object::String(bytes, _)) => bytes,
        _ => return Err(malformed("the signature has no /Contents string")),
    };
    gap_is_the_value(pdf, signature_id, first_len, second_start, contents)?;
    seal_is_last_revision(pdf, &document, signature_id, second_start)?;
    let sealer = verify_signature(pdf, first_len, second_start, contents)?;
    Ok(SealedCertificate {
        sealer,
        payload: metadata::payload_of(&document),
    })
}

/// Reads `pdf` with bounded nesting and decompression.
pub(super) fn load(pdf: &[u8]) -> Result<Document, SealCheckError> {
    if pdf.len() > MAX_CERTIFICATE_BYTES {
        return Err(SealCheckError::TooLarge(pdf.len()));
    }
    // The offsets in the file count from its first byte: nothing may stand before the
    // header (a lenient reader skips such bytes, and then its offsets differ).
    if !pdf.starts_with(b"%PDF-") {
        return Err(SealCheckError::Unreadable(
            "it does not start with %PDF-".into(),
        ));
    }
    // Every stream, whatever its dictionary says, is introduced by the keyword `stream`
    // and closed by `endstream`, which no escape can hide: counting the keyword bounds
    // the streams before the reader sees any.
    let keywords = pdf
        .windows(b"stream".len())
        .filter(|w| w == b"stream")
        .count();
    if keywords > 2 * MAX_STREAMS {
        return Err(SealCheckError::Unreadable(format!(
            "it holds more than {MAX_STREAMS} streams"
        )));
    }
    let options = LoadOptions {
        strict: true,
        max_decompressed_size: Some(MAX_DECOMPRESSED_BYTES),
        ..LoadOptions::default()
    };
    let document = Document::load_mem_with_options(pdf, options)
        .map_err(|e| SealCheckError::Unreadable(e.to_string()))?;
    if document.encryption_state.is_some() || document.trailer.get(b"Encrypt").is_ok() {
        return Err(SealCheckError::Unreadable("it is encrypted".into()));
    }
    Ok(document)
}

/// The signature dictionary of the one signed signature field in the catalogue's form.
fn signature_of_form(document: &Document) -> Result<ObjectId, SealCheckError> {
    let catalog = document
        .catalog()
        .map_err(|e| SealCheckError::Unreadable(format!("no catalogue: {e}")))?;
    let form = match catalog.get(b"AcroForm") {
        Ok(Object::Reference(id)) => document
            .get_dictionary(*id)
            .map_err(|_| SealCheckError::Unsigned)?,
        Ok(Object::Dictionary(form)) => form,
        _ => return Err(SealCheckError::Unsigned),
    };
    let fields = match form.get(b"Fields") {
        Ok(Object::Array(fields)) => fields.clone(),
        Ok(Object::Reference(id)) => document
            .get_object(*id)
            .and_then(Object::as_array)
            .map_err(|_| SealCheckError::Unsigned)?
            .clone(),
        _ => return Err(SealCheckError::Unsigned),
    };
    // Depth first through /Kids; the field type is inherited from the parent.
    let mut pending: Vec<(Object, usize, bool)> =
        fields.into_iter().map(|f| (f, 0, false)).collect();
    let mut seen = 0;
    let mut signed = Vec::new();
    while let Some((field, depth, parent_is_signature)) = pending.pop() {
        seen += 1;
        if seen > MAX_FIELDS || depth > MAX_FIELD_DEPTH {
            return Err(malformed("the form's fields nest too deeply"));
        }
        let Ok(Object::Dictionary(field)) = document.dereference(&field).map(|(_, o)| o) else {
            continue;
        };
        let is_signature = match field.get(b"FT") {
            Ok(Object::Name(kind)) => kind == b"Sig",
            _ => parent_is_signature,
        };
        if let Ok(Object::Array(kids)) = field.get(b"Kids") {
            pending.extend(kids.iter().map(|k| (k.clone(), depth + 1, is_signature)));
        }
        if is_signature && let Ok(value) = field.get(b"V") {
            match value {
                Object::Reference(id) => signed.push(*id),
                _ => return Err(malformed("the signature field's value is not a reference")),
            }
        }
    }
    match signed[..] {
        [] => Err(SealCheckError::Unsigned),
        [id] => Ok(id),
        _ => Err(SealCheckError::SeveralSignatures),
    }
}

fn is_signature_dictionary(object: &Object) -> bool {
    let dictionary = match object {
        Object::Dictionary(d) => d,
        Object::Stream(s) => &s.dict,
        _ => return false,
    };
    let signature_type = |t: &[u8]| t == b"Sig" || t == b"DocTimeStamp";
    dictionary.has(b"ByteRange")
        || matches!(dictionary.get(b"Type"), Ok(Object::Name(t)) if signature_type(t))
}

/// The two signed ranges `[0, first_len)` and `[second_start, len)`: returns
/// `(first_len, second_start)`.
fn byte_range(signature: &Dictionary, len: usize) -> Result<(usize, usize), SealCheckError> {
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
    if start != 0 || second_start.checked_add(second_len) != Some(len) {
        return Err(SealCheckError::PartialCoverage);
    }
    if first_len >= second_start {
        return Err(malformed("the ByteRange's ranges overlap"));
    }
    Ok((first_len, second_start))
}

/// The gap `[first_len, second_start)` must be exactly the signature dictionary's
/// `/Contents` string. The bytes alone cannot show whose value a hex string is, so the
/// file is read a second time with every digit of the gap changed: the dictionary's
/// `/Contents` must change to exactly those digits.
fn gap_is_the_value(
    pdf: &[u8],
    signature_id: ObjectId,
    first_len: usize,
    second_start: usize,
    contents: &[u8],
) -> Result<(), SealCheckError> {
    let gap = &pdf[first_len..second_start];
    let [b'<', digits @ .., b'>'] = gap else {
        return Err(SealCheckError::GapNotSignatureValue);
    };
    if digits.len() % 2 != 0 || !digits.iter().all(u8::is_ascii_hexdigit) {
        return Err(SealCheckError::GapNotSignatureValue);
    }
    if decode_hex(digits) != contents {
        return Err(SealCheckError::GapNotSignatureValue);
    }
    let mut probe = pdf.to_vec();
    let changed: Vec<u8> = digits.iter().map(|&d| other_hex_digit(d)).collect();
    probe[first_len + 1..second_start - 1].copy_from_slice(&changed);
    let reread = load(&probe).map_err(|_| SealCheckError::GapNotSignatureValue)?;
    match reread
        .objects
        .get(&signature_id)
        .and_then(|o| o.as_dict().ok())
        .and_then(|d| d.get(b"Contents").ok())
    {
        Some(Object::String(value, _)) if *value == decode_hex(&changed) => Ok(()),
        _ => Err(SealCheckError::GapNotSignatureValue),
    }
}

/// A hex digit of another value (each of its four bits flipped).
fn other_hex_digit(digit: u8) -> u8 {
    let value = hex_value(digit) ^ 0xF;
    b"0123456789ABCDEF"[usize::from(value)]
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        b'A'..=b'F' => digit - b'A' + 10,
        _ => 0,
    }
}

fn decode_hex(digits: &[u8]) -> Vec<u8> {
    digits
        .chunks_exact(2)
        .map(|pair| hex_value(pair[0]) << 4 | hex_value(pair[1]))
        .collect()
}

/// The revision that holds the seal is the file's last: the cross-reference section a
/// reader starts from comes after the signature value, the signature dictionary was
/// written after the previous revision ended, and only white space follows `%%EOF`.
fn seal_is_last_revision(
    pdf: &[u8],
    document: &Document,
    signature_id: ObjectId,
    second_start: usize,
) -> Result<(), SealCheckError> {
    if document.xref_start < second_start {
        return Err(SealCheckError::NotLastRevision);
    }
    let ends: Vec<usize> = pdf
        .windows(5)
        .enumerate()
        .filter(|(_, w)| *w == b"%%EOF")
        .map(|(at, _)| at)
        .collect();
    let Some(&last_end) = ends.last() else {
        return Err(SealCheckError::NotLastRevision);
    };
    if !pdf[last_end + 5..]
        .iter()
        .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0C' | b'\0'))
    {
        return Err(SealCheckError::NotLastRevision);
    }
    let Some(XrefEntry::Normal { offset, .. }) =
        document.reference_table.entries.get(&signature_id.0)
    else {
        return Err(malformed("the signature dictionary is not a plain object"));
    };
    let previous_end = ends.iter().rev().nth(1).copied().unwrap_or(0);
    if usize::try_from(*offset).unwrap_or(usize::MAX) < previous_end {
        return Err(SealCheckError::NotLastRevision);
    }
    Ok(())
}

/// The CMS signature: its message digest is that of the signed bytes, and its signed
/// attributes verify with the certificate it carries. Returns that key.
fn verify_signature(
    pdf: &[u8],
    first_len: usize,
    second_start: usize,
    contents: &[u8],
) -> Result<VerifyingKey, SealCheckError> {
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

/// Checks the seal of `pdf`; returns the public key that sealed it.
pub fn check_seal(pdf: &[u8]) -> Result<VerifyingKey, SealCheckError> {
    check_sealed(pdf).map(|sealed| sealed.sealer)
}

/// The QR payload (`…/v/CODE#JWS`) stored in the PDF's document information. The file
/// is read with the same limits as in the seal check; a file it refuses has none.
pub fn pdf_payload(pdf: &[u8]) -> Option<String> {
    metadata::payload_of(&load(pdf).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hex_digit_changes_to_another_one() {
        for digit in b"0123456789abcdefABCDEF" {
            let other = other_hex_digit(*digit);
            assert!(other.is_ascii_hexdigit());
            assert_ne!(hex_value(other), hex_value(*digit));
        }
        assert_eq!(decode_hex(b"00ff7A"), [0x00, 0xFF, 0x7A]);
    }

    #[test]
    fn what_is_no_pdf_cannot_be_read_at_all() {
        let large = vec![b' '; MAX_CERTIFICATE_BYTES + 1];
        assert!(matches!(
            check_sealed(&large),
            Err(SealCheckError::TooLarge(n)) if n == MAX_CERTIFICATE_BYTES + 1
        ));
        for bytes in [&b""[..], b"hello", b" %PDF-1.7\n", b"%PDF-1.7\n[[[["] {
            let refused = check_sealed(bytes).expect_err("refused");
            assert!(refused.is_unreadable(), "{refused}");
        }
    }
}
