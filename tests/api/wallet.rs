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
    credentials_issued_at_once_get_their_own_places,
    a_wallet_receives_the_certificate_and_sees_its_revocation,
    offers_pins_tokens_and_proofs_are_checked,
    an_inspector_checks_what_the_wallet_shows,
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

/// The wallet's clock is the machine's: the service's test clock runs with it from here.
fn clocks_agree(app: &TestApp) {
    app.clock.run_with_the_machine();
}

/// A learner without an e-mail address: the offer's PIN comes with the offer.
fn without_address() -> Value {
    let mut body = learner();
    body.as_object_mut().map(|b| b.remove("email"));
    body
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
    let (id, token, code) = app.certified(&without_address()).await;
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

    // At the desk, staff make another offer (a new phone): a second credential.
    let client = app.logged_in(&admin).await;
    let record = client.get(&format!("/staff/certificates/{code}")).await;
    let csrf = crate::staff_client::csrf(&record.body);
    let desk = client
        .post(
            &format!("/staff/certificates/{code}/wallet-offer"),
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert_eq!(desk.status, 200, "{}", desk.body);
    let desk_pin = element(&desk.body, "pin");
    let desk_uri = desk
        .body
        .split("id=\"open-wallet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the wallet link")
        .replace("&#38;", "&");
    let second_key = dir.path().join("second.pem").display().to_string();
    let second = holder(&[
        "receive",
        "--offer",
        &desk_uri,
        "--pin",
        &desk_pin,
        "--key-file",
        &second_key,
    ])
    .await;
    assert_eq!(second["issuer_signature"], "valid", "{second:#}");
    assert_ne!(second["idx"], got["idx"]);
    let second_file = dir.path().join("second.txt");
    std::fs::write(
        &second_file,
        second["credential"].as_str().expect("credential"),
    )
    .expect("write");
    // Another office's staff cannot make one.
    let foreign = app.add_staff("beispielkreis", "karl", Role::Admin, false);
    let other = app.logged_in(&foreign).await;
    let other_csrf = other.csrf_of("/staff").await;
    let refused = other
        .post(
            &format!("/staff/certificates/{code}/wallet-offer"),
            &[("csrf", other_csrf.as_str())],
        )
        .await;
    assert_eq!(refused.status, 404, "{}", refused.body);

    // Staff revoke the certificate: the credentials' bits flip.
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
    let second_at = format!("@{}", second_file.display());
    let status = holder(&["status", "--credential", &second_at]).await;
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
    let (id, token, _) = app.certified(&without_address()).await;
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
    // An offer 15 minutes old is over.
    let (uri, pin) = offer(&app, &id, &token).await;
    app.clock.advance(chrono::TimeDelta::minutes(16));
    let expired = holder(&[
        "receive",
        "--offer",
        &uri,
        "--pin",
        &pin,
        "--key-file",
        &key,
    ])
    .await;
    assert_eq!(expired["http_status"], 400, "{expired:#}");
    assert_eq!(expired["body"]["error"], "invalid_grant");
    clocks_agree(&app);
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

/// The text of the element with `id` on a page.
fn element(html: &str, id: &str) -> String {
    let start = html
        .find(&format!("id=\"{id}\""))
        .and_then(|at| html[at..].find('>').map(|end| at + end + 1))
        .unwrap_or_else(|| panic!("no #{id} in {html}"));
    html[start..]
        .split('<')
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn an_inspector_checks_what_the_wallet_shows(backend: Backend) {
    let sink = crate::smtp::SmtpSink::started();
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_LEARNER_TOKEN_AFTER_CERTIFICATE_HOURS", "8760"),
            ("BELEHRUNG_SMTP_URL", &sink.url()),
            ("BELEHRUNG_MAIL_RETRY_SECONDS", "1"),
        ],
    )
    .await;
    let admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let (id, token, code) = app.certified(&learner()).await;
    clocks_agree(&app);
    // The learner's done page offers the wallet; the offer page shows a QR code, the
    // link for a wallet on the phone and the PIN.
    let learner_pages = app.learner_client(&id, &token);
    let done = learner_pages.get("/lernen/fertig").await;
    assert!(done.body.contains("PDF gilt auch ohne"), "{}", done.body);
    let csrf = crate::staff_client::csrf(&done.body);
    let offered = learner_pages
        .post("/lernen/wallet", &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(offered.status, 200, "{}", offered.body);
    assert!(
        offered.body.contains("<svg class=\"qr\""),
        "{}",
        offered.body
    );
    // The learner gave an address: the PIN goes there, apart from the QR code.
    assert!(!offered.body.contains("id=\"pin\""), "{}", offered.body);
    assert!(element(&offered.body, "pin-mailed").contains("lukasz@example.org"));
    let mails = sink.wait_for(2, std::time::Duration::from_secs(30)).await;
    let pin_mail = mails
        .iter()
        .find(|m| {
            m["subject"]
                .as_str()
                .unwrap_or_default()
                .starts_with("Ihre PIN für die Wallet")
        })
        .expect("the PIN's mail");
    let text = pin_mail["text"].as_str().unwrap_or_default();
    let pin: String = text
        .split("Ihre PIN für die Bescheinigung in der Wallet: ")
        .nth(1)
        .expect("the PIN in the mail")
        .chars()
        .take(6)
        .collect();
    assert!(pin.chars().all(|c| c.is_ascii_digit()), "{text}");
    let href = offered
        .body
        .split("id=\"open-wallet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the wallet link")
        .replace("&#38;", "&");
    assert!(href.starts_with("openid-credential-offer://"), "{href}");
    let dir = tempfile::tempdir().expect("dir");
    let key = dir.path().join("holder.pem").display().to_string();
    let got = holder(&[
        "receive",
        "--offer",
        &href,
        "--pin",
        &pin,
        "--key-file",
        &key,
    ])
    .await;
    assert_eq!(got["issuer_signature"], "valid", "{got:#}");
    let file = dir.path().join("credential.txt");
    std::fs::write(&file, got["credential"].as_str().expect("credential")).expect("write");
    let credential = format!("@{}", file.display());

    // The check page gives the audience and a nonce; the wallet shows two claims.
    let inspector = app.staff_client();
    let show = |drop: &'static str, tamper: bool| {
        let (inspector, credential, key) = (&inspector, credential.clone(), key.clone());
        async move {
            let page = inspector.get("/wallet/pruefen").await;
            assert_eq!(page.status, 200, "{}", page.body);
            let (aud, nonce) = (
                element(&page.body, "audience"),
                element(&page.body, "nonce"),
            );
            let mut args = vec![
                "present".to_string(),
                "--credential".into(),
                credential,
                "--key-file".into(),
                key,
                // `=`: a nonce may begin with a hyphen, which would read as an option.
                format!("--aud={aud}"),
                format!("--nonce={nonce}"),
            ];
            if !drop.is_empty() {
                args.extend(["--drop".to_string(), drop.to_string()]);
            }
            if tamper {
                args.push("--tamper".into());
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let shown = holder(&args).await;
            let presentation = shown["presentation"]
                .as_str()
                .expect("presentation")
                .to_string();
            (
                presentation.clone(),
                inspector
                    .post(
                        "/wallet/pruefen",
                        &[("presentation", presentation.as_str())],
                    )
                    .await,
            )
        }
    };
    // Without the birth date it proves nothing about the person in front of one.
    let (_, nameless) = show("birthdate", false).await;
    assert_eq!(nameless.status, 422);
    assert!(
        nameless.body.contains("kein vollständiger Nachweis"),
        "{}",
        nameless.body
    );
    let (presentation, checked) =
        show("certificate_code,issuing_authority,instructed_on", false).await;
    // How identity was checked, in the certificate's words.
    assert!(
        checked.body.contains("nicht geprüft") || checked.body.contains("Lichtbildausweis"),
        "{}",
        checked.body
    );
    // A development key signs the test office's credentials: the page says so.
    assert!(checked.body.contains("Testschlüssel"), "{}", checked.body);
    assert!(
        checked.body.contains("Łukasz") && checked.body.contains("Żółć"),
        "{}",
        checked.body
    );
    assert!(
        !checked.body.contains(&code),
        "a claim not shown stays hidden"
    );
    // The same presentation again: its nonce is spent.
    let replayed = inspector
        .post(
            "/wallet/pruefen",
            &[("presentation", presentation.as_str())],
        )
        .await;
    assert_eq!(replayed.status, 422);
    assert!(replayed.body.contains("Einmalwert"), "{}", replayed.body);
    // A changed disclosure is refused.
    let (_, tampered) = show("", true).await;
    assert_eq!(tampered.status, 422);
    assert!(tampered.body.contains("verändert"), "{}", tampered.body);
    // Without the key binding: refused.
    let (presentation, _) = show("", false).await;
    let page = inspector.get("/wallet/pruefen").await;
    let _ = page;
    let unbound = presentation
        .rsplit_once('~')
        .map(|(p, _)| format!("{p}~"))
        .expect("kb");
    let refused = inspector
        .post("/wallet/pruefen", &[("presentation", unbound.as_str())])
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    // Revoked by staff: the check says so.
    let client = app.logged_in(&admin).await;
    let csrf = client.csrf_of("/staff").await;
    client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", csrf.as_str()),
                ("confirm", "yes"),
                ("reason", "Falsche Person"),
            ],
        )
        .await;
    let (_, after) = show("", false).await;
    assert!(after.body.contains("Widerrufen"), "{}", after.body);
}

async fn credentials_issued_at_once_get_their_own_places(backend: Backend) {
    let app = app(backend).await;
    let (id, token, _) = app.certified(&without_address()).await;
    clocks_agree(&app);
    let dir = tempfile::tempdir().expect("dir");
    let mut offers = Vec::new();
    for _ in 0..8 {
        offers.push(offer(&app, &id, &token).await);
    }
    let keys: Vec<String> = (0..8)
        .map(|i| dir.path().join(format!("k{i}.pem")).display().to_string())
        .collect();
    let wallets = offers
        .iter()
        .zip(&keys)
        .map(|((uri, pin), key)| async move {
            holder(&["receive", "--offer", uri, "--pin", pin, "--key-file", key]).await
        });
    let got = futures_util::future::join_all(wallets).await;
    let mut places: Vec<i64> = got
        .iter()
        .map(|g| g["idx"].as_i64().unwrap_or_else(|| panic!("{g:#}")))
        .collect();
    places.sort_unstable();
    places.dedup();
    assert_eq!(places.len(), 8, "{places:?}");
}
