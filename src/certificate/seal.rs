//! The electronic seal of the health office on a rendered certificate: a PAdES-B-B
//! signature (ETSI EN 319 142-1, `/SubFilter /ETSI.CAdES.detached`) appended to the PDF
//! as an incremental update, so the rendered bytes stay untouched in front of it.
//!
//! The CMS SignedData (RFC 5652) is detached and covers the whole file except the
//! signature value (`/ByteRange`). Its signed attributes are content-type, message-digest
//! and ESS signing-certificate-v2; the time of signing is the signature dictionary's `/M`,
//! because PAdES forbids the CMS signing-time attribute. It carries the signer's
//! certificate and is signed with ECDSA P-256 over SHA-256.
//!
//! The structures are the `cms` and `x509-cert` crates' types, encoded by `der`; the
//! signature is any [`signature::Signer`] of DER-encoded ECDSA signatures, so that a
//! hardware key or a trust service can take the software key's place later. (The `cms`
//! crate's own builder is not used: its feature pulls in the `rsa` crate, which has an
//! unfixed timing advisory, RUSTSEC-2023-0071, and seals need no RSA.)

use chrono::{DateTime, Utc};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{
    CertificateSet, EncapsulatedContentInfo, SignedAttributes, SignedData, SignerIdentifier,
    SignerInfo, SignerInfos,
};
use const_oid::db::rfc5911::{
    ID_AA_SIGNING_CERTIFICATE_V_2, ID_CONTENT_TYPE, ID_DATA, ID_MESSAGE_DIGEST, ID_SIGNED_DATA,
};
use const_oid::db::rfc5912::{ECDSA_WITH_SHA_256, ID_SHA_256};
use der::asn1::{ObjectIdentifier, OctetString, SetOfVec};
use der::{Any, Decode, Encode, EncodeValue, Sequence, Tagged};
use lopdf::{Dictionary, IncrementalDocument, Object, ObjectId, StringFormat};
use p256::ecdsa::signature::{self, Keypair};
use p256::ecdsa::{DerSignature, VerifyingKey};
use sha2::{Digest, Sha256};
use spki::AlgorithmIdentifierOwned;
use x509_cert::Certificate;
use x509_cert::attr::Attribute;

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
    Signing(#[from] signature::Error),
    #[error("encoding the signature: {0}")]
    Encoding(#[from] der::Error),
}

impl From<lopdf::Error> for SealError {
    fn from(error: lopdf::Error) -> Self {
        SealError::Pdf(error.to_string())
    }
}

/// Seals `pdf` with `identity`'s key.
///
/// `signing_time` goes into the signature dictionary (`/M`); the same PDF sealed with
/// the same key at the same time gives the same bytes (ECDSA signatures here are
/// deterministic, RFC 6979).
pub fn seal(
    pdf: &[u8],
    identity: &SigningIdentity,
    signing_time: DateTime<Utc>,
) -> Result<Vec<u8>, SealError> {
    let certificate = signer_certificate(&identity.signing_key, &identity.certificate_der)?;
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

    let mut digest = Sha256::new();
    digest.update(&sealed[..start]);
    digest.update(&sealed[end..]);
    let cms = signed_data(&digest.finalize(), &certificate, &identity.signing_key)?;
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

/// The signer's certificate, if it certifies `key`.
fn signer_certificate<K: Keypair<VerifyingKey = VerifyingKey>>(
    key: &K,
    certificate_der: &[u8],
) -> Result<Certificate, SealError> {
    let certificate = Certificate::from_der(certificate_der)
        .map_err(|e| SealError::Certificate(e.to_string()))?;
    let spki = &certificate.tbs_certificate.subject_public_key_info;
    let certified = VerifyingKey::from_sec1_bytes(spki.subject_public_key.raw_bytes())
        .map_err(|_| SealError::Certificate("not an ECDSA P-256 public key".into()))?;
    if certified != key.verifying_key() {
        return Err(SealError::KeyMismatch);
    }
    Ok(certificate)
}

/// The DER of a CMS ContentInfo with a detached SignedData for content whose SHA-256 is
/// `content_digest`, signed by `signer` (the key of `certificate`).
fn signed_data<S: signature::Signer<DerSignature>>(
    content_digest: &[u8],
    certificate: &Certificate,
    signer: &S,
) -> Result<Vec<u8>, SealError> {
    let sha256 = sha256_identifier();
    let signing_certificate = SigningCertificateV2 {
        certs: vec![EssCertIdV2 {
            hash_algorithm: None,
            cert_hash: OctetString::new(Sha256::digest(certificate.to_der()?).as_slice())?,
        }],
    };
    // A SET OF: `der` sorts the attributes into their DER order.
    let signed_attributes: SignedAttributes = SetOfVec::try_from(vec![
        attribute(ID_CONTENT_TYPE, &ID_DATA)?,
        attribute(ID_MESSAGE_DIGEST, &OctetString::new(content_digest)?)?,
        attribute(ID_AA_SIGNING_CERTIFICATE_V_2, &signing_certificate)?,
    ])?;
    // The signature covers the attributes' DER with the SET tag (RFC 5652, section 5.4).
    let signature: DerSignature = signer.try_sign(&signed_attributes.to_der()?)?;

    let signer_info = SignerInfo {
        version: CmsVersion::V1,
        sid: SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: certificate.tbs_certificate.issuer.clone(),
            serial_number: certificate.tbs_certificate.serial_number.clone(),
        }),
        digest_alg: sha256.clone(),
        signed_attrs: Some(signed_attributes),
        signature_algorithm: AlgorithmIdentifierOwned {
            oid: ECDSA_WITH_SHA_256,
            // Absent for ECDSA (RFC 5758, section 3.2).
            parameters: None,
        },
        signature: OctetString::new(signature.as_bytes())?,
        unsigned_attrs: None,
    };
    let signed_data = SignedData {
        version: CmsVersion::V1,
        digest_algorithms: SetOfVec::try_from(vec![sha256])?,
        // Detached: the content is the PDF around the signature.
        encap_content_info: EncapsulatedContentInfo {
            econtent_type: ID_DATA,
            econtent: None,
        },
        certificates: Some(CertificateSet(SetOfVec::try_from(vec![
            CertificateChoices::Certificate(certificate.clone()),
        ])?)),
        crls: None,
        signer_infos: SignerInfos(SetOfVec::try_from(vec![signer_info])?),
    };
    Ok(ContentInfo {
        content_type: ID_SIGNED_DATA,
        content: Any::encode_from(&signed_data)?,
    }
    .to_der()?)
}

/// A signed attribute with one value.
fn attribute(
    oid: ObjectIdentifier,
    value: &(impl EncodeValue + Tagged),
) -> Result<Attribute, der::Error> {
    Ok(Attribute {
        oid,
        values: SetOfVec::try_from(vec![Any::encode_from(value)?])?,
    })
}

/// ESS `SigningCertificateV2` (RFC 5035, section 3): binds the signature to the signer's
/// certificate by its hash, so that it cannot be swapped for another certificate of the
/// same key. PAdES B-B requires it. The optional `policies` are left out.
#[derive(Debug, PartialEq, Sequence)]
struct SigningCertificateV2 {
    certs: Vec<EssCertIdV2>,
}

/// ESS `ESSCertIDv2`. The optional `issuerSerial` is left out: the hash identifies the
/// certificate, and the baseline profiles advise against it.
#[derive(Debug, PartialEq, Sequence)]
struct EssCertIdV2 {
    /// `DEFAULT id-sha256`: absent means SHA-256, and DER leaves a default value out.
    /// (An `Option` because the `der` derive supports defaults of `Copy` types only.)
    hash_algorithm: Option<AlgorithmIdentifierOwned>,
    cert_hash: OctetString,
}

fn sha256_identifier() -> AlgorithmIdentifierOwned {
    AlgorithmIdentifierOwned {
        oid: ID_SHA_256,
        // Absent, not NULL, for the SHA-2 family (RFC 5754, section 2).
        parameters: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::{check_seal, self_signed_identity};
    use chrono::TimeZone;
    use const_oid::db::rfc5911::ID_SIGNING_TIME;
    use lopdf::{Document, Stream};

    /// A one-page PDF, as small as lopdf writes it.
    fn one_page_pdf() -> Vec<u8> {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let content_id = doc.add_object(Stream::new(Dictionary::new(), b"0 0 m".to_vec()));
        let page_id = doc.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            ("Contents", Object::Reference(content_id)),
            (
                "MediaBox",
                Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()]),
            ),
        ]));
        doc.objects.insert(
            pages_id,
            Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page_id)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let catalog_id = doc.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages_id)),
        ]));
        doc.trailer.set("Root", Object::Reference(catalog_id));
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("save");
        out
    }

    /// The SignedData in the sealed PDF's signature dictionary.
    fn signed_data_of(sealed: &[u8]) -> SignedData {
        let document = Document::load_mem(sealed).expect("load");
        let contents = document
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .find_map(|d| match d.get(b"Contents") {
                Ok(Object::String(bytes, _)) if d.get(b"ByteRange").is_ok() => Some(bytes.clone()),
                _ => None,
            })
            .expect("signature dictionary");
        // The value is padded with zeros to the room reserved for it.
        let mut reader = der::SliceReader::new(&contents).expect("reader");
        let info: ContentInfo = der::Reader::decode(&mut reader).expect("ContentInfo");
        assert_eq!(info.content_type, ID_SIGNED_DATA);
        info.content.decode_as().expect("SignedData")
    }

    #[test]
    fn the_signature_is_pades_baseline_b() {
        let identity = self_signed_identity("t", "Gesundheitsamt Test").expect("identity");
        let time = Utc
            .with_ymd_and_hms(2030, 1, 2, 3, 4, 5)
            .single()
            .expect("time");
        let sealed = seal(&one_page_pdf(), &identity, time).expect("seal");
        assert_eq!(
            check_seal(&sealed).as_ref(),
            Ok(identity.signing_key.verifying_key())
        );

        let signed_data = signed_data_of(&sealed);
        assert_eq!(signed_data.encap_content_info.econtent_type, ID_DATA);
        assert!(
            signed_data.encap_content_info.econtent.is_none(),
            "detached"
        );
        let certificate = Certificate::from_der(&identity.certificate_der).expect("certificate");
        let certificates: Vec<_> = signed_data
            .certificates
            .as_ref()
            .expect("certificates")
            .0
            .iter()
            .cloned()
            .collect();
        assert_eq!(
            certificates,
            [CertificateChoices::Certificate(certificate.clone())]
        );

        let [signer] = signed_data.signer_infos.0.as_slice() else {
            panic!("one signer");
        };
        assert_eq!(
            signer.sid,
            SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
                issuer: certificate.tbs_certificate.issuer.clone(),
                serial_number: certificate.tbs_certificate.serial_number.clone(),
            })
        );
        assert_eq!(signer.digest_alg.oid, ID_SHA_256);
        assert_eq!(signer.signature_algorithm.oid, ECDSA_WITH_SHA_256);
        let attributes = signer.signed_attrs.as_ref().expect("signed attributes");
        let mut oids: Vec<_> = attributes.iter().map(|a| a.oid).collect();
        oids.sort();
        let mut expected = vec![
            ID_CONTENT_TYPE,
            ID_MESSAGE_DIGEST,
            ID_AA_SIGNING_CERTIFICATE_V_2,
        ];
        expected.sort();
        // No signing-time: PAdES forbids it; the time is the dictionary's `/M`.
        assert_eq!(oids, expected);
        assert!(!oids.contains(&ID_SIGNING_TIME));
        assert!(
            find(&sealed, b"/M(D:20300102030405Z)", 0).is_some(),
            "the signing time in the signature dictionary"
        );

        // ESS signing-certificate-v2 names the carried certificate by its SHA-256.
        let ess = attributes
            .iter()
            .find(|a| a.oid == ID_AA_SIGNING_CERTIFICATE_V_2)
            .and_then(|a| a.values.get(0))
            .expect("signing-certificate-v2");
        let ess: SigningCertificateV2 = ess.decode_as().expect("SigningCertificateV2");
        let [cert_id] = ess.certs.as_slice() else {
            panic!("one certificate id");
        };
        assert_eq!(cert_id.hash_algorithm, None, "SHA-256, the default");
        assert_eq!(
            cert_id.cert_hash.as_bytes(),
            Sha256::digest(&identity.certificate_der).as_slice()
        );
    }

    #[test]
    fn the_same_pdf_key_and_time_give_the_same_seal() {
        let identity = self_signed_identity("t", "Gesundheitsamt Test").expect("identity");
        let pdf = one_page_pdf();
        let time = Utc
            .with_ymd_and_hms(2030, 1, 2, 3, 4, 5)
            .single()
            .expect("time");
        let first = seal(&pdf, &identity, time).expect("seal");
        let later = seal(&pdf, &identity, time).expect("seal");
        assert_eq!(first, later);
        assert_ne!(
            seal(&pdf, &identity, time + chrono::Duration::seconds(1)).expect("seal"),
            first
        );
    }

    #[test]
    fn a_certificate_for_another_key_is_refused() {
        let identity = self_signed_identity("t", "Gesundheitsamt Test").expect("identity");
        let other = self_signed_identity("t", "Gesundheitsamt Test").expect("identity");
        let mismatched = SigningIdentity {
            certificate_der: other.certificate_der,
            ..identity
        };
        assert!(matches!(
            seal(&one_page_pdf(), &mismatched, Utc::now()),
            Err(SealError::KeyMismatch)
        ));
    }
}
