//! Data at rest: everything the service writes under its data dir (the SQLite database
//! and its -wal/-shm files, the signing keys) is its own user's alone, and a record the
//! retention job deleted cannot be read back from the database file.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use chrono::TimeDelta;
use diesel::connection::SimpleConnection;
use serde_json::json;

use crate::helpers::{Backend, TestApp, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    the_data_dir_is_readable_by_the_service_only,
    deleted_records_leave_no_readable_trace,
);

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o7777
}

/// Every file and folder under `root`, with its mode.
fn modes(root: &Path) -> Vec<(String, u32)> {
    let mut found = vec![(".".to_string(), mode(root))];
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("read dir").flatten() {
            let path = entry.path();
            let name = path
                .strip_prefix(root)
                .expect("under root")
                .display()
                .to_string();
            found.push((name, mode(&path)));
            if path.is_dir() {
                folders.push(path);
            }
        }
    }
    found
}

async fn the_data_dir_is_readable_by_the_service_only(backend: Backend) {
    let app = spawn_app(backend).await;
    app.certified(&learner()).await;
    let found = modes(&app.data_dir);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.iter().any(|n| n.ends_with(".key.pem"))
            && names.iter().any(|n| n.ends_with(".cert.pem")),
        "{names:?}"
    );
    if backend == Backend::Sqlite {
        for file in ["test.db", "test.db-wal", "test.db-shm"] {
            assert!(names.contains(&file), "{file} missing: {names:?}");
        }
    }
    for (name, mode) in &found {
        let path = app.data_dir.join(name);
        let expected = if path.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(*mode, expected, "{name} has mode {mode:o}");
    }
}

async fn deleted_records_leave_no_readable_trace(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut holder = learner();
    holder["family_name"] = json!("Quastenflosserwald");
    let (_, _, code) = app.certified(&holder).await;
    let name = b"Quastenflosserwald";
    if backend == Backend::Sqlite {
        assert!(
            contains(&database_bytes(&app), name),
            "the name is in the file while the record is kept"
        );
    }

    // Ten years and ten days later the retention job deletes the certificate.
    app.clock.advance(TimeDelta::days(365 * 10 + 10));
    app.run_retention();
    assert_eq!(app.count("enrolments"), 0);
    assert_eq!(app.count("certificates"), 0);
    // The lookup says "deleted", with nothing of the person.
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.status, 410);
    assert!(!lookup.body.to_string().contains("Żółć"), "{}", lookup.body);

    if backend == Backend::Sqlite {
        let bytes = database_bytes(&app);
        assert!(
            !contains(&bytes, name),
            "the deleted holder's name is still in the database file"
        );
    }
}

/// The SQLite file after a checkpoint that moves the whole WAL into it and empties the WAL.
fn database_bytes(app: &TestApp) -> Vec<u8> {
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    conn.batch_execute("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    drop(conn);
    let path = app
        .database_url
        .strip_prefix("sqlite://")
        .expect("a SQLite URL");
    let mut bytes = std::fs::read(path).expect("database file");
    bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
    bytes
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
