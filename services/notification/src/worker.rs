//! The scheduler. Each tick, for each organisation:
//!
//! 1. **schedules** the reminders, escalations and digests due now (see [`crate::schedule`]),
//!    inserting each under its unique key, so one already scheduled (by an earlier tick, before a
//!    restart, or by another replica) is not scheduled again; and cancels pending reminders that
//!    no longer apply (the deadline moved or was met, the owner changed);
//! 2. **turns outbox events** (assignments, rejections, evidence submitted, deadlines moved)
//!    into messages, under a lock on its position in the outbox, in the transaction that moves
//!    the position, so each event is handled once;
//! 3. **sends** what is due: rows are claimed with a lease (`FOR UPDATE SKIP LOCKED` on
//!    PostgreSQL, so replicas claim different rows), sent, and marked. A "try later" answer or an
//!    unreachable server reschedules with exponential backoff; a refusal parks the row as failed.
//!
//! Steps 1 and 2 are one replica's work at a time, the holder of a lease it renews each tick
//! ([`closeout_model::lease`]); the other replicas only send, and take the lease over when it
//! lapses. The unique keys and the position lock, not the lease, keep each message single.
//!
//! The one window where a message can go twice is a crash after the server accepted it and
//! before it was marked sent; its lease then lapses and it is sent again, with the same
//! `Message-ID`, so mail clients can tell.

use closeout_model::Scope;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Timelike as _, Utc};
use closeout_model::id::new_id;
use closeout_model::lifecycle::Action;
use closeout_model::notification::{self, Notification, Outcome};
use closeout_model::outbox::{self, Event, Message};
use closeout_model::user::Role;
use closeout_model::{Backend, Database, DbConnection, ModelError, lease, organisation};
use serde::Serialize;
use serde_json::Value;

use crate::mailer::{Mailer, SendError};
use crate::message::{Kind, Rendered, render};
use crate::schedule::{self, finding_link, shorten};
use crate::store::{self, ItemFilter, People, Person};

/// Attempts before a message that keeps meeting "try later" is parked as failed.
pub const MAX_ATTEMPTS: i32 = 10;
/// The outbox topics the notifier turns into email, and to whom. Every topic the model writes
/// ([`closeout_model::outbox::Message::topics`]) is here or in [`NOT_EMAILED`]; a test
/// publishes each and checks the notifier does what these two lists say.
pub const EMAILED: &[(&str, &str)] = &[
    ("finding.assigned", "the new owner: assigned to you"),
    ("task.assigned", "the task's owner: a task assigned to you"),
    (
        "finding.deadline_changed",
        "the owner (or the audit's manager): deadlines changed",
    ),
    (
        "finding.reject_plan",
        "the owner (or the audit's manager): the plan was sent back",
    ),
    (
        "finding.reject_evidence",
        "the owner (or the audit's manager): the evidence was sent back",
    ),
    (
        "finding.submit_evidence",
        "the auditors (or the managers): evidence awaits verification",
    ),
];

/// The outbox topics the notifier reads and sends nothing for, and why.
pub const NOT_EMAILED: &[(&str, &str)] = &[
    ("finding.draft_plan", "the owner saved the plan themselves"),
    (
        "finding.submit_plan",
        "the step's taker knows; the manager sees it on the status pages",
    ),
    (
        "finding.accept_plan",
        "the owner sees it; deadline reminders carry on",
    ),
    ("finding.start", "the person who took the step knows"),
    (
        "finding.verify",
        "the history and the status pages carry it",
    ),
    ("finding.close", "the history and the status pages carry it"),
    (
        "finding.reopen",
        "deadline reminders start again from the reopened status",
    ),
];

/// How long a sender holds a claimed message before another may take it.
const LEASE: chrono::Duration = chrono::Duration::minutes(5);
/// Messages claimed at once.
const CLAIM_BATCH: i64 = 200;
/// Events handled per organisation per tick.
const EVENT_BATCH: i64 = 5_000;

/// What one tick did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TickReport {
    /// Messages scheduled.
    pub scheduled: usize,
    /// Pending reminders cancelled.
    pub cancelled: usize,
    /// Messages the server accepted.
    pub sent: usize,
    /// Messages to try again later.
    pub retried: usize,
    /// Messages given up on.
    pub failed: usize,
    /// Organisations whose work stopped on an error (logged).
    pub errors: usize,
    /// How long the oldest event handled waited in the outbox.
    pub outbox_lag: std::time::Duration,
    /// Whether this replica held the scheduling lease, and so scheduled and handled events
    /// (otherwise it only sent).
    pub held_lease: bool,
}

/// The lease on the scheduling pass over every organisation.
pub const SCHEDULER_LEASE: &str = "notification.scheduler";

/// This process's name as a lease holder: the host (a pod's name under Kubernetes) and an id,
/// since every container's process can have the same pid.
fn this_replica() -> &'static str {
    static REPLICA: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    REPLICA.get_or_init(|| {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "closeout".to_owned());
        format!("{host}/{}", new_id())
    })
}

/// The delay before attempt `attempts + 1`: one minute, doubling, at most two hours.
pub fn backoff(attempts: i32) -> chrono::Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(7);
    chrono::Duration::minutes(2_i64.pow(exponent)).min(chrono::Duration::hours(2))
}

/// How often the scheduler looks for urgent emails between ticks.
const URGENT_POLL: Duration = Duration::from_secs(1);

/// Time as stored: to the microsecond, like [`closeout_model::id::now`].
fn stored(at: DateTime<Utc>) -> NaiveDateTime {
    let naive = at.naive_utc();
    naive
        .with_nanosecond(naive.and_utc().timestamp_subsec_micros() * 1_000)
        .unwrap_or(naive)
}

/// One event's part in a message.
struct Entry<'a> {
    event_id: String,
    finding_id: &'a str,
    lines: Vec<String>,
    reason: String,
    item: String,
}

/// The notification scheduler and sender.
#[derive(Clone)]
pub struct Notifier {
    db: Database,
    mailer: Mailer,
    base_url: String,
    local_hour: u32,
    stop: Arc<AtomicBool>,
    only: Option<String>,
    replica: String,
    lease: chrono::Duration,
}

impl Notifier {
    /// A notifier over `db`, sending with `mailer`.
    pub fn new(db: Database, mailer: Mailer, base_url: &str, local_hour: u32) -> Notifier {
        Notifier {
            db,
            mailer,
            base_url: base_url.to_owned(),
            local_hour,
            stop: Arc::new(AtomicBool::new(false)),
            only: None,
            replica: this_replica().to_owned(),
            // Three ticks of the default minute: a holder that misses one tick keeps it.
            lease: chrono::Duration::minutes(3),
        }
    }

    /// The same notifier as another replica (a process is one replica by default; a
    /// benchmark or test runs two in one process with this).
    pub fn as_replica(mut self, name: &str) -> Notifier {
        name.clone_into(&mut self.replica);
        self
    }

    /// How long the scheduling lease lasts once taken or renewed: after that long without a
    /// tick from its holder, another replica takes the scheduling over.
    pub fn lease_for(mut self, lease: Duration) -> Notifier {
        self.lease = chrono::Duration::from_std(lease).unwrap_or(self.lease);
        self
    }

    /// A notifier that works for one organisation only (tests sharing a database use it).
    pub fn for_organisation(mut self, organisation_id: &str) -> Notifier {
        self.only = Some(organisation_id.to_owned());
        self
    }

    /// The flag that stops [`Notifier::run`] (and a send loop) at the next message.
    pub fn stop_flag(&self) -> Arc<AtomicBool> {
        self.stop.clone()
    }

    /// Runs ticks every `every` until stopped.
    pub fn run(&self, every: Duration) {
        tracing::info!(mailer = %self.mailer.describe(), every_secs = every.as_secs(), "notification scheduler started");
        while !self.stop.load(Ordering::Relaxed) {
            let started = std::time::Instant::now();
            match self.tick(Utc::now()) {
                Ok(report)
                    if report
                        != (TickReport {
                            held_lease: report.held_lease,
                            ..TickReport::default()
                        }) =>
                {
                    tracing::info!(
                        ?report,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "notification tick"
                    );
                }
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "notification tick failed"),
            }
            let mut polled = std::time::Instant::now();
            while started.elapsed() < every && !self.stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100).min(every));
                if polled.elapsed() >= URGENT_POLL {
                    polled = std::time::Instant::now();
                    self.send_urgent(Utc::now());
                }
            }
        }
        tracing::info!("notification scheduler stopped");
    }

    /// Sends what someone waits for at the screen (sign-in and password links) without
    /// waiting for the next tick.
    pub fn send_urgent(&self, now: DateTime<Utc>) {
        let waiting = match self
            .db
            .read(|c| notification::organisations_with_urgent(c, stored(now)))
        {
            Ok(waiting) => waiting,
            Err(error) => {
                tracing::error!(%error, "looking for urgent emails failed");
                return;
            }
        };
        for id in waiting {
            if self.only.as_ref().is_some_and(|only| *only != id) {
                continue;
            }
            let mut report = TickReport::default();
            if let Err(error) = self.send_due(&Scope::system(id.clone()), now, &mut report) {
                tracing::error!(organisation_id = %id, %error, "sending urgent emails failed");
            }
        }
    }

    /// One tick at `now`: schedule and handle events (the lease's holder only), then send. An
    /// organisation whose work fails is logged and counted, and the others go on.
    pub fn tick(&self, now: DateTime<Utc>) -> Result<TickReport, ModelError> {
        let mut report = TickReport::default();
        // A notifier for one organisation leases that organisation's pass alone, so tests
        // sharing a database do not wait on one another.
        let lease_name = match &self.only {
            Some(id) => format!("{SCHEDULER_LEASE}.{id}"),
            None => SCHEDULER_LEASE.to_owned(),
        };
        report.held_lease = lease::claim(
            &self.db,
            &lease_name,
            &self.replica,
            stored(now),
            stored(now + self.lease),
        )?;
        // Most organisations have nothing to send on most ticks: one query finds those that
        // do, instead of a claiming transaction per organisation. What this tick schedules
        // is due at once, so those organisations are claimed from too.
        let due = self
            .db
            .read(|c| notification::organisations_with_due(c, stored(now)))?;
        let organisations: Vec<String> = match &self.only {
            Some(id) => vec![id.clone()],
            None if report.held_lease => self
                .db
                .read(organisation::list)?
                .into_iter()
                .map(|o| o.id)
                .collect(),
            None => due.iter().cloned().collect(),
        };
        for id in &organisations {
            let scope = Scope::system(id.clone());
            let id = id.as_str();
            let before = report.scheduled;
            let result = if report.held_lease {
                self.schedule(&scope, now, &mut report)
                    .and_then(|()| self.handle_events(&scope, now, &mut report))
                    .map(|_| ())
            } else {
                Ok(())
            }
            .and_then(|()| {
                if due.contains(id) || report.scheduled > before {
                    self.send_due(&scope, now, &mut report)
                } else {
                    Ok(())
                }
            });
            if let Err(error) = result {
                report.errors += 1;
                tracing::error!(organisation_id = id, %error, "notifications for this organisation failed");
            }
        }
        // Housekeeping that belongs to no organisation rides on the same clock.
        if let Err(error) = self
            .db
            .write(|c| closeout_model::limits::forget_old_sign_in_failures(c, stored(now)))
        {
            tracing::error!(%error, "forgetting old sign-in failures failed");
        }
        closeout_web::metrics::emails(report.sent, report.failed + report.retried);
        closeout_web::metrics::outbox_lag(report.outbox_lag);
        Ok(report)
    }

    /// Schedules what is due now and cancels pending reminders that no longer apply.
    pub fn schedule(
        &self,
        scope: &Scope,
        now: DateTime<Utc>,
        report: &mut TickReport,
    ) -> Result<(), ModelError> {
        let (rules, templates, people, items, opted_out) = self.db.read(|c| {
            let (rules, templates) = store::settings(c, scope)?;
            let people = People::load(c, scope)?;
            let filter = ItemFilter {
                until: Some(schedule::scan_until(&rules, now)),
                ..ItemFilter::default()
            };
            let items = store::open_items(c, scope, &filter)?;
            let opted_out = notification::digest_opt_outs(c, scope)?;
            Ok((rules, templates, people, items, opted_out))
        })?;
        let due = schedule::due_now(&rules, &items, &people, now, self.local_hour);
        let digests = schedule::digests_due(&rules, &people, &opted_out, now, self.local_hour);
        let wanted: HashSet<&str> = due.iter().map(|d| d.key.as_str()).collect();
        let mut keys: Vec<&str> = wanted.iter().copied().collect();
        keys.extend(digests.iter().map(|d| d.key.as_str()));
        let existing = self
            .db
            .read(|c| notification::existing_keys(c, scope, &keys))?;
        let mut rows: Vec<Notification> = due
            .iter()
            .filter(|d| !existing.contains(&d.key))
            .map(|d| {
                let rendered = schedule::render_due(d, &people, &templates, &self.base_url);
                let mut row = pending(scope, &d.key, d.kind, d.person, rendered, now);
                row.step = d.step.name();
                row.finding_id = Some(d.item.finding_id.clone());
                row.task_id.clone_from(&d.item.task_id);
                row.deadline = Some(d.item.deadline.as_str().to_owned());
                row.due_on = Some(d.item.due_on);
                row
            })
            .collect();
        let new_digests: Vec<_> = digests
            .iter()
            .filter(|d| !existing.contains(&d.key))
            .collect();
        if !new_digests.is_empty() {
            let all = self
                .db
                .read(|c| store::open_items(c, scope, &ItemFilter::default()))?;
            for digest in new_digests {
                if let Some(rendered) =
                    schedule::render_digest(digest, &people, &all, &templates, &self.base_url)
                {
                    let mut row = pending(
                        scope,
                        &digest.key,
                        Kind::Digest,
                        digest.person,
                        rendered,
                        now,
                    );
                    row.step = crate::rules::iso_week(digest.today);
                    rows.push(row);
                }
            }
        }
        // Read first: on most ticks nothing is new and nothing stale, and no write is needed.
        // (Cancelling touches only rows still pending, so one a replica sent meanwhile stays.)
        let stale: Vec<String> = self
            .db
            .read(|c| {
                notification::pending_keys(
                    c,
                    scope,
                    &[Kind::Reminder.as_str(), Kind::Escalation.as_str()],
                )
            })?
            .into_iter()
            .filter(|(_, key)| !wanted.contains(key.as_str()))
            .map(|(id, _)| id)
            .collect();
        if rows.is_empty() && stale.is_empty() {
            return Ok(());
        }
        let (cancelled, scheduled) = self.db.write_for(scope.organisation_id(), |c| {
            let cancelled = notification::cancel(
                c,
                scope,
                &stale,
                "no longer due: the deadline moved or was met, the owner changed, or a later reminder replaced this one",
            )?;
            Ok((cancelled, notification::schedule(c, &rows)?))
        })?;
        report.cancelled += cancelled;
        report.scheduled += scheduled;
        Ok(())
    }
}

/// A new pending notification. Reminders and overdue notices share the `reminder` kind (their
/// key says which step); the template chosen is in the subject and body already.
pub fn pending(
    scope: &Scope,
    key: &str,
    kind: Kind,
    person: &Person,
    rendered: Rendered,
    now: DateTime<Utc>,
) -> Notification {
    let organisation_id = scope.organisation_id();
    let at = closeout_model::id::now();
    let stored_kind = match kind {
        Kind::Reminder | Kind::Overdue => "reminder",
        Kind::Escalation => "escalation",
        Kind::Digest => "digest",
        Kind::Test => "test",
        _ => "event",
    };
    Notification {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        dedupe_key: key.to_owned(),
        kind: stored_kind.to_owned(),
        step: kind.as_str().to_owned(),
        recipient_id: Some(person.id.clone()),
        recipient_email: person.email.clone(),
        finding_id: None,
        task_id: None,
        deadline: None,
        due_on: None,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        status: notification::Status::Pending.as_str().to_owned(),
        send_after: stored(now),
        attempts: 0,
        lease_until: None,
        last_error: None,
        created_at: at,
        updated_at: at,
        sent_at: None,
    }
}

impl Notifier {
    /// Turns the organisation's next batch of outbox events into messages, once each; returns
    /// how many events it handled (0 when it is up to date).
    pub fn handle_events(
        &self,
        scope: &Scope,
        now: DateTime<Utc>,
        report: &mut TickReport,
    ) -> Result<usize, ModelError> {
        // On PostgreSQL, transactions commit in any order, so an event written a moment ago by a
        // transaction still open could get an id below one already committed. Waiting a few
        // seconds past an event's time before reading it keeps the position from jumping it.
        let settle = match self.db.backend() {
            Backend::Sqlite => chrono::Duration::zero(),
            Backend::Postgres => chrono::Duration::seconds(5),
        };
        let (handled, scheduled, waited) = self.db.write_for(scope.organisation_id(), |c| {
            let position = notification::event_position(c, scope)?;
            let events = outbox::after(
                c,
                scope,
                position.as_deref(),
                stored(now - settle),
                EVENT_BATCH,
            )?;
            let Some(last) = events.last() else {
                return Ok((0, 0, std::time::Duration::ZERO));
            };
            let waited = (stored(now) - events[0].created_at)
                .to_std()
                .unwrap_or_default();
            let rows = self.event_rows(c, scope, &events, now)?;
            let scheduled = notification::schedule(c, &rows)?;
            notification::set_event_position(c, scope, &last.id)?;
            Ok((events.len(), scheduled, waited))
        })?;
        report.scheduled += scheduled;
        report.outbox_lag = report.outbox_lag.max(waited);
        Ok(handled)
    }

    fn event_rows(
        &self,
        connection: &mut DbConnection,
        scope: &Scope,
        events: &[Event],
        now: DateTime<Utc>,
    ) -> Result<Vec<Notification>, ModelError> {
        // An event this reader cannot read (a later version's, say) is logged and passed over:
        // holding the position on it would stop every reminder of the organisation.
        let messages: Vec<(&Event, Message)> = events
            .iter()
            .filter_map(|event| match event.message() {
                Ok(message) => Some((event, message)),
                Err(error) => {
                    tracing::warn!(event = %event.id, %error, "event passed over");
                    None
                }
            })
            .collect();
        let finding_ids: Vec<&str> = messages.iter().map(|(_, m)| m.finding_id()).collect();
        let task_ids: Vec<&str> = messages
            .iter()
            .filter_map(|(_, m)| match m {
                Message::TaskAssigned { task_id, .. } => Some(task_id.as_str()),
                _ => None,
            })
            .collect();
        let findings = store::findings_by_id(connection, scope, &finding_ids)?;
        let tasks = store::task_titles(connection, scope, &task_ids)?;
        let people = People::load(connection, scope)?;
        let (_, templates) = store::settings(connection, scope)?;
        // Messages of one kind to one person about one audit, from one batch of events, go out
        // as one email: an import of forty findings is one "assigned to you", not forty.
        let mut groups: BTreeMap<(Kind, String, String), Vec<Entry<'_>>> = BTreeMap::new();
        for (event, message) in &messages {
            let finding_id = message.finding_id();
            let Some(finding) = findings.get(finding_id) else {
                continue;
            };
            let responsible = || {
                people.responsible(
                    finding.owner_id.as_deref(),
                    finding.audit_manager_id.as_deref(),
                )
            };
            let mut reason = "none given".to_owned();
            let mut item = String::new();
            // Every message is named here: what it sends, or why it sends nothing.
            let (kind, recipients, lines): (Kind, Vec<&Person>, Vec<String>) = match message {
                Message::FindingAssigned { owner, .. } => {
                    let Some(person) = people.by_email(owner) else {
                        continue;
                    };
                    // Reassigned since: the later event speaks for the new owner.
                    if finding.owner_id.as_deref() != Some(person.id.as_str()) {
                        continue;
                    }
                    let line = format!(
                        "- {}: {}",
                        finding.reference,
                        shorten(&finding.statement, 160)
                    );
                    (Kind::Assigned, vec![person], vec![line])
                }
                Message::TaskAssigned { task_id, owner, .. } => {
                    let Some((title, task_owner)) = tasks.get(task_id.as_str()) else {
                        continue;
                    };
                    let Some(person) = people.by_email(owner) else {
                        continue;
                    };
                    if task_owner.as_deref() != Some(person.id.as_str()) {
                        continue;
                    }
                    item.clone_from(title);
                    (
                        Kind::TaskAssigned,
                        vec![person],
                        vec![format!("- {}: {}", finding.reference, shorten(title, 160))],
                    )
                }
                Message::DeadlineChanged {
                    changes,
                    reason: why,
                    ..
                } => {
                    reason.clone_from(why);
                    let date = |v: &Value| v.as_str().unwrap_or("none").to_owned();
                    let lines = changes
                        .iter()
                        .map(|c| {
                            format!(
                                "- {} {}: {} -> {}",
                                finding.reference,
                                c.field.replace('_', " "),
                                date(&c.from),
                                date(&c.to)
                            )
                        })
                        .collect();
                    (Kind::DeadlineChanged, responsible(), lines)
                }
                Message::StepTaken {
                    action,
                    reason: why,
                    ..
                } => {
                    if let Some(why) = why {
                        reason.clone_from(why);
                    }
                    // Grouped with others, the email lists the findings it is about.
                    let line = vec![format!(
                        "- {}: {}",
                        finding.reference,
                        shorten(&finding.statement, 160)
                    )];
                    match action {
                        Action::RejectPlan => (Kind::PlanRejected, responsible(), line),
                        Action::RejectEvidence => (Kind::EvidenceRejected, responsible(), line),
                        Action::SubmitEvidence => {
                            let mut verifiers = people.with_role(Role::Auditor);
                            if verifiers.is_empty() {
                                verifiers = people.managers(finding.audit_manager_id.as_deref());
                            }
                            (Kind::VerificationRequested, verifiers, line)
                        }
                        // Not emailed: the person who took the step knows, and the status
                        // pages, the history and the deadline reminders carry it from here.
                        Action::SubmitPlan
                        | Action::AcceptPlan
                        | Action::Start
                        | Action::Verify
                        | Action::Close
                        | Action::Reopen => continue,
                    }
                }
                // Not emailed: the owner saved the plan themselves.
                Message::PlanDrafted { .. } => continue,
            };
            for person in recipients {
                groups
                    .entry((kind, person.id.clone(), finding.audit_id.clone()))
                    .or_default()
                    .push(Entry {
                        event_id: event.id.clone(),
                        finding_id,
                        lines: lines.clone(),
                        reason: reason.clone(),
                        item: item.clone(),
                    });
            }
        }
        let mut rows = Vec::new();
        for ((kind, person_id, _), entries) in groups {
            let Some(person) = people.get(&person_id) else {
                continue;
            };
            let Some(first) = entries.first() else {
                continue;
            };
            let Some(finding) = findings.get(first.finding_id) else {
                continue;
            };
            let distinct: HashSet<&str> = entries.iter().map(|e| e.finding_id).collect();
            // Steps taken together for different reasons (two plans sent back, each with its
            // own) keep each reason next to its finding.
            let mut reasons: Vec<&str> = Vec::new();
            for entry in &entries {
                if !reasons.contains(&entry.reason.as_str()) {
                    reasons.push(&entry.reason);
                }
            }
            let several_reasons = reasons.len() > 1;
            let mut values = people.values_for(person);
            values.insert("audit", finding.audit_name.clone());
            if several_reasons {
                values.insert("reason", "given with each finding".to_owned());
            } else {
                values.insert("reason", first.reason.clone());
            }
            values.insert("item", first.item.clone());
            values.insert("statement", shorten(&finding.statement, 600));
            if distinct.len() == 1 {
                values.insert("reference", finding.reference.clone());
                values.insert("link", finding_link(&self.base_url, first.finding_id));
            } else {
                values.insert("reference", format!("{} findings", distinct.len()));
                values.insert("statement", String::new());
                values.insert(
                    "link",
                    format!(
                        "{}/api/v1/audits/{}/findings",
                        self.base_url.trim_end_matches('/'),
                        finding.audit_id
                    ),
                );
            }
            let lines: Vec<String> = entries
                .iter()
                .flat_map(|e| {
                    let mut lines = e.lines.clone();
                    if several_reasons {
                        lines.push(format!("  Reason: {}", e.reason));
                    }
                    lines
                })
                .collect();
            // About one finding, a list of findings would only repeat the statement above it.
            let only_lists_findings = matches!(
                kind,
                Kind::Assigned
                    | Kind::VerificationRequested
                    | Kind::PlanRejected
                    | Kind::EvidenceRejected
            );
            if distinct.len() > 1 || !only_lists_findings || several_reasons {
                values.insert("summary", lines.join("\n"));
            }
            let rendered = render(&templates.template(kind), &values);
            let key = format!("event:{}:{}:{}", first.event_id, kind.as_str(), person.id);
            let mut row = pending(scope, &key, kind, person, rendered, now);
            if distinct.len() == 1 {
                row.finding_id = Some(first.finding_id.to_owned());
            }
            rows.push(row);
        }
        Ok(rows)
    }

    /// Sends everything of the organisation's that is due at `now`.
    pub fn send_due(
        &self,
        scope: &Scope,
        now: DateTime<Utc>,
        report: &mut TickReport,
    ) -> Result<(), ModelError> {
        let at = stored(now);
        while !self.stop.load(Ordering::Relaxed) {
            let claimed = self.db.write_for(scope.organisation_id(), |c| {
                notification::claim_due(c, scope, at, at + LEASE, CLAIM_BATCH)
            })?;
            if claimed.is_empty() {
                break;
            }
            let (groups, claimed) = crate::group::split(claimed);
            for group in groups {
                self.send_group(scope, group, now, report)?;
            }
            let queue = Mutex::new(claimed.into_iter());
            let results: Vec<Result<TickReport, ModelError>> = std::thread::scope(|scope| {
                let workers: Vec<_> = (0..self.mailer.connections())
                    .map(|_| scope.spawn(|| self.send_from(&queue, at)))
                    .collect();
                workers
                    .into_iter()
                    .map(|w| {
                        w.join().unwrap_or_else(|_| {
                            Err(ModelError::Corrupt("a sender thread panicked".into()))
                        })
                    })
                    .collect()
            });
            for result in results {
                let counted = result?;
                report.sent += counted.sent;
                report.retried += counted.retried;
                report.failed += counted.failed;
            }
        }
        Ok(())
    }

    /// Sends one person's grouped reminders as one email and records its outcome on each.
    fn send_group(
        &self,
        scope: &Scope,
        group: Vec<Notification>,
        now: DateTime<Utc>,
        report: &mut TickReport,
    ) -> Result<(), ModelError> {
        let Some(first) = group.first() else {
            return Ok(());
        };
        let ids: Vec<String> = group.iter().filter_map(|m| m.finding_id.clone()).collect();
        let labels = self.db.read(|c| store::finding_labels(c, scope, &ids))?;
        let today = now.date_naive();
        let rendered = crate::group::render(&group, &labels, &self.base_url, today);
        let combined = Notification {
            subject: rendered.subject,
            body_text: rendered.text,
            body_html: rendered.html,
            // Retries count the most tried member's attempts.
            attempts: group.iter().map(|m| m.attempts).max().unwrap_or(0),
            ..first.clone()
        };
        let outcome = self.deliver(&combined, stored(now));
        match &outcome {
            Outcome::Sent => report.sent += group.len(),
            Outcome::Retry(..) => report.retried += group.len(),
            Outcome::Failed(error) => {
                report.failed += group.len();
                tracing::warn!(to = %combined.recipient_email, %error, "grouped email failed");
            }
        }
        self.db.write_for(scope.organisation_id(), |c| {
            for message in &group {
                notification::record_outcome(c, &message.id, &outcome)?;
            }
            Ok(())
        })
    }

    /// One sender: takes claimed messages from `queue` until it is empty, sending each and
    /// recording what became of it at once, so a crash loses at most the message in flight.
    fn send_from(
        &self,
        queue: &Mutex<std::vec::IntoIter<Notification>>,
        at: NaiveDateTime,
    ) -> Result<TickReport, ModelError> {
        let mut report = TickReport::default();
        loop {
            if self.stop.load(Ordering::Relaxed) {
                // What is left stays `sending`; its lease lapses and a sender takes it again.
                return Ok(report);
            }
            let next = queue
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .next();
            let Some(message) = next else {
                return Ok(report);
            };
            let outcome = self.deliver(&message, at);
            match &outcome {
                Outcome::Sent => report.sent += 1,
                Outcome::Retry(..) => report.retried += 1,
                Outcome::Failed(error) => {
                    report.failed += 1;
                    tracing::warn!(id = %message.id, to = %message.recipient_email, %error, "email failed");
                }
            }
            self.db.write_for(&message.organisation_id, |c| {
                notification::record_outcome(c, &message.id, &outcome)
            })?;
        }
    }

    /// Sends one claimed message and says what became of it.
    pub fn deliver(&self, message: &Notification, at: NaiveDateTime) -> Outcome {
        match self.mailer.send(message) {
            Ok(()) => Outcome::Sent,
            Err(SendError::Permanent(error)) => Outcome::Failed(error),
            Err(SendError::Transient(error)) if message.attempts + 1 >= MAX_ATTEMPTS => {
                Outcome::Failed(format!("gave up after {MAX_ATTEMPTS} attempts: {error}"))
            }
            Err(SendError::Transient(error)) => {
                Outcome::Retry(at + backoff(message.attempts + 1), error)
            }
        }
    }

    /// The base URL links point to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_a_minute_up_to_two_hours() {
        let minutes: Vec<i64> = (1..=10).map(|n| backoff(n).num_minutes()).collect();
        assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 64, 120, 120, 120]);
    }

    #[test]
    fn every_topic_the_model_writes_is_emailed_or_said_why_not_and_nothing_else() {
        let mut documented: Vec<&str> = EMAILED
            .iter()
            .chain(NOT_EMAILED)
            .map(|(topic, _)| *topic)
            .collect();
        documented.sort_unstable();
        let mut written = closeout_model::outbox::Message::topics();
        written.sort();
        assert_eq!(documented, written);
    }
}
