//! `/tokens`: API tokens. A token's secret is returned once, when it is created.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDateTime;
use closeout_model::id::UserId;
use closeout_model::limits;
use closeout_model::token::{self, Secret, Token};
use closeout_model::user::{self, Role};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};

/// A new token.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateToken {
    /// A label ("laptop", "CI").
    name: Option<String>,
    /// Days until it expires (1-3650). The organisation's token lifetime (90 days unless
    /// changed) when left out or longer, and never later than the token this request carries.
    expires_in_days: Option<i64>,
    /// Create it for this user instead of yourself (admin only).
    user_id: Option<String>,
}

/// A newly created token with its secret, shown this once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct CreatedToken {
    #[serde(flatten)]
    token: Token,
    /// The secret to send as `Authorization: Bearer <token>`. Not retrievable later.
    secret: String,
}

/// Create a token (for yourself, or as admin for another user).
#[utoipa::path(post, path = "/api/v1/tokens", tag = "intake", request_body = CreateToken,
    responses(
        (status = 201, body = CreatedToken), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 422, body = Problem),
    ))]
#[post("/tokens")]
pub(crate) async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<CreateToken>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let user_id = match body.user_id {
        Some(other) if other != caller.user_id().as_str() => {
            caller.require(&[Role::Admin], "creating a token for another user")?;
            UserId::parse(&other)?
        }
        _ => caller.user_id().clone(),
    };
    let expires_at: Option<NaiveDateTime> = match body.expires_in_days {
        None => None,
        Some(days @ 1..=3650) => Some(closeout_model::id::now() + chrono::Duration::days(days)),
        Some(_) => {
            return Err(ApiError::invalid(
                "expires_in_days",
                "must be between 1 and 3650",
            ));
        }
    };
    let name = body.name.unwrap_or_default();
    let secret = Secret::generate()?;
    let scope = caller.scope().clone();
    let parent = caller.token_id().cloned();
    let (token, secret) = state
        .write(move |c| {
            limits::token_creation(c, &scope)?;
            let owner = user::get(c, &scope, &user_id)?;
            token::create(
                c,
                &scope,
                &owner,
                &name,
                expires_at,
                parent.as_ref(),
                secret,
            )
        })
        .await?;
    Ok(HttpResponse::Created().json(CreatedToken {
        token,
        secret: secret.expose().to_owned(),
    }))
}

/// List tokens: your own, or (admin) everyone's. Secrets are never listed.
#[utoipa::path(get, path = "/api/v1/tokens", tag = "intake",
    responses((status = 200, body = Vec<Token>), (status = 401, body = Problem)))]
#[get("/tokens")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let only = (caller.role() != Role::Admin).then(|| caller.user_id().clone());
    let tokens = state
        .read(move |c| token::list(c, &scope, only.as_ref()))
        .await?;
    Ok(HttpResponse::Ok().json(tokens))
}

/// Revoke a token: your own, or (admin) anyone's. It stops working at once.
#[utoipa::path(delete, path = "/api/v1/tokens/{token_id}", tag = "intake",
    responses(
        (status = 200, body = Token), (status = 401, body = Problem), (status = 404, body = Problem),
    ))]
#[delete("/tokens/{token_id}")]
pub(crate) async fn revoke(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let id = closeout_model::id::TokenId::parse(&id)?;
    let scope = caller.scope().clone();
    let admin = caller.role() == Role::Admin;
    let user_id = caller.user_id().to_owned();
    let revoked = state
        .write(move |c| {
            let found = token::get(c, &scope, &id)?;
            if !admin && found.user_id != user_id {
                // Someone else's token is reported like a missing one.
                return Err(closeout_model::ModelError::not_found("token", id));
            }
            token::revoke(c, &scope, &id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(revoked))
}
