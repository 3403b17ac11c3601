use std::fmt;

use serde::{Deserialize, Serialize};

/// A German postcode: five digits (leading zeros count: 01067 is Dresden).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a German postcode has five digits")]
pub struct PostcodeError;

impl Postcode {
    /// Five ASCII digits, spaces around them ignored.
    pub fn parse(raw: &str) -> Result<Self, PostcodeError> {
        let digits = raw.trim();
        if digits.len() == 5 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(digits.to_string()))
        } else {
            Err(PostcodeError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;

    fn try_from(raw: String) -> Result<Self, PostcodeError> {
        Self::parse(&raw)
    }
}

impl From<Postcode> for String {
    fn from(postcode: Postcode) -> Self {
        postcode.0
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_digits_and_nothing_else() {
        assert_eq!(
            Postcode::parse(" 01067 ").map(|p| p.to_string()),
            Ok("01067".into())
        );
        for bad in ["", "1067", "010677", "0106a", "01 67", "０１０６７"] {
            assert_eq!(Postcode::parse(bad), Err(PostcodeError), "{bad:?}");
        }
    }
}
