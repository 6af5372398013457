//! The Statement of Applicability: for each of the 93 Annex A controls, whether it applies to
//! the organisation, why, and how far it is implemented. Every control is always listed (a
//! control nobody stated yet shows as such); every change is in the history.

use crate::scope::Scope;
use std::collections::HashMap;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::catalog::{Catalog, RequirementKind};
use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Change, Entity};
use crate::id::now;
use crate::schema::soa_entries;

/// How far a control is implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Implementation {
    /// In place and working.
    Implemented,
    /// In place for part of the scope, or in progress.
    PartiallyImplemented,
    /// Decided, not started.
    Planned,
    /// Not in place.
    NotImplemented,
}

impl Implementation {
    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            Implementation::Implemented => "implemented",
            Implementation::PartiallyImplemented => "partially_implemented",
            Implementation::Planned => "planned",
            Implementation::NotImplemented => "not_implemented",
        }
    }

    /// Reads a stored or sent name.
    pub fn parse(text: &str) -> Result<Implementation, String> {
        [
            Implementation::Implemented,
            Implementation::PartiallyImplemented,
            Implementation::Planned,
            Implementation::NotImplemented,
        ]
        .into_iter()
        .find(|i| i.as_str() == text.trim())
        .ok_or_else(|| {
            format!(
                "unknown implementation status `{text}`; expected implemented, partially_implemented, planned or not_implemented"
            )
        })
    }
}

/// What is stated about one control.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Statement {
    /// Whether it applies; null when not stated yet.
    pub applicable: Option<bool>,
    /// It applies to part of the scope only.
    pub partial: bool,
    /// Why it applies or is excluded.
    pub justification: Option<String>,
    /// How far it is implemented.
    pub status: Option<Implementation>,
}

/// One line of the SoA.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Entry {
    /// The Annex A control (`A.5.1`).
    pub control: String,
    /// Its title.
    pub title: String,
    /// What is stated.
    #[serde(flatten)]
    pub statement: Statement,
    /// When it last changed; null when never stated.
    #[schema(value_type = Option<String>, format = DateTime)]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

type Row = (
    String,
    Option<bool>,
    bool,
    Option<String>,
    Option<String>,
    chrono::NaiveDateTime,
);

fn stored(
    connection: &mut DbConnection,
    organisation_id: &str,
) -> Result<HashMap<String, (Statement, chrono::NaiveDateTime)>, ModelError> {
    let rows: Vec<Row> = soa_entries::table
        .filter(soa_entries::organisation_id.eq(organisation_id))
        .select((
            soa_entries::control_id,
            soa_entries::applicable,
            soa_entries::partial,
            soa_entries::justification,
            soa_entries::status,
            soa_entries::updated_at,
        ))
        .load(connection)?;
    rows.into_iter()
        .map(
            |(control, applicable, partial, justification, status, at)| {
                let status = status
                    .map(|s| Implementation::parse(&s).map_err(ModelError::Corrupt))
                    .transpose()?;
                Ok((
                    control,
                    (
                        Statement {
                            applicable,
                            partial,
                            justification,
                            status,
                        },
                        at,
                    ),
                ))
            },
        )
        .collect()
}

/// The organisation's SoA: all 93 Annex A controls in catalog order.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    catalog: &Catalog,
) -> Result<Vec<Entry>, ModelError> {
    let organisation_id = scope.organisation_id();
    let stored = stored(connection, organisation_id)?;
    Ok(catalog
        .requirements()
        .iter()
        .filter(|r| r.kind == RequirementKind::Control)
        .map(|r| {
            let (statement, at) = stored
                .get(&r.id)
                .map(|(s, at)| (s.clone(), Some(at.and_utc())))
                .unwrap_or_default();
            Entry {
                control: r.id.clone(),
                title: r.title.clone(),
                statement,
                updated_at: at,
            }
        })
        .collect())
}

fn changes(before: &Statement, after: &Statement) -> Vec<Change> {
    let values = |s: &Statement| {
        [
            ("applicable", json!(s.applicable)),
            ("partial", json!(s.partial)),
            ("justification", json!(s.justification)),
            ("status", json!(s.status)),
        ]
    };
    history::diff(Some(values(before)), values(after))
}

/// States controls (each an Annex A control id of the catalog), recording each change in its
/// history with `action` ("update", "import"); returns how many changed.
pub fn set(
    connection: &mut DbConnection,
    scope: &Scope,
    statements: &[(String, Statement)],
    action: &str,
    reason: Option<&str>,
) -> Result<usize, ModelError> {
    let organisation_id = scope.organisation_id();
    let current = stored(connection, organisation_id)?;
    let at = now();
    let mut changed = 0;
    for (control, after) in statements {
        let before = current
            .get(control)
            .map(|(s, _)| s.clone())
            .unwrap_or_default();
        let diff = changes(&before, after);
        if diff.is_empty() {
            continue;
        }
        let status = after.status.map(Implementation::as_str);
        let updated = diesel::update(
            soa_entries::table
                .filter(soa_entries::organisation_id.eq(organisation_id))
                .filter(soa_entries::control_id.eq(control)),
        )
        .set((
            soa_entries::applicable.eq(after.applicable),
            soa_entries::partial.eq(after.partial),
            soa_entries::justification.eq(&after.justification),
            soa_entries::status.eq(status),
            soa_entries::updated_at.eq(at),
        ))
        .execute(connection)?;
        if updated == 0 {
            diesel::insert_into(soa_entries::table)
                .values((
                    soa_entries::organisation_id.eq(organisation_id),
                    soa_entries::control_id.eq(control),
                    soa_entries::applicable.eq(after.applicable),
                    soa_entries::partial.eq(after.partial),
                    soa_entries::justification.eq(&after.justification),
                    soa_entries::status.eq(status),
                    soa_entries::updated_at.eq(at),
                ))
                .execute(connection)?;
        }
        history::record(
            connection,
            scope,
            Entity::Soa,
            control,
            action,
            &diff,
            reason,
        )?;
        changed += 1;
    }
    Ok(changed)
}

/// Each control's statement, by control id (controls never stated are absent).
pub fn statements(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<HashMap<String, Statement>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(stored(connection, organisation_id)?
        .into_iter()
        .map(|(control, (statement, _))| (control, statement))
        .collect())
}
