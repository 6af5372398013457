//! The outbox: what one service tells others (a finding was assigned, a deadline moved),
//! written in the same transaction as the change itself, so nothing is lost when a reader is
//! down. Readers keep their own position in it.

use crate::scope::Scope;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::finding::FindingStatus;
use crate::history::Change;
use crate::id::{new_id, now};
use crate::lifecycle::Action;
use crate::schema::outbox;

/// The version of the payloads [`Message`] writes. A reader refuses a payload of a later
/// version (it would misread it) and reads one without a version as version 1, as the first
/// events were written.
pub const PAYLOAD_VERSION: u64 = 1;

/// Everything one service tells the others, as one type: what is written and what is read are
/// checked by the compiler, and a reader's `match` over it names every message it leaves
/// alone. Stored as a topic (`finding.assigned`...) and a JSON payload carrying its version.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A finding got a (new) owner. Topic `finding.assigned`.
    FindingAssigned {
        /// The finding.
        finding_id: String,
        /// The owner's email.
        owner: String,
    },
    /// A task got a (new) owner. Topic `task.assigned`.
    TaskAssigned {
        /// The task.
        task_id: String,
        /// Its finding.
        finding_id: String,
        /// The owner's email.
        owner: String,
    },
    /// A finding's deadlines changed. Topic `finding.deadline_changed`.
    DeadlineChanged {
        /// The finding.
        finding_id: String,
        /// Which deadlines, from and to.
        changes: Vec<Change>,
        /// Why.
        reason: String,
    },
    /// A finding's first plan was saved, moving it from `open` to `plan_drafted`. Topic
    /// `finding.draft_plan`.
    PlanDrafted {
        /// The finding.
        finding_id: String,
    },
    /// A finding took a lifecycle step. Topic `finding.<action>` (`finding.submit_plan`...).
    StepTaken {
        /// The finding.
        finding_id: String,
        /// The step.
        action: Action,
        /// The status before.
        from: FindingStatus,
        /// The status after.
        to: FindingStatus,
        /// Why, when the person said.
        reason: Option<String>,
    },
}

/// The stored forms of [`Message`]'s payloads.
mod payload {
    use serde::{Deserialize, Serialize};

    use crate::finding::FindingStatus;
    use crate::history::Change;

    fn one() -> u64 {
        1
    }

    #[derive(Serialize, Deserialize)]
    pub(super) struct Assigned {
        #[serde(default = "one")]
        pub v: u64,
        pub finding_id: String,
        pub owner: String,
    }

    #[derive(Serialize, Deserialize)]
    pub(super) struct TaskAssigned {
        #[serde(default = "one")]
        pub v: u64,
        pub task_id: String,
        pub finding_id: String,
        pub owner: String,
    }

    #[derive(Serialize, Deserialize)]
    pub(super) struct DeadlineChanged {
        #[serde(default = "one")]
        pub v: u64,
        pub finding_id: String,
        pub changes: Vec<Change>,
        pub reason: String,
    }

    #[derive(Serialize, Deserialize)]
    pub(super) struct Drafted {
        #[serde(default = "one")]
        pub v: u64,
        pub finding_id: String,
    }

    #[derive(Serialize, Deserialize)]
    pub(super) struct StepTaken {
        #[serde(default = "one")]
        pub v: u64,
        pub finding_id: String,
        pub from: FindingStatus,
        pub to: FindingStatus,
        pub reason: Option<String>,
    }
}

impl Message {
    /// One message of every kind (a step for every action), about `finding_id` and `task_id`
    /// for `owner`: what a reader's contract test feeds it, so that a new kind or action is
    /// met there at once.
    pub fn every_kind(finding_id: &str, task_id: &str, owner: &str) -> Vec<Message> {
        let mut all = vec![
            Message::FindingAssigned {
                finding_id: finding_id.to_string(),
                owner: owner.to_owned(),
            },
            Message::TaskAssigned {
                task_id: task_id.to_owned(),
                finding_id: finding_id.to_string(),
                owner: owner.to_owned(),
            },
            Message::DeadlineChanged {
                finding_id: finding_id.to_string(),
                changes: vec![Change::set("plan_due", "2026-04-03")],
                reason: "the auditor agreed".to_owned(),
            },
            Message::PlanDrafted {
                finding_id: finding_id.to_string(),
            },
        ];
        all.extend(Action::ALL.into_iter().map(|action| Message::StepTaken {
            finding_id: finding_id.to_string(),
            action,
            from: FindingStatus::Open,
            to: FindingStatus::PlanSubmitted,
            reason: Some("why".to_owned()),
        }));
        all
    }

    /// Every topic a message can be stored under.
    pub fn topics() -> Vec<String> {
        Message::every_kind("f", "t", "o")
            .iter()
            .map(Message::topic)
            .collect()
    }

    /// The stored topic.
    pub fn topic(&self) -> String {
        match self {
            Message::FindingAssigned { .. } => "finding.assigned".to_owned(),
            Message::TaskAssigned { .. } => "task.assigned".to_owned(),
            Message::DeadlineChanged { .. } => "finding.deadline_changed".to_owned(),
            Message::PlanDrafted { .. } => "finding.draft_plan".to_owned(),
            Message::StepTaken { action, .. } => format!("finding.{}", action.as_str()),
        }
    }

    /// What it is about: the task for a task's message, the finding otherwise.
    pub fn subject_id(&self) -> &str {
        match self {
            Message::TaskAssigned { task_id, .. } => task_id,
            Message::FindingAssigned { finding_id, .. }
            | Message::DeadlineChanged { finding_id, .. }
            | Message::PlanDrafted { finding_id }
            | Message::StepTaken { finding_id, .. } => finding_id,
        }
    }

    /// The finding it concerns.
    pub fn finding_id(&self) -> &str {
        match self {
            Message::FindingAssigned { finding_id, .. }
            | Message::TaskAssigned { finding_id, .. }
            | Message::DeadlineChanged { finding_id, .. }
            | Message::PlanDrafted { finding_id }
            | Message::StepTaken { finding_id, .. } => finding_id,
        }
    }

    /// The stored payload.
    pub fn payload(&self) -> String {
        let v = PAYLOAD_VERSION;
        let written = match self.clone() {
            Message::FindingAssigned { finding_id, owner } => {
                serde_json::to_string(&payload::Assigned {
                    v,
                    finding_id,
                    owner,
                })
            }
            Message::TaskAssigned {
                task_id,
                finding_id,
                owner,
            } => serde_json::to_string(&payload::TaskAssigned {
                v,
                task_id,
                finding_id,
                owner,
            }),
            Message::DeadlineChanged {
                finding_id,
                changes,
                reason,
            } => serde_json::to_string(&payload::DeadlineChanged {
                v,
                finding_id,
                changes,
                reason,
            }),
            Message::PlanDrafted { finding_id } => {
                serde_json::to_string(&payload::Drafted { v, finding_id })
            }
            Message::StepTaken {
                finding_id,
                from,
                to,
                reason,
                ..
            } => serde_json::to_string(&payload::StepTaken {
                v,
                finding_id,
                from,
                to,
                reason,
            }),
        };
        // Plain strings and JSON values only: serialising them cannot fail.
        written.unwrap_or_default()
    }

    /// Reads a stored event back; an unknown topic, a later version or a malformed payload is
    /// named in the error.
    pub fn parse(topic: &str, payload: &str) -> Result<Message, String> {
        fn read<'a, T: serde::Deserialize<'a>>(
            topic: &str,
            payload: &'a str,
            version: impl Fn(&T) -> u64,
        ) -> Result<T, String> {
            let read: T = serde_json::from_str(payload)
                .map_err(|e| format!("event `{topic}`: unreadable payload: {e}"))?;
            match version(&read) {
                v if v <= PAYLOAD_VERSION => Ok(read),
                v => Err(format!(
                    "event `{topic}`: payload version {v} is newer than this reader's ({PAYLOAD_VERSION})"
                )),
            }
        }
        match topic {
            "finding.assigned" => {
                let p: payload::Assigned = read(topic, payload, |p: &payload::Assigned| p.v)?;
                Ok(Message::FindingAssigned {
                    finding_id: p.finding_id,
                    owner: p.owner,
                })
            }
            "task.assigned" => {
                let p: payload::TaskAssigned =
                    read(topic, payload, |p: &payload::TaskAssigned| p.v)?;
                Ok(Message::TaskAssigned {
                    task_id: p.task_id,
                    finding_id: p.finding_id,
                    owner: p.owner,
                })
            }
            "finding.deadline_changed" => {
                let p: payload::DeadlineChanged =
                    read(topic, payload, |p: &payload::DeadlineChanged| p.v)?;
                Ok(Message::DeadlineChanged {
                    finding_id: p.finding_id,
                    changes: p.changes,
                    reason: p.reason,
                })
            }
            "finding.draft_plan" => {
                let p: payload::Drafted = read(topic, payload, |p: &payload::Drafted| p.v)?;
                Ok(Message::PlanDrafted {
                    finding_id: p.finding_id,
                })
            }
            _ => {
                let action = topic
                    .strip_prefix("finding.")
                    .and_then(|name| Action::ALL.into_iter().find(|a| a.as_str() == name))
                    .ok_or_else(|| format!("unknown event topic `{topic}`"))?;
                let p: payload::StepTaken = read(topic, payload, |p: &payload::StepTaken| p.v)?;
                Ok(Message::StepTaken {
                    finding_id: p.finding_id,
                    action,
                    from: p.from,
                    to: p.to,
                    reason: p.reason,
                })
            }
        }
    }
}

/// One event.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = outbox, treat_none_as_default_value = false)]
pub struct Event {
    /// Identifier; events sort by it in the order they were written.
    pub id: String,
    /// Tenant.
    pub organisation_id: String,
    /// What happened: [`Message::topic`].
    pub topic: String,
    /// The thing it happened to.
    pub subject_id: String,
    /// Details: [`Message::payload`].
    pub payload: String,
    /// When (UTC).
    pub created_at: chrono::NaiveDateTime,
}

impl Event {
    /// An event to publish.
    pub fn new(scope: &Scope, message: &Message) -> Event {
        let organisation_id = scope.organisation_id();
        Event {
            id: new_id(),
            organisation_id: organisation_id.to_owned(),
            topic: message.topic(),
            subject_id: message.subject_id().to_owned(),
            payload: message.payload(),
            created_at: now(),
        }
    }

    /// The message it carries.
    pub fn message(&self) -> Result<Message, String> {
        Message::parse(&self.topic, &self.payload)
    }
}

/// Publishes one message; call it in the transaction of the change it reports.
pub fn publish(
    connection: &mut DbConnection,
    scope: &Scope,
    message: &Message,
) -> Result<(), ModelError> {
    diesel::insert_into(outbox::table)
        .values(&Event::new(scope, message))
        .execute(connection)?;
    Ok(())
}

/// An organisation's events about one subject, oldest first.
pub fn for_subject(
    connection: &mut DbConnection,
    scope: &Scope,
    subject_id: &str,
) -> Result<Vec<Event>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(outbox::table
        .filter(outbox::organisation_id.eq(organisation_id))
        .filter(outbox::subject_id.eq(subject_id))
        .order(outbox::id)
        .select(Event::as_select())
        .load(connection)?)
}

/// The organisation's events after `position` (an event id; `None` for the start), written at
/// or before `until`, oldest first, at most `limit`.
pub fn after(
    connection: &mut DbConnection,
    scope: &Scope,
    position: Option<&str>,
    until: chrono::NaiveDateTime,
    limit: i64,
) -> Result<Vec<Event>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut query = outbox::table
        .filter(outbox::organisation_id.eq(organisation_id))
        .filter(outbox::created_at.le(until))
        .into_boxed();
    if let Some(position) = position {
        query = query.filter(outbox::id.gt(position.to_owned()));
    }
    Ok(query
        .order(outbox::id)
        .limit(limit)
        .select(Event::as_select())
        .load(connection)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_message() -> Vec<Message> {
        Message::every_kind("f", "t", "kiri@example.test")
    }

    #[test]
    fn every_kind_holds_every_variant_and_every_action() {
        // No wildcard: a new variant does not compile until it is counted here.
        let mut seen = [0; 5];
        for message in every_message() {
            let slot = match message {
                Message::FindingAssigned { .. } => 0,
                Message::TaskAssigned { .. } => 1,
                Message::DeadlineChanged { .. } => 2,
                Message::PlanDrafted { .. } => 3,
                Message::StepTaken { .. } => 4,
            };
            seen[slot] += 1;
        }
        assert_eq!(seen, [1, 1, 1, 1, Action::ALL.len()]);
        let mut topics = Message::topics();
        topics.sort();
        topics.dedup();
        assert_eq!(topics.len(), every_message().len(), "topics are distinct");
    }

    #[test]
    fn every_message_reads_back_as_it_was_written() {
        for message in every_message() {
            let event = Event::new(&Scope::system("org"), &message);
            assert_eq!(event.message(), Ok(message.clone()), "{}", event.topic);
            assert!(event.payload.contains("\"v\":1"), "{}", event.payload);
        }
    }

    #[test]
    fn payloads_written_before_versions_still_read_and_later_versions_are_refused() {
        let old = Message::parse(
            "finding.assigned",
            r#"{"finding_id": "f", "owner": "kiri@example.test"}"#,
        );
        assert_eq!(
            old,
            Ok(Message::FindingAssigned {
                finding_id: "f".into(),
                owner: "kiri@example.test".into()
            })
        );
        let step = Message::parse(
            "finding.reject_plan",
            r#"{"finding_id": "f", "from": "plan_submitted", "to": "plan_drafted", "reason": "no root cause"}"#,
        );
        assert!(matches!(
            step,
            Ok(Message::StepTaken {
                action: Action::RejectPlan,
                ..
            })
        ));
        let later = Message::parse(
            "finding.assigned",
            r#"{"v": 2, "finding_id": "f", "owner": "kiri@example.test"}"#,
        );
        assert!(later.is_err_and(|e| e.contains("version 2")));
        assert!(Message::parse("finding.exploded", "{}").is_err_and(|e| e.contains("unknown")));
        assert!(Message::parse("finding.assigned", "{").is_err_and(|e| e.contains("unreadable")));
    }
}
