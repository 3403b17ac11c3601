//! belehrung: online instruction of food workers under §43 Infektionsschutzgesetz.

pub mod certificate;
pub mod cli;
pub mod clock;
pub mod course;
pub mod db;
pub mod domain;
pub mod service;
pub mod settings;
pub mod startup;
pub mod telemetry;
pub mod web;
