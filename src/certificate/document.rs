//! Everything printed on a certificate, already formatted: the renderer only lays it out.

use std::path::PathBuf;

/// One certificate as it is printed. Built from the signed record, so a lost PDF can
/// be rebuilt at any time (the PDF itself is never stored).
#[derive(Debug, Clone)]
pub struct CertificateDocument {
    /// `XXXX-XXXX-XXXX-XXXX`.
    pub code: String,
    pub holder_name: String,
    /// `DD.MM.YYYY`.
    pub birth_date: String,
    /// Date and time of the instruction in Europe/Berlin, `DD.MM.YYYY, HH:MM Uhr`.
    pub instructed_at: String,
    /// The person with custody who made the declaration for a minor (§43 Abs. 6 IfSG).
    pub guardian_name: Option<String>,
    pub issuer: Issuer,
    /// The German texts and, where the learner's language differs, that language's.
    pub primary: CertificateTexts,
    pub secondary: Option<CertificateTexts>,
    /// What the QR code holds: `PUBLIC_URL/v/CODE#JWS`.
    pub qr_payload: String,
    /// Where to verify by hand, e.g. `https://belehrung.example/v/`.
    pub verify_url: String,
    /// Signed with a development key: printed with a clear "not valid" mark.
    pub development_key: bool,
}

#[derive(Debug, Clone)]
pub struct Issuer {
    pub name: String,
    pub street: String,
    pub postcode_city: String,
    pub contact: String,
    /// A PNG logo, if the office has one.
    pub logo: Option<PathBuf>,
}

/// The fixed wording of a certificate in one language, from `certificates/texts/<lang>.toml`.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateTexts {
    pub language: String,
    pub title: String,
    pub subtitle: String,
    pub holder: String,
    pub birth_date: String,
    pub instructed_at: String,
    pub issuer: String,
    pub guardian: String,
    pub statement: String,
    pub legal_basis: String,
    pub three_months: String,
    pub code: String,
    pub verify: String,
    pub development_mark: String,
}

impl CertificateTexts {
    /// Every printed text.
    pub fn all(&self) -> [&str; 13] {
        [
            &self.title,
            &self.subtitle,
            &self.holder,
            &self.birth_date,
            &self.instructed_at,
            &self.issuer,
            &self.guardian,
            &self.statement,
            &self.legal_basis,
            &self.three_months,
            &self.code,
            &self.verify,
            &self.development_mark,
        ]
    }
}
