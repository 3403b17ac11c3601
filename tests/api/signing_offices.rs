//! A key vouches only for its own office: the key set says which office owns each key,
//! and a certificate signed with another office's key is refused offline (the verify
//! command, for a QR text and for a PDF). A development key's certificate never reads
//! as valid without saying so: on the command line, in the lookup and on the page.

use std::path::{Path, PathBuf};
use std::process::Command;

use belehrung::certificate::claims::{CertificateClaims, qr_payload};
use belehrung::certificate::keystore::KeyStore;
use belehrung::certificate::{
    CertificateAssets, CertificateDocument, Issuer, SigningIdentity, jws, render, seal,
};
use serde_json::Value;

use crate::certificate_documents::browse;
use crate::helpers::{Backend, TestApp, certificates_dir, learner, spawn_app, str_of};
use crate::on_both_backends;

on_both_backends!(
    a_key_of_another_office_verifies_nothing_offline,
    a_development_key_never_reads_as_plain_valid,
    the_verify_pages_script_accepts_only_the_named_offices_key,
);

fn save(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write file");
    path
}

fn current_key(app: &TestApp, tenant: &str) -> std::sync::Arc<SigningIdentity> {
    KeyStore::new(&app.data_dir)
        .current(tenant)
        .expect("key store")
        .expect("the office has a key")
}

/// The claims of `code` as the named office would sign them.
fn claims(app_code: &str, office: &str) -> CertificateClaims {
    CertificateClaims {
        code: app_code.to_string(),
        iss: office.to_string(),
        gn: "Łukasz".into(),
        family: "Żółć".into(),
        bd: "1990-04-12".into(),
        at: 1_795_424_400,
        gd: None,
        id: belehrung::domain::IdentityCheck::None,
    }
}

/// A certificate PDF with `qr` as its QR payload, sealed by `sealer`.
fn sealed_pdf(code: &str, qr: String, sealer: &SigningIdentity) -> Vec<u8> {
    let assets = CertificateAssets::load(&certificates_dir()).expect("assets");
    let document = CertificateDocument {
        code: code.to_string(),
        holder_name: "Łukasz Żółć".into(),
        birth_date: "12.04.1990".into(),
        instructed_at: "23.11.2026, 10:00 Uhr".into(),
        instructed_on: "23.11.2026".into(),
        issued_at: "23.11.2026".into(),
        representative: None,
        declaration_de: None,
        issuer: Issuer {
            name: "Gesundheitsamt Musterstadt".into(),
            street: "Am Markt 1".into(),
            postcode_city: "12345 Musterstadt".into(),
            contact: "gesundheitsamt@musterstadt.example".into(),
            logo: None,
        },
        primary: assets.texts("de").expect("de").clone(),
        secondary: None,
        qr_payload: qr,
        verify_url: "http://localhost/v/".into(),
        development_key: false,
        identity: belehrung::domain::IdentityCheck::None,
    };
    let rendered = render(&document, &assets).expect("render");
    seal(&rendered, sealer, chrono::Utc::now()).expect("seal")
}

fn openssl(dir: &Path, args: &[&str]) {
    let status = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .status()
        .expect("openssl must be installed");
    assert!(status.success(), "openssl {args:?}");
}

async fn a_key_of_another_office_verifies_nothing_offline(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    let dir = tempfile::tempdir().expect("temp dir");

    // The key set names each key's office and certificate subject.
    let jwks = app.get("/.well-known/jwks.json", None).await.body;
    let keys = jwks["keys"].as_array().expect("keys");
    let owners: Vec<&str> = keys.iter().filter_map(|k| k["tenant"].as_str()).collect();
    assert_eq!(
        owners.len(),
        keys.len(),
        "every key names its office: {jwks}"
    );
    assert!(owners.contains(&"musterstadt") && owners.contains(&"beispielstadt"));
    for key in keys {
        assert!(key["subject"].as_str().is_some_and(|s| s.contains("CN=")));
        assert_eq!(key["development"], true, "made on start: {key}");
    }
    let saved = save(dir.path(), "jwks.json", jwks.to_string().as_bytes());

    let own = current_key(&app, "musterstadt");
    let other = current_key(&app, "beispielstadt");
    let payload = claims(&code, "musterstadt").to_json();
    let forged = jws::sign(&other.signing_key, &other.kid, &payload);
    let genuine = jws::sign(&own.signing_key, &own.kid, &payload);

    // A QR text: another office's key claiming this office is refused, with the key
    // set of this installation and with a saved copy of the published one.
    let forged_qr = save(
        dir.path(),
        "forged.txt",
        qr_payload(&app.address, &code, &forged).as_bytes(),
    );
    for extra in [vec![], vec!["--jwks", saved.to_str().expect("path")]] {
        let mut args = vec!["verify", forged_qr.to_str().expect("path")];
        args.extend(extra);
        let (ok, out, _) = app.run(&args);
        assert!(!ok && out.starts_with("INVALID"), "{out}");
        assert!(
            out.contains("beispielstadt") && out.contains("musterstadt"),
            "{out}"
        );
    }
    let genuine_qr = save(
        dir.path(),
        "genuine.txt",
        qr_payload(&app.address, &code, &genuine).as_bytes(),
    );
    let (ok, out, _) = app.run(&["verify", genuine_qr.to_str().expect("path")]);
    assert!(ok, "{out}");
    assert!(
        out.starts_with("VALID (DEVELOPMENT KEY — NOT VALID)")
            && out.contains("development key — not valid"),
        "{out}"
    );

    // A PDF: sealed and signed by another office's key, or sealed by it around this
    // office's genuine QR code.
    for (name, qr, sealer) in [
        ("foreign.pdf", &forged, &other),
        ("foreign-seal.pdf", &genuine, &other),
    ] {
        let pdf = sealed_pdf(&code, qr_payload(&app.address, &code, qr), sealer);
        let path = save(dir.path(), name, &pdf);
        let (ok, out, _) = app.run(&["verify", path.to_str().expect("path")]);
        assert!(!ok && out.starts_with("INVALID"), "{name}: {out}");
    }
    let pdf = sealed_pdf(&code, qr_payload(&app.address, &code, &genuine), &own);
    let path = save(dir.path(), "own.pdf", &pdf);
    let (ok, out, _) = app.run(&["verify", path.to_str().expect("path")]);
    assert!(ok && out.contains("DEVELOPMENT KEY — NOT VALID"), "{out}");

    // A key set that does not say which office owns a key proves nothing.
    let mut anonymous = jwks.clone();
    for key in anonymous["keys"].as_array_mut().expect("keys") {
        key.as_object_mut().expect("key").remove("tenant");
    }
    let anonymous = save(
        dir.path(),
        "old-jwks.json",
        anonymous.to_string().as_bytes(),
    );
    let (ok, out, _) = app.run(&[
        "verify",
        genuine_qr.to_str().expect("path"),
        "--jwks",
        anonymous.to_str().expect("path"),
    ]);
    assert!(
        !ok && out.starts_with("INVALID") && out.contains("which health office"),
        "{out}"
    );
}

async fn page_text(app: &TestApp, path: &str) -> String {
    app.client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html")
}

async fn a_development_key_never_reads_as_plain_valid(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token, code) = app.certified(&learner()).await;
    let (test_id, test_token) = (id.clone(), token.clone());
    let (status, _) = app
        .bytes(
            &format!("/api/v1/enrolments/{id}/certificate.pdf"),
            Some(&token),
        )
        .await;
    assert_eq!(status, 200);
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["status"], "valid");
    assert_eq!(lookup.body["development_key"], true, "{}", lookup.body);
    let html = page_text(&app, &format!("/v/{code}")).await;
    assert!(
        html.contains("Entwicklungsschlüssel — nicht gültig")
            && html.contains("result development")
            && !html.contains("Gültig: Diese Bescheinigung"),
        "{html}"
    );
    assert!(html.contains("data-tenant=\"musterstadt\""), "{html}");
    let english = page_text(&app, &format!("/v/{code}?lang=en")).await;
    assert!(english.contains("Development key — not valid"), "{english}");

    // The office imports its real key: new certificates read as valid, the one sealed
    // with the development key keeps its warning.
    let pki = tempfile::tempdir().expect("temp dir");
    openssl(
        pki.path(),
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "365",
            "-subj",
            "/CN=Gesundheitsamt Musterstadt/O=Musterland",
            "-keyout",
            "key.pem",
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
    let jwks = app.get("/.well-known/jwks.json", None).await.body;
    let imported: Vec<&Value> = jwks["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .filter(|k| k["tenant"] == "musterstadt" && k["development"] == false)
        .collect();
    assert_eq!(imported.len(), 1, "{jwks}");
    assert!(
        str_of(&imported[0]["subject"]).contains("CN=Gesundheitsamt Musterstadt"),
        "{jwks}"
    );

    let mut second = learner();
    second["given_name"] = "Anna".into();
    let (id, token, new_code) = app.certified(&second).await;
    let (status, pdf) = app
        .bytes(
            &format!("/api/v1/enrolments/{id}/certificate.pdf"),
            Some(&token),
        )
        .await;
    assert_eq!(status, 200);
    let lookup = app
        .get(&format!("/api/v1/certificates/{new_code}"), None)
        .await;
    assert_eq!(lookup.body["development_key"], false, "{}", lookup.body);
    let html = page_text(&app, &format!("/v/{new_code}")).await;
    assert!(
        html.contains("Gültig: Diese Bescheinigung") && !html.contains("result development"),
        "{html}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let saved = save(dir.path(), "real.pdf", &pdf);
    let (ok, out, _) = app.run(&["verify", saved.to_str().expect("path")]);
    assert!(ok && out.starts_with("VALID: "), "{out}");
    assert!(!out.contains("DEVELOPMENT"), "{out}");

    let old = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(
        old.body["development_key"], true,
        "sealed with the development key: {}",
        old.body
    );
    // And no new file for it: the real key would vouch for a test certificate.
    let refused = app
        .get(
            &format!("/api/v1/enrolments/{test_id}/certificate.pdf"),
            Some(&test_token),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        refused.body["type"],
        "urn:belehrung:problem:development-certificate"
    );
    let target = dir.path().join("again.pdf");
    let (ok, out, err) = app.run(&[
        "certificates",
        "reissue",
        &code,
        "--out",
        target.to_str().expect("path"),
    ]);
    assert!(!ok && !target.exists(), "{out}{err}");
    assert!(err.contains("development key"), "{err}");
}

/// The verify page's script, in Chromium: a QR code signed with another office's key is
/// refused, whichever office it claims; the own office's development key is genuine but
/// "not valid"; its real key is valid.
async fn the_verify_pages_script_accepts_only_the_named_offices_key(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let own = current_key(&app, "musterstadt");
    let other = current_key(&app, "beispielstadt");
    let link = |jws: &str| qr_payload(&app.address, &code, jws);
    let signature = |html: &str| {
        let start = html
            .find("id=\"signature-result\"")
            .expect("signature result");
        html[start..]
            .split("</p>")
            .next()
            .unwrap_or_default()
            .to_string()
    };

    let foreign = jws::sign(
        &other.signing_key,
        &other.kid,
        &claims(&code, "musterstadt").to_json(),
    );
    let shown = signature(&browse(dir.path(), &link(&foreign)));
    assert!(
        shown.contains("NICHT gültig") && shown.contains("invalid"),
        "{shown}"
    );
    // Claiming its own office does not help: the page shows a Musterstadt certificate.
    let own_claims = jws::sign(
        &other.signing_key,
        &other.kid,
        &claims(&code, "beispielstadt").to_json(),
    );
    let shown = signature(&browse(dir.path(), &link(&own_claims)));
    assert!(shown.contains("NICHT gültig"), "{shown}");

    let genuine = jws::sign(
        &own.signing_key,
        &own.kid,
        &claims(&code, "musterstadt").to_json(),
    );
    let shown = signature(&browse(dir.path(), &link(&genuine)));
    assert!(
        shown.contains("Entwicklungsschlüssel — nicht gültig") && shown.contains("development"),
        "{shown}"
    );

    let pki = tempfile::tempdir().expect("temp dir");
    openssl(
        pki.path(),
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "365",
            "-subj",
            "/CN=Gesundheitsamt Musterstadt",
            "-keyout",
            "key.pem",
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
    let real = current_key(&app, "musterstadt");
    let signed = jws::sign(
        &real.signing_key,
        &real.kid,
        &claims(&code, "musterstadt").to_json(),
    );
    let shown = signature(&browse(dir.path(), &link(&signed)));
    assert!(shown.contains("Die Signatur ist echt"), "{shown}");
}
