//! kill -9 between the platform's "paid" and the certificate: the service dies while it
//! asks the platform about a paid payment. After a restart on the same database the
//! payment is recorded once and the certificate issued once, without the learner
//! coming back.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::{Backend, answers, certificates_dir, content_dir, fresh_database, str_of};
use crate::payment_platform::TestPlatform;

/// The content with Beispielkreis checking no identity, so that the fee is the last step
/// before the certificate: the course as it is, the offices copied.
fn content_without_identity_check(dir: &Path) -> PathBuf {
    let root = dir.join("content");
    std::fs::create_dir_all(root.join("tenants")).expect("content dir");
    for entry in std::fs::read_dir(content_dir()).expect("content") {
        let entry = entry.expect("entry");
        if entry.file_name() != "tenants" {
            std::os::unix::fs::symlink(entry.path(), root.join(entry.file_name()))
                .expect("symlink");
        }
    }
    for entry in std::fs::read_dir(content_dir().join("tenants")).expect("tenants") {
        let entry = entry.expect("entry");
        let target = root.join("tenants").join(entry.file_name());
        if entry.file_name() == "beispielkreis.toml" {
            let text = std::fs::read_to_string(entry.path()).expect("office");
            let mut kept = Vec::new();
            let mut skipping = false;
            for line in text.lines() {
                if line.starts_with('[') {
                    skipping = line == "[bundid]" || line == "[staff_check]";
                }
                if !skipping {
                    kept.push(line);
                }
            }
            let text = kept.join("\n").replace(
                "identity = [\"bundid\", \"staff\"]",
                "identity = [\"none\"]",
            );
            std::fs::write(target, text).expect("office");
        } else {
            std::os::unix::fs::symlink(entry.path(), target).expect("symlink");
        }
    }
    root
}

async fn start_server(
    database_url: &str,
    data_dir: &Path,
    content: &Path,
    platforms: &str,
) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_belehrung"))
        .arg("serve")
        .current_dir(data_dir)
        .env("BELEHRUNG_BIND", "127.0.0.1:0")
        .env("BELEHRUNG_DATABASE_URL", database_url)
        .env("BELEHRUNG_CONTENT_DIR", content)
        .env("BELEHRUNG_CERTIFICATES_DIR", certificates_dir())
        .env("BELEHRUNG_DATA_DIR", data_dir)
        .env("BELEHRUNG_REQUIRED_WATCH_RATIO", "0")
        .env("BELEHRUNG_PAYMENT_PLATFORMS", platforms)
        // Only the check at start: the test decides when the service asks.
        .env("BELEHRUNG_PAYMENT_CHECK_SECONDS", "3600")
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

async fn call(
    client: &reqwest::Client,
    method: &str,
    url: String,
    token: Option<&str>,
    body: Value,
) -> (u16, Value) {
    let mut request = match method {
        "GET" => client.get(url),
        _ => client.post(url).json(&body),
    };
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn count(database_url: &str, table: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let url = belehrung::db::DatabaseUrl::parse(database_url).expect("url");
    let pool = belehrung::db::build_pool(&url, 1).expect("pool");
    let mut conn = pool.get().expect("connection");
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
        .get_result::<Count>(&mut conn)
        .expect("count")
        .n
}

async fn paid_then_killed_issues_once_after_restart(backend: Backend) {
    let platform = TestPlatform::start(900);
    let platforms = platform.config_file();
    let (database_url, dir) = fresh_database(backend);
    let content = content_without_identity_check(dir.path());
    let (mut server, base) = start_server(&database_url, dir.path(), &content, &platforms).await;
    let client = reqwest::Client::new();

    let learner = json!({
        "tenant": "beispielkreis", "course": "ifsg43", "language": "de",
        "given_name": "Şükrü", "family_name": "Öztürk", "birth_date": "1990-04-05",
        "email": "sukru@example.org"
    });
    let (status, created) = call(
        &client,
        "POST",
        format!("{base}/api/v1/enrolments"),
        None,
        learner,
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let (id, token) = (str_of(&created["id"]), str_of(&created["token"]));
    let (_, attempt) = call(
        &client,
        "POST",
        format!("{base}/api/v1/enrolments/{id}/quiz"),
        Some(&token),
        json!({}),
    )
    .await;
    let (_, graded) = call(
        &client,
        "POST",
        format!("{base}/api/v1/enrolments/{id}/quiz/{}", attempt["attempt"]),
        Some(&token),
        json!({"answers": answers(&attempt, true)}),
    )
    .await;
    assert_eq!(graded["passed"], true, "{graded}");
    let (status, declared) = call(
        &client,
        "POST",
        format!("{base}/api/v1/enrolments/{id}/declaration"),
        Some(&token),
        json!({"no_known_obstacles": true}),
    )
    .await;
    assert_eq!(status, 202, "{declared}");
    let (status, paying) = call(
        &client,
        "POST",
        format!("{base}/api/v1/enrolments/{id}/fee/payment"),
        Some(&token),
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{paying}");

    // Paid on the platform; the service, asking, is killed before the answer arrives.
    let transaction = platform.transactions().await[0]["transactionId"]
        .as_str()
        .expect("id")
        .to_string();
    platform.finish(&transaction, "PAYED").await;
    platform.fault("slow", 1).await;
    let asking = tokio::spawn({
        let (client, url, token) = (
            client.clone(),
            format!("{base}/api/v1/enrolments/{id}/fee"),
            token.clone(),
        );
        async move { client.get(url).bearer_auth(token).send().await.is_ok() }
    });
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.start_kill().expect("SIGKILL");
    server.wait().await.expect("killed");
    assert!(
        !asking.await.expect("task"),
        "the request died with the service"
    );
    assert_eq!(count(&database_url, "fee_settlements"), 0);
    assert_eq!(count(&database_url, "certificates"), 0);

    // Restarted: its check at start finds the paid payment; the learner never returns.
    let (_server, base) = start_server(&database_url, dir.path(), &content, &platforms).await;
    let mut certified = Value::Null;
    for _ in 0..100 {
        let (_, view) = call(
            &client,
            "GET",
            format!("{base}/api/v1/enrolments/{id}"),
            Some(&token),
            Value::Null,
        )
        .await;
        if view["status"] == "certified" {
            certified = view;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(certified["status"], "certified", "issued after the restart");
    assert_eq!(count(&database_url, "fee_settlements"), 1);
    assert_eq!(count(&database_url, "certificates"), 1);
    assert_eq!(count(&database_url, "outbox"), 1, "one certificate mail");
    let transactions = platform.transactions().await;
    assert_eq!(transactions.len(), 1);
    assert_eq!(transactions[0]["createCalls"], 1);
    // Asking again (the learner's return, a second restart) changes nothing.
    let (_, view) = call(
        &client,
        "GET",
        format!("{base}/api/v1/enrolments/{id}/fee"),
        Some(&token),
        Value::Null,
    )
    .await;
    assert_eq!(view["status"], "settled", "{view}");
    assert_eq!(count(&database_url, "fee_settlements"), 1);
    assert_eq!(count(&database_url, "certificates"), 1);
}

crate::on_both_backends!(paid_then_killed_issues_once_after_restart);
