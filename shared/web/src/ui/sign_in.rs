//! Signing in and out: the password form, single-use links (set a password, sign in), and
//! signing out of this browser or everywhere.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use closeout_model::history::Actor;
use closeout_model::sign_in::{self, LinkPurpose, Password};
use closeout_model::token::Principal;
use serde::Deserialize;

use super::page::{Chrome, PageError, html, redirect};
use super::viewer::{SESSION_COOKIE, Submitted, Viewer, same_origin};
use crate::{ApiError, AppState};

/// Registers `/sign-in`, `/sign-out`, `/sign-out-everywhere` and `/set-password`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/sign-in", web::get().to(form))
        .route("/sign-in", web::post().to(submit))
        .route("/sign-out", web::post().to(sign_out))
        .route("/sign-out-everywhere", web::post().to(sign_out_everywhere))
        .route("/set-password", web::get().to(password_form))
        .route("/set-password", web::post().to(set_password));
}

/// Where to go after signing in: only a path on this site, never another site's address.
fn local(next: Option<&str>) -> &str {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path
        }
        _ => "/",
    }
}

fn session_cookie(state: &AppState, secret: String) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, secret)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.base_url.starts_with("https://"))
        .max_age(time::Duration::days(sign_in::SESSION_DAYS))
        .finish()
}

fn refuse_foreign(request: &HttpRequest, state: &AppState) -> Result<(), PageError> {
    if same_origin(request, &state.config.base_url) {
        Ok(())
    } else {
        Err(ApiError::Forbidden("this form was sent from another site".into()).into())
    }
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    chrome: Chrome,
    next: String,
    email: String,
    problem: Option<&'static str>,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn form(
    query: web::Query<NextQuery>,
    viewer: Option<Viewer>,
) -> Result<HttpResponse, PageError> {
    let next = local(query.next.as_deref()).to_owned();
    if viewer.is_some() {
        return Ok(redirect(&next));
    }
    html(
        StatusCode::OK,
        &SignInPage {
            chrome: Chrome::anonymous("Sign in"),
            next,
            email: String::new(),
            problem: None,
        },
    )
}

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
    next: Option<String>,
}

async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<Credentials>,
) -> Result<HttpResponse, PageError> {
    refuse_foreign(&request, &state)?;
    let Credentials {
        email,
        password,
        next,
    } = form.into_inner();
    let next = local(next.as_deref()).to_owned();
    let typed = email.clone();
    let found = state
        .read(move |c| sign_in::check_password(c, &email, &password))
        .await?;
    let Some(principal) = found else {
        tracing::info!("sign-in refused");
        return html(
            StatusCode::OK,
            &SignInPage {
                chrome: Chrome::anonymous("Sign in"),
                next,
                email: typed,
                problem: Some("That email and password do not match an account."),
            },
        );
    };
    signed_in(&state, principal, &next).await
}

async fn signed_in(
    state: &AppState,
    principal: Principal,
    next: &str,
) -> Result<HttpResponse, PageError> {
    let now = closeout_model::id::now();
    let user_id = principal.user_id.clone();
    let secret = state
        .write(move |c| sign_in::start_session(c, &principal, now))
        .await?;
    tracing::info!(user = %user_id, "signed in");
    let mut response = redirect(next);
    response
        .add_cookie(&session_cookie(state, secret))
        .map_err(|e| ApiError::internal(format!("setting the session cookie: {e}")))?;
    Ok(response)
}

#[derive(Deserialize)]
struct Nothing {}

fn cleared_cookie() -> Cookie<'static> {
    let mut cookie = Cookie::build(SESSION_COOKIE, "").path("/").finish();
    cookie.make_removal();
    cookie
}

async fn sign_out(
    request: HttpRequest,
    state: web::Data<AppState>,
    _submitted: Submitted<Nothing>,
) -> Result<HttpResponse, PageError> {
    if let Some(secret) = request.cookie(SESSION_COOKIE).map(|c| c.value().to_owned()) {
        state
            .write(move |c| sign_in::end_session(c, &secret))
            .await?;
    }
    let mut response = redirect("/sign-in");
    response
        .add_cookie(&cleared_cookie())
        .map_err(|e| ApiError::internal(format!("clearing the session cookie: {e}")))?;
    Ok(response)
}

async fn sign_out_everywhere(
    state: web::Data<AppState>,
    submitted: Submitted<Nothing>,
) -> Result<HttpResponse, PageError> {
    let caller = submitted.viewer.caller;
    let organisation_id = caller.organisation_id().to_owned();
    let user_id = caller.user_id().to_owned();
    state
        .write(move |c| sign_in::end_all_sessions(c, &organisation_id, &user_id))
        .await?;
    let mut response = redirect("/sign-in");
    response
        .add_cookie(&cleared_cookie())
        .map_err(|e| ApiError::internal(format!("clearing the session cookie: {e}")))?;
    Ok(response)
}

#[derive(Template)]
#[template(path = "set_password.html")]
struct SetPasswordPage {
    chrome: Chrome,
    link: String,
    email: Option<String>,
    problem: Option<String>,
}

#[derive(Deserialize)]
struct LinkQuery {
    link: Option<String>,
}

async fn password_form(
    state: web::Data<AppState>,
    query: web::Query<LinkQuery>,
) -> Result<HttpResponse, PageError> {
    let link = query.into_inner().link.unwrap_or_default();
    let secret = link.clone();
    let now = closeout_model::id::now();
    let holder = state
        .read(move |c| sign_in::link_holder(c, &secret, LinkPurpose::SetPassword, now))
        .await?;
    let status = if holder.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    html(
        status,
        &SetPasswordPage {
            chrome: Chrome::anonymous("Choose your password"),
            link,
            email: holder.map(|p| p.email),
            problem: None,
        },
    )
}

#[derive(Deserialize)]
struct NewPassword {
    link: String,
    password: String,
}

async fn set_password(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<NewPassword>,
) -> Result<HttpResponse, PageError> {
    refuse_foreign(&request, &state)?;
    let NewPassword { link, password } = form.into_inner();
    let password = match Password::parse(&password) {
        Ok(password) => password,
        Err(error) => {
            let secret = link.clone();
            let now = closeout_model::id::now();
            let holder = state
                .read(move |c| sign_in::link_holder(c, &secret, LinkPurpose::SetPassword, now))
                .await?;
            let problem = match ApiError::from(error) {
                ApiError::Validation(errors) => errors.into_iter().map(|e| e.message).collect(),
                other => other.to_string(),
            };
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SetPasswordPage {
                    chrome: Chrome::anonymous("Choose your password"),
                    link,
                    email: holder.map(|p| p.email),
                    problem: Some(problem),
                },
            );
        }
    };
    let now = closeout_model::id::now();
    let holder = state
        .write(move |c| {
            let Some(holder) = sign_in::use_link(c, &link, LinkPurpose::SetPassword, now)? else {
                return Ok(None);
            };
            let actor = Actor::User(holder.user_id.clone());
            sign_in::set_password(
                c,
                &holder.organisation_id,
                &actor,
                &holder.user_id,
                &password,
            )?;
            Ok(Some(holder))
        })
        .await?;
    match holder {
        Some(principal) => signed_in(&state, principal, "/").await,
        None => html(
            StatusCode::NOT_FOUND,
            &SetPasswordPage {
                chrome: Chrome::anonymous("Choose your password"),
                link: String::new(),
                email: None,
                problem: None,
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn only_local_paths_are_followed_after_signing_in() {
        assert_eq!(
            local(Some("/audits/1?grade=major")),
            "/audits/1?grade=major"
        );
        assert_eq!(local(Some("https://evil.example/")), "/");
        assert_eq!(local(Some("//evil.example/")), "/");
        assert_eq!(local(Some("/\\evil.example")), "/");
        assert_eq!(local(None), "/");
    }
}
