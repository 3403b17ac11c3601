//! The certificate's data as signed into the QR code.

use serde::{Deserialize, Serialize};

use crate::domain::IdentityCheck;

/// Short member names keep the QR code small enough to scan from paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateClaims {
    /// The code, `XXXX-XXXX-XXXX-XXXX`.
    pub code: String,
    /// The issuing tenant (health office) id.
    pub iss: String,
    pub gn: String,
    #[serde(rename = "fn")]
    pub family: String,
    /// Birth date, `YYYY-MM-DD`.
    pub bd: String,
    /// Instruction time, seconds since 1970 (UTC).
    pub at: i64,
    /// The person with custody who declared for a minor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gd: Option<String>,
    /// How identity was checked; a code signed before the methods existed has none,
    /// which reads as not checked (as it was).
    #[serde(default)]
    pub id: IdentityCheck,
}

impl CertificateClaims {
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// What the QR code holds: the verify page's address with the JWS as its fragment, so
/// that the JWS never reaches a server log and a scanner can check it offline.
pub fn qr_payload(public_url: &str, code: &str, jws: &str) -> String {
    format!("{public_url}/v/{code}#{jws}")
}

/// Splits a QR payload (or a bare JWS) into its JWS part.
pub fn jws_of(payload: &str) -> &str {
    payload
        .rsplit_once('#')
        .map_or(payload.trim(), |(_, jws)| jws.trim())
}
