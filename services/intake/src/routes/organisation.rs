//! `/organisation`: the caller's organisation and its settings.

use actix_web::{HttpResponse, get, patch, web};
use closeout_model::organisation::{self, Organisation};
use closeout_model::user::Role;
use closeout_web::params::nullable;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// Settings to change.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct UpdateOrganisation {
    /// How slashed dates in imported files are read when the file does not settle it:
    /// `dmy`, `mdy`, or null.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    date_order: Option<Option<String>>,
    /// Email domains an import may invite owners from (`["acme.com"]`).
    invite_domains: Option<Vec<String>>,
    /// The longest a new API token may live, in days (1-3650).
    token_lifetime_days: Option<i32>,
}

/// The caller's organisation.
#[utoipa::path(get, path = "/api/v1/organisation", tag = "intake",
    responses((status = 200, body = Organisation), (status = 401, body = Problem)))]
#[get("/organisation")]
pub(crate) async fn get(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    Ok(HttpResponse::Ok().json(state.read(move |c| organisation::get(c, &scope)).await?))
}

/// Change the organisation's settings (admin).
#[utoipa::path(patch, path = "/api/v1/organisation", tag = "intake", request_body = UpdateOrganisation,
    responses((status = 200, body = Organisation), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[patch("/organisation")]
pub(crate) async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<UpdateOrganisation>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin], "changing the organisation's settings")?;
    let scope = caller.scope().clone();
    let body = body.into_inner();
    let updated = state
        .write(move |c| {
            if let Some(order) = body.date_order {
                organisation::set_date_order(c, &scope, order.as_deref())?;
            }
            if let Some(domains) = body.invite_domains {
                organisation::set_invite_domains(c, &scope, &domains)?;
            }
            if let Some(days) = body.token_lifetime_days {
                organisation::set_token_lifetime_days(c, &scope, days)?;
            }
            organisation::get(c, &scope)
        })
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}
