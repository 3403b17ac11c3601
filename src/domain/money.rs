use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount in euro cents. Fees are whole cents; the payment standard carries euros
/// with two decimals, which [`Cents::euros`] gives exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cents(u32);

impl Cents {
    /// At most 9,999.99 euros: the payment standard's limit for one request.
    pub const MAX: u32 = 999_999;
    pub const ZERO: Self = Self(0);

    pub fn new(cents: u32) -> Option<Self> {
        (cents <= Self::MAX).then_some(Self(cents))
    }

    pub fn from_db(cents: i64) -> Option<Self> {
        u32::try_from(cents).ok().and_then(Self::new)
    }

    pub fn get(self) -> u32 {
        self.0
    }

    pub fn to_db(self) -> i64 {
        i64::from(self.0)
    }

    /// `20.00`, as the payment standard writes euros.
    pub fn euros(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }

    /// Parses the payment standard's euros (`20`, `20.5`, `20.00`) exactly, without
    /// floating point.
    pub fn parse_euros(raw: &str) -> Option<Self> {
        let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
        if whole.is_empty()
            || fraction.len() > 2
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let whole: u32 = whole.parse().ok()?;
        let fraction: u32 = format!("{fraction:0<2}").parse().ok()?;
        whole
            .checked_mul(100)?
            .checked_add(fraction)
            .and_then(Self::new)
    }
}

/// `20,00 €`, as German pages and the certificate mail write it.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{},{:02} €", self.0 / 100, self.0 % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::Cents;

    #[test]
    fn euros_are_read_and_written_exactly() {
        let fee = Cents::new(2050).expect("in range");
        assert_eq!(fee.euros(), "20.50");
        assert_eq!(fee.to_string(), "20,50 €");
        assert_eq!(Cents::parse_euros("20.5"), Some(fee));
        assert_eq!(Cents::parse_euros("20.50"), Some(fee));
        assert_eq!(Cents::parse_euros("20"), Cents::new(2000));
        assert_eq!(Cents::parse_euros("20.505"), None);
        assert_eq!(Cents::parse_euros("-1"), None);
        assert_eq!(Cents::parse_euros("1e3"), None);
        assert_eq!(Cents::parse_euros("10000.00"), None);
        assert_eq!(Cents::new(1_000_000), None);
    }
}
