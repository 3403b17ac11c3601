//! The source language's film standing in for a translation's: until a translation's own
//! film of a lesson is built, or once it is out of date, the lesson shows the source
//! language's film with captions in its own language.

use super::model::{Captions, CourseLanguage, Direction, Film, Lesson};

/// A translation's film is built from more than its own file: the source language's
/// pictures where it names none, the source language's text where it has no voice. A
/// film built before those changed is out of date.
pub(super) fn forget_outdated_films(language: &mut CourseLanguage, source: &[Lesson]) {
    for lesson in &mut language.lessons {
        let Some(original) = source.iter().find(|l| l.id == lesson.id) else {
            continue;
        };
        let Film::Built(built) = &lesson.film else {
            continue;
        };
        let pictures = if lesson.slide_pictures.is_empty() {
            &original.slide_pictures
        } else {
            &lesson.slide_pictures
        };
        let spoken_changed = built
            .narrated_text
            .as_ref()
            .is_some_and(|spoken| *spoken != original.text_hash);
        if built.pictures != *pictures || spoken_changed {
            lesson.film = Film::Borrowed;
            lesson.narration = None;
        }
    }
}

/// Until a translation's own film of a lesson is built, the lesson shows the source
/// language's film: with captions in its own language, timed by the paragraphs the film
/// speaks, where the build recorded them (else with the source language's captions).
pub(super) fn show_source_film(
    language: &mut CourseLanguage,
    source: &[Lesson],
    source_code: &str,
) {
    let rtl = language.direction == Direction::Rtl;
    for lesson in language
        .lessons
        .iter_mut()
        .filter(|l| l.film == Film::Borrowed)
    {
        let Some(original) = source.iter().find(|l| l.id == lesson.id) else {
            continue;
        };
        lesson.video = original.video.clone();
        lesson.duration_ms = original.duration_ms;
        lesson.narration = Some(source_code.to_string());
        let paragraphs = super::lesson_file::paragraphs(&lesson.text);
        match &original.film {
            Film::Built(built) if built.spans.len() == paragraphs.len() => {
                lesson.captions = Captions::Text(
                    super::captions::borrowed_captions(&paragraphs, &built.spans, rtl).into(),
                );
                lesson.captions_language = None;
            }
            _ => {
                lesson.captions = original.captions.clone();
                lesson.captions_language = Some(source_code.to_string());
            }
        }
    }
}
