use serde::Deserialize;

use super::fee::Fee;
use super::model::ReviewStatus;
use super::sections::SectionedText;
use crate::domain::{AssuranceLevel, IdentityMethod, Postcode};

/// A health office (Gesundheitsamt) served by this deployment.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    pub id: String,
    pub name: String,
    pub land: String,
    /// A fictitious office shipped for demonstration.
    #[serde(default)]
    pub example: bool,
    pub languages: Vec<String>,
    /// The machine-translated languages among `languages`, listed on purpose: an office
    /// offers an unchecked translation only knowingly (the pages then say so).
    #[serde(default)]
    pub unreviewed_languages: Vec<String>,
    #[serde(default)]
    pub postcodes: Vec<Postcode>,
    pub address: TenantAddress,
    pub contact: TenantContact,
    /// A PNG printed on the certificate, relative to `content/tenants/`.
    #[serde(default)]
    pub logo: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    /// What the instruction costs and how it is paid; none: free of charge.
    #[serde(default)]
    pub fee: Option<Fee>,
    /// Whether a learner who gives an address also receives the certificate by e-mail.
    #[serde(default = "yes")]
    pub email_certificates: bool,
    #[serde(default)]
    pub retention: Retention,
    /// The ways of checking identity the learner chooses among, in this order.
    #[serde(default = "unchecked")]
    pub identity: Vec<IdentityMethod>,
    /// How a check by staff goes on: required when `identity` has `staff`.
    #[serde(default)]
    pub staff_check: Option<StaffCheck>,
    /// How a login with the online ID card goes on, when `identity` has `bundid`.
    #[serde(default)]
    pub bundid: BundidLogin,
    /// Read from `content/tenants/<id>/`, not from the TOML file.
    #[serde(skip)]
    pub pages: TenantPages,
}

/// The texts every public body must publish with the service, in German Markdown.
#[derive(Debug, Clone, Default)]
pub struct TenantPages {
    pub accessibility: String,
    /// In sections, each shown on a page of its own.
    pub privacy: SectionedText,
    pub imprint: String,
}

fn yes() -> bool {
    true
}

fn unchecked() -> Vec<IdentityMethod> {
    vec![IdentityMethod::None]
}

/// The office's check of an identity document by its staff.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffCheck {
    /// Where and when to show the document, in German (shown to the learner with the
    /// case number).
    pub instructions: String,
    /// A page where a video call is booked, if the office offers one.
    #[serde(default)]
    pub booking_url: Option<String>,
    /// A confirmation takes two members of staff: one proposes, another completes.
    #[serde(default)]
    pub four_eyes: bool,
}

/// The office's login with the online ID card through the deployment's SAML identity
/// provider.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundidLogin {
    /// The lowest level of assurance the office accepts: `high` (the online ID card, the
    /// default) or `substantial`.
    #[serde(default = "BundidLogin::default_level")]
    pub min_level: AssuranceLevel,
    /// The identity provider's entity id, where the deployment has several (BundID and a
    /// Land's account); by default the first configured.
    #[serde(default)]
    pub identity_provider: Option<String>,
}

impl BundidLogin {
    fn default_level() -> AssuranceLevel {
        AssuranceLevel::High
    }
}

impl Default for BundidLogin {
    fn default() -> Self {
        Self {
            min_level: Self::default_level(),
            identity_provider: None,
        }
    }
}

/// How long the office keeps personal data (DSGVO Art. 5 Abs. 1 lit. e).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// An enrolment that did not lead to a certificate is deleted after this many days.
    #[serde(default = "Retention::default_unfinished_days")]
    pub unfinished_days: u32,
    /// A certificate's personal data is deleted this many years after it was issued;
    /// offices reissue lost certificates for about ten years.
    #[serde(default = "Retention::default_certificate_years")]
    pub certificate_years: u32,
}

impl Retention {
    fn default_unfinished_days() -> u32 {
        30
    }

    fn default_certificate_years() -> u32 {
        10
    }
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            unfinished_days: Self::default_unfinished_days(),
            certificate_years: Self::default_certificate_years(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantAddress {
    pub street: String,
    pub postcode: Postcode,
    pub city: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantContact {
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
}

impl Tenant {
    /// Whether the office serves learners of `postcode`: those it lists, and its own.
    pub fn serves(&self, postcode: &Postcode) -> bool {
        self.postcodes
            .iter()
            .chain([&self.address.postcode])
            .any(|served| served == postcode)
    }

    pub fn offers(&self, language: &str) -> bool {
        self.languages.iter().any(|l| l == language)
    }

    /// The method a learner gets without choosing: the office's only one.
    pub fn only_identity_method(&self) -> Option<IdentityMethod> {
        match self.identity.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }

    fn identity_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.identity.is_empty() {
            problems.push(
                "identity is empty: list the ways of checking identity (\"none\" for none)"
                    .to_string(),
            );
        }
        for (i, method) in self.identity.iter().enumerate() {
            if self.identity[..i].contains(method) {
                problems.push(format!("identity lists {:?} twice", method.code()));
            }
        }
        if self.identity.len() > 1 && self.identity.contains(&IdentityMethod::None) {
            problems.push(
                "identity offers \"none\" beside a check: a learner would always choose none"
                    .to_string(),
            );
        }
        match (&self.staff_check, self.identity.contains(&IdentityMethod::Staff)) {
            (None, true) => problems.push(
                "identity has \"staff\": say in [staff_check] instructions where and when to show the document"
                    .to_string(),
            ),
            (Some(check), true) if check.instructions.trim().is_empty() => {
                problems.push("staff_check.instructions is empty".to_string());
            }
            (Some(check), true)
                if check
                    .booking_url
                    .as_deref()
                    .is_some_and(|url| !url.starts_with("https://")) =>
            {
                problems.push("staff_check.booking_url must be an https:// address".to_string());
            }
            (Some(_), false) => {
                problems.push("[staff_check] is set, but identity has no \"staff\"".to_string());
            }
            _ => {}
        }
        problems
    }

    /// Problems with this tenant's data, given the languages the course has.
    pub fn problems(&self, course_languages: &[(&str, ReviewStatus)]) -> Vec<String> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push("name is empty".to_string());
        }
        if let Some(fee) = &self.fee {
            problems.extend(fee.problems());
        }
        if !(1..=365).contains(&self.retention.unfinished_days) {
            problems.push("retention.unfinished_days must be from 1 to 365".to_string());
        }
        if !(1..=30).contains(&self.retention.certificate_years) {
            problems.push("retention.certificate_years must be from 1 to 30".to_string());
        }
        if !self.contact.email.contains('@') {
            problems.push(format!(
                "contact.email {:?} is not an e-mail address",
                self.contact.email
            ));
        }
        if self.languages.is_empty() {
            problems.push("offers no language".to_string());
        }
        problems.extend(self.identity_problems());
        let review = |code: &str| {
            course_languages
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, review)| *review)
        };
        for language in &self.languages {
            let listed = self.unreviewed_languages.contains(language);
            match review(language) {
                None => problems.push(format!(
                    "offers language {language:?}, which the course does not have"
                )),
                Some(ReviewStatus::Draft) => problems.push(format!(
                    "offers language {language:?}, a draft not for participants"
                )),
                Some(ReviewStatus::Machine) if !listed => problems.push(format!(
                    "offers language {language:?}, an unchecked machine translation: list it in unreviewed_languages as well to offer it knowingly"
                )),
                Some(ReviewStatus::Original | ReviewStatus::Reviewed) if listed => problems
                    .push(format!(
                        "unreviewed_languages lists {language:?}, which is reviewed: remove it"
                    )),
                _ => {}
            }
        }
        for language in &self.unreviewed_languages {
            if !self.languages.contains(language) {
                problems.push(format!(
                    "unreviewed_languages lists {language:?}, which languages does not offer"
                ));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office(languages: &[&str], unreviewed: &[&str]) -> Tenant {
        let toml = format!(
            r#"
id = "amt"
name = "Gesundheitsamt"
land = "Hessen"
languages = {languages:?}
unreviewed_languages = {unreviewed:?}
[address]
street = "Weg 1"
postcode = "12345"
city = "Stadt"
[contact]
email = "amt@example.org"
"#
        );
        toml::from_str(&toml).expect("tenant")
    }

    const COURSE: [(&str, ReviewStatus); 4] = [
        ("de", ReviewStatus::Original),
        ("en", ReviewStatus::Machine),
        ("tr", ReviewStatus::Reviewed),
        ("xx", ReviewStatus::Draft),
    ];

    #[test]
    fn an_office_serves_its_listed_postcodes_and_its_own() {
        let mut amt = office(&["de"], &[]);
        amt.postcodes = vec![Postcode::parse("99999").expect("postcode")];
        let served = |raw: &str| amt.serves(&Postcode::parse(raw).expect("postcode"));
        assert!(
            served("99999") && served("12345"),
            "listed, and the office's own"
        );
        assert!(!served("54321"));
        let bad = toml::from_str::<Tenant>("id = \"x\"\npostcodes = [\"1234\"]");
        assert!(
            bad.is_err(),
            "a postcode that is not five digits does not load"
        );
    }

    #[test]
    fn a_machine_translation_is_offered_only_knowingly() {
        assert!(office(&["de", "en"], &["en"]).problems(&COURSE).is_empty());
        assert!(office(&["de", "tr"], &[]).problems(&COURSE).is_empty());
        let unlisted = office(&["de", "en"], &[]).problems(&COURSE);
        assert!(
            unlisted[0].contains("unchecked machine translation"),
            "{unlisted:?}"
        );
        let reviewed_listed = office(&["de", "tr"], &["tr"]).problems(&COURSE);
        assert!(
            reviewed_listed[0].contains("which is reviewed"),
            "{reviewed_listed:?}"
        );
        let not_offered = office(&["de"], &["en"]).problems(&COURSE);
        assert!(not_offered[0].contains("does not offer"), "{not_offered:?}");
        let draft = office(&["de", "xx"], &["xx"]).problems(&COURSE);
        assert!(draft.iter().any(|p| p.contains("draft")), "{draft:?}");
    }
}
