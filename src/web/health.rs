use actix_web::{HttpResponse, web};
use diesel::connection::SimpleConnection;

use super::AppState;
use crate::service::Error;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/health").get(health))
        .service(web::resource("/ready").get(ready))
        .service(web::resource("/metrics").get(metrics));
}

/// The process answers.
async fn health() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok")
}

/// The process can reach its database.
async fn ready(state: web::Data<AppState>) -> Result<HttpResponse, Error> {
    state
        .db(|_, conn| conn.batch_execute("SELECT 1").map_err(Error::from))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ready"))
}

/// Prometheus metrics of this instance.
async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.ctx.metrics.render())
}
