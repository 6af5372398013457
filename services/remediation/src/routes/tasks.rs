//! `/findings/{id}/tasks` and `/tasks/{id}`: one fix split among people.

use actix_web::{HttpResponse, get, patch, post, web};
use closeout_model::FieldError;
use closeout_model::task::{self, Task, TaskFields};
use closeout_model::user::{Email, Role};
use closeout_web::access::visible_finding;
use closeout_web::params::{self, nullable};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A new task.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewTask {
    /// What to do.
    title: String,
    /// Who does it (an email of the organisation).
    owner: Option<String>,
    /// By when, YYYY-MM-DD.
    due_on: Option<String>,
}

/// Changes to a task; fields left out stay.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TaskChange {
    title: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    owner: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    due_on: Option<Option<String>>,
    done: Option<bool>,
}

fn email(text: Option<&str>, errors: &mut Vec<FieldError>) -> Option<Email> {
    let text = text.map(str::trim).filter(|t| !t.is_empty())?;
    Email::parse(text)
        .map_err(|e| errors.push(FieldError::new("owner", e)))
        .ok()
}

/// A finding's tasks.
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}/tasks", tag = "remediation",
    responses((status = 200, body = Vec<Task>), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}/tasks")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    Ok(HttpResponse::Ok().json(
        state
            .read(move |c| task::list(c, &scope, &finding.id))
            .await?,
    ))
}

/// Add a task (the finding's owner or a manager).
#[utoipa::path(post, path = "/api/v1/findings/{finding_id}/tasks", tag = "remediation", request_body = NewTask,
    responses((status = 201, body = Task), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[post("/findings/{finding_id}/tasks")]
pub(crate) async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<NewTask>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let owns = finding.owner.as_deref() == Some(caller.principal().email.as_str());
    if !(matches!(caller.role(), Role::Admin | Role::Manager)
        || (caller.role() == Role::Contributor && owns))
    {
        return Err(ApiError::Forbidden(
            "tasks are added by the finding's owner or a manager".into(),
        ));
    }
    let body = body.into_inner();
    let mut errors = Vec::new();
    let fields = TaskFields {
        owner: email(body.owner.as_deref(), &mut errors),
        due_on: params::date("due_on", body.due_on.as_deref(), &mut errors),
        title: body.title,
        done: false,
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let scope = caller.scope().clone();
    let created = state
        .write_in(caller.scope(), move |c| {
            task::create(c, &scope, &finding.id, fields)
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Change a task: a manager changes anything; the task's owner may mark it done.
#[utoipa::path(patch, path = "/api/v1/tasks/{task_id}", tag = "remediation", request_body = TaskChange,
    responses((status = 200, body = Task), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[patch("/tasks/{task_id}")]
pub(crate) async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<TaskChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let id = closeout_model::id::TaskId::parse(&id)?;
    let scope = caller.scope().clone();
    let current = {
        let scope = scope.clone();
        let id = id.clone();
        state.read(move |c| task::get(c, &scope, &id)).await?
    };
    // The finding's visibility decides the task's (a task's owner sees its finding).
    visible_finding(&state, &caller, &current.finding_id).await?;
    let task_owner = current.owner.as_deref() == Some(caller.principal().email.as_str());
    let body = body.into_inner();
    let only_done = body.title.is_none() && body.owner.is_none() && body.due_on.is_none();
    if !task::may_change(caller.role(), task_owner, only_done) {
        return Err(ApiError::Forbidden(
            "a manager changes tasks; a task's owner may mark it done".into(),
        ));
    }
    let mut errors = Vec::new();
    let fields = TaskFields {
        title: body.title.unwrap_or(current.title),
        owner: match body.owner {
            Some(owner) => email(owner.as_deref(), &mut errors),
            None => current.owner.as_deref().and_then(|o| Email::parse(o).ok()),
        },
        due_on: match body.due_on {
            Some(due) => params::date("due_on", due.as_deref(), &mut errors),
            None => current.due_on,
        },
        done: body.done.unwrap_or(current.done),
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let updated = state
        .write_in(caller.scope(), move |c| {
            task::update(c, &scope, &id, fields)
        })
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}
