//! The certificate PDF and its seal, checked with the tools a recipient would use:
//! poppler (`pdftotext`, `pdffonts`, `pdftoppm`, `pdfsig`), zbar (`zbarimg`) and pyHanko.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use belehrung::certificate::{
    CertificateAssets, CertificateDocument, Issuer, SigningIdentity, pdf_payload, render,
    renders_correctly, seal, self_signed_identity,
};
use belehrung::domain::{IdentityCheck, RepresentativeRole};
use chrono::Utc;
use der::{Decode, EncodePem};
use p256::ecdsa::signature::Signer;

const NAMES: [&str; 5] = [
    "Łukasz Żółć",
    "Nguyễn Thị Minh Khai",
    "Şükrü Öztürk",
    "Ελένη",
    "Дмитрий",
];
const OFFICE: &str = "Gesundheitsamt Musterstadt";

fn assets() -> &'static CertificateAssets {
    static ASSETS: OnceLock<CertificateAssets> = OnceLock::new();
    ASSETS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("certificates");
        CertificateAssets::load(&dir).expect("certificates/ loads")
    })
}

fn identity() -> &'static SigningIdentity {
    static IDENTITY: OnceLock<SigningIdentity> = OnceLock::new();
    IDENTITY.get_or_init(|| {
        self_signed_identity("musterstadt", "Gesundheitsamt Musterstadt (Entwicklung)")
            .expect("identity")
    })
}

/// A compact JWS of realistic size, so that the QR code has its real density.
fn qr_payload(code: &str, name: &str) -> String {
    let id = identity();
    let header = format!(r#"{{"alg":"ES256","kid":"{}"}}"#, id.kid);
    let claims = serde_json::json!({
        "code": code, "iss": "musterstadt", "gn": name, "fn": name,
        "bd": "1990-02-01", "at": 1_741_786_200, "gd": "Maria Musterfrau",
    });
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let signature: p256::ecdsa::Signature = id.signing_key.sign(input.as_bytes());
    let jws = format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()));
    format!("https://belehrung.example/v/{code}#{jws}")
}

/// The German declaration as stored, its longest variant (a representative's).
const DECLARATION_DE: &str = "Ich, Anna-Katharina Wilhelmine von Hohenzollern-Sigmaringen, erkläre als rechtliche Betreuerin oder rechtlicher Betreuer von {name}, geboren am 01.02.1990: {name} wurde über die Tätigkeitsverbote nach § 42 Absatz 1 des Infektionsschutzgesetzes (IfSG) und über die Verpflichtungen nach § 43 Absatz 2, 4 und 5 IfSG belehrt. Mir sind keine Tatsachen für ein Tätigkeitsverbot bei {name} bekannt. Mir ist bekannt, dass ich nach § 43 Absatz 6 IfSG verpflichtet bin, Gründe für ein Tätigkeitsverbot, die bei {name} auftreten, unverzüglich dem Arbeitgeber mitzuteilen.";

struct Options {
    english: bool,
    guardian: Option<&'static str>,
    development: bool,
    identity: IdentityCheck,
}

fn document(name: &str, options: &Options) -> CertificateDocument {
    let code = "7QKD-M2XA-9FHT-R4W1";
    CertificateDocument {
        code: code.into(),
        holder_name: name.into(),
        birth_date: "01.02.1990".into(),
        instructed_at: "12.03.2025, 14:30 Uhr".into(),
        instructed_on: "12.03.2025".into(),
        issued_at: "12.03.2025".into(),
        representative: options
            .guardian
            .map(|g| (g.to_string(), Some(RepresentativeRole::Guardian))),
        declaration_de: Some(DECLARATION_DE.replace("{name}", name)),
        issuer: Issuer {
            name: OFFICE.into(),
            street: "Am Markt 1".into(),
            postcode_city: "12345 Musterstadt".into(),
            contact: "gesundheitsamt@musterstadt.example · 0123 456789".into(),
            logo: None,
        },
        primary: assets().texts("de").expect("de").clone(),
        secondary: options
            .english
            .then(|| assets().texts("en").expect("en").clone()),
        qr_payload: qr_payload(code, name),
        verify_url: "https://belehrung.example/v/".into(),
        development_key: options.development,
        identity: options.identity,
    }
}

/// Runs a tool; a missing tool fails the test with what to install.
fn run(program: &str, args: &[&str], install: &str) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} ({e}): {install}"))
}

const POPPLER: &str = "install poppler-utils";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn text_of(pdf: &Path) -> String {
    let out = run("pdftotext", &["-layout", path(pdf), "-"], POPPLER);
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Whitespace-insensitive: wrapped lines are joined.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_has(text: &str, needle: &str) {
    assert!(
        squash(text).contains(&squash(needle)),
        "{needle:?} not in:\n{text}"
    );
}

#[test]
fn every_field_of_every_name_is_in_the_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let de = assets().texts("de").expect("de");
    let en = assets().texts("en").expect("en");
    for (i, name) in NAMES.iter().enumerate() {
        let options = Options {
            english: i % 2 == 0,
            guardian: (i == 1).then_some("Hồ Thị Lan"),
            development: i == 2,
            // The longest check's words on every other name, none on the rest.
            identity: if i % 2 == 1 {
                IdentityCheck::Staff {
                    checked_on: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).expect("day"),
                }
            } else {
                IdentityCheck::None
            },
        };
        let doc = document(name, &options);
        let pdf = render(&doc, assets()).expect("render");
        let text = text_of(&write(dir.path(), "c.pdf", &pdf));
        for field in [
            *name,
            "01.02.1990",
            "12.03.2025, 14:30 Uhr",
            OFFICE,
            &de.title,
            &de.statement.replace("{date}", "12.03.2025"),
            &de.legal_basis,
            &de.three_months,
            &de.sealed,
            &de.issued_at,
            "7QKD-M2XA-9FHT-R4W1",
            "Prüfen: QR-Code scannen oder Code eingeben unter https://belehrung.example/v/",
        ] {
            assert_has(&text, field);
        }
        if options.english {
            for field in [
                &en.title,
                &en.statement.replace("{date}", "12.03.2025"),
                &en.three_months,
                &en.authoritative,
            ] {
                assert_has(&text, field);
            }
        } else {
            assert!(
                !text.contains(&en.three_months),
                "no English without a second language"
            );
        }
        match options.guardian {
            Some(guardian) => assert_has(
                &text,
                &de.declared_by
                    .replace("{name}", guardian)
                    .replace("{role}", &de.role_guardian),
            ),
            None => assert_has(&text, &de.declared),
        }
        assert_has(&text, &de.declaration_heading);
        assert_has(&text, &de.identity_line(options.identity));
        if options.english {
            assert_has(&text, &en.identity_line(options.identity));
        }
        if options.development {
            assert_has(&text, &de.development_mark);
        } else {
            assert!(!text.contains(&de.development_mark));
        }
    }
}

#[test]
fn fonts_are_embedded_as_subsets_and_the_file_is_small() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options {
        english: true,
        guardian: Some("Maria Musterfrau"),
        development: true,
        identity: IdentityCheck::None,
    };
    let pdf = render(&document(&NAMES.join(" "), &options), assets()).expect("render");
    assert!(pdf.len() < 80_000, "{} bytes", pdf.len());
    let file = write(dir.path(), "c.pdf", &pdf);
    let out = run("pdffonts", &[path(&file)], POPPLER);
    let listing = String::from_utf8_lossy(&out.stdout);
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert_eq!(fonts.len(), 2, "{listing}");
    for font in fonts {
        let columns: Vec<&str> = font.split_whitespace().collect();
        // name type encoding emb sub uni object ID
        assert!(columns[0].contains("+DejaVuSans"), "{listing}");
        let flags = &columns[columns.len() - 5..columns.len() - 2];
        assert_eq!(
            flags,
            ["yes", "yes", "yes"],
            "embedded, subset, ToUnicode:\n{listing}"
        );
    }
}

#[test]
fn the_same_input_gives_the_same_pdf() {
    let options = Options {
        english: true,
        guardian: None,
        development: false,
        identity: IdentityCheck::None,
    };
    let doc = document(NAMES[0], &options);
    let first = render(&doc, assets()).expect("render");
    assert_eq!(first, render(&doc, assets()).expect("render again"));
    assert_eq!(
        pdf_payload(&first).as_deref(),
        Some(doc.qr_payload.as_str())
    );
}

#[test]
fn the_qr_code_decodes_to_the_payload() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options {
        english: true,
        guardian: Some("Maria Musterfrau"),
        development: true,
        identity: IdentityCheck::None,
    };
    let doc = document(NAMES[1], &options);
    let file = write(
        dir.path(),
        "c.pdf",
        &render(&doc, assets()).expect("render"),
    );
    let prefix = dir.path().join("page");
    let out = run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-singlefile",
            path(&file),
            path(&prefix),
        ],
        POPPLER,
    );
    assert!(out.status.success(), "pdftoppm failed");
    let png = dir.path().join("page.png");
    let out = run(
        "zbarimg",
        &["--raw", "-q", path(&png)],
        "install zbar-tools",
    );
    assert!(out.status.success(), "zbarimg found no code");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        doc.qr_payload
    );
}

#[test]
fn the_seal_is_valid_until_a_byte_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options {
        english: false,
        guardian: None,
        development: true,
        identity: IdentityCheck::None,
    };
    let doc = document(NAMES[2], &options);
    let sealed = seal(
        &render(&doc, assets()).expect("render"),
        identity(),
        Utc::now(),
    )
    .expect("seal");
    assert_eq!(
        pdf_payload(&sealed).as_deref(),
        Some(doc.qr_payload.as_str())
    );
    let file = write(dir.path(), "sealed.pdf", &sealed);

    let out = run("pdfsig", &[path(&file)], POPPLER);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("Signature Validation: Signature is Valid."),
        "{report}"
    );
    assert!(report.contains("Total document signed"), "{report}");
    assert_has(&text_of(&file), NAMES[2]);

    // One byte inside the signed range: the producer's name in the document information.
    let mut tampered = sealed.clone();
    let at = find(&tampered, b"belehrung 0.").expect("producer") + 1;
    tampered[at] ^= 0x01;
    let file = write(dir.path(), "tampered.pdf", &tampered);
    let out = run("pdfsig", &[path(&file)], POPPLER);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("Signature Validation:"), "{report}");
    assert!(!report.contains("Signature is Valid."), "{report}");
}

#[test]
fn pyhanko_finds_the_seal_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options {
        english: true,
        guardian: Some("Maria Musterfrau"),
        development: true,
        identity: IdentityCheck::None,
    };
    let pdf = render(&document(NAMES[3], &options), assets()).expect("render");
    let file = write(
        dir.path(),
        "sealed.pdf",
        &seal(&pdf, identity(), Utc::now()).expect("seal"),
    );
    let certificate = x509_cert::Certificate::from_der(&identity().certificate_der).expect("cert");
    let pem = certificate.to_pem(der::pem::LineEnding::LF).expect("pem");
    let trust = write(dir.path(), "trust.pem", pem.as_bytes());
    let out = run(
        "pyhanko",
        &[
            "sign",
            "validate",
            "--pretty-print",
            "--trust-replace",
            "--trust",
            path(&trust),
            path(&file),
        ],
        "pip install pyhanko pyhanko-cli",
    );
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{report}");
    assert!(
        report.contains("The signature is cryptographically sound."),
        "{report}"
    );
    assert!(
        report.contains("The signer's certificate is trusted."),
        "{report}"
    );
    assert!(
        report.contains("The signature covers the entire file."),
        "{report}"
    );
}

#[test]
fn the_longest_texts_fit_and_the_logo_is_embedded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let logo = write(dir.path(), "logo.png", &rgba_png(90, 40));
    let options = Options {
        english: true,
        guardian: Some("Anna-Katharina Wilhelmine von Hohenzollern-Sigmaringen"),
        development: true,
        identity: IdentityCheck::None,
    };
    // Long names are set smaller to stay on one line.
    let name = "Maximiliane Friederike Łukasz-Żółć Nguyễn Thị Minh Khai";
    let mut doc = document(name, &options);
    doc.issuer.name =
        "Gesundheitsamt des Landkreises Mecklenburgische Seenplatte, Fachdienst Gesundheit".into();
    doc.issuer.logo = Some(logo);
    let file = write(
        dir.path(),
        "c.pdf",
        &render(&doc, assets()).expect("render"),
    );
    let text = text_of(&file);
    for field in [name, "01.02.1990", &doc.issuer.name, "7QKD-M2XA-9FHT-R4W1"] {
        assert_has(&text, field);
    }
    let out = run("pdfimages", &["-list", path(&file)], POPPLER);
    let listing = String::from_utf8_lossy(&out.stdout);
    // The colour image and its alpha channel as soft mask.
    let sizes: Vec<(&str, &str, &str)> = listing
        .lines()
        .skip(2)
        .filter_map(|line| {
            let c: Vec<&str> = line.split_whitespace().collect();
            Some((*c.get(2)?, *c.get(3)?, *c.get(4)?))
        })
        .collect();
    assert_eq!(
        sizes,
        [("image", "90", "40"), ("smask", "90", "40")],
        "{listing}"
    );
}

#[test]
fn the_assets_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<CertificateAssets>();
}

#[test]
fn scripts_that_need_shaping_are_recognised() {
    for name in NAMES {
        assert!(renders_correctly(name), "{name}");
        assert!(assets().can_render(name), "{name}");
    }
    assert!(!renders_correctly("محمد"));
    assert!(!assets().can_render("محمد"));
}

/// A PNG with an alpha channel: deflate "stored" blocks need no compressor.
fn rgba_png(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..height {
        raw.push(0); // filter: none
        for x in 0..width {
            let inside = x < width / 2 || y < height / 2;
            raw.extend_from_slice(&[29, 79, 145, if inside { 255 } else { 0 }]);
        }
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    let (a, b) = raw.iter().fold((1u32, 0u32), |(a, b), &byte| {
        let a = (a + u32::from(byte)) % 65_521;
        (a, (b + a) % 65_521)
    });
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut header = Vec::new();
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(b"IHDR", header), (b"IDAT", zlib), (b"IEND", Vec::new())] {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = png.len();
        png.extend_from_slice(kind);
        png.extend_from_slice(&data);
        let crc = crc32(&png[start..]);
        png.extend_from_slice(&crc.to_be_bytes());
    }
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &byte| {
        (0..8).fold(crc ^ u32::from(byte), |c, _| {
            if c & 1 == 1 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            }
        })
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn the_longest_declaration_still_gives_a_certificate() {
    // Names at their limit (100 characters each part), a carer's declaration that names
    // the holder four times, and one of the longest second languages: the page leaves
    // out the cited wording rather than fail, and keeps everything else.
    let dir = tempfile::tempdir().expect("tempdir");
    let part = |stem: &str| format!("{stem}{}", "a".repeat(100 - stem.len()));
    let holder = format!("{} {}", part("Maximiliane"), part("Hohenzollern"));
    let carer = format!("{} {}", part("Anna"), part("Berg"));
    let options = Options {
        english: false,
        guardian: None,
        development: true,
        // The longest words for the identity check.
        identity: IdentityCheck::Staff {
            checked_on: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).expect("day"),
        },
    };
    let mut doc = document(&holder, &options);
    doc.secondary = Some(assets().texts("ru").expect("ru").clone());
    doc.representative = Some((carer.clone(), Some(RepresentativeRole::Carer)));
    doc.declaration_de = Some(
        DECLARATION_DE
            .replace(
                "Anna-Katharina Wilhelmine von Hohenzollern-Sigmaringen",
                &carer,
            )
            .replace("{name}", &holder),
    );
    let pdf = render(&doc, assets()).expect("a certificate, whatever the names");
    let text = text_of(&write(dir.path(), "c.pdf", &pdf));
    let de = assets().texts("de").expect("de");
    for field in [
        &de.title,
        &de.three_months,
        &de.sealed,
        "7QKD-M2XA-9FHT-R4W1",
    ] {
        assert_has(&text, field);
    }
}
