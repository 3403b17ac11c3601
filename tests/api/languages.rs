//! The course in every language a health office meets at its counter.

use serde_json::json;

use crate::helpers::{Backend, content, learner, spawn_app};
use crate::on_both_backends;

/// German, Leichte Sprache and 24 translations.
const LANGUAGES: [&str; 26] = [
    "de", "de-x-ls", "en", "tr", "ar", "pl", "ro", "bg", "ru", "uk", "it", "el", "hr", "sr", "bs",
    "sq", "es", "pt", "fr", "vi", "zh", "fa", "ku", "so", "hi", "hu",
];

#[test]
fn the_course_is_complete_in_every_language() {
    let content = content();
    let course = &content.course;
    let mut all: Vec<&str> = course.language_codes().collect();
    all.sort_unstable();
    let mut expected = LANGUAGES.to_vec();
    expected.sort_unstable();
    assert_eq!(all, expected);
    // German and Leichte Sprache come with their films: a fresh clone shows them.
    for code in ["de", "de-x-ls"] {
        assert!(
            !course.awaiting_videos.iter().any(|c| c == code),
            "{code} has its films"
        );
    }

    let german = course.language("de").expect("German");
    let minutes = german.lessons.iter().map(|l| l.duration_ms).sum::<i64>() as f64 / 60_000.0;
    // "About 15 to 20 minutes": the espeak narration of the German text takes a little over 20.
    assert!((15.0..=21.0).contains(&minutes), "{minutes:.1} minutes");
    assert!((6..=10).contains(&german.lessons.len()));
    for lesson in &german.lessons {
        assert!(
            !lesson.legal_basis.is_empty(),
            "{} cites the law",
            lesson.id
        );
        let questions = german.questions.iter().filter(|q| q.lesson == lesson.id);
        assert!(
            questions.count() >= 3,
            "{} has several questions",
            lesson.id
        );
    }
    assert!(german.questions.len() >= 30);
    for code in LANGUAGES {
        let path =
            crate::helpers::content_dir().join(format!("courses/ifsg43/{code}/language.toml"));
        let file: toml::Table =
            toml::from_str(&std::fs::read_to_string(&path).expect("language.toml")).expect("toml");
        let direction = if ["ar", "fa"].contains(&code) {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(file["direction"].as_str(), Some(direction), "{code}");
        let review = if code == "de" { "original" } else { "machine" };
        assert_eq!(file["review"].as_str(), Some(review), "{code}");
    }
    assert!(
        german
            .questions
            .iter()
            .filter(|q| q.options.iter().filter(|o| o.correct).count() > 1)
            .count()
            >= 5
    );
}

on_both_backends!(every_language_can_be_chosen);

async fn every_language_can_be_chosen(backend: Backend) {
    let app = spawn_app(backend).await;
    let content = content();
    let demo = app.demo_office().await;
    let offered = demo["languages"].as_array().expect("languages").len();
    assert_eq!(offered, LANGUAGES.len());
    for code in LANGUAGES {
        let course = app
            .get(&format!("/api/v1/courses/ifsg43?lang={code}"), None)
            .await;
        assert_eq!(course.status, 200, "{code}: {}", course.body);
        let video = &course.body["lessons"][0]["video"];
        // Until a translation's own films are built, the German film stands in, with
        // captions in the translation's language.
        let built = !content.course.awaiting_videos.iter().any(|c| c == code);
        assert_eq!(video["captions_language"], *code, "{code}");
        if code != "so" {
            assert_eq!(
                video["narration_language"],
                if built { code } else { "de" },
                "{code}"
            );
        }
    }
    for code in ["tr", "ar", "zh"] {
        let mut body = learner();
        body["language"] = json!(code);
        let enrolled = app.post("/api/v1/enrolments", None, &body).await;
        assert_eq!(enrolled.status, 201, "{code}: {}", enrolled.body);
    }
}
