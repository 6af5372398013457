//! A finding's remediation: deadlines, the corrective action plan, tasks, evidence, and the
//! lifecycle steps the viewer may take (with why the others are not theirs to take).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::deadline::{self, Deadline};
use closeout_model::evidence::{self, Evidence};
use closeout_model::finding::{Finding, FindingStatus};
use closeout_model::lifecycle::{self, Action, Refusal};
use closeout_model::plan::{self, Plan};
use closeout_model::task::{self, Task};
use closeout_model::user::{Email, Role};
use closeout_web::access::{require_worker, visible_finding};
use closeout_web::ui::{Chrome, PageError, Submitted, Viewer, fragment, html, labels, redirect};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

/// A deadline with its words.
pub(super) struct Due {
    what: &'static str,
    deadline: Deadline,
    when: String,
}

/// A step the viewer may take now.
pub(super) struct Step {
    action: &'static str,
    label: &'static str,
    needs_reason: bool,
}

/// Everything the panel shows, shared by the panel and the page.
pub(super) struct Remediation {
    finding: Finding,
    status: &'static str,
    deadlines: Vec<Due>,
    plan: Option<Plan>,
    /// Each task with whether the viewer may mark it done.
    tasks: Vec<(Task, bool)>,
    evidence: Vec<Evidence>,
    steps: Vec<Step>,
    not_yours: Vec<String>,
    csrf: String,
    may_edit_plan: bool,
    may_add_evidence: bool,
    may_override: bool,
}

#[derive(Template)]
#[template(path = "remediation_panel.html")]
struct Panel {
    p: Remediation,
}

#[derive(Template)]
#[template(path = "remediation.html")]
struct Page {
    chrome: Chrome,
    p: Remediation,
}

closeout_web::screen!(Page);

async fn remediation(
    state: &AppState,
    viewer: &Viewer,
    finding_id: &str,
) -> Result<Remediation, PageError> {
    let caller = &viewer.caller;
    let finding = visible_finding(state, caller, finding_id).await?;
    let scope = caller.scope().clone();
    let role = caller.role();
    let found = finding.clone();
    let (deadlines, plan, tasks, evidence, steps, may_edit_plan) = state
        .read(move |c| {
            Ok((
                deadline::for_finding(c, &scope, &found.id)?,
                plan::get(c, &scope, &found.id)?,
                task::list(c, &scope, &found.id)?,
                evidence::list(c, &scope, &found.id)?,
                lifecycle::steps(c, &scope, &found)?,
                lifecycle::may_edit_plan(c, &scope, &found)?,
            ))
        })
        .await?;
    let today = viewer.today();
    let manager = matches!(role, Role::Admin | Role::Manager);
    let may_add_evidence = require_worker(caller, "adding evidence").is_ok()
        && finding.status != FindingStatus::Closed;
    let mut allowed = Vec::new();
    let mut not_yours = Vec::new();
    for (action, outcome) in steps {
        match outcome {
            Ok(_) => allowed.push(Step {
                action: action.as_str(),
                label: labels::action(action),
                needs_reason: action.needs_reason(),
            }),
            Err(Refusal::NotYou(why)) => {
                not_yours.push(format!("{}: {why}", labels::action(action)))
            }
            Err(Refusal::NotNow(_)) => {}
        }
    }
    Ok(Remediation {
        status: labels::status(finding.status),
        deadlines: deadlines
            .into_iter()
            .map(|d| Due {
                what: labels::deadline(d.kind),
                when: labels::days_left((d.due_on - today).num_days()),
                deadline: d,
            })
            .collect(),
        plan,
        tasks: tasks
            .into_iter()
            .map(|t| {
                let owns = t.owner.as_deref() == Some(caller.principal().email.as_str());
                let may_tick = task::may_change(caller.role(), owns, true);
                (t, may_tick)
            })
            .collect(),
        evidence,
        steps: allowed,
        not_yours,
        csrf: viewer.csrf_token().to_owned(),
        may_edit_plan,
        may_add_evidence,
        may_override: manager,
        finding,
    })
}

/// `GET /panels/findings/{id}/remediation`: the finding page's panel.
pub(super) async fn panel(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let p = remediation(&state, &viewer, &path).await?;
    fragment(StatusCode::OK, &Panel { p })
}

/// `GET /findings/{id}/remediation`: the panel as a page of its own.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let p = remediation(&state, &viewer, &path).await?;
    html(
        StatusCode::OK,
        &Page {
            chrome: viewer.chrome(format!("{}: remediation", p.finding.reference), "audits"),
            p,
        },
    )
}

/// A lifecycle step as the form sends it.
#[derive(Debug, Deserialize)]
pub(super) struct StepForm {
    action: Action,
    #[serde(default)]
    reason: String,
}

/// `POST /findings/{id}/steps`: takes a step, then back to the finding's page.
pub(super) async fn step(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<StepForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let caller = viewer.caller;
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let finding_id = finding.id.clone();
    state
        .write(move |c| {
            lifecycle::take(
                c,
                &scope,
                &finding_id,
                form.action,
                Some(form.reason.as_str()),
            )
        })
        .await
        .map_err(|e: ApiError| PageError::from(e))?;
    Ok(redirect(&format!("/findings/{}", finding.id)))
}

/// A deadline set by hand, as the form sends it.
#[derive(Debug, Deserialize)]
pub(super) struct OverrideForm {
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    reason: String,
    /// Present when the date set by hand is to go, back to the policy's.
    #[serde(default)]
    clear: Option<String>,
}

/// `POST /findings/{id}/deadlines/{kind}`: a manager sets a deadline by hand, or (`clear`)
/// goes back to the policy's date, with a reason (kept with the deadline and in the history).
pub(super) async fn override_deadline(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    submitted: Submitted<OverrideForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let caller = viewer.caller;
    caller.require(&[Role::Admin, Role::Manager], "overriding a deadline")?;
    let (finding_id, kind) = path.into_inner();
    let finding = visible_finding(&state, &caller, &finding_id).await?;
    let kind = deadline::DeadlineKind::parse(&kind)
        .map_err(|e| ApiError::NotFound(format!("no such deadline: {e}")))?;
    let due_on = if form.clear.is_some() {
        None
    } else {
        let mut errors = Vec::new();
        match closeout_web::params::date("due_on", Some(&form.due_on), &mut errors) {
            Some(due_on) => Some(due_on),
            None => {
                if errors.is_empty() {
                    errors.push(closeout_model::FieldError::new(
                        "due_on",
                        "give the new date",
                    ));
                }
                return Err(ApiError::Validation(errors).into());
            }
        }
    };
    let scope = caller.scope().clone();
    let id = finding.id.clone();
    state
        .write(move |c| {
            deadline::override_deadline(c, &scope, &finding, kind, due_on, &form.reason)
        })
        .await?;
    Ok(redirect(&format!("/findings/{id}")))
}

/// A change to a task from the panel: the done box alone, or (a manager) its fields too.
#[derive(Debug, Deserialize)]
pub(super) struct TaskForm {
    done: Option<String>,
    title: Option<String>,
    owner: Option<String>,
    due_on: Option<String>,
}

/// `POST /tasks/{id}`: a manager changes a task; its owner may tick it done or not done.
pub(super) async fn change_task(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<TaskForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let caller = viewer.caller;
    let id = path.into_inner();
    let id = closeout_model::id::TaskId::parse(&id)?;
    let scope = caller.scope().clone();
    let current = {
        let scope = scope.clone();
        let id = id.clone();
        state.read(move |c| task::get(c, &scope, &id)).await?
    };
    visible_finding(&state, &caller, &current.finding_id).await?;
    let owns = current.owner.as_deref() == Some(caller.principal().email.as_str());
    let only_done = form.title.is_none() && form.owner.is_none() && form.due_on.is_none();
    if !task::may_change(caller.role(), owns, only_done) {
        return Err(ApiError::Forbidden(
            "a manager changes tasks; a task's owner may mark it done".into(),
        )
        .into());
    }
    let mut errors = Vec::new();
    let owner = match form.owner.as_deref().map(str::trim) {
        None => current.owner.as_deref().and_then(|o| Email::parse(o).ok()),
        Some("") => None,
        Some(text) => Email::parse(text)
            .map_err(|e| errors.push(closeout_model::FieldError::new("owner", e)))
            .ok(),
    };
    let due_on = match form.due_on.as_deref().map(str::trim) {
        None => current.due_on,
        Some("") => None,
        Some(text) => closeout_web::params::date("due_on", Some(text), &mut errors),
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors).into());
    }
    let fields = task::TaskFields {
        title: form.title.unwrap_or(current.title),
        owner,
        due_on,
        done: form.done.map_or(current.done, |d| d == "true"),
    };
    let finding_id = current.finding_id.clone();
    state
        .write(move |c| task::update(c, &scope, &id, fields))
        .await?;
    Ok(redirect(&format!("/findings/{finding_id}")))
}
