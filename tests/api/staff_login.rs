//! Staff login: wrong password, throttling, the second factor, expired sessions, CSRF
//! tokens and disabled accounts.

use belehrung::audit::Actor;
use belehrung::staff::{self, Role};
use chrono::TimeDelta;

use crate::helpers::{Backend, spawn_app, spawn_app_configured};
use crate::on_both_backends;
use crate::staff_client::csrf;

on_both_backends!(
    wrong_password_is_refused_and_right_one_opens_a_session,
    failed_logins_lock_the_client_out_with_growing_delays,
    one_client_cannot_lock_another_out_of_an_account,
    forwarded_headers_count_only_from_trusted_proxies,
    parallel_wrong_passwords_test_no_more_than_the_limit,
    second_factor_is_required_when_set_up,
    sessions_expire_and_disabled_accounts_are_locked_out,
    forms_without_csrf_token_change_nothing,
);

async fn wrong_password_is_refused_and_right_one_opens_a_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let client = app.staff_client();

    let start = client.get("/staff").await;
    assert_eq!(
        (start.status, start.location.as_str()),
        (303, "/staff/login")
    );

    let wrong = client.log_in("anna", "not the password", None).await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("stimmen nicht"), "{}", wrong.body);
    let unknown = client.log_in("nobody", anna.password.expose(), None).await;
    assert_eq!(unknown.status, 401, "an unknown name gets the same answer");

    let right = client.log_in("ANNA", anna.password.expose(), None).await;
    assert_eq!((right.status, right.location.as_str()), (303, "/staff"));
    let home = client.get("/staff").await;
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains("Gesundheitsamt Musterstadt"),
        "{}",
        home.body
    );
    assert!(
        !home.body.contains("/staff/audit"),
        "no audit link for the staff role"
    );
    for header in ["content-security-policy", "x-content-type-options"] {
        let response = client
            .client
            .get(format!("{}/staff", app.address))
            .send()
            .await
            .expect("page");
        assert!(response.headers().contains_key(header), "{header}");
        assert_eq!(response.headers()["cache-control"], "no-store");
    }

    let logout_token = csrf(&home.body);
    let out = client
        .post("/staff/logout", &[("csrf", logout_token.as_str())])
        .await;
    assert_eq!(out.status, 303);
    assert_eq!(client.get("/staff").await.status, 303, "logged out");
}

async fn failed_logins_lock_the_client_out_with_growing_delays(backend: Backend) {
    let app = spawn_app(backend).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let client = app.staff_client();
    for _ in 0..5 {
        let wrong = client.log_in("anna", "guessing-guessing", None).await;
        assert_eq!(wrong.status, 401);
    }
    let locked = client.log_in("anna", anna.password.expose(), None).await;
    assert_eq!(
        locked.status, 429,
        "the right password does not help while locked"
    );
    assert!(locked.body.contains("in einer Minute"), "{}", locked.body);
    assert_eq!(locked.retry_after, "60");

    app.clock.advance(TimeDelta::seconds(61));
    let wrong = client.log_in("anna", "guessing-guessing", None).await;
    assert_eq!(wrong.status, 401, "the lock ended after a minute");
    let locked = client.log_in("anna", anna.password.expose(), None).await;
    assert_eq!(locked.status, 429, "one more failure locks again");
    assert!(locked.body.contains("in 2 Minuten"), "{}", locked.body);
    assert_eq!(locked.retry_after, "120", "each failure doubles the lock");

    app.clock.advance(TimeDelta::minutes(3));
    let later = client.log_in("anna", anna.password.expose(), None).await;
    assert_eq!(later.status, 303, "the lock ends, the right password opens");
    assert_eq!(
        app.count("login_throttle WHERE login = 'anna'"),
        0,
        "a login clears the client's count at the account"
    );

    // Per client for any account: 20 failures, at any names, lock every account from
    // there (a day without failures forgets the 6 above).
    app.clock.advance(TimeDelta::days(1));
    for i in 0..20 {
        let guess = client
            .log_in(&format!("guess{}", i % 4), "guessing-guessing", None)
            .await;
        assert_eq!(guess.status, 401, "guess {i}");
    }
    let locked = client.log_in("anna", anna.password.expose(), None).await;
    assert_eq!(
        locked.status, 429,
        "this client is locked for every account"
    );
    let rows = app.count("login_throttle");
    for name in ["new-name-1", "new-name-2", "x"] {
        let refused = client.log_in(name, "guessing-guessing", None).await;
        assert_eq!(refused.status, 429);
    }
    assert_eq!(
        app.count("login_throttle"),
        rows,
        "a locked client adds no rows, whatever names it tries"
    );
    let metrics = app.get("/metrics", None).await;
    let text = metrics.body.as_str().unwrap_or_default().to_string();
    assert!(
        text.contains("belehrung_staff_logins_total{outcome=\"throttled\"} 6"),
        "{text}"
    );
}

/// Behind a trusted proxy, each client is counted by the address the proxy reports: an
/// attacker who guesses at an account locks only itself out of it.
async fn one_client_cannot_lock_another_out_of_an_account(backend: Backend) {
    let app = spawn_app_configured(backend, &[("BELEHRUNG_TRUSTED_PROXIES", "127.0.0.1")]).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let attacker = app.staff_client_behind_proxy("203.0.113.66");
    for _ in 0..5 {
        let wrong = attacker.log_in("anna", "guessing-guessing", None).await;
        assert_eq!(wrong.status, 401);
    }
    assert_eq!(
        attacker
            .log_in("anna", "guessing-guessing", None)
            .await
            .status,
        429
    );
    // Entries the client wrote itself, left of what the proxy appended, change nothing.
    let forging = app.staff_client_behind_proxy("198.51.100.7, 203.0.113.66");
    assert_eq!(
        forging
            .log_in("anna", "guessing-guessing", None)
            .await
            .status,
        429
    );

    let office = app.staff_client_behind_proxy("198.51.100.7");
    let typo = office.log_in("anna", "a typo", None).await;
    assert_eq!(typo.status, 401, "another client is not locked");
    let right = office.log_in("anna", anna.password.expose(), None).await;
    assert_eq!(right.status, 303, "{}", right.body);
    // IPv6 clients count by their /64: another address of the attacker's prefix is the
    // same client, another prefix is not.
    let v6 = app.staff_client_behind_proxy("2001:db8:1:2::1");
    for _ in 0..5 {
        assert_eq!(v6.log_in("anna", "guessing", None).await.status, 401);
    }
    let same_prefix = app.staff_client_behind_proxy("[2001:db8:1:2::ffff]:51000");
    assert_eq!(
        same_prefix.log_in("anna", "guessing", None).await.status,
        429
    );
    let next_prefix = app.staff_client_behind_proxy("2001:db8:1:3::1");
    assert_eq!(
        next_prefix
            .log_in("anna", anna.password.expose(), None)
            .await
            .status,
        303
    );
}

/// Without trusted proxies, the header is the client's own claim and is ignored.
async fn forwarded_headers_count_only_from_trusted_proxies(backend: Backend) {
    let app = spawn_app(backend).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let client = app.staff_client_behind_proxy("203.0.113.66");
    for _ in 0..5 {
        assert_eq!(client.log_in("anna", "guessing", None).await.status, 401);
    }
    let other_claim = app.staff_client_behind_proxy("198.51.100.7");
    let locked = other_claim
        .log_in("anna", anna.password.expose(), None)
        .await;
    assert_eq!(
        locked.status, 429,
        "the same peer address is the same client"
    );
}

/// Forty wrong passwords at once, from one client: the count is taken before a password
/// is checked, so exactly the limit of them is tested and the rest are refused unread.
async fn parallel_wrong_passwords_test_no_more_than_the_limit(backend: Backend) {
    let app = spawn_app(backend).await;
    app.add_staff("musterstadt", "anna", Role::Staff, false);
    let mut forms = Vec::new();
    for _ in 0..40 {
        let client = app.staff_client();
        let token = client.csrf_of("/staff/login").await;
        forms.push((client, token));
    }
    let attempts = forms.iter().map(|(client, token)| async move {
        client
            .post(
                "/staff/login",
                &[
                    ("csrf", token.as_str()),
                    ("login", "anna"),
                    ("password", "guessing-guessing"),
                ],
            )
            .await
    });
    let pages = futures_util::future::join_all(attempts).await;
    let mut statuses: Vec<u16> = pages.iter().map(|p| p.status).collect();
    statuses.sort_unstable();
    let wrong = statuses.iter().filter(|s| **s == 401).count();
    let throttled = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((wrong, throttled), (5, 35), "{statuses:?}");
    let metrics = app.get("/metrics", None).await;
    let text = metrics.body.as_str().unwrap_or_default().to_string();
    assert!(
        text.contains("belehrung_staff_logins_total{outcome=\"rejected\"} 5"),
        "passwords checked: {text}"
    );
    assert!(
        text.contains("belehrung_staff_logins_total{outcome=\"throttled\"} 35"),
        "{text}"
    );
}

async fn second_factor_is_required_when_set_up(backend: Backend) {
    let app = spawn_app(backend).await;
    let bert = app.add_staff("musterstadt", "bert", Role::Admin, true);
    let factor = app.second_factor_of("bert");
    let client = app.staff_client();

    let without = client.log_in("bert", bert.password.expose(), None).await;
    assert_eq!(without.status, 401);
    let wrong = client
        .log_in("bert", bert.password.expose(), Some("000000"))
        .await;
    assert_eq!(wrong.status, 401);
    let code = factor.code_at(belehrung::clock::Clock::now(app.clock.as_ref()));
    let right = client
        .log_in("bert", bert.password.expose(), Some(&code))
        .await;
    assert_eq!(right.status, 303, "{}", right.body);
    let home = client.get("/staff").await;
    assert!(
        home.body.contains("/staff/audit"),
        "administrators see the audit log"
    );
}

async fn sessions_expire_and_disabled_accounts_are_locked_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let client = app.logged_in(&anna).await;
    app.clock.advance(TimeDelta::minutes(20));
    assert_eq!(
        client.get("/staff").await.status,
        200,
        "20 minutes idle is fine"
    );
    app.clock.advance(TimeDelta::minutes(31));
    let expired = client.get("/staff").await;
    assert_eq!(
        (expired.status, expired.location.as_str()),
        (303, "/staff/login")
    );

    let again = app.logged_in(&anna).await;
    let db = app.database();
    let mut turn = db.write_turn().expect("connection");
    let mut conn = turn.writer();
    staff::disable(
        &mut conn,
        chrono::Utc::now(),
        &Actor::CommandLine,
        "anna",
        None,
    )
    .expect("disabled");
    assert_eq!(
        again.get("/staff").await.status,
        303,
        "the session ended with the account"
    );
    let refused = app
        .staff_client()
        .log_in("anna", anna.password.expose(), None)
        .await;
    assert_eq!(refused.status, 401);

    let (ok, out, err) = app.run(&["staff", "reset", "anna"]);
    assert!(ok, "{err}");
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("one-time password: "))
        .expect("new password printed");
    let back = app.staff_client().log_in("anna", password, None).await;
    assert_eq!(
        (back.status, back.location.as_str()),
        (303, "/staff/account"),
        "a reset enables the account with the new password, which must be changed first"
    );
}

async fn forms_without_csrf_token_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let (_, _, code) = app.certified(&crate::helpers::learner()).await;

    // The login form itself: without the token from its cookie, no login.
    let client = app.staff_client();
    let refused = client
        .post(
            "/staff/login",
            &[("login", "anna"), ("password", anna.password.expose())],
        )
        .await;
    assert_eq!(refused.status, 403);

    let client = app.logged_in(&anna).await;
    for token in ["", "forged-token"] {
        let revoke = client
            .post(
                &format!("/staff/certificates/{code}/revoke"),
                &[("csrf", token), ("confirm", "yes"), ("reason", "Test")],
            )
            .await;
        assert_eq!(revoke.status, 403, "{}", revoke.body);
        assert!(revoke.body.contains("Formular abgelaufen"));
    }
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["status"], "valid", "nothing was revoked");

    let token = client.csrf_of(&format!("/staff/certificates/{code}")).await;
    let revoke = client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("reason", "Bescheinigung unrichtig"),
            ],
        )
        .await;
    assert_eq!(revoke.status, 200, "{}", revoke.body);
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["status"], "revoked");
}
