//! kill -9 in the middle of a batch of learners: after a restart on the same database,
//! every answered request's effect is still there, and nothing is there twice.

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::{
    Backend, answers, certificates_dir, content, content_dir, fresh_database, learner, str_of,
};

const LEARNERS: usize = 24;
/// Steps each learner is told "done" for: enrol, one per lesson, pass, certificate.
fn steps_per_learner() -> usize {
    3 + content()
        .course
        .language("de")
        .map_or(0, |l| l.lessons.len())
}

#[derive(Debug, Clone)]
enum Ack {
    Enrolled { id: String, token: String },
    Watched { id: String, lesson: String },
    Passed { id: String },
    Certified { id: String, code: String },
}

async fn start_server(database_url: &str, data_dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_belehrung"))
        .arg("serve")
        .current_dir(data_dir)
        .env("BELEHRUNG_BIND", "127.0.0.1:0")
        .env("BELEHRUNG_DATABASE_URL", database_url)
        .env("BELEHRUNG_CONTENT_DIR", content_dir())
        .env("BELEHRUNG_CERTIFICATES_DIR", certificates_dir())
        .env("BELEHRUNG_DATA_DIR", data_dir)
        .env("BELEHRUNG_REQUIRED_WATCH_RATIO", "0")
        .env("BELEHRUNG_WORKERS", "2")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start belehrung");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
        .await
        .expect("server started in time")
        .expect("read")
        .expect("a line");
    let address = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("address printed")
        .to_string();
    (child, address)
}

async fn one_learner(
    client: reqwest::Client,
    base: String,
    acks: Arc<Mutex<Vec<Ack>>>,
) -> Option<()> {
    let ack = |a: Ack| acks.lock().unwrap_or_else(|p| p.into_inner()).push(a);
    let post = |path: String, token: Option<String>, body: Value| {
        let mut request = client.post(format!("{base}{path}")).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        async move {
            let response = request.send().await.ok()?;
            let status = response.status().as_u16();
            let body = response.json::<Value>().await.unwrap_or(Value::Null);
            Some((status, body))
        }
    };
    let (status, created) = post("/api/v1/enrolments".into(), None, learner()).await?;
    (status == 201).then_some(())?;
    let (id, token) = (str_of(&created["id"]), str_of(&created["token"]));
    ack(Ack::Enrolled {
        id: id.clone(),
        token: token.clone(),
    });
    let content = content();
    for lesson in &content.course.language("de")?.lessons {
        let span =
            json!({"lesson": lesson.id, "from_s": 0.0, "to_s": lesson.duration_ms as f64 / 1000.0});
        let (status, _) = post(
            format!("/api/v1/enrolments/{id}/progress"),
            Some(token.clone()),
            span,
        )
        .await?;
        (status == 204).then_some(())?;
        ack(Ack::Watched {
            id: id.clone(),
            lesson: lesson.id.clone(),
        });
    }
    let (_, attempt) = post(
        format!("/api/v1/enrolments/{id}/quiz"),
        Some(token.clone()),
        json!({}),
    )
    .await?;
    let (_, graded) = post(
        format!("/api/v1/enrolments/{id}/quiz/{}", attempt["attempt"]),
        Some(token.clone()),
        json!({"answers": answers(&attempt, true)}),
    )
    .await?;
    (graded["passed"] == true).then_some(())?;
    ack(Ack::Passed { id: id.clone() });
    let (status, issued) = post(
        format!("/api/v1/enrolments/{id}/declaration"),
        Some(token.clone()),
        json!({"no_known_obstacles": true}),
    )
    .await?;
    (status == 201).then_some(())?;
    ack(Ack::Certified {
        id,
        code: str_of(&issued["code"]),
    });
    Some(())
}

async fn nothing_answered_is_lost_after_kill_9(backend: Backend) {
    let (database_url, dir) = fresh_database(backend);
    let (mut server, base) = start_server(&database_url, dir.path()).await;
    let acks = Arc::new(Mutex::new(Vec::new()));
    let client = reqwest::Client::new();
    let batch: Vec<_> = (0..LEARNERS)
        .map(|_| tokio::spawn(one_learner(client.clone(), base.clone(), acks.clone())))
        .collect();

    let kill_at = LEARNERS * steps_per_learner() / 2;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
    while acks.lock().unwrap_or_else(|p| p.into_inner()).len() < kill_at {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the batch did not get halfway"
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    server.start_kill().expect("SIGKILL");
    server.wait().await.expect("killed");
    for learner in batch {
        let _ = learner.await;
    }
    let acks = acks.lock().unwrap_or_else(|p| p.into_inner()).clone();
    assert!(
        acks.len() >= kill_at && acks.len() < LEARNERS * steps_per_learner(),
        "kill came mid-batch: {} acks",
        acks.len()
    );

    let (_server, base) = start_server(&database_url, dir.path()).await;
    let tokens: std::collections::HashMap<String, String> = acks
        .iter()
        .filter_map(|a| {
            if let Ack::Enrolled { id, token } = a {
                Some((id.clone(), token.clone()))
            } else {
                None
            }
        })
        .collect();
    let view = |id: &str| {
        let request = client
            .get(format!("{base}/api/v1/enrolments/{id}"))
            .bearer_auth(&tokens[id]);
        async move {
            request
                .send()
                .await
                .expect("answer")
                .json::<Value>()
                .await
                .expect("json")
        }
    };
    for ack in &acks {
        match ack {
            Ack::Enrolled { id, .. } => assert_eq!(view(id).await["id"], id.as_str()),
            Ack::Watched { id, lesson } => {
                let enrolment = view(id).await;
                let progress = enrolment["lessons"]
                    .as_array()
                    .expect("lessons")
                    .iter()
                    .find(|l| l["id"] == lesson.as_str())
                    .expect("lesson")
                    .clone();
                assert_eq!(progress["watched_ratio"], 1.0, "{enrolment}");
            }
            Ack::Passed { id } => assert_eq!(view(id).await["quiz"]["passed"], true),
            Ack::Certified { id, code } => {
                assert_eq!(view(id).await["certificate"]["code"], code.as_str());
                let record = client
                    .get(format!("{base}/api/v1/certificates/{code}"))
                    .send()
                    .await
                    .expect("lookup");
                assert_eq!(record.status().as_u16(), 200);
                // Its mail was queued with it, once.
                let compact = code.replace('-', "");
                assert_eq!(
                    rows(
                        &database_url,
                        &format!("outbox WHERE certificate_code = '{compact}'")
                    ),
                    1,
                    "the outbox mail of {code}"
                );
            }
        }
    }
    // Every enrolment holds at most one certificate, and only acknowledged learners exist beyond the cut.
    let certified = acks
        .iter()
        .filter(|a| matches!(a, Ack::Certified { .. }))
        .count();
    assert!(certified <= tokens.len());
    assert_eq!(
        rows(&database_url, "outbox") as usize,
        rows(&database_url, "certificates") as usize,
        "one mail per certificate, none without"
    );
}

/// Rows of `table_and_condition`, read straight from the database.
fn rows(database_url: &str, table_and_condition: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let url = belehrung::db::DatabaseUrl::parse(database_url).expect("url");
    let pool = belehrung::db::build_pool(&url, 1).expect("pool");
    let mut conn = pool.get().expect("connection");
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table_and_condition}"))
        .get_result::<Count>(&mut conn)
        .expect("count")
        .n
}

crate::on_both_backends!(nothing_answered_is_lost_after_kill_9);
