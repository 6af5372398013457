//! Audits: one certification-body (or internal) visit and the report it produced.

use crate::scope::Scope;
use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbConnection;
use crate::error::{FieldError, ModelError};
use crate::history::{self, Change, Entity};
use crate::id::{AuditId, new_id, now};
use crate::page::{Page, PageRequest};
use crate::schema::{audits, findings};
use crate::user::Role;

/// The kind of audit, which decides among other things how deadlines are capped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum AuditKind {
    /// Stage 1: documentation review before certification.
    Stage1,
    /// Stage 2: the certification audit.
    Stage2,
    /// A yearly surveillance audit.
    Surveillance,
    /// The recertification audit in the certificate's third year.
    Recertification,
    /// An internal audit (clause 9.2).
    Internal,
}

impl AuditKind {
    /// Every kind.
    pub const ALL: [AuditKind; 5] = [
        AuditKind::Stage1,
        AuditKind::Stage2,
        AuditKind::Surveillance,
        AuditKind::Recertification,
        AuditKind::Internal,
    ];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::Stage1 => "stage1",
            AuditKind::Stage2 => "stage2",
            AuditKind::Surveillance => "surveillance",
            AuditKind::Recertification => "recertification",
            AuditKind::Internal => "internal",
        }
    }
}

impl fmt::Display for AuditKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuditKind {
    type Err = String;
    fn from_str(s: &str) -> Result<AuditKind, String> {
        let wanted = s.trim().to_lowercase().replace([' ', '_', '-'], "");
        AuditKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == wanted)
            .ok_or_else(|| {
                format!(
                    "unknown audit kind `{s}`; expected stage1, stage2, surveillance, recertification or internal"
                )
            })
    }
}

/// The standard audited against when none is given.
pub const DEFAULT_STANDARD: &str = "ISO/IEC 27001:2022";

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = audits)]
struct AuditRow {
    id: String,
    organisation_id: String,
    name: String,
    kind: String,
    certification_body: Option<String>,
    standard: String,
    start_date: Option<NaiveDate>,
    end_date: Option<NaiveDate>,
    report_date: Option<NaiveDate>,
    certificate_expiry: Option<NaiveDate>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    policy_id: Option<String>,
    manager_id: Option<String>,
}

/// An audit as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Audit {
    /// Identifier.
    pub id: AuditId,
    /// A name people recognise ("2026 surveillance").
    pub name: String,
    /// The kind of audit.
    pub kind: AuditKind,
    /// The certification body that ran it (none for internal audits).
    pub certification_body: Option<String>,
    /// The standard audited against.
    pub standard: String,
    /// First audit day.
    pub start_date: Option<NaiveDate>,
    /// Last audit day.
    pub end_date: Option<NaiveDate>,
    /// The date of the nonconformity report: the usual anchor for deadlines.
    pub report_date: Option<NaiveDate>,
    /// When the current certificate expires.
    pub certificate_expiry: Option<NaiveDate>,
    /// When it was created (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
    /// When it last changed (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: NaiveDateTime,
    /// The deadline policy chosen for its findings; null means the source guide's preset.
    pub deadline_policy: Option<String>,
    /// The user who manages the audit's follow-up and receives escalations; null means the
    /// organisation's managers.
    pub manager_id: Option<String>,
}

impl TryFrom<AuditRow> for Audit {
    type Error = ModelError;
    fn try_from(row: AuditRow) -> Result<Audit, ModelError> {
        Ok(Audit {
            kind: row.kind.parse().map_err(ModelError::Corrupt)?,
            id: AuditId::stored(row.id),
            name: row.name,
            certification_body: row.certification_body,
            standard: row.standard,
            start_date: row.start_date,
            end_date: row.end_date,
            report_date: row.report_date,
            certificate_expiry: row.certificate_expiry,
            created_at: row.created_at,
            updated_at: row.updated_at,
            deadline_policy: row.policy_id,
            manager_id: row.manager_id,
        })
    }
}

/// An audit's editable fields, checked: construct it with [`AuditFields::parse`].
#[derive(Debug, Clone, PartialEq)]
pub struct AuditFields {
    name: String,
    kind: AuditKind,
    certification_body: Option<String>,
    standard: String,
    start_date: Option<NaiveDate>,
    end_date: Option<NaiveDate>,
    report_date: Option<NaiveDate>,
    certificate_expiry: Option<NaiveDate>,
}

/// An audit's fields as a client sent them, before checking.
#[derive(Debug, Clone, Default)]
pub struct AuditInput {
    /// Name.
    pub name: String,
    /// Kind, as text.
    pub kind: String,
    /// Certification body.
    pub certification_body: Option<String>,
    /// Standard; the default when absent.
    pub standard: Option<String>,
    /// First audit day.
    pub start_date: Option<NaiveDate>,
    /// Last audit day.
    pub end_date: Option<NaiveDate>,
    /// Report date.
    pub report_date: Option<NaiveDate>,
    /// Certificate expiry.
    pub certificate_expiry: Option<NaiveDate>,
}

fn optional_text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

impl AuditFields {
    /// Checks every field and reports all problems at once.
    pub fn parse(input: AuditInput) -> Result<AuditFields, ModelError> {
        let mut errors = Vec::new();
        let name = input.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(FieldError::new(
                "name",
                "an audit needs a name of 1 to 200 characters",
            ));
        }
        let kind = input
            .kind
            .parse::<AuditKind>()
            .map_err(|e| errors.push(FieldError::new("kind", e)))
            .ok();
        let certification_body = optional_text(input.certification_body);
        if certification_body
            .as_ref()
            .is_some_and(|b| b.chars().count() > 200)
        {
            errors.push(FieldError::new(
                "certification_body",
                "at most 200 characters",
            ));
        }
        let standard = optional_text(input.standard).unwrap_or_else(|| DEFAULT_STANDARD.to_owned());
        if let (Some(start), Some(end)) = (input.start_date, input.end_date)
            && end < start
        {
            errors.push(FieldError::new(
                "end_date",
                format!("the last audit day ({end}) is before the first ({start})"),
            ));
        }
        if let (Some(start), Some(report)) = (input.start_date, input.report_date)
            && report < start
        {
            errors.push(FieldError::new(
                "report_date",
                format!("the report date ({report}) is before the audit started ({start})"),
            ));
        }
        match (kind, errors.is_empty()) {
            (Some(kind), true) => Ok(AuditFields {
                name,
                kind,
                certification_body,
                standard,
                start_date: input.start_date,
                end_date: input.end_date,
                report_date: input.report_date,
                certificate_expiry: input.certificate_expiry,
            }),
            _ => Err(ModelError::Invalid(errors)),
        }
    }

    /// The fields as they would be given back to [`AuditFields::parse`], for applying a patch.
    pub fn to_input(audit: &Audit) -> AuditInput {
        AuditInput {
            name: audit.name.clone(),
            kind: audit.kind.as_str().to_owned(),
            certification_body: audit.certification_body.clone(),
            standard: Some(audit.standard.clone()),
            start_date: audit.start_date,
            end_date: audit.end_date,
            report_date: audit.report_date,
            certificate_expiry: audit.certificate_expiry,
        }
    }
}

/// Creates an audit.
pub fn create(
    connection: &mut DbConnection,
    scope: &Scope,
    fields: AuditFields,
) -> Result<Audit, ModelError> {
    let organisation_id = scope.organisation_id();
    let at = now();
    let row = AuditRow {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        name: fields.name,
        kind: fields.kind.as_str().to_owned(),
        certification_body: fields.certification_body,
        standard: fields.standard,
        start_date: fields.start_date,
        end_date: fields.end_date,
        report_date: fields.report_date,
        certificate_expiry: fields.certificate_expiry,
        created_at: at,
        updated_at: at,
        policy_id: None,
        manager_id: None,
    };
    diesel::insert_into(audits::table)
        .values(&row)
        .execute(connection)?;
    let audit = Audit::try_from(row)?;
    let changes = changes(None, &audit);
    history::record(
        connection,
        scope,
        Entity::Audit,
        &audit.id,
        "create",
        &changes,
        None,
    )?;
    Ok(audit)
}

fn changes(before: Option<&Audit>, after: &Audit) -> Vec<Change> {
    use serde_json::json;
    let values = |audit: &Audit| {
        [
            ("name", json!(audit.name)),
            ("kind", json!(audit.kind)),
            ("certification_body", json!(audit.certification_body)),
            ("standard", json!(audit.standard)),
            ("start_date", json!(audit.start_date)),
            ("end_date", json!(audit.end_date)),
            ("report_date", json!(audit.report_date)),
            ("certificate_expiry", json!(audit.certificate_expiry)),
        ]
    };
    crate::history::diff(before.map(values), values(after))
}

/// Reads one audit of the organisation.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &AuditId,
) -> Result<Audit, ModelError> {
    let organisation_id = scope.organisation_id();
    audits::table
        .filter(audits::organisation_id.eq(organisation_id))
        .filter(audits::id.eq(id))
        .select(AuditRow::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("audit", id.as_str()))
        .and_then(Audit::try_from)
}

/// Which audits to list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only audits of this kind.
    pub kind: Option<AuditKind>,
    /// Only audits holding a finding owned by this user (what a contributor may see).
    pub with_findings_owned_by: Option<String>,
}

/// Lists the organisation's audits, newest first.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    filter: &AuditFilter,
    page: PageRequest,
) -> Result<Page<Audit>, ModelError> {
    let organisation_id = scope.organisation_id();
    let query = || {
        let mut query = audits::table
            .filter(audits::organisation_id.eq(organisation_id.to_owned()))
            .into_boxed();
        if let Some(kind) = filter.kind {
            query = query.filter(audits::kind.eq(kind.as_str()));
        }
        if let Some(owner) = &filter.with_findings_owned_by {
            query = query.filter(
                audits::id.eq_any(
                    findings::table
                        .filter(findings::organisation_id.eq(organisation_id.to_owned()))
                        .filter(findings::owner_id.eq(owner.clone()))
                        .select(findings::audit_id),
                ),
            );
        }
        query
    };
    let total: i64 = query().count().get_result(connection)?;
    let mut items = query();
    if let Some(after) = &page.after {
        items = items.filter(audits::id.lt(after.clone()));
    }
    let rows = items
        .order(audits::id.desc())
        .limit(page.limit)
        .offset(page.offset)
        .select(AuditRow::as_select())
        .load(connection)?;
    let items = rows
        .into_iter()
        .map(Audit::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page::new(items, total, &page, |audit| audit.id.to_string()))
}

/// Every audit of the organisation, newest first (for reports over all of them).
pub fn all(connection: &mut DbConnection, scope: &Scope) -> Result<Vec<Audit>, ModelError> {
    let organisation_id = scope.organisation_id();
    audits::table
        .filter(audits::organisation_id.eq(organisation_id))
        .order(audits::id.desc())
        .select(AuditRow::as_select())
        .load(connection)?
        .into_iter()
        .map(Audit::try_from)
        .collect()
}

/// Replaces an audit's fields, recording what changed. Returns the audit unchanged (and writes
/// nothing) when nothing did.
pub fn update(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &AuditId,
    fields: AuditFields,
    reason: Option<&str>,
) -> Result<Audit, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    let mut after = before.clone();
    after.name = fields.name;
    after.kind = fields.kind;
    after.certification_body = fields.certification_body;
    after.standard = fields.standard;
    after.start_date = fields.start_date;
    after.end_date = fields.end_date;
    after.report_date = fields.report_date;
    after.certificate_expiry = fields.certificate_expiry;
    let changes = changes(Some(&before), &after);
    if changes.is_empty() {
        return Ok(before);
    }
    after.updated_at = now();
    diesel::update(
        audits::table
            .filter(audits::organisation_id.eq(organisation_id))
            .filter(audits::id.eq(id)),
    )
    .set((
        audits::name.eq(&after.name),
        audits::kind.eq(after.kind.as_str()),
        audits::certification_body.eq(&after.certification_body),
        audits::standard.eq(&after.standard),
        audits::start_date.eq(after.start_date),
        audits::end_date.eq(after.end_date),
        audits::report_date.eq(after.report_date),
        audits::certificate_expiry.eq(after.certificate_expiry),
        audits::updated_at.eq(after.updated_at),
    ))
    .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Audit,
        id,
        "update",
        &changes,
        reason,
    )?;
    let anchors = ["report_date", "end_date", "kind", "certificate_expiry"];
    if changes.iter().any(|c| anchors.contains(&c.field.as_str())) {
        let why = changes
            .iter()
            .filter(|c| anchors.contains(&c.field.as_str()))
            .map(|c| c.field.replace('_', " "))
            .collect::<Vec<_>>()
            .join(", ");
        crate::deadline::recompute_audit(
            connection,
            scope,
            id,
            &format!("the audit's {why} changed"),
        )?;
    }
    Ok(after)
}

/// Names the user who manages an audit's follow-up (`None`: the organisation's managers), who
/// receives escalations when its deadlines are missed. The change is in the history.
pub fn set_manager(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &AuditId,
    manager: Option<&crate::user::Email>,
) -> Result<Audit, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    let manager_id = match manager {
        Some(email) => {
            let user = crate::user::find_by_email(connection, scope, email)?.ok_or_else(|| {
                ModelError::invalid(
                    "manager",
                    format!("no user with email {} in this organisation", email.as_str()),
                )
            })?;
            // The manager receives escalations and acts on them: someone who may not run the
            // follow-up (a contributor, an auditor) cannot be named.
            if !matches!(user.role, Role::Admin | Role::Manager) {
                return Err(ModelError::invalid(
                    "manager",
                    format!(
                        "{} is {}; an audit's manager must have the manager or admin role",
                        email.as_str(),
                        user.role
                    ),
                ));
            }
            Some(user.id.to_string())
        }
        None => None,
    };
    if before.manager_id == manager_id {
        return Ok(before);
    }
    let at = now();
    diesel::update(
        audits::table
            .filter(audits::organisation_id.eq(organisation_id))
            .filter(audits::id.eq(id)),
    )
    .set((
        audits::manager_id.eq(&manager_id),
        audits::updated_at.eq(at),
    ))
    .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Audit,
        id,
        "manager",
        &[Change {
            field: "manager_id".into(),
            from: serde_json::json!(before.manager_id),
            to: serde_json::json!(manager_id),
        }],
        None,
    )?;
    get(connection, scope, id)
}

/// Chooses the deadline policy of an audit (`None`: the source guide's preset) and recomputes
/// its findings' deadlines.
pub fn set_policy(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &AuditId,
    policy_id: Option<&str>,
) -> Result<Audit, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    if let Some(policy_id) = policy_id {
        crate::deadline::policy(connection, scope, policy_id)?;
    }
    if before.deadline_policy.as_deref() == policy_id {
        return Ok(before);
    }
    diesel::update(
        audits::table
            .filter(audits::organisation_id.eq(organisation_id))
            .filter(audits::id.eq(id)),
    )
    .set((
        audits::policy_id.eq(policy_id),
        audits::updated_at.eq(now()),
    ))
    .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Audit,
        id,
        "update",
        &[Change {
            field: "deadline_policy".into(),
            from: serde_json::json!(before.deadline_policy),
            to: serde_json::json!(policy_id),
        }],
        None,
    )?;
    crate::deadline::recompute_audit(connection, scope, id, "the audit's deadline policy changed")?;
    get(connection, scope, id)
}
