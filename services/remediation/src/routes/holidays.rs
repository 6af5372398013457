//! `/holidays`: the organisation's holiday calendar, for working-day deadlines.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, put, web};
use closeout_model::deadline;
use closeout_model::user::Role;
use closeout_web::params;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};

/// One holiday.
#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Holiday {
    /// The day, YYYY-MM-DD.
    day: String,
    /// Its name.
    name: String,
}

/// The organisation's holidays, in date order.
#[utoipa::path(get, path = "/api/v1/holidays", tag = "remediation",
    responses((status = 200, body = Vec<Holiday>), (status = 401, body = Problem)))]
#[get("/holidays")]
pub(crate) async fn get(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let days = state.read(move |c| deadline::holidays(c, &scope)).await?;
    let list: Vec<Holiday> = days
        .into_iter()
        .map(|(day, name)| Holiday {
            day: day.to_string(),
            name,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// Replace the organisation's holidays (admin, manager); working-day deadlines are recomputed.
#[utoipa::path(put, path = "/api/v1/holidays", tag = "remediation", request_body = Vec<Holiday>,
    responses((status = 200, body = Vec<Holiday>), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[put("/holidays")]
pub(crate) async fn replace(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<Vec<Holiday>>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "changing holidays")?;
    let mut errors = Vec::new();
    let mut days = BTreeMap::new();
    for (index, holiday) in body.into_inner().into_iter().enumerate() {
        if let Some(day) = params::date(&format!("[{index}].day"), Some(&holiday.day), &mut errors)
        {
            days.insert(
                day,
                holiday.name.trim().chars().take(100).collect::<String>(),
            );
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let scope = caller.scope().clone();
    let saved = state
        .write(move |c| {
            deadline::set_holidays(c, &scope, days)?;
            deadline::holidays(c, &scope)
        })
        .await?;
    let list: Vec<Holiday> = saved
        .into_iter()
        .map(|(day, name)| Holiday {
            day: day.to_string(),
            name,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}
