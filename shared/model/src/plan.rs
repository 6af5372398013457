//! Corrective action plans (ISO/IEC 27001 clause 10.2): the nonconformity statement in three
//! parts, the correction, the root cause (five whys and a category), the corrective actions
//! with owners and dates, the ISMS documents to amend, and the evaluation of effectiveness.

use crate::id::{AuditId, FindingId};
use crate::scope::Scope;
use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::db::DbConnection;
use crate::error::{FieldError, ModelError};
use crate::history::{self, Entity};
use crate::id::now;
use crate::schema::corrective_action_plans;
use crate::user::Email;

/// Where a root cause lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CauseCategory {
    /// Awareness, skills, behaviour.
    People,
    /// A missing or broken procedure.
    Process,
    /// Tools and systems.
    Technology,
    /// A supplier or outsourced service.
    Supplier,
    /// Anything else.
    Other,
}

/// One corrective action: what removes the root cause, who does it, by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CorrectiveAction {
    /// What will be done.
    pub description: String,
    /// Who does it (an email).
    pub owner: Option<String>,
    /// By when, YYYY-MM-DD.
    #[schema(value_type = Option<String>)]
    pub target_date: Option<NaiveDate>,
}

/// A plan as written and as the API shows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    /// The requirement not met (the statement's first part).
    pub requirement: String,
    /// The evidence of the gap (second part).
    pub evidence: String,
    /// The nonconformity itself (third part).
    pub nonconformity: String,
    /// The correction: immediate containment.
    pub correction: String,
    /// The five-whys chain, first why first.
    pub root_cause_whys: Vec<String>,
    /// The root cause's category.
    pub cause_category: Option<CauseCategory>,
    /// The corrective actions.
    pub corrective_actions: Vec<CorrectiveAction>,
    /// ISMS documents to amend.
    pub isms_documents: Vec<String>,
    /// How the effectiveness of the actions will be (or was) evaluated.
    pub effectiveness: Option<String>,
    /// The effort the plan needs, in person-days (for prioritising).
    pub effort_days: Option<i32>,
}

impl Plan {
    /// Checks a plan's fields (lengths, owners' emails, the five whys).
    pub fn check(&self) -> Result<(), ModelError> {
        let mut errors = Vec::new();
        let long = |text: &str| text.chars().count() > crate::finding::MAX_TEXT;
        for (field, text) in [
            ("requirement", &self.requirement),
            ("evidence", &self.evidence),
            ("nonconformity", &self.nonconformity),
            ("correction", &self.correction),
        ] {
            if long(text) {
                errors.push(FieldError::new(field, "too long"));
            }
        }
        if self.root_cause_whys.len() > 10 {
            errors.push(FieldError::new("root_cause_whys", "at most ten whys"));
        }
        for (index, action) in self.corrective_actions.iter().enumerate() {
            if action.description.trim().is_empty() {
                errors.push(FieldError::new(
                    format!("corrective_actions[{index}].description"),
                    "say what will be done",
                ));
            }
            if let Some(owner) = &action.owner
                && let Err(e) = Email::parse(owner)
            {
                errors.push(FieldError::new(
                    format!("corrective_actions[{index}].owner"),
                    e,
                ));
            }
        }
        if self.effort_days.is_some_and(|d| !(0..=3650).contains(&d)) {
            errors.push(FieldError::new("effort_days", "between 0 and 3650"));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ModelError::Invalid(errors))
        }
    }

    /// What a submitted plan must have: the three-part statement, a correction, a root cause
    /// and at least one corrective action.
    pub fn missing_for_submission(&self) -> Vec<FieldError> {
        let mut missing = Vec::new();
        for (field, text) in [
            ("requirement", &self.requirement),
            ("evidence", &self.evidence),
            ("nonconformity", &self.nonconformity),
            ("correction", &self.correction),
        ] {
            if text.trim().is_empty() {
                missing.push(FieldError::new(
                    field,
                    "needed before the plan is submitted",
                ));
            }
        }
        if self.root_cause_whys.iter().all(|w| w.trim().is_empty()) {
            missing.push(FieldError::new(
                "root_cause_whys",
                "give at least one why before submitting",
            ));
        }
        if self.corrective_actions.is_empty() {
            missing.push(FieldError::new(
                "corrective_actions",
                "give at least one corrective action before submitting",
            ));
        }
        missing
    }
}

/// A plan's row.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(
    table_name = corrective_action_plans,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
pub(crate) struct PlanRow {
    finding_id: String,
    organisation_id: String,
    requirement: String,
    evidence: String,
    nonconformity: String,
    correction: String,
    root_cause_whys: String,
    cause_category: Option<String>,
    corrective_actions: String,
    isms_documents: String,
    effectiveness: Option<String>,
    effort_days: Option<i32>,
    updated_at: chrono::NaiveDateTime,
    source: String,
}

/// Who wrote a plan last: an import (a draft from the register, which a re-import may
/// update) or a person (whose edits a re-import leaves alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Written by an import and not edited since.
    Import,
    /// Saved by a person.
    Person,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Import => "import",
            Source::Person => "person",
        }
    }
}

/// A draft plan read from a register, with the tasks its actions give.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The plan.
    pub plan: Plan,
    /// Tasks: an action with an owner and a date.
    pub tasks: Vec<crate::task::TaskFields>,
}

/// What a re-import did to a finding's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftOutcome {
    /// A draft was written where there was none.
    Created,
    /// The import's earlier draft was updated.
    Updated,
    /// The draft already said this.
    Unchanged,
    /// A person edited the plan since: left alone.
    KeptEdits,
    /// The finding is past drafting (the plan was submitted or accepted): left alone.
    PastDrafting,
}

fn to_row(organisation_id: &str, finding_id: &str, plan: &Plan) -> PlanRow {
    PlanRow {
        finding_id: finding_id.to_owned(),
        organisation_id: organisation_id.to_owned(),
        requirement: plan.requirement.trim().to_owned(),
        evidence: plan.evidence.trim().to_owned(),
        nonconformity: plan.nonconformity.trim().to_owned(),
        correction: plan.correction.trim().to_owned(),
        root_cause_whys: json!(plan.root_cause_whys).to_string(),
        cause_category: plan
            .cause_category
            .map(|c| json!(c).as_str().unwrap_or_default().to_owned()),
        corrective_actions: json!(plan.corrective_actions).to_string(),
        isms_documents: json!(plan.isms_documents).to_string(),
        effectiveness: plan.effectiveness.clone(),
        effort_days: plan.effort_days,
        updated_at: now(),
        source: Source::Person.as_str().to_owned(),
    }
}

/// The row of a draft plan for a finding an import creates (inserted with the findings).
pub(crate) fn imported_row(organisation_id: &str, finding_id: &str, plan: &Plan) -> PlanRow {
    let mut row = to_row(organisation_id, finding_id, plan);
    row.source = Source::Import.as_str().to_owned();
    row
}

fn values(p: &Plan) -> [(&'static str, serde_json::Value); 10] {
    [
        ("plan.requirement", json!(p.requirement)),
        ("plan.evidence", json!(p.evidence)),
        ("plan.nonconformity", json!(p.nonconformity)),
        ("plan.correction", json!(p.correction)),
        ("plan.root_cause_whys", json!(p.root_cause_whys)),
        ("plan.cause_category", json!(p.cause_category)),
        ("plan.corrective_actions", json!(p.corrective_actions)),
        ("plan.isms_documents", json!(p.isms_documents)),
        ("plan.effectiveness", json!(p.effectiveness)),
        ("plan.effort_days", json!(p.effort_days)),
    ]
}

fn from_row(row: PlanRow) -> Result<Plan, ModelError> {
    let corrupt =
        |e: serde_json::Error| ModelError::Corrupt(format!("plan of {}: {e}", row.finding_id));
    Ok(Plan {
        root_cause_whys: serde_json::from_str(&row.root_cause_whys).map_err(corrupt)?,
        corrective_actions: serde_json::from_str(&row.corrective_actions).map_err(corrupt)?,
        isms_documents: serde_json::from_str(&row.isms_documents).map_err(corrupt)?,
        cause_category: row
            .cause_category
            .as_ref()
            .map(|c| serde_json::from_value(json!(c)))
            .transpose()
            .map_err(corrupt)?,
        requirement: row.requirement,
        evidence: row.evidence,
        nonconformity: row.nonconformity,
        correction: row.correction,
        effectiveness: row.effectiveness,
        effort_days: row.effort_days,
    })
}

/// Plans read back, by finding id.
fn by_finding(rows: Vec<PlanRow>) -> Result<std::collections::HashMap<String, Plan>, ModelError> {
    rows.into_iter()
        .map(|row| {
            let id = row.finding_id.clone();
            from_row(row).map(|plan| (id, plan))
        })
        .collect()
}

/// The plans of several findings (a page of a report) in one query.
pub fn for_findings(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_ids: &[String],
) -> Result<std::collections::HashMap<String, Plan>, ModelError> {
    let organisation_id = scope.organisation_id();
    by_finding(
        corrective_action_plans::table
            .filter(corrective_action_plans::organisation_id.eq(organisation_id))
            .filter(corrective_action_plans::finding_id.eq_any(finding_ids))
            .select(PlanRow::as_select())
            .load(connection)?,
    )
}

/// A finding's plan, if one was written.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
) -> Result<Option<Plan>, ModelError> {
    let organisation_id = scope.organisation_id();
    corrective_action_plans::table
        .filter(corrective_action_plans::organisation_id.eq(organisation_id))
        .filter(corrective_action_plans::finding_id.eq(finding_id))
        .select(PlanRow::as_select())
        .first(connection)
        .optional()?
        .map(from_row)
        .transpose()
}

/// Saves a finding's plan as a person wrote it, recording what changed.
pub fn save(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    plan: &Plan,
) -> Result<Plan, ModelError> {
    save_as(connection, scope, finding_id, plan, Source::Person)
}

/// Who last wrote a finding's plan, if it has one.
pub fn source(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
) -> Result<Option<Source>, ModelError> {
    let organisation_id = scope.organisation_id();
    let stored: Option<String> = corrective_action_plans::table
        .filter(corrective_action_plans::organisation_id.eq(organisation_id))
        .filter(corrective_action_plans::finding_id.eq(finding_id))
        .select(corrective_action_plans::source)
        .first(connection)
        .optional()?;
    Ok(stored.map(|s| {
        if s == "import" {
            Source::Import
        } else {
            Source::Person
        }
    }))
}

/// Saves a plan as `source` wrote it.
pub(crate) fn save_as(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    plan: &Plan,
    source: Source,
) -> Result<Plan, ModelError> {
    let organisation_id = scope.organisation_id();
    plan.check()?;
    let before = get(connection, scope, finding_id)?;
    let mut row = to_row(organisation_id, finding_id, plan);
    row.source = source.as_str().to_owned();
    let saved = from_row(row.clone())?;
    if before.as_ref() == Some(&saved) {
        if source == Source::Person {
            // A person saving the import's draft unchanged makes it theirs.
            diesel::update(corrective_action_plans::table.find(finding_id))
                .set(corrective_action_plans::source.eq(source.as_str()))
                .execute(connection)?;
        }
        return Ok(saved);
    }
    if before.is_some() {
        diesel::update(corrective_action_plans::table.find(finding_id))
            .set(&row)
            .execute(connection)?;
    } else {
        diesel::insert_into(corrective_action_plans::table)
            .values(&row)
            .execute(connection)?;
    }
    let changes = history::diff(before.as_ref().map(values), values(&saved));
    history::record(
        connection,
        scope,
        Entity::Finding,
        finding_id,
        match source {
            Source::Person => "plan saved",
            Source::Import => "plan drafted from the register",
        },
        &changes,
        None,
    )?;
    Ok(saved)
}

/// The plans of an audit's findings, by finding id, in one query.
pub fn for_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
) -> Result<std::collections::HashMap<String, Plan>, ModelError> {
    let organisation_id = scope.organisation_id();
    use crate::schema::findings;
    by_finding(
        corrective_action_plans::table
            .inner_join(findings::table)
            .filter(corrective_action_plans::organisation_id.eq(organisation_id))
            .filter(findings::audit_id.eq(audit_id))
            .select(PlanRow::as_select())
            .load(connection)?,
    )
}
