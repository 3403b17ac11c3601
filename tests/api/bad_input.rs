use serde_json::{Value, json};

use crate::helpers::{Backend, assert_problem, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    malformed_bodies_are_refused_and_change_nothing,
    invalid_enrolments_name_every_bad_field,
    tokens_open_only_their_own_enrolment,
    unknown_routes_and_methods_answer_problems,
);

async fn malformed_bodies_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = format!("{}/api/v1/enrolments", app.address);
    let send = |body: Vec<u8>, content_type: &'static str| {
        let request = app
            .client
            .post(&url)
            .header("content-type", content_type)
            .body(body);
        async move {
            let response = request.send().await.expect("sent");
            let status = response.status().as_u16();
            let content_type = response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            let body: Value = response.json().await.unwrap_or(Value::Null);
            crate::helpers::Response {
                status,
                content_type,
                body,
            }
        }
    };
    assert_problem(
        &send(b"{\"tenant\": ".to_vec(), "application/json").await,
        400,
    );
    assert_problem(&send(b"[]".to_vec(), "application/json").await, 400);
    assert_problem(&send(b"not json".to_vec(), "application/json").await, 400);
    let mut wrong_type = learner();
    wrong_type["birth_date"] = json!(19900412);
    assert_problem(
        &send(wrong_type.to_string().into_bytes(), "application/json").await,
        400,
    );
    let mut unknown_field = learner();
    unknown_field["is_admin"] = json!(true);
    assert_problem(
        &send(unknown_field.to_string().into_bytes(), "application/json").await,
        400,
    );
    let mut missing = learner();
    missing
        .as_object_mut()
        .expect("object")
        .remove("family_name");
    assert_problem(
        &send(missing.to_string().into_bytes(), "application/json").await,
        400,
    );
    assert_problem(
        &send(learner().to_string().into_bytes(), "text/plain").await,
        415,
    );
    let huge = format!("{{\"tenant\": \"{}\"}}", "x".repeat(10 * 1024 * 1024));
    assert_problem(&send(huge.into_bytes(), "application/json").await, 413);
    assert_eq!(app.count("enrolments"), 0);
}

async fn invalid_enrolments_name_every_bad_field(backend: Backend) {
    let app = spawn_app(backend).await;
    // Each refused field names its cause by a stable reason.
    let cases: Vec<(&str, Value, &str)> = vec![
        ("tenant", json!("gesundheitsamt-atlantis"), "unknown-office"),
        ("course", json!("ifsg42"), "unknown-course"),
        ("language", json!("tlh"), "language-not-offered"),
        ("given_name", json!(""), "empty"),
        (
            "given_name",
            json!("Robert'); DROP TABLE enrolments;--"),
            "forbidden-character",
        ),
        ("family_name", json!("x".repeat(101)), "too-long"),
        ("family_name", json!("<b>Müller</b>"), "forbidden-character"),
        ("birth_date", json!("1990-02-30"), "no-such-day"),
        ("birth_date", json!("2030-01-01"), "in-future"),
        ("birth_date", json!("2013-01-01"), "too-young"),
        ("birth_date", json!("12.04.1990"), "malformed-date"),
        ("email", json!("not an address"), "not-plain"),
    ];
    for (field, value, reason) in cases {
        let mut body = learner();
        body[field] = value.clone();
        let response = app.post("/api/v1/enrolments", None, &body).await;
        assert_problem(&response, 422);
        let errors: Vec<(&str, &str, &str)> = response.body["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap_or_default(),
                    e["reason"].as_str().unwrap_or_default(),
                    e["detail"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(errors.len(), 1, "{field} = {value}: {}", response.body);
        assert_eq!(
            (errors[0].0, errors[0].1),
            (field, reason),
            "{field} = {value}: {}",
            response.body
        );
        assert!(!errors[0].2.is_empty(), "{}", response.body);
    }
    let mut everything_wrong = learner();
    everything_wrong["given_name"] = json!("1");
    everything_wrong["birth_date"] = json!("soon");
    let response = app
        .post("/api/v1/enrolments", None, &everything_wrong)
        .await;
    assert_eq!(response.body["errors"].as_array().expect("errors").len(), 2);
    assert_eq!(app.count("enrolments"), 0);
}

async fn tokens_open_only_their_own_enrolment(backend: Backend) {
    let app = spawn_app(backend).await;
    let (anna, anna_token) = app.enrol(&learner()).await;
    let (_, ben_token) = app.enrol(&learner()).await;
    let path = format!("/api/v1/enrolments/{anna}");
    assert_problem(&app.get(&path, None).await, 401);
    assert_problem(&app.get(&path, Some("forged-token")).await, 403);
    assert_problem(&app.get(&path, Some(&ben_token)).await, 403);
    let foreign_progress = app.report(&anna, &ben_token, "warum", 0.0, 1.0).await;
    assert_problem(&foreign_progress, 403);
    assert_problem(&app.start_quiz(&anna, &ben_token).await, 403);
    assert_problem(
        &app.declare(&anna, &ben_token, &json!({"no_known_obstacles": true}))
            .await,
        403,
    );
    assert_problem(
        &app.get(
            "/api/v1/enrolments/00000000-0000-4000-8000-000000000000",
            Some(&anna_token),
        )
        .await,
        404,
    );
    assert_problem(
        &app.get("/api/v1/enrolments/not-a-uuid", Some(&anna_token))
            .await,
        404,
    );
    assert_eq!(
        app.count("watch_coverage")
            + app.count("progress_windows")
            + app.count("quiz_attempts")
            + app.count("declarations"),
        0
    );
    assert_eq!(
        app.enrolment(&anna, &anna_token).await["status"],
        "learning"
    );
}

async fn unknown_routes_and_methods_answer_problems(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_problem(&app.get("/api/v1/nothing-here", None).await, 404);
    assert_problem(&app.get("/api/v1/courses/ifsg43?lang=xx", None).await, 404);
    assert_problem(&app.get("/api/v1/courses/other", None).await, 404);
    let wrong_method = app
        .request(reqwest::Method::DELETE, "/api/v1/tenants", None, None)
        .await;
    assert_problem(&wrong_method, 405);
    let health = app
        .client
        .get(format!("{}/health", app.address))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status().as_u16(), 200);
    assert!(health.headers().contains_key("x-request-id"));
    assert_eq!(app.get("/ready", None).await.status, 200);

    // A browser gets a page in its language with a way back; an API client a problem.
    let page = |path: &'static str, accept_language: &'static str| {
        let request = app
            .client
            .get(format!("{}{path}", app.address))
            .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("accept-language", accept_language)
            .send();
        async move {
            let response = request.await.expect("page");
            let status = response.status().as_u16();
            let kind = response.headers()["content-type"]
                .to_str()
                .unwrap_or_default()
                .to_string();
            (status, kind, response.text().await.unwrap_or_default())
        }
    };
    let varied = app
        .client
        .get(format!("{}/nirgendwo", app.address))
        .header("accept", "text/html")
        .send()
        .await
        .expect("page");
    assert_eq!(varied.headers()["vary"], "Accept, Accept-Language");
    assert_eq!(varied.headers()["cache-control"], "no-store");
    let (status, kind, body) = page("/nirgendwo", "de-DE,de;q=0.9").await;
    assert_eq!((status, kind.as_str()), (404, "text/html; charset=utf-8"));
    assert!(
        body.contains("Diese Seite gibt es nicht.") && body.contains("href=\"/"),
        "{body}"
    );
    let (_, _, body) = page("/nirgendwo", "en-GB,en;q=0.9").await;
    assert!(body.contains("lang=\"en\""), "{body}");
    let (_, _, body) = page("/nirgendwo?lang=ar", "de").await;
    assert!(
        body.contains("lang=\"ar\"") && body.contains("dir=\"rtl\""),
        "{body}"
    );
    let (status, kind, _) = page("/lernen/kapitel/gibt-es-nicht/weiter", "de").await;
    assert_eq!((status, kind.as_str()), (404, "text/html; charset=utf-8"));
    assert_problem(&app.get("/nirgendwo", None).await, 404);
}
