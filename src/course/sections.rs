//! A long office text (the privacy notice) in sections, so that a phone loads one
//! section at a time: the text before the first second-level heading, then one section
//! per `##` heading. The headings are found by a Markdown parser, not by matching lines,
//! so a `##` inside a code block or a paragraph stays text.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// Markdown split at its second-level headings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionedText {
    /// Markdown before the first section (an introduction; may be empty).
    pub intro: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading as plain text.
    pub heading: String,
    /// The section's Markdown, without its heading.
    pub body: String,
}

impl SectionedText {
    pub fn parse(markdown: &str) -> Self {
        // (start of the heading, end of the heading, heading text) for each `##`.
        let mut headings: Vec<(usize, usize, String)> = Vec::new();
        let mut open: Option<(usize, String)> = None;
        for (event, range) in Parser::new(markdown).into_offset_iter() {
            match event {
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    ..
                }) => open = Some((range.start, String::new())),
                Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                    if let Some((start, text)) = open.take() {
                        headings.push((start, range.end, text.trim().to_string()));
                    }
                }
                Event::Text(text) | Event::Code(text) => {
                    if let Some((_, heading)) = open.as_mut() {
                        heading.push_str(&text);
                    }
                }
                _ => {}
            }
        }
        let intro_end = headings.first().map_or(markdown.len(), |h| h.0);
        let sections = headings
            .iter()
            .enumerate()
            .map(|(i, (_, end, heading))| {
                let next = headings.get(i + 1).map_or(markdown.len(), |h| h.0);
                Section {
                    heading: heading.clone(),
                    body: markdown[*end..next].trim().to_string(),
                }
            })
            .collect();
        Self {
            intro: markdown[..intro_end].trim().to_string(),
            sections,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_second_level_headings_only() {
        let text = SectionedText::parse(
            "Einleitung.\n\n## Verantwortlich\n\nAmt `X`\n\n### Anschrift\n\nStraße\n\n\
             ```\n## kein Abschnitt\n```\n\n## Ihre `Rechte`\n\nAuskunft.\n",
        );
        assert_eq!(text.intro, "Einleitung.");
        let headings: Vec<_> = text.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["Verantwortlich", "Ihre Rechte"]);
        assert!(text.sections[0].body.contains("### Anschrift"));
        assert!(text.sections[0].body.contains("## kein Abschnitt"));
        assert_eq!(text.sections[1].body, "Auskunft.");
    }

    #[test]
    fn a_text_without_headings_is_all_introduction() {
        let text = SectionedText::parse("Nur ein Absatz.");
        assert_eq!(text.intro, "Nur ein Absatz.");
        assert!(text.sections.is_empty());
    }
}
