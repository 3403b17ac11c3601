//! The audit log's hash chain: `belehrung audit verify` finds an altered, a deleted
//! and a truncated entry.

use belehrung::staff::Role;

use crate::helpers::{Backend, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(altered_or_deleted_entries_are_found);

fn execute(app: &crate::helpers::TestApp, sql: &str) {
    use diesel::RunQueryDsl;
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    diesel::sql_query(sql).execute(&mut conn).expect(sql);
}

async fn altered_or_deleted_entries_are_found(backend: Backend) {
    let app = spawn_app(backend).await;
    let anna = app.add_staff("musterstadt", "anna", Role::Staff, false);
    let (_, _, code) = app.certified(&learner()).await;
    let client = app.logged_in(&anna).await;
    client.get(&format!("/staff/certificates/{code}")).await;
    let (ok, _, err) = app.run(&["certificates", "revoke", &code, "--reason", "Test"]);
    assert!(ok, "{err}");
    // staff.added, staff.password_changed, staff.login, certificate.viewed,
    // certificate.revoked
    let (ok, out, _) = app.run(&["audit", "verify"]);
    assert!(ok && out.contains("intact: 5 entries"), "{out}");
    let head = out.trim().rsplit(' ').next().expect("head").to_string();
    assert!(app.run(&["audit", "verify", "--expect", &head]).0, "{head}");

    execute(
        &app,
        "UPDATE audit_log SET actor = 'staff:someone-else' WHERE seq = 2",
    );
    let (ok, out, _) = app.run(&["audit", "verify"]);
    assert!(
        !ok && out.contains("broken at entry 2") && out.contains("changed"),
        "{out}"
    );
    execute(
        &app,
        "UPDATE audit_log SET actor = 'staff:anna' WHERE seq = 2",
    );
    assert!(app.run(&["audit", "verify"]).0, "restored");

    // Rewriting the whole chain from entry 2 on keeps it consistent, but not with the
    // head recorded before.
    let rewritten = format!("5:{}", "0".repeat(64));
    let (ok, out, _) = app.run(&["audit", "verify", "--expect", &rewritten]);
    assert!(!ok && out.contains("rewritten"), "{out}");

    execute(&app, "DELETE FROM audit_log WHERE seq = 5");
    let (ok, out, _) = app.run(&["audit", "verify"]);
    assert!(
        !ok && out.contains("deleted"),
        "the last entry is missing: {out}"
    );

    execute(&app, "DELETE FROM audit_log WHERE seq = 2");
    let (ok, out, _) = app.run(&["audit", "verify"]);
    assert!(
        !ok && out.contains("broken at entry 2") && out.contains("missing"),
        "{out}"
    );
}
