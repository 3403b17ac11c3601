//! What leaves a trace and what does not: a staff member's look at another office's
//! certificate is in the own office's audit log as refused; enrolment ids (a learner's
//! key to the record) never reach the log.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use belehrung::domain::CertificateCode;
use belehrung::staff::Role;
use serde_json::{Value, json};

use crate::helpers::{Backend, learner, spawn_app};
use crate::identity_checks::certified_by_staff;
use crate::on_both_backends;

on_both_backends!(
    viewing_another_offices_certificate_is_audited_as_refused,
    enrolment_ids_stay_out_of_the_log,
);

fn other_office_learner() -> Value {
    json!({
        "tenant": "beispielstadt",
        "course": "ifsg43",
        "language": "de",
        "given_name": "Ελένη",
        "family_name": "Παπαδοπούλου",
        "birth_date": "1985-02-03",
    })
}

async fn viewing_another_offices_certificate_is_audited_as_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let checker = app
        .logged_in(&app.add_staff("beispielstadt", "carl", Role::Staff, false))
        .await;
    let foreign_code = certified_by_staff(&app, &other_office_learner(), &checker).await;
    let client = app.logged_in(&admin).await;

    let page = client
        .get(&format!("/staff/certificates/{foreign_code}"))
        .await;
    assert_eq!(page.status, 404);

    let code = CertificateCode::parse(&foreign_code).expect("a code");
    let compact = code.compact().to_string();
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    let own = belehrung::audit::entries_for_subject(&mut conn, "musterstadt", &compact)
        .expect("audit read");
    assert_eq!(own.len(), 1, "{own:?}");
    assert_eq!(own[0].action, "certificate.refused");
    assert_eq!(own[0].actor, "staff:anna");
    let detail: Value = serde_json::from_str(&own[0].detail).expect("detail is JSON");
    assert_eq!(detail["attempt"], "view", "{detail}");
    let theirs = belehrung::audit::entries_for_subject(&mut conn, "beispielstadt", &compact)
        .expect("audit read");
    assert!(
        theirs.iter().all(|e| e.action != "certificate.viewed"),
        "not noted as a view in the other office: {theirs:?}"
    );
    let audit = client.get("/staff/audit").await;
    assert!(
        audit
            .body
            .contains(&format!("Zugriff auf {foreign_code} abgelehnt")),
        "{}",
        audit.body
    );
}

/// Everything the service logs in this test process, at every level the service uses.
/// The subscriber is process-wide (the server's workers run on their own threads), so
/// the buffer holds other tests' lines too; each test looks for its own ids only.
fn captured_log() -> Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = Buffer(buffer.clone());
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("one global subscriber");
        buffer
    })
    .clone()
}

#[derive(Clone)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

async fn enrolment_ids_stay_out_of_the_log(backend: Backend) {
    let log = captured_log();
    let app = spawn_app(backend).await;
    // Enrolling, watching, the quiz, the declaration and the PDF, and calls that fail.
    let (id, token, code) = app.certified(&learner()).await;
    assert_eq!(app.enrolment(&id, &token).await["status"], "certified");
    let (status, _) = app
        .bytes(
            &format!("/api/v1/enrolments/{id}/certificate.pdf"),
            Some(&token),
        )
        .await;
    assert_eq!(status, 200);
    let wrong = app
        .get(&format!("/api/v1/enrolments/{id}"), Some("x"))
        .await;
    assert_eq!(wrong.status, 403);
    let unknown = app
        .post(
            &format!("/api/v1/enrolments/{id}/nothing"),
            None,
            &json!({}),
        )
        .await;
    assert!(unknown.status >= 400);
    // The PDF by code and birth date: the request is logged, the holder is not.
    let asked = app
        .post(
            "/api/v1/certificate-access",
            None,
            &json!({"code": code, "birth_date": "1990-04-12"}),
        )
        .await;
    assert_eq!(asked.status, 202, "{}", asked.body);

    let text = String::from_utf8_lossy(&log.lock().expect("log").clone()).into_owned();
    assert!(
        text.contains("enrolled")
            && text.contains("answered")
            && text.contains("one-time code for the PDF queued"),
        "the log was captured: {text}"
    );
    assert!(
        text.contains("/api/v1/enrolments/{id}"),
        "requests are logged by route pattern"
    );
    assert!(!text.contains(&id), "the enrolment id {id} is in the log");
    assert!(!text.contains(&token), "the token is in the log");
    assert!(!text.contains(&code), "the certificate code is in the log");
}
