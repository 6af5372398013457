//! The outbox: what one service tells others (a finding was assigned, a deadline moved),
//! written in the same transaction as the change itself, so nothing is lost when a reader is
//! down. Readers keep their own position in it.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::id::{new_id, now};
use crate::schema::outbox;

/// Topics written today.
pub mod topic {
    /// A finding got a (new) owner. Payload: `{"finding_id", "owner"}`.
    pub const FINDING_ASSIGNED: &str = "finding.assigned";
    /// A finding's deadlines changed. Payload: `{"finding_id", "changes"}`.
    pub const DEADLINE_CHANGED: &str = "finding.deadline_changed";
}

/// One event.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = outbox, treat_none_as_default_value = false)]
pub struct Event {
    /// Identifier; events sort by it in the order they were written.
    pub id: String,
    /// Tenant.
    pub organisation_id: String,
    /// What happened.
    pub topic: String,
    /// The thing it happened to.
    pub subject_id: String,
    /// Details, JSON.
    pub payload: String,
    /// When (UTC).
    pub created_at: chrono::NaiveDateTime,
}

impl Event {
    /// An event to publish.
    pub fn new(
        organisation_id: &str,
        topic: &str,
        subject_id: &str,
        payload: &serde_json::Value,
    ) -> Event {
        Event {
            id: new_id(),
            organisation_id: organisation_id.to_owned(),
            topic: topic.to_owned(),
            subject_id: subject_id.to_owned(),
            payload: payload.to_string(),
            created_at: now(),
        }
    }
}

/// Publishes one event; call it in the transaction of the change it reports.
pub fn publish(
    connection: &mut DbConnection,
    organisation_id: &str,
    topic: &str,
    subject_id: &str,
    payload: &serde_json::Value,
) -> Result<(), ModelError> {
    diesel::insert_into(outbox::table)
        .values(&Event::new(organisation_id, topic, subject_id, payload))
        .execute(connection)?;
    Ok(())
}

/// An organisation's events about one subject, oldest first.
pub fn for_subject(
    connection: &mut DbConnection,
    organisation_id: &str,
    subject_id: &str,
) -> Result<Vec<Event>, ModelError> {
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
    organisation_id: &str,
    position: Option<&str>,
    until: chrono::NaiveDateTime,
    limit: i64,
) -> Result<Vec<Event>, ModelError> {
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
