use chrono::{DateTime, Utc};
use totp_rs::{Algorithm, Secret, TOTP};

/// The optional second factor: a TOTP secret (RFC 6238, 6 digits, 30 s) as authenticator
/// apps use it.
pub struct SecondFactor {
    totp: TOTP,
}

impl SecondFactor {
    /// A new random secret for `login` at `issuer` (the office's name).
    pub fn generate(issuer: &str, login: &str) -> anyhow::Result<Self> {
        Self::build(Secret::generate_secret().to_bytes()?, issuer, login)
    }

    /// The stored base32 secret.
    pub fn from_base32(secret: &str, login: &str) -> anyhow::Result<Self> {
        let bytes = Secret::Encoded(secret.to_string()).to_bytes()?;
        Self::build(bytes, "belehrung", login)
    }

    fn build(bytes: Vec<u8>, issuer: &str, login: &str) -> anyhow::Result<Self> {
        let totp = TOTP::new(
            Algorithm::SHA1,
            6,
            1,
            30,
            bytes,
            Some(issuer.replace(':', " ")),
            login.to_string(),
        )?;
        Ok(Self { totp })
    }

    pub fn base32(&self) -> String {
        self.totp.get_secret_base32()
    }

    /// The `otpauth://` URI an authenticator app scans.
    pub fn uri(&self) -> String {
        self.totp.get_url()
    }

    /// Accepts the code of the current 30-second step and of one step either side.
    pub fn accepts(&self, code: &str, now: DateTime<Utc>) -> bool {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let seconds = u64::try_from(now.timestamp()).unwrap_or(0);
        self.totp.check(&code, seconds)
    }

    /// The code at `now` (for tests and for showing a newly set-up factor works).
    pub fn code_at(&self, now: DateTime<Utc>) -> String {
        self.totp
            .generate(u64::try_from(now.timestamp()).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_code_is_accepted_and_an_old_one_is_not() {
        let factor = SecondFactor::generate("Gesundheitsamt Musterstadt", "anna").expect("secret");
        let now = Utc::now();
        assert!(factor.accepts(&factor.code_at(now), now));
        let old = factor.code_at(now - chrono::TimeDelta::minutes(5));
        assert!(!factor.accepts(&old, now) || old == factor.code_at(now));
        let again = SecondFactor::from_base32(&factor.base32(), "anna").expect("decodes");
        assert!(again.accepts(&factor.code_at(now), now));
        assert!(factor.uri().starts_with("otpauth://totp/"));
    }
}
