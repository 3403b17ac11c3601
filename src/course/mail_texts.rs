//! The e-mails' texts per language (`content/mail/<lang>.toml`), checked with the content.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailTexts {
    /// As the course language's (checked with the content).
    pub review: super::model::ReviewStatus,
    pub certificate: MailText,
    pub reissue: MailText,
    /// A new one-time link to go on with the instruction.
    pub resume: MailText,
    /// A one-time code that fetches the certificate's PDF.
    pub pdf_code: MailText,
    pub footer: Footer,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailText {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    pub text: String,
}

/// The values a mail text may name as `{placeholder}`.
pub struct MailValues<'a> {
    pub name: &'a str,
    pub office: &'a str,
    pub code: &'a str,
    pub verify_url: &'a str,
    pub contact: &'a str,
    /// A resume link (empty in other mails).
    pub link: &'a str,
    /// A one-time code (empty in other mails).
    pub one_time_code: &'a str,
}

const PLACEHOLDERS: [&str; 7] = [
    "name",
    "office",
    "code",
    "verify_url",
    "contact",
    "link",
    "one_time_code",
];

impl MailValues<'_> {
    /// `text` with each placeholder replaced; the texts were checked at load, so every
    /// brace pair names one of the values.
    pub fn fill(&self, text: &str) -> String {
        [
            ("{name}", self.name),
            ("{office}", self.office),
            ("{code}", self.code),
            ("{verify_url}", self.verify_url),
            ("{contact}", self.contact),
            ("{link}", self.link),
            ("{one_time_code}", self.one_time_code),
        ]
        .iter()
        .fold(text.to_string(), |text, (key, value)| {
            text.replace(key, value)
        })
    }
}

impl MailTexts {
    /// Problems with the placeholders: unknown ones, and ones a text must have.
    pub fn problems(&self) -> Vec<String> {
        let body_needs = ["name", "office", "code", "verify_url"];
        let mut problems = Vec::new();
        let mut check = |key: &str, text: &str, required: &[&str]| {
            let named = placeholders(text);
            for name in &named {
                if !PLACEHOLDERS.contains(&name.as_str()) {
                    problems.push(format!("{key}: unknown placeholder {{{name}}}"));
                }
            }
            for name in required {
                if !named.iter().any(|n| n == name) {
                    problems.push(format!("{key}: lacks the placeholder {{{name}}}"));
                }
            }
            if text.trim().is_empty() {
                problems.push(format!("{key} is empty"));
            }
        };
        check("certificate.subject", &self.certificate.subject, &[]);
        check("certificate.body", &self.certificate.body, &body_needs);
        check("reissue.subject", &self.reissue.subject, &[]);
        check("reissue.body", &self.reissue.body, &body_needs);
        check("resume.subject", &self.resume.subject, &[]);
        check("resume.body", &self.resume.body, &["name", "link"]);
        check("pdf_code.subject", &self.pdf_code.subject, &[]);
        check(
            "pdf_code.body",
            &self.pdf_code.body,
            &["one_time_code", "code"],
        );
        check("footer.text", &self.footer.text, &["office", "contact"]);
        problems
    }
}

fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => {
                names.push(after.to_string());
                break;
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_filled() {
        assert_eq!(placeholders("a {name} b {code}"), ["name", "code"]);
        let values = MailValues {
            name: "Şükrü Öztürk",
            office: "Amt",
            code: "ABCD",
            verify_url: "https://x/v/ABCD",
            contact: "a@b",
            link: "",
            one_time_code: "",
        };
        assert_eq!(values.fill("{name}: {code}"), "Şükrü Öztürk: ABCD");
    }
}
