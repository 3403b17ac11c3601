use chrono::{DateTime, Utc};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::secret::same_secret;

const STEP_SECONDS: i64 = 30;

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
        Self::from_base32_at(secret, "belehrung", login)
    }

    /// The stored base32 secret, named for `issuer` in its URI.
    pub fn from_base32_at(secret: &str, issuer: &str, login: &str) -> anyhow::Result<Self> {
        let bytes = Secret::Encoded(secret.to_string()).to_bytes()?;
        Self::build(bytes, issuer, login)
    }

    fn build(bytes: Vec<u8>, issuer: &str, login: &str) -> anyhow::Result<Self> {
        let totp = TOTP::new(
            Algorithm::SHA1,
            6,
            1,
            STEP_SECONDS as u64,
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
        self.matching_step(code, now).is_some()
    }

    /// The 30-second step (of the current one and one either side) whose code `code`
    /// is. The caller records it, so that the same code cannot log in twice.
    pub fn matching_step(&self, code: &str, now: DateTime<Utc>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let current = now.timestamp().div_euclid(STEP_SECONDS);
        // The newest step first: a code of the step before is accepted for clocks a
        // little behind, but never ahead of a newer step already used.
        [current + 1, current, current - 1]
            .into_iter()
            .filter(|step| *step >= 0)
            .find(|step| {
                let at = u64::try_from(step * STEP_SECONDS).unwrap_or(0);
                same_secret(&self.totp.generate(at), &code)
            })
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

    #[test]
    fn a_code_names_its_time_step() {
        let factor = SecondFactor::generate("Gesundheitsamt Musterstadt", "anna").expect("secret");
        let now = Utc::now();
        let step = now.timestamp().div_euclid(30);
        assert_eq!(factor.matching_step(&factor.code_at(now), now), Some(step));
        let earlier = now - chrono::TimeDelta::seconds(30);
        assert_eq!(
            factor.matching_step(&factor.code_at(earlier), now),
            Some(step - 1)
        );
        assert_eq!(factor.matching_step("12345", now), None);
        assert_eq!(factor.matching_step("abcdef", now), None);
    }
}
