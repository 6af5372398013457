//! `/findings/{id}/plan` and `/findings/{id}/transitions`: the corrective action plan and the
//! lifecycle that takes a finding from open to closed.

use actix_web::{HttpResponse, get, post, put, web};
use closeout_model::finding::Finding;
use closeout_model::lifecycle::{self, Action};
use closeout_model::plan::{self, Plan};
use closeout_web::access::visible_finding;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A step in the lifecycle.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Transition {
    /// submit_plan, accept_plan, reject_plan, start, submit_evidence, reject_evidence, verify,
    /// close or reopen.
    action: Action,
    /// Why; required to reject or reopen. Kept in the corrective action log.
    reason: Option<String>,
}

/// A finding's corrective action plan.
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}/plan", tag = "remediation",
    responses((status = 200, body = Plan), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}/plan")]
pub(crate) async fn get(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let id = finding.id.clone();
    match state.read(move |c| plan::get(c, &scope, &id)).await? {
        Some(plan) => Ok(HttpResponse::Ok().json(plan)),
        None => Err(ApiError::NotFound(format!(
            "finding {} has no corrective action plan yet",
            finding.reference
        ))),
    }
}

/// Write or revise the plan (the finding's owner or a manager), before it is submitted. The
/// first save moves an open finding to `plan_drafted`.
#[utoipa::path(put, path = "/api/v1/findings/{finding_id}/plan", tag = "remediation", request_body = Plan,
    responses((status = 200, body = Plan), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
#[put("/findings/{finding_id}/plan")]
pub(crate) async fn save(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<Plan>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let saved = state
        .write_in(caller.scope(), move |c| {
            lifecycle::draft_plan(c, &scope, &finding.id, &body.into_inner())
        })
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

/// Take a step in the lifecycle. Refused steps answer 409 (not from this status), 403 (not by
/// you: only an auditor verifies, and not their own work) or 422 (a reason or plan part is
/// missing).
#[utoipa::path(post, path = "/api/v1/findings/{finding_id}/transitions", tag = "remediation", request_body = Transition,
    responses(
        (status = 200, body = Finding), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    ))]
#[post("/findings/{finding_id}/transitions")]
pub(crate) async fn transition(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<Transition>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let body = body.into_inner();
    let moved = state
        .write_in(caller.scope(), move |c| {
            lifecycle::take(c, &scope, &finding.id, body.action, body.reason.as_deref())
        })
        .await?;
    Ok(HttpResponse::Ok().json(moved))
}
