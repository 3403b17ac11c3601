//! The API tests: one binary, each test on its own fresh database, every test on both
//! SQLite and PostgreSQL.

mod helpers;
mod payment_platform;
mod postgres;
#[cfg(feature = "saml")]
mod saml_idp;
mod smtp;
mod staff_client;

mod audit_chain;
mod bad_input;
mod certificate_documents;
mod certificate_page;
mod certificates;
mod clients;
mod commands;
mod crash;
mod data_at_rest;
mod declaration;
mod faults;
mod fee_crash;
mod fee_staff;
mod fees;
mod happy_path;
mod identity_checks;
#[cfg(feature = "saml")]
mod identity_login;
mod keys;
mod languages;
mod learner_access;
mod learner_pages;
mod lookup_cache;
mod mail;
mod names;
mod office_isolation;
mod progress_limits;
mod quiz;
mod representatives;
mod retention;
mod revocation_privacy;
mod sealed_files;
mod security;
mod signing_offices;
mod staff_credentials;
mod staff_login;
mod traces;
mod wallet;
mod watching;
