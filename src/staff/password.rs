use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::Rng as _;

/// A password that meets the policy. Hashing and checking take tens of milliseconds on
/// purpose: call them off the async workers.
pub struct Password(String);

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("a password needs at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("hashing the password failed: {0}")]
    Hashing(String),
}

const MIN_LENGTH: usize = 12;
/// Letters and digits that cannot be confused when read aloud or typed from paper.
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

impl Password {
    pub fn parse(raw: &str) -> Result<Self, PasswordError> {
        if raw.chars().count() < MIN_LENGTH {
            return Err(PasswordError::TooShort);
        }
        Ok(Self(raw.to_string()))
    }

    /// A fresh one-time password: 20 characters (about 99 bits) in groups of five.
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let groups: Vec<String> = (0..4)
            .map(|_| {
                (0..5)
                    .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
                    .collect()
            })
            .collect();
        Self(groups.join("-"))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Argon2id with the parameters OWASP recommends (19 MiB, 2 passes).
    pub fn hash(&self) -> Result<String, PasswordError> {
        let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
        hasher()
            .hash_password(self.0.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| PasswordError::Hashing(e.to_string()))
    }
}

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// Whether `candidate` matches the stored PHC string.
pub fn matches(candidate: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            hasher()
                .verify_password(candidate.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to check against when the account does not exist, so that a login for an
/// unknown name takes as long as one for a known name.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| {
        Password::generate()
            .hash()
            .unwrap_or_else(|_| String::from("$argon2id$v=19$m=19456,t=2,p=1$invalid"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let password = Password::parse("correct horse battery").expect("long enough");
        let hash = password.hash().expect("hashes");
        assert!(hash.starts_with("$argon2id$"));
        assert!(matches("correct horse battery", &hash));
        assert!(!matches("correct horse batterY", &hash));
        assert!(!matches("correct horse battery", "not a hash"));
    }

    #[test]
    fn generated_passwords_meet_the_policy_and_differ() {
        let a = Password::generate();
        let b = Password::generate();
        assert!(Password::parse(a.expose()).is_ok());
        assert_ne!(a.expose(), b.expose());
        assert!(matches!(
            Password::parse("short"),
            Err(PasswordError::TooShort)
        ));
    }
}
