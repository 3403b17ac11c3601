//! The e-mails' texts per language (`content/mail/<lang>.ftl`, Project Fluent), checked
//! with the content: every file has every message, and each message names only the
//! values a mail has and at least those it must show.

use fluent_bundle::FluentValue;
use fluent_syntax::ast;

use super::page_texts::PageTexts;

/// Which mail: each has a subject and a body; all share the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailText {
    Certificate,
    Reissue,
    /// A new one-time link to go on with the instruction.
    Resume,
    /// A one-time code that fetches the certificate's PDF.
    PdfCode,
    /// The PIN of an offer for the wallet.
    WalletPin,
}

impl MailText {
    const ALL: [Self; 5] = [
        Self::Certificate,
        Self::Reissue,
        Self::Resume,
        Self::PdfCode,
        Self::WalletPin,
    ];

    fn subject_id(self) -> &'static str {
        match self {
            Self::Certificate => "certificate-subject",
            Self::Reissue => "reissue-subject",
            Self::Resume => "resume-subject",
            Self::PdfCode => "pdf-code-subject",
            Self::WalletPin => "wallet-pin-subject",
        }
    }

    fn body_id(self) -> &'static str {
        match self {
            Self::Certificate => "certificate-body",
            Self::Reissue => "reissue-body",
            Self::Resume => "resume-body",
            Self::PdfCode => "pdf-code-body",
            Self::WalletPin => "wallet-pin-body",
        }
    }

    /// The values the body must name: a certificate mail that does not say how to
    /// check it, or a code mail without the code, would be no use.
    fn body_needs(self) -> &'static [&'static str] {
        match self {
            Self::Certificate | Self::Reissue => {
                &["name", "office", "code", "verify_url", "view_url"]
            }
            Self::Resume => &["name", "link"],
            Self::PdfCode => &["one_time_code", "code"],
            Self::WalletPin => &["one_time_code"],
        }
    }
}

const FOOTER: &str = "footer";
const FOOTER_NEEDS: [&str; 2] = ["office", "contact"];

/// The certificate mail's line on the fee, by how it was settled (`SettlementKind`):
/// the message and the values it must name.
const FEE_LINES: [(&str, &[&str]); 4] = [
    ("fee-online", &["amount", "date", "reference"]),
    ("fee-voucher", &["reference"]),
    ("fee-waiver", &[]),
    ("fee-desk", &["amount", "date"]),
];

/// The values a mail text may name as `{ $placeholder }`.
pub struct MailValues<'a> {
    pub name: &'a str,
    pub office: &'a str,
    pub code: &'a str,
    pub verify_url: &'a str,
    /// The page that shows the certificate as HTML after a one-time code.
    pub view_url: &'a str,
    pub contact: &'a str,
    /// A resume link (empty in other mails).
    pub link: &'a str,
    /// A one-time code (empty in other mails).
    pub one_time_code: &'a str,
}

/// Values of the fee's line only.
const FEE_PLACEHOLDERS: [&str; 3] = ["amount", "date", "reference"];

const PLACEHOLDERS: [&str; 8] = [
    "name",
    "office",
    "code",
    "verify_url",
    "view_url",
    "contact",
    "link",
    "one_time_code",
];

impl MailValues<'_> {
    fn args(&self) -> [(&'static str, FluentValue<'_>); 8] {
        [
            ("name", self.name.into()),
            ("office", self.office.into()),
            ("code", self.code.into()),
            ("verify_url", self.verify_url.into()),
            ("view_url", self.view_url.into()),
            ("contact", self.contact.into()),
            ("link", self.link.into()),
            ("one_time_code", self.one_time_code.into()),
        ]
    }
}

/// One language's mail texts.
#[derive(Debug, Clone)]
pub struct MailTexts {
    texts: PageTexts,
    /// What the checks found; empty for a usable file.
    problems: Vec<String>,
}

/// A mail's words in one language, the values filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComposedMail {
    pub subject: String,
    pub body: String,
    pub footer: String,
}

impl MailTexts {
    /// Parses one file; syntax errors fail, the placeholder checks go to `problems`.
    pub fn parse(language: &str, source: String) -> Result<Self, Vec<String>> {
        let problems = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => check(&resource),
            Err((_, errors)) => {
                return Err(errors
                    .iter()
                    .map(|e| format!("Fluent syntax error at byte {}: {}", e.pos.start, e.kind))
                    .collect());
            }
        };
        Ok(Self {
            texts: PageTexts::parse(language, source)?,
            problems,
        })
    }

    /// Unknown placeholders, missing ones, missing or empty messages.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The term `-review`: the file's review status.
    pub fn review(&self) -> Option<&str> {
        self.texts.review()
    }

    /// The line on how the fee was settled (`kind` is a `SettlementKind` code): the
    /// amount in euros, the day, and the platform's reference or the voucher.
    pub fn fee_line(&self, kind: &str, amount: &str, date: &str, reference: &str) -> String {
        let args = [
            ("amount", FluentValue::from(amount)),
            ("date", FluentValue::from(date)),
            ("reference", FluentValue::from(reference)),
        ];
        self.texts.text(&format!("fee-{kind}"), &args)
    }

    pub fn compose(&self, which: MailText, values: &MailValues<'_>) -> ComposedMail {
        let args = values.args();
        ComposedMail {
            subject: self.texts.text(which.subject_id(), &args),
            body: self.texts.text(which.body_id(), &args),
            footer: self.texts.text(FOOTER, &args),
        }
    }
}

/// Every message with the values it must name, checked against the file's syntax tree.
fn check(resource: &ast::Resource<&str>) -> Vec<String> {
    let mut wanted: Vec<(&str, &[&str], &[&str])> = vec![(FOOTER, &FOOTER_NEEDS, &PLACEHOLDERS)];
    for which in MailText::ALL {
        wanted.push((which.subject_id(), &[], &PLACEHOLDERS));
        wanted.push((which.body_id(), which.body_needs(), &PLACEHOLDERS));
    }
    for (id, needs) in FEE_LINES {
        wanted.push((id, needs, &FEE_PLACEHOLDERS));
    }
    let mut problems = Vec::new();
    for (id, needs, allowed) in wanted {
        let message = resource.body.iter().find_map(|entry| match entry {
            ast::Entry::Message(m) if m.id.name == id => Some(m),
            _ => None,
        });
        let Some(pattern) = message.and_then(|m| m.value.as_ref()) else {
            problems.push(format!("lacks the message {id}"));
            continue;
        };
        let mut named = Vec::new();
        variables(pattern, &mut named);
        for name in &named {
            if !allowed.contains(name) {
                problems.push(format!("{id}: unknown placeholder {{ ${name} }}"));
            }
        }
        for name in needs {
            if !named.contains(name) {
                problems.push(format!("{id}: lacks the placeholder {{ ${name} }}"));
            }
        }
    }
    problems
}

fn variables<'s>(pattern: &ast::Pattern<&'s str>, named: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, named);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, named: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, named),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, named);
            for variant in variants {
                variables(&variant.value, named);
            }
        }
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, named: &mut Vec<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => named.push(id.name),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, named),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, named);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = "-review = original
certificate-subject = S
certificate-body = { $name } { $office } { $code } { $verify_url } { $view_url }
reissue-subject = S
reissue-body = { $name } { $office } { $code } { $verify_url } { $view_url }
resume-subject = S
resume-body =
    Hallo { $name },

    { $link }
pdf-code-subject = S
pdf-code-body = { $one_time_code } { $code }
footer = { $office }, { $contact }
fee-online = { $amount } { $date } { $reference }
fee-voucher = { $reference }
fee-waiver = W
fee-desk = { $amount } { $date }
wallet-pin-subject = S
wallet-pin-body = { $one_time_code }
";

    fn values() -> MailValues<'static> {
        MailValues {
            name: "Şükrü Öztürk",
            office: "Amt",
            code: "ABCD",
            verify_url: "https://x/v/ABCD",
            view_url: "https://x/bescheinigung?code=ABCD",
            contact: "a@b",
            link: "https://x/weiter",
            one_time_code: "",
        }
    }

    #[test]
    fn placeholders_are_filled_and_paragraphs_kept() {
        let texts = MailTexts::parse("de", VALID.to_string()).expect("valid");
        assert!(texts.problems().is_empty(), "{:?}", texts.problems());
        let mail = texts.compose(MailText::Resume, &values());
        assert_eq!(mail.body, "Hallo Şükrü Öztürk,\n\nhttps://x/weiter");
        assert_eq!(mail.footer, "Amt, a@b");
    }

    #[test]
    fn unknown_missing_and_lacking_placeholders_are_problems() {
        let source = VALID
            .replace(
                "{ $one_time_code } { $code }",
                "{ $one_time_code } { $kode }",
            )
            .replace("footer = { $office }, { $contact }\n", "");
        let texts = MailTexts::parse("de", source).expect("parses");
        let problems = texts.problems().join("\n");
        assert!(
            problems.contains("pdf-code-body: unknown placeholder { $kode }"),
            "{problems}"
        );
        assert!(
            problems.contains("pdf-code-body: lacks the placeholder { $code }"),
            "{problems}"
        );
        assert!(problems.contains("lacks the message footer"), "{problems}");
    }
}
