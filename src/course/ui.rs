//! The pages' texts per language (`content/ui/<lang>.toml`), checked with the content.

use serde::Deserialize;

use super::model::ReviewStatus;
use crate::domain::RevocationCategory;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiTexts {
    /// As the course language's (checked with the content).
    pub review: ReviewStatus,
    pub verify: VerifyTexts,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyTexts {
    pub title: String,
    pub intro: String,
    pub enter_code: String,
    pub code_hint: String,
    pub check: String,
    pub valid: String,
    pub revoked: String,
    pub unknown: String,
    /// A certificate deleted after the office's retention period (still valid).
    pub deleted: String,
    /// A certificate deleted after the retention period that had been revoked.
    pub deleted_revoked: String,
    /// What to check instead, the person's data being deleted.
    pub deleted_check: String,
    pub issued_at: String,
    pub deleted_at: String,
    pub typo: String,
    pub malformed: String,
    pub holder: String,
    /// The label of the holder's name in the passport's Latin spelling (the one the
    /// certificate prints), shown beside a name in another script.
    pub latin_spelling: String,
    pub birth_date: String,
    pub instructed_at: String,
    pub issuer: String,
    pub guardian: String,
    pub revoked_at: String,
    pub reason: String,
    pub three_months: String,
    pub signature_heading: String,
    pub signature_noscript: String,
    pub signature_none: String,
    pub signature_checking: String,
    pub signature_valid: String,
    pub signature_invalid: String,
    pub upload_heading: String,
    pub upload_hint: String,
    pub upload: String,
    pub upload_exact: String,
    pub upload_not_exact: String,
    pub upload_missing: String,
    pub language: String,
    /// Instead of "valid" when the certificate was signed with a development key.
    pub development_key: String,
    /// The QR code's signature is genuine but made with a development key.
    pub signature_development: String,
    /// The public names of the revocation categories.
    pub revocation: RevocationTexts,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevocationTexts {
    pub issued_in_error: String,
    pub replaced: String,
    pub obtained_by_deception: String,
    pub other: String,
}

impl RevocationTexts {
    pub fn label(&self, category: RevocationCategory) -> &str {
        match category {
            RevocationCategory::IssuedInError => &self.issued_in_error,
            RevocationCategory::Replaced => &self.replaced,
            RevocationCategory::ObtainedByDeception => &self.obtained_by_deception,
            RevocationCategory::Other => &self.other,
        }
    }
}
