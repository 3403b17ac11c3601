//! Limits per client: who the client is behind a trusted proxy, the lookup and
//! enrolment limits, and metrics that junk requests cannot grow.

use std::collections::HashSet;

use serde_json::Value;

use crate::helpers::{Backend, TestApp, learner, spawn_app, spawn_app_configured};
use crate::on_both_backends;
use crate::staff_client::csrf;

on_both_backends!(
    lookups_are_limited_per_client_behind_a_trusted_proxy,
    enrolments_are_limited_per_client,
    metrics_labels_stay_bounded_under_junk_requests,
);

/// A request as the trusted proxy (127.0.0.1) forwards it for `forwarded_for`.
async fn send_as(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    forwarded_for: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut request = app
        .client
        .request(method, format!("{}{path}", app.address))
        .header("x-forwarded-for", forwarded_for);
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.expect("request")
}

async fn lookup_status(app: &TestApp, forwarded_for: &str) -> u16 {
    let code = "AAAA-AAAA-AAAA-AAAA";
    send_as(
        app,
        reqwest::Method::GET,
        &format!("/api/v1/certificates/{code}"),
        forwarded_for,
        None,
    )
    .await
    .status()
    .as_u16()
}

async fn lookups_are_limited_per_client_behind_a_trusted_proxy(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_TRUSTED_PROXIES", "127.0.0.0/8, ::1"),
            ("BELEHRUNG_LOOKUP_BURST", "3"),
            ("BELEHRUNG_LOOKUP_RATE_PER_MINUTE", "1"),
        ],
    )
    .await;
    for _ in 0..3 {
        assert_ne!(lookup_status(&app, "203.0.113.5").await, 429);
    }
    assert_eq!(lookup_status(&app, "203.0.113.5").await, 429);
    assert_eq!(
        lookup_status(&app, "198.51.100.1, 203.0.113.5").await,
        429,
        "an entry the client wrote left of the proxy's changes nothing"
    );
    assert_ne!(
        lookup_status(&app, "198.51.100.9").await,
        429,
        "another client behind the same proxy is not limited"
    );
    assert_ne!(
        lookup_status(&app, "203.0.113.5, 10.0.0.1").await,
        429,
        "an untrusted hop further right is the client"
    );
    for _ in 0..3 {
        assert_ne!(lookup_status(&app, "2001:db8:1:2::1").await, 429);
    }
    assert_eq!(
        lookup_status(&app, "2001:db8:1:2::abcd").await,
        429,
        "one IPv6 /64 is one client"
    );
    assert_ne!(lookup_status(&app, "2001:db8:1:3::1").await, 429);
}

async fn enrolments_are_limited_per_client(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_TRUSTED_PROXIES", "127.0.0.1"),
            ("BELEHRUNG_ENROLMENT_BURST", "3"),
            ("BELEHRUNG_ENROLMENT_RATE_PER_HOUR", "1"),
        ],
    )
    .await;
    let body = learner();
    let post = reqwest::Method::POST;
    for _ in 0..3 {
        let created = send_as(
            &app,
            post.clone(),
            "/api/v1/enrolments",
            "203.0.113.5",
            Some(&body),
        )
        .await;
        assert_eq!(created.status().as_u16(), 201);
    }
    let refused = send_as(
        &app,
        post.clone(),
        "/api/v1/enrolments",
        "203.0.113.5",
        Some(&body),
    )
    .await;
    assert_eq!(refused.status().as_u16(), 429);
    assert_eq!(
        refused.headers()["content-type"],
        "application/problem+json"
    );
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!(
        (1..=3600).contains(&retry_after),
        "one enrolment an hour: {retry_after}"
    );
    let problem: Value = refused.json().await.expect("problem");
    assert_eq!(problem["type"], "urn:belehrung:problem:rate-limited");
    assert_eq!(problem["status"], 429);
    assert_eq!(
        app.count("enrolments"),
        3,
        "the refused one created nothing"
    );

    let other = send_as(
        &app,
        post.clone(),
        "/api/v1/enrolments",
        "198.51.100.9",
        Some(&body),
    )
    .await;
    assert_eq!(other.status().as_u16(), 201, "another client may enrol");

    // The learner's form, from the client that used up its enrolments: a page in the
    // learner's language, not a problem document.
    let browser = app.staff_client_behind_proxy("203.0.113.5");
    let form = browser.get("/anmeldung?tenant=musterstadt&lang=tr").await;
    assert_eq!(form.status, 200);
    let token = csrf(&form.body);
    let page = browser
        .post(
            "/anmeldung",
            &[
                ("csrf", token.as_str()),
                ("tenant", "musterstadt"),
                ("lang", "tr"),
                ("given_name", "Şükrü"),
                ("family_name", "Öztürk"),
                ("birth_date", "12.04.1990"),
            ],
        )
        .await;
    assert_eq!(page.status, 429);
    assert!(!page.retry_after.is_empty());
    assert!(
        page.body.contains("lang=\"tr\"") && page.body.contains("çok sayıda kayıt"),
        "{}",
        page.body
    );
    assert_eq!(app.count("enrolments"), 4);
}

/// A small deterministic generator: the junk differs in every request, not between runs.
struct Junk(u64);

impl Junk {
    fn word(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                char::from(b'A' + (self.0 % 26) as u8)
            })
            .collect()
    }
}

fn series(metrics: &str) -> HashSet<String> {
    metrics
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| line.rsplit_once(' ').map(|(series, _)| series.to_string()))
        .collect()
}

async fn metrics_text(app: &TestApp) -> String {
    app.get("/metrics", None)
        .await
        .body
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn metrics_labels_stay_bounded_under_junk_requests(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut junk = Junk(0x9e37_79b9_7f4a_7c15);
    let paths = [
        "/junk/",
        "/api/v1/",
        "/api/v1/certificates/",
        "/v/",
        "/staff/",
        "/media/ifsg43/de/",
    ];
    let mut requests = Vec::new();
    for i in 0..2_000 {
        let method = if i % 4 == 0 {
            reqwest::Method::GET
        } else {
            reqwest::Method::from_bytes(junk.word(8).as_bytes()).expect("method")
        };
        let path = format!("{}{}", paths[i % paths.len()], junk.word(12).to_lowercase());
        requests.push((method, path));
    }
    let before = series(&metrics_text(&app).await);
    let mut halfway = HashSet::new();
    for (n, chunk) in requests.chunks(50).enumerate() {
        if n == 20 {
            halfway = series(&metrics_text(&app).await);
        }
        let sent = chunk.iter().map(|(method, path)| {
            app.client
                .request(method.clone(), format!("{}{path}", app.address))
                .send()
        });
        for response in futures_util::future::join_all(sent).await {
            assert!(response.expect("answered").status().as_u16() < 500);
        }
    }
    let text = metrics_text(&app).await;
    let after = series(&text);
    // Methods: 10 values; routes: the route patterns and `unmatched`; statuses: the few
    // the service answers with. The first 1,000 junk requests add a handful of request
    // series (and each new route its histogram); the next 1,000 add none.
    let requests_series = |set: &HashSet<String>| {
        set.iter()
            .filter(|s| s.starts_with("belehrung_http_requests_total"))
            .cloned()
            .collect::<HashSet<_>>()
    };
    let new_requests: Vec<String> = requests_series(&after)
        .difference(&requests_series(&before))
        .cloned()
        .collect();
    assert!(
        new_requests.len() <= 40,
        "{} new request series: {new_requests:#?}",
        new_requests.len()
    );
    let late: Vec<&String> = after.difference(&halfway).collect();
    assert!(late.is_empty(), "the second 1,000 added series: {late:#?}");
    assert!(
        after.len() < 1_000,
        "{} series from 2,000 requests",
        after.len()
    );
    assert!(
        text.contains("method=\"other\"") && text.contains("route=\"unmatched\""),
        "{text}"
    );
    for (method, path) in &requests[..20] {
        assert!(!text.contains(method.as_str()) || method == reqwest::Method::GET);
        assert!(!text.contains(path.as_str()), "{path}");
    }
}
