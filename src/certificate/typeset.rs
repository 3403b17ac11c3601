//! Measuring and breaking text for the certificate: one font face, its advance widths,
//! greedy line breaking at spaces. No shaping: each character is one glyph, which is
//! what the PDF writer emits (see [`renders_correctly`] for what that covers).

use printpdf::ParsedFont;
use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_normalization::UnicodeNormalization;

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// A parsed font face and what is needed to measure text set in it.
#[derive(Debug, Clone)]
pub struct Face {
    pub font: ParsedFont,
    units_per_em: f32,
}

impl Face {
    pub fn new(font: ParsedFont) -> Self {
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        Self { font, units_per_em }
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.font.lookup_glyph_index(u32::from(c)).is_some()
    }

    /// Width of `text` at `size` points, in millimetres.
    pub fn width_mm(&self, text: &str, size: f32) -> f32 {
        let units: f32 = text
            .chars()
            .map(|c| {
                let glyph = self.font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
                f32::from(self.font.get_horizontal_advance(glyph))
            })
            .sum();
        units / self.units_per_em * size / PT_PER_MM
    }
}

/// Text as it is printed: canonically composed (NFC), so that "Nguyễn" typed with
/// combining marks uses the font's precomposed glyphs, with control characters (line
/// breaks, tabs) turned into spaces and invisible format characters (bidi controls,
/// soft hyphens) removed.
pub fn printable(text: &str) -> String {
    text.nfc()
        .filter(|&c| !is_format(c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_format(c: char) -> bool {
    get_general_category(c) == GeneralCategory::Format
}

/// Greedy line breaking at spaces; a word wider than the line is broken between
/// characters.
pub fn wrap(face: &Face, text: &str, size: f32, max_width_mm: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if face.width_mm(&candidate, size) <= max_width_mm {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if face.width_mm(word, size) <= max_width_mm {
            line = word.to_string();
        } else {
            for c in word.chars() {
                let mut next = line.clone();
                next.push(c);
                if !line.is_empty() && face.width_mm(&next, size) > max_width_mm {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Six capital letters derived from `seed`: the tag of a font subset (`ABCDEF+Name`),
/// stable for the same glyphs, so the same input gives the same PDF.
pub fn subset_tag(seed: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(seed.as_bytes())
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

/// Unicode blocks set correctly without shaping: Latin, Greek, Cyrillic and the
/// punctuation and symbols that go with them.
const SIMPLE_BLOCKS: &[(u32, u32)] = &[
    (0x0020, 0x007E), // Basic Latin
    (0x00A0, 0x024F), // Latin-1 Supplement, Latin Extended-A and -B
    (0x0250, 0x02FF), // IPA Extensions, Spacing Modifier Letters
    (0x0370, 0x03FF), // Greek and Coptic
    (0x0400, 0x052F), // Cyrillic, Cyrillic Supplement
    (0x1D00, 0x1DBF), // Phonetic Extensions
    (0x1E00, 0x1EFF), // Latin Extended Additional (Vietnamese)
    (0x1F00, 0x1FFF), // Greek Extended
    (0x2000, 0x206F), // General Punctuation
    (0x20A0, 0x20CF), // Currency Symbols
    (0x2100, 0x214F), // Letterlike Symbols
    (0x2C60, 0x2C7F), // Latin Extended-C
    (0xA720, 0xA7FF), // Latin Extended-D
    (0xAB30, 0xAB6F), // Latin Extended-E
];

/// Whether the certificate renderer sets `text` correctly.
///
/// The PDF writer maps each character to one glyph through the font's cmap and sets the
/// glyphs left to right: no OpenType shaping (contextual forms, ligatures, mark
/// positioning) and no bidirectional reordering. That is right for Latin, Greek and
/// Cyrillic. Combining marks count as correct when they compose with their base letter
/// (NFC, which the renderer applies: Vietnamese typed with combining marks becomes
/// precomposed letters); a mark that stays separate would need mark positioning.
/// Arabic comes out as unjoined isolated letters in the wrong order ("محمد" is printed
/// as م ح م د from left to right), Hebrew reversed, Indic scripts without conjuncts:
/// all of these give `false`.
///
/// This says nothing about the font: [`super::CertificateAssets::can_render`] also checks
/// that every character has a glyph.
pub fn renders_correctly(text: &str) -> bool {
    printable(text).chars().all(|c| {
        let code = u32::from(c);
        let in_simple_block = SIMPLE_BLOCKS
            .iter()
            .any(|&(first, last)| (first..=last).contains(&code));
        in_simple_block && !is_mark(c)
    })
}

fn is_mark(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_text_is_composed_and_on_one_line() {
        assert_eq!(
            printable("Nguye\u{302}\u{303}n\tThi\u{323}\n"),
            "Nguyễn Thị"
        );
        assert_eq!(printable("a\u{202e}b\u{ad}c"), "abc");
    }

    #[test]
    fn subset_tags_are_six_capitals() {
        let tag = subset_tag("x");
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(tag, subset_tag("x"));
    }

    #[test]
    fn european_names_render() {
        for name in [
            "Łukasz Żółć",
            "Nguyễn Thị Minh Khai",
            "Nguye\u{302}\u{303}n Thi\u{323} Minh Khai",
            "Şükrü Öztürk",
            "Ελένη",
            "Дмитрий",
            "Jean-Luc O’Neill",
        ] {
            assert!(renders_correctly(name), "{name}");
        }
    }

    #[test]
    fn scripts_that_need_shaping_do_not() {
        for text in [
            "محمد",
            "Ali محمد",
            "שרה",
            "देवनागरी",
            "李小龙",
            "x\u{301}\u{302}\u{303}",
        ] {
            assert!(!renders_correctly(text), "{text}");
        }
    }
}
