//! Everything printed on a certificate, already formatted: the renderer only lays it out.

use std::path::PathBuf;

use crate::domain::{AssuranceLevel, IdentityCheck, RepresentativeRole};

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
    /// Day of the instruction, `DD.MM.YYYY`, for the statement's `{date}`.
    pub instructed_on: String,
    /// Day the certificate was issued, `DD.MM.YYYY`.
    pub issued_at: String,
    /// Who made the declaration for the holder (§43 Abs. 6 IfSG), and as what (not
    /// known for declarations made before the role was asked).
    pub representative: Option<(String, Option<RepresentativeRole>)>,
    /// The declaration in text form as made, in German (the authoritative wording);
    /// none for declarations stored before the German wording was kept.
    pub declaration_de: Option<String>,
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
    /// How the office made sure the holder is the person named.
    pub identity: IdentityCheck,
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
    /// `original`, `reviewed`, `machine` or `draft`, as the course language's.
    pub review: String,
    pub title: String,
    pub subtitle: String,
    pub holder: String,
    pub birth_date: String,
    pub instructed_at: String,
    pub issued_at: String,
    pub issuer: String,
    /// How identity was checked: the label, then one text per method (`{date}` and
    /// `{level}` filled in), and the levels.
    pub identity: String,
    pub identity_none: String,
    pub identity_staff: String,
    pub identity_bundid: String,
    pub level_substantial: String,
    pub level_high: String,
    /// The instruction; `{date}` is its day.
    pub statement: String,
    /// The holder's own declaration.
    pub declared: String,
    /// A representative's declaration: `{name}` as `{role}`.
    pub declared_by: String,
    pub role_parent: String,
    pub role_guardian: String,
    pub role_carer: String,
    /// The role of declarations made before it was asked: the person with custody.
    pub role_custody: String,
    pub declaration_heading: String,
    pub legal_basis: String,
    pub three_months: String,
    pub sealed: String,
    pub authoritative: String,
    pub code: String,
    pub verify: String,
    pub development_mark: String,
}

impl CertificateTexts {
    /// Every printed text.
    pub fn all(&self) -> [&str; 28] {
        [
            &self.title,
            &self.subtitle,
            &self.holder,
            &self.birth_date,
            &self.instructed_at,
            &self.issued_at,
            &self.issuer,
            &self.identity,
            &self.identity_none,
            &self.identity_staff,
            &self.identity_bundid,
            &self.level_substantial,
            &self.level_high,
            &self.statement,
            &self.declared,
            &self.declared_by,
            &self.role_parent,
            &self.role_guardian,
            &self.role_carer,
            &self.role_custody,
            &self.declaration_heading,
            &self.legal_basis,
            &self.three_months,
            &self.sealed,
            &self.authoritative,
            &self.code,
            &self.verify,
            &self.development_mark,
        ]
    }

    /// How identity was checked, in this language's words.
    pub fn identity_line(&self, check: IdentityCheck) -> String {
        match check {
            IdentityCheck::None => self.identity_none.clone(),
            IdentityCheck::Staff { checked_on } => self
                .identity_staff
                .replace("{date}", &checked_on.format("%d.%m.%Y").to_string()),
            IdentityCheck::Bundid { level, .. } => self.bundid_line(level),
        }
    }

    /// A login with the online ID card at `level` (the line names no day).
    pub fn bundid_line(&self, level: AssuranceLevel) -> String {
        self.identity_bundid.replace(
            "{level}",
            match level {
                AssuranceLevel::Substantial => &self.level_substantial,
                AssuranceLevel::High => &self.level_high,
            },
        )
    }

    pub fn role(&self, role: Option<RepresentativeRole>) -> &str {
        match role {
            Some(RepresentativeRole::Parent) => &self.role_parent,
            Some(RepresentativeRole::Guardian) => &self.role_guardian,
            Some(RepresentativeRole::Carer) => &self.role_carer,
            None => &self.role_custody,
        }
    }

    /// Who declared: the holder, or a representative named with their role.
    /// The certificate's statements in this language, in the order the PDF prints them:
    /// the instruction with its day, the declaration, the legal basis, the three months,
    /// the seal.
    pub fn statements(&self, doc: &CertificateDocument) -> [String; 5] {
        [
            self.statement.replace("{date}", &doc.instructed_on),
            self.declaration_line(doc.representative.as_ref()),
            self.legal_basis.clone(),
            self.three_months.clone(),
            format!("{} {}", self.sealed, self.authoritative),
        ]
    }

    pub fn declaration_line(
        &self,
        representative: Option<&(String, Option<RepresentativeRole>)>,
    ) -> String {
        match representative {
            None => self.declared.clone(),
            Some((name, role)) => self
                .declared_by
                .replace("{name}", name)
                .replace("{role}", self.role(*role)),
        }
    }
}
