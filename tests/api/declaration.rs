use serde_json::json;

use crate::helpers::{Backend, assert_problem, learner, spawn_app, str_of};
use crate::on_both_backends;

on_both_backends!(
    the_declaration_needs_a_passed_quiz,
    declaring_twice_returns_the_same_certificate,
    a_known_obstacle_issues_nothing,
    a_minor_declares_through_the_guardian,
    an_adult_declares_personally,
);

async fn the_declaration_needs_a_passed_quiz(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    let early = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_problem(&early, 409);
    assert_eq!(early.body["type"], "urn:belehrung:problem:quiz-not-passed");
    assert!(
        app.enrolment(&id, &token)
            .await
            .get("certificate")
            .is_none()
    );
}

async fn declaring_twice_returns_the_same_certificate(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let first = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(first.status, 201);
    let second = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(second.status, 200);
    assert_eq!(first.body, second.body);

    // Several at once, too.
    let (id, token) = app.ready_to_declare(&learner()).await;
    let body = json!({"no_known_obstacles": true});
    let (a, b, c) = tokio::join!(
        app.declare(&id, &token, &body),
        app.declare(&id, &token, &body),
        app.declare(&id, &token, &body)
    );
    let codes: Vec<String> = [a, b, c].iter().map(|r| str_of(&r.body["code"])).collect();
    assert!(codes.iter().all(|c| c == &codes[0]), "{codes:?}");
}

async fn a_known_obstacle_issues_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let refused = app
        .declare(&id, &token, &json!({"no_known_obstacles": false}))
        .await;
    assert_problem(&refused, 422);
    assert_eq!(refused.body["type"], "urn:belehrung:problem:obstacle-known");
    assert!(str_of(&refused.body["detail"]).contains("Gesundheitsamt"));
    assert_eq!(app.enrolment(&id, &token).await["status"], "declaration");
}

async fn a_minor_declares_through_the_guardian(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut pupil = learner();
    pupil["birth_date"] = json!("2011-03-01"); // 15 on the test clock's day
    let (id, token) = app.ready_to_declare(&pupil).await;

    let alone = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_problem(&alone, 422);
    assert_eq!(
        alone.body["type"],
        "urn:belehrung:problem:guardian-required"
    );
    let bad_name = app.declare(&id, &token, &json!({"no_known_obstacles": true, "guardian": {"given_name": "M4ria", "family_name": "Żółć"}})).await;
    assert_problem(&bad_name, 422);

    let declared = app.declare(&id, &token, &json!({"no_known_obstacles": true, "guardian": {"given_name": "Maria", "family_name": "Żółć"}})).await;
    assert_eq!(declared.status, 201, "{}", declared.body);
    let record = app
        .get(
            &format!("/api/v1/certificates/{}", str_of(&declared.body["code"])),
            None,
        )
        .await
        .body;
    // That a guardian declared is public; who it was, only staff see.
    assert_eq!(record["declared_by_guardian"], true, "{record}");
    assert!(record.get("guardian").is_none(), "{record}");
}

async fn an_adult_declares_personally(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let with_guardian = app.declare(&id, &token, &json!({"no_known_obstacles": true, "guardian": {"given_name": "Maria", "family_name": "Żółć"}})).await;
    assert_problem(&with_guardian, 422);
    assert_eq!(
        with_guardian.body["type"],
        "urn:belehrung:problem:guardian-not-applicable"
    );
}
