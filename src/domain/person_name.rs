use std::fmt;

use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_normalization::UnicodeNormalization;

/// A given or family name as written in an identity document, in any script.
///
/// Allowed: letters and combining marks of every script, spaces, apostrophes, hyphens
/// and dots; 1–100 characters after trimming and NFC normalisation; at least one letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonNameError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most {max} characters long", max = PersonName::MAX_CHARS)]
    TooLong,
    #[error("must contain at least one letter")]
    NoLetter,
    #[error("may contain only letters, spaces, apostrophes, hyphens and dots (found {0:?})")]
    ForbiddenCharacter(char),
}

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, PersonNameError> {
        // Collapse runs of whitespace so that "Anna  Maria" and "Anna Maria" are one name.
        let normalized: String = raw.nfc().collect::<String>();
        let collapsed = normalized.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() {
            return Err(PersonNameError::Empty);
        }
        if collapsed.chars().count() > Self::MAX_CHARS {
            return Err(PersonNameError::TooLong);
        }
        if let Some(bad) = collapsed.chars().find(|c| !is_allowed(*c)) {
            return Err(PersonNameError::ForbiddenCharacter(bad));
        }
        if !collapsed.chars().any(is_letter) {
            return Err(PersonNameError::NoLetter);
        }
        Ok(Self(collapsed))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_letter(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
    )
}

fn is_mark(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

fn is_allowed(c: char) -> bool {
    is_letter(c) || is_mark(c) || matches!(c, ' ' | '\'' | '’' | '-' | '‐' | '.')
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for PersonName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_names_from_european_scripts() {
        for name in [
            "Łukasz Żółć",
            "Nguyễn Thị Minh Khai",
            "Şükrü Öztürk",
            "Ελένη",
            "Дмитрий",
            "O'Brien",
            "Anne-Marie",
            "J. R.",
            "محمد",
            "王小明",
        ] {
            assert_eq!(PersonName::parse(name).map(|n| n.0), Ok(name.to_string()));
        }
    }

    #[test]
    fn refuses_what_is_not_a_name() {
        assert_eq!(PersonName::parse("   "), Err(PersonNameError::Empty));
        assert_eq!(PersonName::parse("-."), Err(PersonNameError::NoLetter));
        assert_eq!(
            PersonName::parse("Robert'); DROP TABLE--"),
            Err(PersonNameError::ForbiddenCharacter(')'))
        );
        assert_eq!(
            PersonName::parse("<script>"),
            Err(PersonNameError::ForbiddenCharacter('<'))
        );
        assert_eq!(
            PersonName::parse("Anna1"),
            Err(PersonNameError::ForbiddenCharacter('1'))
        );
        assert_eq!(
            PersonName::parse(&"a".repeat(101)),
            Err(PersonNameError::TooLong)
        );
    }

    #[test]
    fn normalises_whitespace_and_composition() {
        let decomposed = "Zo\u{0065}\u{0301}";
        let name = PersonName::parse(&format!("  {decomposed}   Müller ")).map(|n| n.0);
        assert_eq!(name, Ok("Zoé Müller".to_string()));
    }

    proptest! {
        #[test]
        fn any_accepted_name_is_stable_under_reparsing(raw in "\\PC{0,120}") {
            if let Ok(name) = PersonName::parse(&raw) {
                prop_assert_eq!(PersonName::parse(name.as_str()), Ok(name.clone()));
                prop_assert!(name.as_str().chars().count() <= PersonName::MAX_CHARS);
                prop_assert!(!name.as_str().starts_with(' ') && !name.as_str().ends_with(' '));
            }
        }

        #[test]
        fn letters_only_names_are_accepted(raw in "[a-zA-ZäöüßÀ-ÖØ-öø-ÿ]{1,100}") {
            prop_assert!(PersonName::parse(&raw).is_ok());
        }
    }
}
