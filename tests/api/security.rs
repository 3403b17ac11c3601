//! Headers every response carries, HSTS behind TLS, body size limits, slow clients and
//! the request time limit.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::helpers::{Backend, spawn_app, spawn_app_configured};

async fn headers_of(app: &crate::helpers::TestApp, path: &str) -> reqwest::header::HeaderMap {
    app.client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("response")
        .headers()
        .clone()
}

#[actix_web::test]
async fn every_response_forbids_sniffing_and_framing() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in [
        "/",
        "/health",
        "/api/v1/tenants",
        "/api/v1/certificates/ABCD-EFGH-JKMN-PQRS",
        "/.well-known/jwks.json",
        "/v",
        "/staff/login",
        "/media/ifsg43/de/warum.vtt",
        "/no/such/page",
    ] {
        let headers = headers_of(&app, path).await;
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        let csp = headers["content-security-policy"]
            .to_str()
            .unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
            "{path}: {csp}"
        );
        assert!(
            !headers.contains_key("strict-transport-security"),
            "no HSTS over plain http"
        );
    }
}

#[actix_web::test]
async fn behind_tls_browsers_are_told_to_stay_on_https() {
    let app = spawn_app_configured(
        Backend::Sqlite,
        &[("BELEHRUNG_PUBLIC_URL", "https://belehrung.example.de")],
    )
    .await;
    let headers = headers_of(&app, "/api/v1/tenants").await;
    assert_eq!(
        headers["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    let login = app
        .client
        .get(format!("{}/staff/login", app.address))
        .send()
        .await
        .expect("login");
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
}

#[actix_web::test]
async fn an_oversized_body_is_refused_and_stores_nothing() {
    let app = spawn_app(Backend::Sqlite).await;
    let huge = json!({"tenant": "musterstadt", "course": "ifsg43", "language": "de", "given_name": "x".repeat(2_000_000), "family_name": "y", "birth_date": "1990-01-01"});
    let response = app.post("/api/v1/enrolments", None, &huge).await;
    assert_eq!(response.status, 413, "{}", response.body);
    assert_eq!(response.content_type, "application/problem+json");
    assert_eq!(app.count("enrolments"), 0);
    let form = app
        .client
        .post(format!("{}/staff/login", app.address))
        .form(&[
            ("login", "a".repeat(100_000)),
            ("password", "b".to_string()),
        ])
        .send()
        .await
        .expect("form");
    assert_eq!(form.status().as_u16(), 413);
}

#[actix_web::test]
async fn a_client_that_sends_its_request_slowly_is_cut_off() {
    let app = spawn_app(Backend::Sqlite).await;
    let address = app.address.trim_start_matches("http://").to_string();
    let outcome = actix_web::rt::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(&address).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .expect("timeout");
        // Half a request head, then nothing.
        stream
            .write_all(b"GET /api/v1/tenants HTTP/1.1\r\nHost: x\r\n")
            .expect("write");
        let started = Instant::now();
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        (
            started.elapsed(),
            String::from_utf8_lossy(&answer).into_owned(),
        )
    })
    .await
    .expect("slow client");
    let (waited, answer) = outcome;
    assert!(
        waited < Duration::from_secs(10),
        "the server waited {waited:?}"
    );
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
        "{answer}"
    );
}

#[actix_web::test]
async fn a_request_whose_body_trickles_in_ends_at_the_time_limit_and_stores_nothing() {
    let app = spawn_app_configured(
        Backend::Sqlite,
        &[("BELEHRUNG_REQUEST_TIMEOUT_SECONDS", "2")],
    )
    .await;
    let address = app.address.trim_start_matches("http://").to_string();
    let body = json!({
        "tenant": "musterstadt", "course": "ifsg43", "language": "de",
        "given_name": "Erika", "family_name": "Mustermann", "birth_date": "1990-01-01"
    })
    .to_string();
    let outcome = actix_web::rt::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(&address).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        let head = format!(
            "POST /api/v1/enrolments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).expect("head");
        // The head came in time; the body comes a byte every 200 ms, which would take
        // half a minute. The answer must come at the time limit, not after the body.
        let started = Instant::now();
        let mut answer = Vec::new();
        for byte in body.as_bytes() {
            if stream.write_all(&[*byte]).is_err() || started.elapsed() > Duration::from_secs(15) {
                break;
            }
            let mut buffer = [0u8; 4096];
            match stream.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => {
                    answer.extend_from_slice(&buffer[..n]);
                    break;
                }
                Err(_) => {} // Nothing yet: the read timed out after 200 ms.
            }
        }
        (
            started.elapsed(),
            String::from_utf8_lossy(&answer).into_owned(),
        )
    })
    .await
    .expect("slow body");
    let (waited, answer) = outcome;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(
        waited >= Duration::from_secs(2) && waited < Duration::from_secs(10),
        "answered after {waited:?}"
    );
    assert_eq!(app.count("enrolments"), 0);
}
