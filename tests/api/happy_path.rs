use serde_json::json;

use crate::helpers::{Backend, answers, assert_problem, learner, spawn_app, str_of};
use crate::on_both_backends;

on_both_backends!(
    a_learner_goes_from_enrolment_to_a_certificate,
    tenants_and_course_are_published,
    learners_find_their_office_by_postcode,
    videos_are_served_with_range_requests
);

async fn a_learner_goes_from_enrolment_to_a_certificate(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;

    let fresh = app.enrolment(&id, &token).await;
    assert_eq!(fresh["status"], "learning");
    assert!(
        fresh["lessons"]
            .as_array()
            .expect("lessons")
            .iter()
            .all(|l| l["completed"] == false && l["watched_ratio"] == 0.0)
    );

    app.watch_everything(&id, &token, "de").await;
    let watched = app.enrolment(&id, &token).await;
    assert_eq!(watched["status"], "quiz", "{watched}");
    assert!(
        watched["lessons"]
            .as_array()
            .expect("lessons")
            .iter()
            .all(|l| l["completed"] == true && l["watched_ratio"] == 1.0)
    );

    let attempt = app.start_quiz(&id, &token).await;
    assert_eq!(attempt.status, 201, "{}", attempt.body);
    let questions = attempt.body["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 8);
    assert!(
        !attempt.body.to_string().contains("correct"),
        "the answers must never be sent"
    );

    let graded = app
        .answer(
            &id,
            &token,
            &attempt.body["attempt"],
            &answers(&attempt.body, true),
        )
        .await;
    assert_eq!(graded.status, 200, "{}", graded.body);
    assert_eq!(graded.body["passed"], true);
    assert_eq!(graded.body["score"], 1.0);
    let results = graded.body["results"].as_array().expect("results");
    assert_eq!(results.len(), 8);
    assert!(
        results
            .iter()
            .all(|r| r["correct"] == true && !str_of(&r["explanation"]).is_empty())
    );
    assert_eq!(app.enrolment(&id, &token).await["status"], "declaration");

    let declared = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(declared.status, 201, "{}", declared.body);
    let code = str_of(&declared.body["code"]);
    assert_eq!(code.len(), 19);
    assert!(
        str_of(&declared.body["pdf_url"])
            .ends_with(&format!("/api/v1/enrolments/{id}/certificate.pdf"))
    );

    let done = app.enrolment(&id, &token).await;
    assert_eq!(done["status"], "certified");
    assert_eq!(done["certificate"]["code"], code.as_str());

    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.status, 200, "{}", lookup.body);
    let record = lookup.body;
    assert_eq!(record["status"], "valid");
    assert_eq!(
        record["holder"],
        json!({"given_name": "Łukasz", "family_name": "Żółć", "birth_date": "1990-04-12"})
    );
    assert_eq!(record["issuer"]["tenant"], "musterstadt");
    assert_eq!(
        record["issuer"]["name"],
        "Gesundheitsamt Musterstadt (Beispiel)"
    );
    assert_eq!(record["course"]["language"], "de");
    assert!(record["course"]["declaration_version"].is_string());
    assert!(
        record["instructed_at"]
            .as_str()
            .expect("instructed_at")
            .ends_with('Z')
    );
    assert!(record.get("guardian").is_none() && record.get("revoked_at").is_none());
}

async fn tenants_and_course_are_published(backend: Backend) {
    let app = spawn_app(backend).await;
    let demo = app.demo_office().await;
    assert_eq!(demo["example"], true);
    assert!(
        demo["languages"]
            .as_array()
            .expect("languages")
            .contains(&json!("en"))
    );
    assert!(demo["land"].is_string() && demo["name"].is_string());

    for lang in ["de", "en"] {
        let course = app
            .get(&format!("/api/v1/courses/ifsg43?lang={lang}"), None)
            .await;
        assert_eq!(course.status, 200, "{}", course.body);
        assert_eq!(course.body["language"], lang);
        let lessons = course.body["lessons"].as_array().expect("lessons");
        assert!(lessons.len() >= 3);
        for lesson in lessons {
            assert!(lesson["video"]["duration_s"].as_f64().expect("duration") > 1.0);
            assert!(str_of(&lesson["video"]["url"]).starts_with(&app.address));
            assert!(str_of(&lesson["video"]["captions_url"]).ends_with(".vtt"));
        }
        assert_eq!(course.body["quiz"]["questions_per_attempt"], 8);
        assert!(!course.body.to_string().contains("\"correct\""));
    }
    let german_default = app.get("/api/v1/courses/ifsg43", None).await;
    assert_eq!(german_default.body["language"], "de");
}

async fn learners_find_their_office_by_postcode(backend: Backend) {
    let app = spawn_app(backend).await;
    let all = app.get("/api/v1/tenants", None).await;
    assert_eq!(all.body.as_array().expect("list").len(), 3, "{}", all.body);
    for (postcode, office) in [
        ("99999", "musterstadt"),
        ("99990", "beispielkreis"),
        (" 99994 ", "beispielstadt"),
    ] {
        let found = app
            .get(&format!("/api/v1/tenants?postcode={postcode}"), None)
            .await;
        assert_eq!(found.status, 200, "{}", found.body);
        let ids: Vec<String> = found
            .body
            .as_array()
            .expect("list")
            .iter()
            .map(|t| str_of(&t["id"]))
            .collect();
        assert_eq!(ids, [office], "{postcode}");
    }
    let nobody = app.get("/api/v1/tenants?postcode=12345", None).await;
    assert_eq!(nobody.status, 200);
    assert_eq!(nobody.body, json!([]));
    for bad in ["abc", "1234", "123456"] {
        let refused = app
            .get(&format!("/api/v1/tenants?postcode={bad}"), None)
            .await;
        assert_problem(&refused, 400);
        assert_eq!(
            refused.body["type"]
                .as_str()
                .map(|t| t.ends_with("invalid-postcode")),
            Some(true),
            "{}",
            refused.body
        );
    }
    let unknown = app.get("/api/v1/tenants?plz=99999", None).await;
    assert_problem(&unknown, 400);
}

async fn videos_are_served_with_range_requests(backend: Backend) {
    let app = spawn_app(backend).await;
    let course = app.get("/api/v1/courses/ifsg43?lang=en", None).await;
    let lesson = &course.body["lessons"][0];
    let video = app
        .client
        .get(str_of(&lesson["video"]["url"]))
        .header("Range", "bytes=0-99")
        .send()
        .await
        .expect("video");
    assert_eq!(video.status().as_u16(), 206);
    assert_eq!(video.headers()["content-type"], "video/mp4");
    assert_eq!(video.bytes().await.expect("bytes").len(), 100);

    let captions = app
        .client
        .get(str_of(&lesson["video"]["captions_url"]))
        .send()
        .await
        .expect("captions");
    assert_eq!(captions.status().as_u16(), 200);
    assert!(
        captions.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/vtt")
    );
    assert!(captions.text().await.expect("text").starts_with("WEBVTT"));

    let outside = app
        .get("/media/ifsg43/de/..%2F..%2Fcourse.toml", None)
        .await;
    assert_eq!(outside.status, 404);
}
