//! Retention: unfinished enrolments go after the office's days, certificates after its
//! years, from every table; everything else stays; the audit log keeps the counts.

use belehrung::audit::Actor;
use belehrung::service::{Context, run_retention};
use chrono::TimeDelta;
use serde_json::json;

use crate::helpers::{Backend, TestApp, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(data_past_its_period_is_deleted_and_the_rest_kept);

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
    let ctx =
        Context::load(&app.settings, app.clock.clone(), app.address.clone()).expect("context");
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    run_retention(&ctx, &mut conn, &Actor::System)
        .expect("retention runs")
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
    assert_eq!(lookup.status, 404);
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
