//! Checks of a language's quiz pool, and of a translation against the source language:
//! the same questions with the same right answers, the same paragraphs per lesson.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::files::{Problems, is_slug};
use super::model::{CourseLanguage, Declaration, Question, QuizRules};

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
            problems.add(
                path,
                format!(
                    "{at}: needs at least one correct and one wrong option, \
                     or it cannot be answered fairly"
                ),
            );
        }
        check_wrong_options(path, &at, q, problems);
    }
    // Every attempt asks about every lesson that has questions (see `quiz::draw`).
    let lessons_asked = lesson_ids
        .iter()
        .filter(|l| questions.iter().any(|q| &q.lesson == *l))
        .count();
    if lessons_asked > rules.questions_per_attempt {
        problems.add(
            path,
            format!(
                "questions_per_attempt = {} cannot ask about each of the {lessons_asked} lessons with questions",
                rules.questions_per_attempt
            ),
        );
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

/// A question is only a test when guessing is hard: every question needs at least two
/// wrong options (with several right answers and one wrong, ticking all but the odd one
/// out passes), and none may have a "none of these" as its only wrong option.
fn check_wrong_options(path: &Path, at: &str, q: &Question, problems: &mut Problems) {
    let wrong: Vec<&str> = q
        .options
        .iter()
        .filter(|o| !o.correct)
        .map(|o| o.text.as_str())
        .collect();
    if wrong.len() < 2 {
        problems.add(
            path,
            format!(
                "{at}: needs at least two realistic wrong options \
                 (with one, guessing passes every other time)"
            ),
        );
    }
    if let [only] = wrong.as_slice()
        && is_none_of_these(only)
    {
        problems.add(
            path,
            format!(
                "{at}: its only wrong option {only:?} is a \"none of these\"; \
                 write realistic wrong options"
            ),
        );
    }
}

/// A "none of these" style option in the source language (German) or English.
fn is_none_of_these(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['.', '!']).to_lowercase();
    const PHRASES: [&str; 9] = [
        "keines davon",
        "keine davon",
        "keins davon",
        "nichts davon",
        "keine der antworten",
        "keine dieser antworten",
        "keine der genannten",
        "none of these",
        "none of the above",
    ];
    PHRASES.iter().any(|p| text.starts_with(p))
}

/// The declaration names the declarant (§126b BGB): each text holds its placeholders
/// and no other, and every representative role has a name.
pub(super) fn check_declaration(path: &Path, declaration: &Declaration, problems: &mut Problems) {
    if declaration.version.trim().is_empty() {
        problems.add(path, "the declaration needs a version");
    }
    let texts = [
        (
            "text",
            &declaration.text,
            &Declaration::OWN_PLACEHOLDERS[..],
        ),
        (
            "guardian_text",
            &declaration.guardian_text,
            &Declaration::REPRESENTED_PLACEHOLDERS[..],
        ),
    ];
    for (key, text, wanted) in texts {
        for placeholder in wanted {
            if !text.contains(placeholder) {
                problems.add(path, format!("declaration.{key} must name {placeholder}"));
            }
        }
        for found in placeholders(text) {
            if !wanted.contains(&found) {
                problems.add(
                    path,
                    format!("declaration.{key}: unknown placeholder {found}"),
                );
            }
        }
    }
    let roles = &declaration.roles;
    let roles = [&roles.parent, &roles.guardian, &roles.carer];
    if roles.iter().any(|r| r.trim().is_empty()) {
        problems.add(path, "declaration.roles needs parent, guardian and carer");
    }
    // A role is filled into the text: it must not bring placeholders of its own.
    if roles.iter().any(|r| r.contains(['{', '}'])) {
        problems.add(path, "declaration.roles take no placeholder");
    }
}

/// Every `{word}` in a text.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices('{').filter_map(|(start, _)| {
        let end = text[start..].find('}')?;
        Some(&text[start..start + end + 1])
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::model::{AnswerOption, RepresentativeRoles};

    fn question(options: &[(&str, bool)]) -> Question {
        Question {
            id: "q".into(),
            lesson: "l".into(),
            text: "?".into(),
            explanation: "!".into(),
            options: options
                .iter()
                .enumerate()
                .map(|(i, (text, correct))| AnswerOption {
                    id: format!("o{i}"),
                    text: (*text).into(),
                    correct: *correct,
                })
                .collect(),
        }
    }

    fn problems_of(q: &Question) -> Vec<String> {
        let mut problems = Problems::default();
        check_wrong_options(Path::new("quiz.toml"), "question \"q\"", q, &mut problems);
        problems.0
    }

    #[test]
    fn several_right_answers_need_two_realistic_wrong_ones() {
        let odd_one_out = question(&[
            ("Fieber", true),
            ("Durchfall", true),
            ("Keines davon", false),
        ]);
        let found = problems_of(&odd_one_out);
        assert_eq!(found.len(), 2, "{found:?}");
        let fair = question(&[
            ("Fieber", true),
            ("Durchfall", true),
            ("Nur wenn der Arzt es sagt", false),
            ("Erst nach drei Tagen", false),
        ]);
        assert!(problems_of(&fair).is_empty());
        let one_answer = question(&[("Ja", true), ("Nichts davon.", false)]);
        assert_eq!(problems_of(&one_answer).len(), 2, "a lone none-of-these");
        let coin = question(&[("Ja", true), ("Nein", false)]);
        assert_eq!(problems_of(&coin).len(), 1, "a coin toss");
        let fine = question(&[("Ja", true), ("Nein", false), ("Nur mit Fieber", false)]);
        assert!(problems_of(&fine).is_empty());
    }

    #[test]
    fn a_declaration_must_name_its_declarant() {
        let roles = RepresentativeRoles {
            parent: "Elternteil".into(),
            guardian: "Vormund".into(),
            carer: "Betreuer".into(),
        };
        let declaration = |text: &str, guardian_text: &str| Declaration {
            version: "1".into(),
            text: text.into(),
            guardian_text: guardian_text.into(),
            roles: roles.clone(),
        };
        let check = |d: &Declaration| {
            let mut problems = Problems::default();
            check_declaration(Path::new("language.toml"), d, &mut problems);
            problems.0
        };
        let good = declaration(
            "Ich, {name}, geboren am {birth_date}, erkläre …",
            "Ich, {representative}, erkläre als {role} von {name}, geboren am {birth_date} …",
        );
        assert!(check(&good).is_empty());
        let anonymous = declaration(
            "Ich erkläre …",
            "Ich, {representative}, als {role} für {name}, {birthdate}",
        );
        let found = check(&anonymous);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(
            found
                .iter()
                .any(|p| p.contains("unknown placeholder {birthdate}"))
        );
    }
}
