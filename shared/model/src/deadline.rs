//! Deadlines: when a finding's corrective action plan, evidence of correction and closure are
//! due, from the audit's certification-body policy, in calendar or working days (with the
//! organisation's holidays), capped at the certificate's expiry for recertification audits.
//!
//! Policies are data: presets ship in a migration, organisations add their own. A finding's
//! deadlines are stored, so reminders can be found by date, and recomputed whenever the policy,
//! the audit's anchor dates or the finding's grade change; an overridden deadline keeps its
//! date and reason until the override is cleared. Every change is in the history.

use crate::id::{AuditId, FindingId};
use crate::scope::Scope;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit::{Audit, AuditKind};
use crate::db::DbConnection;
use crate::error::{FieldError, ModelError};
use crate::finding::{Finding, FindingRow, FindingStatus, Grade};
use crate::history::{self, Change, Entity};
use crate::id::now;
use crate::outbox;
use crate::schema::{deadline_policies, finding_deadlines, findings, holidays};

/// The policy that applies when an audit chose none: the source guide's rule.
pub const DEFAULT_POLICY: &str = "source-guide";

/// What is due.
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
pub enum DeadlineKind {
    /// The corrective action plan.
    Plan,
    /// Evidence of correction.
    Evidence,
    /// The finding closed.
    Closure,
}

impl DeadlineKind {
    /// Every kind, in the order they fall due.
    pub const ALL: [DeadlineKind; 3] = [
        DeadlineKind::Plan,
        DeadlineKind::Evidence,
        DeadlineKind::Closure,
    ];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::Plan => "plan",
            DeadlineKind::Evidence => "evidence",
            DeadlineKind::Closure => "closure",
        }
    }

    /// Reads a kind.
    pub fn parse(text: &str) -> Result<DeadlineKind, String> {
        DeadlineKind::ALL
            .into_iter()
            .find(|k| k.as_str() == text.trim())
            .ok_or_else(|| format!("unknown deadline `{text}`; expected plan, evidence or closure"))
    }
}

/// Whether a policy counts every day or only working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DayKind {
    /// Every day counts.
    Calendar,
    /// Monday to Friday, less the organisation's holidays.
    Working,
}

/// The date deadlines count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The nonconformity report's date.
    ReportDate,
    /// The last day of the audit.
    LastAuditDay,
}

/// Days allowed for each deadline of one grade; a missing number means no such deadline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GradeRule {
    /// Days to submit the corrective action plan.
    pub plan_days: Option<u32>,
    /// Days to submit evidence of correction.
    pub evidence_days: Option<u32>,
    /// Days to have the finding closed.
    pub closure_days: Option<u32>,
}

impl GradeRule {
    fn days(&self, kind: DeadlineKind) -> Option<u32> {
        match kind {
            DeadlineKind::Plan => self.plan_days,
            DeadlineKind::Evidence => self.evidence_days,
            DeadlineKind::Closure => self.closure_days,
        }
    }
}

/// A certification body's deadline rules.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Policy {
    /// Identifier (`source-guide`, `wcs`... for presets).
    pub id: String,
    /// Whether it ships with Closeout (`true`) or is the organisation's own.
    pub preset: bool,
    /// Name.
    pub name: String,
    /// The certification body it describes.
    pub certification_body: Option<String>,
    /// What deadlines count from.
    pub anchor: Anchor,
    /// Calendar or working days.
    pub day_kind: DayKind,
    /// Rules per grade; grades without one (OFIs, usually) get no deadline.
    #[schema(value_type = Object)]
    pub rules: BTreeMap<Grade, GradeRule>,
    /// Where the rule comes from.
    pub source: Option<String>,
}

/// The date `days` days after `from`: calendar days, or working days skipping weekends and
/// `holidays`. Zero days is the anchor itself.
pub fn add_days(
    from: NaiveDate,
    days: u32,
    kind: DayKind,
    holidays: &BTreeSet<NaiveDate>,
) -> Option<NaiveDate> {
    match kind {
        DayKind::Calendar => from.checked_add_days(chrono::Days::new(u64::from(days))),
        DayKind::Working => {
            let mut date = from;
            let mut counted = 0;
            while counted < days {
                date = date.succ_opt()?;
                let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
                if !weekend && !holidays.contains(&date) {
                    counted += 1;
                }
            }
            Some(date)
        }
    }
}

/// One computed deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Computed {
    /// What is due.
    pub kind: DeadlineKind,
    /// When.
    pub due_on: NaiveDate,
    /// Moved earlier to the certificate's expiry (recertification audits).
    pub capped: bool,
}

/// The deadlines a policy gives a finding of `grade` in `audit`. None when the policy has no
/// rule for the grade or the audit lacks the anchor date.
pub fn compute(
    policy: &Policy,
    audit: &Audit,
    grade: Grade,
    holidays: &BTreeSet<NaiveDate>,
) -> Vec<Computed> {
    let Some(rule) = policy.rules.get(&grade) else {
        return Vec::new();
    };
    let anchor = match policy.anchor {
        Anchor::ReportDate => audit.report_date,
        Anchor::LastAuditDay => audit.end_date,
    };
    let Some(anchor) = anchor else {
        return Vec::new();
    };
    let cap = (audit.kind == AuditKind::Recertification)
        .then_some(audit.certificate_expiry)
        .flatten();
    DeadlineKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let due = add_days(anchor, rule.days(kind)?, policy.day_kind, holidays)?;
            Some(match cap {
                Some(expiry) if due > expiry => Computed {
                    kind,
                    due_on: expiry,
                    capped: true,
                },
                _ => Computed {
                    kind,
                    due_on: due,
                    capped: false,
                },
            })
        })
        .collect()
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = deadline_policies)]
struct PolicyRow {
    id: String,
    organisation_id: Option<String>,
    name: String,
    certification_body: Option<String>,
    anchor: String,
    day_kind: String,
    rules: String,
    source: Option<String>,
    created_at: chrono::NaiveDateTime,
}

impl TryFrom<PolicyRow> for Policy {
    type Error = ModelError;
    fn try_from(row: PolicyRow) -> Result<Policy, ModelError> {
        let corrupt =
            |what: &str, e: String| ModelError::Corrupt(format!("policy {} {what}: {e}", row.id));
        Ok(Policy {
            anchor: serde_json::from_value(json!(row.anchor))
                .map_err(|e| corrupt("anchor", e.to_string()))?,
            day_kind: serde_json::from_value(json!(row.day_kind))
                .map_err(|e| corrupt("day kind", e.to_string()))?,
            rules: serde_json::from_str(&row.rules).map_err(|e| corrupt("rules", e.to_string()))?,
            preset: row.organisation_id.is_none(),
            id: row.id,
            name: row.name,
            certification_body: row.certification_body,
            source: row.source,
        })
    }
}

/// The presets and the organisation's own policies.
pub fn policies(connection: &mut DbConnection, scope: &Scope) -> Result<Vec<Policy>, ModelError> {
    let organisation_id = scope.organisation_id();
    deadline_policies::table
        .filter(
            deadline_policies::organisation_id
                .is_null()
                .or(deadline_policies::organisation_id.eq(organisation_id)),
        )
        .order((
            deadline_policies::organisation_id.is_not_null(),
            deadline_policies::id,
        ))
        .select(PolicyRow::as_select())
        .load(connection)?
        .into_iter()
        .map(Policy::try_from)
        .collect()
}

/// One policy the organisation may use.
pub fn policy(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &str,
) -> Result<Policy, ModelError> {
    let organisation_id = scope.organisation_id();
    deadline_policies::table
        .filter(deadline_policies::id.eq(id))
        .filter(
            deadline_policies::organisation_id
                .is_null()
                .or(deadline_policies::organisation_id.eq(organisation_id)),
        )
        .select(PolicyRow::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("deadline policy", id))
        .and_then(Policy::try_from)
}

/// A new policy of the organisation's own, checked.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPolicy {
    /// Name.
    pub name: String,
    /// The certification body.
    pub certification_body: Option<String>,
    /// What deadlines count from.
    pub anchor: Anchor,
    /// Calendar or working days.
    pub day_kind: DayKind,
    /// Rules per grade.
    #[schema(value_type = Object)]
    pub rules: BTreeMap<Grade, GradeRule>,
    /// Where the rule comes from (a contract clause, a letter).
    pub source: Option<String>,
}

/// Adds a policy of the organisation's own.
pub fn create_policy(
    connection: &mut DbConnection,
    scope: &Scope,
    new: NewPolicy,
) -> Result<Policy, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut errors = Vec::new();
    if new.name.trim().is_empty() || new.name.chars().count() > 200 {
        errors.push(FieldError::new(
            "name",
            "a policy needs a name of 1 to 200 characters",
        ));
    }
    for (grade, rule) in &new.rules {
        for kind in DeadlineKind::ALL {
            if rule.days(kind).is_some_and(|d| d == 0 || d > 3650) {
                errors.push(FieldError::new(
                    format!("rules.{grade}.{}_days", kind.as_str()),
                    "must be between 1 and 3650 days",
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(ModelError::Invalid(errors));
    }
    let row = PolicyRow {
        id: crate::id::new_id(),
        organisation_id: Some(organisation_id.to_owned()),
        name: new.name.trim().to_owned(),
        certification_body: new.certification_body,
        anchor: json!(new.anchor).as_str().unwrap_or_default().to_owned(),
        day_kind: json!(new.day_kind).as_str().unwrap_or_default().to_owned(),
        rules: json!(new.rules).to_string(),
        source: new.source,
        created_at: now(),
    };
    diesel::insert_into(deadline_policies::table)
        .values(&row)
        .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Organisation,
        organisation_id,
        "deadline policy created",
        &[
            Change::set("deadline_policy", &row.id),
            Change::set("rules", &row.rules),
        ],
        None,
    )?;
    Policy::try_from(row)
}

/// The organisation's holidays.
pub fn holidays(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<BTreeMap<NaiveDate, String>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(holidays::table
        .filter(holidays::organisation_id.eq(organisation_id))
        .select((holidays::day, holidays::name))
        .load::<(NaiveDate, String)>(connection)?
        .into_iter()
        .collect())
}

/// Replaces the organisation's holidays and recomputes every audit's deadlines.
pub fn set_holidays(
    connection: &mut DbConnection,
    scope: &Scope,
    days: BTreeMap<NaiveDate, String>,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let before = holidays(connection, scope)?;
    if before == days {
        return Ok(());
    }
    diesel::delete(holidays::table.filter(holidays::organisation_id.eq(organisation_id)))
        .execute(connection)?;
    for (day, name) in &days {
        diesel::insert_into(holidays::table)
            .values((
                holidays::organisation_id.eq(organisation_id),
                holidays::day.eq(day),
                holidays::name.eq(name),
            ))
            .execute(connection)?;
    }
    history::record(
        connection,
        scope,
        Entity::Organisation,
        organisation_id,
        "holidays changed",
        &[Change {
            field: "holidays".into(),
            from: json!(before),
            to: json!(days),
        }],
        None,
    )?;
    let audits: Vec<String> = crate::schema::audits::table
        .filter(crate::schema::audits::organisation_id.eq(organisation_id))
        .select(crate::schema::audits::id)
        .load(connection)?;
    for audit in audits {
        recompute_audit(
            connection,
            scope,
            &AuditId::stored(audit),
            "the organisation's holidays changed",
        )?;
    }
    Ok(())
}

/// A finding's deadline as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Deadline {
    /// What is due.
    pub kind: DeadlineKind,
    /// When.
    pub due_on: NaiveDate,
    /// Set by a person instead of the policy.
    pub overridden: bool,
    /// Moved to the certificate's expiry.
    pub capped: bool,
    /// Why it was overridden.
    pub reason: Option<String>,
}

type DeadlineRow = (String, NaiveDate, bool, bool, Option<String>);

/// A finding's stored deadlines, in the order they fall due.
pub fn for_finding(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
) -> Result<Vec<Deadline>, ModelError> {
    Ok(for_findings(connection, scope, &[finding_id.to_string()])?
        .remove(finding_id.as_str())
        .unwrap_or_default())
}

/// The deadline that matters now of each of several findings (a page of a list), in one
/// query by their ids; a finding of another organisation is simply absent.
pub fn current_of(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_ids: &[FindingId],
) -> Result<std::collections::HashMap<String, Current>, ModelError> {
    type Stored = (Option<String>, Option<NaiveDate>, Option<NaiveDate>);
    let rows: Vec<(String, Stored)> = findings::table
        .filter(findings::organisation_id.eq(scope.organisation_id()))
        .filter(findings::id.eq_any(finding_ids))
        .select((
            findings::id,
            (
                findings::current_kind,
                findings::current_due,
                findings::plan_due,
            ),
        ))
        .load(connection)?;
    rows.into_iter()
        .map(|(id, (kind, due_on, plan_due))| {
            Ok((id, Current::stored(kind.as_deref(), due_on, plan_due)?))
        })
        .collect()
}

/// The stored deadlines of several findings (a page of a report), in one query; each
/// finding's in the order they fall due.
pub fn for_findings(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_ids: &[String],
) -> Result<std::collections::HashMap<String, Vec<Deadline>>, ModelError> {
    let organisation_id = scope.organisation_id();
    let rows: Vec<(String, DeadlineRow)> = finding_deadlines::table
        .filter(finding_deadlines::organisation_id.eq(organisation_id))
        .filter(finding_deadlines::finding_id.eq_any(finding_ids))
        .select((
            finding_deadlines::finding_id,
            (
                finding_deadlines::kind,
                finding_deadlines::due_on,
                finding_deadlines::overridden,
                finding_deadlines::capped,
                finding_deadlines::reason,
            ),
        ))
        .load(connection)?;
    let mut deadlines: std::collections::HashMap<String, Vec<Deadline>> =
        std::collections::HashMap::with_capacity(finding_ids.len());
    for (finding_id, (kind, due_on, overridden, capped, reason)) in rows {
        deadlines.entry(finding_id).or_default().push(Deadline {
            kind: DeadlineKind::parse(&kind).map_err(ModelError::Corrupt)?,
            due_on,
            overridden,
            capped,
            reason,
        });
    }
    for list in deadlines.values_mut() {
        list.sort_by_key(|d| d.kind);
    }
    Ok(deadlines)
}

/// Everything needed to compute an audit's deadlines, loaded once.
pub struct Context {
    audit: Audit,
    policy: Policy,
    holidays: BTreeSet<NaiveDate>,
}

impl Context {
    /// Loads the audit, its policy and the organisation's holidays.
    pub fn load(
        connection: &mut DbConnection,
        scope: &Scope,
        audit_id: &AuditId,
    ) -> Result<Context, ModelError> {
        let audit = crate::audit::get(connection, scope, audit_id)?;
        let policy_id = audit
            .deadline_policy
            .clone()
            .unwrap_or_else(|| DEFAULT_POLICY.to_owned());
        Ok(Context {
            policy: policy(connection, scope, &policy_id)?,
            holidays: holidays(connection, scope)?.into_keys().collect(),
            audit,
        })
    }

    /// The deadlines for a grade.
    pub fn compute(&self, grade: Grade) -> Vec<Computed> {
        compute(&self.policy, &self.audit, grade, &self.holidays)
    }
}

/// A deadline row to insert.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = finding_deadlines, treat_none_as_default_value = false)]
pub(crate) struct NewDeadline {
    finding_id: String,
    organisation_id: String,
    kind: String,
    due_on: NaiveDate,
    overridden: bool,
    capped: bool,
    reason: Option<String>,
    updated_at: chrono::NaiveDateTime,
}

impl NewDeadline {
    fn new(
        finding_id: &str,
        organisation_id: &str,
        kind: DeadlineKind,
        due_on: NaiveDate,
        capped: bool,
    ) -> NewDeadline {
        NewDeadline {
            finding_id: finding_id.to_owned(),
            organisation_id: organisation_id.to_owned(),
            kind: kind.as_str().to_owned(),
            due_on,
            overridden: false,
            capped,
            reason: None,
            updated_at: now(),
        }
    }
}

/// The deadline that matters for a finding now: the first of the kinds its status still waits
/// on (plan, then evidence, then closure) that it has, with its plan's deadline beside it (a
/// minor whose plan is late may be upgraded). Kept on the finding's row, in the transaction of
/// every change to its status or deadlines, so status pages, risk and posture read the
/// findings alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Current {
    /// Which deadline, if the finding still waits on one it has.
    pub kind: Option<DeadlineKind>,
    /// Its date.
    pub due_on: Option<NaiveDate>,
    /// The plan's deadline, whatever the status.
    pub plan_due: Option<NaiveDate>,
}

impl Current {
    /// The deadline kinds a finding in `status` still waits on, soonest first.
    pub fn kinds(status: FindingStatus) -> &'static [DeadlineKind] {
        match status {
            FindingStatus::Open | FindingStatus::PlanDrafted => &[
                DeadlineKind::Plan,
                DeadlineKind::Evidence,
                DeadlineKind::Closure,
            ],
            FindingStatus::PlanSubmitted
            | FindingStatus::PlanAccepted
            | FindingStatus::InProgress => &[DeadlineKind::Evidence, DeadlineKind::Closure],
            FindingStatus::EvidenceSubmitted | FindingStatus::Verified => &[DeadlineKind::Closure],
            FindingStatus::Closed => &[],
        }
    }

    /// A finding's current deadline from its status and its deadlines' dates.
    pub fn of(status: FindingStatus, due: impl Fn(DeadlineKind) -> Option<NaiveDate>) -> Current {
        let next = Current::kinds(status)
            .iter()
            .find_map(|kind| due(*kind).map(|day| (*kind, day)));
        Current {
            kind: next.map(|(kind, _)| kind),
            due_on: next.map(|(_, day)| day),
            plan_due: due(DeadlineKind::Plan),
        }
    }

    /// Read back from a finding's row.
    pub fn stored(
        kind: Option<&str>,
        due_on: Option<NaiveDate>,
        plan_due: Option<NaiveDate>,
    ) -> Result<Current, ModelError> {
        Ok(Current {
            kind: kind
                .map(DeadlineKind::parse)
                .transpose()
                .map_err(ModelError::Corrupt)?,
            due_on,
            plan_due,
        })
    }

    /// Writes it into a finding's row before the row is inserted (`plan_due` is written with
    /// the other dates, by [`Dates`]).
    pub(crate) fn set_on(self, row: &mut FindingRow) {
        row.current_kind = self.kind.map(|k| k.as_str().to_owned());
        row.current_due = self.due_on;
    }
}

/// The dates of a finding's three deadlines, kept on its row (`plan_due`, `evidence_due`,
/// `closure_due`) in the same transactions as [`Current`], so that every open deadline of an
/// organisation can be found by reading its findings alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dates {
    /// The corrective action plan's.
    pub plan: Option<NaiveDate>,
    /// Evidence of correction's.
    pub evidence: Option<NaiveDate>,
    /// Closure's.
    pub closure: Option<NaiveDate>,
}

impl Dates {
    /// A finding's dates from its deadlines.
    pub fn of(due: impl Fn(DeadlineKind) -> Option<NaiveDate>) -> Dates {
        Dates {
            plan: due(DeadlineKind::Plan),
            evidence: due(DeadlineKind::Evidence),
            closure: due(DeadlineKind::Closure),
        }
    }

    /// The date of one deadline, if the finding has it.
    pub fn get(self, kind: DeadlineKind) -> Option<NaiveDate> {
        match kind {
            DeadlineKind::Plan => self.plan,
            DeadlineKind::Evidence => self.evidence,
            DeadlineKind::Closure => self.closure,
        }
    }

    /// The deadlines a finding in `status` still waits on, with their dates, in the order of
    /// [`Current::kinds`].
    pub fn open(self, status: FindingStatus) -> impl Iterator<Item = (DeadlineKind, NaiveDate)> {
        Current::kinds(status)
            .iter()
            .filter_map(move |kind| self.get(*kind).map(|day| (*kind, day)))
    }

    fn set_on(self, row: &mut FindingRow) {
        row.plan_due = self.plan;
        row.evidence_due = self.evidence;
        row.closure_due = self.closure;
    }
}

/// A new finding's deadlines under `context`, its row's [`Current`] set from them.
pub(crate) fn initial(
    context: &Context,
    row: &mut FindingRow,
    grade: Grade,
    status: FindingStatus,
) -> Vec<NewDeadline> {
    let computed = context.compute(grade);
    let due = |kind| computed.iter().find(|c| c.kind == kind).map(|c| c.due_on);
    Current::of(status, due).set_on(row);
    Dates::of(due).set_on(row);
    computed
        .into_iter()
        .map(|c| NewDeadline::new(&row.id, &row.organisation_id, c.kind, c.due_on, c.capped))
        .collect()
}

/// Recomputes a finding's [`Current`] and [`Dates`] from its stored status and deadlines and
/// writes them on its row. Call it in the transaction that changed either.
pub(crate) fn store_current(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let status: String = findings::table
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::id.eq(finding_id))
        .select(findings::status)
        .first(connection)?;
    let status: FindingStatus = status.parse().map_err(ModelError::Corrupt)?;
    let stored = for_finding(connection, scope, finding_id)?;
    let due = |kind| stored.iter().find(|d| d.kind == kind).map(|d| d.due_on);
    let current = Current::of(status, due);
    let dates = Dates::of(due);
    diesel::update(
        findings::table
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(findings::id.eq(finding_id)),
    )
    .set((
        findings::current_kind.eq(current.kind.map(DeadlineKind::as_str)),
        findings::current_due.eq(current.due_on),
        findings::plan_due.eq(dates.plan),
        findings::evidence_due.eq(dates.evidence),
        findings::closure_due.eq(dates.closure),
    ))
    .execute(connection)?;
    Ok(())
}

/// Brings one finding's stored deadlines in line with its policy, leaving overrides alone, and
/// records what moved (history and outbox). Returns the changes.
pub fn recompute_finding(
    connection: &mut DbConnection,
    scope: &Scope,
    context: &Context,
    finding_id: &FindingId,
    grade: Grade,
    reason: &str,
) -> Result<Vec<Change>, ModelError> {
    let organisation_id = scope.organisation_id();
    let stored: BTreeMap<DeadlineKind, Deadline> = for_finding(connection, scope, finding_id)?
        .into_iter()
        .map(|d| (d.kind, d))
        .collect();
    let wanted: BTreeMap<DeadlineKind, Computed> = context
        .compute(grade)
        .into_iter()
        .map(|c| (c.kind, c))
        .collect();
    let mut changes = Vec::new();
    for kind in DeadlineKind::ALL {
        let current = stored.get(&kind);
        if current.is_some_and(|d| d.overridden) {
            continue;
        }
        let target = wanted.get(&kind);
        let from = current.map(|d| d.due_on);
        let to = target.map(|c| c.due_on);
        let capped_changed = current.map(|d| d.capped) != target.map(|c| c.capped);
        if from == to && !capped_changed {
            continue;
        }
        let row = finding_deadlines::table
            .filter(finding_deadlines::finding_id.eq(finding_id))
            .filter(finding_deadlines::kind.eq(kind.as_str()));
        match target {
            None => {
                diesel::delete(row).execute(connection)?;
            }
            Some(computed) if current.is_some() => {
                diesel::update(row)
                    .set((
                        finding_deadlines::due_on.eq(computed.due_on),
                        finding_deadlines::capped.eq(computed.capped),
                        finding_deadlines::updated_at.eq(now()),
                    ))
                    .execute(connection)?;
            }
            Some(computed) => {
                let row = NewDeadline::new(
                    finding_id,
                    organisation_id,
                    kind,
                    computed.due_on,
                    computed.capped,
                );
                crate::db::backend::insert_deadlines(connection, &[row])?;
            }
        }
        if from != to {
            changes.push(Change {
                field: format!("{}_due", kind.as_str()),
                from: json!(from),
                to: json!(to),
            });
        }
    }
    if !changes.is_empty() {
        store_current(connection, scope, finding_id)?;
        history::record(
            connection,
            scope,
            Entity::Finding,
            finding_id,
            "deadlines",
            &changes,
            Some(reason),
        )?;
        outbox::publish(
            connection,
            scope,
            &outbox::Message::DeadlineChanged {
                finding_id: finding_id.to_string(),
                changes: changes.clone(),
                reason: reason.to_owned(),
            },
        )?;
    }
    Ok(changes)
}

/// Recomputes the deadlines of every finding of an audit.
pub fn recompute_audit(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    reason: &str,
) -> Result<usize, ModelError> {
    let organisation_id = scope.organisation_id();
    let context = Context::load(connection, scope, audit_id)?;
    let findings: Vec<(String, String)> = crate::schema::findings::table
        .filter(crate::schema::findings::organisation_id.eq(organisation_id))
        .filter(crate::schema::findings::audit_id.eq(audit_id))
        .select((crate::schema::findings::id, crate::schema::findings::grade))
        .load(connection)?;
    let mut changed = 0;
    for (finding_id, grade) in findings {
        let grade: Grade = grade.parse().map_err(ModelError::Corrupt)?;
        if !recompute_finding(
            connection,
            scope,
            &context,
            &FindingId::stored(finding_id),
            grade,
            reason,
        )?
        .is_empty()
        {
            changed += 1;
        }
    }
    Ok(changed)
}

/// Sets a deadline by hand, with the reason recorded; `None` clears the override and goes back
/// to the policy's date.
pub fn override_deadline(
    connection: &mut DbConnection,
    scope: &Scope,
    finding: &Finding,
    kind: DeadlineKind,
    due_on: Option<NaiveDate>,
    reason: &str,
) -> Result<Vec<Deadline>, ModelError> {
    let organisation_id = scope.organisation_id();
    if reason.trim().is_empty() {
        return Err(ModelError::invalid(
            "reason",
            "say why the deadline is overridden",
        ));
    }
    let current = for_finding(connection, scope, &finding.id)?
        .into_iter()
        .find(|d| d.kind == kind);
    let row = finding_deadlines::table
        .filter(finding_deadlines::finding_id.eq(&finding.id))
        .filter(finding_deadlines::kind.eq(kind.as_str()));
    match due_on {
        Some(due_on) => {
            if current.is_some() {
                diesel::update(row)
                    .set((
                        finding_deadlines::due_on.eq(due_on),
                        finding_deadlines::overridden.eq(true),
                        finding_deadlines::capped.eq(false),
                        finding_deadlines::reason.eq(reason.trim()),
                        finding_deadlines::updated_at.eq(now()),
                    ))
                    .execute(connection)?;
            } else {
                let mut new = NewDeadline::new(&finding.id, organisation_id, kind, due_on, false);
                new.overridden = true;
                new.reason = Some(reason.trim().to_owned());
                crate::db::backend::insert_deadlines(connection, &[new])?;
            }
            store_current(connection, scope, &finding.id)?;
            let changes = vec![Change {
                field: format!("{}_due", kind.as_str()),
                from: json!(current.as_ref().map(|d| d.due_on)),
                to: json!(due_on),
            }];
            history::record(
                connection,
                scope,
                Entity::Finding,
                &finding.id,
                "deadline overridden",
                &changes,
                Some(reason.trim()),
            )?;
            outbox::publish(
                connection,
                scope,
                &outbox::Message::DeadlineChanged {
                    finding_id: finding.id.to_string(),
                    changes: changes.clone(),
                    reason: reason.trim().to_owned(),
                },
            )?;
        }
        None => {
            if current.as_ref().is_some_and(|d| d.overridden) {
                diesel::delete(row).execute(connection)?;
                let context = Context::load(connection, scope, &finding.audit_id)?;
                recompute_finding(
                    connection,
                    scope,
                    &context,
                    &finding.id,
                    finding.grade,
                    reason.trim(),
                )?;
            }
        }
    }
    for_finding(connection, scope, &finding.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn audit(
        kind: AuditKind,
        report: Option<NaiveDate>,
        end: Option<NaiveDate>,
        expiry: Option<NaiveDate>,
    ) -> Audit {
        Audit {
            id: AuditId::generate(),
            name: "a".into(),
            kind,
            certification_body: None,
            standard: "ISO/IEC 27001:2022".into(),
            start_date: None,
            end_date: end,
            report_date: report,
            certificate_expiry: expiry,
            created_at: Default::default(),
            updated_at: Default::default(),
            deadline_policy: None,
            manager_id: None,
        }
    }

    fn policy(anchor: Anchor, day_kind: DayKind, rule: GradeRule) -> Policy {
        Policy {
            id: "p".into(),
            preset: true,
            name: "p".into(),
            certification_body: None,
            anchor,
            day_kind,
            rules: BTreeMap::from([(Grade::Major, rule), (Grade::Minor, rule)]),
            source: None,
        }
    }

    const PLAN_14_30_60: GradeRule = GradeRule {
        plan_days: Some(14),
        evidence_days: Some(30),
        closure_days: Some(60),
    };

    #[test]
    fn calendar_days_across_month_ends_and_leap_years() {
        let none = BTreeSet::new();
        assert_eq!(
            add_days(date(2026, 1, 20), 14, DayKind::Calendar, &none),
            Some(date(2026, 2, 3))
        );
        assert_eq!(
            add_days(date(2028, 2, 15), 14, DayKind::Calendar, &none),
            Some(date(2028, 2, 29))
        );
        assert_eq!(
            add_days(date(2027, 2, 15), 14, DayKind::Calendar, &none),
            Some(date(2027, 3, 1))
        );
        assert_eq!(
            add_days(date(2026, 12, 20), 30, DayKind::Calendar, &none),
            Some(date(2027, 1, 19))
        );
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let none = BTreeSet::new();
        // Friday 2026-03-20 + 10 working days = Friday 2026-04-03.
        assert_eq!(
            add_days(date(2026, 3, 20), 10, DayKind::Working, &none),
            Some(date(2026, 4, 3))
        );
        // A report on a Saturday counts from the Monday after.
        assert_eq!(
            add_days(date(2026, 3, 21), 1, DayKind::Working, &none),
            Some(date(2026, 3, 23))
        );
        // Easter 2026: Good Friday 3 April and Easter Monday 6 April push it to Tuesday 7 April.
        let easter = BTreeSet::from([date(2026, 4, 3), date(2026, 4, 6)]);
        assert_eq!(
            add_days(date(2026, 3, 20), 10, DayKind::Working, &easter),
            Some(date(2026, 4, 7))
        );
        // 21 working days over the 2028 leap day.
        assert_eq!(
            add_days(date(2028, 2, 14), 21, DayKind::Working, &none),
            Some(date(2028, 3, 14))
        );
    }

    #[test]
    fn a_policy_gives_each_grade_its_deadlines_from_its_anchor() {
        let none = BTreeSet::new();
        let guide = policy(Anchor::ReportDate, DayKind::Calendar, PLAN_14_30_60);
        let stage2 = audit(
            AuditKind::Stage2,
            Some(date(2026, 3, 20)),
            Some(date(2026, 3, 18)),
            None,
        );
        let due: Vec<_> = compute(&guide, &stage2, Grade::Minor, &none)
            .iter()
            .map(|c| (c.kind, c.due_on))
            .collect();
        assert_eq!(
            due,
            [
                (DeadlineKind::Plan, date(2026, 4, 3)),
                (DeadlineKind::Evidence, date(2026, 4, 19)),
                (DeadlineKind::Closure, date(2026, 5, 19))
            ]
        );
        assert!(
            compute(&guide, &stage2, Grade::Ofi, &none).is_empty(),
            "no rule for OFIs"
        );
        let from_last_day = policy(
            Anchor::LastAuditDay,
            DayKind::Calendar,
            GradeRule {
                closure_days: Some(90),
                ..Default::default()
            },
        );
        assert_eq!(
            compute(&from_last_day, &stage2, Grade::Major, &none)[0].due_on,
            date(2026, 6, 16)
        );
        let no_report = audit(AuditKind::Stage2, None, None, None);
        assert!(compute(&guide, &no_report, Grade::Major, &none).is_empty());
    }

    #[test]
    fn at_recertification_no_deadline_falls_after_the_certificate_expires() {
        let none = BTreeSet::new();
        let guide = policy(Anchor::ReportDate, DayKind::Calendar, PLAN_14_30_60);
        let recert = audit(
            AuditKind::Recertification,
            Some(date(2026, 3, 20)),
            None,
            Some(date(2026, 4, 30)),
        );
        let due = compute(&guide, &recert, Grade::Major, &none);
        assert_eq!((due[0].due_on, due[0].capped), (date(2026, 4, 3), false));
        assert_eq!((due[1].due_on, due[1].capped), (date(2026, 4, 19), false));
        assert_eq!((due[2].due_on, due[2].capped), (date(2026, 4, 30), true));
        // The cap applies only to recertification audits.
        let surveillance = audit(
            AuditKind::Surveillance,
            Some(date(2026, 3, 20)),
            None,
            Some(date(2026, 4, 30)),
        );
        assert_eq!(
            compute(&guide, &surveillance, Grade::Major, &none)[2].due_on,
            date(2026, 5, 19)
        );
    }
}
