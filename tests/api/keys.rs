//! Signing keys: private files, development keys made on start, imports from PEM and
//! PKCS#12 (made here with OpenSSL, as a Land's PKI would hand them over).

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use crate::helpers::{Backend, TestApp, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    development_keys_are_made_on_start_and_kept_private,
    imported_keys_sign_without_the_development_mark
);

fn openssl(dir: &Path, args: &[&str]) {
    let status = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .status()
        .expect("openssl must be installed");
    assert!(status.success(), "openssl {args:?}");
}

async fn pdf_text(app: &TestApp) -> String {
    let (id, token, _) = app.certified(&learner()).await;
    let pdf = app.certificate_pdf(&id, &token).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("c.pdf");
    std::fs::write(&path, pdf).expect("write");
    let signature = Command::new("pdfsig").arg(&path).output().expect("pdfsig");
    assert!(String::from_utf8_lossy(&signature.stdout).contains("Signature is Valid"));
    crate::helpers::pdf_text_of(&path)
}

async fn development_keys_are_made_on_start_and_kept_private(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = app.data_dir.join("keys/musterstadt");
    let keys: Vec<_> = std::fs::read_dir(&dir)
        .expect("key dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".key.pem"))
        .collect();
    assert_eq!(keys.len(), 1);
    assert_eq!(
        std::fs::metadata(&keys[0])
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777,
        0o600
    );

    let jwks = app.get("/.well-known/jwks.json", None).await.body;
    let key = &jwks["keys"][0];
    assert_eq!(
        (
            key["kty"].as_str(),
            key["crv"].as_str(),
            key["use"].as_str()
        ),
        (Some("EC"), Some("P-256"), Some("sig"))
    );
    assert!(
        key["x5c"][0].is_string() && key.get("d").is_none(),
        "never the private part: {key}"
    );

    let (again, _, err) = app.run(&["keys", "generate", "--tenant", "musterstadt"]);
    assert!(!again && err.contains("keys rotate"), "{err}");
    let (unknown, _, err) = app.run(&["keys", "generate", "--tenant", "atlantis"]);
    assert!(!unknown && err.contains("atlantis"), "{err}");
    assert!(
        pdf_text(&app).await.contains("NICHT GÜLTIG"),
        "a development key marks the certificate"
    );
}

async fn imported_keys_sign_without_the_development_mark(backend: Backend) {
    let app = spawn_app(backend).await;
    let published = |jwks: &serde_json::Value| jwks["keys"].as_array().expect("keys").len();
    // One key per health office to begin with.
    let initial = published(&app.get("/.well-known/jwks.json", None).await.body);
    let pki = tempfile::tempdir().expect("temp dir");
    openssl(
        pki.path(),
        &[
            "ecparam",
            "-name",
            "prime256v1",
            "-genkey",
            "-noout",
            "-out",
            "key.pem",
        ],
    );
    openssl(
        pki.path(),
        &[
            "req",
            "-new",
            "-x509",
            "-key",
            "key.pem",
            "-subj",
            "/CN=Gesundheitsamt Musterstadt/O=Musterland",
            "-days",
            "365",
            "-out",
            "cert.pem",
        ],
    );
    let path = |name: &str| pki.path().join(name).display().to_string();

    let (ok, out, err) = app.run(&[
        "keys",
        "import",
        "--tenant",
        "musterstadt",
        "--key",
        &path("key.pem"),
        "--cert",
        &path("cert.pem"),
    ]);
    assert!(ok, "{out}{err}");
    let (_, listing, _) = app.run(&["keys", "list"]);
    assert!(
        listing
            .lines()
            .any(|l| l.contains("current") && l.contains("imported")),
        "{listing}"
    );
    assert!(
        listing
            .lines()
            .any(|l| l.contains("retired") && l.contains("development")),
        "{listing}"
    );
    let text = pdf_text(&app).await;
    assert!(
        !text.contains("NICHT GÜLTIG") && text.contains("Gesundheitsamt Musterstadt"),
        "{text}"
    );
    // Its verify page: the office with its Land and logo, and until when the certificate
    // may be shown for a first start of the work.
    let (_, _, code) = app.certified(&learner()).await;
    let fetch = |path: String| {
        let request = app.client.get(format!("{}{path}", app.address)).send();
        async move { request.await.expect("page") }
    };
    let page = fetch(format!("/v/{code}"))
        .await
        .text()
        .await
        .expect("page");
    let until = belehrung::clock::Clock::now(&*app.clock)
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive()
        .checked_add_months(chrono::Months::new(3))
        .expect("a date")
        .format("%d.%m.%Y")
        .to_string();
    assert!(
        page.contains(&format!(
            "Gültig für die erstmalige Aufnahme einer Tätigkeit bis {until}, danach unbefristet gültig."
        )) && page.contains("Nordrhein-Westfalen")
            && page.contains("src=\"/logo/musterstadt.png\""),
        "{page}"
    );
    let logo = fetch("/logo/musterstadt.png".into()).await;
    assert_eq!(logo.headers()["content-type"], "image/png");
    assert!(logo.bytes().await.expect("png").starts_with(b"\x89PNG"));
    assert_eq!(fetch("/logo/beispielstadt.png".into()).await.status(), 404);

    // A key that does not belong to the certificate is refused.
    openssl(
        pki.path(),
        &[
            "ecparam",
            "-name",
            "prime256v1",
            "-genkey",
            "-noout",
            "-out",
            "other.pem",
        ],
    );
    let (mismatch, _, err) = app.run(&[
        "keys",
        "import",
        "--tenant",
        "musterstadt",
        "--key",
        &path("other.pem"),
        "--cert",
        &path("cert.pem"),
    ]);
    assert!(
        !mismatch && err.contains("not for this private key"),
        "{err}"
    );

    // The same office key as PKCS#12, with its password from the environment.
    openssl(
        pki.path(),
        &[
            "req",
            "-new",
            "-x509",
            "-key",
            "other.pem",
            "-subj",
            "/CN=Gesundheitsamt Musterstadt 2027",
            "-days",
            "365",
            "-out",
            "other-cert.pem",
        ],
    );
    openssl(
        pki.path(),
        &[
            "pkcs12",
            "-export",
            "-inkey",
            "other.pem",
            "-in",
            "other-cert.pem",
            "-out",
            "office.p12",
            "-passout",
            "pass:geheim",
        ],
    );
    let output = app
        .command()
        .args([
            "keys",
            "import",
            "--tenant",
            "musterstadt",
            "--pkcs12",
            &path("office.p12"),
            "--password-env",
            "OFFICE_P12_PASSWORD",
        ])
        .env("OFFICE_P12_PASSWORD", "geheim")
        .output()
        .expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let wrong = app
        .command()
        .args([
            "keys",
            "import",
            "--tenant",
            "musterstadt",
            "--pkcs12",
            &path("office.p12"),
            "--password-env",
            "OFFICE_P12_PASSWORD",
        ])
        .env("OFFICE_P12_PASSWORD", "falsch")
        .output()
        .expect("run");
    assert!(!wrong.status.success());
    assert_eq!(
        published(&app.get("/.well-known/jwks.json", None).await.body),
        initial + 2,
        "both imported keys published, the development key retired but kept"
    );
}
