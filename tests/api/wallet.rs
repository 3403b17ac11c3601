//! The certificate in a wallet: an independent holder (`tests/tools/wallet_holder.py`,
//! the SD-JWT reference implementation and pyca/cryptography, none of our code) takes a
//! credential offer through OpenID4VCI's pre-authorized code flow, checks the office's
//! signature against the published keys, the disclosures and its own key binding, and
//! reads the office's status list before and after staff revoke the certificate. What
//! must be refused is refused.

use std::path::{Path, PathBuf};

use belehrung::staff::Role;
use serde_json::Value;

use crate::helpers::{Backend, TestApp, learner, spawn_app_configured};
use crate::on_both_backends;

on_both_backends!(
    a_wallet_receives_the_certificate_and_sees_its_revocation,
    offers_pins_tokens_and_proofs_are_checked,
);

fn holder_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/wallet_holder.py")
}

/// Runs the holder (as a process of its own, awaited: the service answers on this
/// thread meanwhile).
async fn holder(args: &[&str]) -> Value {
    let output = tokio::process::Command::new("python3")
        .arg(holder_script())
        .args(args)
        .output()
        .await
        .expect("python3 with sd-jwt (tests/run installs it)");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|_| {
        panic!(
            "holder: {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// The service, its learner's access lasting past the clock's jump to the machine's
/// time (below).
async fn app(backend: Backend) -> TestApp {
    spawn_app_configured(
        backend,
        &[("BELEHRUNG_LEARNER_TOKEN_AFTER_CERTIFICATE_HOURS", "8760")],
    )
    .await
}

/// The wallet's clock is the machine's: the service's test clock is set to it.
fn clocks_agree(app: &TestApp) {
    use belehrung::clock::Clock;
    let behind = chrono::Utc::now() - app.clock.now();
    app.clock.advance(behind);
}

async fn offer(app: &TestApp, id: &str, token: &str) -> (String, String) {
    let answer = app
        .post(
            &format!("/api/v1/enrolments/{id}/wallet-offer"),
            Some(token),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let uri = answer.body["offer_uri"].as_str().expect("uri").to_string();
    assert!(uri.starts_with("openid-credential-offer://?credential_offer="));
    (
        uri,
        answer.body["tx_code"].as_str().expect("pin").to_string(),
    )
}

async fn a_wallet_receives_the_certificate_and_sees_its_revocation(backend: Backend) {
    let app = app(backend).await;
    let admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let (id, token, code) = app.certified(&learner()).await;
    clocks_agree(&app);
    let (uri, pin) = offer(&app, &id, &token).await;
    let dir = tempfile::tempdir().expect("dir");
    let key = dir.path().join("holder.pem").display().to_string();
    let got = holder(&[
        "receive",
        "--offer",
        &uri,
        "--pin",
        &pin,
        "--key-file",
        &key,
    ])
    .await;
    assert_eq!(got["issuer_signature"], "valid", "{got:#}");
    assert_eq!(got["holder_binding"], true, "{got:#}");
    assert_eq!(got["status"], 0, "{got:#}");
    let claims = &got["claims"];
    assert_eq!(claims["given_name"], "Łukasz", "{got:#}");
    assert_eq!(claims["family_name"], "Żółć");
    assert_eq!(claims["certificate_code"], code);
    assert_eq!(
        claims["issuing_authority"],
        "Gesundheitsamt Musterstadt (Beispiel)"
    );
    assert_eq!(got["iss"], format!("{}/wallet/musterstadt", app.address));
    let credential = got["credential"].as_str().expect("credential").to_string();
    let file = dir.path().join("credential.txt");
    std::fs::write(&file, &credential).expect("write");
    let at = format!("@{}", file.display());

    // The offer works once.
    let again = holder(&[
        "receive",
        "--offer",
        &uri,
        "--pin",
        &pin,
        "--key-file",
        &key,
    ])
    .await;
    assert_eq!(again["http_status"], 400, "{again:#}");
    assert_eq!(again["body"]["error"], "invalid_grant");

    // Staff revoke the certificate: the credential's bit flips.
    let client = app.logged_in(&admin).await;
    let csrf = client.csrf_of("/staff").await;
    let revoked = client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", csrf.as_str()),
                ("confirm", "yes"),
                ("reason", "Falsche Person"),
            ],
        )
        .await;
    assert_eq!(revoked.status, 200, "{}", revoked.body);
    let status = holder(&["status", "--credential", &at]).await;
    assert_eq!(status["status"], 1, "{status:#}");
    // And no new offer is made for it.
    let refused = app
        .post(
            &format!("/api/v1/enrolments/{id}/wallet-offer"),
            Some(&token),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
}

async fn offers_pins_tokens_and_proofs_are_checked(backend: Backend) {
    let app = app(backend).await;
    let (id, token, _) = app.certified(&learner()).await;
    clocks_agree(&app);
    let dir = tempfile::tempdir().expect("dir");
    let key = dir.path().join("holder.pem").display().to_string();
    // A wrong PIN is refused; five of them end the offer, the right one included.
    let (uri, pin) = offer(&app, &id, &token).await;
    let wrong = if pin == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let answer = holder(&[
            "receive",
            "--offer",
            &uri,
            "--pin",
            wrong,
            "--key-file",
            &key,
        ])
        .await;
        assert_eq!(answer["http_status"], 400, "{answer:#}");
        assert_eq!(answer["body"]["error"], "invalid_grant");
    }
    let dead = holder(&[
        "receive",
        "--offer",
        &uri,
        "--pin",
        &pin,
        "--key-file",
        &key,
    ])
    .await;
    assert_eq!(dead["http_status"], 400, "{dead:#}");
    // Proofs with a made-up nonce, for another audience, too old, or signed by another
    // key than the one they name: refused, each on a fresh offer.
    for (mode, error) in [
        ("wrong-nonce", "invalid_nonce"),
        ("wrong-aud", "invalid_proof"),
        ("old-iat", "invalid_proof"),
        ("other-key", "invalid_proof"),
        ("no-proof", "invalid_proof"),
    ] {
        let (uri, pin) = offer(&app, &id, &token).await;
        let answer = holder(&[
            "receive",
            "--offer",
            &uri,
            "--pin",
            &pin,
            "--key-file",
            &key,
            "--proof",
            mode,
        ])
        .await;
        assert_eq!(answer["http_status"], 400, "{mode}: {answer:#}");
        assert_eq!(answer["body"]["error"], error, "{mode}: {answer:#}");
    }
    // An access token gives one credential.
    let (uri, pin) = offer(&app, &id, &token).await;
    let twice = holder(&[
        "receive",
        "--offer",
        &uri,
        "--pin",
        &pin,
        "--key-file",
        &key,
        "--reuse-token",
    ])
    .await;
    assert_eq!(
        twice["http_statuses"],
        serde_json::json!([200, 401]),
        "{twice:#}"
    );
}
