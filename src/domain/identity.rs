//! How the office made sure that the holder is the person the certificate names. Each
//! office offers its methods; the certificate, its QR code and every lookup say which
//! one was used, so that an inspector knows whether to ask for a photo ID.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A method an office may offer (`identity = [...]` in its file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityMethod {
    /// Not checked: the certificate holds only together with an official photo ID.
    None,
    /// Staff of the office see an identity document, at the desk or in a video call,
    /// before the certificate is issued.
    Staff,
    /// A login with the online ID card through a SAML identity provider (BundID or a
    /// Land's account): the name and birth date come from the card.
    Bundid,
}

impl IdentityMethod {
    pub const ALL: [Self; 3] = [Self::None, Self::Staff, Self::Bundid];

    /// The machine code, as stored, configured and named by the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Staff => "staff",
            Self::Bundid => "bundid",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let wanted = raw.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|m| m.code() == wanted)
    }

    /// A stored value; anything unknown reads as `None`, which never claims a check.
    pub fn from_stored(stored: &str) -> Self {
        Self::parse(stored).unwrap_or(Self::None)
    }
}

/// The kind of document staff checked. Its number is never stored: the kind says
/// enough, and a number would be one more datum to protect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityDocument {
    IdCard,
    Passport,
    ResidencePermit,
    Other,
}

impl IdentityDocument {
    pub const ALL: [Self; 4] = [
        Self::IdCard,
        Self::Passport,
        Self::ResidencePermit,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::IdCard => "id_card",
            Self::Passport => "passport",
            Self::ResidencePermit => "residence_permit",
            Self::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let wanted = raw.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|d| d.code() == wanted)
    }
}

/// Why staff did not confirm an identity, as a category (words of their own could
/// name more than the office needs to keep).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityRejection {
    /// The person or the data do not match the document.
    DoesNotMatch,
    /// No valid official document with a photo was shown.
    NoValidDocument,
    /// The person did not come (or call) in time.
    DidNotAppear,
    Other,
}

impl IdentityRejection {
    pub const ALL: [Self; 4] = [
        Self::DoesNotMatch,
        Self::NoValidDocument,
        Self::DidNotAppear,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::DoesNotMatch => "does_not_match",
            Self::NoValidDocument => "no_valid_document",
            Self::DidNotAppear => "did_not_appear",
            Self::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let wanted = raw.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|r| r.code() == wanted)
    }
}

/// The level of assurance an identity provider reports (eIDAS; BundID names them by the
/// STORK QAA levels). Ordered: `High` is more than `Substantial`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssuranceLevel {
    /// STORK-QAA-Level-3: e.g. an ELSTER certificate.
    Substantial,
    /// STORK-QAA-Level-4: the online ID card (or an eIDAS-notified eID at level high).
    High,
}

impl AssuranceLevel {
    pub const ALL: [Self; 2] = [Self::Substantial, Self::High];

    pub fn code(self) -> &'static str {
        match self {
            Self::Substantial => "substantial",
            Self::High => "high",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        let wanted = raw.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == wanted)
    }

    /// The authentication context class a SAML identity provider names the level by.
    pub fn class_ref(self) -> &'static str {
        match self {
            Self::Substantial => "STORK-QAA-Level-3",
            Self::High => "STORK-QAA-Level-4",
        }
    }

    /// A reported class: the STORK names and the eIDAS level URIs. Levels 1 and 2 (a
    /// user name and password) are below anything an office may require and read as
    /// nothing.
    pub fn from_class_ref(raw: &str) -> Option<Self> {
        match raw.trim() {
            "STORK-QAA-Level-3" | "http://eidas.europa.eu/LoA/substantial" => {
                Some(Self::Substantial)
            }
            "STORK-QAA-Level-4" | "http://eidas.europa.eu/LoA/high" => Some(Self::High),
            _ => None,
        }
    }
}

/// The check as the certificate states it: the method and the day, never the kind of
/// document (an employer would learn from "residence permit" more than the check needs;
/// the office keeps the kind in its records).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum IdentityCheck {
    /// Also what a QR code from before the methods existed means: nothing was checked.
    #[default]
    None,
    Staff {
        checked_on: NaiveDate,
    },
    /// The identity provider confirmed name and birth date at this level on that day.
    Bundid {
        level: AssuranceLevel,
        checked_on: NaiveDate,
    },
}

impl IdentityCheck {
    pub fn method(self) -> IdentityMethod {
        match self {
            Self::None => IdentityMethod::None,
            Self::Staff { .. } => IdentityMethod::Staff,
            Self::Bundid { .. } => IdentityMethod::Bundid,
        }
    }

    /// From the certificate's columns. A row that claims a check without its day (or a
    /// login without its level) reads as unchecked: the certificate never says more than
    /// was recorded.
    pub fn from_stored(method: &str, checked_on: Option<NaiveDate>, level: Option<&str>) -> Self {
        match (IdentityMethod::from_stored(method), checked_on) {
            (IdentityMethod::Staff, Some(checked_on)) => Self::Staff { checked_on },
            (IdentityMethod::Bundid, Some(checked_on)) => {
                match level.and_then(AssuranceLevel::parse) {
                    Some(level) => Self::Bundid { level, checked_on },
                    None => Self::None,
                }
            }
            _ => Self::None,
        }
    }

    /// The column `identity_checked_on`.
    pub fn checked_on(self) -> Option<NaiveDate> {
        match self {
            Self::None => None,
            Self::Staff { checked_on } | Self::Bundid { checked_on, .. } => Some(checked_on),
        }
    }

    /// The column `identity_level`.
    pub fn level(self) -> Option<AssuranceLevel> {
        match self {
            Self::Bundid { level, .. } => Some(level),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_round_trips_through_storage_and_json() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 5).expect("date");
        let check = IdentityCheck::Staff { checked_on: day };
        assert_eq!(
            IdentityCheck::from_stored("staff", check.checked_on(), None),
            check
        );
        let login = IdentityCheck::Bundid {
            level: AssuranceLevel::High,
            checked_on: day,
        };
        assert_eq!(
            IdentityCheck::from_stored("bundid", login.checked_on(), Some("high")),
            login
        );
        assert_eq!(
            serde_json::to_value(login).expect("json"),
            serde_json::json!({"method": "bundid", "level": "high", "checked_on": "2026-12-05"})
        );
        let json = serde_json::to_value(check).expect("json");
        assert_eq!(
            json,
            serde_json::json!({"method": "staff", "checked_on": "2026-12-05"})
        );
        assert_eq!(
            serde_json::from_value::<IdentityCheck>(json).expect("back"),
            check
        );
    }

    #[test]
    fn incomplete_or_unknown_rows_never_claim_a_check() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 5);
        assert_eq!(
            IdentityCheck::from_stored("staff", None, None),
            IdentityCheck::None
        );
        assert_eq!(
            IdentityCheck::from_stored("video", day, None),
            IdentityCheck::None
        );
        assert_eq!(
            IdentityCheck::from_stored("none", day, None),
            IdentityCheck::None
        );
        assert_eq!(
            IdentityCheck::from_stored("bundid", day, None),
            IdentityCheck::None
        );
        assert_eq!(
            IdentityCheck::from_stored("bundid", day, Some("low")),
            IdentityCheck::None
        );
        assert!(AssuranceLevel::High > AssuranceLevel::Substantial);
        assert_eq!(
            AssuranceLevel::from_class_ref("STORK-QAA-Level-4"),
            Some(AssuranceLevel::High)
        );
        assert_eq!(AssuranceLevel::from_class_ref("STORK-QAA-Level-2"), None);
        assert_eq!(
            IdentityMethod::parse(" Staff "),
            Some(IdentityMethod::Staff)
        );
    }
}
