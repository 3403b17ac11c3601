//! The films `content/build/build-videos` made: beside each lesson's video and captions a
//! manifest (`<lesson>.json`) in a media cache, one folder per course and language:
//! `data/media` for what a deployment builds, `content/media` for the films shipped with
//! the repository. A film counts for the lesson text it was built from, and only for it.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::files::Problems;
use super::model::BuiltFilm;

/// The manifest's format this service reads.
const FORMAT: u32 = 1;
/// No text on a slide is smaller than this share of the frame's height (per cent).
pub const MIN_TEXT_PERCENT: u32 = 6;

#[derive(Deserialize)]
struct Manifest {
    format: u32,
    text_sha256: String,
    video: String,
    captions: String,
    duration_s: f64,
    narration: String,
    bytes: u64,
    paragraphs: Vec<(f64, f64)>,
    frame_height_px: u32,
    safe_line_px: u32,
    slides: Vec<Slide>,
    /// For a film spoken in the source language: the hash of the source lesson it speaks.
    #[serde(default)]
    narrated_text_sha256: Option<String>,
}

#[derive(Deserialize)]
struct Slide {
    picture: String,
    bottom_px: u32,
    smallest_text_px: u32,
}

/// A film built for a lesson's current text.
pub(super) struct FoundFilm {
    pub video: PathBuf,
    pub captions: PathBuf,
    pub duration_ms: i64,
    pub narration: String,
    pub built: BuiltFilm,
}

pub(super) enum Found {
    Current(FoundFilm),
    /// Built, but from another text of the lesson.
    Outdated,
    NotBuilt,
}

/// The hash a manifest names the lesson by: of what its film shows and says (title,
/// text, slide pictures and messages), so that a change to anything else in the file
/// (its legal basis, a sign-language film) keeps the film. `build-videos` computes the
/// same.
pub(super) fn text_hash(title: &str, body: &str, pictures: &[String], texts: &[String]) -> String {
    let parts = [
        title.to_string(),
        body.trim().to_string(),
        pictures.join("\n"),
        texts.join("\n"),
    ];
    Sha256::digest(parts.join("\0").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Looks for the lesson's film in `dirs` (each `<cache>/<course>/<language>`), the first
/// built for `lesson_hash` winning; a manifest that breaks the slides' rules is a problem.
pub(super) fn find(
    dirs: &[PathBuf],
    lesson: &str,
    lesson_hash: &str,
    paragraphs: usize,
    problems: &mut Problems,
) -> Found {
    let mut outdated = false;
    for dir in dirs {
        let path = dir.join(format!("{lesson}.json"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let manifest: Manifest = match serde_json::from_str(&text) {
            Ok(manifest) => manifest,
            Err(e) => {
                problems.add(&path, format!("not a film manifest ({e}); build it again"));
                continue;
            }
        };
        if manifest.format != FORMAT || manifest.text_sha256 != lesson_hash {
            outdated = true;
            continue;
        }
        let before = problems.0.len();
        check(&path, &manifest, paragraphs, problems);
        let video = dir.join(&manifest.video);
        let captions = dir.join(&manifest.captions);
        if !safe_name(&manifest.video) || !safe_name(&manifest.captions) || !video.is_file() {
            problems.add(
                &path,
                "names a video or captions file that is not beside it",
            );
        }
        if problems.0.len() > before {
            continue;
        }
        return Found::Current(FoundFilm {
            video,
            captions,
            duration_ms: (manifest.duration_s * 1000.0).round() as i64,
            narration: manifest.narration,
            built: BuiltFilm {
                bytes: manifest.bytes,
                pictures: manifest.slides.iter().map(|s| s.picture.clone()).collect(),
                narrated_text: manifest.narrated_text_sha256,
                spans: manifest.paragraphs,
            },
        });
    }
    if outdated {
        Found::Outdated
    } else {
        Found::NotBuilt
    }
}

/// One slide and one stretch of narration per paragraph; a picture on every slide; no
/// text below the captions' line, none smaller than 6 % of the frame.
fn check(path: &Path, manifest: &Manifest, paragraphs: usize, problems: &mut Problems) {
    if manifest.slides.len() != paragraphs || manifest.paragraphs.len() != paragraphs {
        problems.add(
            path,
            format!(
                "has {} slides and {} spoken paragraphs for {paragraphs} paragraphs",
                manifest.slides.len(),
                manifest.paragraphs.len()
            ),
        );
    }
    let height = u64::from(manifest.frame_height_px);
    let safe_line = u64::from(manifest.safe_line_px);
    if safe_line >= height || safe_line * 4 > height * 3 {
        problems.add(
            path,
            format!(
                "keeps {} of {height} px free for captions: at least the bottom quarter",
                height.saturating_sub(safe_line)
            ),
        );
    }
    let mut at = 0.0;
    for (i, &(start, end)) in manifest.paragraphs.iter().enumerate() {
        if !(start >= at && end > start && end <= manifest.duration_s) {
            problems.add(
                path,
                format!(
                    "paragraph {} is spoken at {start}–{end} s: out of order",
                    i + 1
                ),
            );
        }
        at = end;
    }
    for (i, slide) in manifest.slides.iter().enumerate() {
        let number = i + 1;
        if slide.picture.is_empty() {
            problems.add(path, format!("slide {number} has no picture"));
        }
        if u64::from(slide.bottom_px) > safe_line {
            problems.add(
                path,
                format!(
                    "slide {number} reaches {} px, into the captions' area below {} px",
                    slide.bottom_px, manifest.safe_line_px
                ),
            );
        }
        if u64::from(slide.smallest_text_px) * 100 < u64::from(MIN_TEXT_PERCENT) * height {
            problems.add(
                path,
                format!(
                    "slide {number} has text of {} px, less than {MIN_TEXT_PERCENT} % of the {height} px frame",
                    slide.smallest_text_px
                ),
            );
        }
    }
    if manifest.duration_s.is_nan() || manifest.duration_s <= 0.0 {
        problems.add(path, "duration_s must be positive");
    }
}

fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with('.')
}
