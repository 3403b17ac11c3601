use fluent_bundle::FluentValue;

use crate::course::{Content, Direction, PageTexts, ReviewStatus};

/// The page's language and its texts, as the templates use them.
pub struct Texts<'a> {
    pub lang: String,
    pub rtl: bool,
    /// An unchecked machine translation: every page says so and links to the German.
    pub machine: bool,
    pages: &'a PageTexts,
}

impl<'a> Texts<'a> {
    /// The texts in `requested` if the course has that language, else in German.
    pub fn new(content: &'a Content, requested: Option<&str>) -> Self {
        let course = &content.course;
        let language = requested
            .and_then(|code| course.language(code))
            .or_else(|| course.language(&course.source_language));
        let lang = language.map_or_else(|| course.source_language.clone(), |l| l.code.clone());
        Self {
            rtl: language.is_some_and(|l| l.direction == Direction::Rtl),
            machine: language.is_some_and(|l| l.review == ReviewStatus::Machine),
            pages: content.pages(&lang),
            lang,
        }
    }

    /// The `lang` attribute: private-use tags are valid BCP 47 and say "Leichte Sprache".
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }

    pub fn get(&self, id: &str) -> String {
        self.pages.text(id, &[])
    }

    pub fn num(&self, id: &str, name: &str, value: impl Into<f64>) -> String {
        self.pages
            .text(id, &[(name, FluentValue::from(value.into()))])
    }

    pub fn nums(&self, id: &str, values: &[(&str, f64)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = values
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(*value)))
            .collect();
        self.pages.text(id, &args)
    }

    /// A message with several arguments of any kind.
    pub fn pages_text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.pages.text(id, args)
    }

    pub fn str(&self, id: &str, name: &str, value: &str) -> String {
        self.pages
            .text(id, &[(name, FluentValue::from(value.to_string()))])
    }
}

/// Markdown of the content (lesson texts, an office's pages) as HTML. Raw HTML in the
/// source is shown as text, so content cannot inject markup or scripts; HTML comments
/// (notes for whoever edits the file) are left out.
pub fn markdown(source: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    // A comment over several lines arrives as one event per line.
    let mut in_comment = false;
    let events = Parser::new(source).filter_map(move |event| match event {
        Event::Html(html) | Event::InlineHtml(html) => {
            let part = html.trim();
            if in_comment || part.starts_with("<!--") {
                in_comment = !part.ends_with("-->");
                None
            } else {
                Some(Event::Text(html))
            }
        }
        other => Some(other),
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

#[cfg(test)]
mod tests {
    use super::markdown;

    #[test]
    fn comments_for_the_editor_are_left_out() {
        let html =
            markdown("<!-- Beispieltext\nüber zwei Zeilen -->\n\nText <!-- inline --> hier\n");
        assert!(
            !html.contains("Beispiel") && !html.contains("Zeilen"),
            "{html}"
        );
        assert!(!html.contains("inline"), "{html}");
        assert!(html.contains("Text"), "{html}");
    }

    #[test]
    fn markdown_never_passes_html_through() {
        let html = markdown("Hallo <script>alert(1)</script> **Welt**");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<strong>Welt</strong>"));
    }
}
