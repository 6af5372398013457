//! The organisation's people: who has which role, and inviting someone (an administrator's
//! job): the invitation is an email with a single-use link to choose a password.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::FieldError;
use closeout_model::sign_in::LinkPurpose;

use closeout_model::user::{self, Email, NewUser, Role, User};
use closeout_web::ui::sign_in::{LinkFor, queue_link};
use closeout_web::ui::{Choice, Chrome, FieldErrors, PageError, Submitted, Viewer, html};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

const READERS: &[Role] = &[Role::Admin, Role::Manager, Role::Auditor];

/// The invitation form, as typed.
#[derive(Debug, Default, Deserialize)]
pub(super) struct Invite {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    chrome: Chrome,
    people: Vec<(User, Vec<Choice>)>,
    may_invite: bool,
    form: Invite,
    roles: Vec<Choice>,
    errors: FieldErrors,
    invited: Option<String>,
}

closeout_web::screen!(PeoplePage);

fn roles(current: &str) -> Vec<Choice> {
    Choice::list(
        [
            (
                "contributor",
                "Contributor: works on the findings assigned to them",
            ),
            ("manager", "Manager: runs audits and their follow-up"),
            ("auditor", "Auditor: reads everything, verifies corrections"),
            ("admin", "Administrator: also manages people and settings"),
        ],
        current,
    )
}

async fn people_page(
    state: &AppState,
    viewer: &Viewer,
    form: Invite,
    errors: FieldErrors,
    invited: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    viewer
        .caller
        .require(READERS, "seeing the organisation's people")?;
    let scope = viewer.caller.scope().clone();
    let people = state
        .read(move |c| user::list(c, &scope))
        .await?
        .into_iter()
        .map(|person| {
            let choices = roles(person.role.as_str());
            (person, choices)
        })
        .collect();
    let current = if form.role.is_empty() {
        "contributor".to_owned()
    } else {
        form.role.clone()
    };
    html(
        status,
        &PeoplePage {
            chrome: viewer.chrome("People", "settings"),
            people,
            may_invite: viewer.caller.role() == Role::Admin,
            roles: roles(&current),
            form,
            errors,
            invited,
        },
    )
}

/// `GET /people`.
pub(super) async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    people_page(
        &state,
        &viewer,
        Invite::default(),
        FieldErrors::default(),
        None,
        StatusCode::OK,
    )
    .await
}

/// `POST /people`: adds the person and emails them a link to choose their password.
pub(super) async fn invite(
    state: web::Data<AppState>,
    submitted: Submitted<Invite>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(&[Role::Admin], "inviting people")?;
    let mut errors = Vec::new();
    let email = Email::parse(&form.email)
        .map_err(|e| errors.push(FieldError::new("email", e)))
        .ok();
    let role = form
        .role
        .parse::<Role>()
        .map_err(|e| errors.push(FieldError::new("role", e)))
        .ok();
    let (Some(email), Some(role)) = (email, role) else {
        let errors = FieldErrors::from(errors.as_slice());
        return people_page(
            &state,
            &viewer,
            form,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let scope = viewer.caller.scope().clone();
    let base_url = state.config.base_url.clone();
    let name = Some(form.name.clone()).filter(|n| !n.trim().is_empty());
    let address = email.as_str().to_owned();
    let added = state
        .write(move |c| {
            let created = user::create(c, &scope, NewUser { email, name, role })?;
            let person = LinkFor {
                organisation_id: scope.organisation_id(),
                user_id: &created.id,
                email: &created.email,
            };
            queue_link(
                c,
                person,
                LinkPurpose::SetPassword,
                &base_url,
                "/",
                closeout_model::id::now(),
            )?;
            Ok(created)
        })
        .await;
    match added {
        Ok(_) => {
            people_page(
                &state,
                &viewer,
                Invite::default(),
                FieldErrors::default(),
                Some(address),
                StatusCode::CREATED,
            )
            .await
        }
        Err(ApiError::Conflict(detail)) => {
            let errors = FieldErrors::from([FieldError::new("email", detail)].as_slice());
            people_page(&state, &viewer, form, errors, None, StatusCode::CONFLICT).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct RoleForm {
    role: String,
}

/// `POST /people/{id}/role`: an administrator changes someone's role (never leaving the
/// organisation without an administrator).
pub(super) async fn set_role(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<RoleForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(&[Role::Admin], "changing roles")?;
    let id = path.into_inner();
    let id = closeout_model::id::UserId::parse(&id)?;
    let role = form
        .role
        .parse::<Role>()
        .map_err(|e| ApiError::invalid("role", e))?;
    let scope = viewer.caller.scope().clone();
    state
        .write(move |c| user::set_role(c, &scope, &id, role))
        .await?;
    Ok(closeout_web::ui::redirect("/people"))
}
