//! Names that are not what they seem (invisible fillers, direction controls, joiners out
//! of place, look-alike letters of another script) are refused with their cause; real
//! names of many scripts are accepted; the passport's Latin spelling, which the PDF
//! prints, is shown beside the name wherever the name is shown. E-mail addresses are
//! the plain address alone.

use std::time::Duration;

use belehrung::staff::Role;
use serde_json::{Value, json};

use crate::helpers::{Backend, assert_problem, learner, spawn_app, spawn_app_configured, str_of};
use crate::on_both_backends;
use crate::smtp::SmtpSink;
use crate::staff_client::csrf;

on_both_backends!(
    disguised_names_are_refused_with_their_cause,
    the_enrol_page_names_the_cause_in_the_learners_language,
    names_of_many_scripts_are_accepted,
    the_latin_spelling_is_shown_beside_the_name,
    e_mail_addresses_must_be_the_plain_address,
);

/// (given name, family name, field refused, reason, code point named in the detail)
const DISGUISED: &[(&str, &str, &str, &str, &str)] = &[
    (
        "\u{3164}",
        "Mayer",
        "given_name",
        "invisible-character",
        "U+3164",
    ),
    (
        "Anna\u{115F}",
        "Mayer",
        "given_name",
        "invisible-character",
        "U+115F",
    ),
    (
        "Anna",
        "\u{1160}Mayer",
        "family_name",
        "invisible-character",
        "U+1160",
    ),
    (
        "Anna\u{FFA0}",
        "Mayer",
        "given_name",
        "invisible-character",
        "U+FFA0",
    ),
    (
        "An\u{200B}na",
        "Mayer",
        "given_name",
        "invisible-character",
        "U+200B",
    ),
    (
        "Anna",
        "May\u{00AD}er",
        "family_name",
        "invisible-character",
        "U+00AD",
    ),
    (
        "Anna",
        "Mayer\u{202E}",
        "family_name",
        "direction-control",
        "U+202E",
    ),
    (
        "\u{202A}Anna",
        "Mayer",
        "given_name",
        "direction-control",
        "U+202A",
    ),
    (
        "Anna",
        "\u{2066}Mayer\u{2069}",
        "family_name",
        "direction-control",
        "U+2066",
    ),
    (
        "Anna\u{061C}",
        "Mayer",
        "given_name",
        "direction-control",
        "U+061C",
    ),
    (
        "Anna\u{200D}Maria",
        "Mayer",
        "given_name",
        "misplaced-joiner",
        "U+200D",
    ),
    (
        "Anna",
        "Mayer\u{200C}",
        "family_name",
        "misplaced-joiner",
        "U+200C",
    ),
    (
        "Anna\nMaria",
        "Mayer",
        "given_name",
        "control-character",
        "U+000A",
    ),
    (
        "Anna",
        "\u{041C}ayer",
        "family_name",
        "mixed-script",
        "U+041C",
    ),
    (
        "Ελ\u{0065}νη",
        "Mayer",
        "given_name",
        "mixed-script",
        "U+0065",
    ),
];

async fn disguised_names_are_refused_with_their_cause(backend: Backend) {
    let app = spawn_app(backend).await;
    for (given, family, field, reason, code_point) in DISGUISED {
        let mut body = learner();
        body["given_name"] = json!(given);
        body["family_name"] = json!(family);
        let refused = app.post("/api/v1/enrolments", None, &body).await;
        assert_problem(&refused, 422);
        let errors = refused.body["errors"].as_array().expect("errors");
        assert_eq!(errors.len(), 1, "{given:?} {family:?}: {}", refused.body);
        assert_eq!(errors[0]["field"], *field);
        assert_eq!(errors[0]["reason"], *reason, "{given:?} {family:?}");
        let detail = str_of(&refused.body["detail"]);
        assert!(
            detail.contains(code_point),
            "the detail names the character: {detail}"
        );
    }
    assert_eq!(app.count("enrolments"), 0, "nothing was stored");
    let detail = {
        let mut body = learner();
        body["family_name"] = json!("\u{041C}ayer");
        let refused = app.post("/api/v1/enrolments", None, &body).await;
        str_of(&refused.body["detail"])
    };
    assert!(
        detail.contains("Cyrillic and Latin letters in one word"),
        "{detail}"
    );
}

/// Posts the enrol form in `lang` with the given names; the answer's HTML.
async fn enrol_page(
    browser: &crate::staff_client::StaffClient,
    lang: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let form = browser
        .get(&format!("/anmeldung?tenant=musterstadt&lang={lang}"))
        .await;
    let token = csrf(&form.body);
    let mut all = vec![
        ("csrf", token.as_str()),
        ("tenant", "musterstadt"),
        ("lang", lang),
        ("birth_date", "12.04.1990"),
    ];
    all.extend_from_slice(fields);
    let page = browser.post("/anmeldung", &all).await;
    (page.status, page.body)
}

async fn the_enrol_page_names_the_cause_in_the_learners_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.staff_client();
    let cases = [
        (
            "de",
            "Anna\u{3164}",
            "Mayer",
            "Vorname",
            "unsichtbares Zeichen",
        ),
        (
            "de",
            "Anna",
            "Mayer\u{202E}",
            "Familienname",
            "Schreibrichtung",
        ),
        (
            "de",
            "Anna\u{200D}Maria",
            "Mayer",
            "Vorname",
            "Verbindungszeichen",
        ),
        ("de", "Anna", "\u{041C}ayer", "Familienname", "kyrillischen"),
        (
            "en",
            "\u{FFA0}",
            "Mayer",
            "First name",
            "invisible character",
        ),
        ("en", "Anna", "\u{041C}ayer", "Family name", "Cyrillic"),
    ];
    for (lang, given, family, label, cause) in cases {
        let (status, body) = enrol_page(
            &browser,
            lang,
            &[("given_name", given), ("family_name", family)],
        )
        .await;
        assert_eq!(status, 422, "{given:?} {family:?}");
        let alert = body
            .split("role=\"alert\"")
            .nth(1)
            .and_then(|s| s.split("</div>").next())
            .unwrap_or_default();
        assert!(
            alert.contains(cause) && alert.contains(label),
            "{lang} {given:?} {family:?}: {alert}"
        );
    }
    let (status, body) = enrol_page(
        &browser,
        "de",
        &[
            ("given_name", "Anna"),
            ("family_name", "Mayer"),
            ("email", "Anna <anna@example.org>"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("nur die E-Mail-Adresse selbst"), "{body}");
    assert_eq!(app.count("enrolments"), 0);
}

fn with_latin(given: &str, family: &str, given_latin: &str, family_latin: &str) -> Value {
    let mut body = learner();
    body["given_name"] = json!(given);
    body["family_name"] = json!(family);
    body["given_name_latin"] = json!(given_latin);
    body["family_name_latin"] = json!(family_latin);
    body
}

async fn names_of_many_scripts_are_accepted(backend: Backend) {
    let app = spawn_app(backend).await;
    let plain = [
        ("Łukasz", "Żółć"),
        ("Nguyễn Thị", "Minh Khai"),
        ("Şükrü", "Öztürk"),
        ("Ελένη", "Παπαδοπούλου"),
        ("Дмитрий", "Иванов"),
        ("Anne-Marie", "O'Brien"),
    ];
    for (given, family) in plain {
        let mut body = learner();
        body["given_name"] = json!(given);
        body["family_name"] = json!(family);
        let created = app.post("/api/v1/enrolments", None, &body).await;
        assert_eq!(created.status, 201, "{given} {family}: {}", created.body);
    }
    // Persian with ZWNJ inside words, Hindi with ZWJ and ZWNJ after a virama: their
    // spelling needs the joiners; the certificate prints the passport's Latin spelling.
    let joined = [
        with_latin("مهرزاد", "رضایی\u{200C}ها", "Mehrzad", "Rezaeiha"),
        with_latin("می\u{200C}نا", "کریمی", "Mina", "Karimi"),
        with_latin("लक्\u{200D}ष्मी", "शर्मा", "Lakshmi", "Sharma"),
        with_latin("अर्जुन", "क्\u{200C}षत्रिय", "Arjun", "Kshatriya"),
    ];
    for body in &joined {
        let (_, _, code) = app.certified(body).await;
        let record = app.get(&format!("/api/v1/certificates/{code}"), None).await;
        assert_eq!(
            record.body["holder"]["family_name"], body["family_name"],
            "stored as written, joiners included"
        );
    }
}

async fn the_latin_spelling_is_shown_beside_the_name(backend: Backend) {
    let sink = SmtpSink::started();
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
            ("BELEHRUNG_SMTP_URL", &sink.url()),
            ("BELEHRUNG_MAIL_RETRY_SECONDS", "1"),
        ],
    )
    .await;
    let mut persian = with_latin("مهرزاد", "رضایی", "Mehrzad", "Rezaei");
    persian["language"] = json!("fa");
    persian["email"] = json!("mehrzad@example.org");
    let (_, _, code) = app.certified(&persian).await;

    let record = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(record.status, 200);
    assert_eq!(record.body["holder"]["given_name"], "مهرزاد");
    assert_eq!(record.body["holder"]["latin"]["given_name"], "Mehrzad");
    assert_eq!(record.body["holder"]["latin"]["family_name"], "Rezaei");
    let latin_only = app.certified(&learner()).await.2;
    let plain = app
        .get(&format!("/api/v1/certificates/{latin_only}"), None)
        .await;
    assert!(
        plain.body["holder"].get("latin").is_none(),
        "no Latin spelling where the name is one: {}",
        plain.body
    );

    let page = app.staff_client().get(&format!("/v/{code}")).await;
    assert!(
        page.body.contains("مهرزاد رضایی")
            && page.body.contains("Mehrzad Rezaei")
            && page.body.contains("Schreibweise im Pass"),
        "{}",
        page.body
    );

    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let staff = app.logged_in(&anna).await;
    let shown = staff.get(&format!("/staff/certificates/{code}")).await;
    assert!(
        shown.body.contains("مهرزاد رضایی") && shown.body.contains("Mehrzad Rezaei"),
        "{}",
        shown.body
    );
    let found = staff.search_person("Rezaei", "", "1990-04-12").await;
    assert!(
        found.body.contains("مهرزاد رضایی") && found.body.contains("(Mehrzad Rezaei)"),
        "{}",
        found.body
    );

    let mails = sink.wait_for(2, Duration::from_secs(30)).await;
    let mail = mails
        .iter()
        .find(|m| m["to"] == "mehrzad@example.org")
        .expect("the certificate mail");
    let text = mail["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("مهرزاد رضایی (Mehrzad Rezaei)"),
        "the mail greets with both spellings: {text}"
    );
}

async fn e_mail_addresses_must_be_the_plain_address(backend: Backend) {
    let app = spawn_app(backend).await;
    let refused = [
        (
            "Evil\r\nBcc: x@example.org <v@example.org>",
            "control-character",
        ),
        ("Anna <anna@example.org>", "not-plain"),
        ("<anna@example.org>", "not-plain"),
        ("a@[127.0.0.1]", "domain-literal"),
        ("\"anna\"@example.org", "quoted"),
        ("anna(x)@example.org", "quoted"),
        ("anna@localhost", "no-domain-name"),
    ];
    for (email, reason) in refused {
        let mut body = learner();
        body["email"] = json!(email);
        let response = app.post("/api/v1/enrolments", None, &body).await;
        assert_problem(&response, 422);
        assert_eq!(response.body["errors"][0]["field"], "email", "{email:?}");
        assert_eq!(response.body["errors"][0]["reason"], reason, "{email:?}");
    }
    assert_eq!(app.count("enrolments"), 0);
    let mut body = learner();
    body["email"] = json!(" anna.mueller+kurs@mail.example.org ");
    assert_eq!(
        app.post("/api/v1/enrolments", None, &body).await.status,
        201
    );

    // The office's reissue by mail takes the same addresses only.
    let (_, _, code) = app.certified(&learner()).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let staff = app.logged_in(&anna).await;
    let token = staff.csrf_of(&format!("/staff/certificates/{code}")).await;
    let reissue = staff
        .post(
            &format!("/staff/certificates/{code}/reissue"),
            &[("csrf", token.as_str()), ("email", "a@[127.0.0.1]")],
        )
        .await;
    assert_eq!(reissue.status, 422);
    assert!(reissue.body.contains("IP address"), "{}", reissue.body);
    assert_eq!(app.count("outbox WHERE recipient LIKE '%127.0.0.1%'"), 0);
}
