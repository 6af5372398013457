//! The append-only history of changes: who changed what, when, from what to what, and why.
//!
//! Rows are only ever inserted; triggers in both backends refuse `UPDATE` and `DELETE` on the
//! table, so not even a bug in this crate can rewrite the past.

use crate::scope::Scope;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::id::{new_id, now};
use crate::schema::history;

/// Who made a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A person, by user id.
    User {
        /// The user the request acted as.
        id: String,
        /// The person behind it when that is someone else: whoever made the token the request
        /// carried for this user (an administrator acting as them).
        behind: Option<String>,
    },
    /// Closeout itself (first-run setup, an administrator's command line).
    System,
}

impl Actor {
    /// A person acting as themselves.
    pub fn user(id: impl Into<String>) -> Actor {
        Actor::User {
            id: id.into(),
            behind: None,
        }
    }

    /// The user acted as, if a person.
    pub fn user_id(&self) -> Option<&str> {
        match self {
            Actor::User { id, .. } => Some(id),
            Actor::System => None,
        }
    }

    fn id(&self) -> Option<&str> {
        self.user_id()
    }

    fn behind(&self) -> Option<&str> {
        match self {
            Actor::User { behind, .. } => behind.as_deref(),
            Actor::System => None,
        }
    }

    /// Every person this action answers to: the user acted as and the one behind them.
    /// Separation-of-duties rules compare these sets, so acting through a token made for
    /// someone else does not make one person two.
    pub fn people(&self) -> Vec<&str> {
        self.id().into_iter().chain(self.behind()).collect()
    }
}

/// The kinds of thing whose history is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    /// An organisation.
    Organisation,
    /// A user.
    User,
    /// An API token (never its secret).
    Token,
    /// An audit.
    Audit,
    /// A finding.
    Finding,
    /// One control's line of the Statement of Applicability (its id is the control's).
    Soa,
}

impl Entity {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Organisation => "organisation",
            Entity::User => "user",
            Entity::Token => "token",
            Entity::Audit => "audit",
            Entity::Finding => "finding",
            Entity::Soa => "soa",
        }
    }
}

/// One field's change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Change {
    /// The field, as the API names it.
    pub field: String,
    /// The value before (null when the field was empty or the thing is new).
    #[schema(value_type = Object)]
    pub from: Value,
    /// The value after.
    #[schema(value_type = Object)]
    pub to: Value,
}

impl Change {
    /// A field set on creation.
    pub fn set(field: &str, to: impl Serialize) -> Change {
        Change {
            field: field.to_owned(),
            from: Value::Null,
            to: serde_json::to_value(to).unwrap_or(Value::Null),
        }
    }

    /// A change from one value to another, or `None` when they are equal.
    pub fn between<T: Serialize + PartialEq>(field: &str, from: &T, to: &T) -> Option<Change> {
        (from != to).then(|| Change {
            field: field.to_owned(),
            from: serde_json::to_value(from).unwrap_or(Value::Null),
            to: serde_json::to_value(to).unwrap_or(Value::Null),
        })
    }
}

/// The changes between two versions of a thing, given as (field, value) pairs in the same
/// order: on creation (`before` is `None`) every non-null field, else every field that differs.
pub fn diff<const N: usize>(
    before: Option<[(&'static str, Value); N]>,
    after: [(&'static str, Value); N],
) -> Vec<Change> {
    match before {
        None => after
            .into_iter()
            .filter(|(_, value)| !value.is_null())
            .map(|(field, value)| Change::set(field, value))
            .collect(),
        Some(before) => before
            .into_iter()
            .zip(after)
            .filter(|((_, old), (_, new))| old != new)
            .map(|((field, from), (_, to))| Change {
                field: field.to_owned(),
                from,
                to,
            })
            .collect(),
    }
}

#[derive(Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = history, treat_none_as_default_value = false)]
pub(crate) struct HistoryRow {
    id: String,
    organisation_id: String,
    entity: String,
    entity_id: String,
    actor_id: Option<String>,
    action: String,
    changes: String,
    reason: Option<String>,
    at: chrono::NaiveDateTime,
    behind_id: Option<String>,
}

impl HistoryRow {
    /// A row for [`crate::db::backend`]'s batch insert.
    pub(crate) fn new(
        organisation_id: &str,
        actor: &Actor,
        (entity, entity_id): (Entity, &str),
        action: &str,
        changes: &[Change],
        reason: Option<&str>,
    ) -> Result<HistoryRow, ModelError> {
        Ok(HistoryRow {
            id: new_id(),
            organisation_id: organisation_id.to_owned(),
            entity: entity.as_str().to_owned(),
            entity_id: entity_id.to_owned(),
            actor_id: actor.id().map(str::to_owned),
            action: action.to_owned(),
            changes: serde_json::to_string(changes)
                .map_err(|e| ModelError::Corrupt(format!("history changes: {e}")))?,
            reason: reason.map(str::to_owned),
            at: now(),
            behind_id: actor.behind().map(str::to_owned),
        })
    }
}

/// One entry of an item's history, as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct HistoryEntry {
    /// Identifier; entries sort by it in the order they were written.
    pub id: String,
    /// When (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub at: chrono::NaiveDateTime,
    /// The user who made the change, or null for Closeout itself.
    pub actor_id: Option<String>,
    /// The person behind the change when the user's token was made by someone else (an
    /// administrator acting as them); null otherwise.
    pub behind_id: Option<String>,
    /// What was done (`create`, `update`...).
    pub action: String,
    /// The fields that changed.
    pub changes: Vec<Change>,
    /// Why, when the person said.
    pub reason: Option<String>,
}

/// Appends one entry. Call it in the same transaction as the change it describes.
#[allow(clippy::too_many_arguments)]
pub fn record(
    connection: &mut DbConnection,
    scope: &Scope,
    entity: Entity,
    entity_id: &str,
    action: &str,
    changes: &[Change],
    reason: Option<&str>,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let actor = scope.actor();
    let changes = serde_json::to_string(changes)
        .map_err(|e| ModelError::Corrupt(format!("history changes: {e}")))?;
    diesel::insert_into(history::table)
        .values(&HistoryRow {
            id: new_id(),
            organisation_id: organisation_id.to_owned(),
            entity: entity.as_str().to_owned(),
            entity_id: entity_id.to_owned(),
            actor_id: actor.id().map(str::to_owned),
            action: action.to_owned(),
            changes,
            reason: reason.map(str::to_owned),
            at: now(),
            behind_id: actor.behind().map(str::to_owned),
        })
        .execute(connection)?;
    Ok(())
}

/// The history of one item, oldest first.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    entity: Entity,
    entity_id: &str,
) -> Result<Vec<HistoryEntry>, ModelError> {
    Ok(
        for_entities(connection, scope, entity, &[entity_id.to_owned()])?
            .remove(entity_id)
            .unwrap_or_default(),
    )
}

/// The histories of several items (a page of a report) in one query, each oldest first.
pub fn for_entities(
    connection: &mut DbConnection,
    scope: &Scope,
    entity: Entity,
    entity_ids: &[String],
) -> Result<std::collections::HashMap<String, Vec<HistoryEntry>>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut found: std::collections::HashMap<String, Vec<HistoryEntry>> =
        std::collections::HashMap::new();
    for row in history::table
        .filter(history::organisation_id.eq(organisation_id))
        .filter(history::entity.eq(entity.as_str()))
        .filter(history::entity_id.eq_any(entity_ids))
        .order(history::id)
        .select(HistoryRow::as_select())
        .load(connection)?
    {
        let changes = serde_json::from_str(&row.changes)
            .map_err(|e| ModelError::Corrupt(format!("history {}: {e}", row.id)))?;
        found.entry(row.entity_id).or_default().push(HistoryEntry {
            id: row.id,
            at: row.at,
            actor_id: row.actor_id,
            behind_id: row.behind_id,
            action: row.action,
            changes,
            reason: row.reason,
        });
    }
    Ok(found)
}

/// The people who last took `action` on an item (the user and anyone behind them), if anyone
/// did.
pub fn last_people(
    connection: &mut DbConnection,
    scope: &Scope,
    entity: Entity,
    entity_id: &str,
    action: &str,
) -> Result<Vec<String>, ModelError> {
    let organisation_id = scope.organisation_id();
    let last: Option<(Option<String>, Option<String>)> = history::table
        .filter(history::organisation_id.eq(organisation_id))
        .filter(history::entity.eq(entity.as_str()))
        .filter(history::entity_id.eq(entity_id))
        .filter(history::action.eq(action))
        .order(history::id.desc())
        .select((history::actor_id, history::behind_id))
        .first(connection)
        .optional()?;
    Ok(last
        .map(|(actor, behind)| actor.into_iter().chain(behind).collect())
        .unwrap_or_default())
}
