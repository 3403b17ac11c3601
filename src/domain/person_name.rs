use std::fmt;

use unicode_normalization::UnicodeNormalization;
use unicode_script::Script;

use super::name_chars::{
    ZWJ, ZWNJ, is_control, is_direction_control, is_invisible, is_letter, is_mark, joiner_in_place,
    mixed_script_letter,
};

/// A given or family name as written in an identity document, in any script.
///
/// Allowed: letters and combining marks of every script, spaces, apostrophes, hyphens
/// and dots; 1–100 characters after trimming and NFC normalisation; at least one letter.
/// Refused: control, format, filler and direction-control characters (they make a name
/// look blank or different from what is stored), ZWNJ/ZWJ except between letters of a
/// script that spells with them, and a word that mixes Latin, Cyrillic or Greek letters
/// (a Cyrillic "М" in "Мayer" looks Latin but is not found by a search for "Mayer").
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
    #[error(
        "contains the control character {}, such as a line break; a name is one line of letters",
        code_point(*.0)
    )]
    ControlCharacter(char),
    #[error(
        "contains the invisible character {} (a filler, zero-width or format character), which makes the name look blank or different from what is stored",
        code_point(*.0)
    )]
    InvisibleCharacter(char),
    #[error(
        "contains the text-direction control {}, which changes the order in which the name is displayed",
        code_point(*.0)
    )]
    DirectionControl(char),
    #[error(
        "contains the zero-width joiner or non-joiner {} outside a word of a script that spells with it (Arabic, Persian, the Indic scripts): it may only stand between two letters of such a script",
        code_point(*.0)
    )]
    MisplacedJoiner(char),
    #[error(
        "mixes {} and {} letters in one word ({} is {}): write each word in one script, as in the passport",
        .script.full_name(), .with.full_name(), code_point(*.letter), .script.full_name()
    )]
    MixedScripts {
        letter: char,
        script: Script,
        with: Script,
    },
}

impl PersonNameError {
    /// A stable name of the cause, for clients and for the pages' texts.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::TooLong => "too-long",
            Self::NoLetter => "no-letter",
            Self::ForbiddenCharacter(_) => "forbidden-character",
            Self::ControlCharacter(_) => "control-character",
            Self::InvisibleCharacter(_) => "invisible-character",
            Self::DirectionControl(_) => "direction-control",
            Self::MisplacedJoiner(_) => "misplaced-joiner",
            Self::MixedScripts { .. } => "mixed-script",
        }
    }
}

fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, PersonNameError> {
        let normalized: String = raw.nfc().collect::<String>();
        // Whitespace around the name is how forms arrive; inside it, a line break or a
        // tab is not part of any name.
        if let Some(bad) = normalized.trim().chars().find(|c| is_control(*c)) {
            return Err(PersonNameError::ControlCharacter(bad));
        }
        // Collapse runs of whitespace so that "Anna  Maria" and "Anna Maria" are one name.
        let collapsed = normalized.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() {
            return Err(PersonNameError::Empty);
        }
        if collapsed.chars().count() > Self::MAX_CHARS {
            return Err(PersonNameError::TooLong);
        }
        check_characters(&collapsed)?;
        if !collapsed.chars().any(is_letter) {
            return Err(PersonNameError::NoLetter);
        }
        for word in collapsed.split([' ', '-', '\u{2010}']) {
            if let Some((letter, script, with)) = mixed_script_letter(word) {
                return Err(PersonNameError::MixedScripts {
                    letter,
                    script,
                    with,
                });
            }
        }
        Ok(Self(collapsed))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The first character that has no place in a name, with the most specific cause.
fn check_characters(name: &str) -> Result<(), PersonNameError> {
    let chars: Vec<char> = name.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        if is_direction_control(c) {
            return Err(PersonNameError::DirectionControl(c));
        }
        if c == ZWNJ || c == ZWJ {
            if joiner_in_place(&chars, at) {
                continue;
            }
            return Err(PersonNameError::MisplacedJoiner(c));
        }
        if is_invisible(c) {
            return Err(PersonNameError::InvisibleCharacter(c));
        }
        if !is_allowed(c) {
            return Err(PersonNameError::ForbiddenCharacter(c));
        }
    }
    Ok(())
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
    fn accepts_joiners_inside_words_of_scripts_that_spell_with_them() {
        for name in [
            "مهرزاد\u{200C}ها",
            "می\u{200C}خواهم",
            "क्\u{200D}ष",
            "क्\u{200C}ष",
            "रा\u{200D}म",
        ] {
            assert_eq!(PersonName::parse(name).map(|n| n.0), Ok(name.to_string()));
        }
    }

    #[test]
    fn refuses_invisible_fillers_and_controls_with_their_cause() {
        for filler in [
            '\u{3164}', '\u{115F}', '\u{1160}', '\u{FFA0}', '\u{200B}', '\u{FEFF}', '\u{00AD}',
            '\u{FE0F}',
        ] {
            assert_eq!(
                PersonName::parse(&format!("Anna{filler}")),
                Err(PersonNameError::InvisibleCharacter(filler)),
                "{filler:?}"
            );
        }
        assert_eq!(
            PersonName::parse("\u{3164}"),
            Err(PersonNameError::InvisibleCharacter('\u{3164}'))
        );
        for control in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{061C}', '\u{200F}',
        ] {
            assert_eq!(
                PersonName::parse(&format!("Anna{control}Maria")),
                Err(PersonNameError::DirectionControl(control))
            );
        }
        assert_eq!(
            PersonName::parse("Anna\nMaria"),
            Err(PersonNameError::ControlCharacter('\n'))
        );
        assert_eq!(
            PersonName::parse("Anna\u{0007}"),
            Err(PersonNameError::ControlCharacter('\u{7}'))
        );
        for misplaced in [
            "Anna\u{200D}Maria",
            "محمد\u{200C}",
            "\u{200C}محمد",
            "محمد \u{200C}علی",
            "क\u{200D}\u{200D}ष",
        ] {
            assert!(
                matches!(
                    PersonName::parse(misplaced),
                    Err(PersonNameError::MisplacedJoiner(_))
                ),
                "{misplaced:?}"
            );
        }
        let message = PersonName::parse("Anna\u{3164}")
            .expect_err("refused")
            .to_string();
        assert!(
            message.contains("U+3164") && message.contains("invisible"),
            "{message}"
        );
    }

    #[test]
    fn refuses_words_mixing_latin_with_cyrillic_or_greek() {
        let error = PersonName::parse("\u{041C}ayer").expect_err("refused");
        assert_eq!(
            error,
            PersonNameError::MixedScripts {
                letter: '\u{041C}',
                script: Script::Cyrillic,
                with: Script::Latin
            }
        );
        assert!(error.to_string().contains("Cyrillic and Latin"), "{error}");
        assert!(
            PersonName::parse("Ann\u{03B1}").is_err(),
            "Greek alpha among Latin"
        );
        assert!(PersonName::parse("Дмитри\u{0439}").is_ok());
        assert_eq!(error.reason(), "mixed-script");
        // Words in different scripts are a different matter: each is written in one.
        assert!(PersonName::parse("Анна Maria").is_ok());
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
