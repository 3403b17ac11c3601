//! What the public learns of a certificate: that it was revoked, when, and one neutral
//! category; never the office's own words about it (they may name an illness) nor the
//! guardian's name. Staff see both.

use belehrung::staff::Role;
use diesel::connection::SimpleConnection;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, learner, spawn_app, spawn_app_configured, str_of};
use crate::on_both_backends;

on_both_backends!(
    notes_and_guardians_are_for_staff_only,
    the_command_line_takes_a_category_and_keeps_old_free_text_as_a_note,
    reasons_revoked_before_the_categories_become_other_with_a_note,
);

const NOTE: &str = "Salmonellen-Ausscheider laut Befund vom 20.11.";

async fn public(app: &TestApp, code: &str) -> (Value, String) {
    public_at(app, &app.address, code).await
}

/// The lookup's JSON and the verify page in German and English, from the instance at
/// `base`.
async fn public_at(app: &TestApp, base: &str, code: &str) -> (Value, String) {
    let lookup = app
        .client
        .get(format!("{base}/api/v1/certificates/{code}"))
        .send()
        .await
        .expect("lookup");
    assert_eq!(lookup.status(), 200);
    let lookup: Value = lookup.json().await.expect("json");
    let mut pages = String::new();
    for lang in ["de", "en"] {
        let html = app
            .client
            .get(format!("{base}/v/{code}?lang={lang}"))
            .send()
            .await
            .expect("verify page")
            .text()
            .await
            .expect("html");
        pages.push_str(&html);
    }
    (lookup, pages)
}

fn assert_private(json: &Value, pages: &str, secrets: &[&str]) {
    let json = json.to_string();
    for secret in secrets {
        assert!(!json.contains(secret), "{secret:?} in the lookup: {json}");
        assert!(!pages.contains(secret), "{secret:?} on the page: {pages}");
    }
}

async fn notes_and_guardians_are_for_staff_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut pupil = learner();
    pupil["birth_date"] = json!("2011-03-01");
    let (id, token) = app.ready_to_declare(&pupil).await;
    let declared = app
        .declare(
            &id,
            &token,
            &json!({"no_known_obstacles": true, "guardian": {"given_name": "Henrike", "family_name": "Hüter"}}),
        )
        .await;
    assert_eq!(declared.status, 201, "{}", declared.body);
    let code = str_of(&declared.body["code"]);

    let (record, pages) = public(&app, &code).await;
    assert_eq!(record["declared_by_guardian"], true, "{record}");
    // The role is public, the name is not.
    assert_eq!(record["representative_role"], "parent", "{record}");
    assert!(
        pages.contains("<dd>sorgeberechtigter Elternteil</dd>"),
        "{pages}"
    );
    assert_private(&record, &pages, &["Henrike", "Hüter"]);

    let admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let client = app.logged_in(&admin).await;
    let token = client.csrf_of(&format!("/staff/certificates/{code}")).await;
    // No category: refused, nothing changes.
    let refused = client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("category", ""),
                ("note", NOTE),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(public(&app, &code).await.0["status"], "valid");
    // Not confirmed: refused, nothing changes.
    let unconfirmed = client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("category", "obtained_by_deception"),
            ],
        )
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.body);
    assert!(
        unconfirmed.body.contains("Bitte bestätigen Sie"),
        "{}",
        unconfirmed.body
    );
    assert_eq!(public(&app, &code).await.0["status"], "valid");
    let revoke = client
        .post(
            &format!("/staff/certificates/{code}/revoke"),
            &[
                ("csrf", token.as_str()),
                ("confirm", "yes"),
                ("category", "obtained_by_deception"),
                ("note", NOTE),
            ],
        )
        .await;
    assert_eq!(revoke.status, 200, "{}", revoke.body);

    let (record, pages) = public(&app, &code).await;
    assert_eq!(record["status"], "revoked");
    assert_eq!(record["revocation_category"], "obtained_by_deception");
    assert_eq!(record["revocation_reason"], "Durch Täuschung erlangt");
    assert!(record["revoked_at"].is_string());
    assert!(
        pages.contains("Durch Täuschung erlangt") && pages.contains("Obtained by deception"),
        "{pages}"
    );
    assert_private(
        &record,
        &pages,
        &["Salmonellen", "Befund", "Henrike", "Hüter"],
    );
    assert_eq!(
        app.count("audit_log WHERE detail LIKE '%Salmonellen%'"),
        0,
        "the audit log keeps the category, not the words"
    );

    let staff_page = client.get(&format!("/staff/certificates/{code}")).await;
    assert_eq!(staff_page.status, 200);
    for shown in [NOTE, "Henrike Hüter", "Durch Täuschung erlangt"] {
        assert!(
            staff_page.body.contains(shown),
            "{shown:?}: {}",
            staff_page.body
        );
    }
}

async fn the_command_line_takes_a_category_and_keeps_old_free_text_as_a_note(backend: Backend) {
    // Revocations come from another process here: no lookup answer is reused.
    let app = spawn_app_configured(backend, &[("BELEHRUNG_LOOKUP_CACHE_SECONDS", "0")]).await;
    let (_, _, first) = app.certified(&learner()).await;
    let mut other = learner();
    other["given_name"] = json!("Anna");
    let (_, _, second) = app.certified(&other).await;

    // A free text and a note at once is refused, and changes nothing.
    let (ok, _, err) = app.run(&[
        "certificates",
        "revoke",
        &first,
        "--reason",
        "irgendwas",
        "--note",
        "Notiz",
    ]);
    assert!(!ok && err.contains("issued_in_error"), "{err}");
    assert_eq!(public(&app, &first).await.0["status"], "valid");

    let (ok, out, err) = app.run(&[
        "certificates",
        "revoke",
        &first,
        "--reason",
        "replaced",
        "--note",
        NOTE,
    ]);
    assert!(ok && out.contains("revoked (replaced)"), "{out}{err}");
    let (record, pages) = public(&app, &first).await;
    assert_eq!(record["revocation_category"], "replaced");
    assert_eq!(
        record["revocation_reason"],
        "Durch eine neue Bescheinigung ersetzt"
    );
    assert_private(&record, &pages, &["Salmonellen"]);

    // As earlier versions were called: the text becomes the note of "other".
    let (ok, out, err) = app.run(&[
        "certificates",
        "revoke",
        &second,
        "--reason",
        "Salmonellen-Ausscheider",
    ]);
    assert!(ok && out.contains("staff note"), "{out}{err}");
    let (record, pages) = public(&app, &second).await;
    assert_eq!(record["revocation_category"], "other");
    assert_eq!(record["revocation_reason"], "Sonstiger Grund");
    assert_private(&record, &pages, &["Salmonellen"]);

    let admin = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let client = app.logged_in(&admin).await;
    let staff_page = client.get(&format!("/staff/certificates/{second}")).await;
    assert!(
        staff_page.body.contains("Salmonellen-Ausscheider"),
        "{}",
        staff_page.body
    );
}

/// Runs one of the migration's SQL files on the app's database.
fn migration_sql(app: &TestApp, backend: Backend, file: &str) {
    let folder = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "migrations/{folder}/2026-12-04-000001_revocation_reasons/{file}"
    ));
    let sql = std::fs::read_to_string(&path).expect("migration file");
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    conn.batch_execute(&sql).expect(file);
}

async fn reasons_revoked_before_the_categories_become_other_with_a_note(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    // The database as it was before: one free-text reason, shown to everyone.
    migration_sql(&app, backend, "down.sql");
    {
        let pool = app.db_connection();
        let mut conn = pool.get().expect("connection");
        conn.batch_execute(&format!(
            "UPDATE certificates SET revoked_at = '2026-11-23 10:00:00', revocation_reason = 'Salmonellen-Ausscheider' WHERE code = '{}'",
            code.replace('-', "")
        ))
        .expect("old revocation");
    }
    migration_sql(&app, backend, "up.sql");
    assert_eq!(
        app.count(
            "certificates WHERE revocation_reason = 'other' AND revocation_note = 'Salmonellen-Ausscheider'"
        ),
        1
    );
    // A second instance: connections that never saw the old table.
    let fresh = app.another_instance();
    let (record, pages) = public_at(&app, &fresh, &code).await;
    assert_eq!(record["status"], "revoked");
    assert_eq!(record["revocation_category"], "other");
    assert_eq!(record["revocation_reason"], "Sonstiger Grund");
    assert_private(&record, &pages, &["Salmonellen"]);
}
