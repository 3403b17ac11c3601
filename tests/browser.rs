//! The learner pages in a real browser (Debian's Chromium driven by Playwright, see
//! `tests/browser/`): the whole instruction with the keyboard alone at a phone's size in
//! German, Arabic and Leichte Sprache, axe-core on every page, and the watch tracking
//! against a server that requires real-time watching. Screenshots of every step are kept
//! in `target/tmp/browser/`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;

use belehrung::course::Content;
use serde_json::Value;

/// One browser at a time: two cores do not run several Chromiums and servers well.
static BROWSER: Mutex<()> = Mutex::new(());

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).expect("artifact dir");
    dir
}

struct Server {
    child: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(watch_ratio: &str) -> Server {
    serve_with(watch_ratio, &[])
}

fn serve_with(watch_ratio: &str, env: &[(&str, &str)]) -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let (child, address) = start(dir.path(), watch_ratio, env);
    Server {
        child,
        address,
        _dir: dir,
    }
}

/// The service on a free port with its database and data in `dir`; returns the process
/// and the address it printed.
fn start(dir: &Path, watch_ratio: &str, env: &[(&str, &str)]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_belehrung"))
        .arg("serve")
        .current_dir(dir)
        .env("BELEHRUNG_BIND", "127.0.0.1:0")
        .env(
            "BELEHRUNG_DATABASE_URL",
            format!("sqlite://{}", dir.join("b.db").display()),
        )
        .env("BELEHRUNG_CONTENT_DIR", root().join("content"))
        .env("BELEHRUNG_CERTIFICATES_DIR", root().join("certificates"))
        .env("BELEHRUNG_DATA_DIR", dir)
        .env("BELEHRUNG_REQUIRED_WATCH_RATIO", watch_ratio)
        .env("RUST_LOG", "error")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start belehrung");
    let mut line = String::new();
    let read = BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line);
    if read.is_err() || !line.contains("http://") {
        let _ = child.kill();
        let _ = child.wait();
        panic!("belehrung did not print its address: {line}");
    }
    let address = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_default()
        .to_string();
    (child, address)
}

/// A process ended when the test is done with it.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The Land's payment platform (`tests/tools/xbezahldienste.py`) on loopback, connected
/// to the offices that charge; killed when the test ends.
struct Platform {
    child: Child,
    base: String,
    dir: tempfile::TempDir,
}

impl Platform {
    fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("python3")
            .arg(root().join("tests/tools/xbezahldienste.py"))
            .args(["--port", &port.to_string(), "--originator", "belehrung"])
            .args(["--endpoint", "beispielkreis", "--endpoint", "beispielstadt"])
            .args([
                "--client-id",
                "belehrung",
                "--client-secret",
                "browser-test",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 tests/tools/xbezahldienste.py");
        // Owned at once: whatever fails from here on, Drop ends the process.
        let platform = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            dir: tempfile::tempdir().expect("temp dir"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "the payment platform did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        platform
    }

    /// The service's settings that connect it.
    fn settings(&self) -> Vec<(&'static str, String)> {
        let file = self.dir.path().join("payment.toml");
        let mut text = String::new();
        for office in ["beispielkreis", "beispielstadt"] {
            text.push_str(&format!(
                "[{office}]\nurl = \"{base}\"\ntoken_url = \"{base}/oauth/token\"\noriginator_id = \"belehrung\"\nendpoint_id = \"{office}\"\nclient_id = \"belehrung\"\nclient_secret = \"browser-test\"\n\n",
                base = self.base
            ));
        }
        std::fs::write(&file, text).expect("payment.toml");
        vec![
            ("BELEHRUNG_PAYMENT_PLATFORMS", file.display().to_string()),
            ("BELEHRUNG_PAYMENT_CHECK_SECONDS", "1".to_string()),
        ]
    }
}

impl Drop for Platform {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The service connected to a payment platform.
fn serve_paying(watch_ratio: &str, platform: &Platform, more: &[(&str, &str)]) -> Server {
    let settings = platform.settings();
    let mut env: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.extend_from_slice(more);
    serve_with(watch_ratio, &env)
}

fn node(script: &str, args: &[&str]) -> Value {
    let dir = root().join("tests/browser");
    assert!(
        dir.join("node_modules/playwright-core").exists(),
        "the browser tests need their npm packages: npm ci --prefix tests/browser (and Debian's chromium)"
    );
    let output = Command::new("node")
        .arg(dir.join(script))
        .args(args)
        .env("ARTIFACTS", artifacts())
        .output()
        .expect("node (Node.js) is needed for the browser tests");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|_| {
        panic!(
            "{script}: {stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    assert!(output.status.success(), "{script} failed: {report:#}");
    report
}

/// The right options of every question in `language`, for the test to tick.
fn answers(language: &str) -> PathBuf {
    let content = Content::load(&root().join("content")).expect("content");
    let course = content.course.language(language).expect("language");
    let map: serde_json::Map<String, Value> = course
        .questions
        .iter()
        .map(|q| {
            let right: Vec<Value> = q
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| Value::String(o.id.clone()))
                .collect();
            (q.id.clone(), Value::Array(right))
        })
        .collect();
    let path = artifacts().join(format!("answers-{language}.json"));
    std::fs::write(&path, Value::Object(map).to_string()).expect("answers");
    path
}

fn keyboard_only_instruction(language: &str, rtl: bool) {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let server = serve("0");
    let answers = answers(language);
    let out = artifacts();
    let report = node(
        "instruction.mjs",
        &[
            &server.address,
            language,
            &answers.display().to_string(),
            &out.display().to_string(),
        ],
    );
    let steps = report["steps"].as_array().expect("steps");
    assert!(steps.len() >= 14, "{report:#}");
    let mut weights = Vec::new();
    for step in steps {
        let name = step["name"].as_str().unwrap_or_default();
        assert_eq!(
            step["violations"],
            Value::Array(vec![]),
            "axe on {name} ({language}): {step:#}"
        );
        let bytes = step["bytes"].as_u64().unwrap_or(u64::MAX);
        assert!(bytes < 100_000, "{name} weighs {bytes} bytes");
        let html = step["html"].as_u64().unwrap_or(u64::MAX);
        // Every page stays small for a cheap phone, the privacy notice too: it comes in
        // sections.
        assert!(html < 15_000, "{name} has {html} bytes of HTML");
        weights.push(format!(
            "{name} {:.1} KB ({:.1} KB HTML)",
            bytes as f64 / 1000.0,
            html as f64 / 1000.0
        ));
        // Every page of an unchecked machine translation says so (the start page is
        // German until the language is chosen).
        let machine = language != "de" && name != "start";
        assert_eq!(
            step["notice"], machine,
            "machine-translation notice on {name}"
        );
        if name != "start" {
            assert_eq!(step["lang"][0], language, "{name}");
            if name != "verify" || rtl {
                assert_eq!(step["lang"][1], if rtl { "rtl" } else { "ltr" }, "{name}");
            }
        }
    }
    form_errors_name_each_cause(language, &report["errors"]);
    verify_page_says_until_when(language, &report["verify"]);
    assert_eq!(
        report["codeLines"], 1,
        "the certificate code breaks across lines"
    );
    // The demo office's privacy notice has twelve sections; the pager leads to the next.
    assert_eq!(report["privacySections"], 12, "{language}");
    assert_eq!(report["privacySecond"], "/amt/musterstadt/datenschutz/2");
    assert_eq!(
        report["editorNotes"], false,
        "an HTML comment reached the page"
    );
    // German first, then the learner's language (Leichte Sprache has the German only).
    let parts: Vec<&str> = match language {
        "de" | "de-x-ls" => vec!["de"],
        other => vec!["de", other],
    };
    assert_eq!(
        report["certificateView"],
        serde_json::json!(parts),
        "{language}"
    );
    // One line "Frage n von N" per question; checkboxes and the hint only where several
    // answers are right; after grading the learner's answer with each question.
    let quiz = report["quiz"].as_array().expect("quiz");
    assert!(quiz.iter().all(|q| q["multiple"] == q["hint"]), "{quiz:?}");
    assert!(
        quiz.iter().any(|q| q["multiple"] == false),
        "radio buttons: {quiz:?}"
    );
    assert_eq!(
        report["quizResult"].as_array().map(Vec::len),
        Some(quiz.len())
    );
    assert!(
        report["quizResult"]
            .as_array()
            .is_some_and(|r| r.iter().all(|dd| dd.as_u64() >= Some(1))),
        "{}",
        report["quizResult"]
    );
    assert!(
        quiz.iter()
            .all(|q| q["number"].as_str().is_some_and(|n| !n.is_empty()))
    );
    assert_eq!(
        report["keptAfterBack"], 1,
        "the back button shows the answer given"
    );
    assert_eq!(report["csp_violations"], Value::Array(vec![]));
    let pictures = report["pictures"].as_array().expect("pictures");
    if language == "de-x-ls" {
        assert!(
            pictures.len() > 3 && pictures.iter().all(|p| p == true),
            "a loaded picture beside each paragraph: {pictures:?}"
        );
    } else {
        assert!(pictures.is_empty(), "{language}: {pictures:?}");
    }
    // Captions are on from the start, below the picture (the track itself is hidden so
    // that it does not also cover the slide).
    assert_eq!(report["captions"][2], "hidden", "{}", report["captions"]);
    let below = &report["captionsBelow"];
    assert_eq!(below["shown"], true, "{below}");
    assert_eq!(below["belowVideo"], true, "{below}");
    assert!(
        below["text"].as_str().is_some_and(|t| !t.trim().is_empty()),
        "{below}"
    );
    let pdf = report["pdf"].as_str().expect("pdf saved");
    let checked = Command::new("pdfsig").arg(pdf).output().expect("pdfsig");
    assert!(String::from_utf8_lossy(&checked.stdout).contains("Signature is Valid"));
    println!(
        "{language}: {} steps, screenshots in {}",
        steps.len(),
        out.display()
    );
    println!("{language} page weights: {}", weights.join(", "));
}

/// The personal-data form sent with "Max1" as the given name and the 31st of February:
/// the title begins with "Fehler:" in the page's language, the focus is on the summary,
/// each field says its own cause at the field and in the summary, and the language
/// switch stays.
fn form_errors_name_each_cause(language: &str, errors: &Value) {
    let content = belehrung::course::Content::load(&root().join("content")).expect("content");
    let t = content.pages(language);
    let title = errors["title"].as_str().unwrap_or_default();
    assert!(
        title.starts_with(&t.get("error-title-prefix")),
        "{language}: {errors:#}"
    );
    assert_eq!(
        errors["focused"], "errors",
        "{language}: focus on the summary"
    );
    assert_eq!(errors["languageSwitch"], true);
    let character = t.text(
        "error-name-character",
        &[("character", fluent_bundle::FluentValue::from("1"))],
    );
    let given = format!("{}: {character}", t.get("given-name-label"));
    let day = t.get("error-birth-date-no-such-day");
    // At the field its label is right above; in the summary it leads the message.
    assert_eq!(
        errors["atFields"],
        serde_json::json!([["given_name-error", character], ["birth_date-error", day]]),
        "{language}"
    );
    assert_eq!(
        errors["summary"],
        serde_json::json!([["#given_name", given], ["#birth_date", day]]),
        "{language}"
    );
    assert_eq!(errors["describedBy"], "birth_date-hint birth_date-error");
    // The office's name is German, marked so, and said so in the page's language; what
    // the instruction costs is in the page's language (Musterstadt: free).
    assert_eq!(errors["officeLanguage"], "de");
    assert_eq!(errors["feeLanguage"], Value::Null, "{errors:#}");
    let said = errors["hints"]
        .as_array()
        .is_some_and(|hints| hints.iter().any(|h| *h == t.get("office-text-german")));
    assert_eq!(said, language != "de", "{language}: {errors:#}");
    assert_ne!(day, t.get("error-birth-date"), "a cause of its own");
}

/// The verify page of the certificate just issued: the status in large words, until when
/// it may be shown for a first start of the work (three months after today), and a
/// language choice that fits a phone.
fn verify_page_says_until_when(language: &str, verify: &Value) {
    let content = belehrung::course::Content::load(&root().join("content")).expect("content");
    let t = content.pages(language);
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive();
    let until = today
        .checked_add_months(chrono::Months::new(3))
        .expect("a date")
        .format("%d.%m.%Y")
        .to_string();
    let expected = t.text(
        "verify-valid-until",
        &[("date", fluent_bundle::FluentValue::from(until))],
    );
    // Offices sign with development keys in these tests: such a certificate is not
    // valid, so the page gives no date (the keys' test checks it with an imported key).
    let development = verify["headline"] == t.get("verify-development-key");
    let shown = if development {
        Value::Null
    } else {
        Value::String(expected)
    };
    assert_eq!(verify["until"], shown, "{language}: {verify:#}");
    assert!(
        verify["headlinePx"].as_f64().unwrap_or(0.0) >= 24.0,
        "{verify:#}"
    );
    assert_eq!(verify["selectFits"], true, "{language}: {verify:#}");
}

#[test]
fn the_instruction_in_german_with_the_keyboard_alone() {
    keyboard_only_instruction("de", false);
}

#[test]
fn the_instruction_in_arabic_with_the_keyboard_alone() {
    keyboard_only_instruction("ar", true);
}

#[test]
fn the_instruction_in_leichte_sprache_with_the_keyboard_alone() {
    keyboard_only_instruction("de-x-ls", false);
}

/// The pages opened without a session, at a desktop's width, in German and Arabic: no
/// axe violation, nothing wider than the window.
#[test]
fn pages_without_a_session_pass_axe_at_desktop_width() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let server = serve("0");
    let out = artifacts();
    let report = node(
        "desktop.mjs",
        &[&server.address, &out.display().to_string()],
    );
    let pages = report["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 12, "{report:#}");
    for page in pages {
        assert_eq!(page["violations"], Value::Array(vec![]), "{page:#}");
        assert_eq!(page["wide"], true, "{page:#}");
    }
}

/// An office that checks identity documents, in German and Arabic at a phone's size: the
/// personal-data page says what the check needs; after the declaration the learner sees
/// the case number on one line and the way to the office, no certificate; axe-clean.
#[test]
fn an_office_that_checks_identity_shows_the_case_number() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let platform = Platform::start();
    let server = serve_paying("0", &platform, &[]);
    let out = artifacts();
    for language in ["de", "ar"] {
        answers(language);
    }
    let report = node(
        "identity.mjs",
        &[
            &server.address,
            &out.display().to_string(),
            &out.display().to_string(),
        ],
    );
    let pages = report["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 4, "{report:#}");
    for page in pages {
        assert_eq!(page["violations"], Value::Array(vec![]), "{page:#}");
        assert_eq!(page["wide"], true, "{page:#}");
    }
    for (language, heading) in [("de", "Wie wir prüfen, wer Sie sind"), ("ar", "")] {
        let seen = &report[language];
        assert_eq!(seen["passed"], true, "{seen:#}");
        assert_eq!(seen["declared"], 202, "{seen:#}");
        assert_eq!(seen["shown"]["code"], seen["case"], "{seen:#}");
        assert_eq!(seen["shown"]["lines"], 1, "{seen:#}");
        assert_eq!(seen["shown"]["booking"], true, "{seen:#}");
        if !heading.is_empty() {
            let needs = seen["needs"].as_array().expect("headings");
            assert!(needs.iter().any(|h| h == heading), "{seen:#}");
        }
    }
}

/// The fee in Chromium at a phone's size, in German and Arabic at Beispielkreis: after the
/// declaration the fee's page; a voucher with a typo is named at its field; the pay
/// button leads to the platform's pay page, "Abbrechen" back with a notice, a second try
/// and "Bezahlen" back to the next step (the identity check). At Beispielstadt the course
/// leads to the fee first, and a volunteer claims the waiver. axe-clean on every page of
/// the service.
#[test]
fn the_fee_is_paid_on_the_platform_and_the_learner_comes_back() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let platform = Platform::start();
    let server = serve_paying("0", &platform, &[]);
    let out = artifacts();
    for language in ["de", "ar"] {
        answers(language);
    }
    let report = node(
        "fee.mjs",
        &[
            &server.address,
            &out.display().to_string(),
            &out.display().to_string(),
            &platform.base,
        ],
    );
    let pages = report["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 8, "{report:#}");
    for page in pages {
        assert_eq!(page["violations"], Value::Array(vec![]), "{page:#}");
        assert_eq!(page["wide"], true, "{page:#}");
    }
    for language in ["de", "ar"] {
        let seen = &report[language];
        assert_eq!(seen["declared"], 202, "{seen:#}");
        assert_eq!(seen["onPlatform"], true, "{seen:#}");
        assert_eq!(seen["cancelledNotice"], true, "{seen:#}");
        assert_eq!(seen["afterPaying"], "/lernen/fertig", "{seen:#}");
        assert_eq!(seen["fee"], "settled", "{seen:#}");
        assert_eq!(seen["case"], true, "the identity check follows: {seen:#}");
    }
    assert_eq!(report["de"]["typo"], true, "{report:#}");
    assert_eq!(report["waiver"]["course"], "/lernen/gebuehr", "{report:#}");
    assert_eq!(report["waiver"]["fee"], "waiver_pending", "{report:#}");
}

/// The certificate for a wallet at a phone's size, in German and Arabic: the done page,
/// the offer (a QR code, the wallet link, the PIN) and the inspectors' check page, all
/// axe-clean and as wide as the phone.
#[test]
fn the_certificate_is_offered_for_a_wallet() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let server = serve("0");
    let out = artifacts();
    for language in ["de", "ar"] {
        answers(language);
    }
    let report = node(
        "wallet.mjs",
        &[
            &server.address,
            &out.display().to_string(),
            &out.display().to_string(),
        ],
    );
    let pages = report["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 6, "{report:#}");
    for page in pages {
        assert_eq!(page["violations"], Value::Array(vec![]), "{page:#}");
        assert_eq!(page["wide"], true, "{page:#}");
    }
    for language in ["de", "ar"] {
        let seen = &report[language];
        assert_eq!(seen["qr"], true, "{seen:#}");
        assert_eq!(seen["link"], true, "{seen:#}");
        assert_eq!(seen["pin"].as_str().map(str::len), Some(6), "{seen:#}");
        assert_eq!(seen["nonce"], true, "{seen:#}");
    }
}

#[test]
fn watching_counts_real_time_only() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let server = serve("0.95");
    let report = node("video.mjs", &[&server.address]);
    println!("watch tracking: {report}");
    let fast = &report["fast"];
    assert!(fast["counted_s"].as_f64() <= fast["real_s"].as_f64().map(|r| r + 1.0));
    assert!(report["seek"]["counted_s"].as_f64().unwrap_or(99.0) <= 6.0);
    assert!(report["offline"]["counted_after_s"].as_f64().unwrap_or(0.0) >= 5.0);
}

/// The test identity provider (pysaml2), killed when the test ends.
#[cfg(feature = "saml")]
struct Provider {
    child: Option<Child>,
    base: String,
    dir: tempfile::TempDir,
}

#[cfg(feature = "saml")]
impl Provider {
    fn prepared() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let dir = tempfile::tempdir().expect("temp dir");
        let base = format!("http://127.0.0.1:{port}");
        let made = Command::new("python3")
            .arg(root().join("tests/tools/saml_idp.py"))
            .args(["prepare", "--dir"])
            .arg(dir.path())
            .args(["--base", &base])
            .stderr(Stdio::null())
            .status()
            .expect("python3 with pysaml2");
        assert!(made.success());
        Self {
            child: None,
            base,
            dir,
        }
    }

    fn metadata(&self) -> String {
        self.dir
            .path()
            .join("idp-metadata.xml")
            .display()
            .to_string()
    }

    fn serve(&mut self, sp_metadata: &str) {
        let port = self.base.rsplit(':').next().unwrap_or_default().to_string();
        self.child = Some(
            Command::new("python3")
                .arg(root().join("tests/tools/saml_idp.py"))
                .args(["serve", "--dir"])
                .arg(self.dir.path())
                .args(["--base", &self.base, "--sp-metadata", sp_metadata])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("the identity provider"),
        );
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while std::net::TcpStream::connect(format!("127.0.0.1:{port}")).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "the identity provider did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

#[cfg(feature = "saml")]
impl Drop for Provider {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The login with the online ID card at a phone's size: choose it at Beispielkreis, log
/// in at the identity provider, come back with name and birth date fixed, take the
/// course; the certificate says "Online-Ausweis". axe-clean on every page of the service.
#[cfg(feature = "saml")]
#[test]
fn a_login_with_the_online_id_card_fills_in_name_and_birth_date() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let mut provider = Provider::prepared();
    let metadata = provider.metadata();
    let platform = Platform::start();
    let server = serve_paying(
        "0",
        &platform,
        &[("BELEHRUNG_SAML_IDP_METADATA", metadata.as_str())],
    );
    provider.serve(&format!("{}/saml/metadata", server.address));
    let out = artifacts();
    answers("de");
    let report = node(
        "bundid.mjs",
        &[
            &server.address,
            &out.display().to_string(),
            &out.display().to_string(),
        ],
    );
    let pages = report["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 3, "{report:#}");
    for page in pages {
        assert_eq!(page["violations"], Value::Array(vec![]), "{page:#}");
        assert_eq!(page["wide"], true, "{page:#}");
    }
    assert_eq!(
        report["offered"], "Mit dem Online-Ausweis anmelden",
        "{report:#}"
    );
    assert_eq!(
        report["fixed"],
        serde_json::json!(["Erika", "Mustermann", "12.08.1964"]),
        "{report:#}"
    );
    assert_eq!(report["typed"], 0, "{report:#}");
    assert_eq!(report["passed"], true, "{report:#}");
    assert_eq!(report["declared"], 202, "the fee first: {report:#}");
    assert_eq!(report["fee"], "settled", "{report:#}");
    let rows = report["rows"].to_string();
    assert!(
        rows.contains("Erika Mustermann")
            && rows.contains("mit dem Online-Ausweis geprüft (BundID, Vertrauensniveau hoch)"),
        "{report:#}"
    );
}

/// A Turkish learner before Turkish films are built: the German film with Turkish
/// captions and a notice, in Turkish, that the film speaks German. After the build (of
/// one chapter, as an office runs it for every language) the chapter speaks Turkish.
#[test]
fn a_translation_reads_its_captions_under_the_german_voice_until_its_film_is_built() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let content = Content::load(&root().join("content")).expect("content");
    let turkish = content.course.language("tr").expect("Turkish");
    let german = content.course.language("de").expect("German");
    let lesson = turkish.lesson("warum").expect("lesson");
    let german_duration = german.lesson("warum").expect("lesson").duration_ms as f64 / 1000.0;
    let dir = tempfile::tempdir().expect("temp dir");

    let before = {
        let (child, address) = start(dir.path(), "0", &[]);
        let _server = Running(child);
        node("film.mjs", &[&address, "tr", "warum"])
    };
    println!("before the build: {before}");
    assert_eq!(before["track"]["srclang"], "tr", "{before:#}");
    assert_eq!(before["narration"], "de");
    assert_eq!(before["captionsLanguage"], "tr");
    let notice = content.pages("tr").text(
        "video-narrated-in",
        &[
            ("narration", fluent_bundle::FluentValue::from("Deutsch")),
            ("captions", fluent_bundle::FluentValue::from("Türkçe")),
        ],
    );
    assert_eq!(before["notice"], notice.as_str(), "{before:#}");
    let shown = before["captions"][0].as_str().unwrap_or_default();
    let first_line = shown.lines().next().unwrap_or_default();
    assert!(
        !first_line.is_empty() && lesson.text.contains(first_line),
        "Turkish captions under the German voice: {before:#}"
    );
    assert!((before["duration"].as_f64().unwrap_or(0.0) - german_duration).abs() < 1.0);
    assert_eq!(before["violations"], serde_json::json!([]), "{before:#}");

    let built = Command::new(root().join("content/build/build-videos"))
        .args(["--lang", "tr", "--lesson", "warum", "--out"])
        .arg(dir.path().join("media"))
        .output()
        .expect("content/build/build-videos");
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );

    let after = {
        let (child, address) = start(dir.path(), "0", &[]);
        let _server = Running(child);
        node("film.mjs", &[&address, "tr", "warum"])
    };
    println!("after the build: {after}");
    assert_eq!(after["narration"], "tr", "{after:#}");
    assert_eq!(after["notice"], Value::Null, "{after:#}");
    assert_eq!(after["track"]["srclang"], "tr");
    let shown = after["captions"][0].as_str().unwrap_or_default();
    assert!(
        lesson.text.contains(shown.lines().next().unwrap_or("-")),
        "{after:#}"
    );
    assert!(
        (after["duration"].as_f64().unwrap_or(0.0) - german_duration).abs() > 1.0,
        "the Turkish narration has its own length: {after:#}"
    );
    assert_eq!(after["violations"], serde_json::json!([]), "{after:#}");
}

/// A chapter with a film in German Sign Language (a generated sample: the product cannot
/// make DGS): shown beside the film, in step with it, and named in the accessibility
/// statement.
#[test]
fn a_chapter_in_sign_language_plays_beside_the_film() {
    let _one = BROWSER.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    copy_content(&root().join("content"), &content);
    let german = content.join("courses/ifsg43/de");
    std::fs::create_dir_all(german.join("dgs")).expect("mkdir");
    let made = Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-f", "lavfi"])
        .args(["-i", "testsrc2=size=320x240:rate=10:duration=20"])
        .args([
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
        ])
        .arg(german.join("dgs/warum.mp4"))
        .status()
        .expect("ffmpeg");
    assert!(made.success());
    let lesson = german.join("lessons/warum.md");
    let text = std::fs::read_to_string(&lesson).expect("lesson");
    std::fs::write(
        &lesson,
        text.replacen(
            "slide_pictures",
            "sign_language_video = \"dgs/warum.mp4\"\nslide_pictures",
            1,
        ),
    )
    .expect("write lesson");
    // The lesson file changed: its built film is the one of the edited text.
    let (child, address) = start(
        dir.path(),
        "0",
        &[("BELEHRUNG_CONTENT_DIR", content.to_str().expect("path"))],
    );
    let _server = Running(child);
    let report = node("sign.mjs", &[&address]);
    println!("sign language: {report}");
    let sign = &report["sign"];
    assert_eq!(sign["src"], "/media/ifsg43/de/warum.dgs.mp4", "{report:#}");
    assert_eq!(sign["label"], "Gebärdensprache (DGS)");
    assert_eq!(sign["muted"], true);
    assert_eq!(sign["playing"], true, "{report:#}");
    assert_eq!(sign["pausedWithFilm"], true, "{report:#}");
    assert_eq!(sign["width"], 320);
    assert_eq!(
        report["chapterViolations"],
        serde_json::json!([]),
        "{report:#}"
    );
    let statement = report["statement"].as_str().unwrap_or_default();
    assert!(
        statement.contains("Gebärdensprache (DGS): Warum diese Belehrung?"),
        "{report:#}"
    );
    assert_eq!(
        report["statementViolations"],
        serde_json::json!([]),
        "{report:#}"
    );
}

/// The content tree without the build's installed packages.
fn copy_content(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        if entry.file_name() == "node_modules" {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_content(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
