use actix_web::{HttpResponse, web};
use serde::Serialize;

use crate::web::AppState;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/tenants").get(list));
}

#[derive(Serialize)]
struct TenantJson<'a> {
    id: &'a str,
    name: &'a str,
    land: &'a str,
    languages: &'a [String],
    postcodes: &'a [String],
    example: bool,
}

/// The health offices this deployment serves.
async fn list(state: web::Data<AppState>) -> HttpResponse {
    let tenants: Vec<TenantJson> = state
        .ctx
        .content
        .tenants
        .iter()
        .map(|t| TenantJson {
            id: &t.id,
            name: &t.name,
            land: &t.land,
            languages: &t.languages,
            postcodes: &t.postcodes,
            example: t.example,
        })
        .collect();
    HttpResponse::Ok().json(tenants)
}
