//! E-mail against a real SMTP server (aiosmtpd): the certificate mail arrives with the
//! signed PDF; while the server is down mails wait and go out when it returns; several
//! instances never send one mail twice; a mail server that keeps the worker waiting
//! keeps no database connection from the requests.

use std::time::Duration;

use belehrung::staff::Role;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, content_dir, learner, spawn_app_configured};
use crate::on_both_backends;
use crate::smtp::SmtpSink;

on_both_backends!(
    certificate_mail_arrives_with_the_signed_pdf,
    mails_wait_while_the_server_is_down_and_go_out_once,
    several_instances_send_each_mail_once,
    an_office_that_does_not_mail_certificates_queues_nothing,
    a_silent_mail_server_holds_no_database_connection,
);

async fn app_mailing_to(backend: Backend, sink: &SmtpSink) -> TestApp {
    spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
            ("BELEHRUNG_SMTP_URL", &sink.url()),
            ("BELEHRUNG_MAIL_RETRY_SECONDS", "1"),
            (
                "BELEHRUNG_MAIL_FROM",
                "Belehrung Musterstadt <belehrung@musterstadt.example>",
            ),
        ],
    )
    .await
}

fn turkish_learner() -> Value {
    let mut body = learner();
    body["language"] = json!("tr");
    body["given_name"] = json!("Şükrü");
    body["family_name"] = json!("Öztürk");
    body["email"] = json!("sukru@example.org");
    body
}

async fn certificate_mail_arrives_with_the_signed_pdf(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink).await;
    let (_, _, code) = app.certified(&turkish_learner()).await;
    let mails = sink.wait_for(1, Duration::from_secs(30)).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert_eq!(mail["to"], "sukru@example.org");
    assert!(
        mail["from"]
            .as_str()
            .unwrap_or_default()
            .contains("belehrung@musterstadt.example")
    );
    assert!(
        mail["reply_to"]
            .as_str()
            .unwrap_or_default()
            .contains("belehrung@musterstadt.example")
    );
    let subject = mail["subject"].as_str().unwrap_or_default();
    assert!(
        subject.starts_with("Ihre Bescheinigung nach § 43 IfSG / "),
        "{subject}"
    );
    let text = mail["text"].as_str().unwrap_or_default();
    for expected in [
        code.as_str(),
        "Şükrü Öztürk",
        &format!("{}/v/{code}", app.address),
        "Guten Tag",
    ] {
        assert!(text.contains(expected), "{expected} missing in {text}");
    }
    let html = mail["html"].as_str().unwrap_or_default();
    assert!(
        html.contains("lang=\"tr\"") && html.contains("lang=\"de\""),
        "{html}"
    );
    let attachments = mail["attachments"].as_array().expect("attachments");
    assert_eq!(attachments.len(), 1);
    let pdf = &attachments[0];
    assert_eq!(pdf["content_type"], "application/pdf");
    assert_eq!(pdf["name"], format!("Bescheinigung-{code}.pdf"));
    let path = pdf["path"].as_str().expect("path");
    let pdfsig = std::process::Command::new("pdfsig")
        .arg(path)
        .output()
        .expect("pdfsig");
    let report = String::from_utf8_lossy(&pdfsig.stdout);
    assert!(report.contains("Signature is Valid"), "{report}");
    let (ok, out, err) = app.run(&["verify", path]);
    assert!(ok && out.contains("VALID"), "{out}{err}");
    let sha = pdf["sha256"].as_str().expect("sha");
    assert_eq!(
        app.count(&format!("issued_pdfs WHERE sha256 = '{sha}'")),
        1,
        "the attachment is an issued PDF"
    );
    assert_eq!(
        app.count("outbox WHERE sent_at IS NOT NULL AND attempts = 1"),
        1
    );

    // Staff reissue by mail.
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let client = app.logged_in(&anna).await;
    let token = client.csrf_of(&format!("/staff/certificates/{code}")).await;
    let reissued = client
        .post(
            &format!("/staff/certificates/{code}/reissue"),
            &[("csrf", token.as_str()), ("email", "neu@example.org")],
        )
        .await;
    assert_eq!(reissued.status, 200, "{}", reissued.body);
    let mails = sink.wait_for(2, Duration::from_secs(30)).await;
    assert_eq!(mails.len(), 2);
    let reissue = mails
        .iter()
        .find(|m| m["to"] == "neu@example.org")
        .expect("reissue mail");
    assert!(
        reissue["subject"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Neue Ausfertigung")
    );
    assert_eq!(reissue["attachments"].as_array().map(Vec::len), Some(1));
    let history = client.get(&format!("/staff/certificates/{code}")).await;
    assert!(
        history.body.contains("neu@example.org: versandt"),
        "{}",
        history.body
    );
}

async fn mails_wait_while_the_server_is_down_and_go_out_once(backend: Backend) {
    let mut sink = SmtpSink::stopped();
    let app = app_mailing_to(backend, &sink).await;
    app.certified(&turkish_learner()).await;
    // The first attempt fails at once; each retry becomes due as the clock moves on
    // (1 s, then 2 s, …).
    for attempts in 1..=3 {
        app.wait_until(&format!("outbox WHERE attempts >= {attempts}"))
            .await;
        app.clock.advance(chrono::TimeDelta::seconds(1 << attempts));
    }
    assert_eq!(
        app.count("outbox WHERE sent_at IS NULL AND failed_at IS NULL"),
        1,
        "still queued"
    );
    let metrics = app.get("/metrics", None).await;
    assert!(
        metrics
            .body
            .as_str()
            .unwrap_or_default()
            .contains("belehrung_mail_delivery_failures_total 3"),
        "{}",
        metrics.body
    );

    sink.start();
    app.clock.advance(chrono::TimeDelta::minutes(10));
    let mails = sink.wait_for(1, Duration::from_secs(40)).await;
    assert_eq!(mails.len(), 1, "delivered once the server is back");
    actix_web::rt::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(sink.mails().len(), 1, "and only once");
    assert_eq!(app.count("outbox WHERE sent_at IS NOT NULL"), 1);
}

async fn several_instances_send_each_mail_once(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink).await;
    let _second = app.another_instance();
    let _third = app.another_instance();
    // Watching moves the test clock on by the videos' length. All six watch first, so
    // that the clock stands still while mails are out: a lease (5 min on that clock)
    // must not run out under a mail being sent, as no real clock would let it.
    let mut ready = Vec::new();
    for (i, name) in ["Anna", "Bora", "Chen", "Dara", "Emre", "Fatma"]
        .iter()
        .enumerate()
    {
        let mut body = learner();
        body["given_name"] = json!(name);
        body["email"] = json!(format!("learner{i}@example.org"));
        ready.push(app.ready_to_declare(&body).await);
    }
    for (id, token) in &ready {
        let declared = app
            .declare(id, token, &json!({"no_known_obstacles": true}))
            .await;
        assert_eq!(declared.status, 201, "{}", declared.body);
    }
    let mails = sink.wait_for(6, Duration::from_secs(40)).await;
    assert_eq!(
        mails.len(),
        6,
        "mails within 40 s: {:?}; outbox: {} sent, {} queued",
        mails.iter().map(|m| &m["message_id"]).collect::<Vec<_>>(),
        app.count("outbox WHERE sent_at IS NOT NULL"),
        app.count("outbox WHERE sent_at IS NULL"),
    );
    actix_web::rt::time::sleep(Duration::from_secs(5)).await;
    let mails = sink.mails();
    let mut ids: Vec<&str> = mails
        .iter()
        .filter_map(|m| m["message_id"].as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!((mails.len(), ids.len()), (6, 6), "six mails, each once");
    assert_eq!(
        app.count("outbox WHERE sent_at IS NOT NULL AND attempts = 1"),
        6
    );
}

impl TestApp {
    /// Waits (at most 20 s) until a row matches `table_and_condition`.
    async fn wait_until(&self, table_and_condition: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while self.count(table_and_condition) == 0 {
            assert!(
                std::time::Instant::now() < deadline,
                "never: {table_and_condition}"
            );
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The repository's content, with the demo office set not to mail certificates.
fn content_without_certificate_mail() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = content_dir();
    for entry in std::fs::read_dir(&source).expect("content").flatten() {
        if entry.file_name() != "tenants" {
            std::os::unix::fs::symlink(entry.path(), dir.path().join(entry.file_name()))
                .expect("link");
        }
    }
    let tenants = dir.path().join("tenants");
    std::fs::create_dir(&tenants).expect("tenants");
    for entry in std::fs::read_dir(source.join("tenants"))
        .expect("tenants")
        .flatten()
    {
        let target = tenants.join(entry.file_name());
        if entry.file_name() == "musterstadt.toml" {
            let text = std::fs::read_to_string(entry.path()).expect("tenant");
            let changed = text.replace("email_certificates = true", "email_certificates = false");
            assert_ne!(text, changed);
            std::fs::write(target, changed).expect("write");
        } else {
            std::os::unix::fs::symlink(entry.path(), target).expect("link");
        }
    }
    dir
}

async fn an_office_that_does_not_mail_certificates_queues_nothing(backend: Backend) {
    let sink = SmtpSink::started();
    let content = content_without_certificate_mail();
    let content_path = content.path().display().to_string();
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
            ("BELEHRUNG_SMTP_URL", &sink.url()),
            ("BELEHRUNG_CONTENT_DIR", &content_path),
        ],
    )
    .await;
    app.certified(&turkish_learner()).await;
    assert_eq!(app.count("outbox"), 0);
    assert_eq!(app.count("certificates"), 1);
}

async fn a_silent_mail_server_holds_no_database_connection(backend: Backend) {
    // A mail server that accepts connections and never greets: a delivery waits for it
    // until the SMTP time limit (20 s).
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listener");
    let url = format!(
        "smtp://127.0.0.1:{}",
        listener.local_addr().expect("address").port()
    );
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let accepted = held.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            accepted.lock().expect("streams").push(stream);
        }
    });
    // One database connection for everything: a worker that kept it while waiting for
    // the mail server would leave every request without one.
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
            ("BELEHRUNG_SMTP_URL", &url),
            ("BELEHRUNG_DATABASE_POOL_SIZE", "1"),
        ],
    )
    .await;
    let (id, token, code) = app.certified(&learner()).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while held.lock().expect("streams").is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the worker never connected to the mail server"
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    // The worker now waits for the greeting; requests go on.
    for _ in 0..3 {
        let status = app
            .get(&format!("/api/v1/enrolments/{id}"), Some(&token))
            .await;
        assert_eq!(status.status, 200, "{}", status.body);
        assert_eq!(status.body["status"], "certified");
        let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
        assert_eq!(lookup.status, 200, "{}", lookup.body);
    }
    assert_eq!(
        app.count("outbox WHERE sent_at IS NULL"),
        1,
        "the mail waits to be sent"
    );
}
