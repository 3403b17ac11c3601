//! Fees as each office chooses them: Musterstadt charges nothing; Beispielkreis charges
//! before the certificate, online on the Land's platform (XBezahldienste) or with a
//! voucher; Beispielstadt before the course. A payment is created once however often the
//! learner clicks, is read from the platform on return and by the background check, and
//! settles the fee exactly once; what the platform reports about another payment or
//! another amount changes nothing.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_problem, learner, spawn_app, spawn_app_configured};
use crate::identity_checks::{confirm, office_learner};
use crate::on_both_backends;
use crate::payment_platform::TestPlatform;
use belehrung::staff::Role;

on_both_backends!(
    a_free_office_issues_at_once,
    paying_before_the_certificate_settles_once_and_goes_on,
    a_learner_who_never_returns_is_settled_by_the_background_check,
    a_cancelled_payment_can_be_started_again,
    a_payment_the_platform_times_out_can_be_started_again,
    an_unavailable_platform_keeps_the_enrolment_and_is_retried,
    the_platform_cannot_report_another_payment_or_amount,
    paying_before_the_course_opens_it,
    a_voucher_settles_once_and_never_twice,
    guessing_vouchers_is_limited_per_client,
    nothing_is_paid_twice_when_settled_otherwise,
    reloading_does_not_flood_the_platform_and_a_refused_answer_does_not_block,
    the_certificate_mail_states_the_payment,
);

/// The service with the example offices connected to `platform`, checking open
/// payments every second.
pub async fn app_with_platform(backend: Backend, platform: &TestPlatform) -> TestApp {
    let file = platform.config_file();
    spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0.95"),
            ("BELEHRUNG_PAYMENT_PLATFORMS", file.as_str()),
            ("BELEHRUNG_PAYMENT_CHECK_SECONDS", "1"),
        ],
    )
    .await
}

async fn fee(app: &TestApp, id: &str, token: &str) -> Value {
    let answer = app
        .get(&format!("/api/v1/enrolments/{id}/fee"), Some(token))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body
}

async fn pay(app: &TestApp, id: &str, token: &str) -> crate::helpers::Response {
    app.post(
        &format!("/api/v1/enrolments/{id}/fee/payment"),
        Some(token),
        &json!({}),
    )
    .await
}

/// Declared at Beispielkreis without paying: the declaration waits for the fee.
async fn declared_unpaid(app: &TestApp) -> (String, String) {
    app.declared_unpaid(&office_learner("beispielkreis")).await
}

/// Polls until `check` holds for the fee (the background check runs every second).
async fn fee_until(app: &TestApp, id: &str, token: &str, check: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..100 {
        let answer = app
            .get(&format!("/api/v1/enrolments/{id}"), Some(token))
            .await;
        let _ = answer;
        let view = fee(app, id, token).await;
        if check(&view) {
            return view;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the fee never reached the expected state: {}",
        fee(app, id, token).await
    );
}

async fn a_free_office_issues_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.enrol_unpaid(&learner()).await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "free", "{view}");
    assert_eq!(view["pay_online"], false);
    assert!(view.get("amount_cents").is_none());
    // Nothing to pay: starting a payment is refused, not a charge.
    assert_problem(&pay(&app, &id, &token).await, 422);
    let page = app
        .learner_client(&id, &token)
        .get("/anmeldung?tenant=musterstadt")
        .await;
    assert!(page.body.contains("kostenlos"), "{}", page.body);
}

async fn paying_before_the_certificate_settles_once_and_goes_on(backend: Backend) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let staff = app.add_staff("beispielkreis", "berta", Role::Staff, false);
    let second = app.add_staff("beispielkreis", "bruno", Role::Staff, false);
    let (id, token) = declared_unpaid(&app).await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["amount_cents"], 2000, "{view}");
    assert_eq!(view["due"], "before_certificate");
    assert_eq!(view["pay_online"], true);
    assert_eq!(view["vouchers"], true);
    assert_eq!(app.enrolment(&id, &token).await["status"], "fee");
    // Nothing issued, no check opened while the fee is due.
    assert_eq!(app.count("certificates"), 0);
    assert_eq!(app.count("identity_checks"), 0);

    // A click, a reload, a second tab, at the same moment: one payment.
    let (a, b, c) = tokio::join!(
        pay(&app, &id, &token),
        pay(&app, &id, &token),
        pay(&app, &id, &token)
    );
    for answer in [&a, &b, &c] {
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    let pay_url = a.body["pay_url"].as_str().expect("pay url").to_string();
    assert_eq!(b.body["pay_url"], a.body["pay_url"]);
    assert_eq!(c.body["pay_url"], a.body["pay_url"]);
    assert!(pay_url.starts_with(&platform.base), "{pay_url}");
    let transactions = platform.transactions().await;
    assert_eq!(transactions.len(), 1, "{transactions:?}");
    assert_eq!(transactions[0]["grosAmount"].as_f64(), Some(20.0));

    // The learner pays and is sent back to the service's return address.
    let back = platform.click(&pay_url, "pay").await;
    assert_eq!(back, format!("{}/lernen/gebuehr/zurueck", app.address));
    let learner = app.learner_client(&id, &token);
    let returned = learner.get("/lernen/gebuehr/zurueck").await;
    assert_eq!(
        returned.status, 303,
        "settled: on to what follows the declaration"
    );
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "settled", "{view}");
    assert_eq!(view["settlement"]["kind"], "online");
    assert_eq!(view["settlement"]["amount_cents"], 2000);
    let reference = view["settlement"]["reference"]
        .as_str()
        .expect("reference")
        .to_string();
    assert!(reference.starts_with("KZ-"), "{reference}");

    // The office checks identity next (a learner without the online ID card).
    let enrolment = app.enrolment(&id, &token).await;
    assert_eq!(enrolment["status"], "identity_check", "{enrolment}");
    let case = enrolment["identity_check"]["case_number"]
        .as_str()
        .expect("case")
        .to_string();
    // Paying again, or returning again, charges nothing and changes nothing.
    let again = pay(&app, &id, &token).await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.body["status"], "settled");
    let transactions = platform.transactions().await;
    assert_eq!(transactions.len(), 1);
    assert_eq!(
        transactions[0]["createCalls"], 1,
        "the other clicks waited for the first"
    );
    learner.get("/lernen/gebuehr/zurueck").await;
    assert_eq!(app.count("fee_settlements"), 1);
    assert_eq!(app.count("identity_checks"), 1);

    // Confirmed (Beispielkreis takes two people): one certificate, whose page and mail
    // state the payment.
    for person in [&staff, &second] {
        let office = app.logged_in(person).await;
        assert_eq!(confirm(&office, &case).await.status, 200);
    }
    assert_eq!(app.count("certificates"), 1);
    let done = learner.get("/lernen/fertig").await;
    assert!(done.body.contains("20,00 €"), "{}", done.body);
    assert!(done.body.contains(&reference), "{}", done.body);
}

async fn a_learner_who_never_returns_is_settled_by_the_background_check(backend: Backend) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let (id, token) = declared_unpaid(&app).await;
    let answer = pay(&app, &id, &token).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let transaction = platform.transactions().await[0]["transactionId"]
        .as_str()
        .expect("id")
        .to_string();
    // Paid, and the tab closed: no return. The background check finds it.
    platform.finish(&transaction, "PAYED").await;
    for _ in 0..100 {
        if app.count("fee_settlements") == 1 {
            break;
        }
        // The service's clock is the test's: the next check comes due as it moves.
        app.clock.advance(chrono::TimeDelta::seconds(2));
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("fee_settlements"), 1);
    assert_eq!(app.enrolment(&id, &token).await["status"], "identity_check");
    assert_eq!(app.count("identity_checks"), 1);
}

async fn a_cancelled_payment_can_be_started_again(backend: Backend) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let (id, token) = declared_unpaid(&app).await;
    let first = pay(&app, &id, &token).await.body["pay_url"]
        .as_str()
        .expect("pay url")
        .to_string();
    platform.click(&first, "cancel").await;
    let page = app
        .learner_client(&id, &token)
        .get("/lernen/gebuehr/zurueck")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("abgebrochen"), "{}", page.body);
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "due");
    assert_eq!(view["payment"]["state"], "cancelled");
    // A new payment, paid this time; the cancelled one stays cancelled.
    let second = pay(&app, &id, &token).await.body["pay_url"]
        .as_str()
        .expect("pay url")
        .to_string();
    assert_ne!(second, first);
    platform.click(&second, "fail").await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["payment"]["state"], "failed", "{view}");
    let third = pay(&app, &id, &token).await.body["pay_url"]
        .as_str()
        .expect("pay url")
        .to_string();
    platform.click(&third, "pay").await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "settled", "{view}");
    let transactions = platform.transactions().await;
    assert_eq!(transactions.len(), 3);
    let paid = transactions
        .iter()
        .filter(|t| t["status"] == "PAYED")
        .count();
    assert_eq!(paid, 1);
}

async fn an_unavailable_platform_keeps_the_enrolment_and_is_retried(backend: Backend) {
    let mut platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let (id, token) = declared_unpaid(&app).await;
    // 5xx, then a malformed answer: the learner hears "try again in a few minutes".
    platform.fault("http503", 1).await;
    let refused = pay(&app, &id, &token).await;
    assert_problem(&refused, 503);
    assert_eq!(
        refused.body["type"]
            .as_str()
            .map(|t| t.ends_with("payment-unavailable")),
        Some(true),
        "{}",
        refused.body
    );
    platform.fault("malformed", 1).await;
    assert_problem(&pay(&app, &id, &token).await, 503);
    let page = app.learner_client(&id, &token);
    let csrf = crate::staff_client::csrf(&page.get("/lernen/gebuehr").await.body);
    platform.fault("http500", 1).await;
    let shown = page
        .post("/lernen/gebuehr/bezahlen", &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(shown.status, 422, "{}", shown.body);
    assert!(shown.body.contains("in ein paar Minuten"), "{}", shown.body);
    // A platform that answers slower than the service waits: the request is sent again
    // with the same request id, and the platform's PAYMENT_EXISTS leads to the same
    // transaction.
    platform.fault("slow", 1).await;
    assert_problem(&pay(&app, &id, &token).await, 503);
    let answer = pay(&app, &id, &token).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let transactions = platform.transactions().await;
    assert_eq!(transactions.len(), 1, "one payment: {transactions:?}");
    // The enrolment is kept: paid while the platform is down for the service, it is
    // recorded once the platform answers again.
    let transaction = transactions[0]["transactionId"]
        .as_str()
        .expect("id")
        .to_string();
    platform.finish(&transaction, "PAYED").await;
    platform.stop();
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "due", "{view}");
    assert_eq!(app.enrolment(&id, &token).await["status"], "fee");
    let port = platform.port();
    drop(platform);
    let restarted = TestPlatform::start_on(port, 900);
    // The restarted platform has lost its memory; a real one has not. The service
    // asks about the payment it knows and, finding none, keeps it open and retries.
    let _ = restarted;
    assert_eq!(app.count("fee_settlements"), 0);
}

async fn the_platform_cannot_report_another_payment_or_amount(backend: Backend) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let (other_id, other_token) = declared_unpaid(&app).await;
    let other_url = pay(&app, &other_id, &other_token).await.body["pay_url"]
        .as_str()
        .expect("pay url")
        .to_string();
    platform.click(&other_url, "pay").await;
    assert_eq!(
        fee(&app, &other_id, &other_token).await["status"],
        "settled"
    );
    let (id, token) = declared_unpaid(&app).await;
    let answer = pay(&app, &id, &token).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let mine = platform
        .transactions()
        .await
        .into_iter()
        .find(|t| t["status"] == "INITIAL")
        .expect("the open payment");
    // The status of another (paid) transaction, and then a paid amount of 1 € more:
    // neither settles this learner's fee.
    platform.fault("other_transaction", 1).await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "due", "{view}");
    platform
        .finish(mine["transactionId"].as_str().expect("id"), "PAYED")
        .await;
    platform.fault("wrong_amount", 50).await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "due", "{view}");
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(fee(&app, &id, &token).await["status"], "due");
    assert_eq!(app.count("fee_settlements"), 1, "only the other learner's");
    // Once the platform reports the payment as it is, it settles.
    platform.fault("none", 0).await;
    fee_until(&app, &id, &token, |v| v["status"] == "settled").await;
    assert_eq!(app.count("fee_settlements"), 2);
}

async fn paying_before_the_course_opens_it(backend: Backend) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let (id, token) = app.enrol_unpaid(&office_learner("beispielstadt")).await;
    assert_eq!(app.enrolment(&id, &token).await["status"], "fee");
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["due"], "before_course");
    assert_eq!(view["amount_cents"], 3000);
    assert_eq!(view["vouchers"], false);
    assert_eq!(view["waivers"], json!(["volunteer"]));
    // The course is closed: watching and the quiz are refused, the chapter page leads
    // to the fee.
    let lesson = belehrung::course::Content::load(&crate::helpers::content_dir())
        .expect("content")
        .course
        .language("de")
        .expect("de")
        .lessons[0]
        .id
        .clone();
    assert_problem(&app.report(&id, &token, &lesson, 0.0, 5.0).await, 409);
    assert_problem(&app.start_quiz(&id, &token).await, 409);
    let chapter = app
        .learner_client(&id, &token)
        .get(&format!("/lernen/kapitel/{lesson}"))
        .await;
    assert!(
        chapter.body.contains("/lernen/gebuehr") || chapter.status == 303,
        "{}",
        chapter.status
    );
    // Beispielstadt takes no vouchers.
    let voucher = app
        .post(
            &format!("/api/v1/enrolments/{id}/fee/voucher"),
            Some(&token),
            &json!({"code": "0000-0000-0000"}),
        )
        .await;
    assert_problem(&voucher, 422);
    let url = pay(&app, &id, &token).await.body["pay_url"]
        .as_str()
        .expect("pay url")
        .to_string();
    platform.click(&url, "pay").await;
    assert_eq!(fee(&app, &id, &token).await["status"], "settled");
    assert_eq!(app.enrolment(&id, &token).await["status"], "learning");
    assert_eq!(app.report(&id, &token, &lesson, 0.0, 5.0).await.status, 204);
}

async fn a_voucher_settles_once_and_never_twice(backend: Backend) {
    let app = spawn_app(backend).await;
    let code = belehrung::domain::VoucherCode::generate();
    let other = belehrung::domain::VoucherCode::generate();
    app.execute(
        "INSERT INTO voucher_batches (id, tenant, label, expires_on, created_at, created_by) \
         VALUES ('b1', 'beispielkreis', 'Bäckerei Korn', '2027-12-31', '2026-11-23 09:00:00', 'berta'), \
                ('b2', 'beispielkreis', 'abgelaufen', '2026-11-01', '2026-10-01 09:00:00', 'berta'), \
                ('b3', 'beispielstadt', 'Stadt', '2027-12-31', '2026-11-23 09:00:00', 'carl')",
    );
    let expired = belehrung::domain::VoucherCode::generate();
    let foreign = belehrung::domain::VoucherCode::generate();
    app.execute(&format!(
        "INSERT INTO vouchers (code, batch_id, tenant) VALUES ('{}', 'b1', 'beispielkreis'), ('{}', 'b1', 'beispielkreis'), ('{}', 'b2', 'beispielkreis'), ('{}', 'b3', 'beispielstadt')",
        code.compact(),
        other.compact(),
        expired.compact(),
        foreign.compact()
    ));
    let redeem = |id: String, token: String, code: String| {
        let app = &app;
        async move {
            app.post(
                &format!("/api/v1/enrolments/{id}/fee/voucher"),
                Some(&token),
                &json!({ "code": code }),
            )
            .await
        }
    };
    // 100 tries of one code at the same moment, by five learners: one gets it.
    let mut learners = Vec::new();
    for _ in 0..5 {
        learners.push(declared_unpaid(&app).await);
    }
    let tries = (0..100).map(|i| {
        let (id, token) = &learners[i % learners.len()];
        redeem(id.clone(), token.clone(), code.to_string())
    });
    let answers = futures_util::future::join_all(tries).await;
    let won: Vec<_> = answers.iter().filter(|a| a.status == 200).collect();
    assert_eq!(
        won.len(),
        1,
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    assert_eq!(won[0].body["settlement"]["kind"], "voucher");
    // The others: the voucher is taken, or (the winner's own other tries) the fee is
    // settled already.
    for lost in answers.iter().filter(|a| a.status != 200) {
        assert!([409, 422].contains(&lost.status), "{}", lost.body);
    }
    assert_eq!(app.count("fee_settlements"), 1);
    // Replayed by its winner: the fee is settled already.
    let winner = learners
        .iter()
        .zip(&answers)
        .find(|(_, a)| a.status == 200)
        .map(|(l, _)| l.clone())
        .expect("winner");
    assert_problem(
        &redeem(winner.0.clone(), winner.1.clone(), code.to_string()).await,
        409,
    );
    assert_eq!(
        app.enrolment(&winner.0, &winner.1).await["status"],
        "identity_check"
    );
    // Expired, another office's, a typo, unknown: refused, nothing used.
    let (id, token) = learners
        .iter()
        .find(|(id, _)| *id != winner.0)
        .cloned()
        .expect("a learner without a voucher");
    for refused in [expired.to_string(), foreign.to_string()] {
        let answer = redeem(id.clone(), token.clone(), refused).await;
        assert_problem(&answer, 422);
    }
    let mut typo: Vec<char> = other.to_string().chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let answer = redeem(id.clone(), token.clone(), typo).await;
    assert_problem(&answer, 422);
    assert_eq!(
        answer.body["errors"][0]["reason"], "voucher-typo",
        "{}",
        answer.body
    );
    let answer = redeem(id.clone(), token.clone(), other.to_string().to_lowercase()).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(app.count("fee_settlements"), 2);
}

async fn guessing_vouchers_is_limited_per_client(backend: Backend) {
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_LOOKUP_RATE_PER_MINUTE", "5"),
            ("BELEHRUNG_LOOKUP_BURST", "5"),
        ],
    )
    .await;
    let (id, token) = declared_unpaid(&app).await;
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let guess = belehrung::domain::VoucherCode::generate().to_string();
        let answer = app
            .post(
                &format!("/api/v1/enrolments/{id}/fee/voucher"),
                Some(&token),
                &json!({ "code": guess }),
            )
            .await;
        statuses.push(answer.status);
    }
    assert_eq!(&statuses[..5], &[422; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
}

async fn the_certificate_mail_states_the_payment(backend: Backend) {
    let sink = crate::smtp::SmtpSink::started();
    let platform = TestPlatform::start(900);
    let file = platform.config_file();
    let app = spawn_app_configured(
        backend,
        &[
            ("BELEHRUNG_PAYMENT_PLATFORMS", file.as_str()),
            ("BELEHRUNG_SMTP_URL", &sink.url()),
        ],
    )
    .await;
    let (id, token) = declared_unpaid(&app).await;
    let url = pay(&app, &id, &token).await.body["pay_url"]
        .as_str()
        .expect("pay url")
        .to_string();
    platform.click(&url, "pay").await;
    let view = fee(&app, &id, &token).await;
    let reference = view["settlement"]["reference"]
        .as_str()
        .expect("reference")
        .to_string();
    let case = app.enrolment(&id, &token).await["identity_check"]["case_number"]
        .as_str()
        .expect("case")
        .to_string();
    for login in ["berta", "bruno"] {
        let person = app.add_staff("beispielkreis", login, Role::Staff, false);
        let office = app.logged_in(&person).await;
        assert_eq!(confirm(&office, &case).await.status, 200);
    }
    let mails = sink.wait_for(1, std::time::Duration::from_secs(30)).await;
    let text = mails[0]["text"].as_str().unwrap_or_default();
    assert!(
        text.contains(&format!(
            "Gebühr bezahlt: 20,00 € am 23.11.2026, Buchungszeichen {reference}."
        )),
        "{text}"
    );
}

async fn nothing_is_paid_twice_when_settled_otherwise(backend: Backend) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let code = belehrung::domain::VoucherCode::generate();
    app.execute(
        "INSERT INTO voucher_batches (id, tenant, label, expires_on, created_at, created_by) \
         VALUES ('b1', 'beispielkreis', 'Bäckerei Korn', '2027-12-31', '2026-11-23 09:00:00', 'berta')",
    );
    app.execute(&format!(
        "INSERT INTO vouchers (code, batch_id, tenant) VALUES ('{}', 'b1', 'beispielkreis')",
        code.compact()
    ));
    let (id, token) = declared_unpaid(&app).await;
    // The platform takes longer than the service waits: while the request is under way,
    // the voucher waits too.
    platform.fault("slow", 1).await;
    let voucher_path = format!("/api/v1/enrolments/{id}/fee/voucher");
    let voucher_body = json!({ "code": code.to_string() });
    let redeem = || app.post(&voucher_path, Some(&token), &voucher_body);
    let (paying, meanwhile) = tokio::join!(pay(&app, &id, &token), async {
        actix_web::rt::time::sleep(std::time::Duration::from_millis(500)).await;
        redeem().await
    });
    assert_problem(&paying, 503);
    assert_problem(&meanwhile, 409);
    assert!(
        meanwhile.body["type"]
            .as_str()
            .unwrap_or_default()
            .ends_with("payment-open")
    );
    // Unanswered, the payment never reached the learner: the voucher may settle the fee,
    // and the payment the platform made meanwhile is never handed out.
    let settled = redeem().await;
    assert_eq!(settled.status, 200, "{}", settled.body);
    assert_eq!(settled.body["settlement"]["kind"], "voucher");
    let after = pay(&app, &id, &token).await;
    assert_eq!(after.status, 200, "{}", after.body);
    assert_eq!(after.body["status"], "settled", "{}", after.body);
    assert!(after.body.get("pay_url").is_none(), "{}", after.body);
    let view = fee(&app, &id, &token).await;
    assert!(view["payment"].get("pay_url").is_none(), "{view}");
    assert_eq!(app.count("fee_settlements"), 1);

    // A waiver claim waits for staff: no payment starts meanwhile.
    let (id, token) = app.enrol_unpaid(&office_learner("beispielstadt")).await;
    let claimed = app
        .post(
            &format!("/api/v1/enrolments/{id}/fee/waiver"),
            Some(&token),
            &json!({"category": "volunteer", "reason": "Tafel Beispielstadt"}),
        )
        .await;
    assert_eq!(claimed.status, 200, "{}", claimed.body);
    assert_eq!(claimed.body["status"], "waiver_pending");
    let refused = pay(&app, &id, &token).await;
    assert_problem(&refused, 409);
    assert!(
        refused.body["type"]
            .as_str()
            .unwrap_or_default()
            .ends_with("waiver-pending")
    );
    // Invisible or reordering characters are no reason.
    let (other, other_token) = app.enrol_unpaid(&office_learner("beispielstadt")).await;
    for reason in ["\u{200b}", "Tafel \u{202e}tsamlöK", "  "] {
        let answer = app
            .post(
                &format!("/api/v1/enrolments/{other}/fee/waiver"),
                Some(&other_token),
                &json!({"category": "volunteer", "reason": reason}),
            )
            .await;
        assert_problem(&answer, 422);
    }
}

async fn a_payment_the_platform_times_out_can_be_started_again(backend: Backend) {
    // The platform ends an unpaid payment after its timeout (here a second) as FAILED.
    let platform = TestPlatform::start(1);
    let app = app_with_platform(backend, &platform).await;
    let (id, token) = declared_unpaid(&app).await;
    let first = pay(&app, &id, &token).await;
    assert_eq!(first.status, 200, "{}", first.body);
    actix_web::rt::time::sleep(std::time::Duration::from_millis(3100)).await;
    let view = fee(&app, &id, &token).await;
    assert_eq!(view["status"], "due", "{view}");
    assert_eq!(view["payment"]["state"], "failed", "{view}");
    let second = pay(&app, &id, &token).await;
    assert_eq!(second.status, 200, "{}", second.body);
    assert_ne!(second.body["pay_url"], first.body["pay_url"]);
    platform
        .click(second.body["pay_url"].as_str().expect("url"), "pay")
        .await;
    assert_eq!(fee(&app, &id, &token).await["status"], "settled");
    assert_eq!(app.count("fee_settlements"), 1);
}

async fn reloading_does_not_flood_the_platform_and_a_refused_answer_does_not_block(
    backend: Backend,
) {
    let platform = TestPlatform::start(900);
    let app = app_with_platform(backend, &platform).await;
    let (id, token) = declared_unpaid(&app).await;
    // The create answer names another transaction: refused; the next click sends the
    // same request again at once (no wait) and finds the payment the platform made.
    platform.fault("other_transaction", 1).await;
    assert_problem(&pay(&app, &id, &token).await, 503);
    let started = std::time::Instant::now();
    let answer = pay(&app, &id, &token).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(platform.transactions().await.len(), 1);
    // 60 reloads of the fee at once: the platform is asked a few times, not 60.
    let before = platform.status_reads();
    let path = format!("/api/v1/enrolments/{id}/fee");
    let reloads = (0..60).map(|_| app.get(&path, Some(&token)));
    for view in futures_util::future::join_all(reloads).await {
        assert_eq!(view.status, 200, "{}", view.body);
    }
    let asked = platform.status_reads() - before;
    assert!(asked <= 4, "{asked} status reads for 60 reloads");
}
