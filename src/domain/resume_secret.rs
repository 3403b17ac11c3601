use std::fmt;

use rand::Rng;

/// The secret of a one-time resume link: 16 random Crockford base32 symbols (80 bits),
/// shown as `XXXX-XXXX-XXXX-XXXX`, short enough to type from a phone's screen. It is
/// not the bearer token: it opens a new session once and is void afterwards.
#[derive(Clone, PartialEq, Eq)]
pub struct ResumeSecret(String);

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LEN: usize = 16;

impl ResumeSecret {
    /// Draws a fresh secret from the operating system's random generator.
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        Self(
            (0..LEN)
                .map(|_| char::from(ALPHABET[rng.random_range(0..32)]))
                .collect(),
        )
    }

    /// Any case, with or without hyphens and spaces, with Crockford's readings of
    /// easily confused letters (I and L as 1, O as 0); `None` for anything else.
    pub fn parse(raw: &str) -> Option<Self> {
        let mut symbols = String::with_capacity(LEN);
        for c in raw.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) || symbols.len() == LEN {
                return None;
            }
            symbols.push(c);
        }
        (symbols.len() == LEN).then_some(Self(symbols))
    }

    /// The 16 symbols without separators, as hashed.
    pub fn compact(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ResumeSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.0;
        write!(f, "{}-{}-{}-{}", &s[0..4], &s[4..8], &s[8..12], &s[12..16])
    }
}

/// Never printed in full by accident (logs, panics).
impl fmt::Debug for ResumeSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResumeSecret(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_reads_back_however_it_is_typed() {
        let secret = ResumeSecret::generate();
        let shown = secret.to_string();
        assert_eq!(shown.len(), 19);
        assert_eq!(ResumeSecret::parse(&shown), Some(secret.clone()));
        let typed = shown.to_lowercase().replace('-', " ");
        assert_eq!(ResumeSecret::parse(&typed), Some(secret));
        assert_eq!(
            ResumeSecret::parse("o0il-1111-2222-3333").map(|s| s.compact().to_string()),
            Some("0011111122223333".to_string())
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for raw in [
            "",
            "ABCD",
            "ABCD-EFGH-JKMN-PQRSX",
            "ABCD-EFGH-JKMN-PQRU",
            "ÄBCD-EFGH-JKMN-PQRS",
        ] {
            assert_eq!(ResumeSecret::parse(raw), None, "{raw}");
        }
    }
}
