//! One lesson file: TOML front matter between two `+++` lines, then the Markdown text;
//! its film (the office's own recording, or one the build made for this text) and the
//! checks of the film's files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::files::Problems;
use super::film::{self, Found};
use super::media::{mp4_duration_ms, vtt_problems};
use super::model::{Captions, Film, Lesson};

/// A slide's message is shown large beside its picture: a line or two.
const SLIDE_TEXT_MAX_CHARS: usize = 60;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFrontMatter {
    id: String,
    title: String,
    /// The office's own recording of the lesson, with its captions and duration.
    #[serde(default)]
    video: Option<PathBuf>,
    #[serde(default)]
    captions: Option<PathBuf>,
    #[serde(default)]
    duration_s: Option<f64>,
    #[serde(default)]
    legal_basis: Vec<String>,
    /// The language a recording is spoken in, when it is not the lesson's.
    #[serde(default)]
    narration: Option<String>,
    /// One pictogram per paragraph (a name under `content/pictograms/`), drawn beside it
    /// on the chapter page: for readers with little reading practice (Leichte Sprache).
    #[serde(default)]
    pictures: Vec<String>,
    /// One picture per paragraph for the film's slides (a name in `content/pictures.toml`);
    /// a translation without its own takes the source language's.
    #[serde(default)]
    slide_pictures: Vec<String>,
    /// The message of each paragraph's slide, in this language.
    #[serde(default)]
    slide_texts: Vec<String>,
    /// A film of the lesson in German Sign Language, relative to the language folder.
    #[serde(default)]
    sign_language_video: Option<PathBuf>,
}

/// Where a language's lessons look for their films, and what the slides may show.
pub(super) struct FilmSources<'a> {
    /// `<cache>/<course>/<language>` of every media cache, the first winning.
    pub media: Vec<PathBuf>,
    /// The names of `content/pictures.toml`.
    pub pictures: &'a BTreeSet<String>,
    /// Whether this is the source language, whose lessons choose the slides' pictures.
    pub is_source: bool,
}

pub(super) fn load_lesson(
    dir: &Path,
    id: &str,
    sources: &FilmSources<'_>,
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
    check_slides(&path, &meta, paragraphs, sources, problems);
    let hash = film::text_hash(&meta.title, body, &meta.slide_pictures, &meta.slide_texts);
    let sign_language_video = meta.sign_language_video.as_ref().map(|v| dir.join(v));
    if let Some(video) = &meta.sign_language_video
        && !video
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        problems.add(
            &path,
            "sign_language_video: a path inside the language folder",
        );
    } else if let Some(video) = &sign_language_video
        && let Err(e) = mp4_duration_ms(video)
    {
        problems.add(video, format!("sign_language_video: {e}"));
    }
    let mut lesson = Lesson {
        id: id.to_string(),
        video: PathBuf::new(),
        captions: Captions::Text("WEBVTT\n".into()),
        duration_ms: 0,
        title: meta.title,
        text: body.trim().to_string(),
        legal_basis: meta.legal_basis,
        narration: meta.narration,
        pictures: meta.pictures,
        captions_language: None,
        film: Film::Borrowed,
        sign_language_video,
        slide_pictures: meta.slide_pictures,
        text_hash: hash,
    };
    match (meta.video, meta.captions, meta.duration_s) {
        (Some(video), Some(captions), Some(duration_s)) => {
            lesson.video = dir.join(video);
            lesson.captions = Captions::File(dir.join(captions));
            lesson.duration_ms = (duration_s * 1000.0).round() as i64;
            lesson.film = Film::Recorded;
        }
        (None, None, None) => {
            match film::find(&sources.media, id, &lesson.text_hash, paragraphs, problems) {
                Found::Current(found) => {
                    lesson.video = found.video;
                    lesson.captions = Captions::File(found.captions);
                    lesson.duration_ms = found.duration_ms;
                    lesson.narration =
                        (found.narration != dir_language(dir)).then_some(found.narration);
                    lesson.film = Film::Built(found.built);
                }
                Found::Outdated | Found::NotBuilt => {}
            }
        }
        _ => problems.add(
            &path,
            "video, captions and duration_s name the office's own recording together",
        ),
    }
    if lesson.film != Film::Borrowed {
        check_media(&path, &lesson, problems);
    }
    Some(lesson)
}

/// The language code of a language folder.
fn dir_language(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every slide has a message in this language and a picture of the set: the source
/// language names the pictures, a translation may name its own.
fn check_slides(
    path: &Path,
    meta: &LessonFrontMatter,
    paragraphs: usize,
    sources: &FilmSources<'_>,
    problems: &mut Problems,
) {
    if meta.slide_texts.len() != paragraphs {
        problems.add(
            path,
            format!(
                "has {} slide_texts for {paragraphs} paragraphs: one message per slide",
                meta.slide_texts.len()
            ),
        );
    }
    for text in &meta.slide_texts {
        let chars = text.chars().count();
        if text.trim().is_empty() || chars > SLIDE_TEXT_MAX_CHARS {
            problems.add(
                path,
                format!(
                    "slide text {text:?}: 1 to {SLIDE_TEXT_MAX_CHARS} characters, it is shown large"
                ),
            );
        }
    }
    if meta.slide_pictures.is_empty() {
        if sources.is_source {
            problems.add(
                path,
                format!("needs slide_pictures, one picture per paragraph ({paragraphs})"),
            );
        }
    } else if meta.slide_pictures.len() != paragraphs {
        problems.add(
            path,
            format!(
                "has {} slide_pictures for {paragraphs} paragraphs: one per slide",
                meta.slide_pictures.len()
            ),
        );
    }
    for name in &meta.slide_pictures {
        if !sources.pictures.contains(name) {
            problems.add(
                path,
                format!("slide picture {name:?} is not named in content/pictures.toml"),
            );
        }
    }
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
    if let Captions::File(captions) = &lesson.captions {
        for problem in vtt_problems(captions, lesson.duration_ms) {
            problems.add(captions, problem);
        }
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
