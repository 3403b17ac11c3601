//! belehrung: online instruction of food workers under §43 Infektionsschutzgesetz.

pub mod audit;
pub mod certificate;
pub mod cli;
pub mod clock;
pub mod course;
pub mod data_dir;
pub mod db;
pub mod domain;
pub mod jobs;
#[cfg(test)]
mod layers;
pub mod mail;
pub mod metrics;
pub mod payment;
pub mod saml;
pub mod secret;
pub mod service;
pub mod settings;
pub mod staff;
pub mod startup;
pub mod telemetry;
pub mod wallet;
pub mod web;

/// mimalloc instead of the system allocator: rendering a certificate and answering a
/// request allocate many short-lived buffers across threads, where glibc's arenas spent
/// a sixth of the time. Without transparent huge pages (`no_thp`): with them, every
/// blocking thread's heap held whole 2 MB pages, and the peak under load was 390 MB
/// instead of 200 MB, for no measurable speed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
