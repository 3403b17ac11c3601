//! Drawing an attempt from the pool and grading it.

use std::collections::{BTreeMap, BTreeSet};

use rand::Rng;
use rand::seq::{IndexedRandom, SliceRandom};
use serde::{Deserialize, Serialize};

use super::model::Question;

/// One question of an attempt as drawn: options in the order shown, and the right
/// answers as they were when drawn, so that a content update cannot change a grade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawnQuestion {
    pub id: String,
    pub options: Vec<String>,
    pub correct: BTreeSet<String>,
}

/// Draws `count` questions: first one at random from each lesson that has questions, so
/// that no attempt leaves out a lesson (the duty to report, say), then the rest at
/// random from the remaining pool; the order and each question's options shuffled.
pub fn draw(pool: &[Question], count: usize, rng: &mut impl Rng) -> Vec<DrawnQuestion> {
    let mut lessons: Vec<&str> = Vec::new();
    for q in pool {
        if !lessons.contains(&q.lesson.as_str()) {
            lessons.push(&q.lesson);
        }
    }
    let mut chosen: Vec<&Question> = lessons
        .iter()
        .filter_map(|lesson| {
            let of_lesson: Vec<&Question> = pool.iter().filter(|q| q.lesson == *lesson).collect();
            of_lesson.choose(rng).copied()
        })
        .take(count)
        .collect();
    let rest: Vec<&Question> = pool
        .iter()
        .filter(|q| !chosen.iter().any(|c| c.id == q.id))
        .collect();
    let missing = count.saturating_sub(chosen.len());
    chosen.extend(rest.choose_multiple(rng, missing).copied());
    chosen.shuffle(rng);
    chosen
        .into_iter()
        .map(|q| {
            let mut options: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
            options.shuffle(rng);
            DrawnQuestion {
                id: q.id.clone(),
                options,
                correct: q
                    .options
                    .iter()
                    .filter(|o| o.correct)
                    .map(|o| o.id.clone())
                    .collect(),
            }
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("question {0:?} is not part of this attempt")]
    UnknownQuestion(String),
    #[error("option {option:?} does not belong to question {question:?}")]
    UnknownOption { question: String, option: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub correct_count: usize,
    pub total: usize,
    pub passed: bool,
    /// Per drawn question, in the order drawn: was it answered fully correctly?
    pub results: Vec<(String, bool)>,
}

impl Grade {
    pub fn score(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct_count as f64 / self.total as f64
        }
    }
}

/// A question counts as correct when exactly its right options were chosen; a question
/// left out counts as wrong. Answers naming anything not shown are refused.
pub fn grade(
    drawn: &[DrawnQuestion],
    answers: &BTreeMap<String, Vec<String>>,
    pass_ratio: f64,
) -> Result<Grade, AnswerError> {
    for (question, options) in answers {
        let shown = drawn
            .iter()
            .find(|d| &d.id == question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.clone()))?;
        if let Some(option) = options.iter().find(|o| !shown.options.contains(o)) {
            return Err(AnswerError::UnknownOption {
                question: question.clone(),
                option: option.clone(),
            });
        }
    }
    let results: Vec<(String, bool)> = drawn
        .iter()
        .map(|d| {
            let chosen: BTreeSet<String> =
                answers.get(&d.id).into_iter().flatten().cloned().collect();
            (d.id.clone(), chosen == d.correct)
        })
        .collect();
    let correct_count = results.iter().filter(|(_, ok)| *ok).count();
    let total = drawn.len();
    // Compare in whole questions so that 6 of 8 at a ratio of 0.75 passes despite rounding.
    let needed = (pass_ratio * total as f64 - 1e-9).ceil() as usize;
    Ok(Grade {
        correct_count,
        total,
        passed: total > 0 && correct_count >= needed,
        results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::AnswerOption;

    fn question(id: &str, correct: &[&str]) -> Question {
        Question {
            id: id.into(),
            lesson: "l".into(),
            text: "?".into(),
            explanation: "!".into(),
            options: ["a", "b", "c"]
                .iter()
                .map(|o| AnswerOption {
                    id: (*o).into(),
                    text: (*o).into(),
                    correct: correct.contains(o),
                })
                .collect(),
        }
    }

    #[test]
    fn draws_distinct_questions_with_all_options() {
        let pool: Vec<Question> = (0..12)
            .map(|i| question(&format!("q{i}"), &["a"]))
            .collect();
        let drawn = draw(&pool, 8, &mut rand::rng());
        let ids: BTreeSet<_> = drawn.iter().map(|d| d.id.clone()).collect();
        assert_eq!(ids.len(), 8);
        assert!(drawn.iter().all(|d| d.options.len() == 3));
    }

    #[test]
    fn every_attempt_asks_about_every_lesson() {
        // One lesson with a single question among many from another lesson: a plain
        // random draw of 3 from 21 leaves it out six times in seven.
        let mut pool: Vec<Question> = (0..20)
            .map(|i| question(&format!("q{i}"), &["a"]))
            .collect();
        let mut report = question("report", &["a"]);
        report.lesson = "pflichten".into();
        pool.push(report);
        for _ in 0..200 {
            let drawn = draw(&pool, 3, &mut rand::rng());
            assert_eq!(drawn.len(), 3);
            assert!(drawn.iter().any(|d| d.id == "report"));
            let ids: BTreeSet<_> = drawn.iter().map(|d| d.id.clone()).collect();
            assert_eq!(ids.len(), 3, "no question twice");
        }
    }

    #[test]
    fn several_correct_options_must_all_be_chosen() {
        let drawn = draw(&[question("q", &["a", "c"])], 1, &mut rand::rng());
        let answer = |opts: &[&str]| {
            BTreeMap::from([(
                "q".to_string(),
                opts.iter().map(|o| o.to_string()).collect(),
            )])
        };
        assert!(
            grade(&drawn, &answer(&["c", "a"]), 1.0)
                .expect("valid")
                .passed
        );
        assert!(!grade(&drawn, &answer(&["a"]), 1.0).expect("valid").passed);
        assert!(
            !grade(&drawn, &answer(&["a", "b", "c"]), 1.0)
                .expect("valid")
                .passed
        );
        assert!(!grade(&drawn, &BTreeMap::new(), 1.0).expect("valid").passed);
        assert_eq!(
            grade(&drawn, &answer(&["x"]), 1.0),
            Err(AnswerError::UnknownOption {
                question: "q".into(),
                option: "x".into()
            })
        );
    }

    #[test]
    fn pass_ratio_counts_whole_questions() {
        let pool: Vec<Question> = (0..8).map(|i| question(&format!("q{i}"), &["a"])).collect();
        let drawn = draw(&pool, 8, &mut rand::rng());
        let answers: BTreeMap<String, Vec<String>> = drawn
            .iter()
            .take(6)
            .map(|d| (d.id.clone(), vec!["a".to_string()]))
            .collect();
        let grade = grade(&drawn, &answers, 0.75).expect("valid");
        assert_eq!((grade.correct_count, grade.passed), (6, true));
    }
}
