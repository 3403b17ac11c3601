//! Storage: one connection type over SQLite (embedded default) and PostgreSQL, chosen
//! explicitly from the URL scheme, pooled with r2d2.

mod access;
mod connection;
mod migrations;
pub mod models;
pub mod schema;

pub use access::{Database, ReadError, WriteTurn, Writer};
pub use connection::{ConnectionManager, DatabaseUrl, DbConnection, DbPool, build_pool};
pub use migrations::run_migrations;

/// Runs `$body` with `$c` bound to the backend's own connection. Queries on a hot path go
/// through here: diesel caches prepared statements on the concrete connection, but
/// through the `MultiConnection` wrapper it builds and prepares the SQL on every call.
#[macro_export]
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgres($c) => $body,
        }
    };
}
