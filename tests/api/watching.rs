use chrono::TimeDelta;

use crate::helpers::{
    Backend, assert_problem, content, learner, spawn_app, spawn_app_with, str_of,
};
use crate::on_both_backends;

on_both_backends!(
    a_script_cannot_watch_faster_than_real_time,
    seeking_ahead_counts_only_what_was_played,
    the_quiz_stays_closed_until_every_lesson_is_watched,
    with_ratio_zero_nothing_must_be_watched,
    bad_spans_are_refused_and_change_nothing,
);

fn lessons() -> Vec<(String, f64)> {
    let content = content();
    content
        .course
        .language("de")
        .expect("de")
        .lessons
        .iter()
        .map(|l| (l.id.clone(), l.duration_ms as f64 / 1000.0))
        .collect()
}

async fn a_script_cannot_watch_faster_than_real_time(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    let (lesson, duration) = lessons()[0].clone();
    // The whole video reported two seconds after enrolling, as a script would.
    app.clock.advance(TimeDelta::seconds(2));
    assert_eq!(
        app.report(&id, &token, &lesson, 0.0, duration).await.status,
        204
    );
    let ratio = app.enrolment(&id, &token).await["lessons"][0]["watched_ratio"]
        .as_f64()
        .expect("ratio");
    let allowed = (2.0 + 3.0) / duration; // real time plus the slack for late reports
    assert!(
        ratio <= allowed + 0.001,
        "credited {ratio}, real time allows {allowed}"
    );
    assert_eq!(
        app.enrolment(&id, &token).await["lessons"][0]["completed"],
        false
    );

    // Played at 16×: each report covers 16 s of video per real second.
    let mut at = 0.0;
    while at < duration {
        app.clock.advance(TimeDelta::seconds(1));
        app.report(&id, &token, &lesson, at, (at + 16.0).min(duration))
            .await;
        at += 16.0;
    }
    let ratio = app.enrolment(&id, &token).await["lessons"][0]["watched_ratio"]
        .as_f64()
        .expect("ratio");
    let real_seconds = 2.0 + (duration / 16.0).ceil();
    assert!(
        ratio * duration <= real_seconds + 3.0 + 0.01,
        "credited {:.1} s in {real_seconds} s",
        ratio * duration
    );
}

async fn seeking_ahead_counts_only_what_was_played(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    let (lesson, duration) = lessons()[0].clone();
    app.clock.advance(TimeDelta::seconds(5));
    app.report(&id, &token, &lesson, 0.0, 5.0).await;
    // Jump to the last five seconds and play them.
    app.clock.advance(TimeDelta::seconds(5));
    app.report(&id, &token, &lesson, duration - 5.0, duration)
        .await;
    app.clock.advance(TimeDelta::hours(1));
    let progress = &app.enrolment(&id, &token).await["lessons"][0];
    let watched = progress["watched_ratio"].as_f64().expect("ratio") * duration;
    assert!((watched - 10.0).abs() < 0.1, "watched {watched} s");
    assert_eq!(progress["completed"], false);
    // Playing the same stretch again adds nothing.
    app.report(&id, &token, &lesson, 0.0, 5.0).await;
    let again = app.enrolment(&id, &token).await["lessons"][0]["watched_ratio"]
        .as_f64()
        .expect("ratio")
        * duration;
    assert!((again - watched).abs() < 0.01);
}

async fn the_quiz_stays_closed_until_every_lesson_is_watched(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    let closed = app.start_quiz(&id, &token).await;
    assert_problem(&closed, 409);
    assert_eq!(
        closed.body["type"],
        "urn:belehrung:problem:lessons-not-watched"
    );

    // All lessons but the last.
    let all = lessons();
    for (lesson, duration) in &all[..all.len() - 1] {
        app.clock
            .advance(TimeDelta::milliseconds((duration * 1000.0) as i64));
        app.report(&id, &token, lesson, 0.0, *duration).await;
    }
    assert_problem(&app.start_quiz(&id, &token).await, 409);
    let (last, duration) = all.last().expect("a lesson").clone();
    app.clock
        .advance(TimeDelta::milliseconds((duration * 1000.0) as i64));
    app.report(&id, &token, &last, 0.0, duration).await;
    assert_eq!(app.start_quiz(&id, &token).await.status, 201);
}

async fn with_ratio_zero_nothing_must_be_watched(backend: Backend) {
    let app = spawn_app_with(backend, "0").await;
    let (id, token) = app.enrol(&learner()).await;
    assert_eq!(app.enrolment(&id, &token).await["status"], "quiz");
    assert_eq!(app.start_quiz(&id, &token).await.status, 201);
}

async fn bad_spans_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol(&learner()).await;
    let (lesson, duration) = lessons()[0].clone();
    app.clock.advance(TimeDelta::hours(1));
    for (from, to) in [(5.0, 5.0), (6.0, 2.0), (-1.0, 3.0), (0.0, duration + 60.0)] {
        assert_problem(&app.report(&id, &token, &lesson, from, to).await, 422);
    }
    let unknown = app.report(&id, &token, "no-such-lesson", 0.0, 1.0).await;
    assert_problem(&unknown, 422);
    assert_eq!(unknown.body["errors"][0]["field"], "lesson");
    let view = app.enrolment(&id, &token).await;
    assert!(
        view["lessons"]
            .as_array()
            .expect("lessons")
            .iter()
            .all(|l| l["watched_ratio"] == 0.0),
        "{view}"
    );
    assert_eq!(str_of(&view["status"]), "learning");
}
