//! `/me` and `/users`: who is calling, and the organisation's people.

use actix_web::{HttpResponse, get, post, web};
use closeout_model::FieldError;
use closeout_model::user::{self, Email, NewUser, Role, User};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A new user.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateUser {
    /// Email address, unique within the organisation.
    email: String,
    /// admin, manager, contributor or auditor.
    role: String,
    /// Display name.
    name: Option<String>,
}

/// The caller's own user.
#[utoipa::path(get, path = "/api/v1/me", tag = "intake",
    responses((status = 200, body = User), (status = 401, body = Problem)))]
#[get("/me")]
pub(crate) async fn me(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let user_id = caller.user_id().to_owned();
    let me = state.read(move |c| user::get(c, &scope, &user_id)).await?;
    Ok(HttpResponse::Ok().json(me))
}

/// The organisation's users (admin, manager, auditor).
#[utoipa::path(get, path = "/api/v1/users", tag = "intake",
    responses((status = 200, body = Vec<User>), (status = 401, body = Problem), (status = 403, body = Problem)))]
#[get("/users")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(
        &[Role::Admin, Role::Manager, Role::Auditor],
        "listing users",
    )?;
    let scope = caller.scope().clone();
    let users = state.read(move |c| user::list(c, &scope)).await?;
    Ok(HttpResponse::Ok().json(users))
}

/// Add a user to the organisation (admin). The user has no token until one is created.
#[utoipa::path(post, path = "/api/v1/users", tag = "intake", request_body = CreateUser,
    responses(
        (status = 201, body = User), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    ))]
#[post("/users")]
pub(crate) async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<CreateUser>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin], "adding a user")?;
    let body = body.into_inner();
    let mut errors = Vec::new();
    let email = Email::parse(&body.email)
        .map_err(|e| errors.push(FieldError::new("email", e)))
        .ok();
    let role = body
        .role
        .parse::<Role>()
        .map_err(|e| errors.push(FieldError::new("role", e)))
        .ok();
    let (Some(email), Some(role)) = (email, role) else {
        return Err(ApiError::Validation(errors));
    };
    let scope = caller.scope().clone();
    let new = NewUser {
        email,
        name: body.name,
        role,
    };
    let created = state.write(move |c| user::create(c, &scope, new)).await?;
    Ok(HttpResponse::Created().json(created))
}
