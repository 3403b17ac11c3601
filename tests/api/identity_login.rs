//! Identity by a login with the online ID card: the service as a SAML service provider
//! against a real identity provider (pysaml2). An accepted answer fixes name and birth
//! date, which the certificate, its lookup and its PDF then state with the level; every
//! forged or stale answer is refused with a page in the learner's language, and nothing
//! of the person is stored.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use belehrung::staff::Role;
use serde_json::json;

use crate::helpers::{Backend, TestApp, pdf_text_of, spawn_app_configured, str_of};
use crate::on_both_backends;
use crate::saml_idp::TestIdp;
use crate::staff_client::{Page, StaffClient, csrf};

on_both_backends!(
    a_login_with_the_online_id_card_names_the_holder,
    forged_and_stale_answers_are_refused_and_store_nothing,
    a_login_counts_once_and_only_at_its_office,
);

async fn app_with_idp(backend: Backend) -> (TestApp, TestIdp) {
    let mut idp = TestIdp::prepared();
    let app = spawn_app_configured(
        backend,
        &[("BELEHRUNG_SAML_IDP_METADATA", idp.metadata().as_str())],
    )
    .await;
    // Read here: the service answers only while this test awaits.
    let (status, metadata) = app.bytes("/saml/metadata", None).await;
    assert_eq!(status, 200);
    idp.serve(&String::from_utf8(metadata).expect("UTF-8"));
    (app, idp)
}

/// The value of the hidden field `name` in a page, unescaped.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {name} in {html}"))
        + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A query parameter of an address, decoded.
fn url_param(address: &str, name: &str) -> String {
    let query = address.split_once('?').map(|(_, q)| q).unwrap_or_default();
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// The provider's answer to a login at Beispielkreis: (SAMLResponse, RelayState).
async fn answer_of(browser: &StaffClient, user: &str, variant: &str) -> (String, String) {
    let start = browser
        .get("/anmeldung/bundid?tenant=beispielkreis&lang=de")
        .await;
    assert_eq!(start.status, 303, "{}", start.body);
    let provider = reqwest::Client::new();
    let form = provider
        .get(&start.location)
        .send()
        .await
        .expect("the provider's login form");
    assert_eq!(
        form.status(),
        200,
        "the provider accepted the signed request"
    );
    let form = form.text().await.expect("form");
    let answer = provider
        .post(format!(
            "{}/login",
            start.location.split("/sso").next().unwrap_or_default()
        ))
        .form(&[
            ("key", hidden(&form, "key").as_str()),
            ("user", user),
            ("password", "test"),
            ("variant", variant),
        ])
        .send()
        .await
        .expect("the provider's answer")
        .text()
        .await
        .expect("answer");
    (
        hidden(&answer, "SAMLResponse"),
        hidden(&answer, "RelayState"),
    )
}

async fn post_answer(browser: &StaffClient, (response, relay): &(String, String)) -> Page {
    browser
        .post(
            "/saml/acs",
            &[
                ("SAMLResponse", response.as_str()),
                ("RelayState", relay.as_str()),
            ],
        )
        .await
}

async fn a_login_with_the_online_id_card_names_the_holder(backend: Backend) {
    let (app, _idp) = app_with_idp(backend).await;
    let browser = app.staff_client();
    let office = browser.get("/anmeldung?tenant=beispielkreis&lang=de").await;
    assert!(
        office.body.contains("id=\"identity_login\"")
            && office.body.contains("Mit dem Online-Ausweis anmelden"),
        "the office offers the login"
    );
    let metadata = browser.get("/saml/metadata").await;
    assert!(metadata.status == 200 && metadata.body.contains("AuthnRequestsSigned=\"true\""));

    let answer = answer_of(&browser, "erika", "").await;
    let form = post_answer(&browser, &answer).await;
    assert_eq!(form.status, 200, "{}", form.body);
    for fixed in ["Erika", "Mustermann", "12.08.1964"] {
        assert!(form.body.contains(fixed), "{fixed} is shown");
    }
    assert!(
        !form.body.contains("name=\"given_name\"") && !form.body.contains("name=\"birth_date\""),
        "name and birth date cannot be typed"
    );
    assert_eq!(
        (app.count("saml_requests"), app.count("saml_logins")),
        (0, 1)
    );
    // Names sent with the form are ignored: the login's count.
    let enrolled = browser
        .post(
            "/anmeldung",
            &[
                ("csrf", csrf(&form.body).as_str()),
                ("tenant", "beispielkreis"),
                ("lang", "de"),
                ("login", hidden(&form.body, "login").as_str()),
                ("given_name", "Mallory"),
                ("family_name", "Mallet"),
                ("birth_date", "01.01.2000"),
            ],
        )
        .await;
    assert_eq!(
        (enrolled.status, enrolled.location.as_str()),
        (303, "/lernen")
    );
    assert_eq!((app.count("enrolments"), app.count("saml_logins")), (1, 0));
    assert_eq!(app.count("identity_logins"), 1);

    // Through the API, with a second login: the certificate names the card's holder.
    let answer = answer_of(&browser, "erika", "").await;
    let form = post_answer(&browser, &answer).await;
    let login = hidden(&form.body, "login");
    let body = json!({
        "tenant": "beispielkreis",
        "course": "ifsg43",
        "language": "de",
        "given_name": "", "family_name": "", "birth_date": "",
        "identity_login": login,
        "email": "erika@example.org"
    });
    let (id, token, code) = app.certified(&body).await;
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.status, 200, "{}", lookup.body);
    let text = lookup.body.to_string();
    assert!(
        text.contains("Erika") && text.contains("1964-08-12"),
        "{text}"
    );
    assert_eq!(lookup.body["identity"]["method"], "bundid", "{text}");
    assert_eq!(lookup.body["identity"]["level"], "high", "{text}");
    let pdf = app.certificate_pdf(&id, &token).await;
    let file = app.data_dir.join("bundid.pdf");
    std::fs::write(&file, pdf).expect("pdf");
    let printed = pdf_text_of(&file)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        printed.contains("mit dem Online-Ausweis geprüft (BundID, Vertrauensniveau hoch)"),
        "{printed}"
    );
    // The QR code's signed claims say it too, as `belehrung verify` reads them, and so
    // does the verify page.
    let (valid, out, _) = app.run(&["verify", &file.display().to_string()]);
    assert!(valid, "{out}");
    assert!(
        out.contains(
            "identity checked with the online ID card (BundID, level of assurance high) on 23.11.2026"
        ),
        "{out}"
    );
    let page = app.staff_client().get(&format!("/v/{code}")).await;
    assert!(
        page.body
            .contains("mit dem Online-Ausweis geprüft (BundID, Vertrauensniveau hoch)"),
        "{}",
        page.body
    );
    assert_eq!(app.count("identity_logins"), 2);
    // The office's figures count the login.
    let credentials = app.add_staff("beispielkreis", "amt.kreis", Role::Staff, false);
    let staff = app.logged_in(&credentials).await;
    let csv = staff
        .get("/staff/figures.csv?from=2026-11-01&to=2026-11-30")
        .await;
    let day: Vec<&str> = csv
        .body
        .lines()
        .last()
        .unwrap_or_default()
        .split(',')
        .collect();
    assert_eq!(day[7..10], ["0", "0", "1"], "{}", csv.body);
    // The login is used up.
    let again = app.post("/api/v1/enrolments", None, &body).await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(
        again.body.to_string().contains("login-expired"),
        "{}",
        again.body
    );
    let _ = str_of(&lookup.body["code"]);
}

async fn forged_and_stale_answers_are_refused_and_store_nothing(backend: Backend) {
    let (app, _idp) = app_with_idp(backend).await;
    let browser = app.staff_client();
    for variant in [
        "unsigned",
        "other-key",
        "wrapping",
        "wrong-audience",
        "expired",
        "unknown-request",
        "sha1",
    ] {
        let answer = answer_of(&browser, "erika", variant).await;
        let refused = post_answer(&browser, &answer).await;
        assert_eq!(refused.status, 403, "{variant}: {}", refused.body);
        assert!(
            refused
                .body
                .contains("<title>Fehler: Die Anmeldung mit dem Online-Ausweis hat nicht geklappt")
                && refused.body.contains(if variant == "unknown-request" {
                    "Ihre Anmeldung ist abgelaufen"
                } else {
                    "Es wurde nichts gespeichert"
                })
                && refused
                    .body
                    .contains("/anmeldung?tenant=beispielkreis&#38;lang=de"),
            "{variant}: {}",
            refused.body
        );
        assert_eq!(
            (app.count("saml_logins"), app.count("saml_assertions")),
            (0, 0),
            "{variant}"
        );
    }
    // A login at level 3 where the office requires the online ID card.
    let low = post_answer(&browser, &answer_of(&browser, "max", "").await).await;
    assert_eq!(low.status, 403);
    assert!(
        low.body.contains("niedrigeres Vertrauensniveau"),
        "{}",
        low.body
    );
    // Not an answer at all.
    for junk in ["", "bm90IFhNTA==", "PCFET0NUWVBFIHg+PHg+PC94Pg=="] {
        let refused = post_answer(&browser, &(junk.to_string(), "x".to_string())).await;
        assert_eq!(refused.status, 403, "{junk}");
    }
    assert_eq!(
        (
            app.count("saml_logins"),
            app.count("saml_assertions"),
            app.count("enrolments")
        ),
        (0, 0, 0)
    );
    // Answers whose signature would make the XML library read a file, fetch an address or
    // run a costly transform are refused before it sees them; the service stays up.
    for (uri, transform) in [
        (
            "file:///dev/zero",
            "http://www.w3.org/2001/10/xml-exc-c14n#",
        ),
        (
            "http://127.0.0.1:9/reference",
            "http://www.w3.org/2001/10/xml-exc-c14n#",
        ),
        ("#_r", "http://www.w3.org/TR/1999/REC-xpath-19991116"),
    ] {
        let start = browser
            .get("/anmeldung/bundid?tenant=beispielkreis&lang=de")
            .await;
        let relay = url_param(&start.location, "RelayState");
        let xml = format!(
            r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_r"><saml:Issuer>x</saml:Issuer><ds:Signature><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="{uri}"><ds:Transforms><ds:Transform Algorithm="{transform}"><ds:XPath>count(//node())</ds:XPath></ds:Transform></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AA==</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AA==</ds:SignatureValue></ds:Signature><saml:Assertion ID="_a"><saml:Issuer>x</saml:Issuer></saml:Assertion></samlp:Response>"#
        );
        let began = std::time::Instant::now();
        let refused = post_answer(&browser, &(STANDARD.encode(xml), relay)).await;
        assert_eq!(refused.status, 403, "{uri}: {}", refused.body);
        assert!(began.elapsed() < std::time::Duration::from_secs(5), "{uri}");
    }
    assert_eq!(browser.get("/saml/metadata").await.status, 200);
    // The same answer twice: the second is refused.
    let answer = answer_of(&browser, "erika", "").await;
    assert_eq!(post_answer(&browser, &answer).await.status, 200);
    let replayed = post_answer(&browser, &answer).await;
    assert_eq!(replayed.status, 403, "{}", replayed.body);
    assert_eq!(app.count("saml_logins"), 1);
}

async fn a_login_counts_once_and_only_at_its_office(backend: Backend) {
    let (app, _idp) = app_with_idp(backend).await;
    let browser = app.staff_client();
    // An office without the login has no way to it.
    let elsewhere = browser
        .get("/anmeldung/bundid?tenant=musterstadt&lang=de")
        .await;
    assert_eq!(elsewhere.status, 404);
    assert_eq!(app.count("saml_requests"), 0);

    let form = post_answer(&browser, &answer_of(&browser, "erika", "").await).await;
    let login = hidden(&form.body, "login");
    let at = |tenant: &str| {
        json!({
            "tenant": tenant,
            "course": "ifsg43",
            "language": "de",
            "given_name": "Mallory", "family_name": "Mallet", "birth_date": "2000-01-01",
            "identity_login": login,
        })
    };
    let other = app
        .post("/api/v1/enrolments", None, &at("beispielstadt"))
        .await;
    assert_eq!(other.status, 422, "{}", other.body);
    assert_eq!(
        app.count("saml_logins"),
        1,
        "a refused enrolment keeps the login"
    );

    // A name the certificate cannot print still needs the passport's Latin spelling.
    let arabic = post_answer(&browser, &answer_of(&browser, "amina", "").await).await;
    assert!(
        arabic.body.contains("أمينة") && arabic.body.contains("03.02.1985"),
        "{}",
        arabic.body
    );
    assert!(arabic.body.contains("name=\"given_name_latin\""));
    let amina = json!({
        "tenant": "beispielkreis", "course": "ifsg43", "language": "de",
        "given_name": "", "family_name": "", "birth_date": "",
        "identity_login": hidden(&arabic.body, "login"),
    });
    let unspelt = app.post("/api/v1/enrolments", None, &amina).await;
    assert_eq!(unspelt.status, 422, "{}", unspelt.body);
    assert!(
        unspelt.body.to_string().contains("latin-missing"),
        "{}",
        unspelt.body
    );
    let mut spelt = amina.clone();
    spelt["given_name_latin"] = json!("Amina");
    spelt["family_name_latin"] = json!("Haddad");
    let enrolled = app.post("/api/v1/enrolments", None, &spelt).await;
    assert_eq!(enrolled.status, 201, "{}", enrolled.body);
    assert_eq!(app.count("enrolments"), 1);
    // Without a login, the method cannot be chosen.
    let typed = app
        .post(
            "/api/v1/enrolments",
            None,
            &json!({
                "tenant": "beispielkreis", "course": "ifsg43", "language": "de",
                "given_name": "Erika", "family_name": "Mustermann", "birth_date": "1964-08-12",
                "identity_method": "bundid"
            }),
        )
        .await;
    assert_eq!(typed.status, 422, "{}", typed.body);
    assert!(
        typed.body.to_string().contains("login-missing"),
        "{}",
        typed.body
    );
    // Two enrolments with one login at once: one is made.
    let home = at("beispielkreis");
    let (a, b) = tokio::join!(
        app.post("/api/v1/enrolments", None, &home),
        app.post("/api/v1/enrolments", None, &home)
    );
    let mut statuses = [a.status, b.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 422], "{} / {}", a.body, b.body);
    assert_eq!((app.count("enrolments"), app.count("saml_logins")), (2, 0));

    // A login someone else started cannot be slipped into this browser (login CSRF):
    // its form shows, but does not count here.
    let attacker = app.staff_client();
    let slipped = post_answer(&browser, &answer_of(&attacker, "erika", "").await).await;
    assert_eq!(slipped.status, 200, "{}", slipped.body);
    let refused = browser
        .post(
            "/anmeldung",
            &[
                ("csrf", csrf(&slipped.body).as_str()),
                ("tenant", "beispielkreis"),
                ("lang", "de"),
                ("login", hidden(&slipped.body, "login").as_str()),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("Ihre Anmeldung ist abgelaufen"),
        "{}",
        refused.body
    );
    assert_eq!(app.count("enrolments"), 2);
    assert_eq!(app.count("saml_logins"), 1);
    app.execute("DELETE FROM saml_logins");

    // What a login leaves behind goes: an unanswered request and an unused login after
    // 30 minutes, the used assertion ids after a day.
    post_answer(&browser, &answer_of(&browser, "erika", "").await).await;
    let _unanswered = browser
        .get("/anmeldung/bundid?tenant=beispielkreis&lang=de")
        .await;
    assert_eq!(
        (app.count("saml_requests"), app.count("saml_logins")),
        (1, 1)
    );
    app.clock.advance(chrono::TimeDelta::minutes(31));
    app.run_retention();
    assert_eq!(
        (app.count("saml_requests"), app.count("saml_logins")),
        (0, 0)
    );
    assert!(app.count("saml_assertions") > 0);
    app.clock.advance(chrono::TimeDelta::days(1));
    app.run_retention();
    assert_eq!(app.count("saml_assertions"), 0);
}
