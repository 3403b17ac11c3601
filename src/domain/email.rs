use std::str::FromStr;

/// An e-mail address the certificate may be sent to (RFC 5322 addr-spec, checked by the
/// `email_address` crate), at most 254 characters as SMTP allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim();
        if trimmed.len() > 254 {
            return Err("is longer than 254 characters".into());
        }
        email_address::EmailAddress::from_str(trimmed)
            .map(|address| Self(address.as_str().to_string()))
            .map_err(|_| "is not a valid e-mail address".to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_and_refuses_broken_addresses() {
        assert!(Email::parse("anna.mueller@example.org").is_ok());
        assert!(Email::parse("no-at-sign").is_err());
        assert!(Email::parse("a@").is_err());
        assert!(Email::parse(&format!("{}@example.org", "a".repeat(250))).is_err());
    }
}
