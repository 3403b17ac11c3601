//! The signed PDF, its QR code and the verification, checked with independent tools:
//! poppler (pdftotext, pdfsig, pdftoppm), zbar (zbarimg) and pyca/cryptography.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::helpers::{
    Backend, TestApp, assert_problem, learner, spawn_app, spawn_app_configured, str_of,
};
use crate::on_both_backends;

on_both_backends!(
    the_pdf_is_sealed_and_its_qr_code_verifies,
    the_verify_page_tells_every_state,
    revocation_from_the_command_line_shows_everywhere,
    lookups_are_rate_limited_per_client,
    certificates_signed_before_a_key_rotation_keep_verifying,
    an_uploaded_pdf_is_recognised_only_when_unchanged,
    a_name_in_arabic_script_is_printed_in_its_passport_spelling,
    the_verify_page_checks_the_qr_signature_in_a_browser,
    the_second_language_is_the_learners_where_it_prints,
);

fn tool(program: &str, args: &[&str]) -> (bool, String) {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed: {e}"));
    (
        output.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    )
}

fn save(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write file");
    path
}

/// The QR code's text, read from a 150 dpi rendering of the first page.
pub(crate) fn scan_qr(pdf: &Path) -> String {
    let prefix = pdf.with_extension("");
    let (ok, out) = tool(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            &pdf.display().to_string(),
            &prefix.display().to_string(),
        ],
    );
    assert!(ok, "{out}");
    let output = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(prefix.with_extension("png"))
        .output()
        .expect("zbarimg must be installed");
    assert!(
        output.status.success(),
        "zbarimg found no QR code: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Verifies a JWS with pyca/cryptography against the JWKS the app publishes.
async fn verify_independently(app: &TestApp, dir: &Path, jws: &str) -> Option<Value> {
    let (status, jwks) = app.bytes("/.well-known/jwks.json", None).await;
    assert_eq!(status, 200);
    let jwks_path = save(dir, "jwks.json", &jwks);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/verify_jws.py");
    let output = Command::new("python3")
        .arg(script)
        .arg(jws)
        .arg(&jwks_path)
        .output()
        .expect("python3");
    if !output.status.success() {
        eprintln!(
            "independent JWS check refused: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        return None;
    }
    Some(serde_json::from_slice(&output.stdout).expect("payload is JSON"))
}

async fn the_pdf_is_sealed_and_its_qr_code_verifies(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token, code) = app.certified(&learner()).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = save(
        dir.path(),
        "certificate.pdf",
        &app.certificate_pdf(&id, &token).await,
    );

    let (_, text) = tool("pdftotext", &["-layout", &pdf.display().to_string(), "-"]);
    for expected in [
        "Łukasz Żółć",
        "12.04.1990",
        "Gesundheitsamt Musterstadt",
        &code,
        "§ 43",
        "nicht geprüft",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    let (_, signature) = tool("pdfsig", &[&pdf.display().to_string()]);
    assert!(signature.contains("Signature is Valid"), "{signature}");

    let qr = scan_qr(&pdf);
    let prefix = format!("{}/v/{code}#", app.address);
    assert!(qr.starts_with(&prefix), "{qr}");
    let jws = &qr[prefix.len()..];
    let claims = verify_independently(&app, dir.path(), jws)
        .await
        .expect("the JWS verifies");
    assert_eq!(claims["code"], code.as_str());
    assert_eq!(claims["gn"], "Łukasz");
    assert_eq!(claims["bd"], "1990-04-12");
    // The signature covers how identity was checked: here, not at all.
    assert_eq!(claims["id"], serde_json::json!({"method": "none"}));

    // A changed payload with the old signature fails, in the independent check and offline.
    let parts: Vec<&str> = jws.split('.').collect();
    let forged_claims = claims.to_string().replace("Łukasz", "Lukas");
    let forged = format!("{}.{}.{}", parts[0], base64_url(&forged_claims), parts[2]);
    assert!(
        verify_independently(&app, dir.path(), &forged)
            .await
            .is_none()
    );
    let (valid, out, _) = app.run(&["verify", &pdf.display().to_string()]);
    assert!(valid && out.starts_with("VALID"), "{out}");
    assert!(out.contains("identity not checked"), "{out}");
    // One byte changed in the page content breaks the seal, even with the QR data intact.
    let mut edited = std::fs::read(&pdf).expect("pdf");
    let at = edited.len() / 3;
    edited[at] ^= 0x01;
    let edited = save(dir.path(), "edited.pdf", &edited);
    let (valid, out, _) = app.run(&["verify", &edited.display().to_string()]);
    assert!(!valid && out.starts_with("INVALID"), "{out}");
    assert!(out.contains("seal"), "{out}");
    let forged_qr = save(
        dir.path(),
        "forged.txt",
        format!("{prefix}{forged}").as_bytes(),
    );
    let (valid, out, _) = app.run(&["verify", &forged_qr.display().to_string()]);
    assert!(!valid && out.starts_with("INVALID"), "{out}");
}

fn base64_url(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("page");
    let status = response.status().as_u16();
    let is_html = response
        .headers()
        .get("content-type")
        .is_some_and(|v| v.to_str().unwrap_or_default().starts_with("text/html"));
    if is_html {
        let csp = response
            .headers()
            .get("content-security-policy")
            .map(|v| v.to_str().unwrap_or_default().to_string())
            .unwrap_or_default();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
    }
    (status, response.text().await.expect("html"))
}

async fn the_verify_page_tells_every_state(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    let (status, html) = page(&app, &format!("/v/{code}")).await;
    assert_eq!(status, 200);
    // The test deployment signs with a development key: never a plain "valid".
    assert!(
        html.contains("Entwicklungsschlüssel — nicht gültig")
            && html.contains("Łukasz Żółć")
            && html.contains("lang=\"de\""),
        "{html}"
    );
    let (_, english) = page(&app, &format!("/v/{}?lang=en", code.to_lowercase())).await;
    assert!(english.contains("Development key — not valid") && english.contains("lang=\"en\""));

    let mut typo: Vec<char> = code.chars().collect();
    typo[1] = if typo[1] == '7' { '8' } else { '7' };
    let (status, html) = page(
        &app,
        &format!("/v/{}", typo.into_iter().collect::<String>()),
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("Tippfehler"));
    let unknown = belehrung::domain::CertificateCode::generate();
    let (status, html) = page(&app, &format!("/v/{unknown}")).await;
    assert_eq!(status, 404);
    assert!(html.contains("Unbekannt"));
    let (status, _) = page(&app, "/v/nonsense").await;
    assert_eq!(status, 400);
    let form = app
        .client
        .get(format!("{}/v?code={code}", app.address))
        .send()
        .await
        .expect("form");
    assert_eq!(
        form.url().path(),
        format!("/v/{code}"),
        "the form leads to the code's page"
    );
}

async fn revocation_from_the_command_line_shows_everywhere(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    let (ok, out, err) = app.run(&[
        "certificates",
        "revoke",
        &code.to_lowercase(),
        "--reason",
        "obtained_by_deception",
    ]);
    assert!(ok, "{out}{err}");
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["status"], "revoked");
    assert_eq!(lookup.body["revocation_reason"], "Durch Täuschung erlangt");
    assert_eq!(lookup.body["revocation_category"], "obtained_by_deception");
    assert!(lookup.body["revoked_at"].is_string());
    let (_, html) = page(&app, &format!("/v/{code}")).await;
    assert!(
        html.contains("Für ungültig erklärt") && html.contains("Täuschung"),
        "{html}"
    );
    let (again, _, err) = app.run(&["certificates", "revoke", &code, "--reason", "twice"]);
    assert!(!again && err.contains("already revoked"), "{err}");
}

async fn lookups_are_rate_limited_per_client(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_LOOKUP_BURST", "3"),
            ("BELEHRUNG_LOOKUP_RATE_PER_MINUTE", "120"),
        ],
    )
    .await;
    let code = belehrung::domain::CertificateCode::generate();
    for _ in 0..3 {
        assert_eq!(
            app.get(&format!("/api/v1/certificates/{code}"), None)
                .await
                .status,
            404
        );
    }
    let limited = app
        .client
        .get(format!("{}/api/v1/certificates/{code}", app.address))
        .send()
        .await
        .expect("lookup");
    assert_eq!(limited.status().as_u16(), 429);
    let retry_after: u64 = limited.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=60).contains(&retry_after));
    let body: Value = limited.json().await.expect("problem");
    assert_eq!(body["type"], "urn:belehrung:problem:rate-limited");
    assert_eq!(page(&app, &format!("/v/{code}")).await.0, 429);
    // One lookup comes back every 0.5 s.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        app.get(&format!("/api/v1/certificates/{code}"), None)
            .await
            .status,
        404
    );
}

async fn certificates_signed_before_a_key_rotation_keep_verifying(backend: Backend) {
    let app = spawn_app(backend).await;
    let published = |jwks: &Value| jwks["keys"].as_array().expect("keys").len();
    // One key per health office to begin with.
    let initial = published(&app.get("/.well-known/jwks.json", None).await.body);
    let (id, token, code) = app.certified(&learner()).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let old_pdf = save(
        dir.path(),
        "old.pdf",
        &app.certificate_pdf(&id, &token).await,
    );
    let old_qr = scan_qr(&old_pdf);

    let (ok, out, err) = app.run(&["keys", "rotate", "--tenant", "musterstadt"]);
    assert!(ok, "{out}{err}");
    let (_, listing, _) = app.run(&["keys", "list"]);
    assert_eq!(
        listing
            .lines()
            .filter(|l| l.starts_with("musterstadt"))
            .count(),
        2,
        "{listing}"
    );
    assert!(listing.contains("retired") && listing.contains("current"));

    let jwks = app.get("/.well-known/jwks.json", None).await.body;
    assert_eq!(
        published(&jwks),
        initial + 1,
        "the retired key stays published"
    );
    let old_jws = old_qr.rsplit_once('#').expect("fragment").1;
    assert!(
        verify_independently(&app, dir.path(), old_jws)
            .await
            .is_some(),
        "the old certificate still verifies online"
    );
    let saved = save(dir.path(), "saved-jwks.json", jwks.to_string().as_bytes());
    let (valid, out, _) = app.run(&[
        "verify",
        &old_pdf.display().to_string(),
        "--jwks",
        &saved.display().to_string(),
    ]);
    assert!(valid, "the old certificate still verifies offline: {out}");

    let (ok, out, err) = app.run(&[
        "certificates",
        "reissue",
        &code,
        "--out",
        &dir.path().join("new.pdf").display().to_string(),
    ]);
    assert!(ok, "{out}{err}");
    let new_qr = scan_qr(&dir.path().join("new.pdf"));
    let kid = |jws: &str| -> String {
        let header = jws.split('.').next().unwrap_or_default();
        use base64::Engine;
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(header)
            .expect("base64");
        str_of(&serde_json::from_slice::<Value>(&raw).expect("header")["kid"])
    };
    assert_ne!(
        kid(old_jws),
        kid(new_qr.rsplit_once('#').expect("fragment").1),
        "the reissue is signed with the new key"
    );
}

async fn an_uploaded_pdf_is_recognised_only_when_unchanged(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token, code) = app.certified(&learner()).await;
    let pdf = app.certificate_pdf(&id, &token).await;
    let check = |bytes: Vec<u8>| {
        let form = reqwest::multipart::Form::new().part(
            "pdf",
            reqwest::multipart::Part::bytes(bytes)
                .file_name("c.pdf")
                .mime_str("application/pdf")
                .expect("mime"),
        );
        let request = app
            .client
            .post(format!("{}/v/{code}/pdf", app.address))
            .multipart(form);
        async move {
            request
                .send()
                .await
                .expect("upload")
                .text()
                .await
                .expect("html")
        }
    };
    assert!(check(pdf.clone()).await.contains("genau so ausgestellt"));
    let mut changed = pdf;
    let middle = changed.len() / 2;
    changed[middle] ^= 0x01;
    assert!(check(changed).await.contains("NICHT ausgestellt"));
}

async fn a_name_in_arabic_script_is_printed_in_its_passport_spelling(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut arabic = learner();
    arabic["given_name"] = json!("محمد");
    arabic["family_name"] = json!("الأحمد");
    let refused = app.post("/api/v1/enrolments", None, &arabic).await;
    assert_problem(&refused, 422);
    let fields: Vec<String> = refused.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| str_of(&e["field"]))
        .collect();
    assert_eq!(fields, ["given_name_latin", "family_name_latin"]);

    arabic["given_name_latin"] = json!("Mohammed");
    arabic["family_name_latin"] = json!("Al-Ahmad");
    let (id, token, code) = app.certified(&arabic).await;
    let record = app
        .get(&format!("/api/v1/certificates/{code}"), None)
        .await
        .body;
    assert_eq!(record["holder"]["given_name"], "محمد");
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = save(dir.path(), "c.pdf", &app.certificate_pdf(&id, &token).await);
    let (_, text) = tool("pdftotext", &[&pdf.display().to_string(), "-"]);
    assert!(text.contains("Mohammed Al-Ahmad"), "{text}");
    assert!(!text.contains("محمد"));
}

/// English learners get English lines under the German ones; Leichte Sprache is German.
async fn the_second_language_is_the_learners_where_it_prints(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().expect("temp dir");
    for (language, english_expected) in [("en", true), ("de-x-ls", false)] {
        let mut body = learner();
        body["language"] = json!(language);
        let (id, token, _) = app.certified(&body).await;
        let pdf = save(
            dir.path(),
            &format!("{language}.pdf"),
            &app.certificate_pdf(&id, &token).await,
        );
        let (_, text) = tool("pdftotext", &[&pdf.display().to_string(), "-"]);
        assert!(text.contains("Bescheinigung gemäß"), "{text}");
        assert_eq!(
            text.contains("German Infection Protection Act"),
            english_expected,
            "{language}: {text}"
        );
    }
}

/// The page's script checks the QR's JWS in a real browser (headless Chromium).
async fn the_verify_page_checks_the_qr_signature_in_a_browser(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token, code) = app.certified(&learner()).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = save(dir.path(), "c.pdf", &app.certificate_pdf(&id, &token).await);
    let qr = scan_qr(&pdf);
    let (link, jws) = qr.rsplit_once('#').expect("fragment");
    let parts: Vec<&str> = jws.split('.').collect();
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        base64_url(&format!(r#"{{"code":"{code}","gn":"Mallory"}}"#)),
        parts[2]
    );

    // Genuine, but the test deployment's key is a development key.
    let genuine = browse(dir.path(), &qr);
    assert!(
        genuine.contains(
            "class=\"development\">Die Signatur stammt von einem Entwicklungsschlüssel — nicht gültig"
        ),
        "{genuine}"
    );
    let tampered = browse(dir.path(), &format!("{link}#{forged}"));
    assert!(
        tampered.contains("Die Signatur ist NICHT gültig"),
        "{tampered}"
    );

    // After the retention period the record is gone; the QR code's signed data is the
    // one word on the person left, and the page shows it once the signature holds.
    app.clock.advance(chrono::TimeDelta::days(365 * 10 + 5));
    app.run_retention();
    let deleted = browse(dir.path(), &qr);
    assert!(deleted.contains("Aufbewahrungsfrist gelöscht"), "{deleted}");
    assert!(
        deleted.contains("<dl id=\"signed-person\">")
            && deleted.contains("Łukasz Żółć")
            && deleted.contains("12.04.1990")
            // The signed data says how identity was checked: here not at all.
            && deleted.contains("nicht geprüft – gilt nur zusammen mit einem amtlichen Lichtbildausweis</dd>"),
        "{deleted}"
    );
    let forged_after = browse(dir.path(), &format!("{link}#{forged}"));
    assert!(
        forged_after.contains("<dl id=\"signed-person\" hidden=\"\">")
            && !forged_after.contains("Mallory"),
        "{forged_after}"
    );
}

/// The DOM of `url` after its scripts ran.
pub(crate) fn browse(dir: &Path, url: &str) -> String {
    let profile = tempfile::tempdir_in(dir).expect("profile dir");
    let output = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=10000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .output()
        .expect("chromium must be installed (apt-get install chromium)");
    String::from_utf8_lossy(&output.stdout).into_owned()
}
