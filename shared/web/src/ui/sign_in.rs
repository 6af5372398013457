//! Signing in and out: the password form, single-use links (set a password, sign in), and
//! signing out of this browser or everywhere.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use closeout_model::Scope;
use closeout_model::limits;
use closeout_model::sign_in::{self, LinkPurpose, Password};
use closeout_model::token::Principal;
use serde::Deserialize;

use super::page::{Chrome, PageError, html, redirect};
use super::viewer::{NoFields, SESSION_COOKIE, Submitted, Viewer, same_origin};
use crate::{ApiError, AppState};

/// Registers `/sign-in`, `/sign-out`, `/sign-out-everywhere` and `/set-password`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/sign-in", web::get().to(form))
        .route("/sign-in", web::post().to(submit))
        .route("/sign-out", web::post().to(sign_out))
        .route("/sign-out-everywhere", web::post().to(sign_out_everywhere))
        .route("/set-password", web::get().to(password_form))
        .route("/set-password", web::post().to(set_password))
        .route("/sign-in/email", web::post().to(email_link))
        .route("/sign-in/link", web::get().to(link_form))
        .route("/sign-in/link", web::post().to(use_link));
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
    problem: Option<String>,
}

crate::screen!(SignInPage);

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
    // Counted by account and by address, so neither guessing one account's password from
    // many places nor many accounts' from one place goes fast. Behind a proxy the address is
    // the one it forwards.
    let keys = limits::sign_in_keys(
        "password",
        &email,
        request.connection_info().realip_remote_addr(),
    );
    let at = closeout_model::id::now();
    let checked_keys = keys.clone();
    let allowed = state
        .read(move |c| limits::sign_in_allowed(c, &checked_keys, at))
        .await;
    if let Err(ApiError::TooManyRequests {
        detail,
        retry_after,
    }) = allowed
    {
        tracing::warn!("sign-in refused: too many failures");
        let mut response = html(
            StatusCode::TOO_MANY_REQUESTS,
            &SignInPage {
                chrome: Chrome::anonymous("Sign in"),
                next,
                email: typed,
                problem: Some(format!("Not now: {detail}.")),
            },
        )?;
        response.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from(retry_after),
        );
        return Ok(response);
    }
    allowed?;
    let found = state
        .read(move |c| sign_in::check_password(c, &email, &password))
        .await?;
    let account = typed.clone();
    if found.is_empty() {
        state
            .write(move |c| limits::sign_in_failed(c, &keys, at))
            .await?;
    } else {
        state
            .write(move |c| limits::sign_in_succeeded(c, &account))
            .await?;
    }
    let mut found = found;
    if found.len() > 1 {
        return choose_organisation(&state, found, &next).await;
    }
    let Some(principal) = found.pop() else {
        tracing::info!("sign-in refused");
        return html(
            StatusCode::OK,
            &SignInPage {
                chrome: Chrome::anonymous("Sign in"),
                next,
                email: typed,
                problem: Some("That email and password do not match an account.".to_owned()),
            },
        );
    };
    signed_in(&state, principal, &next).await
}

#[derive(Template)]
#[template(path = "choose_organisation.html")]
struct ChoosePage {
    chrome: Chrome,
    choices: Vec<(String, String, String)>,
    next: String,
}

crate::screen!(ChoosePage);

/// The person has an account in several organisations: each choice is a single-use sign-in
/// link for one of them (15 minutes), given only to whoever just proved the password.
async fn choose_organisation(
    state: &AppState,
    people: Vec<Principal>,
    next: &str,
) -> Result<HttpResponse, PageError> {
    let now = closeout_model::id::now();
    let choices = state
        .write(move |c| {
            let mut choices = Vec::new();
            for person in people {
                // Nobody is signed in yet: Closeout itself sends the link it was asked for.
                let scope = Scope::system(person.organisation_id.clone());
                let name = closeout_model::organisation::get(c, &scope)?.name;
                let secret =
                    sign_in::create_link(c, &scope, &person.user_id, LinkPurpose::SignIn, now)?;
                choices.push((person.organisation_id, name, secret));
            }
            Ok(choices)
        })
        .await?;
    html(
        StatusCode::OK,
        &ChoosePage {
            chrome: Chrome::anonymous("Choose the organisation"),
            choices,
            next: next.to_owned(),
        },
    )
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

fn cleared_cookie() -> Cookie<'static> {
    let mut cookie = Cookie::build(SESSION_COOKIE, "").path("/").finish();
    cookie.make_removal();
    cookie
}

async fn sign_out(
    request: HttpRequest,
    state: web::Data<AppState>,
    _submitted: Submitted<NoFields>,
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
    submitted: Submitted<NoFields>,
) -> Result<HttpResponse, PageError> {
    let caller = submitted.viewer.caller;
    let scope = caller.scope().clone();
    let user_id = caller.user_id().to_owned();
    state
        .write(move |c| sign_in::end_all_sessions(c, &scope, &user_id))
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

crate::screen!(SetPasswordPage);

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
            // Holding the emailed link proved who they are: they set their own password.
            sign_in::set_password(c, &Scope::of(&holder), &holder.user_id, &password)?;
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

#[derive(Template)]
#[template(path = "link_sent.html")]
struct LinkSentPage {
    chrome: Chrome,
    email: String,
    sign_in: bool,
}

crate::screen!(LinkSentPage);

#[derive(Deserialize)]
struct LinkRequest {
    email: String,
    purpose: String,
    next: Option<String>,
}

/// The email carrying a link: subject, plain text and HTML.
fn link_email(
    base_url: &str,
    purpose: LinkPurpose,
    secret: &str,
    next: &str,
) -> (String, String, String) {
    let base = base_url.trim_end_matches('/');
    let (subject, url, what) = match purpose {
        LinkPurpose::SignIn => (
            "Your Closeout sign-in link",
            format!(
                "{base}/sign-in/link?{}",
                serde_urlencoded::to_string([("link", secret), ("next", next)]).unwrap_or_default()
            ),
            "sign in to Closeout. It works once, within 15 minutes",
        ),
        LinkPurpose::SetPassword => (
            "Choose your Closeout password",
            format!("{base}/set-password?link={secret}"),
            "choose your Closeout password. It works once, within 24 hours",
        ),
    };
    let text = format!(
        "Open this link to {what}:\n\n{url}\n\nIf you did not ask for it, ignore this email: nothing changes.\n"
    );
    let html = format!(
        "<p>Open this link to {what}:</p>\n<p><a href=\"{url}\">{url}</a></p>\n<p>If you did not ask for it, ignore this email: nothing changes.</p>\n",
        url = crate::ui::escape(&url)
    );
    (subject.to_owned(), text, html)
}

/// Who a sign-in or password link is for.
#[derive(Debug, Clone, Copy)]
pub struct LinkFor<'a> {
    /// Their organisation.
    pub organisation_id: &'a str,
    /// Their user id.
    pub user_id: &'a closeout_model::id::UserId,
    /// Where the link goes.
    pub email: &'a str,
}

impl<'a> From<&'a Principal> for LinkFor<'a> {
    fn from(person: &'a Principal) -> LinkFor<'a> {
        LinkFor {
            organisation_id: &person.organisation_id,
            user_id: &person.user_id,
            email: &person.email,
        }
    }
}

/// Makes a single-use link for `person` and queues the email carrying it, in the caller's
/// transaction; the notification service sends it within a second. `next` is where a
/// sign-in link lands.
pub fn queue_link(
    connection: &mut closeout_model::DbConnection,
    person: LinkFor<'_>,
    purpose: LinkPurpose,
    base_url: &str,
    next: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), closeout_model::ModelError> {
    let secret = sign_in::create_link(
        connection,
        &Scope::system(person.organisation_id),
        person.user_id,
        purpose,
        now,
    )?;
    let (subject, body_text, body_html) = link_email(base_url, purpose, &secret, next);
    let row = closeout_model::notification::Notification {
        id: closeout_model::id::new_id(),
        organisation_id: person.organisation_id.to_owned(),
        dedupe_key: format!("sign_in:{}", closeout_model::token::hash(&secret)),
        kind: "sign_in".to_owned(),
        step: match purpose {
            LinkPurpose::SignIn => "sign_in_link",
            LinkPurpose::SetPassword => "password_link",
        }
        .to_owned(),
        recipient_id: Some(person.user_id.to_string()),
        recipient_email: person.email.to_owned(),
        finding_id: None,
        task_id: None,
        deadline: None,
        due_on: None,
        subject,
        body_text,
        body_html,
        status: closeout_model::notification::Status::Pending
            .as_str()
            .to_owned(),
        send_after: now,
        attempts: 0,
        lease_until: None,
        last_error: None,
        created_at: now,
        updated_at: now,
        sent_at: None,
    };
    closeout_model::notification::schedule(connection, &[row])?;
    Ok(())
}

/// `POST /sign-in/email`: emails a single-use link (sign in, or choose a password) to the
/// address if an account uses it. The answer is the same either way, so it does not tell
/// which addresses have accounts; the notification service sends it within a second.
async fn email_link(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<LinkRequest>,
) -> Result<HttpResponse, PageError> {
    refuse_foreign(&request, &state)?;
    let LinkRequest {
        email,
        purpose,
        next,
    } = form.into_inner();
    let purpose = match purpose.as_str() {
        "set_password" => LinkPurpose::SetPassword,
        _ => LinkPurpose::SignIn,
    };
    let next = local(next.as_deref()).to_owned();
    let base_url = state.config.base_url.clone();
    let typed = email.trim().to_owned();
    if let Ok(address) = closeout_model::user::Email::parse(&email) {
        let now = closeout_model::id::now();
        // Every request counts, so nobody can flood an inbox with links.
        let keys = limits::sign_in_keys(
            "link",
            address.as_str(),
            request.connection_info().realip_remote_addr(),
        );
        state
            .write(move |c| {
                limits::sign_in_allowed(c, &keys, now)?;
                limits::sign_in_failed(c, &keys, now)?;
                for person in sign_in::people_with_email(c, &address)? {
                    queue_link(c, (&person).into(), purpose, &base_url, &next, now)?;
                }
                Ok(())
            })
            .await?;
    }
    tracing::info!("sign-in link requested");
    html(
        StatusCode::OK,
        &LinkSentPage {
            chrome: Chrome::anonymous("Check your email"),
            email: typed,
            sign_in: purpose == LinkPurpose::SignIn,
        },
    )
}

#[derive(Template)]
#[template(path = "use_link.html")]
struct UseLinkPage {
    chrome: Chrome,
    valid: bool,
    email: String,
    link: String,
    next: String,
}

crate::screen!(UseLinkPage);

#[derive(Deserialize)]
struct LinkAndNext {
    link: Option<String>,
    next: Option<String>,
}

/// `GET /sign-in/link`: asks to continue rather than signing in at once, because mail
/// scanners open links in emails and would use a single-use link up.
async fn link_form(
    state: web::Data<AppState>,
    query: web::Query<LinkAndNext>,
) -> Result<HttpResponse, PageError> {
    let LinkAndNext { link, next } = query.into_inner();
    let link = link.unwrap_or_default();
    let secret = link.clone();
    let now = closeout_model::id::now();
    let holder = state
        .read(move |c| sign_in::link_holder(c, &secret, LinkPurpose::SignIn, now))
        .await?;
    html(
        if holder.is_some() {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        },
        &UseLinkPage {
            chrome: Chrome::anonymous("Sign in"),
            valid: holder.is_some(),
            email: holder.map(|p| p.email).unwrap_or_default(),
            link,
            next: local(next.as_deref()).to_owned(),
        },
    )
}

/// `POST /sign-in/link`: uses the link up and signs in.
async fn use_link(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<LinkAndNext>,
) -> Result<HttpResponse, PageError> {
    refuse_foreign(&request, &state)?;
    let LinkAndNext { link, next } = form.into_inner();
    let next = local(next.as_deref()).to_owned();
    let secret = link.unwrap_or_default();
    let now = closeout_model::id::now();
    let holder = state
        .write(move |c| sign_in::use_link(c, &secret, LinkPurpose::SignIn, now))
        .await?;
    match holder {
        Some(principal) => signed_in(&state, principal, &next).await,
        None => html(
            StatusCode::NOT_FOUND,
            &UseLinkPage {
                chrome: Chrome::anonymous("Sign in"),
                valid: false,
                email: String::new(),
                link: String::new(),
                next,
            },
        ),
    }
}
