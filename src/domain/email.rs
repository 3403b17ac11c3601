use std::str::FromStr;

/// An e-mail address the certificate may be sent to: the plain address `local@domain`
/// alone, with a DNS domain name, at most 254 characters as SMTP allows.
///
/// RFC 5322 also allows a display name (`Anna <anna@example.org>`), comments, quoted
/// local parts and domain literals (`anna@[127.0.0.1]`). None of them is needed to reach
/// a learner, and each was stored and then failed at sending (or would have put text
/// into the message's header), while the learner was told the mail was on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("is longer than 254 characters")]
    TooLong,
    #[error("must not contain line breaks or other control characters")]
    ControlCharacter,
    #[error(
        "must be the address alone (name@example.org), without a name before it, angle brackets or spaces"
    )]
    NotPlain,
    #[error("must not contain comments in parentheses or quotation marks")]
    Quoted,
    #[error("must end in a domain name such as example.org, not an IP address in brackets")]
    DomainLiteral,
    #[error("needs a domain name with at least one dot after the @, such as example.org")]
    NoDomainName,
    #[error("is not a valid e-mail address")]
    Invalid,
}

impl EmailError {
    /// A stable name of the cause, for clients and for the pages' texts.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::TooLong => "too-long",
            Self::ControlCharacter => "control-character",
            Self::NotPlain => "not-plain",
            Self::Quoted => "quoted",
            Self::DomainLiteral => "domain-literal",
            Self::NoDomainName => "no-domain-name",
            Self::Invalid => "invalid",
        }
    }
}

impl Email {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let trimmed = raw.trim();
        if trimmed.len() > 254 {
            return Err(EmailError::TooLong);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(EmailError::ControlCharacter);
        }
        if trimmed.contains(['<', '>', ' ', ',', ';']) || trimmed.chars().any(char::is_whitespace) {
            return Err(EmailError::NotPlain);
        }
        if trimmed.contains(['"', '(', ')', '\\']) {
            return Err(EmailError::Quoted);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(EmailError::Invalid)?;
        if domain.starts_with('[') || domain.ends_with(']') {
            return Err(EmailError::DomainLiteral);
        }
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return Err(EmailError::Invalid);
        }
        if !is_dns_name(domain) {
            return Err(EmailError::NoDomainName);
        }
        // The addr-spec rules of RFC 5322 (dots, allowed characters of the local part)
        // as the `email_address` crate checks them, and the transport's own parser, so
        // that an accepted address can also be sent to.
        let checked =
            email_address::EmailAddress::from_str(trimmed).map_err(|_| EmailError::Invalid)?;
        if checked.as_str() != trimmed || lettre::Address::from_str(trimmed).is_err() {
            return Err(EmailError::Invalid);
        }
        Ok(Self(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A host name in DNS: two or more labels of letters (any script, for internationalised
/// domains), digits and inner hyphens, each 1–63 characters, and a top-level label that
/// is not all digits (which would make it an IP address).
fn is_dns_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |label: &&str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_and_refuses_broken_addresses() {
        for ok in [
            "anna.mueller@example.org",
            "a+tag@sub.example.co.uk",
            " anna@example.org ",
            "o'brien@example.ie",
            "anna@xn--mller-kva.de",
        ] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(Email::parse("no-at-sign"), Err(EmailError::Invalid));
        assert_eq!(Email::parse("a@"), Err(EmailError::NoDomainName));
        assert!(Email::parse(&format!("{}@example.org", "a".repeat(250))).is_err());
    }

    #[test]
    fn refuses_display_names_literals_comments_and_line_breaks() {
        let cases = [
            (
                "Evil\r\nBcc: x@example.org <v@example.org>",
                EmailError::ControlCharacter,
            ),
            ("Anna <anna@example.org>", EmailError::NotPlain),
            ("<anna@example.org>", EmailError::NotPlain),
            ("anna@example.org, bob@example.org", EmailError::NotPlain),
            ("a@[127.0.0.1]", EmailError::DomainLiteral),
            ("a@[IPv6:::1]", EmailError::DomainLiteral),
            ("\"anna maria\"@example.org", EmailError::NotPlain),
            ("\"anna\"@example.org", EmailError::Quoted),
            ("anna(comment)@example.org", EmailError::Quoted),
            ("anna@localhost", EmailError::NoDomainName),
            ("anna@127.0.0.1", EmailError::NoDomainName),
            ("anna@-example.org", EmailError::NoDomainName),
            ("anna@example..org", EmailError::NoDomainName),
            ("anna..b@example.org", EmailError::Invalid),
        ];
        for (raw, expected) in cases {
            assert_eq!(Email::parse(raw), Err(expected), "{raw:?}");
        }
    }
}
