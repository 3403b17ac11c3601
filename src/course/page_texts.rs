//! The learner pages' texts per language (`content/pages/<lang>.ftl`, Project Fluent),
//! checked with the content: every language has every message of the source language.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::files::Problems;
use super::model::Course;

#[derive(Clone)]
pub struct PageTexts {
    bundle: Arc<FluentBundle<FluentResource>>,
    ids: Vec<String>,
    /// The term `-review`: the file's review status, as the course language's.
    review: Option<String>,
}

impl fmt::Debug for PageTexts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageTexts")
            .field("messages", &self.ids.len())
            .finish()
    }
}

impl PageTexts {
    /// Parses one file; the errors name the line of each problem.
    pub fn parse(language: &str, source: String) -> Result<Self, Vec<String>> {
        let resource = FluentResource::try_new(source).map_err(|(_, errors)| {
            errors
                .iter()
                .map(|e| format!("Fluent syntax error at byte {}: {}", e.pos.start, e.kind))
                .collect::<Vec<_>>()
        })?;
        let ids = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let review = resource.entries().find_map(|entry| match entry {
            fluent_syntax::ast::Entry::Term(t) if t.id.name == "review" => {
                match t.value.elements.as_slice() {
                    [fluent_syntax::ast::PatternElement::TextElement { value }] => {
                        Some(value.trim().to_string())
                    }
                    _ => None,
                }
            }
            _ => None,
        });
        // Fluent wants a BCP 47 tag; private-use tags such as de-x-ls parse as their
        // base language, which is what number formatting needs.
        let tag: LanguageIdentifier = language
            .split("-x-")
            .next()
            .unwrap_or(language)
            .parse()
            .unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Isolation marks around variables would show as stray characters in places
        // that do not render them (e-mail addresses in form hints, page titles).
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
        Ok(Self {
            bundle: Arc::new(bundle),
            ids,
            review,
        })
    }

    /// The term `-review`: the file's review status.
    pub fn review(&self) -> Option<&str> {
        self.review.as_deref()
    }

    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The message `id` without values.
    pub fn get(&self, id: &str) -> String {
        self.text(id, &[])
    }

    /// The message `id` with `args`; the id itself if the message is missing (the
    /// content check makes sure none is).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        text.into_owned()
    }
}

/// Every language's page texts; each must have exactly the source language's messages.
pub(super) fn load_all(
    root: &Path,
    course: &Course,
    problems: &mut Problems,
) -> Vec<(String, PageTexts)> {
    let mut pages = Vec::new();
    for code in course.language_codes() {
        let path = root.join("pages").join(format!("{code}.ftl"));
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(e) => {
                problems.add(&path, format!("cannot be read: {e}"));
                continue;
            }
        };
        match PageTexts::parse(code, source) {
            Ok(texts) => pages.push((code.to_string(), texts)),
            Err(errors) => {
                for error in errors {
                    problems.add(&path, error);
                }
            }
        }
    }
    let Some(source_ids) = pages
        .iter()
        .find(|(code, _)| *code == course.source_language)
        .map(|(_, texts)| texts.ids().iter().cloned().collect::<BTreeSet<_>>())
    else {
        return pages;
    };
    for (code, texts) in &pages {
        let ids: BTreeSet<String> = texts.ids().iter().cloned().collect();
        let path = root.join("pages").join(format!("{code}.ftl"));
        if let Some(language) = course.language(code) {
            let want = language.review.as_str();
            if texts.review.as_deref() != Some(want) {
                problems.add(
                    &path,
                    format!(
                        "needs the term `-review = {want}`, the course language's review status"
                    ),
                );
            }
        }
        for missing in source_ids.difference(&ids) {
            problems.add(&path, format!("lacks the message {missing}"));
        }
        for extra in ids.difference(&source_ids) {
            problems.add(
                &path,
                format!(
                    "has the message {extra}, which {} does not",
                    course.source_language
                ),
            );
        }
    }
    pages
}
