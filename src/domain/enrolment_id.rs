use std::fmt;

use uuid::Uuid;

/// An enrolment's id, a random UUID: parsed where it comes in (an address, a cookie,
/// a queued mail), so that the rest of the program never holds a malformed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnrolmentId(Uuid);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an enrolment id")]
pub struct EnrolmentIdError;

impl EnrolmentId {
    /// A new random id.
    pub fn generate() -> Self {
        Self(Uuid::new_v4())
    }

    pub fn parse(raw: &str) -> Result<Self, EnrolmentIdError> {
        Uuid::parse_str(raw.trim())
            .map(Self)
            .map_err(|_| EnrolmentIdError)
    }
}

/// As stored and shown: lower-case, hyphenated.
impl fmt::Display for EnrolmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_as_written() {
        let id = EnrolmentId::generate();
        assert_eq!(EnrolmentId::parse(&id.to_string()), Ok(id));
        assert_eq!(
            EnrolmentId::parse(&id.to_string().to_uppercase()).map(|i| i.to_string()),
            Ok(id.to_string()),
            "one spelling for one id"
        );
        for bad in [
            "",
            "abc",
            "../etc/passwd",
            "00000000-0000-0000-0000-00000000000g",
        ] {
            assert_eq!(EnrolmentId::parse(bad), Err(EnrolmentIdError), "{bad:?}");
        }
    }
}
