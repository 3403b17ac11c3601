//! The certificate's text layout with any text (names in every script, pasted control
//! characters): normalising and line breaking must never panic, never lose a word and
//! keep every line within the width unless a single character is wider.
#![no_main]

use std::sync::OnceLock;

use belehrung::certificate::typeset::{Face, printable, wrap};
use libfuzzer_sys::fuzz_target;
use printpdf::ParsedFont;

fn face() -> &'static Face {
    static FACE: OnceLock<Face> = OnceLock::new();
    FACE.get_or_init(|| {
        let bytes = include_bytes!("../../certificates/fonts/DejaVuSans.ttf");
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the shipped font parses");
        Face::new(font)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let shown = printable(text);
    let lines = wrap(face(), &shown, 11.0, 80.0);
    let words: usize = shown.split_whitespace().count();
    let wrapped: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
    assert!(wrapped >= words, "words lost: {shown:?} -> {lines:?}");
});
