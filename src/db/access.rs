//! Reading and writing through one door each. SQLite lets one connection write at a
//! time: a writer that finds the lock taken sleeps and retries (1, 2, 5 … 100 ms), and
//! one that upgrades a read transaction fails with BUSY at once. So on SQLite every
//! write queues on one gate per process and starts the moment the one before it is
//! done, and reads come from a second pool whose connections are read-only (`PRAGMA
//! query_only`, set once when each opens): a write that skips the gate fails in every
//! test, not under load. The
//! functions that write take a [`Writer`], which only [`Database::write`] hands out, so
//! calling one from a read does not compile. PostgreSQL locks rows and needs no gate.

use std::ops::{Deref, DerefMut};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use diesel::r2d2::{PoolError, PooledConnection};

use super::connection::build_read_pool;
use super::{ConnectionManager, DatabaseUrl, DbConnection, DbPool, build_pool};

#[derive(Clone)]
pub struct Database {
    /// The connections that write (on SQLite, one at a time behind the gate).
    pool: DbPool,
    /// The connections that read: on SQLite a pool of read-only connections, on
    /// PostgreSQL the same pool.
    readers: DbPool,
    /// On SQLite, one writer at a time; `None` on PostgreSQL.
    gate: Option<Arc<Mutex<()>>>,
}

/// On SQLite the gate lets one writer through at a time; a second connection covers a
/// writer that is handed its connection while the one before returns its own.
const SQLITE_WRITERS: u32 = 2;

/// The turn to write: held, no other writer of this process starts (on SQLite).
pub struct WriteTurn<'a> {
    _turn: Option<MutexGuard<'a, ()>>,
    conn: PooledConnection<ConnectionManager>,
}

impl WriteTurn<'_> {
    pub fn writer(&mut self) -> Writer<'_> {
        Writer {
            conn: &mut self.conn,
        }
    }
}

/// Taking a connection failed: the pool or the statement that prepares it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Pool(#[from] PoolError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// A connection that may write: on SQLite the only one of this process at the moment.
pub struct Writer<'a> {
    conn: &'a mut DbConnection,
}

impl Writer<'_> {
    /// A transaction that may write, as [`diesel::Connection::transaction`].
    pub fn transaction<T, E>(
        &mut self,
        work: impl FnOnce(&mut Writer<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<diesel::result::Error>,
    {
        use diesel::Connection;
        self.conn.transaction(|conn| work(&mut Writer { conn }))
    }
}

impl Deref for Writer<'_> {
    type Target = DbConnection;

    fn deref(&self) -> &DbConnection {
        self.conn
    }
}

impl DerefMut for Writer<'_> {
    fn deref_mut(&mut self) -> &mut DbConnection {
        self.conn
    }
}

impl Database {
    /// Opens at most `max_size` connections to `url` for reading (on SQLite, and two
    /// more for writing).
    pub fn connect(url: &DatabaseUrl, max_size: u32) -> anyhow::Result<Self> {
        match url {
            DatabaseUrl::Sqlite(_) => Ok(Self {
                pool: build_pool(url, SQLITE_WRITERS)?,
                readers: build_read_pool(url, max_size)?,
                gate: Some(Arc::new(Mutex::new(()))),
            }),
            DatabaseUrl::Postgres(_) => {
                let pool = build_pool(url, max_size)?;
                Ok(Self {
                    readers: pool.clone(),
                    pool,
                    gate: None,
                })
            }
        }
    }

    /// Runs `work` on a pooled connection that cannot write (on SQLite).
    pub fn read<T, E>(&self, work: impl FnOnce(&mut DbConnection) -> Result<T, E>) -> Result<T, E>
    where
        E: From<ReadError>,
    {
        work(&mut *self.reader()?)
    }

    /// Runs `work` with the right to write: after the writers before it on SQLite.
    pub fn write<T, E>(&self, work: impl FnOnce(&mut Writer<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<ReadError>,
    {
        let mut turn = self.write_turn()?;
        work(&mut turn.writer())
    }

    /// A pooled connection that cannot write (on SQLite), for a command that only reads.
    pub fn reader(&self) -> Result<PooledConnection<ConnectionManager>, ReadError> {
        Ok(self.readers.get()?)
    }

    /// The right to write until the turn is dropped, for a command that writes.
    pub fn write_turn(&self) -> Result<WriteTurn<'_>, ReadError> {
        // The gate guards no data, so a panic of an earlier holder harms nothing.
        let turn = self
            .gate
            .as_deref()
            .map(|gate| gate.lock().unwrap_or_else(PoisonError::into_inner));
        let conn = self.pool.get()?;
        Ok(WriteTurn { _turn: turn, conn })
    }
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;

    use super::*;

    fn sqlite_in(dir: &tempfile::TempDir) -> Database {
        let url = DatabaseUrl::parse(&format!("sqlite://{}", dir.path().join("t.db").display()))
            .expect("url");
        Database::connect(&url, 2).expect("database")
    }

    #[test]
    fn on_sqlite_only_the_writer_writes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = sqlite_in(&dir);
        let create = |conn: &mut DbConnection| conn.batch_execute("CREATE TABLE t (x INTEGER)");
        let refused = db.read(|conn| create(conn).map_err(ReadError::from));
        assert!(
            matches!(refused, Err(ReadError::Query(_))),
            "a read connection must refuse to write: {refused:?}"
        );
        db.write(|conn| create(conn).map_err(ReadError::from))
            .expect("the writer writes");
        // The connection the writer used goes back to the pool and reads again.
        let insert = |conn: &mut DbConnection| conn.batch_execute("INSERT INTO t VALUES (1)");
        assert!(
            db.read(|conn| insert(conn).map_err(ReadError::from))
                .is_err()
        );
        db.write(|conn| insert(conn).map_err(ReadError::from))
            .expect("insert");
    }

    /// A panic inside a write transaction does not leave its connection in the pool
    /// still inside the transaction, where every later write would run as a savepoint
    /// that never commits.
    #[test]
    fn a_panic_in_a_transaction_loses_no_later_write() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = sqlite_in(&dir);
        db.write(|conn| {
            conn.batch_execute("CREATE TABLE t (x INTEGER)")
                .map_err(ReadError::from)
        })
        .expect("create");
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            db.write(|writer| {
                writer.transaction(|conn| -> Result<(), ReadError> {
                    conn.batch_execute("INSERT INTO t VALUES (1)")?;
                    panic!("a bug while rendering");
                })
            })
        }));
        assert!(panicked.is_err());
        for x in 2..5 {
            db.write(|conn| {
                conn.batch_execute(&format!("INSERT INTO t VALUES ({x})"))
                    .map_err(ReadError::from)
            })
            .expect("insert");
        }
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let seen = db
            .read(|conn| {
                use diesel::RunQueryDsl;
                diesel::sql_query("SELECT COUNT(*) AS n FROM t")
                    .get_result::<Count>(conn)
                    .map_err(ReadError::from)
            })
            .expect("count");
        assert_eq!(seen.n, 3, "the three writes after the panic are committed");
    }
}
