//! The electronic seal of the health office on a rendered certificate: a PAdES-B-B
//! signature (ETSI EN 319 142-1, `/SubFilter /ETSI.CAdES.detached`) appended to the PDF
//! as an incremental update, so the rendered bytes stay untouched in front of it.
//!
//! The CMS SignedData is detached and covers the whole file except the signature value
//! (`/ByteRange`); its signed attributes are content-type, message-digest, signing-time
//! and ESS signing-certificate-v2, and it carries the signer's certificate. ades-rs builds
//! it ([`ades::cades::sign`] over the byte range); this module writes the PDF structure
//! around it with lopdf and adapts a [`SigningIdentity`] to ades-rs's `Signer` trait, so
//! that a hardware key or a trust service can take the identity's place later.
//!
//! ades-rs also has `pades::sign`, which does both steps; its update in version 0.2.0
//! drops the document information and ID from the trailer (the title and the QR payload
//! vanish from the sealed file) and copies nested dictionaries of the page as `<<>>`.

use ades::signer::Signer;
use ades::{AdesError, Certificate, DigestAlgorithm};
use chrono::{DateTime, Utc};
use lopdf::{Dictionary, IncrementalDocument, Object, ObjectId, StringFormat};
use p256::ecdsa::signature::SignatureEncoding;
use p256::ecdsa::signature::hazmat::PrehashSigner;
use p256::ecdsa::{DerSignature, SigningKey, VerifyingKey};

use super::SigningIdentity;

/// Room for the CMS signature, in bytes (written as twice as many hex digits). A P-256
/// seal with its certificate takes about 1 KB; the rest leaves room for a certificate
/// from a real PKI.
const SIGNATURE_ROOM: usize = 8192;
/// Stands for each ByteRange number until the offsets are known; as wide as the widest
/// offset it is replaced with.
const RANGE_PLACEHOLDER: i64 = 9_999_999_999;

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("the signing certificate cannot be read: {0}")]
    Certificate(String),
    #[error("the signing certificate is not for the signing key")]
    KeyMismatch,
    #[error("the PDF cannot be sealed: {0}")]
    Pdf(String),
    #[error("the signature takes {0} bytes, more than the room reserved for it")]
    TooLarge(usize),
    #[error("signing: {0}")]
    Signing(#[from] AdesError),
}

impl From<lopdf::Error> for SealError {
    fn from(error: lopdf::Error) -> Self {
        SealError::Pdf(error.to_string())
    }
}

/// Seals `pdf` with `identity`'s key.
///
/// `signing_time` goes into the signature dictionary (`/M`). The CMS signing-time
/// attribute carries the system time of the call: ades-rs 0.2.0 reads the clock itself.
pub fn seal(
    pdf: &[u8],
    identity: &SigningIdentity,
    signing_time: DateTime<Utc>,
) -> Result<Vec<u8>, SealError> {
    let signer = IdentitySigner::new(&identity.signing_key, &identity.certificate_der)?;
    let mut sealed = with_placeholders(pdf, signing_time)?;

    // The signature value: everything between `<` and `>` after `/Contents`.
    let hex_zeros = vec![b'0'; 2 * SIGNATURE_ROOM];
    // Searched for in the appended update only: the input may hold anything.
    let start = find(&sealed, &hex_zeros, pdf.len())
        .filter(|&at| at > 0 && sealed[at - 1] == b'<')
        .ok_or_else(|| SealError::Pdf("signature placeholder not found".into()))?
        - 1;
    let end = start + 2 * SIGNATURE_ROOM + 2;
    if sealed.get(end - 1) != Some(&b'>') {
        return Err(SealError::Pdf("signature placeholder not closed".into()));
    }
    let ranges = [0, start, end, sealed.len() - end];

    let placeholder = RANGE_PLACEHOLDER.to_string();
    let width = placeholder.len();
    let mut from = find(&sealed, b"/ByteRange", pdf.len())
        .ok_or_else(|| SealError::Pdf("byte range not found".into()))?;
    for value in ranges {
        let at = find(&sealed, placeholder.as_bytes(), from)
            .ok_or_else(|| SealError::Pdf("byte range placeholder not found".into()))?;
        let text = format!("{value:>width$}");
        if text.len() != width {
            return Err(SealError::Pdf("the file is too large to seal".into()));
        }
        sealed[at..at + width].copy_from_slice(text.as_bytes());
        from = at + width;
    }

    let mut signed = Vec::with_capacity(sealed.len() - (end - start));
    signed.extend_from_slice(&sealed[..start]);
    signed.extend_from_slice(&sealed[end..]);
    let cms = ades::cades::sign(&signed, &signer)?;
    if cms.len() > SIGNATURE_ROOM {
        return Err(SealError::TooLarge(cms.len()));
    }
    let hex: String = cms.iter().map(|b| format!("{b:02X}")).collect();
    sealed[start + 1..start + 1 + hex.len()].copy_from_slice(hex.as_bytes());
    Ok(sealed)
}

/// The PDF with an incremental update that adds an invisible signature field on the
/// first page, its signature dictionary with placeholders for `/ByteRange` and
/// `/Contents`, and the form that holds the field. The trailer keeps every entry of the
/// previous one (document information, ID).
fn with_placeholders(pdf: &[u8], signing_time: DateTime<Utc>) -> Result<Vec<u8>, SealError> {
    let previous = lopdf::Document::load_mem(pdf)?;
    let catalog_id = previous.trailer.get(b"Root")?.as_reference()?;
    let page_id = previous
        .page_iter()
        .next()
        .ok_or_else(|| SealError::Pdf("the PDF has no page".into()))?;
    let version = previous.version.clone();
    let mut update = IncrementalDocument::create_from(pdf.to_vec(), previous);
    // lopdf starts the update with a `%PDF-` comment line; keep it at the file's version.
    update.new_document.version = version;

    let signature_id = update.new_document.add_object(Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Sig".to_vec())),
        ("Filter", Object::Name(b"Adobe.PPKLite".to_vec())),
        ("SubFilter", Object::Name(b"ETSI.CAdES.detached".to_vec())),
        (
            "ByteRange",
            Object::Array(vec![Object::Integer(RANGE_PLACEHOLDER); 4]),
        ),
        (
            "Contents",
            Object::String(vec![0; SIGNATURE_ROOM], StringFormat::Hexadecimal),
        ),
        ("M", Object::string_literal(pdf_date(signing_time))),
    ]));
    let field_id = update.new_document.add_object(Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Annot".to_vec())),
        ("Subtype", Object::Name(b"Widget".to_vec())),
        ("FT", Object::Name(b"Sig".to_vec())),
        ("T", Object::string_literal("Siegel")),
        ("V", Object::Reference(signature_id)),
        ("Rect", Object::Array(vec![Object::Integer(0); 4])),
        // Print + Locked: an invisible seal nobody can move.
        ("F", Object::Integer(132)),
        ("P", Object::Reference(page_id)),
    ]));

    // The page lists the field among its annotations.
    update.opt_clone_object_to_new_document(page_id)?;
    let mut annotations = resolved_array(update.get_prev_documents(), page_id, b"Annots")?;
    annotations.push(Object::Reference(field_id));
    dictionary_mut(&mut update, page_id)?.set("Annots", Object::Array(annotations));

    // The document's form lists the field; SigFlags 3: signed, append only.
    update.opt_clone_object_to_new_document(catalog_id)?;
    let existing_form = update
        .get_prev_documents()
        .catalog()?
        .get(b"AcroForm")
        .ok()
        .cloned();
    let mut form = match existing_form {
        Some(Object::Reference(id)) => update.get_prev_documents().get_dictionary(id)?.clone(),
        Some(Object::Dictionary(dict)) => dict,
        _ => Dictionary::new(),
    };
    let mut fields = match form.get(b"Fields") {
        Ok(Object::Array(fields)) => fields.clone(),
        _ => Vec::new(),
    };
    fields.push(Object::Reference(field_id));
    form.set("Fields", Object::Array(fields));
    form.set("SigFlags", Object::Integer(3));
    let form_id = update.new_document.add_object(form);
    dictionary_mut(&mut update, catalog_id)?.set("AcroForm", Object::Reference(form_id));

    let mut out = Vec::with_capacity(pdf.len() + 4 * SIGNATURE_ROOM);
    update
        .save_to(&mut out)
        .map_err(|e| SealError::Pdf(e.to_string()))?;
    Ok(out)
}

fn dictionary_mut(
    update: &mut IncrementalDocument,
    id: ObjectId,
) -> Result<&mut Dictionary, SealError> {
    Ok(update.new_document.get_object_mut(id)?.as_dict_mut()?)
}

/// An array entry of a dictionary, following a reference to it; empty when absent.
fn resolved_array(
    doc: &lopdf::Document,
    id: ObjectId,
    key: &[u8],
) -> Result<Vec<Object>, SealError> {
    match doc.get_dictionary(id)?.get(key) {
        Ok(Object::Array(items)) => Ok(items.clone()),
        Ok(Object::Reference(target)) => Ok(doc.get_object(*target)?.as_array()?.clone()),
        _ => Ok(Vec::new()),
    }
}

/// A PDF date, `D:YYYYMMDDHHmmSSZ`.
fn pdf_date(time: DateTime<Utc>) -> String {
    time.format("D:%Y%m%d%H%M%SZ").to_string()
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| at + from)
}

/// A [`SigningIdentity`] as ades-rs's signer: ECDSA P-256 over SHA-256 digests,
/// signatures DER-encoded as CMS expects.
pub struct IdentitySigner<'a> {
    key: &'a SigningKey,
    certificate: Certificate,
}

impl<'a> IdentitySigner<'a> {
    pub fn new(key: &'a SigningKey, certificate_der: &[u8]) -> Result<Self, SealError> {
        let certificate = Certificate::from_der(certificate_der)
            .map_err(|e| SealError::Certificate(e.to_string()))?;
        let spki = &certificate.inner().tbs_certificate.subject_public_key_info;
        let certified = VerifyingKey::from_sec1_bytes(spki.subject_public_key.raw_bytes())
            .map_err(|_| SealError::Certificate("not an ECDSA P-256 public key".into()))?;
        if &certified != key.verifying_key() {
            return Err(SealError::KeyMismatch);
        }
        Ok(Self { key, certificate })
    }
}

impl Signer for IdentitySigner<'_> {
    type Error = p256::ecdsa::Error;

    fn sign_digest(&self, digest: &[u8]) -> Result<Vec<u8>, Self::Error> {
        let signature: DerSignature = self.key.sign_prehash(digest)?;
        Ok(signature.to_vec())
    }

    fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    fn digest_algorithm(&self) -> DigestAlgorithm {
        DigestAlgorithm::Sha256
    }
}
