//! The staff pages' words (`de.ftl` beside this file, Project Fluent). The staff pages
//! speak German only, so the file is compiled in: a missing message fails the tests,
//! not a page at run time.

use std::fmt::Display;
use std::sync::LazyLock;

use fluent_bundle::FluentValue;

use crate::course::PageTexts;

static TEXTS: LazyLock<PageTexts> = LazyLock::new(|| {
    PageTexts::parse("de", include_str!("de.ftl").to_string())
        .unwrap_or_else(|errors| panic!("src/web/staff/de.ftl: {}", errors.join("; ")))
});

/// The message `id`.
pub fn text(id: &str) -> String {
    TEXTS.text(id, &[])
}

/// The message `id` with named values.
pub fn text_with(id: &str, args: &[(&str, &dyn Display)]) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, FluentValue::from(value.to_string())))
        .collect();
    TEXTS.text(id, &args)
}

/// The templates' filters: `{{ "staff-nav-search"|t }}`,
/// `{{ "staff-found"|t_with("count", found.len()) }}`.
pub mod filters {
    use std::fmt::Display;

    pub fn t(id: impl Display, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::text(&id.to_string()))
    }

    pub fn t_with(
        id: impl Display,
        _: &dyn askama::Values,
        name: &str,
        value: impl Display,
    ) -> askama::Result<String> {
        Ok(super::text_with(&id.to_string(), &[(name, &value)]))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// Every id the staff templates and pages ask for is in `de.ftl`, and every message
    /// there is used.
    #[test]
    fn every_staff_message_exists_and_is_used() {
        let ids: BTreeSet<String> = super::TEXTS.ids().iter().cloned().collect();
        let mut used = BTreeSet::new();
        let dirs = ["src/web/templates/staff", "src/web/staff"];
        for dir in dirs {
            for entry in std::fs::read_dir(dir).expect("folder") {
                let path = entry.expect("entry").path();
                if path.ends_with("texts.rs") {
                    continue;
                }
                let source = std::fs::read_to_string(&path).expect("source");
                for (at, _) in source.match_indices("\"staff-") {
                    let rest = &source[at + 1..];
                    let end = rest.find('"').expect("closing quote");
                    used.insert(rest[..end].to_string());
                }
            }
        }
        let missing: Vec<_> = used.difference(&ids).collect();
        assert!(missing.is_empty(), "not in de.ftl: {missing:?}");
        let unused: Vec<_> = ids.difference(&used).collect();
        assert!(unused.is_empty(), "in de.ftl but never used: {unused:?}");
    }
}
