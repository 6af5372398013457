//! `/status` and `/audits/{id}/status`: what is due, due soon, overdue and blocked.

use actix_web::{HttpResponse, get, web};
use chrono::NaiveDate;
use closeout_model::glance::{self, Glance};
use closeout_model::user::Role;
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

fn day(on: &On) -> Result<NaiveDate, ApiError> {
    let mut errors = Vec::new();
    match params::date("on", on.on.as_deref(), &mut errors) {
        Some(day) => Ok(day),
        None if errors.is_empty() => Ok(chrono::Utc::now().date_naive()),
        None => Err(ApiError::Validation(errors)),
    }
}

/// Keeps a contributor's view to what is assigned to them.
fn mine(mut glance: Glance, caller: &Caller) -> Glance {
    if caller.role() == Role::Contributor {
        glance
            .items
            .retain(|i| i.owner.as_deref() == Some(caller.0.email.as_str()));
        let recount = |standing| {
            glance
                .items
                .iter()
                .filter(|i| i.standing == standing)
                .count()
        };
        let counts = [
            ("overdue", recount(glance::Standing::Overdue)),
            ("due_soon", recount(glance::Standing::DueSoon)),
            ("due", recount(glance::Standing::Due)),
            ("blocked", recount(glance::Standing::Blocked)),
            ("no_deadline", recount(glance::Standing::NoDeadline)),
            (
                "possible_upgrade",
                glance.items.iter().filter(|i| i.possible_upgrade).count(),
            ),
        ];
        glance.counts = counts.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
    }
    glance
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
    let today = day(&on)?;
    let organisation_id = caller.organisation_id().to_owned();
    let glance = state
        .read(move |c| glance::glance(c, &organisation_id, None, today))
        .await?;
    Ok(HttpResponse::Ok().json(mine(glance, &caller)))
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
    let today = day(&on)?;
    let audit = visible_audit(&state, &caller, &path).await?;
    let organisation_id = caller.organisation_id().to_owned();
    let glance = state
        .read(move |c| glance::glance(c, &organisation_id, Some(&audit.id), today))
        .await?;
    Ok(HttpResponse::Ok().json(mine(glance, &caller)))
}
