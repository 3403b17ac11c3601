//! What a health office edits by hand: tenant files (TOML), mail texts (TOML) and page
//! texts (Fluent). Loading any of them must report problems, never panic.
#![no_main]

use belehrung::course::mail_texts::MailTexts;
use belehrung::course::{PageTexts, Tenant};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(tenant) = toml::from_str::<Tenant>(text) {
        let _ = tenant.problems(&["de", "en", "ar"]);
    }
    if let Ok(mail) = toml::from_str::<MailTexts>(text) {
        let _ = mail.problems();
    }
    if let Ok(pages) = PageTexts::parse("de", text.to_string()) {
        for id in pages.ids().to_vec() {
            let _ = pages.text(&id, &[]);
        }
    }
});
