//! `/findings/{id}/deadlines`: a finding's deadlines, and overriding one with a reason.

use actix_web::{HttpResponse, get, put, web};
use closeout_model::deadline::{self, Deadline, DeadlineKind};
use closeout_model::user::Role;
use closeout_web::access::visible_finding;
use closeout_web::params;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A hand-set deadline.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SetDeadline {
    /// The new date, YYYY-MM-DD; null to go back to the policy's date.
    due_on: Option<String>,
    /// Why (kept in the history): "extension agreed with the auditor on 2 April".
    reason: String,
}

/// A finding's deadlines (plan, evidence, closure), as the policy gives them or as overridden.
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}/deadlines", tag = "remediation",
    responses((status = 200, body = Vec<Deadline>), (status = 401, body = Problem), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}/deadlines")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let deadlines = state
        .read(move |c| deadline::for_finding(c, &scope, &finding.id))
        .await?;
    Ok(HttpResponse::Ok().json(deadlines))
}

/// Override one deadline (admin, manager), with a reason; `due_on: null` clears the override.
#[utoipa::path(put, path = "/api/v1/findings/{finding_id}/deadlines/{kind}", tag = "remediation", request_body = SetDeadline,
    params(("finding_id" = String, Path), ("kind" = String, Path, description = "plan, evidence or closure")),
    responses((status = 200, body = Vec<Deadline>), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[put("/findings/{finding_id}/deadlines/{kind}")]
pub(crate) async fn set(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
    body: web::Json<SetDeadline>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "overriding a deadline")?;
    let (finding_id, kind) = path.into_inner();
    let kind = DeadlineKind::parse(&kind).map_err(ApiError::NotFound)?;
    let finding = visible_finding(&state, &caller, &finding_id).await?;
    let body = body.into_inner();
    let mut errors = Vec::new();
    let due_on = params::date("due_on", body.due_on.as_deref(), &mut errors);
    if body.due_on.as_deref().is_some_and(|d| !d.trim().is_empty()) && due_on.is_none() {
        return Err(ApiError::Validation(errors));
    }
    let scope = caller.scope().clone();
    let deadlines = state
        .write(move |c| {
            deadline::override_deadline(c, &scope, &finding, kind, due_on, &body.reason)
        })
        .await?;
    Ok(HttpResponse::Ok().json(deadlines))
}
