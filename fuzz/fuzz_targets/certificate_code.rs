//! The code parser takes anything a person or a scanner types: it must never panic, and
//! what it accepts must print back as itself and parse again to the same code.
#![no_main]

use belehrung::domain::CertificateCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(code) = CertificateCode::parse(text) {
        let shown = code.to_string();
        let again = CertificateCode::parse(&shown).expect("a printed code parses");
        assert_eq!(again.compact(), code.compact());
    }
});
