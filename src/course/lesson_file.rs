//! One lesson file: TOML front matter between two `+++` lines, then the Markdown text;
//! and, once the videos are built, the checks of its video and captions.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::files::Problems;
use super::media::{mp4_duration_ms, vtt_problems};
use super::model::Lesson;

/// Whether a language's videos exist. A translation is committed as text; its videos are
/// generated from it, and a language without a `videos/` folder shows the source
/// language's film until that build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Media {
    Built,
    NotBuilt,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFrontMatter {
    id: String,
    title: String,
    video: PathBuf,
    captions: PathBuf,
    duration_s: f64,
    #[serde(default)]
    legal_basis: Vec<String>,
    #[serde(default)]
    narration: Option<String>,
    /// One pictogram per paragraph (a name under `content/pictograms/`), drawn beside it
    /// on the chapter page: for readers with little reading practice (Leichte Sprache).
    #[serde(default)]
    pictures: Vec<String>,
}

pub(super) fn load_lesson(
    dir: &Path,
    id: &str,
    media: Media,
    problems: &mut Problems,
) -> Option<Lesson> {
    let path = dir.join("lessons").join(format!("{id}.md"));
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            problems.add(&path, format!("missing lesson ({e})"));
            return None;
        }
    };
    let Some((front, body)) = split_front_matter(&text) else {
        problems.add(
            &path,
            "must start with TOML front matter between two lines of +++",
        );
        return None;
    };
    let meta: LessonFrontMatter = toml::from_str(front)
        .map_err(|e| problems.add(&path, e.to_string().replace('\n', " ")))
        .ok()?;
    if meta.id != id {
        problems.add(
            &path,
            format!("id {:?} does not match the file name", meta.id),
        );
    }
    if meta.title.trim().is_empty() || body.trim().is_empty() {
        problems.add(&path, "needs a title and a text");
    }
    let paragraphs = paragraphs(body).len();
    if !meta.pictures.is_empty() && meta.pictures.len() != paragraphs {
        problems.add(
            &path,
            format!(
                "has {} pictures for {paragraphs} paragraphs: one per paragraph",
                meta.pictures.len()
            ),
        );
    }
    // `dir` is content/courses/<course>/<language>; the pictograms are shared.
    let pictograms = dir.ancestors().nth(3).unwrap_or(dir).join("pictograms");
    for name in &meta.pictures {
        if !super::files::is_slug(name) || !pictograms.join(format!("{name}.svg")).exists() {
            problems.add(
                &path,
                format!("pictures names {name:?}, but there is no pictograms/{name}.svg"),
            );
        }
    }
    let lesson = Lesson {
        id: id.to_string(),
        video: dir.join(&meta.video),
        captions: dir.join(&meta.captions),
        duration_ms: (meta.duration_s * 1000.0).round() as i64,
        title: meta.title,
        text: body.trim().to_string(),
        legal_basis: meta.legal_basis,
        narration: meta.narration,
        pictures: meta.pictures,
        captions_language: None,
    };
    if media == Media::Built {
        check_media(&path, &lesson, problems);
    }
    Some(lesson)
}

/// The video exists, lasts what the lesson says, and its captions fit in it.
fn check_media(path: &Path, lesson: &Lesson, problems: &mut Problems) {
    match mp4_duration_ms(&lesson.video) {
        Ok(actual_ms) if (actual_ms - lesson.duration_ms).abs() > 1000 => problems.add(
            path,
            format!(
                "duration_s is {:.1} but the video lasts {:.1} s",
                lesson.duration_ms as f64 / 1000.0,
                actual_ms as f64 / 1000.0
            ),
        ),
        Ok(_) => {}
        Err(e) => problems.add(&lesson.video, e),
    }
    if lesson.duration_ms <= 0 {
        problems.add(path, "duration_s must be positive");
    }
    for problem in vtt_problems(&lesson.captions, lesson.duration_ms) {
        problems.add(&lesson.captions, problem);
    }
}

fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.trim_start_matches('\u{feff}').strip_prefix("+++")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let end = rest.find("\n+++")?;
    let body = &rest[end + 4..];
    Some((&rest[..end], body.trim_start_matches(['\r', '\n'])))
}

pub(super) fn report_stray_lessons(dir: &Path, lesson_ids: &[String], problems: &mut Problems) {
    let Ok(entries) = std::fs::read_dir(dir.join("lessons")) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if path.extension().is_some_and(|e| e == "md") && !lesson_ids.iter().any(|id| id == stem) {
            problems.add(&path, "is not listed in course.toml's lessons");
        }
    }
}

/// The lesson text's paragraphs: blocks separated by empty lines.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                found.push(text[s..end].trim());
            }
        } else {
            start.get_or_insert(offset);
            end = offset + line.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        found.push(text[s..end].trim());
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn paragraphs_are_blocks_between_empty_lines() {
        assert_eq!(
            super::paragraphs("Eins.\nNoch eins.\n\n  \nZwei.\n\n- drei\n- vier\n"),
            ["Eins.\nNoch eins.", "Zwei.", "- drei\n- vier"]
        );
        assert!(super::paragraphs(" \n").is_empty());
    }

    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let (front, body) =
            split_front_matter("+++\nid = \"a\"\n+++\n\nText.\n").expect("front matter");
        assert_eq!(front, "id = \"a\"");
        assert_eq!(body, "Text.\n");
        assert!(split_front_matter("no front matter").is_none());
    }
}
