//! `/status` and `/audits/{id}/status`: what is due, due soon, overdue and blocked.

use actix_web::{HttpResponse, get, web};
use closeout_model::glance::{self, Glance};
use closeout_web::access::visible_audit;
use closeout_web::params;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// The day to look from.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct On {
    /// YYYY-MM-DD; today (UTC) when left out.
    on: Option<String>,
}

/// A contributor sees only what is assigned to them.
fn own_only(caller: &Caller) -> Option<String> {
    caller.visibility().assigned_to().map(str::to_owned)
}

/// Every unfinished finding of the organisation, most urgent first.
#[utoipa::path(get, path = "/api/v1/status", tag = "remediation", params(On),
    responses((status = 200, body = Glance), (status = 401, body = Problem)))]
#[get("/status")]
pub(crate) async fn organisation(
    state: web::Data<AppState>,
    caller: Caller,
    on: web::Query<On>,
) -> Result<HttpResponse, ApiError> {
    let today = params::date_or_today("on", on.on.as_deref())?;
    let organisation_id = caller.organisation_id().to_owned();
    let owner = own_only(&caller);
    let glance = state
        .read(move |c| glance::glance(c, &organisation_id, None, owner.as_deref(), today))
        .await?;
    Ok(HttpResponse::Ok().json(glance))
}

/// One audit's unfinished findings, most urgent first.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/status", tag = "remediation", params(On),
    responses((status = 200, body = Glance), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/status")]
pub(crate) async fn audit(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    on: web::Query<On>,
) -> Result<HttpResponse, ApiError> {
    let today = params::date_or_today("on", on.on.as_deref())?;
    let audit = visible_audit(&state, &caller, &path).await?;
    let organisation_id = caller.organisation_id().to_owned();
    let owner = own_only(&caller);
    let glance = state
        .read(move |c| {
            glance::glance(
                c,
                &organisation_id,
                Some(&audit.id),
                owner.as_deref(),
                today,
            )
        })
        .await?;
    Ok(HttpResponse::Ok().json(glance))
}
