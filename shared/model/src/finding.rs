//! Findings: the nonconformities and observations an audit report lists.

use crate::scope::Scope;
use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::catalog::{Catalog, OtherReference};
use crate::db::{DbConnection, backend};
use crate::error::{FieldError, ModelError};
use crate::history::{self, Change, Entity};
use crate::id::{AuditId, FindingId, new_id, now};
use crate::page::{Page, PageRequest};
use crate::schema::{finding_counts, finding_requirements, findings, users};
use crate::user::{self, Email};

/// How serious a finding is, as the certification body graded it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// The management system cannot achieve its intended results; blocks certification.
    Major,
    /// An isolated lapse; needs an accepted corrective action plan.
    Minor,
    /// Opportunity for improvement; no formal response required.
    Ofi,
    /// An observation (or "area of concern"); tracked, no formal response required.
    Observation,
}

impl Grade {
    /// Every grade, most serious first.
    pub const ALL: [Grade; 4] = [Grade::Major, Grade::Minor, Grade::Ofi, Grade::Observation];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Major => "major",
            Grade::Minor => "minor",
            Grade::Ofi => "ofi",
            Grade::Observation => "observation",
        }
    }

    /// Whether the grade is a nonconformity, which needs a corrective action plan.
    pub fn is_nonconformity(self) -> bool {
        matches!(self, Grade::Major | Grade::Minor)
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Grade {
    type Err = String;
    /// Accepts the API names only; the synonyms found in auditors' spreadsheets ("Cat 1",
    /// "NCMaj") are the importers' business.
    fn from_str(s: &str) -> Result<Grade, String> {
        Grade::ALL
            .into_iter()
            .find(|grade| grade.as_str() == s.trim().to_lowercase())
            .ok_or_else(|| {
                format!("unknown grade `{s}`; expected major, minor, ofi or observation")
            })
    }
}

/// Where a finding is in its follow-up. New findings are `open`; the remediation lifecycle
/// moves them on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// Reported; nothing done yet.
    Open,
    /// A corrective action plan is being written.
    PlanDrafted,
    /// The plan was sent for acceptance.
    PlanSubmitted,
    /// The plan was accepted.
    PlanAccepted,
    /// Corrective actions are under way.
    InProgress,
    /// Evidence of correction was submitted.
    EvidenceSubmitted,
    /// An internal auditor verified the correction.
    Verified,
    /// The certification body accepted the response.
    Closed,
}

impl FindingStatus {
    /// Every status, in lifecycle order.
    pub const ALL: [FindingStatus; 8] = [
        FindingStatus::Open,
        FindingStatus::PlanDrafted,
        FindingStatus::PlanSubmitted,
        FindingStatus::PlanAccepted,
        FindingStatus::InProgress,
        FindingStatus::EvidenceSubmitted,
        FindingStatus::Verified,
        FindingStatus::Closed,
    ];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingStatus::Open => "open",
            FindingStatus::PlanDrafted => "plan_drafted",
            FindingStatus::PlanSubmitted => "plan_submitted",
            FindingStatus::PlanAccepted => "plan_accepted",
            FindingStatus::InProgress => "in_progress",
            FindingStatus::EvidenceSubmitted => "evidence_submitted",
            FindingStatus::Verified => "verified",
            FindingStatus::Closed => "closed",
        }
    }
}

impl FromStr for FindingStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<FindingStatus, String> {
        FindingStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == s.trim().to_lowercase())
            .ok_or_else(|| {
                format!(
                    "unknown status `{s}`; expected one of {}",
                    FindingStatus::ALL.map(FindingStatus::as_str).join(", ")
                )
            })
    }
}

/// A finding's row. Public so bulk loaders can build rows for
/// [`crate::db::backend::insert_findings_batch`].
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = findings, treat_none_as_default_value = false)]
pub struct FindingRow {
    /// Identifier.
    pub id: String,
    /// Tenant.
    pub organisation_id: String,
    /// The audit that raised it.
    pub audit_id: String,
    /// The report's reference (`NC-03`).
    pub reference: String,
    /// Stored grade name.
    pub grade: String,
    /// JSON array of catalog identifiers.
    pub requirements: String,
    /// The nonconformity statement.
    pub statement: String,
    /// Objective evidence the auditor cited.
    pub objective_evidence: Option<String>,
    /// The day it was raised.
    pub raised_on: Option<NaiveDate>,
    /// Stored status name.
    pub status: String,
    /// The owner's user id.
    pub owner_id: Option<String>,
    /// JSON array of warnings from reading the input.
    pub warnings: String,
    /// Creation time (UTC).
    pub created_at: NaiveDateTime,
    /// Last change (UTC).
    pub updated_at: NaiveDateTime,
    /// A short title, when the report gives one.
    pub title: Option<String>,
    /// JSON array of other frameworks' references cited.
    pub other_references: String,
    /// JSON array of owners named who match no user yet.
    pub pending_owners: String,
    /// The deadline that matters now (see [`crate::deadline::Current`]): its kind.
    pub current_kind: Option<String>,
    /// ... and its date.
    pub current_due: Option<NaiveDate>,
    /// The plan's deadline, whatever the status (see [`crate::deadline::Dates`]).
    pub plan_due: Option<NaiveDate>,
    /// The evidence deadline, whatever the status.
    pub evidence_due: Option<NaiveDate>,
    /// The closure deadline, whatever the status.
    pub closure_due: Option<NaiveDate>,
}

impl FindingRow {
    /// The row of a finding built in memory (imports build the finding first, for its
    /// history).
    fn of(finding: &Finding, organisation_id: &str, owner_id: Option<String>) -> FindingRow {
        FindingRow {
            id: finding.id.to_string(),
            organisation_id: organisation_id.to_owned(),
            audit_id: finding.audit_id.to_string(),
            reference: finding.reference.clone(),
            grade: finding.grade.as_str().to_owned(),
            requirements: to_json(&finding.requirements),
            statement: finding.statement.clone(),
            objective_evidence: finding.objective_evidence.clone(),
            raised_on: finding.raised_on,
            status: finding.status.as_str().to_owned(),
            owner_id,
            warnings: to_json(&finding.warnings),
            created_at: finding.created_at,
            updated_at: finding.updated_at,
            title: finding.title.clone(),
            other_references: serde_json::to_string(&finding.other_references)
                .unwrap_or_else(|_| "[]".to_owned()),
            pending_owners: to_json(&finding.pending_owners),
            current_kind: None,
            current_due: None,
            plan_due: None,
            evidence_due: None,
            closure_due: None,
        }
    }

    /// A new finding's row (open, or `plan_drafted` when an import brings its draft plan).
    fn new(
        organisation_id: &str,
        audit_id: &str,
        fields: FindingFields,
        owner_id: Option<String>,
        status: FindingStatus,
        at: NaiveDateTime,
    ) -> FindingRow {
        FindingRow {
            id: new_id(),
            organisation_id: organisation_id.to_owned(),
            audit_id: audit_id.to_owned(),
            reference: fields.reference,
            grade: fields.grade.as_str().to_owned(),
            requirements: to_json(&fields.requirements),
            statement: fields.statement,
            objective_evidence: fields.objective_evidence,
            raised_on: fields.raised_on,
            status: status.as_str().to_owned(),
            owner_id,
            warnings: to_json(&fields.warnings),
            created_at: at,
            updated_at: at,
            title: fields.title,
            other_references: serde_json::to_string(&fields.other_references)
                .unwrap_or_else(|_| "[]".to_owned()),
            pending_owners: to_json(&fields.pending_owners),
            current_kind: None,
            current_due: None,
            plan_due: None,
            evidence_due: None,
            closure_due: None,
        }
    }
}

/// A finding as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Finding {
    /// Identifier (empty in a preview, of a finding not created yet).
    pub id: FindingId,
    /// The audit that raised it.
    pub audit_id: AuditId,
    /// The report's reference, e.g. `NC-03`.
    pub reference: String,
    /// A short title, when the report gives one.
    pub title: Option<String>,
    /// Grade.
    pub grade: Grade,
    /// The requirements it cites, normalised: `A.8.8` for controls, `9.2` for clauses.
    pub requirements: Vec<String>,
    /// Other frameworks' references it cites (`CC6.1`, `PCI DSS 8.3.1`), as written.
    pub other_references: Vec<OtherReference>,
    /// The nonconformity statement.
    pub statement: String,
    /// Objective evidence the auditor cited.
    pub objective_evidence: Option<String>,
    /// The day it was raised.
    pub raised_on: Option<NaiveDate>,
    /// Where it is in its follow-up.
    pub status: FindingStatus,
    /// The owner's email, or null.
    pub owner: Option<String>,
    /// Owners the report names who match no user yet (`Head of IT Operations`): shown,
    /// searchable, and assignable later.
    pub pending_owners: Vec<String>,
    /// What the reader should know about how the input was read (2013 numbers mapped...).
    pub warnings: Vec<String>,
    /// Creation time (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
    /// Last change (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: NaiveDateTime,
}

impl Finding {
    fn from_row(row: FindingRow, owner: Option<String>) -> Result<Finding, ModelError> {
        let corrupt =
            |what: &str, e: String| ModelError::Corrupt(format!("finding {} {what}: {e}", row.id));
        Ok(Finding {
            grade: row.grade.parse().map_err(|e| corrupt("grade", e))?,
            status: row.status.parse().map_err(|e| corrupt("status", e))?,
            requirements: serde_json::from_str(&row.requirements)
                .map_err(|e| corrupt("requirements", e.to_string()))?,
            warnings: serde_json::from_str(&row.warnings)
                .map_err(|e| corrupt("warnings", e.to_string()))?,
            other_references: serde_json::from_str(&row.other_references)
                .map_err(|e| corrupt("other references", e.to_string()))?,
            pending_owners: serde_json::from_str(&row.pending_owners)
                .map_err(|e| corrupt("pending owners", e.to_string()))?,
            title: row.title,
            id: FindingId::stored(row.id),
            audit_id: AuditId::stored(row.audit_id),
            reference: row.reference,
            statement: row.statement,
            objective_evidence: row.objective_evidence,
            raised_on: row.raised_on,
            owner,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

/// A finding's fields as a client sent them, before checking.
#[derive(Debug, Clone, Default)]
pub struct FindingInput {
    /// Reference.
    pub reference: String,
    /// Grade, as text.
    pub grade: String,
    /// Requirements as a person wrote them.
    pub requirements: Vec<String>,
    /// Statement.
    pub statement: String,
    /// Objective evidence.
    pub objective_evidence: Option<String>,
    /// Day raised.
    pub raised_on: Option<NaiveDate>,
    /// Owner's email.
    pub owner: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Other frameworks' references, already read (imports keep those a cell cites).
    pub other_references: Vec<OtherReference>,
    /// Owners named who match no user.
    pub pending_owners: Vec<String>,
    /// The requirements already read by the catalog (an import reads each distinct cell
    /// once); `requirements` is then not read again.
    pub read: Option<crate::catalog::Normalised>,
}

/// A finding's fields, checked and normalised: construct with [`FindingFields::parse`].
#[derive(Debug, Clone, PartialEq)]
pub struct FindingFields {
    reference: String,
    grade: Grade,
    requirements: Vec<String>,
    statement: String,
    objective_evidence: Option<String>,
    raised_on: Option<NaiveDate>,
    owner: Option<Email>,
    warnings: Vec<String>,
    title: Option<String>,
    other_references: Vec<OtherReference>,
    pending_owners: Vec<String>,
}

/// The longest title, in characters.
pub const MAX_TITLE: usize = 300;

/// The longest statement or evidence text accepted, in characters.
pub const MAX_TEXT: usize = 20_000;

fn check_reference(reference: &str) -> Result<String, String> {
    let reference = reference.trim();
    if reference.is_empty() || reference.chars().count() > 64 {
        return Err("a reference such as NC-03 is needed (at most 64 characters)".to_owned());
    }
    if reference.chars().any(char::is_control) {
        return Err("must not contain control characters".to_owned());
    }
    Ok(reference.to_owned())
}

impl FindingFields {
    /// Checks every field against the catalog and reports all problems at once.
    pub fn parse(input: FindingInput, catalog: &Catalog) -> Result<FindingFields, ModelError> {
        let mut errors = Vec::new();
        let reference = check_reference(&input.reference)
            .map_err(|e| errors.push(FieldError::new("reference", e)))
            .ok();
        let grade = input
            .grade
            .parse::<Grade>()
            .map_err(|e| errors.push(FieldError::new("grade", e)))
            .ok();
        let normalised = match input.read {
            Some(read) => Some(read),
            None => catalog
                .normalise("requirements", &input.requirements)
                .map_err(|e| errors.extend(e))
                .ok(),
        };
        let statement = input.statement.trim().to_owned();
        if statement.is_empty() {
            errors.push(FieldError::new("statement", "a finding needs a statement"));
        } else if statement.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                "statement",
                format!("at most {MAX_TEXT} characters"),
            ));
        }
        let objective_evidence = input
            .objective_evidence
            .map(|e| e.trim().to_owned())
            .filter(|e| !e.is_empty());
        if objective_evidence
            .as_ref()
            .is_some_and(|e| e.chars().count() > MAX_TEXT)
        {
            errors.push(FieldError::new(
                "objective_evidence",
                format!("at most {MAX_TEXT} characters"),
            ));
        }
        let owner = input
            .owner
            .filter(|o| !o.trim().is_empty())
            .map(|o| Email::parse(&o))
            .transpose()
            .map_err(|e| errors.push(FieldError::new("owner", e)))
            .ok()
            .flatten();
        let title = input
            .title
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty());
        if title
            .as_ref()
            .is_some_and(|t| t.chars().count() > MAX_TITLE)
        {
            errors.push(FieldError::new(
                "title",
                format!("at most {MAX_TITLE} characters"),
            ));
        }
        let mut pending_owners: Vec<String> = Vec::new();
        for name in input.pending_owners {
            let name = name.trim().to_owned();
            if !name.is_empty() && name.chars().count() <= 200 && !pending_owners.contains(&name) {
                pending_owners.push(name);
            }
        }
        match (reference, grade, normalised, errors.is_empty()) {
            (Some(reference), Some(grade), Some(normalised), true) => Ok(FindingFields {
                reference,
                grade,
                requirements: normalised.requirements,
                statement,
                objective_evidence,
                raised_on: input.raised_on,
                owner,
                warnings: normalised.warnings,
                title,
                other_references: input.other_references,
                pending_owners,
            }),
            _ => Err(ModelError::Invalid(errors)),
        }
    }

    /// The fields of a stored finding, as input to apply a patch to.
    pub fn to_input(finding: &Finding) -> FindingInput {
        FindingInput {
            reference: finding.reference.clone(),
            grade: finding.grade.as_str().to_owned(),
            requirements: finding
                .requirements
                .iter()
                .map(|id| Catalog::spelled(id))
                .collect(),
            statement: finding.statement.clone(),
            objective_evidence: finding.objective_evidence.clone(),
            raised_on: finding.raised_on,
            owner: finding.owner.clone(),
            title: finding.title.clone(),
            other_references: finding.other_references.clone(),
            pending_owners: finding.pending_owners.clone(),
            read: None,
        }
    }

    /// The warnings produced while reading the input.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Adds a warning found outside [`FindingFields::parse`] (by an importer, say).
    pub fn add_warning(&mut self, warning: String) {
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// The reference.
    pub fn reference(&self) -> &str {
        &self.reference
    }

    /// The owner's email, if any.
    pub fn owner(&self) -> Option<&Email> {
        self.owner.as_ref()
    }

    /// The requirements cited, as catalog ids.
    pub fn requirements(&self) -> &[String] {
        &self.requirements
    }

    /// The statement.
    pub fn statement(&self) -> &str {
        &self.statement
    }

    /// The objective evidence.
    pub fn objective_evidence(&self) -> Option<&str> {
        self.objective_evidence.as_deref()
    }

    /// The other frameworks' references cited.
    pub fn other_references(&self) -> &[OtherReference] {
        &self.other_references
    }

    /// Links each other framework's reference to the loaded framework that has it (`link`
    /// answers its id), or unlinks it.
    pub fn link_other_references(&mut self, link: impl Fn(&OtherReference) -> Option<String>) {
        for other in &mut self.other_references {
            other.linked_to = link(other);
        }
    }

    /// Whether a stored finding already says exactly this (warnings aside).
    pub fn same_content(&self, finding: &Finding) -> bool {
        self.reference == finding.reference
            && self.grade == finding.grade
            && self.requirements == finding.requirements
            && self.statement == finding.statement
            && self.objective_evidence == finding.objective_evidence
            && self.raised_on == finding.raised_on
            && self.owner.as_ref().map(|e| e.as_str()) == finding.owner.as_deref()
            && self.title == finding.title
            && self.other_references == finding.other_references
            && self.pending_owners == finding.pending_owners
    }

    /// How the finding would look once created (for previews): no id or times yet.
    pub fn preview(&self, audit_id: &AuditId) -> Finding {
        Finding {
            id: FindingId::stored(String::new()),
            audit_id: audit_id.clone(),
            reference: self.reference.clone(),
            title: self.title.clone(),
            grade: self.grade,
            requirements: self.requirements.clone(),
            other_references: self.other_references.clone(),
            statement: self.statement.clone(),
            objective_evidence: self.objective_evidence.clone(),
            raised_on: self.raised_on,
            status: FindingStatus::Open,
            owner: self.owner.as_ref().map(|e| e.as_str().to_owned()),
            pending_owners: self.pending_owners.clone(),
            warnings: self.warnings.clone(),
            created_at: NaiveDateTime::default(),
            updated_at: NaiveDateTime::default(),
        }
    }
}

/// A finding an import creates, with the draft plan its register gave, if any.
#[derive(Debug, Clone)]
pub struct NewFinding {
    /// Its fields.
    pub fields: FindingFields,
    /// The register's plan columns as a draft plan, and its tasks.
    pub draft: Option<crate::plan::Draft>,
}

/// Creates many findings in one audit at once, with their history, counts, requirement
/// index, deadlines, assignment events, and the draft plans and tasks of those that bring one
/// (which start as `plan_drafted`): the bulk path of imports. References must be new to the
/// audit and distinct (the unique index refuses duplicates, failing the whole transaction);
/// owners must be users of the organisation.
///
/// Each finding's history starts with a `create` entry giving `reason` (where the findings
/// came from: "imported from NC report.xlsx") and what identifies and grades the finding (see
/// [`created_summary`]), not its long texts: those are in the finding and its plan, the file
/// they came from is kept with its import, and every later change records what they were
/// before. Repeating them (1.6 KB a finding) was 40% of a large import's bytes.
///
/// Rows are built on a second thread while this one writes the previous chunk: building them
/// (JSON, history, deadlines) costs about as much CPU as the database's inserts, and the two
/// overlap on a machine with more than one core.
pub fn create_many(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    reason: &str,
    new: impl IntoIterator<Item = NewFinding, IntoIter: Send>,
) -> Result<usize, ModelError> {
    // Loading the deadline context also checks that the audit is the organisation's.
    let context = crate::deadline::Context::load(connection, scope, audit_id)?;
    let owners = user::ids_by_email(connection, scope)?;
    let at = now();
    let mut new = new.into_iter().peekable();
    backend::bulk_cache(connection, true)?;
    let written = std::thread::scope(|threads| {
        // One chunk waits while the next is built: three chunks of rows in memory at most
        // (one written, one waiting, one being built), never the register's.
        let (built, chunks) = std::sync::mpsc::sync_channel(1);
        let builder = Builder {
            scope,
            audit_id,
            context: &context,
            owners: &owners,
            at,
            reason,
        };
        threads.spawn(move || {
            while new.peek().is_some() {
                let chunk = builder.build(new.by_ref().take(CREATE_CHUNK));
                let failed = chunk.is_err();
                // The writer stops at its first error and drops the receiver: nothing to do.
                if built.send(chunk).is_err() || failed {
                    break;
                }
            }
        });
        let mut inserted = 0;
        let mut spent = WriteTimes::default();
        for chunk in chunks {
            inserted += chunk?.write(connection, scope, &mut spent)?;
        }
        spent.log(inserted);
        Ok::<_, ModelError>(inserted)
    });
    backend::bulk_cache(connection, false)?;
    written
}

/// Findings written per round by [`create_many`].
const CREATE_CHUNK: usize = 5_000;

/// What every row of a [`create_many`] shares.
struct Builder<'a> {
    scope: &'a Scope,
    audit_id: &'a AuditId,
    context: &'a crate::deadline::Context,
    owners: &'a std::collections::HashMap<String, String>,
    at: NaiveDateTime,
    reason: &'a str,
}

/// The rows of a chunk of new findings, ready to insert.
struct BuiltChunk {
    rows: Vec<FindingRow>,
    links: Vec<RequirementLink>,
    deadlines: Vec<crate::deadline::NewDeadline>,
    plans: Vec<crate::plan::PlanRow>,
    tasks: Vec<crate::task::TaskRow>,
    events: Vec<crate::outbox::Event>,
    history: Vec<crate::history::HistoryRow>,
}

impl Builder<'_> {
    /// The id of the user an owner's email names; an email no user has is an `owner` error,
    /// as in [`user::owner_id`].
    fn owner_id(&self, email: &crate::user::Email) -> Result<String, ModelError> {
        self.owners
            .get(email.as_str())
            .cloned()
            .ok_or_else(|| user::no_such_owner(email))
    }

    fn build(&self, new: impl Iterator<Item = NewFinding>) -> Result<BuiltChunk, ModelError> {
        let organisation_id = self.scope.organisation_id();
        let (low, _) = new.size_hint();
        let mut chunk = BuiltChunk {
            rows: Vec::with_capacity(low),
            links: Vec::with_capacity(low * 2),
            deadlines: Vec::with_capacity(low * 3),
            plans: Vec::new(),
            tasks: Vec::new(),
            events: Vec::new(),
            history: Vec::with_capacity(low),
        };
        for NewFinding { fields, draft } in new {
            let owner_id = fields
                .owner
                .as_ref()
                .map(|e| self.owner_id(e))
                .transpose()?;
            let owner = fields.owner.as_ref().map(|e| e.as_str().to_owned());
            let status = if draft.is_some() {
                FindingStatus::PlanDrafted
            } else {
                FindingStatus::Open
            };
            let finding = Finding {
                id: FindingId::generate(),
                audit_id: self.audit_id.clone(),
                reference: fields.reference,
                title: fields.title,
                grade: fields.grade,
                requirements: fields.requirements,
                other_references: fields.other_references,
                statement: fields.statement,
                objective_evidence: fields.objective_evidence,
                raised_on: fields.raised_on,
                status,
                owner: owner.clone(),
                pending_owners: fields.pending_owners,
                warnings: fields.warnings,
                created_at: self.at,
                updated_at: self.at,
            };
            let mut row = FindingRow::of(&finding, organisation_id, owner_id);
            chunk.links.extend(
                finding
                    .requirements
                    .iter()
                    .map(|requirement_id| RequirementLink {
                        finding_id: row.id.clone(),
                        requirement_id: requirement_id.clone(),
                        organisation_id: organisation_id.to_owned(),
                    }),
            );
            chunk.deadlines.extend(crate::deadline::initial(
                self.context,
                &mut row,
                finding.grade,
                status,
            ));
            if let Some(owner) = &owner {
                chunk.events.push(crate::outbox::Event::new(
                    self.scope,
                    &crate::outbox::Message::FindingAssigned {
                        finding_id: row.id.clone(),
                        owner: owner.to_string(),
                    },
                ));
            }
            if let Some(draft) = draft {
                draft.plan.check()?;
                chunk.plans.push(crate::plan::imported_row(
                    organisation_id,
                    &row.id,
                    &draft.plan,
                ));
                for task in &draft.tasks {
                    let owner_id = task.owner.as_ref().map(|e| self.owner_id(e)).transpose()?;
                    let task_row = crate::task::TaskRow::new(
                        organisation_id,
                        &row.id,
                        task,
                        owner_id,
                        self.at,
                    )?;
                    if let Some(owner) = &task.owner {
                        chunk.events.push(crate::outbox::Event::new(
                            self.scope,
                            &crate::outbox::Message::TaskAssigned {
                                task_id: task_row.id.clone(),
                                finding_id: row.id.clone(),
                                owner: owner.as_str().to_owned(),
                            },
                        ));
                    }
                    chunk.tasks.push(task_row);
                }
            }
            chunk.history.push(crate::history::HistoryRow::new(
                organisation_id,
                self.scope.actor(),
                (Entity::Finding, &row.id),
                "create",
                &created_summary(&finding),
                Some(self.reason),
            )?);
            chunk.rows.push(row);
        }
        Ok(chunk)
    }
}

impl BuiltChunk {
    fn write(
        self,
        connection: &mut DbConnection,
        scope: &Scope,
        spent: &mut WriteTimes,
    ) -> Result<usize, ModelError> {
        let mut clock = std::time::Instant::now();
        let mut lap = |slot: &mut std::time::Duration| {
            let now = std::time::Instant::now();
            *slot += now - clock;
            clock = now;
        };
        let inserted =
            insert_indexed(connection, scope.organisation_id(), &self.rows, &self.links)?;
        lap(&mut spent.findings);
        backend::insert_deadlines(connection, &self.deadlines)?;
        lap(&mut spent.deadlines);
        backend::insert_plans(connection, &self.plans)?;
        backend::insert_tasks(connection, &self.tasks)?;
        lap(&mut spent.plans);
        backend::insert_events(connection, &self.events)?;
        backend::insert_history(connection, &self.history)?;
        lap(&mut spent.events_and_history);
        spent.rows += self.rows.len()
            + self.links.len()
            + self.deadlines.len()
            + self.plans.len()
            + self.tasks.len()
            + self.events.len()
            + self.history.len();
        Ok(inserted)
    }
}

/// Where a bulk creation's writing time went, logged once at its end (at `info`, once per
/// import, like the import's own phases): the write phase is most of a large import, and which
/// tables cost what decides what to make faster.
#[derive(Default)]
struct WriteTimes {
    /// Rows written, in all tables.
    rows: usize,
    findings: std::time::Duration,
    deadlines: std::time::Duration,
    plans: std::time::Duration,
    events_and_history: std::time::Duration,
}

impl WriteTimes {
    fn log(&self, findings: usize) {
        tracing::info!(
            findings,
            rows = self.rows,
            findings_and_links_ms = self.findings.as_millis() as u64,
            deadlines_ms = self.deadlines.as_millis() as u64,
            plans_and_tasks_ms = self.plans.as_millis() as u64,
            events_and_history_ms = self.events_and_history.as_millis() as u64,
            "findings written in bulk"
        );
    }
}

fn reference_taken(
    connection: &mut DbConnection,
    audit_id: &str,
    reference: &str,
    except_id: Option<&str>,
) -> Result<bool, ModelError> {
    let mut query = findings::table
        .filter(findings::audit_id.eq(audit_id))
        .filter(findings::reference.eq(reference))
        .select(findings::id)
        .into_boxed();
    if let Some(id) = except_id {
        query = query.filter(findings::id.ne(id.to_owned()));
    }
    Ok(query.first::<String>(connection).optional()?.is_some())
}

fn link_requirements(
    connection: &mut DbConnection,
    organisation_id: &str,
    finding_id: &str,
    requirements: &[String],
) -> Result<(), ModelError> {
    diesel::delete(
        finding_requirements::table.filter(finding_requirements::finding_id.eq(finding_id)),
    )
    .execute(connection)?;
    for requirement in requirements {
        diesel::insert_into(finding_requirements::table)
            .values((
                finding_requirements::finding_id.eq(finding_id),
                finding_requirements::requirement_id.eq(requirement),
                finding_requirements::organisation_id.eq(organisation_id),
            ))
            .execute(connection)?;
    }
    Ok(())
}

/// A row of `finding_requirements`.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = finding_requirements, treat_none_as_default_value = false)]
pub(crate) struct RequirementLink {
    finding_id: String,
    requirement_id: String,
    organisation_id: String,
}

/// Inserts many new findings at once (imports, benchmarks), keeping the per-audit counts and
/// the requirement index right. The rows must be new, belong to `organisation_id`, and hold
/// requirements already normalised against the catalog.
pub fn insert_batch(
    connection: &mut DbConnection,
    scope: &Scope,
    rows: &[FindingRow],
) -> Result<usize, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut links = Vec::new();
    for row in rows {
        if row.organisation_id != organisation_id {
            return Err(ModelError::Corrupt(format!(
                "finding {} belongs to another organisation",
                row.id
            )));
        }
        let requirements: Vec<String> = serde_json::from_str(&row.requirements)
            .map_err(|e| ModelError::Corrupt(format!("finding {} requirements: {e}", row.id)))?;
        links.extend(
            requirements
                .into_iter()
                .map(|requirement_id| RequirementLink {
                    finding_id: row.id.clone(),
                    requirement_id,
                    organisation_id: organisation_id.to_owned(),
                }),
        );
    }
    insert_indexed(connection, organisation_id, rows, &links)
}

/// Inserts new finding rows with their requirement links, and counts them in their audits'
/// counts by grade and status.
fn insert_indexed(
    connection: &mut DbConnection,
    organisation_id: &str,
    rows: &[FindingRow],
    links: &[RequirementLink],
) -> Result<usize, ModelError> {
    let mut counts: std::collections::BTreeMap<(&str, &str, &str), i64> = Default::default();
    for row in rows {
        *counts
            .entry((
                row.audit_id.as_str(),
                row.grade.as_str(),
                row.status.as_str(),
            ))
            .or_default() += 1;
    }
    let inserted = backend::insert_findings(connection, rows)?;
    backend::insert_requirement_links(connection, links)?;
    for ((audit_id, grade, status), n) in counts {
        backend::add_to_finding_count(connection, organisation_id, audit_id, grade, status, n)?;
    }
    Ok(inserted)
}

fn to_json(values: &[String]) -> String {
    serde_json::Value::from(values.to_vec()).to_string()
}

/// Adds a finding to an audit of the organisation.
pub fn create(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    fields: FindingFields,
) -> Result<Finding, ModelError> {
    let organisation_id = scope.organisation_id();
    // Loading the deadline context also checks that the audit is the organisation's.
    let context = crate::deadline::Context::load(connection, scope, audit_id)?;
    if reference_taken(connection, audit_id, &fields.reference, None)? {
        return Err(ModelError::Conflict(format!(
            "this audit already has a finding {}",
            fields.reference
        )));
    }
    let owner_id = user::owner_id(connection, scope, fields.owner.as_ref())?;
    let at = now();
    let requirements = fields.requirements.clone();
    let grade = fields.grade;
    let owner = fields.owner.as_ref().map(|e| e.as_str().to_owned());
    let mut row = FindingRow::new(
        organisation_id,
        audit_id,
        fields,
        owner_id,
        FindingStatus::Open,
        at,
    );
    let deadlines = crate::deadline::initial(&context, &mut row, grade, FindingStatus::Open);
    diesel::insert_into(findings::table)
        .values(&row)
        .execute(connection)?;
    link_requirements(connection, organisation_id, &row.id, &requirements)?;
    backend::add_to_finding_count(
        connection,
        organisation_id,
        audit_id,
        &row.grade,
        &row.status,
        1,
    )?;
    backend::insert_deadlines(connection, &deadlines)?;
    let finding = Finding::from_row(row, owner)?;
    if let Some(owner) = &finding.owner {
        crate::outbox::publish(
            connection,
            scope,
            &crate::outbox::Message::FindingAssigned {
                finding_id: finding.id.to_string(),
                owner: owner.to_string(),
            },
        )?;
    }
    history::record(
        connection,
        scope,
        Entity::Finding,
        &finding.id,
        "create",
        &changes(None, &finding),
        None,
    )?;
    Ok(finding)
}

fn changes(before: Option<&Finding>, after: &Finding) -> Vec<Change> {
    let values = |f: &Finding| {
        [
            ("reference", json!(f.reference)),
            ("title", json!(f.title)),
            ("grade", json!(f.grade)),
            ("requirements", json!(f.requirements)),
            ("other_references", json!(f.other_references)),
            ("statement", json!(f.statement)),
            ("objective_evidence", json!(f.objective_evidence)),
            ("raised_on", json!(f.raised_on)),
            ("status", json!(f.status)),
            ("owner", json!(f.owner)),
            ("pending_owners", json!(f.pending_owners)),
        ]
    };
    crate::history::diff(before.map(values), values(after))
}

/// What the `create` entry of a finding created in bulk records: the fields that identify,
/// grade and assign it, without its long texts (see [`create_many`]).
fn created_summary(f: &Finding) -> Vec<Change> {
    crate::history::diff(
        None,
        [
            ("reference", json!(f.reference)),
            ("title", json!(f.title)),
            ("grade", json!(f.grade)),
            ("requirements", json!(f.requirements)),
            ("raised_on", json!(f.raised_on)),
            ("status", json!(f.status)),
            ("owner", json!(f.owner)),
            ("pending_owners", json!(f.pending_owners)),
        ],
    )
}

/// Reads one finding of the organisation.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &FindingId,
) -> Result<Finding, ModelError> {
    let organisation_id = scope.organisation_id();
    let (row, owner) = findings::table
        .left_join(users::table)
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::id.eq(id))
        .select((FindingRow::as_select(), users::email.nullable()))
        .first::<(FindingRow, Option<String>)>(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("finding", id.as_str()))?;
    Finding::from_row(row, owner)
}

/// Which findings of an audit to list.
#[derive(Debug, Clone, Default)]
pub struct FindingFilter {
    /// Only this grade.
    pub grade: Option<Grade>,
    /// Only this status.
    pub status: Option<FindingStatus>,
    /// Only this reference (exact).
    pub reference: Option<String>,
    /// Only findings citing this catalog requirement.
    pub requirement: Option<String>,
    /// Only findings owned by this user id.
    pub owner_id: Option<String>,
    /// Only findings naming a pending owner that contains this text (any case).
    pub pending_owner: Option<String>,
    /// Only findings whose current deadline fell before this day (overdue on it).
    pub overdue_on: Option<NaiveDate>,
}

/// What an audit's findings list is ordered by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FindingOrder {
    /// The order they were added (the only order keyset paging with `after` follows).
    #[default]
    Added,
    /// Their reference, shorter first, so NC-2 comes before NC-10.
    Reference,
    /// Majors first, then minors, OFIs, observations.
    Grade,
    /// Along the lifecycle, open first.
    Status,
    /// The deadline that matters now, soonest first; findings with none (closed) last.
    Due,
}

/// An order and its direction, written `due` or `-due` (descending) in a URL.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FindingSort {
    /// By what.
    pub order: FindingOrder,
    /// Reversed.
    pub descending: bool,
}

impl FindingSort {
    /// The orders by their names in a URL.
    pub const NAMES: [(&'static str, FindingOrder); 5] = [
        ("added", FindingOrder::Added),
        ("reference", FindingOrder::Reference),
        ("grade", FindingOrder::Grade),
        ("status", FindingOrder::Status),
        ("due", FindingOrder::Due),
    ];

    /// The name of the order (without direction).
    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, o)| *o == self.order)
            .map_or("added", |(n, _)| n)
    }
}

impl FromStr for FindingSort {
    type Err = String;

    fn from_str(text: &str) -> Result<FindingSort, String> {
        let text = text.trim();
        let (descending, name) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        FindingSort::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, order)| FindingSort {
                order: *order,
                descending,
            })
            .ok_or_else(|| {
                format!(
                    "`{text}` is not an order; use one of {} (a leading `-` reverses it)",
                    FindingSort::NAMES.map(|(n, _)| n).join(", ")
                )
            })
    }
}

impl fmt::Display for FindingSort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.descending { "-" } else { "" };
        write!(f, "{sign}{}", self.name())
    }
}

diesel::define_sql_function! {
    /// SQL `lower`, on both backends.
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// `text` as a `LIKE` pattern that matches it anywhere, its wildcards escaped with `\`.
fn contains_pattern(text: &str) -> String {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// Applies a [`FindingFilter`] to a boxed query over `findings` (alone or joined).
macro_rules! filtered {
    ($query:expr, $organisation_id:expr, $audit_id:expr, $filter:expr) => {{
        let filter: &FindingFilter = $filter;
        let mut query = $query
            .filter(findings::organisation_id.eq($organisation_id.to_owned()))
            .filter(findings::audit_id.eq($audit_id.to_owned()))
            .into_boxed();
        if let Some(grade) = filter.grade {
            query = query.filter(findings::grade.eq(grade.as_str()));
        }
        if let Some(status) = filter.status {
            query = query.filter(findings::status.eq(status.as_str()));
        }
        if let Some(reference) = &filter.reference {
            query = query.filter(findings::reference.eq(reference.clone()));
        }
        if let Some(owner) = &filter.owner_id {
            query = query.filter(findings::owner_id.eq(owner.clone()));
        }
        if let Some(name) = &filter.pending_owner {
            query = query.filter(
                lower(findings::pending_owners)
                    .like(contains_pattern(name))
                    .escape('\\'),
            );
        }
        if let Some(day) = filter.overdue_on {
            query = query.filter(findings::current_due.lt(day));
        }
        if let Some(requirement) = &filter.requirement {
            query = query.filter(
                findings::id.eq_any(
                    finding_requirements::table
                        .filter(
                            finding_requirements::organisation_id.eq($organisation_id.to_owned()),
                        )
                        .filter(finding_requirements::requirement_id.eq(requirement.clone()))
                        .select(finding_requirements::finding_id),
                ),
            );
        }
        query
    }};
}

/// Lists an audit's findings in the order `sort` asks (the order they were added by default).
///
/// The total comes from the per-audit counts table when only grade and status filter the
/// list, so a page costs one index range scan plus a read of a few count rows, however large
/// the audit. The counts query has no optional parts, so PostgreSQL keeps it prepared.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    filter: &FindingFilter,
    sort: FindingSort,
    page: &PageRequest,
) -> Result<Page<Finding>, ModelError> {
    let organisation_id = scope.organisation_id();
    if sort != FindingSort::default() && page.after.is_some() {
        return Err(ModelError::Invalid(vec![FieldError::new(
            "after",
            "keyset paging follows the order findings were added, oldest first; with `sort`, page \
             with `offset`",
        )]));
    }
    let counts: Vec<(String, String, i64)> = finding_counts::table
        .filter(finding_counts::organisation_id.eq(organisation_id))
        .filter(finding_counts::audit_id.eq(audit_id))
        .select((
            finding_counts::grade,
            finding_counts::status,
            finding_counts::n,
        ))
        .load(connection)?;
    // Count rows exist only for an audit of this organisation; without any, check the audit.
    if counts.is_empty() {
        crate::audit::get(connection, scope, audit_id)?;
    }
    let counted_by_table = filter.reference.is_none()
        && filter.requirement.is_none()
        && filter.owner_id.is_none()
        && filter.pending_owner.is_none()
        && filter.overdue_on.is_none();
    let total = if counted_by_table {
        counts
            .iter()
            .filter(|(grade, status, _)| {
                filter.grade.is_none_or(|g| g.as_str() == grade)
                    && filter.status.is_none_or(|s| s.as_str() == status)
            })
            .map(|(_, _, n)| n)
            .sum()
    } else {
        filtered!(findings::table, organisation_id, audit_id, filter)
            .count()
            .get_result(connection)?
    };
    let mut query = filtered!(
        findings::table.left_join(users::table),
        organisation_id,
        audit_id,
        filter
    );
    let sorted = sort != FindingSort::default();
    // The page's ids in the order asked, when it is not the order findings were added.
    let mut sorted_ids: Option<Vec<String>> = None;
    if sorted {
        // Sort and skip the keys alone (offset paging, with the id as the tie-break so pages
        // never overlap), then read the page's rows by id: sorting whole rows, statements and
        // all, cost most of a deep page.
        use diesel::sql_types::Integer;
        macro_rules! then_by {
            ($query:expr, $key:expr) => {
                if sort.descending {
                    $query.then_order_by($key.desc())
                } else {
                    $query.then_order_by($key.asc())
                }
            };
        }
        let grades = rank("findings.grade", Grade::ALL.iter().map(|g| g.as_str()));
        let statuses = rank(
            "findings.status",
            FindingStatus::ALL.iter().map(|s| s.as_str()),
        );
        // Shorter first, so NC-2 comes before NC-10.
        let length = diesel::dsl::sql::<Integer>("length(findings.reference)");
        let keys = filtered!(findings::table, organisation_id, audit_id, filter);
        let keys = match sort.order {
            FindingOrder::Reference => then_by!(then_by!(keys, length), findings::reference),
            FindingOrder::Grade => then_by!(keys, grades),
            FindingOrder::Status => then_by!(keys, statuses),
            // Findings without a current deadline (closed) come last either way.
            FindingOrder::Due => then_by!(
                keys.then_order_by(findings::current_due.is_null().asc()),
                findings::current_due
            ),
            FindingOrder::Added => keys,
        };
        let ids: Vec<String> = then_by!(keys, findings::id)
            .offset(page.offset)
            .limit(page.limit)
            .select(findings::id)
            .load(connection)?;
        query = query.filter(findings::id.eq_any(ids.clone()));
        sorted_ids = Some(ids);
    } else {
        if let Some(after) = &page.after {
            query = query.filter(findings::id.gt(after.clone()));
        }
        if page.offset > 0 {
            // Skip on the index alone (ids only), then read the page from there: the skipped
            // rows are never fetched or joined.
            let mut skip = filtered!(findings::table, organisation_id, audit_id, filter);
            if let Some(after) = &page.after {
                skip = skip.filter(findings::id.gt(after.clone()));
            }
            let first: Option<String> = skip
                .order(findings::id)
                .offset(page.offset)
                .select(findings::id)
                .first(connection)
                .optional()?;
            match first {
                Some(first) => query = query.filter(findings::id.ge(first)),
                None => {
                    return Ok(Page::new(Vec::new(), total, page, |f: &Finding| {
                        f.id.to_string()
                    }));
                }
            }
        }
        query = query.order(findings::id);
    }
    let mut rows: Vec<(FindingRow, Option<String>)> = query
        .limit(page.limit)
        .select((FindingRow::as_select(), users::email.nullable()))
        .load(connection)?;
    if let Some(ids) = sorted_ids {
        let place: std::collections::HashMap<String, usize> = ids.into_iter().zip(0..).collect();
        rows.sort_by_key(|(row, _)| place.get(&row.id).copied());
    }
    let items = rows
        .into_iter()
        .map(|(row, owner)| Finding::from_row(row, owner))
        .collect::<Result<Vec<_>, _>>()?;
    let mut page = Page::new(items, total, page, |finding| finding.id.to_string());
    if sorted {
        // `after` follows the order findings were added only.
        page.next_after = None;
    }
    Ok(page)
}

/// `column`'s rank among `names` (0 for the first), as SQL: grade and status sort by their
/// meaning, not their spelling. The names are this crate's constants, never input.
fn rank<'a>(
    column: &str,
    names: impl Iterator<Item = &'a str>,
) -> diesel::expression::SqlLiteral<diesel::sql_types::Integer> {
    let mut sql = format!("CASE {column}");
    for (i, name) in names.enumerate() {
        sql.push_str(&format!(" WHEN '{name}' THEN {i}"));
    }
    sql.push_str(" END");
    diesel::dsl::sql(&sql)
}

/// Replaces a finding's fields, recording what changed and why. Writes nothing when nothing
/// changed.
pub fn update(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &FindingId,
    fields: FindingFields,
    reason: Option<&str>,
) -> Result<Finding, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    if fields.reference != before.reference
        && reference_taken(connection, &before.audit_id, &fields.reference, Some(id))?
    {
        return Err(ModelError::Conflict(format!(
            "this audit already has a finding {}",
            fields.reference
        )));
    }
    let owner_id = user::owner_id(connection, scope, fields.owner.as_ref())?;
    let mut after = before.clone();
    after.reference = fields.reference;
    after.grade = fields.grade;
    after.requirements = fields.requirements;
    after.statement = fields.statement;
    after.objective_evidence = fields.objective_evidence;
    after.raised_on = fields.raised_on;
    after.owner = fields.owner.map(|e| e.as_str().to_owned());
    after.title = fields.title;
    after.other_references = fields.other_references;
    after.pending_owners = fields.pending_owners;
    let changes = changes(Some(&before), &after);
    if changes.is_empty() {
        return Ok(before);
    }
    // Warnings describe the current requirements; keep the old ones when those did not change.
    if after.requirements != before.requirements {
        after.warnings = fields.warnings;
    }
    after.updated_at = now();
    diesel::update(
        findings::table
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(findings::id.eq(id)),
    )
    .set((
        findings::reference.eq(&after.reference),
        findings::grade.eq(after.grade.as_str()),
        findings::requirements.eq(to_json(&after.requirements)),
        findings::statement.eq(&after.statement),
        findings::objective_evidence.eq(&after.objective_evidence),
        findings::raised_on.eq(after.raised_on),
        findings::owner_id.eq(&owner_id),
        findings::warnings.eq(to_json(&after.warnings)),
        findings::updated_at.eq(after.updated_at),
        findings::title.eq(&after.title),
        findings::other_references
            .eq(serde_json::to_string(&after.other_references).unwrap_or_else(|_| "[]".to_owned())),
        findings::pending_owners.eq(to_json(&after.pending_owners)),
    ))
    .execute(connection)?;
    if after.requirements != before.requirements {
        link_requirements(connection, organisation_id, id, &after.requirements)?;
    }
    if after.grade != before.grade {
        let status = before.status.as_str();
        backend::add_to_finding_count(
            connection,
            organisation_id,
            &before.audit_id,
            before.grade.as_str(),
            status,
            -1,
        )?;
        backend::add_to_finding_count(
            connection,
            organisation_id,
            &before.audit_id,
            after.grade.as_str(),
            status,
            1,
        )?;
    }
    history::record(
        connection,
        scope,
        Entity::Finding,
        id,
        "update",
        &changes,
        reason,
    )?;
    if after.grade != before.grade {
        let context = crate::deadline::Context::load(connection, scope, &after.audit_id)?;
        crate::deadline::recompute_finding(
            connection,
            scope,
            &context,
            id,
            after.grade,
            &format!("the grade changed from {} to {}", before.grade, after.grade),
        )?;
    }
    if after.owner != before.owner
        && let Some(owner) = &after.owner
    {
        crate::outbox::publish(
            connection,
            scope,
            &crate::outbox::Message::FindingAssigned {
                finding_id: id.to_string(),
                owner: owner.to_string(),
            },
        )?;
    }
    Ok(after)
}

/// Whether the user owns at least one finding of the audit (what lets a contributor see it).
pub fn owns_any_in_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    user_id: &crate::id::UserId,
) -> Result<bool, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(findings::table
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::owner_id.eq(user_id))
        .filter(findings::audit_id.eq(audit_id))
        .select(findings::id)
        .first::<String>(connection)
        .optional()?
        .is_some())
}

/// Every finding of an audit, by reference (imports compare a file against them).
pub fn all_in_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
) -> Result<std::collections::HashMap<String, Finding>, ModelError> {
    let organisation_id = scope.organisation_id();
    findings::table
        .left_join(users::table)
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::audit_id.eq(audit_id))
        .select((FindingRow::as_select(), users::email.nullable()))
        .load::<(FindingRow, Option<String>)>(connection)?
        .into_iter()
        .map(|(row, owner)| Finding::from_row(row, owner).map(|f| (f.reference.clone(), f)))
        .collect()
}

/// The id of an audit's newest finding: where a report that reads the audit in pages stops,
/// so that a finding added while it reads does not appear in some of its passes only.
pub fn last_in_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
) -> Result<Option<String>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(findings::table
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::audit_id.eq(audit_id))
        .select(diesel::dsl::max(findings::id))
        .first::<Option<String>>(connection)?)
}

/// Up to `limit` of an audit's findings in the order they were added (by id), after `after`
/// and up to `through`: one page of a report.
pub fn page_in_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    after: Option<&str>,
    through: &str,
    limit: i64,
) -> Result<Vec<Finding>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut query = findings::table
        .left_join(users::table)
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::audit_id.eq(audit_id))
        .filter(findings::id.le(through.to_owned()))
        .order(findings::id)
        .limit(limit)
        .select((FindingRow::as_select(), users::email.nullable()))
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(findings::id.gt(after.to_owned()));
    }
    query
        .load::<(FindingRow, Option<String>)>(connection)?
        .into_iter()
        .map(|(row, owner)| Finding::from_row(row, owner))
        .collect()
}

/// What the analyses need of a finding: no statement, no evidence, no owner. Risk and posture
/// read an audit's findings as briefs, a narrow query, so that 100,000 findings are scored
/// without loading their text.
#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    /// Identifier.
    pub id: String,
    /// The auditor's reference.
    pub reference: String,
    /// Its grade.
    pub grade: Grade,
    /// Its status.
    pub status: FindingStatus,
    /// The requirements it cites.
    pub requirements: Vec<String>,
    /// The deadline that matters now.
    pub current: crate::deadline::Current,
}

type BriefRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<NaiveDate>,
    Option<NaiveDate>,
);

/// What a [`Brief`] reads of a finding's row.
const BRIEF_COLUMNS: (
    findings::id,
    findings::reference,
    findings::grade,
    findings::status,
    findings::requirements,
    findings::current_kind,
    findings::current_due,
    findings::plan_due,
) = (
    findings::id,
    findings::reference,
    findings::grade,
    findings::status,
    findings::requirements,
    findings::current_kind,
    findings::current_due,
    findings::plan_due,
);

fn briefs(rows: Vec<BriefRow>) -> Result<Vec<Brief>, ModelError> {
    // Findings of one register mostly cite the same few cells: read each text once.
    let mut read: std::collections::HashMap<String, Vec<String>> = Default::default();
    rows.into_iter()
        .map(
            |(id, reference, grade, status, requirements, kind, due_on, plan_due)| {
                let corrupt = |what: &str, e: String| {
                    ModelError::Corrupt(format!("finding {id} {what}: {e}"))
                };
                let cited = match read.get(&requirements) {
                    Some(cited) => cited.clone(),
                    None => {
                        let cited: Vec<String> = serde_json::from_str(&requirements)
                            .map_err(|e| corrupt("requirements", e.to_string()))?;
                        read.insert(requirements, cited.clone());
                        cited
                    }
                };
                Ok(Brief {
                    grade: grade.parse().map_err(|e| corrupt("grade", e))?,
                    status: status.parse().map_err(|e| corrupt("status", e))?,
                    requirements: cited,
                    current: crate::deadline::Current::stored(kind.as_deref(), due_on, plan_due)?,
                    id,
                    reference,
                })
            },
        )
        .collect()
}

/// An audit's findings as [`Brief`]s, in the order they were added.
pub fn briefs_in_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
) -> Result<Vec<Brief>, ModelError> {
    let organisation_id = scope.organisation_id();
    briefs(
        findings::table
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(findings::audit_id.eq(audit_id))
            .order(findings::id)
            .select(BRIEF_COLUMNS)
            .load(connection)?,
    )
}

/// The organisation's majors and minors from audits created before `before` (what a new
/// nonconformity may be recurring from), as [`Brief`]s in the order they were added.
pub fn nonconformities_before(
    connection: &mut DbConnection,
    scope: &Scope,
    before: NaiveDateTime,
) -> Result<Vec<Brief>, ModelError> {
    let organisation_id = scope.organisation_id();
    use crate::schema::audits;
    briefs(
        findings::table
            .inner_join(audits::table)
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(audits::created_at.lt(before))
            .filter(findings::grade.eq_any([Grade::Major.as_str(), Grade::Minor.as_str()]))
            .order(findings::id)
            .select(BRIEF_COLUMNS)
            .load(connection)?,
    )
}

/// An audit's finding by its reference, if there is one.
pub fn by_reference(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    reference: &str,
) -> Result<Option<Finding>, ModelError> {
    let organisation_id = scope.organisation_id();
    findings::table
        .left_join(users::table)
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::audit_id.eq(audit_id))
        .filter(findings::reference.eq(reference))
        .select((FindingRow::as_select(), users::email.nullable()))
        .first::<(FindingRow, Option<String>)>(connection)
        .optional()?
        .map(|(row, owner)| Finding::from_row(row, owner))
        .transpose()
}

/// The organisation's open majors and minors, as (id, reference) sorted by reference: what must
/// close before the next audit of the cycle. One query on the findings alone.
pub fn open_nonconformities(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<Vec<(String, String)>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(findings::table
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .filter(findings::grade.eq_any([Grade::Major.as_str(), Grade::Minor.as_str()]))
        .order((findings::reference, findings::id))
        .select((findings::id, findings::reference))
        .load(connection)?)
}

/// Whether a user has work on a finding: they own it, or own one of its tasks.
pub fn assigned_to(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    user_id: &crate::id::UserId,
) -> Result<bool, ModelError> {
    let organisation_id = scope.organisation_id();
    use crate::schema::tasks;
    let owns = findings::table
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::id.eq(finding_id))
        .filter(findings::owner_id.eq(user_id))
        .select(findings::id)
        .first::<String>(connection)
        .optional()?
        .is_some();
    if owns {
        return Ok(true);
    }
    Ok(tasks::table
        .filter(tasks::organisation_id.eq(organisation_id))
        .filter(tasks::finding_id.eq(finding_id))
        .filter(tasks::owner_id.eq(user_id))
        .select(tasks::id)
        .first::<String>(connection)
        .optional()?
        .is_some())
}

/// The organisation's unfinished nonconformities (majors and minors not closed), by the
/// requirement they cite: reference and grade of each.
///
/// Every one counts, but the reference of one `seen_by` may not see is withheld
/// ([`crate::visibility::WITHHELD`]).
pub fn open_nonconformities_by_requirement(
    connection: &mut DbConnection,
    scope: &Scope,
    seen_by: &crate::visibility::Visibility,
) -> Result<std::collections::HashMap<String, Vec<(String, Grade)>>, ModelError> {
    let organisation_id = scope.organisation_id();
    let visible = seen_by.finding_ids(connection, scope)?;
    let rows: Vec<(String, String, String, String)> = finding_requirements::table
        .inner_join(findings::table.on(findings::id.eq(finding_requirements::finding_id)))
        .filter(finding_requirements::organisation_id.eq(organisation_id))
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .filter(findings::grade.eq_any([Grade::Major.as_str(), Grade::Minor.as_str()]))
        .select((
            finding_requirements::requirement_id,
            findings::id,
            findings::reference,
            findings::grade,
        ))
        .load(connection)?;
    let mut by_requirement: std::collections::HashMap<String, Vec<(String, Grade)>> =
        Default::default();
    for (requirement, id, reference, grade) in rows {
        let grade = grade.parse::<Grade>().map_err(ModelError::Corrupt)?;
        let reference = match &visible {
            Some(visible) if !visible.contains(&id) => crate::visibility::WITHHELD.to_owned(),
            _ => reference,
        };
        by_requirement
            .entry(requirement)
            .or_default()
            .push((reference, grade));
    }
    Ok(by_requirement)
}

/// How far an audit's follow-up has come: findings in all and closed, by grade.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Findings in all.
    pub total: i64,
    /// Findings closed.
    pub closed: i64,
    /// By grade, in the order of [`Grade`]: (grade, total, closed), only grades present.
    pub by_grade: Vec<(Grade, i64, i64)>,
}

impl Tally {
    /// Closed findings as a whole percentage of all (0 for an audit without findings).
    pub fn percent_closed(&self) -> i64 {
        (self.closed * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// The tally of each of `audit_ids` (of the organisation), read from the kept counts, so it
/// costs a few rows per audit however many findings they hold.
pub fn tally(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_ids: &[AuditId],
) -> Result<std::collections::BTreeMap<String, Tally>, ModelError> {
    let organisation_id = scope.organisation_id();
    let rows: Vec<(String, String, String, i64)> = finding_counts::table
        .filter(finding_counts::organisation_id.eq(organisation_id))
        .filter(finding_counts::audit_id.eq_any(audit_ids))
        .select((
            finding_counts::audit_id,
            finding_counts::grade,
            finding_counts::status,
            finding_counts::n,
        ))
        .load(connection)?;
    let mut tallies: std::collections::BTreeMap<String, Tally> = audit_ids
        .iter()
        .map(|id| (id.to_string(), Tally::default()))
        .collect();
    for (audit_id, grade, status, n) in rows {
        let grade: Grade = grade
            .parse()
            .map_err(|e| ModelError::Corrupt(format!("finding count grade: {e}")))?;
        let closed = if status == FindingStatus::Closed.as_str() {
            n
        } else {
            0
        };
        let tally = tallies.entry(audit_id).or_default();
        tally.total += n;
        tally.closed += closed;
        match tally.by_grade.iter_mut().find(|(g, _, _)| *g == grade) {
            Some((_, total, done)) => {
                *total += n;
                *done += closed;
            }
            None => tally.by_grade.push((grade, n, closed)),
        }
    }
    for tally in tallies.values_mut() {
        tally.by_grade.retain(|(_, total, _)| *total > 0);
        tally
            .by_grade
            .sort_by_key(|(grade, _, _)| Grade::ALL.iter().position(|g| g == grade));
    }
    Ok(tallies)
}
