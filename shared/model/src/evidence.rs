//! Evidence of correction attached to a finding: files (content-addressed, their type told by
//! their bytes, never by the name a client gave), links and notes. Evidence is never deleted.

use crate::scope::Scope;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Change, Entity};
use crate::id::{EvidenceId, FindingId, new_id, now};
use crate::schema::evidence;

/// What a piece of evidence is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// An uploaded file.
    File {
        /// The bytes.
        bytes: Vec<u8>,
        /// The client's name for it, for display (cleaned).
        file_name: String,
    },
    /// A link to where the evidence lives (a ticket, a document).
    Link(String),
    /// A written note.
    Note(String),
}

/// A client's file name made safe to show and offer for download.
pub fn clean_file_name(name: &str) -> String {
    crate::stored_file::clean_name(name, "evidence")
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = evidence)]
struct EvidenceRow {
    id: String,
    organisation_id: String,
    finding_id: String,
    kind: String,
    title: String,
    sha256: Option<String>,
    size: Option<i64>,
    content_type: Option<String>,
    file_name: Option<String>,
    url: Option<String>,
    note: Option<String>,
    added_by: Option<String>,
    created_at: chrono::NaiveDateTime,
    task_id: Option<String>,
}

/// A piece of evidence as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Evidence {
    /// Identifier.
    pub id: EvidenceId,
    /// The finding it supports.
    pub finding_id: String,
    /// `file`, `link` or `note`.
    pub kind: String,
    /// A title.
    pub title: String,
    /// For files: the SHA-256 of the bytes.
    pub sha256: Option<String>,
    /// For files: the size in bytes.
    pub size: Option<i64>,
    /// For files: the type told from the bytes.
    pub content_type: Option<String>,
    /// For files: the cleaned name.
    pub file_name: Option<String>,
    /// For links.
    pub url: Option<String>,
    /// For notes.
    pub note: Option<String>,
    /// Who added it.
    pub added_by: Option<String>,
    /// The task it belongs to, if any.
    pub task_id: Option<String>,
    /// When (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::NaiveDateTime,
}

impl From<EvidenceRow> for Evidence {
    fn from(row: EvidenceRow) -> Evidence {
        Evidence {
            id: EvidenceId::stored(row.id),
            finding_id: row.finding_id,
            kind: row.kind,
            title: row.title,
            sha256: row.sha256,
            size: row.size,
            content_type: row.content_type,
            file_name: row.file_name,
            url: row.url,
            note: row.note,
            added_by: row.added_by,
            task_id: row.task_id,
            created_at: row.created_at,
        }
    }
}

/// Adds evidence to a finding of the organisation.
pub fn add(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    task_id: Option<&crate::id::TaskId>,
    title: &str,
    content: Content,
) -> Result<Evidence, ModelError> {
    let organisation_id = scope.organisation_id();
    let actor = scope.actor();
    crate::finding::get(connection, scope, finding_id)?;
    if let Some(task_id) = task_id
        && crate::task::get(connection, scope, task_id)?.finding_id != *finding_id
    {
        return Err(ModelError::invalid(
            "task_id",
            "the task belongs to another finding",
        ));
    }
    let title = title.trim();
    if title.chars().count() > 200 {
        return Err(ModelError::invalid("title", "at most 200 characters"));
    }
    let mut row = EvidenceRow {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        finding_id: finding_id.to_string(),
        kind: String::new(),
        title: title.to_owned(),
        sha256: None,
        size: None,
        content_type: None,
        file_name: None,
        url: None,
        note: None,
        added_by: actor.user_id().map(str::to_owned),
        created_at: now(),
        task_id: task_id.map(ToString::to_string),
    };
    match content {
        Content::File { bytes, file_name } => {
            if bytes.is_empty() {
                return Err(ModelError::invalid("file", "the file is empty"));
            }
            row.kind = "file".into();
            row.content_type = Some(crate::stored_file::sniff(&bytes).to_owned());
            row.size = Some(bytes.len() as i64);
            row.file_name = Some(clean_file_name(&file_name));
            row.sha256 = Some(crate::stored_file::put(connection, scope, &bytes)?);
            if row.title.is_empty() {
                row.title = row.file_name.clone().unwrap_or_default();
            }
        }
        Content::Link(url) => {
            let url = url.trim();
            let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
            if !scheme_ok
                || url.len() > 2000
                || url.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(ModelError::invalid(
                    "url",
                    "give an http:// or https:// address without spaces",
                ));
            }
            row.kind = "link".into();
            row.url = Some(url.to_owned());
        }
        Content::Note(text) => {
            let text = text.trim();
            if text.is_empty() || text.chars().count() > crate::finding::MAX_TEXT {
                return Err(ModelError::invalid(
                    "note",
                    "a note of 1 to 20,000 characters",
                ));
            }
            row.kind = "note".into();
            row.note = Some(text.to_owned());
        }
    }
    if row.title.is_empty() {
        row.title = row.kind.clone();
    }
    diesel::insert_into(evidence::table)
        .values(&row)
        .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Finding,
        finding_id,
        "evidence added",
        &[Change::set(
            "evidence",
            json!({"id": row.id, "kind": row.kind, "title": row.title, "sha256": row.sha256}),
        )],
        None,
    )?;
    Ok(Evidence::from(row))
}

/// A finding's evidence, oldest first.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
) -> Result<Vec<Evidence>, ModelError> {
    Ok(for_findings(connection, scope, &[finding_id.to_string()])?
        .remove(finding_id.as_str())
        .unwrap_or_default())
}

/// The evidence of several findings (a page of a report) in one query, each finding's in the
/// order it was added.
pub fn for_findings(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_ids: &[String],
) -> Result<std::collections::HashMap<String, Vec<Evidence>>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut found: std::collections::HashMap<String, Vec<Evidence>> =
        std::collections::HashMap::new();
    for row in evidence::table
        .filter(evidence::organisation_id.eq(organisation_id))
        .filter(evidence::finding_id.eq_any(finding_ids))
        .order(evidence::id)
        .select(EvidenceRow::as_select())
        .load(connection)?
    {
        let evidence = Evidence::from(row);
        found
            .entry(evidence.finding_id.clone())
            .or_default()
            .push(evidence);
    }
    Ok(found)
}

/// One piece of evidence.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &EvidenceId,
) -> Result<Evidence, ModelError> {
    let organisation_id = scope.organisation_id();
    evidence::table
        .filter(evidence::organisation_id.eq(organisation_id))
        .filter(evidence::id.eq(id))
        .select(EvidenceRow::as_select())
        .first(connection)
        .optional()?
        .map(Evidence::from)
        .ok_or_else(|| ModelError::not_found("evidence", id.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::stored_file::sniff;

    #[test]
    fn types_come_from_the_bytes() {
        assert_eq!(sniff(b"%PDF-1.7 ..."), "application/pdf");
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), "image/png");
        assert_eq!(
            sniff(b"Reconciliation run on 2 April: 0 active leavers"),
            "text/plain; charset=utf-8"
        );
        assert_eq!(sniff(&[0, 1, 2, 3]), "application/octet-stream");
        assert_eq!(
            sniff(b"<script>alert(1)</script>"),
            "text/plain; charset=utf-8"
        );
    }

    #[test]
    fn client_names_are_never_paths() {
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(
            clean_file_name("a\"b\r\nSet-Cookie: x.pdf"),
            "a_b__Set-Cookie__x.pdf"
        );
        assert_eq!(clean_file_name("..."), "evidence");
        assert_eq!(
            clean_file_name("C:\\Users\\me\\Access review.xlsx"),
            "Access_review.xlsx"
        );
    }
}
