//! The API tests: one binary, each test on its own fresh database, every test on both
//! SQLite and PostgreSQL.

mod helpers;
mod postgres;

mod bad_input;
mod certificate_documents;
mod certificates;
mod commands;
mod crash;
mod declaration;
mod happy_path;
mod keys;
mod languages;
mod quiz;
mod watching;
