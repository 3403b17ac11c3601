use diesel::connection::SimpleConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::{DbConnection, Writer};

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// An arbitrary fixed key: several instances starting at once take turns migrating.
const MIGRATION_LOCK: i64 = 0x6265_6c65_6872;

/// Runs pending migrations and returns how many ran.
pub fn run_migrations(conn: &mut Writer<'_>) -> anyhow::Result<usize> {
    let conn: &mut DbConnection = conn;
    let ran = match conn {
        DbConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE)
            .map_err(|e| anyhow::anyhow!("migrating the SQLite database: {e}"))?
            .len(),
        DbConnection::Postgres(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))?;
            let result = c
                .run_pending_migrations(POSTGRES)
                .map(|v| v.len())
                .map_err(|e| anyhow::anyhow!("migrating the PostgreSQL database: {e}"));
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))?;
            result?
        }
    };
    Ok(ran)
}
