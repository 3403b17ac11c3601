//! The JSON API under `/api/v1` (see docs/api.md).

mod auth;
mod certificates;
mod courses;
mod enrolments;
mod learning;
mod tenants;

use actix_web::web;

use crate::web::rate_limit::LookupLimiter;

pub fn config(cfg: &mut web::ServiceConfig, limiter: &LookupLimiter) {
    cfg.configure(tenants::config)
        .configure(courses::config)
        .configure(enrolments::config)
        .configure(learning::config)
        .configure(|cfg| certificates::config(cfg, limiter));
}
