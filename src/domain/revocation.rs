/// Why a certificate was revoked, as the public may learn it: one of a few neutral
/// categories. The office's own words (which may name an illness, and so be health data
/// under Art. 9 GDPR) go into a note that only staff see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevocationCategory {
    /// Issued in error (wrong person, wrong data, a test).
    IssuedInError,
    /// Replaced by a new certificate.
    Replaced,
    /// Obtained by deception (someone else did the instruction, false identity).
    ObtainedByDeception,
    Other,
}

impl RevocationCategory {
    pub const ALL: [Self; 4] = [
        Self::IssuedInError,
        Self::Replaced,
        Self::ObtainedByDeception,
        Self::Other,
    ];

    /// The machine code, as stored and as the API names it.
    pub fn code(self) -> &'static str {
        match self {
            Self::IssuedInError => "issued_in_error",
            Self::Replaced => "replaced",
            Self::ObtainedByDeception => "obtained_by_deception",
            Self::Other => "other",
        }
    }

    /// Accepts the code, also with hyphens or in capitals (`issued-in-error`).
    pub fn parse(raw: &str) -> Option<Self> {
        let wanted = raw.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|c| c.code() == wanted)
    }

    /// A stored value; anything unknown (a row older than the categories) reads as
    /// `Other`, which never says more than it should.
    pub fn from_stored(stored: &str) -> Self {
        Self::parse(stored).unwrap_or(Self::Other)
    }
}

impl std::fmt::Display for RevocationCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_free_text_is_no_category() {
        for category in RevocationCategory::ALL {
            assert_eq!(RevocationCategory::parse(category.code()), Some(category));
        }
        assert_eq!(
            RevocationCategory::parse(" Issued-In-Error "),
            Some(RevocationCategory::IssuedInError)
        );
        assert_eq!(RevocationCategory::parse("Salmonellen-Ausscheider"), None);
        assert_eq!(
            RevocationCategory::from_stored("Falsche Person"),
            RevocationCategory::Other
        );
    }
}
