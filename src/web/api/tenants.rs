use crate::domain::{IdentityMethod, Postcode};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::web::AppState;
use crate::web::problem::Problem;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/tenants").get(list));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantQuery {
    /// Only the offices that serve this postcode (where the learner lives or works).
    postcode: Option<String>,
}

#[derive(Serialize)]
struct TenantJson<'a> {
    id: &'a str,
    name: &'a str,
    land: &'a str,
    languages: &'a [String],
    postcodes: &'a [Postcode],
    /// The ways of checking identity a learner chooses among (`identity_method`).
    identity: Vec<IdentityMethod>,
    example: bool,
}

/// The health offices this deployment serves, all or those for one postcode.
async fn list(state: web::Data<AppState>, query: web::Query<TenantQuery>) -> HttpResponse {
    let postcode = match query.postcode.as_deref().map(Postcode::parse).transpose() {
        Ok(postcode) => postcode,
        Err(_) => {
            return Problem::new(
                StatusCode::BAD_REQUEST,
                "invalid-postcode",
                crate::web::problem_detail::api_text("invalid-postcode"),
            )
            .response();
        }
    };
    let tenants: Vec<TenantJson> = state
        .ctx
        .content
        .tenants
        .iter()
        .filter(|t| postcode.as_ref().is_none_or(|p| t.serves(p)))
        .map(|t| TenantJson {
            id: &t.id,
            name: &t.name,
            land: &t.land,
            languages: &t.languages,
            postcodes: &t.postcodes,
            identity: crate::service::offered_methods(&state.ctx, t),
            example: t.example,
        })
        .collect();
    HttpResponse::Ok().json(tenants)
}
