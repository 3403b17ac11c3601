//! `spawn_app`: the whole service in-process on a free port, with its own fresh
//! database and a manual clock, and the calls a learner makes.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use belehrung::clock::ManualClock;
use belehrung::course::Content;
use belehrung::settings::Settings;
use belehrung::startup::Application;
use chrono::{TimeDelta, TimeZone, Utc};
use serde_json::{Value, json};

use crate::postgres;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Generates one test per backend from an `async fn name(backend: Backend)`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }

            #[actix_web::test]
            async fn postgres() {
                super::$name($crate::helpers::Backend::Postgres).await
            }
        }
    )*};
}

pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

pub fn content() -> Arc<Content> {
    static CONTENT: std::sync::OnceLock<Arc<Content>> = std::sync::OnceLock::new();
    CONTENT
        .get_or_init(|| Arc::new(Content::load(&content_dir()).unwrap_or_else(|p| panic!("{p}"))))
        .clone()
}

/// A fresh database URL for `backend`; the returned guard keeps a SQLite file alive and
/// drops a PostgreSQL database when it goes.
/// rustls's cryptography for the test's own HTTP clients: ring, as the service's (reqwest
/// is built without a provider of its own).
pub fn tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

pub fn fresh_database(backend: Backend) -> (String, DatabaseGuard) {
    tls();
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, postgres) = match backend {
        Backend::Sqlite => (
            format!("sqlite://{}", dir.path().join("test.db").display()),
            None,
        ),
        Backend::Postgres => {
            let database = postgres::fresh_database();
            (database.url.clone(), Some(database))
        }
    };
    (
        url,
        DatabaseGuard {
            _postgres: postgres,
            dir,
        },
    )
}

/// A test's data folder, and its PostgreSQL database if it has one. Fields drop in
/// order: the database before the folder.
pub struct DatabaseGuard {
    _postgres: Option<postgres::TestDatabase>,
    dir: tempfile::TempDir,
}

impl DatabaseGuard {
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: Arc<ManualClock>,
    pub database_url: String,
    pub data_dir: PathBuf,
    pub settings: Settings,
    _dir: DatabaseGuard,
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, "0.95").await
}

pub async fn spawn_app_with(backend: Backend, watch_ratio: &str) -> TestApp {
    spawn_app_configured(backend, &[("BELEHRUNG_REQUIRED_WATCH_RATIO", watch_ratio)]).await
}

pub fn certificates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("certificates")
}

/// The service with the test defaults, changed by `overrides` (`BELEHRUNG_*` pairs).
pub async fn spawn_app_configured(backend: Backend, overrides: &[(&str, &str)]) -> TestApp {
    let (database_url, dir) = fresh_database(backend);
    let mut env = HashMap::from([
        ("BELEHRUNG_BIND".to_string(), "127.0.0.1:0".to_string()),
        ("BELEHRUNG_DATABASE_URL".to_string(), database_url.clone()),
        ("BELEHRUNG_DATABASE_POOL_SIZE".to_string(), "4".to_string()),
        (
            "BELEHRUNG_CONTENT_DIR".to_string(),
            content_dir().display().to_string(),
        ),
        (
            "BELEHRUNG_DATA_DIR".to_string(),
            dir.path().display().to_string(),
        ),
        (
            "BELEHRUNG_REQUIRED_WATCH_RATIO".to_string(),
            "0.95".to_string(),
        ),
        ("BELEHRUNG_WORKERS".to_string(), "2".to_string()),
        (
            "BELEHRUNG_CERTIFICATES_DIR".to_string(),
            certificates_dir().display().to_string(),
        ),
        (
            "BELEHRUNG_LOOKUP_RATE_PER_MINUTE".to_string(),
            "1000000".to_string(),
        ),
        ("BELEHRUNG_LOOKUP_BURST".to_string(), "1000000".to_string()),
        (
            "BELEHRUNG_ENROLMENT_RATE_PER_HOUR".to_string(),
            "1000000".to_string(),
        ),
        (
            "BELEHRUNG_ENROLMENT_BURST".to_string(),
            "1000000".to_string(),
        ),
    ]);
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let settings = Settings::from_sources(None, &env).expect("test settings");
    let clock = Arc::new(ManualClock::starting_at(
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
            .single()
            .expect("valid instant"),
    ));
    let app = Application::build(&settings, clock.clone()).expect("build the application");
    let address = format!("http://{}", app.address());
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: test_client(reqwest::Client::builder()),
        clock,
        database_url,
        data_dir: dir.path().to_path_buf(),
        settings,
        _dir: dir,
    }
}

/// An adult learner of the demo office, in German.
pub fn learner() -> Value {
    json!({
        "tenant": "musterstadt",
        "course": "ifsg43",
        "language": "de",
        "given_name": "Łukasz",
        "family_name": "Żółć",
        "birth_date": "1990-04-12",
        "email": "lukasz@example.org"
    })
}

pub struct Response {
    pub status: u16,
    pub content_type: String,
    pub body: Value,
}

impl TestApp {
    pub async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Response {
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.address));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let text = response.text().await.expect("body read");
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Response {
            status,
            content_type,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Response {
        self.request(reqwest::Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Response {
        self.request(reqwest::Method::POST, path, token, Some(body))
            .await
    }

    /// Enrols `body` and returns (id, token).
    /// Enrols; at an office that charges a fee, the fee is settled at once (as at the
    /// desk), so that tests of other things go through. The fee's own tests use
    /// [`TestApp::enrol_unpaid`].
    pub async fn enrol(&self, body: &Value) -> (String, String) {
        let (id, token) = self.enrol_unpaid(body).await;
        let charges = body["tenant"]
            .as_str()
            .and_then(|t| content().tenant(t).map(|t| t.fee.is_some()))
            .unwrap_or(false);
        if charges {
            self.settle_fee_directly(&id, body["tenant"].as_str().unwrap_or_default());
        }
        (id, token)
    }

    pub async fn enrol_unpaid(&self, body: &Value) -> (String, String) {
        let response = self.post("/api/v1/enrolments", None, body).await;
        assert_eq!(response.status, 201, "{}", response.body);
        (
            str_of(&response.body["id"]),
            str_of(&response.body["token"]),
        )
    }

    /// A settlement written straight into the database, as staff recording a payment at
    /// the desk before the course would leave it.
    pub fn settle_fee_directly(&self, id: &str, tenant: &str) {
        self.execute(&format!(
            "INSERT INTO fee_settlements (enrolment_id, tenant, kind, amount_cents, reference, settled_at) \
             VALUES ('{id}', '{tenant}', 'desk', 2000, 'desk', '2026-11-23 09:00:00')"
        ));
    }

    pub async fn enrolment(&self, id: &str, token: &str) -> Value {
        let response = self
            .get(&format!("/api/v1/enrolments/{id}"), Some(token))
            .await;
        assert_eq!(response.status, 200, "{}", response.body);
        response.body
    }

    pub async fn report(
        &self,
        id: &str,
        token: &str,
        lesson: &str,
        from_s: f64,
        to_s: f64,
    ) -> Response {
        self.post(
            &format!("/api/v1/enrolments/{id}/progress"),
            Some(token),
            &json!({"lesson": lesson, "from_s": from_s, "to_s": to_s}),
        )
        .await
    }

    /// Watches every lesson in real time (the clock moves with the video), as a player
    /// reporting every 5 seconds does.
    pub async fn watch_everything(&self, id: &str, token: &str, language: &str) {
        let content = content();
        let lessons = &content.course.language(language).expect("language").lessons;
        for lesson in lessons {
            let duration = lesson.duration_ms as f64 / 1000.0;
            let mut at = 0.0;
            while at < duration {
                let next = (at + 5.0_f64).min(duration);
                self.clock
                    .advance(TimeDelta::milliseconds(((next - at) * 1000.0) as i64));
                let response = self.report(id, token, &lesson.id, at, next).await;
                assert_eq!(response.status, 204, "{}", response.body);
                at = next;
            }
        }
    }

    pub async fn start_quiz(&self, id: &str, token: &str) -> Response {
        self.post(
            &format!("/api/v1/enrolments/{id}/quiz"),
            Some(token),
            &json!({}),
        )
        .await
    }

    pub async fn answer(
        &self,
        id: &str,
        token: &str,
        attempt: &Value,
        answers: &BTreeMap<String, Vec<String>>,
    ) -> Response {
        self.post(
            &format!("/api/v1/enrolments/{id}/quiz/{attempt}"),
            Some(token),
            &json!({ "answers": answers }),
        )
        .await
    }

    pub async fn declare(&self, id: &str, token: &str, body: &Value) -> Response {
        self.post(
            &format!("/api/v1/enrolments/{id}/declaration"),
            Some(token),
            body,
        )
        .await
    }

    /// Enrols, watches, passes the quiz: the enrolment waits for its declaration.
    pub async fn ready_to_declare(&self, body: &Value) -> (String, String) {
        let (id, token) = self.enrol(body).await;
        self.pass(&id, &token, body).await;
        (id, token)
    }

    /// Declared at an office that charges before the certificate, without paying: the
    /// certificate waits for the fee.
    pub async fn declared_unpaid(&self, body: &Value) -> (String, String) {
        let (id, token) = self.enrol_unpaid(body).await;
        self.pass(&id, &token, body).await;
        let declared = self
            .declare(&id, &token, &json!({"no_known_obstacles": true}))
            .await;
        assert_eq!(declared.status, 202, "{}", declared.body);
        assert_eq!(declared.body["fee"]["status"], "due", "{}", declared.body);
        (id, token)
    }

    /// Watches everything and passes the quiz.
    async fn pass(&self, id: &str, token: &str, body: &Value) {
        let (id, token) = (id.to_string(), token.to_string());
        self.watch_everything(&id, &token, body["language"].as_str().unwrap_or("de"))
            .await;
        let attempt = self.start_quiz(&id, &token).await;
        assert_eq!(attempt.status, 201, "{}", attempt.body);
        let graded = self
            .answer(
                &id,
                &token,
                &attempt.body["attempt"],
                &answers(&attempt.body, true),
            )
            .await;
        assert_eq!(graded.body["passed"], true, "{}", graded.body);
    }
}

/// Answers for a drawn attempt: all right, or all wrong.
pub fn answers(attempt: &Value, right: bool) -> BTreeMap<String, Vec<String>> {
    let content = content();
    let language = content.course.language("de").expect("German");
    attempt["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| {
            let id = str_of(&q["id"]);
            let question = language.question(&id).expect("a known question");
            let chosen = question
                .options
                .iter()
                .filter(|o| o.correct == right)
                .map(|o| o.id.clone())
                .collect();
            (id, chosen)
        })
        .collect()
}

pub fn str_of(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"))
        .to_string()
}

/// Every 4xx/5xx must be problem+json with the RFC 9457 members.
pub fn assert_problem(response: &Response, status: u16) {
    assert_eq!(response.status, status, "{}", response.body);
    assert_eq!(
        response.content_type, "application/problem+json",
        "{}",
        response.body
    );
    for member in ["type", "title", "status", "detail"] {
        assert!(
            !response.body[member].is_null(),
            "problem lacks {member}: {}",
            response.body
        );
    }
    assert_eq!(response.body["status"], status);
}

impl TestApp {
    /// The learner's certificate PDF, as the API hands it out.
    pub async fn certificate_pdf(&self, id: &str, token: &str) -> Vec<u8> {
        let (status, pdf) = self
            .bytes(
                &format!("/api/v1/enrolments/{id}/certificate.pdf"),
                Some(token),
            )
            .await;
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&pdf));
        assert!(pdf.starts_with(b"%PDF"));
        pdf
    }

    /// The retention job, run once at the test clock's time.
    pub fn run_retention(&self) -> Vec<belehrung::service::RetentionReport> {
        let ctx = belehrung::service::Context::load(
            &self.settings,
            self.clock.clone(),
            self.address.clone(),
        )
        .expect("context");
        belehrung::service::run_retention(&ctx, &self.database(), &belehrung::audit::Actor::System)
            .expect("retention runs")
    }

    /// A statement run straight on the database, as an old or damaged row would read.
    pub fn execute(&self, sql: &str) {
        use diesel::prelude::*;
        let url = belehrung::db::DatabaseUrl::parse(&self.database_url).expect("url");
        let pool = belehrung::db::build_pool(&url, 1).expect("pool");
        let mut conn = pool.get().expect("connection");
        diesel::sql_query(sql).execute(&mut conn).expect(sql);
    }

    /// Rows in a table, read straight from the database.
    pub fn count(&self, table: &str) -> i64 {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let url = belehrung::db::DatabaseUrl::parse(&self.database_url).expect("url");
        let pool = belehrung::db::build_pool(&url, 1).expect("pool");
        let mut conn = pool.get().expect("connection");
        diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
            .get_result::<Count>(&mut conn)
            .expect("count")
            .n
    }
}

impl TestApp {
    /// The `belehrung` binary, configured for this app's database, content and keys.
    pub fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_belehrung"));
        command
            .current_dir(&self.data_dir)
            .env("BELEHRUNG_DATABASE_URL", &self.database_url)
            .env("BELEHRUNG_CONTENT_DIR", content_dir())
            .env("BELEHRUNG_DATA_DIR", &self.data_dir)
            .env("BELEHRUNG_CERTIFICATES_DIR", certificates_dir())
            .env("BELEHRUNG_PUBLIC_URL", &self.address)
            .env("RUST_LOG", "warn");
        command
    }

    /// Runs the binary with `args`; returns (success, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (bool, String, String) {
        let output = self.command().args(args).output().expect("run belehrung");
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// The demo office as `GET /api/v1/tenants` lists it.
    pub async fn demo_office(&self) -> Value {
        let tenants = self.get("/api/v1/tenants", None).await;
        assert_eq!(tenants.status, 200, "{}", tenants.body);
        tenants
            .body
            .as_array()
            .expect("list")
            .iter()
            .find(|t| t["id"] == "musterstadt")
            .expect("demo office")
            .clone()
    }

    /// A certified learner: (enrolment id, token, code).
    pub async fn certified(&self, body: &Value) -> (String, String, String) {
        let (id, token) = self.ready_to_declare(body).await;
        let declared = self
            .declare(&id, &token, &json!({"no_known_obstacles": true}))
            .await;
        assert_eq!(declared.status, 201, "{}", declared.body);
        let code = str_of(&declared.body["code"]);
        (id, token, code)
    }

    pub async fn bytes(&self, path: &str, token: Option<&str>) -> (u16, Vec<u8>) {
        let mut request = self.client.get(format!("{}{path}", self.address));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        (status, response.bytes().await.expect("body").to_vec())
    }
}

impl TestApp {
    /// A second instance of the service on the same database, keys and clock, as a
    /// deployment runs several behind a load balancer; returns its address.
    pub fn another_instance(&self) -> String {
        let mut settings = self.settings.clone();
        settings.bind = "127.0.0.1:0".parse().expect("address");
        let app = Application::build(&settings, self.clock.clone()).expect("second instance");
        let address = format!("http://{}", app.address());
        actix_web::rt::spawn(app.run_until_stopped());
        address
    }
}

/// The server closes idle connections after 5 s; a client that kept one longer could
/// send its next request just as the server closes it.
pub fn test_client(builder: reqwest::ClientBuilder) -> reqwest::Client {
    tls();
    builder
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .expect("client")
}

/// The text of a PDF as poppler's `pdftotext` reads it, with `path` holding the file.
pub fn pdf_text_of(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext must be installed (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
