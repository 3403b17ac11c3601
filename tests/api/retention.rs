//! Retention: unfinished enrolments go after the office's days, certificates after its
//! years, from every table; everything else stays; the audit log keeps the counts.

use belehrung::audit::Actor;
use belehrung::service::Context;
use chrono::TimeDelta;
use serde_json::json;

use crate::helpers::{Backend, TestApp, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    data_past_its_period_is_deleted_and_the_rest_kept,
    a_deleted_certificate_reads_as_deleted_not_unknown,
);

const TABLES: [&str; 8] = [
    "enrolments",
    "watch_coverage",
    "quiz_attempts",
    "declarations",
    "certificates",
    "issued_pdfs",
    "outbox",
    "progress_windows",
];

fn counts(app: &TestApp) -> Vec<i64> {
    TABLES.iter().map(|t| app.count(t)).collect()
}

fn retention(app: &TestApp) -> Vec<(String, usize, usize)> {
    app.run_retention()
        .into_iter()
        .map(|r| (r.tenant, r.unfinished_enrolments, r.certificates))
        .collect()
}

async fn data_past_its_period_is_deleted_and_the_rest_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    // Day 0: one certificate and one unfinished enrolment in Musterstadt (30 days,
    // 10 years), one unfinished in Beispielkreis (14 days).
    let (_, _, old_code) = app.certified(&learner()).await;
    let pdf = app
        .get(&format!("/api/v1/certificates/{old_code}"), None)
        .await;
    assert_eq!(pdf.status, 200);
    let mut unfinished = learner();
    unfinished["given_name"] = json!("Şükrü");
    app.enrol(&unfinished).await;
    let mut rural = learner();
    rural["tenant"] = json!("beispielkreis");
    app.enrol(&rural).await;
    let day0 = counts(&app);
    assert_eq!(day0[0], 3);

    // Day 20: Beispielkreis' unfinished enrolment is past 14 days; Musterstadt's not.
    app.clock.advance(TimeDelta::days(20));
    let reports = retention(&app);
    assert!(
        reports.contains(&("beispielkreis".into(), 1, 0)),
        "{reports:?}"
    );
    assert!(
        reports.contains(&("musterstadt".into(), 0, 0)),
        "{reports:?}"
    );
    assert_eq!(app.count("enrolments"), 2);

    // Day 31: Musterstadt's unfinished one goes; the certified one stays whole.
    app.clock.advance(TimeDelta::days(11));
    let (_, _, new_code) = app.certified(&learner()).await;
    let before = counts(&app);
    let reports = retention(&app);
    assert!(
        reports.contains(&("musterstadt".into(), 1, 0)),
        "{reports:?}"
    );
    let after = counts(&app);
    assert_eq!(after[0], before[0] - 1, "one enrolment fewer");
    assert_eq!(after[1..], before[1..], "no certificate data touched");

    // Ten years and a day after the first certificate: it is gone from every table; the
    // one issued 11 days later is not yet.
    app.clock.advance(TimeDelta::days(365 * 10 + 3 - 11));
    let reports = retention(&app);
    assert!(
        reports.contains(&("musterstadt".into(), 0, 1)),
        "{reports:?}"
    );
    let lookup = app
        .get(&format!("/api/v1/certificates/{old_code}"), None)
        .await;
    assert_eq!(lookup.status, 410, "deleted, not unknown: {}", lookup.body);
    let kept = app
        .get(&format!("/api/v1/certificates/{new_code}"), None)
        .await;
    assert_eq!(kept.status, 200, "the younger certificate is kept");
    let last = counts(&app);
    assert_eq!(
        last[0], 1,
        "only the younger certificate's enrolment is left"
    );
    assert_eq!(last[4], 1);
    assert_eq!(last[6], 1, "its mail stays, the older one's is gone");

    // The log says how many, not whose.
    let (ok, out, _) = app.run(&["audit", "verify"]);
    assert!(ok && out.contains("intact: 3 entries"), "{out}");
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    let entries = belehrung::audit::entries_for_tenant(&mut conn, "musterstadt", 10).expect("log");
    assert!(
        entries
            .iter()
            .all(|e| e.action == "retention.deleted" && !e.detail.contains("Żółć"))
    );
}

async fn a_deleted_certificate_reads_as_deleted_not_unknown(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, kept) = app.certified(&learner()).await;
    let (_, _, revoked) = app.certified(&learner()).await;
    {
        let ctx =
            Context::load(&app.settings, app.clock.clone(), app.address.clone()).expect("context");
        let db = app.database();
        let mut turn = db.write_turn().expect("connection");
        let mut conn = turn.writer();
        let code = belehrung::domain::CertificateCode::parse(&revoked).expect("code");
        let revocation =
            belehrung::service::Revocation::parse("issued_in_error", None).expect("revocation");
        belehrung::service::revoke(
            &ctx,
            &mut conn,
            belehrung::service::Scope::AllOffices,
            &Actor::System,
            &code,
            &revocation,
        )
        .expect("revoked");
    }
    app.clock.advance(TimeDelta::days(365 * 10 + 5));
    let reports = retention(&app);
    assert!(
        reports.contains(&("musterstadt".into(), 0, 2)),
        "{reports:?}"
    );
    assert_eq!(app.count("certificates"), 0);
    assert_eq!(app.count("certificate_tombstones"), 2);

    // The API: 410 Gone, what is known, nothing personal.
    let gone = app.get(&format!("/api/v1/certificates/{kept}"), None).await;
    assert_eq!(gone.status, 410, "{}", gone.body);
    assert_eq!(gone.content_type, "application/problem+json");
    assert_eq!(
        gone.body["type"],
        "urn:belehrung:problem:certificate-deleted"
    );
    assert_eq!(gone.body["tenant"], "musterstadt");
    assert_eq!(gone.body["still_valid"], true);
    assert_eq!(gone.body["revoked"], false);
    assert!(gone.body["issued_at"].is_string());
    let text = gone.body.to_string();
    assert!(!text.contains("Żółć") && !text.contains("1990"), "{text}");
    let was_revoked = app
        .get(&format!("/api/v1/certificates/{revoked}"), None)
        .await;
    assert_eq!(was_revoked.status, 410);
    assert_eq!(was_revoked.body["still_valid"], false);

    // The page says the same in words; a code never issued stays "unknown".
    let ui = crate::helpers::content();
    let page = |code: String| {
        let app = &app;
        async move {
            let response = app
                .client
                .get(format!("{}/v/{code}", app.address))
                .send()
                .await
                .expect("page");
            (
                response.status().as_u16(),
                response.text().await.unwrap_or_default(),
            )
        }
    };
    let (status, body) = page(kept.clone()).await;
    assert_eq!(status, 410);
    let deleted = &ui.pages("de").get("verify-deleted");
    let escaped = deleted.replace('"', "&#34;");
    assert!(
        body.contains(deleted.as_str()) || body.contains(&escaped),
        "{body}"
    );
    assert!(body.contains("Gesundheitsamt Musterstadt"));
    let (status, body) = page(revoked).await;
    assert_eq!(status, 410);
    assert!(body.contains("für ungültig erklärt"), "{body}");
    let never = belehrung::domain::CertificateCode::generate().to_string();
    let (status, _) = page(never).await;
    assert_eq!(status, 404);
}
