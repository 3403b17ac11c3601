//! Checks of a language's quiz pool, and of a translation against the source language:
//! the same questions with the same right answers, the same paragraphs per lesson.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::files::{Problems, is_slug};
use super::model::{CourseLanguage, Question, QuizRules};

pub(super) fn check_questions(
    path: &Path,
    questions: &[Question],
    lesson_ids: &[String],
    rules: QuizRules,
    problems: &mut Problems,
) {
    let mut ids = BTreeSet::new();
    for q in questions {
        let at = format!("question {:?}", q.id);
        if !is_slug(&q.id) || !ids.insert(q.id.as_str()) {
            problems.add(path, format!("{at}: id must be a unique [a-z0-9-]+ id"));
        }
        if !lesson_ids.contains(&q.lesson) {
            problems.add(path, format!("{at}: unknown lesson {:?}", q.lesson));
        }
        if q.text.trim().is_empty() || q.explanation.trim().is_empty() {
            problems.add(path, format!("{at}: needs a text and an explanation"));
        }
        let mut option_ids = BTreeSet::new();
        for o in &q.options {
            if !is_slug(&o.id) || !option_ids.insert(o.id.as_str()) || o.text.trim().is_empty() {
                problems.add(
                    path,
                    format!("{at}: option {:?} needs a unique id and a text", o.id),
                );
            }
        }
        if !q.options.iter().any(|o| o.correct) || q.options.iter().all(|o| o.correct) {
            problems.add(path, format!("{at}: needs at least one correct and one wrong option, or it cannot be answered fairly"));
        }
    }
    if questions.len() < rules.questions_per_attempt {
        problems.add(
            path,
            format!(
                "has {} questions, fewer than questions_per_attempt = {}",
                questions.len(),
                rules.questions_per_attempt
            ),
        );
    }
    for lesson in lesson_ids {
        if !questions.iter().any(|q| &q.lesson == lesson) {
            problems.add(path, format!("no question covers lesson {lesson:?}"));
        }
    }
}

/// A translation must ask the same questions with the same right answers.
pub(super) fn compare_with_source(
    source: &CourseLanguage,
    other: &CourseLanguage,
    dir: &Path,
    problems: &mut Problems,
) {
    let quiz_path = dir.join("quiz.toml");
    let language_path = dir.join("language.toml");
    if other.declaration.version != source.declaration.version {
        problems.add(
            &language_path,
            format!(
                "declaration version {:?} differs from the source language's {:?}",
                other.declaration.version, source.declaration.version
            ),
        );
    }
    for lesson in &other.lessons {
        let Some(original) = source.lesson(&lesson.id) else {
            continue;
        };
        let (want, have) = (paragraphs(&original.text), paragraphs(&lesson.text));
        if want != have {
            problems.add(
                &dir.join("lessons").join(format!("{}.md", lesson.id)),
                format!(
                    "has {have} paragraphs, {:?} has {want}: a translation says the same paragraph by paragraph",
                    source.code
                ),
            );
        }
        if let Some(narration) = &lesson.narration
            && narration != &source.code
        {
            problems.add(
                &dir.join("lessons").join(format!("{}.md", lesson.id)),
                format!(
                    "narration {narration:?}: a video without its own voice uses the source language {:?}",
                    source.code
                ),
            );
        }
    }
    let shape = |l: &CourseLanguage| -> BTreeMap<String, (String, Vec<(String, bool)>)> {
        l.questions
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    (
                        q.lesson.clone(),
                        q.options
                            .iter()
                            .map(|o| (o.id.clone(), o.correct))
                            .collect(),
                    ),
                )
            })
            .collect()
    };
    let (expected, actual) = (shape(source), shape(other));
    for (id, want) in &expected {
        match actual.get(id) {
            None => problems.add(
                &quiz_path,
                format!(
                    "question {id:?} is missing (it exists in {:?})",
                    source.code
                ),
            ),
            Some(have) if have != want => problems.add(
                &quiz_path,
                format!(
                    "question {id:?} differs in lesson, options or correct answers from {:?}",
                    source.code
                ),
            ),
            Some(_) => {}
        }
    }
    for id in actual.keys().filter(|id| !expected.contains_key(*id)) {
        problems.add(
            &quiz_path,
            format!("question {id:?} does not exist in {:?}", source.code),
        );
    }
}

/// Paragraphs of a lesson body: blocks separated by blank lines.
fn paragraphs(markdown: &str) -> usize {
    let mut count = 0;
    let mut in_paragraph = false;
    for line in markdown.lines() {
        let blank = line.trim().is_empty();
        if !blank && !in_paragraph {
            count += 1;
        }
        in_paragraph = !blank;
    }
    count
}
