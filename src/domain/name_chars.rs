//! Characters that make a name look different from what is stored: invisible fillers,
//! format and direction controls, joiners out of place, and words that mix look-alike
//! letters of Latin, Cyrillic and Greek. A name with any of them would print blank or
//! disguised on a certificate, or would not be found by a search for its spelling.

use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_script::{Script, UnicodeScript};

/// U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER: Persian, Arabic and the
/// Indic scripts need them inside words (Persian "می‌خواهم", Hindi "क्‍ष").
pub const ZWNJ: char = '\u{200C}';
pub const ZWJ: char = '\u{200D}';

/// Controls of the text direction: they reorder what is displayed around them.
pub fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): code points that
/// render as nothing. Among them the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0),
/// which are letters by category and so pass a check for letters alone.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    ) || get_general_category(c) == GeneralCategory::Format
}

pub fn is_control(c: char) -> bool {
    get_general_category(c) == GeneralCategory::Control
}

pub fn is_letter(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::UppercaseLetter
            | GeneralCategory::LowercaseLetter
            | GeneralCategory::TitlecaseLetter
            | GeneralCategory::ModifierLetter
            | GeneralCategory::OtherLetter
    )
}

pub fn is_mark(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

/// Scripts whose spelling uses ZWNJ/ZWJ between letters.
fn uses_joiners(script: Script) -> bool {
    matches!(
        script,
        Script::Arabic
            | Script::Syriac
            | Script::Nko
            | Script::Mongolian
            | Script::Devanagari
            | Script::Bengali
            | Script::Gurmukhi
            | Script::Gujarati
            | Script::Oriya
            | Script::Tamil
            | Script::Telugu
            | Script::Kannada
            | Script::Malayalam
            | Script::Sinhala
    )
}

/// Whether the joiner at `chars[at]` stands between two letters (the first may carry
/// marks, as a virama before a ZWJ does) of one script that uses joiners.
pub fn joiner_in_place(chars: &[char], at: usize) -> bool {
    let before = chars[..at]
        .iter()
        .rev()
        .find(|c| !is_mark(**c))
        .filter(|c| is_letter(**c));
    let after = chars.get(at + 1).filter(|c| is_letter(**c));
    match (before, after) {
        (Some(b), Some(a)) => b.script() == a.script() && uses_joiners(a.script()),
        _ => false,
    }
}

/// The scripts whose letters look alike: a word may use one of them, not two.
fn look_alike(script: Script) -> bool {
    matches!(script, Script::Latin | Script::Cyrillic | Script::Greek)
}

/// In a word mixing Latin, Cyrillic or Greek letters: the first letter of the script
/// with fewer letters in it (the likely look-alike), its script and the word's other one.
pub fn mixed_script_letter(word: &str) -> Option<(char, Script, Script)> {
    let letters: Vec<(char, Script)> = word
        .chars()
        .filter(|c| is_letter(*c))
        .map(|c| (c, c.script()))
        .filter(|(_, s)| look_alike(*s))
        .collect();
    let first = letters.first()?.1;
    let other = letters.iter().find(|(_, s)| *s != first)?.1;
    let count = |script: Script| letters.iter().filter(|(_, s)| *s == script).count();
    let (minority, majority) = if count(other) <= count(first) {
        (other, first)
    } else {
        (first, other)
    };
    let letter = letters.iter().find(|(_, s)| *s == minority)?.0;
    Some((letter, minority, majority))
}
