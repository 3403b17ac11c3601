//! The identity provider's answer, posted by the learner's browser to the assertion
//! consumer service. Accepted only when `samael` (libxmlsec1) verified the signature with
//! a key from the provider's metadata and reduced the document to what the signature
//! covers, the response answers the request this browser was sent with, it is addressed
//! to this service, it is fresh, and it holds exactly one assertion, so that a second,
//! unsigned one (signature wrapping) is refused before anything reads it.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{Duration, NaiveDate};
use openssl::pkey::{PKey, Private};
use openssl::x509::X509;
use samael::crypto::AllowedSignatureAlgorithm;
use samael::metadata::EntityDescriptor;
use samael::schema::Assertion;
use samael::service_provider::{Error as SamlError, ServiceProvider};

use crate::domain::AssuranceLevel;

use super::shape::acceptable;
use super::{BIRTH_DATE, FAMILY_NAME, GIVEN_NAME, TRUST_LEVEL};

/// Far more than any real response (a few KB; encrypted, maybe 20), base64-encoded.
pub const MAX_RESPONSE_BYTES: usize = 96 * 1024;

/// Why a login was refused. The learner reads one of three messages; the log and the
/// tests tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LoginRefused {
    #[error("the response is not a single SAML response with one assertion")]
    Malformed,
    #[error("the signature is missing, wrong or does not cover the assertion")]
    Signature,
    #[error("the response or assertion is outside its validity")]
    Expired,
    #[error("the response is addressed to another service")]
    Audience,
    #[error("the response answers no request of this service")]
    UnknownRequest,
    #[error("the assertion was used before")]
    Replayed,
    #[error("the identity provider reported a lower level of assurance than required")]
    LevelTooLow,
    #[error("the assertion lacks the name or birth date")]
    Incomplete,
    #[error("the identity provider reported no success")]
    NotAuthenticated,
    #[error("the assertion could not be decrypted")]
    Decryption,
}

impl LoginRefused {
    /// For the log and the audit trail.
    pub fn code(self) -> &'static str {
        match self {
            Self::Malformed => "malformed",
            Self::Signature => "signature",
            Self::Expired => "expired",
            Self::Audience => "audience",
            Self::UnknownRequest => "unknown-request",
            Self::Replayed => "replayed",
            Self::LevelTooLow => "level-too-low",
            Self::Incomplete => "incomplete",
            Self::NotAuthenticated => "not-authenticated",
            Self::Decryption => "decryption",
        }
    }
}

/// What the service expects of the answer to one request.
pub struct Expected<'a> {
    pub entity_id: &'a str,
    pub acs_url: &'a str,
    pub request_id: &'a str,
    pub idp: &'a EntityDescriptor,
}

/// What an accepted assertion says.
#[derive(Debug, Clone)]
pub struct Asserted {
    pub issuer: String,
    pub assertion_id: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    pub level: AssuranceLevel,
}

/// Verifies a base64 `SAMLResponse`, decrypting with each of `keys` in turn.
pub fn verify(
    encoded: &str,
    expected: &Expected<'_>,
    keys: &[(PKey<Private>, X509)],
) -> Result<Asserted, LoginRefused> {
    if encoded.len() > MAX_RESPONSE_BYTES {
        return Err(LoginRefused::Malformed);
    }
    let compact: String = encoded
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let bytes = STANDARD
        .decode(compact)
        .map_err(|_| LoginRefused::Malformed)?;
    let xml = String::from_utf8(bytes).map_err(|_| LoginRefused::Malformed)?;
    if !acceptable(&xml) {
        tracing::info!("SAML response refused: not the shape of a response with one assertion");
        return Err(LoginRefused::Malformed);
    }
    let mut last = LoginRefused::Decryption;
    for (key, certificate) in keys {
        let sp = ServiceProvider {
            entity_id: Some(expected.entity_id.to_string()),
            key: Some(key.clone()),
            certificate: certificate.to_der().ok().map(Into::into),
            metadata_url: None,
            acs_url: Some(expected.acs_url.to_string()),
            slo_url: None,
            idp_metadata: expected.idp.clone(),
            // Small: the clocks of both sides are kept by NTP.
            max_clock_skew: Duration::seconds(60),
            max_issue_delay: Duration::seconds(120),
            allowed_signature_algorithms: Some(vec![
                AllowedSignatureAlgorithm::RsaSha256,
                AllowedSignatureAlgorithm::RsaSha384,
                AllowedSignatureAlgorithm::RsaSha512,
                AllowedSignatureAlgorithm::EcdsaSha256,
                AllowedSignatureAlgorithm::EcdsaSha384,
                AllowedSignatureAlgorithm::EcdsaSha512,
            ]),
            ..ServiceProvider::default()
        };
        match sp.parse_xml_response(&xml, Some(&[expected.request_id])) {
            Ok(assertion) => return read(&assertion),
            Err(error) => {
                last = classify(&error);
                // samael's words name addresses, ids and instants; a parse error could
                // quote the document (a name), so only its kind is logged.
                let quotes_document = matches!(
                    error,
                    SamlError::FailedToParseSamlResponse(_)
                        | SamlError::FailedToParseSamlAssertion(_)
                        | SamlError::DeserializeResponseError
                );
                if quotes_document {
                    tracing::info!("SAML response refused: unreadable after the signature check");
                } else {
                    tracing::info!(error = %error, "SAML response refused");
                }
                // Another key may decrypt what this one could not; nothing else changes
                // with the key.
                if last != LoginRefused::Decryption {
                    return Err(last);
                }
            }
        }
    }
    Err(last)
}

fn classify(error: &SamlError) -> LoginRefused {
    use SamlError as E;
    match error {
        E::FailedToValidateSignature | E::CryptoXmlError(_) => LoginRefused::Signature,
        E::AssertionExpired { .. }
        | E::AssertionSubjectConfirmationExpired { .. }
        | E::AssertionSubjectConfirmationExpiredBefore { .. }
        | E::AssertionConditionExpired { .. }
        | E::AssertionConditionExpiredBefore { .. }
        | E::ResponseExpired { .. } => LoginRefused::Expired,
        E::DestinationValidationError { .. }
        | E::AssertionConditionAudienceRestrictionFailed { .. }
        | E::AssertionRecipientMismatch { .. }
        | E::AssertionIssuerMismatch { .. }
        | E::ResponseIssuerMismatch { .. } => LoginRefused::Audience,
        E::AssertionInResponseToInvalid { .. } | E::ResponseInResponseToInvalid { .. } => {
            LoginRefused::UnknownRequest
        }
        E::ResponseBadStatusCode { .. } => LoginRefused::NotAuthenticated,
        E::MissingEncryptedKeyInfo
        | E::MissingEncryptedValueInfo
        | E::EncryptedAssertionKeyMethodUnsupported { .. }
        | E::EncryptedAssertionValueMethodUnsupported { .. }
        | E::EncryptedAssertionInvalid
        | E::FailedToDecryptAssertion
        | E::CryptoProviderError(_) => LoginRefused::Decryption,
        _ => LoginRefused::Malformed,
    }
}

/// Name, birth date and level from a verified assertion. samael checks an audience
/// restriction only where there is one; without one, the assertion is for anyone.
fn read(assertion: &Assertion) -> Result<Asserted, LoginRefused> {
    let restricted = assertion
        .conditions
        .as_ref()
        .and_then(|c| c.audience_restrictions.as_ref())
        .is_some_and(|r| !r.is_empty());
    if !restricted {
        return Err(LoginRefused::Audience);
    }
    let value = |name: &str| -> Option<String> {
        assertion
            .attribute_statements
            .iter()
            .flatten()
            .flat_map(|s| &s.attributes)
            .filter(|a| a.name.as_deref() == Some(name))
            .flat_map(|a| &a.values)
            .find_map(|v| v.value.as_deref())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let given_name = value(GIVEN_NAME).ok_or(LoginRefused::Incomplete)?;
    let family_name = value(FAMILY_NAME).ok_or(LoginRefused::Incomplete)?;
    let birth_date = value(BIRTH_DATE)
        .and_then(|raw| {
            NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(&raw, "%Y%m%d"))
                .ok()
        })
        .ok_or(LoginRefused::Incomplete)?;
    // The authentication context says how the person logged in; BundID repeats it as an
    // attribute. Where both are given, the lower counts; a level this service does not
    // know (a password login, say) counts as too low.
    let from_context = assertion
        .authn_statements
        .iter()
        .flatten()
        .filter_map(|s| s.authn_context.as_ref())
        .filter_map(|c| c.value.as_ref())
        .filter_map(|r| r.value.as_deref())
        .map(AssuranceLevel::from_class_ref)
        .collect::<Vec<_>>();
    let from_attribute = value(TRUST_LEVEL).map(|raw| AssuranceLevel::from_class_ref(&raw));
    let reported: Vec<Option<AssuranceLevel>> =
        from_context.into_iter().chain(from_attribute).collect();
    let level = reported
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .and_then(|levels| levels.into_iter().min())
        .ok_or(LoginRefused::LevelTooLow)?;
    Ok(Asserted {
        issuer: assertion.issuer.value.clone().unwrap_or_default(),
        assertion_id: assertion.id.clone(),
        given_name,
        family_name,
        birth_date,
        level,
    })
}
