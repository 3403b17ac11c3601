use serde::{Deserialize, Serialize};

/// Who declares for the person instructed (§43 Abs. 6 IfSG): for a minor the person
/// with custody — a parent or a court-appointed guardian (Vormund) —, for an adult
/// whose legal care (rechtliche Betreuung) includes this, the legal carer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RepresentativeRole {
    Parent,
    Guardian,
    Carer,
}

impl RepresentativeRole {
    pub const ALL: [RepresentativeRole; 3] = [Self::Parent, Self::Guardian, Self::Carer];

    /// The stored and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::Guardian => "guardian",
            Self::Carer => "carer",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// Custody is for minors; legal care is for adults.
    pub fn fits_minor(self, minor: bool) -> bool {
        match self {
            Self::Parent | Self::Guardian => minor,
            Self::Carer => !minor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_fit_the_age() {
        for role in RepresentativeRole::ALL {
            assert_eq!(RepresentativeRole::parse(role.as_str()), Some(role));
        }
        assert_eq!(RepresentativeRole::parse("Parent"), None);
        assert!(RepresentativeRole::Parent.fits_minor(true));
        assert!(!RepresentativeRole::Parent.fits_minor(false));
        assert!(RepresentativeRole::Carer.fits_minor(false));
        assert!(!RepresentativeRole::Carer.fits_minor(true));
    }
}
