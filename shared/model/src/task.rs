//! Tasks under a finding's plan: one fix split among people, each with an owner and a date.

use crate::scope::Scope;
use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Change, Entity};
use crate::id::{FindingId, TaskId, new_id, now};
use crate::outbox;
use crate::schema::{tasks, users};
use crate::user::{self, Email};

/// A task as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Task {
    /// Identifier.
    pub id: TaskId,
    /// The finding whose plan it serves.
    pub finding_id: String,
    /// What to do.
    pub title: String,
    /// Who does it (an email).
    pub owner: Option<String>,
    /// By when.
    #[schema(value_type = Option<String>)]
    pub due_on: Option<NaiveDate>,
    /// Whether it is done.
    pub done: bool,
}

/// Whether someone with `role` may make a change to a task: a manager (or admin) changes
/// anything; the task's own owner may only mark it done or not done.
pub fn may_change(role: crate::user::Role, owns_task: bool, only_done: bool) -> bool {
    use crate::user::Role;
    matches!(role, Role::Admin | Role::Manager) || (owns_task && only_done)
}

/// A task's fields, as a client sets them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskFields {
    /// What to do.
    pub title: String,
    /// Who does it.
    pub owner: Option<Email>,
    /// By when.
    pub due_on: Option<NaiveDate>,
    /// Whether it is done.
    pub done: bool,
}

/// A new task's row, for bulk inserts (an import's drafts).
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = tasks, treat_none_as_default_value = false)]
pub(crate) struct TaskRow {
    pub(crate) id: String,
    pub(crate) organisation_id: String,
    pub(crate) finding_id: String,
    pub(crate) title: String,
    pub(crate) owner_id: Option<String>,
    pub(crate) due_on: Option<NaiveDate>,
    pub(crate) done: bool,
    pub(crate) created_at: chrono::NaiveDateTime,
    pub(crate) updated_at: chrono::NaiveDateTime,
}

impl TaskRow {
    pub(crate) fn new(
        organisation_id: &str,
        finding_id: &str,
        fields: &TaskFields,
        owner_id: Option<String>,
        at: chrono::NaiveDateTime,
    ) -> Result<TaskRow, ModelError> {
        Ok(TaskRow {
            id: new_id(),
            organisation_id: organisation_id.to_owned(),
            finding_id: finding_id.to_owned(),
            title: check_title(&fields.title)?,
            owner_id,
            due_on: fields.due_on,
            done: fields.done,
            created_at: at,
            updated_at: at,
        })
    }
}

type Row = (
    String,
    String,
    String,
    Option<String>,
    Option<NaiveDate>,
    bool,
);

fn load(
    connection: &mut DbConnection,
    organisation_id: &str,
    finding_id: Option<&str>,
    id: Option<&str>,
) -> Result<Vec<Task>, ModelError> {
    let mut query = tasks::table
        .left_join(users::table)
        .filter(tasks::organisation_id.eq(organisation_id.to_owned()))
        .select((
            tasks::id,
            tasks::finding_id,
            tasks::title,
            users::email.nullable(),
            tasks::due_on,
            tasks::done,
        ))
        .order(tasks::id)
        .into_boxed();
    if let Some(finding_id) = finding_id {
        query = query.filter(tasks::finding_id.eq(finding_id.to_owned()));
    }
    if let Some(id) = id {
        query = query.filter(tasks::id.eq(id.to_owned()));
    }
    let rows: Vec<Row> = query.load(connection)?;
    Ok(rows
        .into_iter()
        .map(|(id, finding_id, title, owner, due_on, done)| Task {
            id: TaskId::stored(id),
            finding_id,
            title,
            owner,
            due_on,
            done,
        })
        .collect())
}

/// A finding's tasks, in the order they were added.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
) -> Result<Vec<Task>, ModelError> {
    let organisation_id = scope.organisation_id();
    load(connection, organisation_id, Some(finding_id), None)
}

/// One task.
pub fn get(connection: &mut DbConnection, scope: &Scope, id: &TaskId) -> Result<Task, ModelError> {
    let organisation_id = scope.organisation_id();
    load(connection, organisation_id, None, Some(id))?
        .pop()
        .ok_or_else(|| ModelError::not_found("task", id.as_str()))
}

fn check_title(title: &str) -> Result<String, ModelError> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 500 {
        return Err(ModelError::invalid(
            "title",
            "a task needs a title of 1 to 500 characters",
        ));
    }
    Ok(title.to_owned())
}

/// Adds a task to a finding.
pub fn create(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    fields: TaskFields,
) -> Result<Task, ModelError> {
    let organisation_id = scope.organisation_id();
    crate::finding::get(connection, scope, finding_id)?;
    let title = check_title(&fields.title)?;
    let owner = user::owner_id(connection, scope, fields.owner.as_ref())?;
    let id = TaskId::generate();
    diesel::insert_into(tasks::table)
        .values((
            tasks::id.eq(&id),
            tasks::organisation_id.eq(organisation_id),
            tasks::finding_id.eq(finding_id),
            tasks::title.eq(&title),
            tasks::owner_id.eq(&owner),
            tasks::due_on.eq(fields.due_on),
            tasks::done.eq(false),
            tasks::created_at.eq(now()),
            tasks::updated_at.eq(now()),
        ))
        .execute(connection)?;
    let task = get(connection, scope, &id)?;
    history::record(
        connection,
        scope,
        Entity::Finding,
        finding_id,
        "task added",
        &[Change::set("task", json!(task))],
        None,
    )?;
    if let Some(owner) = &task.owner {
        outbox::publish(
            connection,
            scope,
            &outbox::Message::TaskAssigned {
                task_id: task.id.to_string(),
                finding_id: finding_id.to_string(),
                owner: owner.clone(),
            },
        )?;
    }
    Ok(task)
}

/// Changes a task, recording what changed.
pub fn update(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &TaskId,
    fields: TaskFields,
) -> Result<Task, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    let title = check_title(&fields.title)?;
    let owner = user::owner_id(connection, scope, fields.owner.as_ref())?;
    diesel::update(
        tasks::table
            .filter(tasks::organisation_id.eq(organisation_id))
            .filter(tasks::id.eq(id)),
    )
    .set((
        tasks::title.eq(&title),
        tasks::owner_id.eq(&owner),
        tasks::due_on.eq(fields.due_on),
        tasks::done.eq(fields.done),
        tasks::updated_at.eq(now()),
    ))
    .execute(connection)?;
    let after = get(connection, scope, id)?;
    let values = |t: &Task| -> [(&'static str, serde_json::Value); 4] {
        [
            ("task.title", json!(t.title)),
            ("task.owner", json!(t.owner)),
            ("task.due_on", json!(t.due_on)),
            ("task.done", json!(t.done)),
        ]
    };
    let changes = history::diff(Some(values(&before)), values(&after));
    if !changes.is_empty() {
        history::record(
            connection,
            scope,
            Entity::Finding,
            &after.finding_id,
            "task changed",
            &changes,
            None,
        )?;
    }
    if after.owner != before.owner
        && let Some(owner) = &after.owner
    {
        outbox::publish(
            connection,
            scope,
            &outbox::Message::TaskAssigned {
                task_id: id.to_owned().into(),
                finding_id: after.finding_id.clone(),
                owner: owner.clone(),
            },
        )?;
    }
    Ok(after)
}
