//! `/deadline-policies` and an audit's choice of policy.

use actix_web::{HttpResponse, get, post, put, web};
use closeout_model::audit::{self, Audit};
use closeout_model::deadline::{self, NewPolicy, Policy};
use closeout_model::user::Role;
use closeout_web::access::visible_audit;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// The policy an audit uses.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChoosePolicy {
    /// A policy id (`source-guide`, `wcs`, `bureau-veritas`, `auva`, or one of the
    /// organisation's own); null for the default, the source guide's rule.
    policy: Option<String>,
}

/// The presets and the organisation's own policies.
#[utoipa::path(get, path = "/api/v1/deadline-policies", tag = "remediation",
    responses((status = 200, body = Vec<Policy>), (status = 401, body = Problem)))]
#[get("/deadline-policies")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    Ok(HttpResponse::Ok().json(state.read(move |c| deadline::policies(c, &scope)).await?))
}

/// Add a policy of the organisation's own (admin, manager): days per grade for the plan, the
/// evidence and the closure, in calendar or working days, from the report date or the last
/// audit day.
#[utoipa::path(post, path = "/api/v1/deadline-policies", tag = "remediation", request_body = NewPolicy,
    responses((status = 201, body = Policy), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[post("/deadline-policies")]
pub(crate) async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<NewPolicy>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "adding a deadline policy")?;
    let scope = caller.scope().clone();
    let created = state
        .write(move |c| deadline::create_policy(c, &scope, body.into_inner()))
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Choose an audit's deadline policy (admin, manager); every finding's deadlines are
/// recomputed, and every change is in its history.
#[utoipa::path(put, path = "/api/v1/audits/{audit_id}/deadline-policy", tag = "remediation", request_body = ChoosePolicy,
    responses((status = 200, body = Audit), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[put("/audits/{audit_id}/deadline-policy")]
pub(crate) async fn choose(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<ChoosePolicy>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "choosing a deadline policy")?;
    let audit = visible_audit(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let policy = body.into_inner().policy;
    let updated = state
        .write(move |c| audit::set_policy(c, &scope, &audit.id, policy.as_deref()))
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}
