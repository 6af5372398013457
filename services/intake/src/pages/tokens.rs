//! The person's own API tokens: list, create (the secret shown once), revoke.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::token::{self, Secret, Token};
use closeout_model::user;
use closeout_web::ui::{
    Chrome, FieldErrors, NoFields, PageError, Submitted, Viewer, html, redirect,
};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

/// A new token's lifetime when the form is left as it is.
const DEFAULT_DAYS: &str = "90";

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    chrome: Chrome,
    tokens: Vec<Token>,
    secret: Option<String>,
    name: String,
    days: String,
    errors: FieldErrors,
    lifetime_days: i32,
}

closeout_web::screen!(TokensPage);

async fn tokens_page(
    state: &AppState,
    viewer: &Viewer,
    secret: Option<String>,
    name: String,
    days: String,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let scope = viewer.caller.scope().clone();
    let user_id = viewer.caller.user_id().to_owned();
    let (tokens, lifetime_days) = state
        .read(move |c| {
            Ok((
                token::list(c, &scope, Some(&user_id))?,
                closeout_model::organisation::get(c, &scope)?.token_lifetime_days,
            ))
        })
        .await?;
    html(
        status,
        &TokensPage {
            chrome: viewer.chrome("API tokens", "settings"),
            tokens,
            secret,
            name,
            days,
            errors,
            lifetime_days,
        },
    )
}

/// `GET /tokens`.
pub(super) async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    tokens_page(
        &state,
        &viewer,
        None,
        String::new(),
        DEFAULT_DAYS.to_owned(),
        FieldErrors::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(super) struct NewToken {
    #[serde(default)]
    name: String,
    #[serde(default)]
    days: String,
}

/// `POST /tokens`: makes a token for the signed-in person and shows its secret once.
pub(super) async fn create(
    state: web::Data<AppState>,
    submitted: Submitted<NewToken>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let days = match form.days.trim().parse::<i64>() {
        Ok(days @ 1..=3650) => days,
        _ => {
            let errors = FieldErrors::of(&ApiError::invalid(
                "days",
                "a number of days between 1 and 3650",
            ))
            .unwrap_or_default();
            return tokens_page(
                &state,
                &viewer,
                None,
                form.name,
                form.days,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let scope = viewer.caller.scope().clone();
    let user_id = viewer.caller.user_id().to_owned();
    let name = form.name.clone();
    let expires_at = Some(closeout_model::id::now() + chrono::Duration::days(days));
    let secret = Secret::generate()?;
    let (_, secret) = state
        .write(move |c| {
            closeout_model::limits::token_creation(c, &scope)?;
            let owner = user::get(c, &scope, &user_id)?;
            token::create(c, &scope, &owner, &name, expires_at, None, secret)
        })
        .await?;
    tokens_page(
        &state,
        &viewer,
        Some(secret.expose().to_owned()),
        String::new(),
        DEFAULT_DAYS.to_owned(),
        FieldErrors::default(),
        StatusCode::CREATED,
    )
    .await
}

/// `POST /tokens/{id}/revoke`: revokes one of the person's own tokens.
pub(super) async fn revoke(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<NoFields>,
) -> Result<HttpResponse, PageError> {
    let viewer = submitted.viewer;
    let id = path.into_inner();
    let id = closeout_model::id::TokenId::parse(&id)?;
    let scope = viewer.caller.scope().clone();
    let user_id = viewer.caller.user_id().to_owned();
    state
        .write(move |c| {
            let found = token::get(c, &scope, &id)?;
            // Someone else's token is "not found" here, like anything not theirs.
            if found.user_id != user_id {
                return Err(closeout_model::ModelError::not_found("token", id));
            }
            token::revoke(c, &scope, &id)
        })
        .await?;
    Ok(redirect("/tokens"))
}
