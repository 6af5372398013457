//! `/plugins`: the importer plugins this process loaded, and those it refused.

use actix_web::{HttpResponse, get, web};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde_json::json;

/// Loaded plugins (name, version, kinds, file types, file, SHA-256) and refused libraries with
/// the reason.
#[utoipa::path(get, path = "/api/v1/plugins", tag = "intake",
    responses((status = 200, description = "`{folder, plugins: [...], refused: [...]}`"), (status = 401, body = Problem)))]
#[get("/plugins")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    _caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let registry = &state.plugins;
    let plugins: Vec<_> = registry
        .plugins()
        .iter()
        .map(|p| p.info().clone())
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "folder": registry.folder().display().to_string(),
        "plugins": plugins,
        "refused": registry.failures(),
    })))
}
