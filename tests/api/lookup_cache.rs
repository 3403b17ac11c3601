//! Lookup answers are reused for a moment (`BELEHRUNG_LOOKUP_CACHE_SECONDS`), and a
//! revocation still shows: at once when made through the same instance, within the
//! cache's time when made elsewhere.

use std::time::{Duration, Instant};

use belehrung::staff::Role;

use crate::helpers::{Backend, TestApp, learner, spawn_app_configured};
use crate::on_both_backends;

on_both_backends!(
    a_revocation_by_staff_shows_at_once_though_the_answer_was_cached,
    a_revocation_from_elsewhere_shows_within_the_cache_time,
    an_unknown_code_stays_unknown_and_a_typo_is_still_a_typo,
);

async fn status_of(app: &TestApp, code: &str) -> (u16, String) {
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    (
        lookup.status,
        lookup.body["status"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    )
}

async fn a_revocation_by_staff_shows_at_once_though_the_answer_was_cached(backend: Backend) {
    // A long cache time: only the revocation itself can make the answer change.
    let app = spawn_app_configured(backend, &[("BELEHRUNG_LOOKUP_CACHE_SECONDS", "60")]).await;
    let admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let (_, _, code) = app.certified(&learner()).await;
    assert_eq!(status_of(&app, &code).await, (200, "valid".into()));
    let client = app.logged_in(&admin).await;
    let token = client.csrf_of("/staff").await;
    let revoke = client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("reason", "Falsche Person"),
            ],
        )
        .await;
    assert_eq!(revoke.status, 200, "{}", revoke.body);
    assert_eq!(status_of(&app, &code).await, (200, "revoked".into()));
    let page = app
        .client
        .get(format!("{}/v/{code}", app.address))
        .send()
        .await
        .expect("verify page")
        .text()
        .await
        .expect("html");
    assert!(page.contains("Für ungültig erklärt"), "{page}");
}

async fn a_revocation_from_elsewhere_shows_within_the_cache_time(backend: Backend) {
    let app = spawn_app_configured(backend, &[("BELEHRUNG_LOOKUP_CACHE_SECONDS", "1")]).await;
    let (_, _, code) = app.certified(&learner()).await;
    assert_eq!(status_of(&app, &code).await, (200, "valid".into()));
    // The command line writes to the database directly; this instance's cache cannot
    // know, so the answer may be up to one second old.
    let (ok, out, err) = app.run(&["certificates", "revoke", &code, "--reason", "Test"]);
    assert!(ok, "{out}{err}");
    let revoked = Instant::now();
    let mut status = String::new();
    while revoked.elapsed() < Duration::from_secs(5) {
        status = status_of(&app, &code).await.1;
        if status == "revoked" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Within the loop's few seconds, not the minute a longer cache time would take.
    assert_eq!(status, "revoked");
}

async fn an_unknown_code_stays_unknown_and_a_typo_is_still_a_typo(backend: Backend) {
    let app = spawn_app_configured(backend, &[("BELEHRUNG_LOOKUP_CACHE_SECONDS", "60")]).await;
    let unknown = belehrung::domain::CertificateCode::generate().to_string();
    for _ in 0..2 {
        let lookup = app
            .get(&format!("/api/v1/certificates/{unknown}"), None)
            .await;
        assert_eq!(lookup.status, 404);
        assert_eq!(
            lookup.body["status"], 404,
            "a problem document: {}",
            lookup.body
        );
    }
    let mut typo = unknown.clone().into_bytes();
    typo[0] = if typo[0] == b'2' { b'3' } else { b'2' };
    let typo = String::from_utf8(typo).expect("ascii");
    let lookup = app.get(&format!("/api/v1/certificates/{typo}"), None).await;
    assert_eq!(lookup.status, 422, "{}", lookup.body);
}
