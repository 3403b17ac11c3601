use std::fmt;

use rand::Rng;

use super::certificate_code::{ALPHABET, check_value, damm, symbol_value};

/// A single-use voucher: 11 random Crockford base32 symbols (55 bits; guessing one is
/// rate-limited per client besides) and a check symbol, shown as `XXXX-XXXX-XXXX`. The
/// check symbol is the certificate code's Damm check: a typo is reported as a typo.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VoucherCode([u8; VoucherCode::LEN]);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VoucherCodeError {
    #[error("a voucher code has 12 characters")]
    WrongLength,
    #[error("the code has a character that no voucher code has")]
    InvalidCharacter,
    #[error("the check character does not match: probably a typo")]
    CheckMismatch,
}

impl VoucherCode {
    pub const LEN: usize = 12;

    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let mut values = [0u8; Self::LEN];
        for value in values.iter_mut().take(Self::LEN - 1) {
            *value = rng.random_range(0..32);
        }
        values[Self::LEN - 1] = check_value(&values[..Self::LEN - 1]);
        Self(values.map(|v| ALPHABET[usize::from(v)]))
    }

    /// Any case, with or without hyphens and spaces.
    pub fn parse(raw: &str) -> Result<Self, VoucherCodeError> {
        let mut values = Vec::with_capacity(Self::LEN);
        for c in raw.chars().filter(|c| *c != '-' && !c.is_whitespace()) {
            values.push(symbol_value(c).ok_or(VoucherCodeError::InvalidCharacter)?);
        }
        let values: [u8; Self::LEN] = values
            .as_slice()
            .try_into()
            .map_err(|_| VoucherCodeError::WrongLength)?;
        if damm(&values) != 0 {
            return Err(VoucherCodeError::CheckMismatch);
        }
        Ok(Self(values.map(|v| ALPHABET[usize::from(v)])))
    }

    /// Without separators, as stored.
    pub fn compact(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for VoucherCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.compact();
        write!(f, "{}-{}-{}", &c[0..4], &c[4..8], &c[8..12])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_voucher_code_reads_back_and_a_typo_is_a_typo() {
        let code = VoucherCode::generate();
        let shown = code.to_string();
        assert_eq!(shown.len(), 14);
        assert_eq!(VoucherCode::parse(&shown.to_lowercase()), Ok(code.clone()));
        assert_eq!(VoucherCode::parse(code.compact()), Ok(code.clone()));
        let mut typo: Vec<char> = code.compact().chars().collect();
        typo[3] = if typo[3] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        assert_eq!(
            VoucherCode::parse(&typo),
            Err(VoucherCodeError::CheckMismatch)
        );
        assert_eq!(
            VoucherCode::parse("ABCD"),
            Err(VoucherCodeError::WrongLength)
        );
        assert_eq!(
            VoucherCode::parse("ABCD-EFGH-IJK!"),
            Err(VoucherCodeError::InvalidCharacter)
        );
    }
}
