use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::helpers::{Backend, answers, assert_problem, content, learner, spawn_app, str_of};
use crate::on_both_backends;

on_both_backends!(
    attempts_are_drawn_at_random_and_graded_once,
    an_open_attempt_is_returned_again,
    after_the_last_failed_attempt_the_lessons_are_watched_again,
    answers_naming_what_was_not_shown_are_refused,
    a_passed_quiz_is_not_taken_again,
);

fn question_ids(attempt: &Value) -> Vec<String> {
    attempt["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| str_of(&q["id"]))
        .collect()
}

async fn attempts_are_drawn_at_random_and_graded_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    app.watch_everything(&id, &token, "de").await;

    let first = app.start_quiz(&id, &token).await;
    let failed = app
        .answer(
            &id,
            &token,
            &first.body["attempt"],
            &answers(&first.body, false),
        )
        .await;
    assert_eq!(failed.status, 200);
    assert_eq!(failed.body["passed"], false);
    assert_eq!(failed.body["score"], 0.0);
    assert_eq!(failed.body["attempts_left"], 2);

    let again = app
        .answer(
            &id,
            &token,
            &first.body["attempt"],
            &answers(&first.body, true),
        )
        .await;
    assert_problem(&again, 409);
    assert_eq!(again.body["type"], "urn:belehrung:problem:attempt-graded");

    let second = app.start_quiz(&id, &token).await;
    assert_eq!(second.status, 201);
    assert_ne!(first.body["attempt"], second.body["attempt"]);
    assert_ne!(
        question_ids(&first.body),
        question_ids(&second.body),
        "two attempts drew the same questions in the same order"
    );
    // The options of each question come in a random order, and some questions have more than one right answer.
    let content = content();
    let pool = &content.course.language("de").expect("de").questions;
    assert!(
        pool.iter()
            .any(|q| q.options.iter().filter(|o| o.correct).count() > 1)
    );
    assert!(
        second.body["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .all(|q| q["options"].as_array().expect("options").len() >= 2)
    );
    assert_eq!(app.enrolment(&id, &token).await["quiz"]["attempts"], 2);
}

async fn an_open_attempt_is_returned_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    app.watch_everything(&id, &token, "de").await;
    let first = app.start_quiz(&id, &token).await;
    let repeated = app.start_quiz(&id, &token).await;
    assert_eq!(repeated.status, 200);
    assert_eq!(repeated.body, first.body);
}

async fn after_the_last_failed_attempt_the_lessons_are_watched_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    app.watch_everything(&id, &token, "de").await;
    let max_attempts = content().course.quiz.max_attempts;
    let mut last = Value::Null;
    for _ in 0..max_attempts {
        let attempt = app.start_quiz(&id, &token).await;
        assert_eq!(attempt.status, 201, "{}", attempt.body);
        last = app
            .answer(
                &id,
                &token,
                &attempt.body["attempt"],
                &answers(&attempt.body, false),
            )
            .await
            .body;
    }
    assert_eq!(last["must_rewatch"], true, "{last}");
    assert!(str_of(&last["message"]).contains("Videos"));
    let view = app.enrolment(&id, &token).await;
    assert_eq!(view["status"], "learning");
    assert_eq!(view["watch_round"], 2);
    assert!(
        view["lessons"]
            .as_array()
            .expect("lessons")
            .iter()
            .all(|l| l["watched_ratio"] == 0.0)
    );
    assert_problem(&app.start_quiz(&id, &token).await, 409);

    // Not a dead end: watching again opens the quiz again, and it can be passed.
    app.watch_everything(&id, &token, "de").await;
    let attempt = app.start_quiz(&id, &token).await;
    assert_eq!(attempt.status, 201);
    let passed = app
        .answer(
            &id,
            &token,
            &attempt.body["attempt"],
            &answers(&attempt.body, true),
        )
        .await;
    assert_eq!(passed.body["passed"], true);
}

async fn answers_naming_what_was_not_shown_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    app.watch_everything(&id, &token, "de").await;
    let attempt = app.start_quiz(&id, &token).await;
    let number = &attempt.body["attempt"];
    let first_question = str_of(&attempt.body["questions"][0]["id"]);

    let unknown_question = BTreeMap::from([("not-a-question".to_string(), vec!["a".to_string()])]);
    assert_problem(
        &app.answer(&id, &token, number, &unknown_question).await,
        422,
    );
    let unknown_option = BTreeMap::from([(first_question, vec!["zz".to_string()])]);
    assert_problem(&app.answer(&id, &token, number, &unknown_option).await, 422);
    let wrong_shape = app
        .post(
            &format!("/api/v1/enrolments/{id}/quiz/{number}"),
            Some(&token),
            &json!({"answers": {"q": "a"}}),
        )
        .await;
    assert_problem(&wrong_shape, 400);
    assert_problem(
        &app.answer(&id, &token, &json!(99), &answers(&attempt.body, true))
            .await,
        404,
    );
    let not_a_number = app
        .post(
            &format!("/api/v1/enrolments/{id}/quiz/first"),
            Some(&token),
            &json!({"answers": {}}),
        )
        .await;
    assert_problem(&not_a_number, 404);

    // None of it used up the attempt.
    let graded = app
        .answer(&id, &token, number, &answers(&attempt.body, true))
        .await;
    assert_eq!(graded.body["passed"], true, "{}", graded.body);
}

async fn a_passed_quiz_is_not_taken_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let again = app.start_quiz(&id, &token).await;
    assert_problem(&again, 409);
    assert_eq!(again.body["type"], "urn:belehrung:problem:quiz-passed");
}
