//! What a response may look like before libxmlsec1 sees it. xmlsec follows a
//! signature's references and runs its transforms before it checks the signature value:
//! a reference to `file:///dev/zero` or to an address elsewhere, or an XPath transform of
//! cubic cost, would let anyone crash the service, make it fetch addresses, or hold it
//! busy, without a key. So only the shape a SAML response needs passes: one response,
//! one assertion (plain or encrypted) directly inside it, at most one signature on each,
//! each with one reference to its own parent by id, the enveloped-signature and
//! canonicalisation transforms, and no reference out of the document.

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

const ASSERTION_NS: &[u8] = b"urn:oasis:names:tc:SAML:2.0:assertion";
const PROTOCOL_NS: &[u8] = b"urn:oasis:names:tc:SAML:2.0:protocol";
const DSIG_NS: &[u8] = b"http://www.w3.org/2000/09/xmldsig#";
const XENC_NS: &[u8] = b"http://www.w3.org/2001/04/xmlenc#";
const EXC_C14N_NS: &[u8] = b"http://www.w3.org/2001/10/xml-exc-c14n#";

/// The transforms and canonicalisations a SAML signature uses (SAML core 5.4.3–4).
const ALLOWED_TRANSFORMS: [&[u8]; 4] = [
    b"http://www.w3.org/2000/09/xmldsig#enveloped-signature",
    b"http://www.w3.org/2001/10/xml-exc-c14n#",
    b"http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    b"http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
];

/// Deeper than any response; a bound on what the parsers below are given.
const MAX_DEPTH: usize = 48;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Response,
    Assertion,
    Signature,
    SignedInfo,
    Transform,
    Other,
}

struct Frame {
    kind: Kind,
    id: Option<String>,
    /// In a signed-info frame: its references; in any other: the signatures directly in it.
    references: usize,
    signatures: usize,
}

fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// Whether `xml` has the shape of a SAML response this service can check safely.
pub fn acceptable(xml: &str) -> bool {
    check(xml).is_some()
}

fn check(xml: &str) -> Option<()> {
    let mut reader = NsReader::from_str(xml);
    let mut stack: Vec<Frame> = Vec::new();
    let (mut assertions, mut signatures) = (0, 0);
    loop {
        let (ns, event) = reader.read_resolved_event().ok()?;
        let (e, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                let frame = stack.pop()?;
                // A signature names exactly one reference.
                if frame.kind == Kind::SignedInfo && frame.references != 1 {
                    return None;
                }
                continue;
            }
            Event::Eof => break,
            // No document type (entities), no processing instructions.
            Event::DocType(_) | Event::PI(_) => return None,
            _ => continue,
        };
        if stack.len() >= MAX_DEPTH {
            return None;
        }
        let ns: &[u8] = match &ns {
            ResolveResult::Bound(n) => n.as_ref(),
            _ => b"",
        };
        let local = e.local_name();
        let local = local.as_ref();
        // Nothing is fetched from outside the document.
        if attribute(&e, b"URI").is_some_and(|uri| !uri.is_empty() && !uri.starts_with('#')) {
            return None;
        }
        let parent = stack.last().map(|f| f.kind);
        let kind = match (ns, local) {
            (PROTOCOL_NS, b"Response") if stack.is_empty() => Kind::Response,
            _ if stack.is_empty() => return None,
            (ASSERTION_NS, b"Assertion" | b"EncryptedAssertion") => {
                assertions += 1;
                if parent != Some(Kind::Response) {
                    return None;
                }
                Kind::Assertion
            }
            (DSIG_NS, b"Signature") => {
                signatures += 1;
                if !matches!(parent, Some(Kind::Response | Kind::Assertion)) {
                    return None;
                }
                let signed = stack.last_mut()?;
                signed.signatures += 1;
                if signed.signatures > 1 {
                    return None;
                }
                Kind::Signature
            }
            (DSIG_NS, b"SignedInfo") if parent == Some(Kind::Signature) => Kind::SignedInfo,
            (DSIG_NS, b"SignedInfo") => return None,
            (DSIG_NS, b"Reference") => {
                // To the element the signature sits in, by its id.
                let at = stack.iter().rposition(|f| f.kind == Kind::Signature)?;
                let signed = stack.get(at.checked_sub(1)?)?;
                let wanted = format!("#{}", signed.id.as_deref()?);
                if parent != Some(Kind::SignedInfo) || attribute(&e, b"URI")? != wanted {
                    return None;
                }
                if let Some(info) = stack.last_mut() {
                    info.references += 1;
                }
                Kind::Other
            }
            (DSIG_NS, b"Transform" | b"CanonicalizationMethod") => {
                let algorithm = attribute(&e, b"Algorithm")?;
                if !ALLOWED_TRANSFORMS.contains(&algorithm.as_bytes()) {
                    return None;
                }
                Kind::Transform
            }
            // A transform holds at most the exclusive canonicalisation's prefix list.
            (EXC_C14N_NS, b"InclusiveNamespaces") if parent == Some(Kind::Transform) => Kind::Other,
            _ if parent == Some(Kind::Transform) => return None,
            (DSIG_NS, b"Object" | b"Manifest" | b"XPath" | b"XSLT") => return None,
            (XENC_NS, b"CipherReference") => return None,
            _ => Kind::Other,
        };
        if !empty {
            stack.push(Frame {
                kind,
                id: attribute(&e, b"ID"),
                references: 0,
                signatures: 0,
            });
        } else if kind == Kind::SignedInfo {
            return None;
        }
    }
    (assertions == 1 && signatures <= 2 && stack.is_empty()).then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNED: &str = r##"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_r">
<saml:Issuer>idp</saml:Issuer>
<ds:Signature><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="#_r"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"><ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="xs"/></ds:Transform></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>x</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>x</ds:SignatureValue></ds:Signature>
<saml:Assertion ID="_a"><saml:Issuer>idp</saml:Issuer></saml:Assertion>
</samlp:Response>"##;

    #[test]
    fn a_plain_signed_response_passes() {
        assert!(acceptable(SIGNED));
    }

    #[test]
    fn references_out_of_the_document_or_to_another_element_are_refused() {
        for uri in ["file:///dev/zero", "http://169.254.169.254/", "#_a", ""] {
            let forged = SIGNED.replace(r##"URI="#_r""##, &format!(r#"URI="{uri}""#));
            assert!(!acceptable(&forged), "{uri}");
        }
    }

    #[test]
    fn costly_or_foreign_transforms_are_refused() {
        let xpath = SIGNED.replace(
            r#"<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>"#,
            r#"<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"><ds:XPath>count(//node())</ds:XPath></ds:Transform>"#,
        );
        assert!(!acceptable(&xpath));
        let xslt = SIGNED.replace(
            "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
            "http://www.w3.org/TR/1999/REC-xslt-19991116",
        );
        assert!(!acceptable(&xslt));
    }

    #[test]
    fn a_second_assertion_a_doctype_or_a_misplaced_signature_is_refused() {
        let two = SIGNED.replace(
            "<saml:Assertion",
            r#"<saml:Assertion ID="_b"><saml:Issuer>idp</saml:Issuer></saml:Assertion><saml:Assertion"#,
        );
        assert!(!acceptable(&two));
        let signature = &SIGNED[SIGNED.find("<ds:Signature>").expect("sig")
            ..SIGNED.find("</ds:Signature>").expect("end") + "</ds:Signature>".len()];
        let twice = SIGNED.replace(signature, &format!("{signature}{signature}"));
        assert!(!acceptable(&twice), "two signatures on the response");
        let nested = SIGNED.replace(
            r#"<saml:Assertion ID="_a"><saml:Issuer>idp</saml:Issuer></saml:Assertion>"#,
            r#"<samlp:Extensions><saml:Assertion ID="_a"><saml:Issuer>idp</saml:Issuer></saml:Assertion></samlp:Extensions>"#,
        );
        assert!(!acceptable(&nested));
        assert!(!acceptable(&format!("<!DOCTYPE x>{SIGNED}")));
        let object = SIGNED.replace(
            "<ds:SignatureValue>",
            "<ds:Object><x/></ds:Object><ds:SignatureValue>",
        );
        assert!(!acceptable(&object));
        assert!(!acceptable(
            "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\"/>"
        ));
    }
}
