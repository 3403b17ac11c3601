//! Offices are isolated: staff of one office can neither see, find, revoke nor reissue
//! another office's certificate, by any route; their own they can, and every action is
//! in their office's audit log.

use belehrung::staff::Role;
use serde_json::Value;

use crate::helpers::{Backend, learner, spawn_app};
use crate::identity_checks::{certified_by_staff, office_learner};
use crate::on_both_backends;

on_both_backends!(staff_reach_their_own_office_only);

fn other_office_learner() -> Value {
    office_learner("beispielstadt")
}

async fn staff_reach_their_own_office_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let own_admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let other_staff = app.add_staff("beispielstadt", "carl", Role::Staff, false);
    let (_, _, own_code) = app.certified(&learner()).await;
    let checker = app.logged_in(&other_staff).await;
    let foreign_code = certified_by_staff(&app, &other_office_learner(), &checker).await;
    let client = app.logged_in(&own_admin).await;
    let token = client.csrf_of("/staff").await;

    // Every route that names a record, with the other office's code.
    let show = client
        .get(&format!("/staff/certificates/{foreign_code}"))
        .await;
    assert_eq!(show.status, 404);
    assert!(!show.body.contains("Παπαδοπούλου"));
    let by_code = client
        .get(&format!("/staff/search?code={foreign_code}"))
        .await;
    assert_eq!(by_code.status, 303, "a well-formed code leads to its page…");
    assert_eq!(
        client.get(&by_code.location).await.status,
        404,
        "…which is not found"
    );
    let by_person = client.search_person("Παπαδοπούλου", "", "1985-02-03").await;
    assert_eq!(by_person.status, 200);
    assert!(by_person.body.contains("Treffer: 0"), "{}", by_person.body);
    let revoke = client
        .post(
            &format!("/staff/certificates/{foreign_code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("reason", "Versuch"),
            ],
        )
        .await;
    assert_eq!(revoke.status, 404);
    let reissue = client
        .post(
            &format!("/staff/certificates/{foreign_code}/reissue"),
            &[("csrf", token.as_str()), ("email", "")],
        )
        .await;
    assert_eq!(reissue.status, 404);
    let reissue_mail = client
        .post(
            &format!("/staff/certificates/{foreign_code}/reissue"),
            &[("csrf", token.as_str()), ("email", "x@example.org")],
        )
        .await;
    assert_eq!(reissue_mail.status, 404);
    let disable = client
        .post("/staff/accounts/carl/disable", &[("csrf", token.as_str())])
        .await;
    assert_eq!(disable.status, 404, "another office's account");
    let foreign = app
        .get(&format!("/api/v1/certificates/{foreign_code}"), None)
        .await;
    assert_eq!(foreign.body["status"], "valid", "untouched");
    assert_eq!(
        app.count("outbox"),
        2,
        "the two certificate mails, no reissue mail"
    );
    let other_login = app
        .staff_client()
        .log_in("carl", other_staff.password.expose(), None)
        .await;
    assert_eq!(other_login.status, 303, "carl's account still works");

    // Lists show the own office only.
    let figures = client
        .get("/staff/figures?from=2026-11-01&to=2026-11-30")
        .await;
    assert_eq!(figures.status, 200);
    assert_eq!(
        figures.body.matches("<tr><td>").count(),
        1,
        "one row: the own learner's day and language"
    );
    let csv = client
        .get("/staff/figures.csv?from=2026-11-01&to=2026-11-30")
        .await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.body.lines().count(), 2, "{}", csv.body);
    assert!(
        csv.body
            .starts_with("day,language,enrolled,watched,passed,certified,median_minutes,identity_none,identity_staff,identity_bundid,paid_online_eur,paid_at_desk_eur,vouchers_used,waivers_granted\n")
    );
    assert!(csv.body.contains("2026-11-23,de,1,1,1,1,"), "{}", csv.body);
    assert!(
        csv.body.trim_end().ends_with(",1,0,0,0.00,0.00,0,0"),
        "one unchecked, no fee: {}",
        csv.body
    );
    let accounts = client.get("/staff/accounts").await;
    assert!(accounts.body.contains("anna") && !accounts.body.contains("carl"));

    // The own certificate: found by person, revoked, reissued.
    let found = client.search_person("Żółć", "Łukasz", "1990-04-12").await;
    // Typed without the accents, as on a German keyboard.
    let typed = client.search_person("zolc", "Lukasz", "1990-04-12").await;
    assert!(typed.body.contains("Treffer: 1"), "{}", typed.body);
    // Names in the address are not read: the form posts them.
    let by_address = client
        .get("/staff/search?family_name=%C5%BB%C3%B3%C5%82%C4%87&given_name=%C5%81ukasz&birth_date=1990-04-12")
        .await;
    assert!(
        by_address.status == 200 && !by_address.body.contains("Treffer"),
        "{}",
        by_address.body
    );
    let without_token = client
        .post(
            "/staff/search",
            &[("family_name", "Żółć"), ("birth_date", "1990-04-12")],
        )
        .await;
    assert_eq!(without_token.status, 403);
    assert!(
        found.body.contains("Treffer: 1") && found.body.contains(&own_code),
        "{}",
        found.body
    );
    let revoke = client
        .post(
            &format!("/staff/certificates/{own_code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("reason", "Falsche Person"),
            ],
        )
        .await;
    assert_eq!(revoke.status, 200, "{}", revoke.body);
    let again = client
        .post(
            &format!("/staff/certificates/{own_code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("reason", "nochmal"),
            ],
        )
        .await;
    assert_eq!(again.status, 422, "already revoked");
    let pdf = client
        .client
        .post(format!(
            "{}/staff/certificates/{own_code}/reissue",
            app.address
        ))
        .form(&[("csrf", token.as_str()), ("email", "")])
        .send()
        .await
        .expect("reissue");
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.expect("pdf").starts_with(b"%PDF"));

    let own = client.get(&format!("/staff/certificates/{own_code}")).await;
    assert!(own.body.contains("Żółć") && own.body.contains("Falsche Person"));
    let audit = client.get("/staff/audit").await;
    assert_eq!(audit.status, 200);
    // The log reads in words, not keys.
    for words in [
        format!("Bescheinigung {own_code} für ungültig erklärt"),
        format!("Bescheinigung {own_code} neu ausgestellt"),
        "Nach einer Person gesucht".to_string(),
        format!("Bescheinigung {own_code} angesehen"),
        "Angemeldet".to_string(),
        "Zahlen als CSV heruntergeladen".to_string(),
    ] {
        assert!(
            audit.body.contains(&words),
            "{words} missing in the audit log"
        );
    }
    assert!(
        !audit.body.contains("certificate.revoked"),
        "{}",
        audit.body
    );
    assert!(
        !audit.body.contains("staff:carl"),
        "the other office's entries are not shown"
    );
    assert!(
        !audit.body.contains("Żółć") && !audit.body.contains("Falsche Person"),
        "no personal data in the log"
    );
    let history = client.get(&format!("/staff/certificates/{own_code}")).await;
    assert!(
        history.body.contains("Für ungültig erklärt")
            && history
                .body
                .contains(&format!("Bescheinigung {own_code} für ungültig erklärt"))
    );

    // The staff role does not see the audit log or the accounts.
    let carl = app.logged_in(&other_staff).await;
    assert_eq!(carl.get("/staff/audit").await.status, 403);
    assert_eq!(carl.get("/staff/accounts").await.status, 403);
    assert_eq!(
        carl.get(&format!("/staff/certificates/{own_code}"))
            .await
            .status,
        404
    );
    let carl_page = carl
        .get(&format!("/staff/certificates/{foreign_code}"))
        .await;
    assert_eq!(
        carl_page.status, 200,
        "carl sees his own office's certificate"
    );
}
