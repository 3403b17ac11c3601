//! Faults under load: PostgreSQL goes away and comes back while learners keep coming.
//! The service answers 503 while the database is gone (never 500), recovers without a
//! restart, and loses nothing it acknowledged.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::helpers::spawn_app_configured;
use crate::postgres::Cluster;

#[derive(Default)]
struct Tally {
    enrolled: Vec<String>,
    statuses: std::collections::BTreeMap<u16, usize>,
}

/// A distinct given name per learner: names have letters only.
fn letters(mut n: usize) -> String {
    let mut name = String::from("Lea");
    while n > 0 {
        name.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    name
}

/// Learners enrolling and reporting progress, in a bounded loop on loopback.
async fn learners(address: String, until: Instant, tally: Arc<Mutex<Tally>>) {
    let client =
        crate::helpers::test_client(reqwest::Client::builder().timeout(Duration::from_secs(20)));
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let body = json!({"tenant": "musterstadt", "course": "ifsg43", "language": "de", "given_name": letters(n), "family_name": "Probe", "birth_date": "1990-01-01"});
        let Ok(response) = client
            .post(format!("{address}/api/v1/enrolments"))
            .json(&body)
            .send()
            .await
        else {
            tally
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .statuses
                .entry(0)
                .and_modify(|c| *c += 1)
                .or_insert(1);
            continue;
        };
        let status = response.status().as_u16();
        let answer: Value = response.json().await.unwrap_or(Value::Null);
        {
            let mut tally = tally.lock().unwrap_or_else(|p| p.into_inner());
            *tally.statuses.entry(status).or_default() += 1;
            if status == 201 {
                tally
                    .enrolled
                    .push(answer["id"].as_str().unwrap_or_default().to_string());
            }
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

#[actix_web::test]
async fn postgres_restarted_under_load_gives_503_then_recovers_and_loses_nothing() {
    let cluster = Cluster::create(true).unwrap_or_else(|e| panic!("{e}"));
    let mut app = spawn_app_configured(
        crate::helpers::Backend::Sqlite,
        &[
            ("BELEHRUNG_DATABASE_URL", &cluster.url),
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
        ],
    )
    .await;
    // The helpers read the database the service really uses.
    app.database_url = cluster.url.clone();
    let tally = Arc::new(Mutex::new(Tally::default()));
    let until = Instant::now() + Duration::from_secs(16);
    let workers: Vec<_> = (0..4)
        .map(|_| actix_web::rt::spawn(learners(app.address.clone(), until, tally.clone())))
        .collect();

    actix_web::rt::time::sleep(Duration::from_secs(3)).await;
    cluster.stop().unwrap_or_else(|e| panic!("{e}"));
    actix_web::rt::time::sleep(Duration::from_secs(1)).await;
    let ready = app.get("/ready", None).await;
    assert_eq!(
        ready.status, 503,
        "not ready without the database: {}",
        ready.body
    );
    assert_eq!(ready.content_type, "application/problem+json");
    actix_web::rt::time::sleep(Duration::from_secs(5)).await;
    cluster.start().unwrap_or_else(|e| panic!("{e}"));
    for worker in workers {
        worker.await.expect("learners");
    }

    let (statuses, acknowledged) = {
        let tally = tally.lock().unwrap_or_else(|p| p.into_inner());
        (tally.statuses.clone(), tally.enrolled.clone())
    };
    let statuses = &statuses;
    println!("answers while PostgreSQL restarted: {statuses:?}");
    assert!(
        statuses.get(&503).copied().unwrap_or(0) > 0,
        "no 503 while the database was down: {statuses:?}"
    );
    assert_eq!(
        statuses.get(&500),
        None,
        "a 500 is never the answer: {statuses:?}"
    );
    assert!(
        statuses.keys().all(|s| [201, 503].contains(s)),
        "{statuses:?}"
    );
    let ready = app.get("/ready", None).await;
    assert_eq!(ready.status, 200, "recovered without a restart");
    // Every acknowledged enrolment is there. A request whose commit reached the server
    // just as it stopped may be stored without its answer (a 503): never more of those
    // than there were 503s.
    assert!(!acknowledged.is_empty(), "{statuses:?}");
    let ids = acknowledged
        .iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        app.count(&format!("enrolments WHERE id IN ({ids})")) as usize,
        acknowledged.len(),
        "an acknowledged enrolment is missing"
    );
    let stored = app.count("enrolments") as usize;
    let unanswered = statuses.get(&503).copied().unwrap_or(0);
    assert!(
        (acknowledged.len()..=acknowledged.len() + unanswered).contains(&stored),
        "{stored} stored, {} acknowledged, {unanswered} answered 503",
        acknowledged.len()
    );
    let after = app
        .post("/api/v1/enrolments", None, &crate::helpers::learner())
        .await;
    assert_eq!(after.status, 201);
}

/// A small tmpfs of its own (the tests run as root on these machines), unmounted at the
/// end.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(megabytes: u32) -> Self {
        let dir = tempfile::tempdir().expect("mount point");
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("mount");
        assert!(
            status.success(),
            "mounting a tmpfs needs root (CAP_SYS_ADMIN)"
        );
        Self { dir }
    }

    /// Writes a file until the disk is full.
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.dir.path().join("filler");
        let mut file = std::fs::File::create(&path).expect("filler");
        let chunk = vec![0_u8; 16 * 1024];
        while file.write_all(&chunk).and_then(|()| file.flush()).is_ok() {}
        let _ = file.sync_all();
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

#[actix_web::test]
async fn a_full_disk_gives_clear_errors_corrupts_nothing_and_recovers() {
    let disk = SmallDisk::mount(8);
    let url = format!(
        "sqlite://{}",
        disk.dir.path().join("belehrung.db").display()
    );
    let mut app = spawn_app_configured(
        crate::helpers::Backend::Sqlite,
        &[
            ("BELEHRUNG_DATABASE_URL", &url),
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "0"),
        ],
    )
    .await;
    app.database_url = url.clone();
    let mut body = crate::helpers::learner();
    assert_eq!(
        app.post("/api/v1/enrolments", None, &body).await.status,
        201
    );

    let filler = disk.fill();
    let mut refused = 0;
    for name in [
        "Anna", "Berta", "Clara", "Dora", "Emma", "Frieda", "Greta", "Hanna",
    ] {
        body["given_name"] = json!(name);
        let answer = app.post("/api/v1/enrolments", None, &body).await;
        assert_ne!(answer.status, 500, "never a 500: {}", answer.body);
        if answer.status == 503 {
            assert_eq!(answer.content_type, "application/problem+json");
            refused += 1;
        } else {
            assert_eq!(answer.status, 201, "{}", answer.body);
        }
    }
    assert!(refused > 0, "the full disk was never noticed");
    let lookups = app.get("/api/v1/tenants", None).await;
    assert_eq!(lookups.status, 200, "reading goes on");

    std::fs::remove_file(filler).expect("free the disk");
    body["given_name"] = json!("Ida");
    let after = app.post("/api/v1/enrolments", None, &body).await;
    assert_eq!(
        after.status, 201,
        "writes work again once there is space: {}",
        after.body
    );

    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Check {
        #[diesel(sql_type = diesel::sql_types::Text)]
        integrity_check: String,
    }
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    let check: Check = diesel::sql_query("PRAGMA integrity_check")
        .get_result(&mut conn)
        .expect("integrity check");
    assert_eq!(check.integrity_check, "ok");
    println!(
        "disk full: {refused} of 8 enrolments refused with 503; {} stored",
        app.count("enrolments")
    );
}
