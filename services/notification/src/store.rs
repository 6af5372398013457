//! The notification service's reads: open deadlines with what a message needs about them,
//! the organisation's people, and its rules. Writes go through `closeout_model::notification`.

use closeout_model::Scope;
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use closeout_model::deadline::{Current, Dates, DeadlineKind};
use closeout_model::finding::FindingStatus;
use closeout_model::schema::{audits, finding_deadlines, findings, tasks};
use closeout_model::user::{self, Role};
use closeout_model::{DbConnection, ModelError, notification};
use diesel::prelude::*;

use crate::message::{Overrides, Values};
use crate::rules::Rules;
use crate::schedule::{Group, Sketch};

/// Which deadline of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deadline {
    /// The corrective action plan.
    Plan,
    /// Evidence of correction.
    Evidence,
    /// The finding closed.
    Closure,
    /// A task under the plan.
    Task,
}

impl Deadline {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Deadline::Plan => "plan",
            Deadline::Evidence => "evidence",
            Deadline::Closure => "closure",
            Deadline::Task => "task",
        }
    }

    /// What is due, in words.
    pub fn what(self) -> &'static str {
        match self {
            Deadline::Plan => "corrective action plan",
            Deadline::Evidence => "evidence of correction",
            Deadline::Closure => "closure",
            Deadline::Task => "task",
        }
    }

    fn parse(text: &str) -> Option<Deadline> {
        DeadlineKind::parse(text).ok().map(Deadline::from)
    }

    /// Whether this deadline still asks something of a finding in `status`: the model's rule
    /// ([`Current::kinds`]: a plan is due until it is submitted, evidence until it is
    /// submitted, closure until the finding is closed; a rejection moves the finding back and
    /// the deadline applies again), and a task until its finding is closed.
    pub fn still_open(self, status: FindingStatus) -> bool {
        match self.kind() {
            Some(kind) => Current::kinds(status).contains(&kind),
            None => status != FindingStatus::Closed,
        }
    }

    /// The finding's deadline this is; `None` for a task's.
    fn kind(self) -> Option<DeadlineKind> {
        match self {
            Deadline::Plan => Some(DeadlineKind::Plan),
            Deadline::Evidence => Some(DeadlineKind::Evidence),
            Deadline::Closure => Some(DeadlineKind::Closure),
            Deadline::Task => None,
        }
    }
}

impl From<DeadlineKind> for Deadline {
    fn from(kind: DeadlineKind) -> Deadline {
        match kind {
            DeadlineKind::Plan => Deadline::Plan,
            DeadlineKind::Evidence => Deadline::Evidence,
            DeadlineKind::Closure => Deadline::Closure,
        }
    }
}

/// One open deadline and what a message about it says.
#[derive(Debug, Clone)]
pub struct Item {
    /// The finding.
    pub finding_id: String,
    /// The task, for task deadlines.
    pub task_id: Option<String>,
    /// The task's title.
    pub task_title: Option<String>,
    /// Which deadline.
    pub deadline: Deadline,
    /// When.
    pub due_on: NaiveDate,
    /// The finding's reference (NC-03).
    pub reference: String,
    /// The finding's statement.
    pub statement: String,
    /// Who must act: the finding's (or task's) owner.
    pub owner_id: Option<String>,
    /// The audit.
    pub audit_id: String,
    /// The audit's name.
    pub audit_name: String,
    /// The audit's manager, if one is named.
    pub audit_manager_id: Option<String>,
    /// When the deadline last changed.
    pub updated_at: NaiveDateTime,
}

impl Item {
    /// What identifies the item in keys and calendar entries.
    pub fn key(&self) -> String {
        match &self.task_id {
            Some(task) => format!("task:{task}"),
            None => format!("{}:{}", self.finding_id, self.deadline.as_str()),
        }
    }
}

/// Which open deadlines to read.
#[derive(Debug, Clone, Default)]
pub struct ItemFilter {
    /// Due on or before this day.
    pub until: Option<NaiveDate>,
    /// Owned by this user.
    pub owner_id: Option<String>,
    /// In this audit.
    pub audit_id: Option<String>,
    /// Of one of these findings.
    pub finding_ids: Option<Vec<String>>,
}

type FindingDeadlineRow = (
    String,
    String,
    NaiveDate,
    NaiveDateTime,
    String,
    String,
    String,
    Option<String>,
    String,
);

type TaskRow = (
    String,
    String,
    Option<NaiveDate>,
    Option<String>,
    NaiveDateTime,
    String,
    String,
    String,
    String,
    String,
);

/// The organisation's audits, by id, with their names and managers: read once, since joining
/// them on every deadline doubled the work of a preview over thousands.
fn audit_names(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<HashMap<String, (String, Option<String>)>, ModelError> {
    Ok(audits::table
        .filter(audits::organisation_id.eq(scope.organisation_id()))
        .select((audits::id, audits::name, audits::manager_id))
        .load::<(String, String, Option<String>)>(connection)?
        .into_iter()
        .map(|(id, name, manager)| (id, (name, manager)))
        .collect())
}

/// A sketch of every open deadline due on or before `until` (see [`Sketch`]). Each finding's
/// row carries its deadlines' dates (`deadline::Dates`), so the organisation's findings are
/// read alone, without joining thousands of deadline rows with them.
pub fn open_sketches(
    connection: &mut DbConnection,
    scope: &Scope,
    until: NaiveDate,
) -> Result<Vec<Sketch>, ModelError> {
    let organisation_id = scope.organisation_id();
    let audit_names = audit_names(connection, scope)?;
    let manager_of = |audit_id: &str| {
        audit_names
            .get(audit_id)
            .map(|(_, manager)| manager.clone())
            .ok_or_else(|| ModelError::Corrupt(format!("a finding of an unknown audit {audit_id}")))
    };
    type FindingSketchRow = (
        String,
        String,
        String,
        Option<String>,
        String,
        (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>),
    );
    let rows: Vec<FindingSketchRow> = findings::table
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .select((
            findings::id,
            findings::reference,
            findings::status,
            findings::owner_id,
            findings::audit_id,
            (
                findings::plan_due,
                findings::evidence_due,
                findings::closure_due,
            ),
        ))
        .load(connection)?;
    let mut sketches = Vec::with_capacity(rows.len());
    for (finding_id, reference, status, owner_id, audit_id, (plan, evidence, closure)) in rows {
        let status: FindingStatus = status.parse().map_err(ModelError::Corrupt)?;
        let dates = Dates {
            plan,
            evidence,
            closure,
        };
        let audit_manager_id = manager_of(&audit_id)?;
        for (kind, due_on) in dates.open(status).filter(|(_, day)| *day <= until) {
            sketches.push(Sketch {
                group: Group {
                    due_on,
                    owner_id: owner_id.clone(),
                    audit_manager_id: audit_manager_id.clone(),
                },
                reference: reference.clone(),
                finding_id: finding_id.clone(),
                deadline: kind.into(),
                task_id: None,
            });
        }
    }
    type TaskSketchRow = (
        String,
        Option<NaiveDate>,
        Option<String>,
        String,
        String,
        String,
    );
    let rows: Vec<TaskSketchRow> = tasks::table
        .inner_join(findings::table.on(findings::id.eq(tasks::finding_id)))
        .filter(tasks::organisation_id.eq(organisation_id))
        .filter(tasks::done.eq(false))
        .filter(tasks::due_on.le(until))
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .select((
            tasks::id,
            tasks::due_on,
            tasks::owner_id,
            findings::id,
            findings::reference,
            findings::audit_id,
        ))
        .load(connection)?;
    for (task_id, due_on, owner_id, finding_id, reference, audit_id) in rows {
        let Some(due_on) = due_on else { continue };
        sketches.push(Sketch {
            group: Group {
                due_on,
                owner_id,
                audit_manager_id: manager_of(&audit_id)?,
            },
            reference,
            finding_id,
            deadline: Deadline::Task,
            task_id: Some(task_id),
        });
    }
    Ok(sketches)
}

/// The deadline a stored row names, when it still applies to a finding in the stored status.
fn still_open(kind: &str, status: &str) -> Result<Option<Deadline>, ModelError> {
    let deadline = Deadline::parse(kind)
        .ok_or_else(|| ModelError::Corrupt(format!("deadline kind `{kind}`")))?;
    let status = status
        .parse::<FindingStatus>()
        .map_err(ModelError::Corrupt)?;
    Ok(deadline.still_open(status).then_some(deadline))
}

/// The organisation's deadlines that still ask something of someone, soonest first.
pub fn open_items(
    connection: &mut DbConnection,
    scope: &Scope,
    filter: &ItemFilter,
) -> Result<Vec<Item>, ModelError> {
    let organisation_id = scope.organisation_id();
    let audit_names = audit_names(connection, scope)?;
    let audit_of = |audit_id: &str| {
        audit_names
            .get(audit_id)
            .cloned()
            .ok_or_else(|| ModelError::Corrupt(format!("a finding of an unknown audit {audit_id}")))
    };
    let mut query = finding_deadlines::table
        .inner_join(findings::table.on(findings::id.eq(finding_deadlines::finding_id)))
        .filter(finding_deadlines::organisation_id.eq(organisation_id.to_owned()))
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .into_boxed();
    // With the findings named, their deadlines are found by finding; `until` is then applied
    // below, since a range on the due day leads SQLite to scan every deadline by date instead.
    let until_in_sql = filter.until.filter(|_| filter.finding_ids.is_none());
    if let Some(until) = until_in_sql {
        query = query.filter(finding_deadlines::due_on.le(until));
    }
    if let Some(owner) = &filter.owner_id {
        query = query.filter(findings::owner_id.eq(owner.clone()));
    }
    if let Some(audit) = &filter.audit_id {
        query = query.filter(findings::audit_id.eq(audit.clone()));
    }
    if let Some(ids) = &filter.finding_ids {
        query = query.filter(finding_deadlines::finding_id.eq_any(ids.clone()));
    }
    let rows: Vec<FindingDeadlineRow> = query
        .select((
            finding_deadlines::finding_id,
            finding_deadlines::kind,
            finding_deadlines::due_on,
            finding_deadlines::updated_at,
            findings::reference,
            findings::statement,
            findings::status,
            findings::owner_id,
            findings::audit_id,
        ))
        .load(connection)?;
    let mut items = Vec::with_capacity(rows.len());
    for (finding_id, kind, due_on, updated_at, reference, statement, status, owner_id, audit_id) in
        rows
    {
        if let Some(deadline) = still_open(&kind, &status)? {
            let (audit_name, audit_manager_id) = audit_of(&audit_id)?;
            items.push(Item {
                finding_id,
                task_id: None,
                task_title: None,
                deadline,
                due_on,
                reference,
                statement,
                owner_id,
                audit_id,
                audit_name,
                audit_manager_id,
                updated_at,
            });
        }
    }
    let mut task_query = tasks::table
        .inner_join(findings::table.on(findings::id.eq(tasks::finding_id)))
        .filter(tasks::organisation_id.eq(organisation_id.to_owned()))
        .filter(tasks::done.eq(false))
        .filter(tasks::due_on.is_not_null())
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .into_boxed();
    if let Some(until) = until_in_sql {
        task_query = task_query.filter(tasks::due_on.le(until));
    }
    if let Some(owner) = &filter.owner_id {
        task_query = task_query.filter(tasks::owner_id.eq(owner.clone()));
    }
    if let Some(audit) = &filter.audit_id {
        task_query = task_query.filter(findings::audit_id.eq(audit.clone()));
    }
    if let Some(ids) = &filter.finding_ids {
        task_query = task_query.filter(tasks::finding_id.eq_any(ids.clone()));
    }
    let rows: Vec<TaskRow> = task_query
        .select((
            tasks::id,
            tasks::title,
            tasks::due_on,
            tasks::owner_id,
            tasks::updated_at,
            findings::id,
            findings::reference,
            findings::statement,
            findings::status,
            findings::audit_id,
        ))
        .load(connection)?;
    for (
        task_id,
        title,
        due_on,
        owner_id,
        updated_at,
        finding_id,
        reference,
        statement,
        _,
        audit_id,
    ) in rows
    {
        let Some(due_on) = due_on else { continue };
        let (audit_name, audit_manager_id) = audit_of(&audit_id)?;
        items.push(Item {
            finding_id,
            task_id: Some(task_id),
            task_title: Some(title),
            deadline: Deadline::Task,
            due_on,
            reference,
            statement,
            owner_id,
            audit_id,
            audit_name,
            audit_manager_id,
            updated_at,
        });
    }
    if let Some(until) = filter.until {
        items.retain(|item| item.due_on <= until);
    }
    items.sort_by(|a, b| (a.due_on, &a.reference).cmp(&(b.due_on, &b.reference)));
    Ok(items)
}

/// A person who can receive email.
#[derive(Debug, Clone)]
pub struct Person {
    /// User id.
    pub id: String,
    /// Address.
    pub email: String,
    /// How to greet them.
    pub greeting: String,
    /// Role.
    pub role: Role,
    /// Their time zone (UTC when theirs is unknown).
    pub time_zone: Tz,
}

/// The organisation's people, by id.
pub struct People {
    by_id: HashMap<String, Person>,
    /// Who manages an audit with no named manager: the managers, else the administrators,
    /// in a stable order; found once, since every item asks.
    fallback_managers: Vec<String>,
    /// The organisation's name, which every message may say (`{{organisation}}`).
    organisation: String,
}

impl People {
    /// Reads the organisation's users.
    pub fn load(connection: &mut DbConnection, scope: &Scope) -> Result<People, ModelError> {
        let by_id = user::list(connection, scope)?
            .into_iter()
            .map(|u| {
                let person = Person {
                    greeting: u
                        .name
                        .clone()
                        .filter(|n| !n.trim().is_empty())
                        .unwrap_or_else(|| u.email.clone()),
                    time_zone: u.time_zone.parse().unwrap_or(Tz::UTC),
                    email: u.email,
                    role: u.role,
                    id: u.id.into(),
                };
                (person.id.clone(), person)
            })
            .collect::<HashMap<String, Person>>();
        let with_role = |role: Role| {
            let mut ids: Vec<String> = by_id
                .values()
                .filter(|p| p.role == role)
                .map(|p| p.id.clone())
                .collect();
            ids.sort();
            ids
        };
        let mut fallback_managers = with_role(Role::Manager);
        if fallback_managers.is_empty() {
            fallback_managers = with_role(Role::Admin);
        }
        Ok(People {
            by_id,
            fallback_managers,
            organisation: closeout_model::organisation::get(connection, scope)?.name,
        })
    }

    /// The values every message to `person` has: whom it greets, and the organisation.
    pub fn values_for(&self, person: &Person) -> Values {
        let mut values = Values::new();
        values.insert("recipient", person.greeting.clone());
        values.insert("organisation", self.organisation.clone());
        values
    }

    /// One person.
    pub fn get(&self, id: &str) -> Option<&Person> {
        self.by_id.get(id)
    }

    /// The person with this address.
    pub fn by_email(&self, email: &str) -> Option<&Person> {
        let email = email.trim().to_lowercase();
        self.by_id.values().find(|p| p.email == email)
    }

    /// Everyone.
    pub fn all(&self) -> impl Iterator<Item = &Person> {
        self.by_id.values()
    }

    /// Who manages an audit's follow-up: its named manager, else the organisation's managers,
    /// else its administrators.
    pub fn managers(&self, audit_manager_id: Option<&str>) -> Vec<&Person> {
        if let Some(manager) = audit_manager_id.and_then(|id| self.get(id)) {
            return vec![manager];
        }
        self.fallback_managers
            .iter()
            .filter_map(|id| self.get(id))
            .collect()
    }

    /// Everyone with a role, in a stable order.
    pub fn with_role(&self, role: Role) -> Vec<&Person> {
        let mut found: Vec<&Person> = self.by_id.values().filter(|p| p.role == role).collect();
        found.sort_by(|a, b| a.id.cmp(&b.id));
        found
    }

    /// Who must act on a finding or task: its owner, or when it has none, the audit's
    /// managers.
    pub fn responsible(
        &self,
        owner_id: Option<&str>,
        audit_manager_id: Option<&str>,
    ) -> Vec<&Person> {
        match owner_id.and_then(|id| self.get(id)) {
            Some(owner) => vec![owner],
            None => self.managers(audit_manager_id),
        }
    }
}

/// The organisation's rules and template overrides; the defaults when it set none. Stored
/// settings that no longer parse (a hand-edited row) fall back to the defaults with a warning
/// rather than stopping every reminder.
pub fn settings(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<(Rules, Overrides), ModelError> {
    let organisation_id = scope.organisation_id();
    let Some((rules, templates)) = notification::settings(connection, scope)? else {
        return Ok((Rules::default(), Overrides::default()));
    };
    let rules = serde_json::from_str(&rules).unwrap_or_else(|e| {
        tracing::warn!(organisation_id, error = %e, "stored reminder rules unreadable; using the defaults");
        Rules::default()
    });
    let templates = serde_json::from_str(&templates).unwrap_or_else(|e| {
        tracing::warn!(organisation_id, error = %e, "stored templates unreadable; using the defaults");
        Overrides::default()
    });
    Ok((rules, templates))
}

/// What a message about a finding needs.
#[derive(Debug, Clone, Queryable)]
pub struct FindingInfo {
    /// The finding.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Statement.
    pub statement: String,
    /// Owner.
    pub owner_id: Option<String>,
    /// Audit.
    pub audit_id: String,
    /// Audit name.
    pub audit_name: String,
    /// Audit manager.
    pub audit_manager_id: Option<String>,
}

/// The findings named, with their audits.
pub fn findings_by_id(
    connection: &mut DbConnection,
    scope: &Scope,
    ids: &[&str],
) -> Result<HashMap<String, FindingInfo>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut found = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<FindingInfo> = findings::table
            .inner_join(audits::table.on(audits::id.eq(findings::audit_id)))
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(findings::id.eq_any(chunk))
            .select((
                findings::id,
                findings::reference,
                findings::statement,
                findings::owner_id,
                findings::audit_id,
                audits::name,
                audits::manager_id,
            ))
            .load(connection)?;
        found.extend(rows.into_iter().map(|f| (f.id.clone(), f)));
    }
    Ok(found)
}

/// A task's title and owner.
pub fn task_titles(
    connection: &mut DbConnection,
    scope: &Scope,
    ids: &[&str],
) -> Result<HashMap<String, (String, Option<String>)>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut found = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, String, Option<String>)> = tasks::table
            .filter(tasks::organisation_id.eq(organisation_id))
            .filter(tasks::id.eq_any(chunk))
            .select((tasks::id, tasks::title, tasks::owner_id))
            .load(connection)?;
        found.extend(
            rows.into_iter()
                .map(|(id, title, owner)| (id, (title, owner))),
        );
    }
    Ok(found)
}

/// Each finding's reference and its audit's name, for the grouped reminder email.
pub fn finding_labels(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_ids: &[String],
) -> Result<HashMap<String, (String, String)>, ModelError> {
    let organisation_id = scope.organisation_id();
    let rows: Vec<(String, String, String)> = findings::table
        .inner_join(audits::table)
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::id.eq_any(finding_ids))
        .select((findings::id, findings::reference, audits::name))
        .load(connection)?;
    Ok(rows
        .into_iter()
        .map(|(id, reference, audit)| (id, (reference, audit)))
        .collect())
}

/// The most findings a preview names in its query for the deadlines on its page; beyond it
/// (a page deep in the preview), every open deadline is read. SQLite allows 32,766 parameters.
const MAX_FINDINGS_LISTED: usize = 10_000;

/// What will be sent in the window's days from `now`: every wanted reminder and escalation
/// with when it goes out and its subject, a page at a time. Every open deadline is sketched
/// and counted first (see [`crate::schedule::tally`]); only those whose messages can be on the
/// page are read in full and planned one by one.
pub fn upcoming(
    connection: &mut DbConnection,
    scope: &Scope,
    window: crate::schedule::Window,
    local_hour: u32,
    base_url: &str,
    wanted: crate::schedule::Wanted,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<crate::schedule::Preview, ModelError> {
    let (rules, templates) = settings(connection, scope)?;
    let people = People::load(connection, scope)?;
    let until =
        crate::schedule::scan_until(&rules, now) + chrono::Days::new(u64::from(window.days));
    let sketches = open_sketches(connection, scope, until)?;
    let tally = crate::schedule::tally(&rules, &sketches, &people, now, window, local_hour, wanted);
    let finding_ids = (tally.finding_ids.len() <= MAX_FINDINGS_LISTED)
        .then(|| tally.finding_ids.iter().cloned().collect());
    let items = if tally.finding_ids.is_empty() {
        Vec::new()
    } else {
        open_items(
            connection,
            scope,
            &ItemFilter {
                until: Some(until),
                finding_ids,
                ..ItemFilter::default()
            },
        )?
    };
    let mut preview = crate::schedule::preview(
        &rules, &templates, &items, &people, now, window, local_hour, base_url, wanted,
    );
    preview.total = tally.total;
    Ok(preview)
}

/// Checks the organisation's reminder rules and template overrides and saves them; each
/// problem names its field (`rules.before_days`, a template's part).
pub fn save_settings(
    connection: &mut DbConnection,
    scope: &Scope,
    rules: Rules,
    templates: Overrides,
) -> Result<(Rules, Overrides), ModelError> {
    let mut errors = Vec::new();
    let rules =
        rules
            .checked()
            .map_err(|e| {
                errors.extend(e.into_iter().map(|f| {
                    closeout_model::FieldError::new(format!("rules.{}", f.field), f.message)
                }))
            })
            .ok();
    let templates = templates.checked().map_err(|e| errors.extend(e)).ok();
    let (Some(rules), Some(templates)) = (rules, templates) else {
        return Err(ModelError::Invalid(errors));
    };
    let rules_json = serde_json::to_string(&rules)
        .map_err(|e| ModelError::Corrupt(format!("serialising rules: {e}")))?;
    let templates_json = serde_json::to_string(&templates)
        .map_err(|e| ModelError::Corrupt(format!("serialising templates: {e}")))?;
    notification::save_settings(connection, scope, &rules_json, &templates_json)?;
    Ok((rules, templates))
}
