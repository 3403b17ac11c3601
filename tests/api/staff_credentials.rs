//! Staff credentials belong to the person: the one-time password from `staff add` opens
//! only the page to replace it; the second factor is enrolled by the person (the
//! operator never sees its secret); a TOTP code logs in once.

use belehrung::staff::{Role, SecondFactor};
use chrono::TimeDelta;

use crate::helpers::{Backend, spawn_app};
use crate::on_both_backends;
use crate::staff_client::{StaffClient, csrf};

on_both_backends!(
    the_first_login_only_opens_the_password_change,
    the_person_enrols_their_own_second_factor,
    a_second_factor_code_logs_in_once,
    the_command_line_prints_no_second_factor_secret,
);

async fn change_password(client: &StaffClient, current: &str, new: &str, repeated: &str) -> u16 {
    let token = client.csrf_of("/staff/account").await;
    client
        .post(
            "/staff/account/password",
            &[
                ("csrf", token.as_str()),
                ("current", current),
                ("new", new),
                ("repeated", repeated),
            ],
        )
        .await
        .status
}

async fn the_first_login_only_opens_the_password_change(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&crate::helpers::learner()).await;
    let anna = app.add_staff_with_one_time_password("musterstadt", "anna", Role::Admin, false);
    let one_time = anna.password.expose().to_string();
    let client = app.staff_client();
    let login = client.log_in("anna", &one_time, None).await;
    assert_eq!(
        (login.status, login.location.as_str()),
        (303, "/staff/account")
    );
    for page in [
        "/staff".to_string(),
        "/staff/figures".into(),
        "/staff/accounts".into(),
        format!("/staff/certificates/{code}"),
        "/staff/search?code=x".into(),
    ] {
        let refused = client.get(&page).await;
        assert_eq!(
            (refused.status, refused.location.as_str()),
            (303, "/staff/account"),
            "{page}"
        );
    }
    let account = client.get("/staff/account").await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains("Einmalpasswort"), "{}", account.body);
    assert!(
        !account.body.contains("href=\"/staff/figures\""),
        "no links past the account page yet"
    );

    // Wrong current password, a repetition that differs, the same password again, a
    // weak one: each refused with its reason, nothing changed.
    let cases = [
        (
            "falsch-falsch-falsch",
            "Kartoffelsalat mit Gurke",
            "Kartoffelsalat mit Gurke",
            "bisherige Passwort stimmt nicht",
        ),
        (
            one_time.as_str(),
            "Kartoffelsalat mit Gurke",
            "Kartoffelsalat mit Gurken",
            "nicht gleich",
        ),
        (
            one_time.as_str(),
            one_time.as_str(),
            one_time.as_str(),
            "unterscheiden",
        ),
        (one_time.as_str(), "kurz", "kurz", "mindestens 12 Zeichen"),
        (
            one_time.as_str(),
            "abababababababab",
            "abababababababab",
            "6 verschiedene",
        ),
        (
            one_time.as_str(),
            "anna-die-beste-2026",
            "anna-die-beste-2026",
            "Benutzernamen",
        ),
        (
            one_time.as_str(),
            "Passwort-Kartoffel",
            "Passwort-Kartoffel",
            "123456",
        ),
    ];
    for (current, new, repeated, reason) in cases {
        let token = client.csrf_of("/staff/account").await;
        let page = client
            .post(
                "/staff/account/password",
                &[
                    ("csrf", token.as_str()),
                    ("current", current),
                    ("new", new),
                    ("repeated", repeated),
                ],
            )
            .await;
        assert_eq!(page.status, 422, "{new}");
        assert!(page.body.contains(reason), "{reason}: {}", page.body);
    }
    assert_eq!(client.get("/staff").await.status, 303, "still restricted");

    // Another session with the one-time password ends when the password changes.
    let other = app.staff_client();
    assert_eq!(other.log_in("anna", &one_time, None).await.status, 303);
    assert_eq!(
        change_password(
            &client,
            &one_time,
            "Kartoffelsalat mit Gurke",
            "Kartoffelsalat mit Gurke"
        )
        .await,
        303
    );
    assert_eq!(
        client.get("/staff").await.status,
        200,
        "the whole office opens"
    );
    assert!(client.get("/staff/accounts").await.body.contains("anna"));
    assert_eq!(
        other.get("/staff/account").await.location,
        "/staff/login",
        "the other session ended"
    );
    let old = app.staff_client().log_in("anna", &one_time, None).await;
    assert_eq!(old.status, 401, "the one-time password is gone");
    let new = app
        .staff_client()
        .log_in("anna", "Kartoffelsalat mit Gurke", None)
        .await;
    assert_eq!((new.status, new.location.as_str()), (303, "/staff"));
    assert_eq!(
        app.count("audit_log WHERE action = 'staff.password_changed'"),
        1
    );

    // An administrator's reset on the command line: a one-time password again.
    let (ok, out, err) = app.run(&["staff", "reset", "anna"]);
    assert!(ok, "{err}");
    assert!(out.contains("must be changed at the first login"), "{out}");
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("one-time password: "))
        .expect("printed");
    let after_reset = app.staff_client();
    let login = after_reset.log_in("anna", password, None).await;
    assert_eq!(login.location, "/staff/account");
    assert_eq!(after_reset.get("/staff").await.location, "/staff/account");
    // Logging out works from the restricted session.
    let account = after_reset.get("/staff/account").await;
    let out = after_reset
        .post("/staff/logout", &[("csrf", csrf(&account.body).as_str())])
        .await;
    assert_eq!((out.status, out.location.as_str()), (303, "/staff/login"));
}

/// The secret shown on the enrolment page, from its text form.
fn shown_secret(page: &str) -> String {
    let start = page
        .find("id=\"totp-secret\">")
        .expect("the secret is shown")
        + 17;
    page[start..]
        .split('<')
        .next()
        .unwrap_or_default()
        .replace(' ', "")
}

async fn the_person_enrols_their_own_second_factor(backend: Backend) {
    let app = spawn_app(backend).await;
    let bert = app.add_staff_with_one_time_password("musterstadt", "bert", Role::Staff, true);
    let one_time = bert.password.expose().to_string();
    let client = app.staff_client();
    // Required but not enrolled yet: the password alone opens the account page.
    assert_eq!(
        client.log_in("bert", &one_time, None).await.location,
        "/staff/account"
    );
    let own = "Rote Grütze mit Vanillesoße";
    assert_eq!(change_password(&client, &one_time, own, own).await, 303);
    let account = client.get("/staff/account").await;
    assert!(
        account.body.contains("verlangt einen zweiten Faktor"),
        "{}",
        account.body
    );
    assert_eq!(
        client.get("/staff").await.location,
        "/staff/account",
        "still restricted until the factor is enrolled"
    );

    let started = client
        .post(
            "/staff/account/second-factor",
            &[("csrf", csrf(&account.body).as_str())],
        )
        .await;
    assert_eq!(started.status, 200);
    assert!(started.body.contains("otpauth://totp/"), "{}", started.body);
    assert!(started.body.contains("<svg class=\"qr\""), "a QR code");
    let secret = shown_secret(&started.body);
    assert!(
        app.count("staff WHERE totp_secret IS NOT NULL") == 0,
        "not active before it is confirmed"
    );
    let factor = SecondFactor::from_base32(&secret, "bert").expect("secret");
    let now = belehrung::clock::Clock::now(app.clock.as_ref());

    let wrong = client
        .post(
            "/staff/account/second-factor/confirm",
            &[("csrf", csrf(&started.body).as_str()), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("Code passt nicht"), "{}", wrong.body);
    assert_eq!(
        shown_secret(&wrong.body),
        secret,
        "the same secret to try again"
    );

    let confirmed = client
        .post(
            "/staff/account/second-factor/confirm",
            &[
                ("csrf", csrf(&started.body).as_str()),
                ("code", &factor.code_at(now)),
            ],
        )
        .await;
    assert_eq!(
        (confirmed.status, confirmed.location.as_str()),
        (303, "/staff/account?done=second-factor")
    );
    assert_eq!(client.get("/staff").await.status, 200);
    assert_eq!(
        app.count("audit_log WHERE action = 'staff.second_factor_enrolled'"),
        1
    );

    // From now on the login asks for the code.
    app.clock.advance(TimeDelta::seconds(60));
    let later = belehrung::clock::Clock::now(app.clock.as_ref());
    let without = app.staff_client().log_in("bert", own, None).await;
    assert_eq!(without.status, 401);
    let with = app
        .staff_client()
        .log_in("bert", own, Some(&factor.code_at(later)))
        .await;
    assert_eq!((with.status, with.location.as_str()), (303, "/staff"));
}

async fn a_second_factor_code_logs_in_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let bert = app.add_staff("musterstadt", "bert", Role::Staff, true);
    let factor = app.second_factor_of("bert");
    let now = belehrung::clock::Clock::now(app.clock.as_ref());
    let code = factor.code_at(now);
    let first = app
        .staff_client()
        .log_in("bert", bert.password.expose(), Some(&code))
        .await;
    assert_eq!(first.status, 303, "{}", first.body);
    let replayed = app
        .staff_client()
        .log_in("bert", bert.password.expose(), Some(&code))
        .await;
    assert_eq!(replayed.status, 401, "the same code does not log in twice");
    // Nor a code of an earlier step that is still inside the window.
    let earlier = factor.code_at(now - TimeDelta::seconds(30));
    if earlier != code {
        let older = app
            .staff_client()
            .log_in("bert", bert.password.expose(), Some(&earlier))
            .await;
        assert_eq!(older.status, 401, "a code older than the last one used");
    }
    app.clock.advance(TimeDelta::seconds(30));
    let next = factor.code_at(belehrung::clock::Clock::now(app.clock.as_ref()));
    let again = app
        .staff_client()
        .log_in("bert", bert.password.expose(), Some(&next))
        .await;
    assert_eq!(again.status, 303, "the next code works");
}

async fn the_command_line_prints_no_second_factor_secret(backend: Backend) {
    let app = spawn_app(backend).await;
    let (ok, out, err) = app.run(&[
        "staff",
        "add",
        "--tenant",
        "musterstadt",
        "--login",
        "carla",
        "--name",
        "Carla Beispiel",
        "--totp",
    ]);
    assert!(ok, "{err}");
    assert!(!out.contains("otpauth") && !out.contains("secret"), "{out}");
    assert!(out.contains("second factor: required"), "{out}");
    assert_eq!(app.count("staff WHERE totp_secret IS NOT NULL"), 0);
    let (ok, list, _) = app.run(&["staff", "list"]);
    assert!(ok && list.contains("totp-to-enrol"), "{list}");
}
