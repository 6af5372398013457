//! Calendar feeds: making one (a secret address shown once), the ones a caller may see, and
//! revoking one. The API and the Calendar feeds page both go through here.

use closeout_model::notification::{self, CalendarFeed};
use closeout_model::token::{self, Secret};
use closeout_model::user::Role;
use closeout_model::{ModelError, id};
use closeout_web::access::visible_audit;
use closeout_web::{ApiError, AppState, Caller};

/// Who may subscribe to a whole audit's deadlines (and whose audit feeds keep working).
pub(crate) const AUDIT_FEED_ROLES: &[Role] = &[Role::Admin, Role::Manager, Role::Auditor];

/// Who runs the follow-up here: revokes anyone's feed, sends test emails, sets the rules.
pub(crate) const MANAGERS: &[Role] = &[Role::Admin, Role::Manager];

/// Makes a feed of the caller's own deadlines, or of an audit's, and answers it with its
/// secret address (shown this once). It expires in a year, or with the token it was made with.
pub(crate) async fn create(
    state: &AppState,
    caller: &Caller,
    audit_id: Option<String>,
) -> Result<(CalendarFeed, String), ApiError> {
    if let Some(audit_id) = &audit_id {
        caller.require(AUDIT_FEED_ROLES, "subscribing to an audit's deadlines")?;
        visible_audit(state, caller, audit_id).await?;
    }
    let secret = Secret::generate()?;
    let created_at = id::now();
    let row = CalendarFeed {
        id: id::new_id(),
        organisation_id: caller.scope().organisation_id().to_owned(),
        user_id: caller.user_id().to_string(),
        audit_id,
        secret_hash: token::hash(secret.expose()),
        created_at,
        revoked_at: None,
        expires_at: None,
        token_id: caller.token_id().map(ToString::to_string),
    };
    let scope = caller.scope().clone();
    let token_id = caller.token_id().cloned();
    let feed = state
        .write(move |c| {
            let expires_at = notification::feed_expiry(c, &scope, token_id.as_ref(), created_at)?;
            let feed = CalendarFeed {
                expires_at: Some(expires_at),
                ..row
            };
            notification::create_feed(c, &feed)?;
            Ok(feed)
        })
        .await?;
    let url = format!(
        "{}/api/v1/calendar/{}.ics",
        state.config.base_url.trim_end_matches('/'),
        secret.expose()
    );
    Ok((feed, url))
}

/// The live feeds the caller may see: a contributor's own, everyone's for the others.
pub(crate) async fn visible(
    state: &AppState,
    caller: &Caller,
) -> Result<Vec<CalendarFeed>, ApiError> {
    let scope = caller.scope().clone();
    let mine = caller.visibility().assigned_to().map(ToString::to_string);
    let feeds = state.read(move |c| notification::feeds(c, &scope)).await?;
    Ok(feeds
        .into_iter()
        .filter(|f| mine.as_ref().is_none_or(|me| &f.user_id == me))
        .collect())
}

/// Revokes a feed: the caller's own, or (admin, manager) anyone's; others answer 404.
pub(crate) async fn revoke(state: &AppState, caller: &Caller, id: &str) -> Result<(), ApiError> {
    let id = closeout_model::id::FeedId::parse(id)?;
    let scope = caller.scope().clone();
    let manager = MANAGERS.contains(&caller.role());
    let caller_id = caller.user_id().to_owned();
    state
        .write(move |c| {
            let theirs = notification::feeds(c, &scope)?
                .into_iter()
                .any(|f| f.id == id && (manager || f.user_id == caller_id));
            if !theirs {
                return Err(ModelError::not_found("calendar feed", id.as_str()));
            }
            notification::revoke_feed(c, &scope, &id)
        })
        .await
}
