//! Liveness and readiness probes, served by every target without authentication.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;

use crate::state::AppState;

/// What `/readyz` answers.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Readiness {
    /// `ready` or `unavailable`.
    pub status: &'static str,
    /// The database backend (`sqlite` or `postgres`).
    pub database: &'static str,
    /// Why it is not ready, when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Liveness: the process is up and serving HTTP.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "alive")))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// Readiness: the database answers. Kubernetes stops routing traffic here when it does not.
#[utoipa::path(get, path = "/readyz", tag = "health", responses(
    (status = 200, description = "ready", body = Readiness),
    (status = 503, description = "the database does not answer", body = Readiness),
))]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let db = state.db.clone();
    let database = db.backend().name();
    match web::block(move || db.ping()).await {
        Ok(Ok(())) => HttpResponse::Ok().json(Readiness {
            status: "ready",
            database,
            detail: None,
        }),
        Ok(Err(error)) => HttpResponse::ServiceUnavailable().json(Readiness {
            status: "unavailable",
            database,
            detail: Some(error.to_string()),
        }),
        Err(error) => HttpResponse::ServiceUnavailable().json(Readiness {
            status: "unavailable",
            database,
            detail: Some(error.to_string()),
        }),
    }
}
