use std::fmt;

use rand::Rng;

/// The number a learner gives the office when showing an identity document:
/// 8 random symbols of an alphabet without look-alikes (no 0/O, 1/I/L), shown as
/// `XXXX-XXXX`. It finds the open check; it proves nothing, the document does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseNumber(String);

const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LEN: usize = 8;

impl CaseNumber {
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        Self(
            (0..LEN)
                .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
                .collect(),
        )
    }

    /// Any case, with or without the hyphen and spaces; `None` for anything else.
    pub fn parse(raw: &str) -> Option<Self> {
        let symbols: String = raw
            .chars()
            .filter(|c| *c != '-' && !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        (symbols.len() == LEN && symbols.bytes().all(|b| ALPHABET.contains(&b)))
            .then_some(Self(symbols))
    }

    /// Without the hyphen, as stored.
    pub fn compact(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::CaseNumber;

    #[test]
    fn a_case_number_reads_back_however_it_is_typed() {
        let number = CaseNumber::generate();
        let shown = number.to_string();
        assert_eq!(shown.len(), 9);
        assert_eq!(
            CaseNumber::parse(&shown.to_lowercase()),
            Some(number.clone())
        );
        assert_eq!(
            CaseNumber::parse(&format!(" {} ", number.compact())),
            Some(number)
        );
        assert_eq!(CaseNumber::parse("ABCD-EFG0"), None);
        assert_eq!(CaseNumber::parse("ABCD-EFG"), None);
    }
}
