//! HTTP: routes per resource, the problem+json error mapping, request logging.

mod api;
mod health;
mod logging;
mod media;
pub mod problem;
mod state;

pub use state::AppState;

use actix_web::web;

/// Every route of the service.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(health::config)
        .configure(media::config)
        .service(web::scope("/api/v1").configure(api::config));
}

pub use logging::log_requests;
pub use problem::{json_config, not_found, path_config, query_config};
