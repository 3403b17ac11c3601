//! HTTP: routes per resource, the problem+json error mapping, request logging.

mod api;
pub mod client_addr;
pub mod hardening;
mod health;
mod jwks;
mod learn;
mod logging;
pub mod lookup_cache;
pub(crate) mod media;
mod not_found;
mod office_logo;
mod page_headers;
mod pdf_download;
pub mod problem;
mod problem_detail;
pub mod qr_svg;
pub mod rate_limit;
mod staff;
mod state;
mod verify_page;
mod wallet;

pub use state::AppState;

use actix_web::web;

/// Every route of the service; certificate lookups go through the state's limiter.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(health::config)
        .configure(media::config)
        .configure(jwks::config)
        .configure(wallet::config)
        .configure(staff::config)
        .configure(learn::config)
        .configure(verify_page::config)
        .service(web::scope("/api/v1").configure(api::config));
}

pub use logging::log_requests;
pub use not_found::{bare_error, not_found};
pub use problem::{json_config, path_config, query_config};
