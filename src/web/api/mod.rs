//! The JSON API under `/api/v1` (see docs/api.md).

mod auth;
mod certificates;
mod courses;
mod enrolments;
mod learning;
mod tenants;

use actix_web::web;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.configure(tenants::config)
        .configure(courses::config)
        .configure(enrolments::config)
        .configure(learning::config)
        .configure(certificates::config);
}
