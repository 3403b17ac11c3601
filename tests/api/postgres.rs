//! A throwaway PostgreSQL cluster for the test run: started on first use, stopped and
//! deleted by a watchdog when the test process ends. `BELEHRUNG_TEST_POSTGRES_URL`
//! points the tests at an existing server instead.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};

static CLUSTER: OnceLock<Result<String, String>> = OnceLock::new();

/// A fresh, empty database for one test, dropped again when the guard goes: a run of
/// the whole suite would otherwise leave a few hundred databases on the disk.
pub fn fresh_database() -> TestDatabase {
    let admin = admin_url();
    let name = format!("t_{}", uuid::Uuid::new_v4().simple());
    let mut conn = PgConnection::establish(&admin)
        .unwrap_or_else(|e| panic!("connect to the test cluster: {e}"));
    conn.batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create test database");
    let base = admin
        .rsplit_once('/')
        .map(|(base, _)| base)
        .unwrap_or(&admin);
    TestDatabase {
        url: format!("{base}/{name}"),
        admin,
        name,
    }
}

/// One test's database on the shared cluster.
pub struct TestDatabase {
    pub url: String,
    admin: String,
    name: String,
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // FORCE ends the connections the test's server still holds. A failure here
        // only leaves the database behind, and the watchdog deletes the whole cluster.
        if let Ok(mut conn) = PgConnection::establish(&self.admin) {
            let _ = conn.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

fn admin_url() -> String {
    if let Ok(url) = std::env::var("BELEHRUNG_TEST_POSTGRES_URL") {
        return url;
    }
    CLUSTER
        .get_or_init(start_cluster)
        .clone()
        .unwrap_or_else(|e| panic!("PostgreSQL for the tests: {e}"))
}

fn start_cluster() -> Result<String, String> {
    Cluster::create(false).map(|c| c.url)
}

/// A PostgreSQL cluster of the tests' own, removed when the test process ends.
pub struct Cluster {
    pub url: String,
    bin: PathBuf,
    data: PathBuf,
    log: PathBuf,
    options: String,
    as_postgres: bool,
}

impl Cluster {
    /// `durable`: commits survive a crash (fsync and synchronous commit on); the shared
    /// cluster of the other tests trades that for speed.
    pub fn create(durable: bool) -> Result<Self, String> {
        let bin = server_binaries()?;
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("belehrung-test-pg-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
        let as_postgres = is_root();
        if as_postgres {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            run(Command::new("chown").args(["postgres:postgres"]).arg(&dir))?;
        }
        let data = dir.join("data");
        run(pg_command(&bin, "initdb", as_postgres)
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]))?;
        let port = free_port()?;
        let speed = if durable {
            ""
        } else {
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        };
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c max_connections=400 -c max_wal_size=64MB -c min_wal_size=32MB{speed}",
            dir.display()
        );
        let cluster = Self {
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
            log: dir.join("server.log"),
            bin: bin.clone(),
            data,
            options,
            as_postgres,
        };
        cluster.start()?;
        spawn_watchdog(&bin, &dir, as_postgres);
        Ok(cluster)
    }

    pub fn start(&self) -> Result<(), String> {
        run(pg_command(&self.bin, "pg_ctl", self.as_postgres)
            .arg("-D")
            .arg(&self.data)
            .arg("-l")
            .arg(&self.log)
            .args(["-w", "-t", "60", "-o", &self.options, "start"]))
    }

    /// Stops at once, as a crash or a failover would: open connections break.
    pub fn stop(&self) -> Result<(), String> {
        run(pg_command(&self.bin, "pg_ctl", self.as_postgres)
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "-w", "stop"]))
    }
}

/// Stops the cluster and deletes its files once this test process is gone.
fn spawn_watchdog(bin: &Path, dir: &Path, as_postgres: bool) {
    let runas = if as_postgres {
        "runuser -u postgres -- "
    } else {
        ""
    };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {runas}{bin}/pg_ctl -D {dir}/data -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        bin = bin.display(),
        dir = dir.display(),
    );
    let _ = Command::new("setsid")
        .args(["sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

fn pg_command(bin: &Path, tool: &str, as_postgres: bool) -> Command {
    if as_postgres {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(bin.join(tool));
        command
    } else {
        Command::new(bin.join(tool))
    }
}

fn server_binaries() -> Result<PathBuf, String> {
    let mut candidates: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|e| format!("PostgreSQL server binaries not found in /usr/lib/postgresql ({e}); install postgresql"))?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .collect();
    candidates.sort();
    candidates
        .pop()
        .ok_or_else(|| "no initdb under /usr/lib/postgresql/*/bin".to_string())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command:?} failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
