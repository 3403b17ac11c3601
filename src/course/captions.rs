//! Captions for a translation that borrows the source language's film: each paragraph of
//! the translation is shown while the film speaks the same paragraph of the source, so a
//! learner reads their own language under the German voice. Made when the content is
//! loaded, from the lesson text and the times the film's build recorded: no tool needed.

use unicode_normalization::char::is_combining_mark;

/// Columns per caption line (a CJK character takes two) and lines per cue, as the films'
/// own captions have them.
const LINE_COLUMNS: usize = 42;
const CUE_LINES: usize = 2;

/// The WebVTT file: `paragraphs` (Markdown) spoken at `spans` (seconds), one to one.
pub fn borrowed_captions(paragraphs: &[&str], spans: &[(f64, f64)], rtl: bool) -> String {
    let mut out = String::from("WEBVTT\n\n");
    for (paragraph, &(start, end)) in paragraphs.iter().zip(spans) {
        let cues = cues(&plain(paragraph));
        let weights: Vec<usize> = cues
            .iter()
            .map(|lines| lines.iter().map(|l| width(l) + 1).sum())
            .collect();
        let total = weights.iter().sum::<usize>().max(1) as f64;
        let mut at = start;
        for (lines, weight) in cues.iter().zip(weights) {
            let until = at + (end - start) * weight as f64 / total;
            out.push_str(&format!("{} --> {}\n", timestamp(at), timestamp(until)));
            for line in lines {
                let line = escape(line);
                if rtl && starts_left_to_right(&line) {
                    // Players take a line's direction from its first strong letter.
                    out.push('\u{200f}');
                }
                out.push_str(&line);
                out.push('\n');
            }
            out.push('\n');
            at = until;
        }
    }
    out
}

/// The paragraph as read: inline Markdown dropped, lines joined.
fn plain(markdown: &str) -> String {
    let mut text = String::new();
    for line in markdown.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let joins_without_space =
            text.chars().last().is_some_and(is_wide) || line.chars().next().is_some_and(is_wide);
        if !text.is_empty() && !joins_without_space {
            text.push(' ');
        }
        text.push_str(line);
    }
    // [text](url) → text; emphasis marks and code ticks go.
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let link = rest[open..].find("](").and_then(|close| {
            let url_end = rest[open + close..].find(')')?;
            Some((open + close, open + close + url_end))
        });
        match link {
            Some((close, url_end)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..close]);
                rest = &rest[url_end + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "")
        .replace("__", "")
        .replace(['*', '`'], "")
}

/// Cues of one paragraph: sentences that fit share a cue a line each; a longer sentence
/// runs over several cues of two lines.
fn cues(text: &str) -> Vec<Vec<String>> {
    let mut cues: Vec<Vec<String>> = Vec::new();
    for sentence in sentences(text) {
        let lines = wrap(&sentence);
        if lines.len() == 1
            && let Some(last) = cues.last_mut()
            && last.len() < CUE_LINES
        {
            last.push(lines[0].clone());
            continue;
        }
        for chunk in lines.chunks(CUE_LINES) {
            cues.push(chunk.to_vec());
        }
    }
    cues
}

/// A sentence ends at `.`, `!` or `?` before a space and a capital, a digit or a letter
/// of a script without capitals (not after a single small letter, as in "z. B."), and at
/// the full stops and marks of Arabic, Devanagari and Chinese.
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let end = if matches!(c, '.' | '!' | '?') {
            let next = chars.get(i + 1).is_some_and(|n| n.is_whitespace());
            let after = chars[i + 1..]
                .iter()
                .find(|n| !n.is_whitespace() && !"\"'„“(«".contains(**n));
            let opens = after.is_some_and(|n| {
                n.is_uppercase() || n.is_numeric() || (n.is_alphabetic() && !n.is_lowercase())
            });
            let abbreviation = c == '.'
                && i >= 1
                && chars[i - 1].is_lowercase()
                && (i < 2 || !chars[i - 2].is_alphanumeric());
            next && opens && !abbreviation
        } else if "؟۔।॥。！？".contains(c) {
            // Closing quotes and further marks stay with the sentence they end.
            while chars
                .get(i + 1)
                .is_some_and(|n| "」』）》”’！？。".contains(*n))
            {
                i += 1;
            }
            i + 1 < chars.len()
        } else {
            false
        };
        if end {
            let sentence: String = chars[start..=i].iter().collect();
            found.push(sentence.trim().to_string());
            start = i + 1;
        }
        i += 1;
    }
    let tail: String = chars[start..].iter().collect();
    if !tail.trim().is_empty() {
        found.push(tail.trim().to_string());
    }
    found
}

/// Lines of at most `LINE_COLUMNS`, broken at spaces, and between characters of scripts
/// written without spaces.
fn wrap(sentence: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in words(sentence) {
        let fits =
            width(line.trim_start()) + width(&word) <= LINE_COLUMNS || line.trim().is_empty();
        if fits {
            line.push_str(&word);
        } else {
            lines.push(line.trim().to_string());
            line = word.trim_start().to_string();
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim().to_string());
    }
    lines
}

/// The pieces a line may break between: words with their leading space, and single
/// wide characters.
fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in text.chars() {
        // Closing punctuation never begins a line: it stays with what it closes.
        let closing = "，。、；：！？）」』》”’,.;:!?)".contains(c);
        let starts_new = !closing
            && (c == ' '
                || is_wide(c)
                || words
                    .last()
                    .is_some_and(|w| w.chars().last().is_some_and(is_wide)));
        match words.last_mut() {
            Some(word) if !starts_new => word.push(c),
            _ => words.push(c.to_string()),
        }
    }
    words
}

fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// Columns a text takes: wide characters two, combining marks and format characters none.
fn width(text: &str) -> usize {
    text.chars().map(columns).sum()
}

fn columns(c: char) -> usize {
    let format =
        matches!(u32::from(c), 0xAD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF);
    if format || is_combining_mark(c) {
        0
    } else if is_wide(c) {
        2
    } else {
        1
    }
}

fn starts_left_to_right(line: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, AN, EN, L, R};
    line.chars()
        .map(unicode_bidi::bidi_class)
        .find(|class| matches!(class, L | EN | AN | R | AL))
        .is_some_and(|class| matches!(class, L | EN | AN))
}

fn escape(line: &str) -> String {
    line.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn timestamp(seconds: f64) -> String {
    let ms = (seconds.max(0.0) * 1000.0).round() as u64;
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_paragraph_fills_its_span_in_lines_that_fit() {
        let vtt = borrowed_captions(
            &[
                "Ellerinizi sabunla yıkayın. Bu en önemli kuraldır ve **her zaman** geçerlidir, özellikle tuvaletten sonra ve çiğ etle çalıştıktan sonra.",
                "Kısa.",
            ],
            &[(1.0, 11.0), (12.0, 14.5)],
            false,
        );
        assert!(vtt.starts_with("WEBVTT\n\n00:00:01.000 --> "), "{vtt}");
        assert!(vtt.contains("--> 00:00:11.000\n"), "{vtt}");
        assert!(
            vtt.contains("00:00:12.000 --> 00:00:14.500\nKısa.\n"),
            "{vtt}"
        );
        assert!(!vtt.contains("**"));
        for line in vtt.lines().filter(|l| !l.contains("-->")) {
            assert!(width(line) <= LINE_COLUMNS, "{line}");
        }
        let said: String = vtt
            .lines()
            .filter(|l| !l.contains("-->") && !l.is_empty() && *l != "WEBVTT")
            .collect::<Vec<_>>()
            .join(" ");
        assert!(said.contains("her zaman geçerlidir"), "{said}");
    }

    #[test]
    fn sentences_end_where_a_new_one_begins() {
        assert_eq!(
            sentences("Zum Beispiel z. B. die Wurst. Dann 2 Mal! Gut"),
            ["Zum Beispiel z. B. die Wurst.", "Dann 2 Mal!", "Gut"]
        );
        assert_eq!(sentences("洗手。然后工作。"), ["洗手。", "然后工作。"]);
        assert_eq!(
            sentences("他说：「洗手。」然后"),
            ["他说：「洗手。」", "然后"]
        );
        assert!(words("洗手，然后").iter().all(|w| !w.starts_with('，')));
    }

    #[test]
    fn chinese_breaks_between_characters_and_arabic_lines_start_from_the_right() {
        let lines = wrap(&"洗手".repeat(30));
        assert!(lines.len() > 1 && lines.iter().all(|l| width(l) <= LINE_COLUMNS));
        let vtt = borrowed_captions(&["IfSG ٤٣ المادة"], &[(0.0, 2.0)], true);
        assert!(vtt.contains("\u{200f}IfSG"), "{vtt}");
    }
}
