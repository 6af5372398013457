//! `/catalog/requirements`: the built-in ISO/IEC 27001:2022 catalog.

use actix_web::{HttpResponse, get, web};
use closeout_model::catalog::Requirement;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};

/// Clauses 4-10 and the 93 Annex A controls, in the standard's order.
#[utoipa::path(get, path = "/api/v1/catalog/requirements", tag = "intake",
    responses((status = 200, body = Vec<Requirement>), (status = 401, body = Problem)))]
#[get("/catalog/requirements")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    _caller: Caller,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(state.catalog.requirements()))
}
