use std::fmt;

use rand::Rng;

/// The code printed on a certificate: 15 random Crockford base32 symbols (75 bits, so
/// that codes cannot be guessed) and one check symbol, shown as `XXXX-XXXX-XXXX-XXXX`.
///
/// The check symbol is a Damm check over GF(32) (`x ∘ y = 2·x + y`, a totally
/// anti-symmetric quasigroup), so every single wrong symbol and every swap of two
/// neighbouring symbols is reported as a typo instead of as an unknown code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CertificateCode([u8; CertificateCode::LEN]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a certificate code has 16 characters, this one has {0}")]
    WrongLength(usize),
    #[error("{0:?} does not occur in certificate codes")]
    InvalidCharacter(char),
    #[error("the check character does not match: probably a typo")]
    CheckMismatch,
}

pub(super) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl CertificateCode {
    pub const LEN: usize = 16;

    /// Draws a fresh code from the operating system's random generator.
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let mut values = [0u8; Self::LEN];
        for value in values.iter_mut().take(Self::LEN - 1) {
            *value = rng.random_range(0..32);
        }
        values[Self::LEN - 1] = check_value(&values[..Self::LEN - 1]);
        Self(values.map(|v| ALPHABET[usize::from(v)]))
    }

    /// Accepts any case, with or without hyphens and spaces, and Crockford's readings of
    /// easily confused letters (I and L as 1, O as 0).
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let mut values = Vec::with_capacity(Self::LEN);
        for c in raw.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            values.push(symbol_value(c).ok_or(CodeError::InvalidCharacter(c))?);
        }
        let values: [u8; Self::LEN] = values
            .as_slice()
            .try_into()
            .map_err(|_| CodeError::WrongLength(values.len()))?;
        if damm(&values) != 0 {
            return Err(CodeError::CheckMismatch);
        }
        Ok(Self(values.map(|v| ALPHABET[usize::from(v)])))
    }

    /// The 16 symbols without separators, as stored.
    pub fn compact(&self) -> &str {
        // ALPHABET is ASCII, so the bytes are always valid UTF-8.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for CertificateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let compact = self.compact();
        write!(
            f,
            "{}-{}-{}-{}",
            &compact[0..4],
            &compact[4..8],
            &compact[8..12],
            &compact[12..16]
        )
    }
}

/// The value of a Crockford symbol, with its readings of look-alikes.
pub(super) fn symbol_value(c: char) -> Option<u8> {
    let upper = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == upper)
        .and_then(|p| u8::try_from(p).ok())
}

/// Multiplication by 2 in GF(2⁵) modulo the irreducible polynomial x⁵ + x² + 1.
fn times_two(v: u8) -> u8 {
    let shifted = v << 1;
    if shifted & 0x20 != 0 {
        shifted ^ 0x25
    } else {
        shifted
    }
}

pub(super) fn damm(values: &[u8]) -> u8 {
    values.iter().fold(0, |interim, &v| times_two(interim) ^ v)
}

/// The symbol that brings the Damm fold of `payload` followed by it to zero.
pub(super) fn check_value(payload: &[u8]) -> u8 {
    times_two(damm(payload))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn generated_codes_parse_in_every_spelling() {
        let code = CertificateCode::generate();
        let shown = code.to_string();
        assert_eq!(shown.len(), 19);
        for spelling in [
            shown.clone(),
            shown.to_lowercase(),
            shown.replace('-', ""),
            shown.replace('-', " "),
            format!("  {} ", shown.replace('-', " - ")),
        ] {
            assert_eq!(
                CertificateCode::parse(&spelling),
                Ok(code.clone()),
                "{spelling}"
            );
        }
    }

    #[test]
    fn reports_length_and_alphabet_errors() {
        assert_eq!(
            CertificateCode::parse("ABC"),
            Err(CodeError::WrongLength(3))
        );
        assert_eq!(
            CertificateCode::parse("ABCD-EFGH-JKMN-PQRU"),
            Err(CodeError::InvalidCharacter('U'))
        );
    }

    fn code_values() -> impl Strategy<Value = [u8; 16]> {
        proptest::array::uniform15(0u8..32).prop_map(|payload| {
            let mut values = [0u8; 16];
            values[..15].copy_from_slice(&payload);
            values[15] = check_value(&payload);
            values
        })
    }

    fn spell(values: &[u8; 16]) -> String {
        values
            .iter()
            .map(|&v| char::from(ALPHABET[usize::from(v)]))
            .collect()
    }

    proptest! {
        #[test]
        fn every_single_substitution_is_a_typo(values in code_values(), pos in 0usize..16, delta in 1u8..32) {
            let mut changed = values;
            changed[pos] = (changed[pos] + delta) % 32;
            prop_assert_eq!(CertificateCode::parse(&spell(&changed)), Err(CodeError::CheckMismatch));
        }

        #[test]
        fn every_adjacent_transposition_is_a_typo(values in code_values(), pos in 0usize..15) {
            prop_assume!(values[pos] != values[pos + 1]);
            let mut swapped = values;
            swapped.swap(pos, pos + 1);
            prop_assert_eq!(CertificateCode::parse(&spell(&swapped)), Err(CodeError::CheckMismatch));
        }

        #[test]
        fn valid_codes_round_trip_through_display(values in code_values()) {
            let code = CertificateCode::parse(&spell(&values));
            prop_assert!(code.is_ok());
            let code = code.map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(CertificateCode::parse(&code.to_string()), Ok(code.clone()));
        }

        #[test]
        fn parse_never_panics(raw in "\\PC{0,40}") {
            let _ = CertificateCode::parse(&raw);
        }
    }
}
