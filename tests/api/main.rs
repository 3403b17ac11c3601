//! The API tests: one binary, each test on its own fresh database, every test on both
//! SQLite and PostgreSQL.

mod helpers;
mod postgres;
mod smtp;
mod staff_client;

mod audit_chain;
mod bad_input;
mod certificate_documents;
mod certificates;
mod commands;
mod crash;
mod data_at_rest;
mod declaration;
mod faults;
mod happy_path;
mod keys;
mod languages;
mod learner_pages;
mod lookup_cache;
mod mail;
mod office_isolation;
mod progress_limits;
mod quiz;
mod retention;
mod security;
mod staff_login;
mod traces;
mod watching;
