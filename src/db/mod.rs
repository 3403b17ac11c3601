//! Storage: one connection type over SQLite (embedded default) and PostgreSQL, chosen
//! explicitly from the URL scheme, pooled with r2d2.

mod connection;
mod migrations;
pub mod models;
pub mod schema;

pub use connection::{ConnectionManager, DatabaseUrl, DbConnection, DbPool, build_pool};
pub use migrations::run_migrations;
