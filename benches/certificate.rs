//! Render + sign + seal of one certificate, and its parts, measured side by side.

use std::path::Path;

use belehrung::certificate::claims::{CertificateClaims, qr_payload};
use belehrung::certificate::self_signed::self_signed_identity;
use belehrung::certificate::{CertificateAssets, CertificateDocument, Issuer, jws, render, seal};
use criterion::{Criterion, criterion_group, criterion_main};

fn document(assets: &CertificateAssets, jws: &str) -> CertificateDocument {
    CertificateDocument {
        code: "7K3M-9QXD-4RTW-2B8F".into(),
        holder_name: "Nguyễn Thị Minh Khai".into(),
        birth_date: "12.04.1990".into(),
        instructed_at: "23.11.2026, 10:14 Uhr".into(),
        instructed_on: "12.03.2025".into(),
        issued_at: "12.03.2025".into(),
        representative: None,
        declaration_de: Some(
            "Ich, Łukasz Żółć, geboren am 01.02.1990, erkläre: Ich wurde über die Tätigkeitsverbote nach § 42 Absatz 1 des Infektionsschutzgesetzes (IfSG) und über die Verpflichtungen nach § 43 Absatz 2, 4 und 5 IfSG belehrt. Mir sind keine Tatsachen für ein Tätigkeitsverbot bei mir bekannt.".into(),
        ),
        issuer: Issuer {
            name: "Gesundheitsamt Musterstadt (Beispiel)".into(),
            street: "Musterstraße 1".into(),
            postcode_city: "99999 Musterstadt".into(),
            contact: "belehrung@musterstadt.example".into(),
            logo: None,
        },
        primary: assets.texts("de").cloned().expect("German texts"),
        secondary: assets.texts("en").cloned(),
        qr_payload: qr_payload("https://belehrung.example", "7K3M-9QXD-4RTW-2B8F", jws),
        verify_url: "https://belehrung.example/v/".into(),
        development_key: true,
        identity: belehrung::domain::IdentityCheck::None,
    }
}

fn certificate(c: &mut Criterion) {
    let assets =
        CertificateAssets::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("certificates"))
            .expect("assets");
    let identity = self_signed_identity("musterstadt", "Gesundheitsamt Musterstadt").expect("key");
    let claims = CertificateClaims {
        code: "7K3M-9QXD-4RTW-2B8F".into(),
        iss: "musterstadt".into(),
        gn: "Nguyễn Thị Minh".into(),
        family: "Khai".into(),
        bd: "1990-04-12".into(),
        at: 1_795_000_000,
        gd: None,
        id: belehrung::domain::IdentityCheck::None,
    };
    let token = jws::sign(&identity.signing_key, &identity.kid, &claims.to_json());
    let doc = document(&assets, &token);
    let rendered = render(&doc, &assets).expect("render");
    let now = chrono::Utc::now();

    let mut group = c.benchmark_group("certificate");
    group.sample_size(30);
    group.bench_function("jws_sign", |b| {
        b.iter(|| jws::sign(&identity.signing_key, &identity.kid, &claims.to_json()))
    });
    group.bench_function("render", |b| {
        b.iter(|| render(&doc, &assets).expect("render"))
    });
    group.bench_function("seal", |b| {
        b.iter(|| seal(&rendered, &identity, now).expect("seal"))
    });
    group.bench_function("render_sign_seal", |b| {
        b.iter(|| {
            let token = jws::sign(&identity.signing_key, &identity.kid, &claims.to_json());
            let pdf = render(&document(&assets, &token), &assets).expect("render");
            seal(&pdf, &identity, now).expect("seal")
        })
    });
    group.finish();
}

criterion_group!(benches, certificate);
criterion_main!(benches);
