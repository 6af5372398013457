//! Notifications: every email Closeout decides to send, kept as rows so that nothing is sent
//! twice and nothing is forgotten. Each row has a unique key naming what it is about (the
//! item, the deadline's date, the reminder step, the recipient); a second attempt to schedule
//! the same thing is ignored by the database itself, so restarts and replicas cannot double it.
//!
//! A row moves `pending` -> `sending` (claimed by one sender, with a lease) -> `sent`, or back to
//! `pending` with a later `send_after` when the server answered "try later", or to `failed`
//! when it refused or the retries ran out; a reminder that no longer applies is `cancelled`.
//! The rules deciding what to send live in the notification service; this module stores.

use crate::scope::Scope;
use crate::token::Principal;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::{DbConnection, backend};
use crate::error::ModelError;
use crate::id::now;
use crate::page::{Page, PageRequest};
use crate::schema::{
    calendar_feeds, notification_preferences, notification_settings, notifications,
};

/// Where a notification is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Waiting for its time, or for a retry.
    Pending,
    /// Claimed by a sender that is sending it now.
    Sending,
    /// Accepted by the mail server.
    Sent,
    /// Refused by the mail server, or out of retries.
    Failed,
    /// No longer applies: its deadline moved, its item closed, or its owner changed.
    Cancelled,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 5] = [
        Status::Pending,
        Status::Sending,
        Status::Sent,
        Status::Failed,
        Status::Cancelled,
    ];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Sending => "sending",
            Status::Sent => "sent",
            Status::Failed => "failed",
            Status::Cancelled => "cancelled",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Status, String> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == s.trim())
            .ok_or_else(|| {
                format!(
                    "unknown status `{s}`; expected pending, sending, sent, failed or cancelled"
                )
            })
    }
}

/// One email, as stored.
#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize, utoipa::ToSchema,
)]
#[diesel(table_name = notifications, treat_none_as_default_value = false)]
pub struct Notification {
    /// Identifier; also the message's `Message-ID`, so a mail client can spot a duplicate.
    pub id: String,
    /// Tenant.
    #[serde(skip)]
    pub organisation_id: String,
    /// What makes it unique: item, deadline date, step and recipient.
    pub dedupe_key: String,
    /// `reminder`, `escalation`, `event`, `digest` or `test`.
    pub kind: String,
    /// The reminder step (`before-7`, `due`, `overdue-3`...) or the event's name.
    pub step: String,
    /// The user it is for, when it is for a user.
    pub recipient_id: Option<String>,
    /// The address it goes to.
    pub recipient_email: String,
    /// The finding it is about.
    pub finding_id: Option<String>,
    /// The task it is about.
    pub task_id: Option<String>,
    /// Which deadline: `plan`, `evidence`, `closure` or `task`.
    pub deadline: Option<String>,
    /// The deadline's date when it was scheduled.
    pub due_on: Option<NaiveDate>,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body_text: String,
    /// HTML body.
    pub body_html: String,
    /// Stored status name (see [`Status`]).
    pub status: String,
    /// Not before this time (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub send_after: NaiveDateTime,
    /// Attempts made so far.
    pub attempts: i32,
    /// While `sending`: when the claim lapses if the sender died.
    #[serde(skip)]
    pub lease_until: Option<NaiveDateTime>,
    /// The mail server's last answer, or why it was cancelled.
    pub last_error: Option<String>,
    /// When it was scheduled (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
    /// When it last changed (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: NaiveDateTime,
    /// When the server accepted it (UTC).
    #[serde(serialize_with = "crate::id::as_utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub sent_at: Option<NaiveDateTime>,
}

/// Of `keys`, those already scheduled (in any status) in the organisation.
pub fn existing_keys(
    connection: &mut DbConnection,
    scope: &Scope,
    keys: &[&str],
) -> Result<std::collections::HashSet<String>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut found = std::collections::HashSet::new();
    for chunk in keys.chunks(500) {
        found.extend(
            notifications::table
                .filter(notifications::organisation_id.eq(organisation_id))
                .filter(notifications::dedupe_key.eq_any(chunk))
                .select(notifications::dedupe_key)
                .load::<String>(connection)?,
        );
    }
    Ok(found)
}

/// Schedules notifications; a key already scheduled is left as it is (the database's unique
/// key decides, so two schedulers racing cannot both add one). Returns how many were added.
pub fn schedule(connection: &mut DbConnection, rows: &[Notification]) -> Result<usize, ModelError> {
    backend::insert_notifications_once(connection, rows)
}

/// The keys of the organisation's pending notifications of these kinds.
pub fn pending_keys(
    connection: &mut DbConnection,
    scope: &Scope,
    kinds: &[&str],
) -> Result<Vec<(String, String)>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(notifications::table
        .filter(notifications::organisation_id.eq(organisation_id))
        .filter(notifications::status.eq(Status::Pending.as_str()))
        .filter(notifications::kind.eq_any(kinds))
        .select((notifications::id, notifications::dedupe_key))
        .load(connection)?)
}

/// Cancels pending notifications, saying why.
pub fn cancel(
    connection: &mut DbConnection,
    scope: &Scope,
    ids: &[String],
    why: &str,
) -> Result<usize, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut cancelled = 0;
    for chunk in ids.chunks(500) {
        cancelled += diesel::update(
            notifications::table
                .filter(notifications::organisation_id.eq(organisation_id))
                .filter(notifications::id.eq_any(chunk))
                .filter(notifications::status.eq(Status::Pending.as_str())),
        )
        .set((
            notifications::status.eq(Status::Cancelled.as_str()),
            notifications::last_error.eq(why),
            notifications::updated_at.eq(now()),
        ))
        .execute(connection)?;
    }
    Ok(cancelled)
}

/// Claims up to `limit` of the organisation's notifications that are due at `at` (and those
/// whose sender's lease lapsed), marking them `sending` until `lease_until`. Call it in a
/// write transaction: on PostgreSQL the rows are locked with `SKIP LOCKED`, so replicas claim
/// disjoint sets; on SQLite the single writer does the same.
pub fn claim_due(
    connection: &mut DbConnection,
    scope: &Scope,
    at: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> Result<Vec<Notification>, ModelError> {
    let organisation_id = scope.organisation_id();
    let ids = backend::due_notification_ids(connection, organisation_id, at, limit)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(notifications::table.filter(notifications::id.eq_any(&ids)))
        .set((
            notifications::status.eq(Status::Sending.as_str()),
            notifications::lease_until.eq(Some(lease_until)),
            notifications::updated_at.eq(now()),
        ))
        .execute(connection)?;
    Ok(notifications::table
        .filter(notifications::id.eq_any(&ids))
        .order(notifications::send_after)
        .select(Notification::as_select())
        .load(connection)?)
}

/// What became of one send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server accepted the message.
    Sent,
    /// Try again after this time; the answer is kept.
    Retry(NaiveDateTime, String),
    /// Give up; the answer is kept and the API shows it.
    Failed(String),
}

/// Records what became of a claimed notification.
pub fn record_outcome(
    connection: &mut DbConnection,
    id: &str,
    outcome: &Outcome,
) -> Result<(), ModelError> {
    let at = now();
    let target = notifications::table
        .filter(notifications::id.eq(id))
        .filter(notifications::status.eq(Status::Sending.as_str()));
    let attempts = notifications::attempts + 1;
    match outcome {
        Outcome::Sent => diesel::update(target)
            .set((
                notifications::status.eq(Status::Sent.as_str()),
                notifications::attempts.eq(attempts),
                notifications::sent_at.eq(Some(at)),
                notifications::lease_until.eq(None::<NaiveDateTime>),
                notifications::last_error.eq(None::<String>),
                notifications::updated_at.eq(at),
            ))
            .execute(connection)?,
        Outcome::Retry(after, error) => diesel::update(target)
            .set((
                notifications::status.eq(Status::Pending.as_str()),
                notifications::attempts.eq(attempts),
                notifications::send_after.eq(after),
                notifications::lease_until.eq(None::<NaiveDateTime>),
                notifications::last_error.eq(Some(error)),
                notifications::updated_at.eq(at),
            ))
            .execute(connection)?,
        Outcome::Failed(error) => diesel::update(target)
            .set((
                notifications::status.eq(Status::Failed.as_str()),
                notifications::attempts.eq(attempts),
                notifications::lease_until.eq(None::<NaiveDateTime>),
                notifications::last_error.eq(Some(error)),
                notifications::updated_at.eq(at),
            ))
            .execute(connection)?,
    };
    if matches!(outcome, Outcome::Sent | Outcome::Failed(_)) {
        // A link's secret is not kept once its email has gone (or cannot go): whoever reads
        // the table later cannot use an unexpired link.
        diesel::update(
            notifications::table
                .filter(notifications::id.eq(id))
                .filter(notifications::kind.eq_any(URGENT_KINDS)),
        )
        .set((
            notifications::body_text.eq(LINK_REMOVED),
            notifications::body_html.eq(LINK_REMOVED),
        ))
        .execute(connection)?;
    }
    Ok(())
}

/// Filters for the notification list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this status.
    pub status: Option<Status>,
    /// Only those for this user.
    pub recipient_id: Option<String>,
    /// Only those about this finding.
    pub finding_id: Option<String>,
}

/// The organisation's notifications, newest first, a page at a time.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    filter: &Filter,
    page: PageRequest,
) -> Result<Page<Notification>, ModelError> {
    let organisation_id = scope.organisation_id();
    let query = || {
        let mut query = notifications::table
            .filter(notifications::organisation_id.eq(organisation_id.to_owned()))
            .into_boxed();
        if let Some(status) = filter.status {
            query = query.filter(notifications::status.eq(status.as_str()));
        }
        if let Some(recipient) = &filter.recipient_id {
            query = query.filter(notifications::recipient_id.eq(recipient.clone()));
        }
        if let Some(finding) = &filter.finding_id {
            query = query.filter(notifications::finding_id.eq(finding.clone()));
        }
        query
    };
    let total: i64 = query().count().get_result(connection)?;
    let mut items = query();
    if let Some(after) = &page.after {
        items = items.filter(notifications::id.lt(after.clone()));
    }
    let items = items
        .order(notifications::id.desc())
        .limit(page.limit)
        .offset(page.offset)
        .select(Notification::as_select())
        .load::<Notification>(connection)?
        .into_iter()
        .map(|mut n| {
            // A link waiting to be sent is for its recipient only, not for whoever lists
            // the organisation's emails (an administrator could sign in as them).
            if URGENT_KINDS.contains(&n.kind.as_str()) {
                LINK_REMOVED.clone_into(&mut n.body_text);
                LINK_REMOVED.clone_into(&mut n.body_html);
            }
            n
        })
        .collect();
    Ok(Page::new(items, total, &page, |n| n.id.clone()))
}

/// One notification of the organisation.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &crate::id::NotificationId,
) -> Result<Notification, ModelError> {
    let organisation_id = scope.organisation_id();
    notifications::table
        .filter(notifications::organisation_id.eq(organisation_id))
        .filter(notifications::id.eq(id))
        .select(Notification::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("notification", id.as_str()))
}

/// Puts a failed notification back in the queue, due now, with its attempts reset.
pub fn resend(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &crate::id::NotificationId,
) -> Result<Notification, ModelError> {
    let found = get(connection, scope, id)?;
    if found.status != Status::Failed.as_str() {
        return Err(ModelError::Conflict(format!(
            "only a failed notification can be sent again; this one is {}",
            found.status
        )));
    }
    let at = now();
    diesel::update(notifications::table.filter(notifications::id.eq(id)))
        .set((
            notifications::status.eq(Status::Pending.as_str()),
            notifications::attempts.eq(0),
            notifications::send_after.eq(at),
            notifications::updated_at.eq(at),
        ))
        .execute(connection)?;
    get(connection, scope, id)
}

/// The organisation's reminder rules and template overrides, as stored JSON, if it set any.
pub fn settings(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<Option<(String, String)>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(notification_settings::table
        .find(organisation_id)
        .select((
            notification_settings::rules,
            notification_settings::templates,
        ))
        .first(connection)
        .optional()?)
}

/// Stores the organisation's reminder rules and template overrides (JSON).
pub fn save_settings(
    connection: &mut DbConnection,
    scope: &Scope,
    rules: &str,
    templates: &str,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let at = now();
    let updated = diesel::update(notification_settings::table.find(organisation_id))
        .set((
            notification_settings::rules.eq(rules),
            notification_settings::templates.eq(templates),
            notification_settings::updated_at.eq(at),
        ))
        .execute(connection)?;
    if updated == 0 {
        diesel::insert_into(notification_settings::table)
            .values((
                notification_settings::organisation_id.eq(organisation_id),
                notification_settings::rules.eq(rules),
                notification_settings::templates.eq(templates),
                notification_settings::updated_at.eq(at),
            ))
            .execute(connection)?;
    }
    Ok(())
}

/// Users of the organisation who opted out of the weekly digest.
pub fn digest_opt_outs(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<std::collections::HashSet<String>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(notification_preferences::table
        .filter(notification_preferences::organisation_id.eq(organisation_id))
        .filter(notification_preferences::weekly_digest.eq(false))
        .select(notification_preferences::user_id)
        .load::<String>(connection)?
        .into_iter()
        .collect())
}

/// Whether the user receives the weekly digest (yes, unless they opted out).
pub fn wants_digest(
    connection: &mut DbConnection,
    scope: &Scope,
    user_id: &crate::id::UserId,
) -> Result<bool, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(notification_preferences::table
        .filter(notification_preferences::organisation_id.eq(organisation_id))
        .filter(notification_preferences::user_id.eq(user_id))
        .select(notification_preferences::weekly_digest)
        .first::<bool>(connection)
        .optional()?
        .unwrap_or(true))
}

/// Records whether the user receives the weekly digest.
pub fn set_digest(
    connection: &mut DbConnection,
    scope: &Scope,
    user_id: &crate::id::UserId,
    weekly_digest: bool,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let at = now();
    let updated = diesel::update(
        notification_preferences::table
            .filter(notification_preferences::organisation_id.eq(organisation_id))
            .filter(notification_preferences::user_id.eq(user_id)),
    )
    .set((
        notification_preferences::weekly_digest.eq(weekly_digest),
        notification_preferences::updated_at.eq(at),
    ))
    .execute(connection)?;
    if updated == 0 {
        diesel::insert_into(notification_preferences::table)
            .values((
                notification_preferences::user_id.eq(user_id),
                notification_preferences::organisation_id.eq(organisation_id),
                notification_preferences::weekly_digest.eq(weekly_digest),
                notification_preferences::updated_at.eq(at),
            ))
            .execute(connection)?;
    }
    Ok(())
}

/// A secret calendar feed: a user's own deadlines, or one audit's.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = calendar_feeds)]
pub struct CalendarFeed {
    /// Identifier.
    pub id: String,
    /// Tenant.
    pub organisation_id: String,
    /// Who created it; a feed without an audit shows this user's deadlines.
    pub user_id: String,
    /// The audit whose deadlines it shows, if it is an audit's feed.
    pub audit_id: Option<String>,
    /// SHA-256 of the secret in its URL; the secret itself is never stored.
    pub secret_hash: String,
    /// When it was created.
    pub created_at: NaiveDateTime,
    /// When it was revoked.
    pub revoked_at: Option<NaiveDateTime>,
    /// When it stops working (a year after it was made unless its token ends sooner).
    pub expires_at: Option<NaiveDateTime>,
    /// The API token it was made with, if any: the feed dies with it.
    pub token_id: Option<String>,
}

/// How long a calendar feed works.
pub const FEED_LIFETIME_DAYS: i64 = 365;

/// Stores a new feed.
pub fn create_feed(connection: &mut DbConnection, feed: &CalendarFeed) -> Result<(), ModelError> {
    diesel::insert_into(calendar_feeds::table)
        .values(feed)
        .execute(connection)?;
    Ok(())
}

/// The live feed whose secret hashes to `secret_hash`. This is how an unauthenticated
/// calendar client is recognised, so it is the one lookup not scoped by organisation: the
/// secret names it.
///
/// A feed answers only while it is unrevoked and unexpired and, if it was made with an API
/// token, while that token still works.
pub fn feed_by_secret(
    connection: &mut DbConnection,
    secret_hash: &str,
    at: NaiveDateTime,
) -> Result<Option<(CalendarFeed, Principal)>, ModelError> {
    use crate::schema::{api_tokens, users};
    let Some(feed) = calendar_feeds::table
        .filter(calendar_feeds::secret_hash.eq(secret_hash))
        .filter(calendar_feeds::revoked_at.is_null())
        .filter(calendar_feeds::expires_at.gt(at))
        .select(CalendarFeed::as_select())
        .first(connection)
        .optional()?
    else {
        return Ok(None);
    };
    if let Some(token_id) = &feed.token_id {
        let live = api_tokens::table
            .filter(api_tokens::organisation_id.eq(&feed.organisation_id))
            .filter(api_tokens::id.eq(token_id))
            .filter(api_tokens::revoked_at.is_null())
            .filter(
                api_tokens::expires_at
                    .is_null()
                    .or(api_tokens::expires_at.gt(at)),
            )
            .count()
            .get_result::<i64>(connection)?;
        if live == 0 {
            return Ok(None);
        }
    }
    // The secret is a credential for the feed's creator, who may have left since.
    let Some(creator) = users::table
        .filter(users::organisation_id.eq(&feed.organisation_id))
        .filter(users::id.eq(&feed.user_id))
        .select(crate::user::UserRow::as_select())
        .first(connection)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(Some((feed, crate::token::principal_of(creator)?)))
}

/// When a feed made now with the token `token_id` (if any) stops working: a year from now,
/// or when that token expires if sooner.
pub fn feed_expiry(
    connection: &mut DbConnection,
    scope: &Scope,
    token_id: Option<&crate::id::TokenId>,
    at: NaiveDateTime,
) -> Result<NaiveDateTime, ModelError> {
    let longest = at + chrono::Duration::days(FEED_LIFETIME_DAYS);
    let Some(token_id) = token_id else {
        return Ok(longest);
    };
    let token = crate::token::get(connection, scope, token_id)?;
    Ok(token.expires_at.map_or(longest, |end| end.min(longest)))
}

/// Revokes one of the organisation's feeds.
pub fn revoke_feed(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &crate::id::FeedId,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let revoked = diesel::update(
        calendar_feeds::table
            .filter(calendar_feeds::organisation_id.eq(organisation_id))
            .filter(calendar_feeds::id.eq(id))
            .filter(calendar_feeds::revoked_at.is_null()),
    )
    .set(calendar_feeds::revoked_at.eq(Some(now())))
    .execute(connection)?;
    if revoked == 0 {
        return Err(ModelError::not_found("calendar feed", id.as_str()));
    }
    Ok(())
}

/// The organisation's live feeds.
pub fn feeds(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<Vec<CalendarFeed>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(calendar_feeds::table
        .filter(calendar_feeds::organisation_id.eq(organisation_id))
        .filter(calendar_feeds::revoked_at.is_null())
        .order(calendar_feeds::id)
        .select(CalendarFeed::as_select())
        .load(connection)?)
}

/// How far the organisation's outbox events have been turned into notifications: the id of
/// the last event handled. Call it in the write transaction that handles the next ones; on
/// PostgreSQL it locks the position, so replicas take turns instead of racing.
pub fn event_position(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<Option<String>, ModelError> {
    let organisation_id = scope.organisation_id();
    backend::lock_setting(
        connection,
        &format!("notification.events.{organisation_id}"),
    )
}

/// Moves the organisation's event position forward to `event_id`.
pub fn set_event_position(
    connection: &mut DbConnection,
    scope: &Scope,
    event_id: &str,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    use crate::schema::settings;
    let key = format!("notification.events.{organisation_id}");
    let updated = diesel::update(settings::table.find(&key))
        .set(settings::value.eq(event_id))
        .execute(connection)?;
    if updated == 0 {
        diesel::insert_into(settings::table)
            .values((settings::key.eq(&key), settings::value.eq(event_id)))
            .execute(connection)?;
    }
    Ok(())
}

/// What a sent sign-in or password email's body becomes in the table.
pub const LINK_REMOVED: &str = "(the single-use link this email carried is not kept)";

/// Kinds of email someone is waiting for at the screen (a sign-in or password link): the
/// sender looks for them every second rather than at the next tick.
pub const URGENT_KINDS: [&str; 1] = ["sign_in"];

/// The organisations with a message due at `at` (pending and due, or claimed by a sender
/// whose lease lapsed): one query, so a tick claims only where there is something to send.
pub fn organisations_with_due(
    connection: &mut DbConnection,
    at: NaiveDateTime,
) -> Result<std::collections::HashSet<String>, ModelError> {
    Ok(notifications::table
        .filter(
            notifications::status
                .eq(Status::Pending.as_str())
                .and(notifications::send_after.le(at))
                .or(notifications::status
                    .eq(Status::Sending.as_str())
                    .and(notifications::lease_until.le(at))),
        )
        .select(notifications::organisation_id)
        .distinct()
        .load::<String>(connection)?
        .into_iter()
        .collect())
}

/// Organisations with an urgent email waiting to be sent at `at`.
pub fn organisations_with_urgent(
    connection: &mut DbConnection,
    at: NaiveDateTime,
) -> Result<Vec<String>, ModelError> {
    Ok(notifications::table
        .filter(notifications::kind.eq_any(URGENT_KINDS))
        .filter(notifications::status.eq(Status::Pending.as_str()))
        .filter(notifications::send_after.le(at))
        .select(notifications::organisation_id)
        .distinct()
        .load(connection)?)
}
