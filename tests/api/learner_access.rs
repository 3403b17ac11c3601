//! The ways into an enrolment: a one-time resume link (once, then void; it expires; a
//! spent one offers a new link by mail), the learner's token ending a configured time
//! after the certificate, and the PDF afterwards by code + birth date + a one-time
//! code mailed to the address on record.

use std::time::Duration;

use belehrung::domain::CertificateCode;
use chrono::TimeDelta;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, learner, spawn_app_configured};
use crate::on_both_backends;
use crate::smtp::SmtpSink;
use crate::staff_client::{StaffClient, csrf};

on_both_backends!(
    a_resume_link_opens_once_and_a_spent_one_offers_a_new_one_by_mail,
    a_resume_link_expires,
    the_token_ends_the_configured_time_after_the_certificate,
    the_pdf_comes_with_code_birth_date_and_a_mailed_one_time_code,
    wrong_birth_dates_codes_and_too_many_tries_are_refused_and_reveal_nothing,
    a_certificate_revoked_after_the_code_was_mailed_is_not_handed_out,
    another_client_cannot_use_up_the_holders_code_mails,
);

pub(crate) async fn app_mailing_to(
    backend: Backend,
    sink: &SmtpSink,
    extra: &[(&str, &str)],
) -> TestApp {
    let url = sink.url();
    let mut settings = vec![
        ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
        ("BELEHRUNG_SMTP_URL", url.as_str()),
        ("BELEHRUNG_MAIL_RETRY_SECONDS", "1"),
    ];
    settings.extend_from_slice(extra);
    spawn_app_configured(backend, &settings).await
}

/// A browser that enrolled through the pages, in Turkish, with an e-mail address.
async fn enrolled_browser(app: &TestApp) -> StaffClient {
    let browser = app.staff_client();
    let form = browser.get("/anmeldung?tenant=musterstadt&lang=tr").await;
    let token = csrf(&form.body);
    let enrolled = browser
        .post(
            "/anmeldung",
            &[
                ("csrf", token.as_str()),
                ("tenant", "musterstadt"),
                ("lang", "tr"),
                ("given_name", "Şükrü"),
                ("family_name", "Öztürk"),
                ("birth_date", "12.04.1990"),
                ("email", "sukru@example.org"),
            ],
        )
        .await;
    assert_eq!(enrolled.status, 303, "{}", enrolled.body);
    browser
}

/// Asks the overview for a new one-time link; returns its path.
async fn new_link(browser: &StaffClient) -> String {
    let overview = browser.get("/lernen").await;
    assert_eq!(overview.status, 200);
    assert!(
        !overview.body.contains("/weiter/"),
        "no link is made without asking"
    );
    let made = browser
        .post("/lernen/link", &[("csrf", csrf(&overview.body).as_str())])
        .await;
    assert_eq!(made.status, 200, "{}", made.body);
    link_in(&made.body).expect("the new link on the overview")
}

/// The first `/weiter/XXXX-XXXX-XXXX-XXXX` in a text.
fn link_in(text: &str) -> Option<String> {
    let start = text.find("/weiter/")?;
    Some(text[start..start + "/weiter/".len() + 19].to_string())
}

async fn a_resume_link_opens_once_and_a_spent_one_offers_a_new_one_by_mail(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink, &[]).await;
    let first = enrolled_browser(&app).await;
    let link = new_link(&first).await;
    let secret = link.trim_start_matches("/weiter/").replace('-', "");
    assert_eq!(secret.len(), 16, "{link}");
    assert_eq!(
        app.count(&format!(
            "resume_links WHERE secret_hash LIKE '%{secret}%' OR secret_hash = '{}'",
            secret.to_lowercase()
        )),
        0,
        "only a hash of the secret is stored"
    );

    // Another device opens it: the cookie comes with the redirect.
    let second = app.staff_client();
    let opened = second.get(&link).await;
    assert_eq!((opened.status, opened.location.as_str()), (303, "/lernen"));
    assert_eq!(second.get("/lernen").await.status, 200);
    assert_eq!(
        first.get("/lernen").await.status,
        200,
        "the first keeps going"
    );
    // Typed by hand, in small letters and without hyphens, it is the same link.
    let retyped = format!("/weiter/{}", secret.to_lowercase());

    // Used once, it opens nothing more, and says so in the learner's language.
    for path in [&link, &retyped] {
        let third = app.staff_client();
        let spent = third.get(path).await;
        assert_eq!(spent.status, 410, "{}", spent.body);
        assert!(
            spent.body.contains("lang=\"tr\"")
                && spent.body.contains("Bu bağlantı artık geçerli değil"),
            "{}",
            spent.body
        );
        assert_eq!(third.get("/lernen").await.status, 403, "no cookie was set");
    }
    // The old form of the link, with the bearer token in it, opens nothing.
    let enrolment_id: String = {
        use diesel::prelude::*;
        let mut conn = app.db_connection().get().expect("connection");
        belehrung::db::schema::enrolments::table
            .select(belehrung::db::schema::enrolments::id)
            .first(&mut conn)
            .expect("the enrolment")
    };
    let old = app.staff_client();
    let refused = old.get(&format!("/weiter/{enrolment_id}?k=anything")).await;
    assert_eq!(refused.status, 403);
    assert_eq!(old.get("/lernen").await.status, 403);

    // The spent page sends a new link to the address on record.
    let third = app.staff_client();
    let spent = third.get(&link).await;
    let asked = third
        .post(&link, &[("csrf", csrf(&spent.body).as_str())])
        .await;
    assert_eq!(asked.status, 410);
    assert!(
        asked
            .body
            .contains("E-posta adresinize yeni bir bağlantı gönderdik"),
        "{}",
        asked.body
    );
    // Asking again at once sends no second mail.
    let again = third.get(&link).await;
    third
        .post(&link, &[("csrf", csrf(&again.body).as_str())])
        .await;
    let mails = sink.wait_for(1, Duration::from_secs(30)).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert_eq!(mail["to"], "sukru@example.org");
    assert_eq!(mail["attachments"].as_array().map(Vec::len), Some(0));
    let text = mail["text"].as_str().unwrap_or_default();
    let mailed = link_in(text).expect("a link in the mail");
    assert!(text.contains(&format!("{}{mailed}", app.address)), "{text}");
    assert_ne!(mailed, link);
    let fourth = app.staff_client();
    assert_eq!(fourth.get(&mailed).await.status, 303);
    assert_eq!(fourth.get("/lernen").await.status, 200);
    assert_eq!(app.staff_client().get(&mailed).await.status, 410);
    assert_eq!(
        app.count("outbox WHERE kind = 'resume-link'"),
        1,
        "one mail for two requests"
    );
}

async fn a_resume_link_expires(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
            ("BELEHRUNG_RESUME_LINK_DAYS", "2"),
        ],
    )
    .await;
    let browser = enrolled_browser(&app).await;
    let early = new_link(&browser).await;
    let late = new_link(&browser).await;
    app.clock
        .advance(TimeDelta::days(2) - TimeDelta::seconds(1));
    let before = app.staff_client();
    assert_eq!(before.get(&early).await.status, 303, "valid up to its end");
    app.clock.advance(TimeDelta::seconds(1));
    let after = app.staff_client();
    let expired = after.get(&late).await;
    assert_eq!(expired.status, 410, "{}", expired.body);
    assert!(expired.body.contains("Bu bağlantı artık geçerli değil"));
    assert_eq!(after.get("/lernen").await.status, 403);

    // The retention job removes the links and sessions with the unfinished enrolment.
    assert_eq!(app.count("resume_links"), 2);
    assert_eq!(app.count("learner_sessions"), 1);
    app.clock.advance(TimeDelta::days(30));
    app.run_retention();
    for table in ["enrolments", "resume_links", "learner_sessions"] {
        assert_eq!(app.count(table), 0, "{table}");
    }
}

fn learner_cookie(id: &str, token: &str) -> String {
    format!("belehrung_learner={id}.{token}")
}

async fn the_token_ends_the_configured_time_after_the_certificate(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
            ("BELEHRUNG_LEARNER_TOKEN_AFTER_CERTIFICATE_HOURS", "2"),
        ],
    )
    .await;
    let mut body = learner();
    body["language"] = json!("en");
    let (id, token, code) = app.certified(&body).await;
    let page = |path: &'static str| {
        let app = &app;
        let cookie = learner_cookie(&id, &token);
        async move {
            let response = app
                .client
                .get(format!("{}{path}", app.address))
                .header("cookie", cookie)
                .send()
                .await
                .expect("page");
            let status = response.status().as_u16();
            (status, response.text().await.unwrap_or_default())
        }
    };
    let pdf_path = format!("/api/v1/enrolments/{id}/certificate.pdf");

    app.clock
        .advance(TimeDelta::hours(2) - TimeDelta::seconds(1));
    assert_eq!(
        app.get(&format!("/api/v1/enrolments/{id}"), Some(&token))
            .await
            .status,
        200
    );
    assert_eq!(app.bytes(&pdf_path, Some(&token)).await.0, 200);
    assert_eq!(page("/lernen/fertig").await.0, 200);

    app.clock.advance(TimeDelta::seconds(1));
    for path in [format!("/api/v1/enrolments/{id}"), pdf_path.clone()] {
        let refused = app.get(&path, Some(&token)).await;
        assert_eq!(refused.status, 401, "{path}: {}", refused.body);
        assert_eq!(refused.content_type, "application/problem+json");
        assert_eq!(refused.body["type"], "urn:belehrung:problem:access-ended");
        let detail = refused.body["detail"].as_str().unwrap_or_default();
        assert!(
            detail.contains("/api/v1/certificate-access") && detail.contains("/bescheinigung"),
            "{detail}"
        );
    }
    let refused = app
        .post(
            &format!("/api/v1/enrolments/{id}/declaration"),
            Some(&token),
            &json!({"no_known_obstacles": true}),
        )
        .await;
    assert_eq!(refused.status, 401);
    for path in ["/lernen/fertig", "/lernen/bescheinigung.pdf", "/lernen"] {
        let (status, html) = page(path).await;
        assert_eq!(status, 403, "{path}");
        assert!(
            html.contains("lang=\"en\"")
                && html.contains("Your certificate has already been issued")
                && html.contains("class=\"button\" href=\"/bescheinigung?lang=en\""),
            "{html}"
        );
    }
    // The start page still opens, without offering to go on.
    let (status, start) = page("/").await;
    assert_eq!(status, 200);
    assert!(!start.contains("href=\"/lernen\""));
    // The certificate itself is unchanged.
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["status"], "valid");
}

/// The one-time code of the newest code mail to `to`, once `count` mails arrived. A
/// delivery retried after an SMTP timeout draws a new code and mails it again, so the
/// sink is read once no more mail has come for a moment, and the newest code counts.
pub(crate) async fn mailed_code(sink: &SmtpSink, count: usize, to: &str) -> String {
    let mut mails = sink.wait_for(count, Duration::from_secs(30)).await;
    assert!(mails.len() >= count, "{mails:?}");
    loop {
        actix_web::rt::time::sleep(Duration::from_millis(300)).await;
        let now = sink.mails();
        if now.len() == mails.len() {
            break;
        }
        mails = now;
    }
    let mail = mails
        .iter()
        .rev()
        .find(|m| {
            m["to"] == to
                && m["subject"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("Einmalcode")
        })
        .expect("the mail with the code");
    assert_eq!(mail["attachments"].as_array().map(Vec::len), Some(0));
    let text = mail["text"].as_str().unwrap_or_default();
    let marker = "Ihr Einmalcode: ";
    let start = text.find(marker).expect("the code in the mail") + marker.len();
    let code: String = text[start..].chars().take(8).collect();
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
    code
}

async fn the_pdf_comes_with_code_birth_date_and_a_mailed_one_time_code(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink, &[("BELEHRUNG_PDF_CODE_MINUTES", "15")]).await;
    // Three mails must go out: a delivery that fails on a busy machine is retried a
    // second later, which a stopped clock would never reach.
    app.clock.run();
    let (_, _, code) = app.certified(&learner()).await;
    sink.wait_for(1, Duration::from_secs(30)).await;

    // By the API, with the code written in small letters and without hyphens.
    let asked = app
        .post(
            "/api/v1/certificate-access",
            None,
            &json!({"code": code.to_lowercase().replace('-', ""), "birth_date": "1990-04-12"}),
        )
        .await;
    assert_eq!(asked.status, 202, "{}", asked.body);
    let request = asked.body["request"].as_str().expect("request").to_string();
    let one_time = mailed_code(&sink, 2, "lukasz@example.org").await;
    let path = format!("/api/v1/certificate-access/{request}/pdf");
    let (status, pdf) = post_bytes(&app, &path, &json!({"one_time_code": one_time})).await;
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    // Once only.
    let again = app
        .post(&path, None, &json!({"one_time_code": one_time}))
        .await;
    assert_eq!(again.status, 422);
    assert_eq!(
        again.body["type"],
        "urn:belehrung:problem:one-time-code-invalid"
    );

    // By the pages, in English.
    let browser = app.staff_client();
    let form = browser.get("/bescheinigung?lang=en").await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains("Download the certificate"),
        "{}",
        form.body
    );
    let sent = browser
        .post(
            "/bescheinigung",
            &[
                ("csrf", csrf(&form.body).as_str()),
                ("lang", "en"),
                ("code", code.as_str()),
                ("birth_date", "12.04.1990"),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert!(
        sent.body.contains("It is valid for 15 minutes"),
        "{}",
        sent.body
    );
    let request = hidden(&sent.body, "request");
    let one_time = mailed_code(&sink, 3, "lukasz@example.org").await;
    let wrong = browser
        .post(
            "/bescheinigung/code",
            &[
                ("csrf", csrf(&sent.body).as_str()),
                ("lang", "en"),
                ("request", request.as_str()),
                ("one_time_code", "00000000"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(
        wrong.body.contains("The one-time code is wrong"),
        "{}",
        wrong.body
    );
    let response = browser
        .client
        .post(format!("{}/bescheinigung/code", app.address))
        .form(&[
            ("csrf", csrf(&wrong.body).as_str()),
            ("lang", "en"),
            ("request", request.as_str()),
            ("one_time_code", one_time.as_str()),
        ])
        .send()
        .await
        .expect("download");
    if response.status().as_u16() != 200 {
        let status = response.status();
        panic!("{status}: {}", response.text().await.unwrap_or_default());
    }
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(response.bytes().await.expect("body").starts_with(b"%PDF"));
    assert_eq!(
        app.count("pdf_requests WHERE used_at IS NOT NULL"),
        2,
        "each code was used once"
    );
}

async fn post_bytes(app: &TestApp, path: &str, body: &Value) -> (u16, Vec<u8>) {
    let response = app
        .client
        .post(format!("{}{path}", app.address))
        .json(body)
        .send()
        .await
        .expect("request sent");
    let status = response.status().as_u16();
    (status, response.bytes().await.expect("body").to_vec())
}

pub(crate) fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).expect("the field") + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn wrong_birth_dates_codes_and_too_many_tries_are_refused_and_reveal_nothing(
    backend: Backend,
) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink, &[]).await;
    let (_, _, code) = app.certified(&learner()).await;
    sink.wait_for(1, Duration::from_secs(30)).await;
    let ask = |code: String, birth_date: &'static str| {
        let app = &app;
        async move {
            app.post(
                "/api/v1/certificate-access",
                None,
                &json!({"code": code, "birth_date": birth_date}),
            )
            .await
        }
    };

    // A wrong birth date, and a code no certificate has: the same answer as a match,
    // and no mail, no request stored.
    let unknown = CertificateCode::generate().to_string();
    let wrong_birth = ask(code.clone(), "1990-04-13").await;
    let no_such = ask(unknown, "1990-04-12").await;
    for answer in [&wrong_birth, &no_such] {
        assert_eq!(answer.status, 202, "{}", answer.body);
        let keys: Vec<&String> = answer.body.as_object().expect("object").keys().collect();
        assert_eq!(keys, ["expires_at", "request"]);
    }
    assert_eq!(app.count("pdf_requests"), 0);
    assert_eq!(app.count("outbox WHERE kind = 'pdf-code'"), 0);
    // Their request ids take no code.
    let request = wrong_birth.body["request"]
        .as_str()
        .expect("id")
        .to_string();
    let tried = app
        .post(
            &format!("/api/v1/certificate-access/{request}/pdf"),
            None,
            &json!({"one_time_code": "12345678"}),
        )
        .await;
    assert_eq!(tried.status, 422);
    assert_eq!(
        tried.body["type"],
        "urn:belehrung:problem:one-time-code-invalid"
    );
    // A mistyped code is told as a typo, as the public lookup does.
    let typo = {
        let mut chars: Vec<char> = code.chars().collect();
        chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect::<String>()
    };
    assert_eq!(ask(typo, "1990-04-12").await.status, 422);

    // Five wrong codes void the request: the right one is refused after them.
    let asked = ask(code.clone(), "1990-04-12").await;
    let matched_keys: Vec<&String> = asked.body.as_object().expect("object").keys().collect();
    assert_eq!(matched_keys, ["expires_at", "request"]);
    let request = asked.body["request"].as_str().expect("id").to_string();
    let one_time = mailed_code(&sink, 2, "lukasz@example.org").await;
    let path = format!("/api/v1/certificate-access/{request}/pdf");
    let wrong_code = if one_time == "00000000" {
        "11111111"
    } else {
        "00000000"
    };
    for _ in 0..5 {
        let wrong = app
            .post(&path, None, &json!({"one_time_code": wrong_code}))
            .await;
        assert_eq!(wrong.status, 422);
    }
    let too_late = app
        .post(&path, None, &json!({"one_time_code": one_time}))
        .await;
    assert_eq!(too_late.status, 422, "void after five tries");
    assert_eq!(
        tried.body, too_late.body,
        "the same answer for every refusal"
    );

    // A code expires after its minutes.
    let asked = ask(code.clone(), "1990-04-12").await;
    let request = asked.body["request"].as_str().expect("id").to_string();
    let one_time = mailed_code(&sink, 3, "lukasz@example.org").await;
    app.clock.advance(TimeDelta::minutes(15));
    let expired = app
        .post(
            &format!("/api/v1/certificate-access/{request}/pdf"),
            None,
            &json!({"one_time_code": one_time}),
        )
        .await;
    assert_eq!(expired.status, 422, "expired");
    // Nothing was downloaded.
    assert_eq!(app.count("pdf_requests WHERE used_at IS NOT NULL"), 0);
}

async fn a_certificate_revoked_after_the_code_was_mailed_is_not_handed_out(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink, &[]).await;
    let (_, _, code) = app.certified(&learner()).await;
    sink.wait_for(1, Duration::from_secs(30)).await;
    let asked = app
        .post(
            "/api/v1/certificate-access",
            None,
            &json!({"code": code, "birth_date": "1990-04-12"}),
        )
        .await;
    assert_eq!(asked.status, 202, "{}", asked.body);
    let request = asked.body["request"].as_str().expect("request").to_string();
    let one_time = mailed_code(&sink, 2, "lukasz@example.org").await;

    let (ok, _, err) = app.run(&["certificates", "revoke", &code, "--reason", "replaced"]);
    assert!(ok, "{err}");
    let path = format!("/api/v1/certificate-access/{request}/pdf");
    let refused = app
        .post(&path, None, &json!({"one_time_code": one_time}))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        refused.body["type"],
        "urn:belehrung:problem:one-time-code-invalid"
    );
    // And a new request for the revoked certificate mails nothing.
    let again = app
        .post(
            "/api/v1/certificate-access",
            None,
            &json!({"code": code, "birth_date": "1990-04-12"}),
        )
        .await;
    assert_eq!(again.status, 202);
    actix_web::rt::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.mails().len(), 2, "no third mail");
}

async fn another_client_cannot_use_up_the_holders_code_mails(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(
        backend,
        &sink,
        &[("BELEHRUNG_TRUSTED_PROXIES", "127.0.0.1")],
    )
    .await;
    let (_, _, code) = app.certified(&learner()).await;
    sink.wait_for(1, Duration::from_secs(30)).await;
    // The birth date is in the public lookup: anyone who knows the code can ask.
    let ask = |client: String| {
        let request = app
            .client
            .post(format!("{}/api/v1/certificate-access", app.address))
            .header("x-forwarded-for", client.clone())
            .json(&json!({"code": code, "birth_date": "1990-04-12"}));
        async move {
            let response = request.send().await.expect("request");
            let status = response.status().as_u16();
            assert_eq!(
                status,
                202,
                "{client}: {}",
                response.text().await.unwrap_or_default()
            );
        }
    };
    let settled = |count: usize| {
        let sink = &sink;
        async move {
            sink.wait_for(count, Duration::from_secs(30)).await;
            actix_web::rt::time::sleep(Duration::from_millis(1500)).await;
            sink.mails().len()
        }
    };
    for _ in 0..4 {
        ask("203.0.113.9".to_string()).await;
    }
    assert_eq!(
        settled(4).await,
        4,
        "3 codes for that client, the 4th request mails nothing"
    );
    ask("198.51.100.7".to_string()).await;
    assert_eq!(
        settled(5).await,
        5,
        "the holder's own request still gets a code"
    );
    // Many clients together: at most 10 codes per certificate an hour.
    for n in 1..=8 {
        ask(format!("192.0.2.{n}")).await;
    }
    assert_eq!(settled(11).await, 11, "1 certificate mail and 10 codes");
}
