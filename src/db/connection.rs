use secrecy::{ExposeSecret, SecretString};
use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};

/// Where the data lives. Parsed from `sqlite://PATH` or `postgres://…`, never guessed.
/// A PostgreSQL URL may hold a password: it never prints (`secrecy`).
#[derive(Debug, Clone)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(SecretString),
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if let Some(path) = raw.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err("sqlite:// needs a file path, e.g. sqlite://data/belehrung.db".into());
            }
            Ok(Self::Sqlite(PathBuf::from(path)))
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Ok(Self::Postgres(SecretString::from(raw)))
        } else {
            Err("must start with sqlite:// or postgres://".into())
        }
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }
}

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

pub type DbPool = r2d2::Pool<ConnectionManager>;

/// An r2d2 manager that opens exactly the backend the URL names.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
    /// SQLite connections that refuse to write (`PRAGMA query_only`), set once when the
    /// connection opens.
    read_only: bool,
}

impl ConnectionManager {
    pub fn new(url: DatabaseUrl) -> Self {
        Self {
            url,
            read_only: false,
        }
    }
}

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(r2d2::Error::ConnectionError)?;
                // The busy timeout comes first: switching to WAL takes a lock, and a new
                // connection opened while another one writes would otherwise fail at
                // once ("database is locked"). WAL lets readers go on while one writer
                // commits; synchronous=FULL makes an acknowledged answer survive a power
                // loss, not only a process crash. secure_delete overwrites deleted rows
                // with zeros, so what the retention job deletes cannot be read back
                // from the file's free space.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000;
                     PRAGMA journal_mode = WAL;
                     PRAGMA synchronous = FULL;
                     PRAGMA foreign_keys = ON;
                     PRAGMA secure_delete = ON;",
                )
                .map_err(r2d2::Error::QueryError)?;
                if self.read_only {
                    conn.batch_execute("PRAGMA query_only = 1")
                        .map_err(r2d2::Error::QueryError)?;
                }
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres(url) => PgConnection::establish(url.expose_secret())
                .map(DbConnection::Postgres)
                .map_err(r2d2::Error::ConnectionError),
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    /// A connection given back while a panic unwinds may still be inside a transaction
    /// (diesel does not roll back on a panic); one whose transaction state is unknown is
    /// dropped too, so that no later write runs as a savepoint that never commits.
    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        use diesel::r2d2::R2D2Connection;
        std::thread::panicking()
            || match conn {
                DbConnection::Sqlite(c) => c.is_broken(),
                DbConnection::Postgres(c) => c.is_broken(),
            }
    }
}

/// Builds the pool; for SQLite it creates the file's folder first (the default path lies
/// in the data dir, which a fresh checkout does not have yet).
pub fn build_pool(url: &DatabaseUrl, max_size: u32) -> anyhow::Result<DbPool> {
    pool_of(url, max_size, false)
}

/// A pool of SQLite connections that cannot write (see `access`).
pub(super) fn build_read_pool(url: &DatabaseUrl, max_size: u32) -> anyhow::Result<DbPool> {
    pool_of(url, max_size, true)
}

fn pool_of(url: &DatabaseUrl, max_size: u32, read_only: bool) -> anyhow::Result<DbPool> {
    if let DatabaseUrl::Sqlite(path) = url {
        prepare_sqlite_file(path)?;
    }
    // A network connection can die between two requests; an embedded SQLite file cannot,
    // and the test query would cost every read a second statement.
    let test_on_check_out = matches!(url, DatabaseUrl::Postgres(_));
    r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(5))
        .test_on_check_out(test_on_check_out)
        .build(ConnectionManager {
            url: url.clone(),
            read_only,
        })
        .map_err(|e| anyhow::anyhow!("cannot connect to the {} database: {e}", url.backend_name()))
}

/// The database file exists, with mode 0600, before SQLite opens it: SQLite creates a new
/// file 0644 and gives its -wal and -shm files the database file's mode.
fn prepare_sqlite_file(path: &std::path::Path) -> anyhow::Result<()> {
    use crate::data_dir::{create_private_dir, create_private_file, restrict_file};
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private_dir(parent)
            .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", parent.display()))?;
    }
    create_private_file(path)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut companion = path.as_os_str().to_owned();
        companion.push(suffix);
        let companion = std::path::PathBuf::from(companion);
        restrict_file(&companion)
            .map_err(|e| anyhow::anyhow!("cannot restrict {}: {e}", companion.display()))?;
    }
    Ok(())
}
