use serde::Deserialize;

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
    #[serde(default)]
    pub postcodes: Vec<String>,
    pub address: TenantAddress,
    pub contact: TenantContact,
    /// A PNG printed on the certificate, relative to `content/tenants/`.
    #[serde(default)]
    pub logo: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantAddress {
    pub street: String,
    pub postcode: String,
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
    pub fn offers(&self, language: &str) -> bool {
        self.languages.iter().any(|l| l == language)
    }

    /// Problems with this tenant's data, given the languages the course has.
    pub fn problems(&self, course_languages: &[&str]) -> Vec<String> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push("name is empty".to_string());
        }
        if self.languages.is_empty() {
            problems.push("offers no language".to_string());
        }
        for language in &self.languages {
            if !course_languages.contains(&language.as_str()) {
                problems.push(format!(
                    "offers language {language:?}, which the course does not have"
                ));
            }
        }
        for postcode in self.postcodes.iter().chain([&self.address.postcode]) {
            if postcode.len() != 5 || !postcode.bytes().all(|b| b.is_ascii_digit()) {
                problems.push(format!(
                    "{postcode:?} is not a German postcode (five digits)"
                ));
            }
        }
        problems
    }
}
