//! The films of one language as `content check` reports them: in which language they
//! speak, how many are built, their minutes and size, and what to run for the rest.

use crate::course::{Course, CourseLanguage, Film};

pub(super) fn report(course: &Course, language: &CourseLanguage) -> String {
    let lessons = &language.lessons;
    let built: Vec<_> = lessons
        .iter()
        .filter_map(|l| match &l.film {
            Film::Built(film) => Some((l, film)),
            _ => None,
        })
        .collect();
    let recorded = lessons.iter().filter(|l| l.film == Film::Recorded).count();
    let borrowed = lessons.iter().filter(|l| l.film == Film::Borrowed).count();
    let minutes = built.iter().map(|(l, _)| l.duration_ms).sum::<i64>() as f64 / 60_000.0;
    let bytes: u64 = built.iter().map(|(_, f)| f.bytes).sum();
    let mut parts = Vec::new();
    if !built.is_empty() {
        let narration = built
            .iter()
            .find_map(|(l, _)| l.narration.as_deref())
            .map_or_else(
                || format!("narrated in {}", language.code),
                |n| {
                    format!(
                        "narrated in {n}, no voice for {} (captions in {0})",
                        language.code
                    )
                },
            );
        parts.push(format!(
            "films {}/{} built, {narration}, {minutes:.1} min, {:.1} MB ({:.2} MB per minute)",
            built.len(),
            lessons.len(),
            bytes as f64 / 1e6,
            if minutes > 0.0 {
                bytes as f64 / 1e6 / minutes
            } else {
                0.0
            }
        ));
    }
    if recorded > 0 {
        parts.push(format!("{recorded} recorded by the office"));
    }
    if borrowed > 0 {
        parts.push(format!(
            "{borrowed} not built: the {} film and captions in {} stand in (content/build/build-videos --lang {})",
            course.source_language, language.code, language.code
        ));
    }
    let signed = lessons
        .iter()
        .filter(|l| l.sign_language_video.is_some())
        .count();
    if signed > 0 {
        parts.push(format!("{signed} with sign language"));
    }
    parts.join("; ")
}
