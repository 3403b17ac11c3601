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
    #[error("a password may have at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("a password needs at least {MIN_DISTINCT} different characters")]
    TooFewDistinct,
    #[error("a password must not contain the login name")]
    ContainsLogin,
    #[error("a password must not contain a common sequence such as 123456, qwertz or passwort")]
    Common,
    #[error("hashing the password failed: {0}")]
    Hashing(String),
}

pub const MIN_LENGTH: usize = 12;
const MAX_LENGTH: usize = 256;
const MIN_DISTINCT: usize = 6;
/// Parts of the passwords that lists of leaked passwords start with.
const COMMON: &[&str] = &[
    "123456",
    "234567",
    "345678",
    "456789",
    "987654",
    "qwertz",
    "qwerty",
    "asdfgh",
    "yxcvbn",
    "passwort",
    "password",
    "belehrung",
    "abcdef",
    "111111",
    "000000",
];
/// Letters and digits that cannot be confused when read aloud or typed from paper.
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

impl Password {
    pub fn parse(raw: &str) -> Result<Self, PasswordError> {
        if raw.chars().count() < MIN_LENGTH {
            return Err(PasswordError::TooShort);
        }
        Ok(Self(raw.to_string()))
    }

    /// A password a person chose for themselves: long enough, not one character over
    /// and over, not the login name, not one of the sequences every guessing list tries.
    pub fn parse_chosen(raw: &str, login: &str) -> Result<Self, PasswordError> {
        let password = Self::parse(raw)?;
        if raw.chars().count() > MAX_LENGTH {
            return Err(PasswordError::TooLong);
        }
        let distinct: std::collections::BTreeSet<char> = raw.chars().collect();
        if distinct.len() < MIN_DISTINCT {
            return Err(PasswordError::TooFewDistinct);
        }
        let lower = raw.to_lowercase();
        if login.chars().count() >= 3 && lower.contains(&login.to_lowercase()) {
            return Err(PasswordError::ContainsLogin);
        }
        if COMMON.iter().any(|common| lower.contains(common)) {
            return Err(PasswordError::Common);
        }
        Ok(password)
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
    fn chosen_passwords_follow_the_policy() {
        assert!(Password::parse_chosen("Kartoffel-Salat 7", "anna").is_ok());
        let refused = |raw: &str| Password::parse_chosen(raw, "anna.schmidt").err();
        assert!(matches!(refused("kurz"), Some(PasswordError::TooShort)));
        assert!(matches!(
            refused("abababababababab"),
            Some(PasswordError::TooFewDistinct)
        ));
        assert!(matches!(
            refused("anna.schmidt-2026"),
            Some(PasswordError::ContainsLogin)
        ));
        assert!(matches!(
            refused("Mein Passwort 9!"),
            Some(PasswordError::Common)
        ));
        assert!(matches!(
            refused("x123456789yz"),
            Some(PasswordError::Common)
        ));
        assert!(matches!(
            refused(&"abcdefgh".repeat(40)),
            Some(PasswordError::TooLong)
        ));
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
