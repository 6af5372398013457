//! The record of each import: which file, which plugin, with which options, and what came of it.

use crate::scope::Scope;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::id::{AuditId, ImportId, new_id, now};
use crate::schema::imports;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = imports)]
struct ImportRow {
    id: String,
    organisation_id: String,
    audit_id: String,
    actor_id: Option<String>,
    file_name: String,
    sha256: String,
    size: i64,
    plugin: String,
    plugin_version: String,
    options: String,
    status: String,
    findings_created: i64,
    findings_updated: i64,
    findings_unchanged: i64,
    skipped_rows: String,
    issues: String,
    warnings: String,
    created_at: NaiveDateTime,
}

/// An import as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ImportRecord {
    /// Identifier.
    pub id: ImportId,
    /// The audit imported into.
    pub audit_id: String,
    /// Who imported it.
    pub actor_id: Option<String>,
    /// The file's name as uploaded (for display only; never used as a path).
    pub file_name: String,
    /// The file's SHA-256; the original is downloadable by it.
    pub sha256: String,
    /// The file's size in bytes.
    pub size: i64,
    /// The plugin that read it.
    pub plugin: String,
    /// The plugin's version.
    pub plugin_version: String,
    /// The options used.
    #[schema(value_type = Object)]
    pub options: Value,
    /// `imported` or `unchanged`.
    pub status: String,
    /// Findings created.
    pub findings_created: i64,
    /// Findings updated.
    pub findings_updated: i64,
    /// Findings already as the file says.
    pub findings_unchanged: i64,
    /// Rows skipped, with why.
    #[schema(value_type = Object)]
    pub skipped_rows: Value,
    /// Issues found while reading.
    #[schema(value_type = Object)]
    pub issues: Value,
    /// Remarks about the whole file.
    #[schema(value_type = Object)]
    pub warnings: Value,
    /// When (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

fn json(text: &str, what: &str) -> Result<Value, ModelError> {
    serde_json::from_str(text).map_err(|e| ModelError::Corrupt(format!("import {what}: {e}")))
}

impl TryFrom<ImportRow> for ImportRecord {
    type Error = ModelError;
    fn try_from(row: ImportRow) -> Result<ImportRecord, ModelError> {
        Ok(ImportRecord {
            options: json(&row.options, "options")?,
            skipped_rows: json(&row.skipped_rows, "skipped rows")?,
            issues: json(&row.issues, "issues")?,
            warnings: json(&row.warnings, "warnings")?,
            id: ImportId::stored(row.id),
            audit_id: row.audit_id,
            actor_id: row.actor_id,
            file_name: row.file_name,
            sha256: row.sha256,
            size: row.size,
            plugin: row.plugin,
            plugin_version: row.plugin_version,
            status: row.status,
            findings_created: row.findings_created,
            findings_updated: row.findings_updated,
            findings_unchanged: row.findings_unchanged,
            created_at: row.created_at,
        })
    }
}

/// What to record about an import.
#[derive(Debug, Clone)]
pub struct NewImport {
    /// The audit.
    pub audit_id: String,
    /// Who.
    pub actor_id: Option<String>,
    /// File name as uploaded.
    pub file_name: String,
    /// SHA-256 of the file.
    pub sha256: String,
    /// Size in bytes.
    pub size: i64,
    /// Plugin name.
    pub plugin: String,
    /// Plugin version.
    pub plugin_version: String,
    /// Options used.
    pub options: Value,
    /// `imported` or `unchanged`.
    pub status: String,
    /// Counts.
    pub findings_created: i64,
    /// Counts.
    pub findings_updated: i64,
    /// Counts.
    pub findings_unchanged: i64,
    /// Rows skipped.
    pub skipped_rows: Value,
    /// Issues.
    pub issues: Value,
    /// Warnings.
    pub warnings: Value,
}

/// Records an import.
pub fn create(
    connection: &mut DbConnection,
    scope: &Scope,
    new: NewImport,
) -> Result<ImportRecord, ModelError> {
    let organisation_id = scope.organisation_id();
    let row = ImportRow {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        audit_id: new.audit_id,
        actor_id: new.actor_id,
        file_name: new.file_name,
        sha256: new.sha256,
        size: new.size,
        plugin: new.plugin,
        plugin_version: new.plugin_version,
        options: new.options.to_string(),
        status: new.status,
        findings_created: new.findings_created,
        findings_updated: new.findings_updated,
        findings_unchanged: new.findings_unchanged,
        skipped_rows: new.skipped_rows.to_string(),
        issues: new.issues.to_string(),
        warnings: new.warnings.to_string(),
        created_at: now(),
    };
    diesel::insert_into(imports::table)
        .values(&row)
        .execute(connection)?;
    ImportRecord::try_from(row)
}

/// Reads an import of the organisation.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &ImportId,
) -> Result<ImportRecord, ModelError> {
    let organisation_id = scope.organisation_id();
    imports::table
        .filter(imports::organisation_id.eq(organisation_id))
        .filter(imports::id.eq(id))
        .select(ImportRow::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("import", id.as_str()))
        .and_then(ImportRecord::try_from)
}

/// An audit's imports, newest first.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
) -> Result<Vec<ImportRecord>, ModelError> {
    let organisation_id = scope.organisation_id();
    crate::audit::get(connection, scope, audit_id)?;
    imports::table
        .filter(imports::organisation_id.eq(organisation_id))
        .filter(imports::audit_id.eq(audit_id))
        .order(imports::id.desc())
        .select(ImportRow::as_select())
        .load(connection)?
        .into_iter()
        .map(ImportRecord::try_from)
        .collect()
}
