//! Progress reports cannot grow the database or its work: what was watched is stored
//! merged, one row per enrolment, round and lesson, however many reports arrive; reports
//! beyond the per-minute limit are refused with 429 and `Retry-After`; spans recorded
//! before the merged form are carried over by the migration.

use chrono::TimeDelta;
use diesel::migration::MigrationSource;
use diesel::prelude::*;
use diesel_migrations::{FileBasedMigrations, MigrationHarness};
use serde_json::json;

use crate::helpers::{
    Backend, assert_problem, content, fresh_database, learner, spawn_app_configured,
};
use crate::on_both_backends;

on_both_backends!(
    many_reports_keep_one_row_per_lesson_and_round,
    reports_beyond_the_limit_are_refused_with_retry_after,
    the_migration_merges_recorded_spans,
);

fn lessons() -> Vec<(String, f64)> {
    content()
        .course
        .language("de")
        .expect("de")
        .lessons
        .iter()
        .map(|l| (l.id.clone(), l.duration_ms as f64 / 1000.0))
        .collect()
}

async fn many_reports_keep_one_row_per_lesson_and_round(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[("BELEHRUNG_PROGRESS_REPORTS_PER_MINUTE", "100000000")],
    )
    .await;
    let (id, token) = app.enrol(&learner()).await;
    let (other, other_token) = app.enrol(&learner()).await;
    let all = lessons();
    app.clock.advance(TimeDelta::hours(2));

    // Overlapping, repeated and scattered spans over every lesson.
    let mut sent = 0;
    let mut expected = Vec::new();
    for (lesson, duration) in &all {
        let mut spans: Vec<(f64, f64)> = Vec::new();
        for round in 0..3 {
            for i in 0..20 {
                let from =
                    ((f64::from(i) * 7.25 + f64::from(round) * 2.0) % (duration - 3.0)).floor();
                let response = app.report(&id, &token, lesson, from, from + 3.0).await;
                assert_eq!(response.status, 204, "{}", response.body);
                spans.push((from, from + 3.0));
                sent += 1;
            }
        }
        expected.push(covered(spans));
    }
    app.report(&other, &other_token, &all[0].0, 0.0, 10.0).await;
    let rows = app.count("watch_coverage");
    assert_eq!(
        rows,
        all.len() as i64 + 1,
        "{sent} reports: one row per lesson of the first learner, one of the other"
    );
    assert_eq!(app.count("progress_windows"), 2, "one window per enrolment");

    // The stored coverage says what the spans cover.
    let view = app.enrolment(&id, &token).await;
    for (i, (_, duration)) in all.iter().enumerate() {
        let watched = view["lessons"][i]["watched_ratio"].as_f64().expect("ratio") * duration;
        assert!(
            (watched - expected[i]).abs() < duration / 1000.0 + 0.01,
            "lesson {i}: watched {watched} s, spans cover {} s",
            expected[i]
        );
    }

    // Tiny scattered spans: the number of separate stretches is capped, and with it the row.
    let (lesson, _) = &all[0];
    let (fresh, fresh_token) = app.enrol(&learner()).await;
    app.clock.advance(TimeDelta::hours(1));
    let mut refused = None;
    for i in 0..600 {
        let from = f64::from(i) * 0.002;
        let response = app
            .report(&fresh, &fresh_token, lesson, from, from + 0.001)
            .await;
        if response.status != 204 {
            refused = Some((i, response));
            break;
        }
    }
    let (at, response) = refused.expect("scattered spans are refused at some point");
    assert_eq!(at, 500, "the 501st separate stretch is refused");
    assert_problem(&response, 422);
    assert_eq!(
        response.body["type"],
        "urn:belehrung:problem:too-many-stretches"
    );
    assert_eq!(app.count("watch_coverage"), all.len() as i64 + 2);
    // A span that joins stretches still counts.
    assert_eq!(
        app.report(&fresh, &fresh_token, lesson, 0.0, 0.5)
            .await
            .status,
        204
    );
}

async fn reports_beyond_the_limit_are_refused_with_retry_after(backend: Backend) {
    let app =
        spawn_app_configured(backend, &[("BELEHRUNG_PROGRESS_REPORTS_PER_MINUTE", "5")]).await;
    let (id, token) = app.enrol(&learner()).await;
    let (other, other_token) = app.enrol(&learner()).await;
    let (lesson, _) = lessons()[0].clone();
    app.clock.advance(TimeDelta::seconds(30));

    // Refused input is not counted: it costs no write.
    assert_problem(&app.report(&id, &token, &lesson, 5.0, 1.0).await, 422);
    for i in 0..5 {
        let at = f64::from(i) * 5.0;
        assert_eq!(
            app.report(&id, &token, &lesson, at, at + 5.0).await.status,
            204
        );
    }
    app.clock.advance(TimeDelta::seconds(20));
    let response = app
        .client
        .post(format!("{}/api/v1/enrolments/{id}/progress", app.address))
        .bearer_auth(&token)
        .json(&json!({"lesson": lesson, "from_s": 25.0, "to_s": 30.0}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 429);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(response.headers()["retry-after"], "40", "the window's rest");
    let body: serde_json::Value = response.json().await.expect("problem");
    assert_eq!(body["type"], "urn:belehrung:problem:rate-limited");
    assert_eq!(body["status"], 429);

    // Further reports are refused likewise, at once; a wrong token is still told so.
    let again = app.report(&id, &token, &lesson, 30.0, 35.0).await;
    assert_problem(&again, 429);
    assert_problem(
        &app.report(&id, "not-the-token", &lesson, 30.0, 35.0).await,
        403,
    );

    // Nothing of the refused reports was recorded; another learner is not limited.
    let watched = app.enrolment(&id, &token).await["lessons"][0]["watched_ratio"]
        .as_f64()
        .expect("ratio");
    let before = watched;
    assert_eq!(
        app.report(&other, &other_token, &lesson, 0.0, 5.0)
            .await
            .status,
        204
    );

    // A minute after the window opened, reports count again.
    app.clock.advance(TimeDelta::seconds(40));
    assert_eq!(
        app.report(&id, &token, &lesson, 25.0, 30.0).await.status,
        204
    );
    let after = app.enrolment(&id, &token).await["lessons"][0]["watched_ratio"]
        .as_f64()
        .expect("ratio");
    assert!(after > before, "{after} after {before}");
}

/// Seconds covered by the union of the spans.
fn covered(mut spans: Vec<(f64, f64)>) -> f64 {
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut total = 0.0;
    let mut reach = f64::MIN;
    for (from, to) in spans {
        let start = from.max(reach);
        if to > start {
            total += to - start;
        }
        reach = reach.max(to);
    }
    total
}

const COVERAGE: &str = "2026-12-04-000002_coverage";

/// Migrates `conn` up to the merged form, with spans recorded in the old one first.
fn migrate_with_old_spans<C>(conn: &mut C, folder: &str)
where
    C: Connection + MigrationHarness<C::Backend>,
    FileBasedMigrations: MigrationSource<C::Backend>,
{
    let source = FileBasedMigrations::from_path(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder),
    )
    .expect("migrations");
    loop {
        let pending = conn.pending_migrations(source.clone()).expect("pending");
        let next = pending.first().expect("the coverage migration is pending");
        if next.name().to_string() == COVERAGE {
            break;
        }
        conn.run_migration(next).expect("older migration");
    }
    conn.batch_execute(
        "INSERT INTO enrolments (id, tenant, course, course_version, language, given_name,
             family_name, birth_date, email, token_hash, created_at, watch_round,
             watch_round_started_at)
         VALUES ('00000000-0000-4000-8000-000000000001', 'musterstadt', 'ifsg43', '1', 'de',
             'Anna', 'Alt', '1990-01-01', NULL, 'x', '2026-11-23 09:00:00', 2,
             '2026-11-23 10:00:00');
         INSERT INTO watch_spans (id, enrolment_id, watch_round, lesson, from_ms, to_ms, reported_at)
         VALUES
             ('s1', '00000000-0000-4000-8000-000000000001', 1, 'a', 500, 2000, '2026-11-23 09:01:00'),
             ('s2', '00000000-0000-4000-8000-000000000001', 1, 'a', 0, 1000, '2026-11-23 09:02:00'),
             ('s3', '00000000-0000-4000-8000-000000000001', 1, 'a', 3000, 4000, '2026-11-23 09:03:00'),
             ('s4', '00000000-0000-4000-8000-000000000001', 1, 'a', 2000, 2500, '2026-11-23 09:04:00'),
             ('s5', '00000000-0000-4000-8000-000000000001', 1, 'a', 3100, 3200, '2026-11-23 09:05:00'),
             ('s6', '00000000-0000-4000-8000-000000000001', 1, 'b', 10, 20, '2026-11-23 09:06:00'),
             ('s7', '00000000-0000-4000-8000-000000000001', 2, 'a', 0, 5, '2026-11-23 10:01:00');",
    )
    .expect("old spans");
    conn.run_pending_migrations(source)
        .expect("the remaining migrations");
}

async fn the_migration_merges_recorded_spans(backend: Backend) {
    let (url, _dir) = fresh_database(backend);
    match belehrung::db::DatabaseUrl::parse(&url).expect("url") {
        belehrung::db::DatabaseUrl::Sqlite(path) => {
            let mut conn = SqliteConnection::establish(&path.to_string_lossy()).expect("sqlite");
            migrate_with_old_spans(&mut conn, "migrations/sqlite");
        }
        belehrung::db::DatabaseUrl::Postgres(url) => {
            let mut conn = PgConnection::establish(secrecy::ExposeSecret::expose_secret(&url))
                .expect("postgres");
            migrate_with_old_spans(&mut conn, "migrations/postgres");
        }
    }
    use belehrung::db::schema::watch_coverage as c;
    let pool = belehrung::db::build_pool(&belehrung::db::DatabaseUrl::parse(&url).expect("url"), 1)
        .expect("pool");
    let mut conn = pool.get().expect("connection");
    let rows: Vec<(i64, String, String, i64)> = c::table
        .order((c::watch_round, c::lesson))
        .select((c::watch_round, c::lesson, c::stretches, c::covered_ms))
        .load(&mut conn)
        .expect("coverage");
    assert_eq!(
        rows,
        vec![
            (1, "a".to_string(), "0-2500,3000-4000".to_string(), 3500),
            (1, "b".to_string(), "10-20".to_string(), 10),
            (2, "a".to_string(), "0-5".to_string(), 5),
        ]
    );
}
