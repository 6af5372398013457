//! The notification service's API: the notifications and their status, a preview of what will
//! go out, resending a failed one, the organisation's rules and templates, each person's
//! preferences, a test email, the audit's manager, and secret calendar feeds.

use actix_web::http::header;
use actix_web::web::ServiceConfig;
use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use chrono::Utc;
use chrono_tz::Tz;
use closeout_model::Scope;
use closeout_model::audit::{self, Audit};
use closeout_model::id;
use closeout_model::notification::{self, CalendarFeed, Filter, Notification, Outcome, Status};
use closeout_model::page::{Page, PageRequest};
use closeout_model::token;
use closeout_model::user::{self, Email};
use closeout_web::access::visible_audit;
use closeout_web::params::{PageParams, parse_optional};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use crate::feeds::MANAGERS;
use crate::mailer::Mailer;
use crate::message::{Kind, Overrides, render};
use crate::rules::Rules;
use crate::schedule::{Upcoming, Window};
use crate::store::{self, ItemFilter, People};
use crate::worker::Notifier;

pub(crate) fn configure(config: &mut ServiceConfig) {
    config
        .service(list)
        .service(preview)
        .service(resend)
        .service(send_test)
        .service(get_settings)
        .service(put_settings)
        .service(get_preferences)
        .service(put_preferences)
        .service(set_manager)
        .service(create_feed)
        .service(list_feeds)
        .service(revoke_feed)
        .service(calendar);
}

#[derive(OpenApi)]
#[openapi(
    paths(
        list,
        preview,
        resend,
        send_test,
        get_settings,
        put_settings,
        get_preferences,
        put_preferences,
        set_manager,
        create_feed,
        list_feeds,
        revoke_feed,
        calendar
    ),
    components(schemas(
        Notification,
        Status,
        Upcoming,
        Settings,
        Rules,
        Overrides,
        crate::message::TemplateOverride,
        crate::message::Kind,
        Preferences,
        TestEmail,
        ChooseManager,
        NewFeed,
        Feed
    )),
    tags((name = "notification", description = "Deadline reminders, escalations and calendar feeds"))
)]
pub(crate) struct ApiDoc;

/// Filters for the notification list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListQuery {
    /// pending, sending, sent, failed or cancelled.
    status: Option<String>,
    /// Only those about this finding.
    finding_id: Option<String>,
}

/// The organisation's notifications, newest first (contributors see their own).
#[utoipa::path(get, path = "/api/v1/notifications", tag = "notification", params(ListQuery, PageParams),
    responses((status = 200, body = Page<Notification>), (status = 401, body = Problem), (status = 422, body = Problem)))]
#[get("/notifications")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ListQuery>,
    page: web::Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    let filter = Filter {
        status: parse_optional::<Status>("status", query.status.as_deref())?,
        recipient_id: caller.visibility().assigned_to().map(ToString::to_string),
        finding_id: query.finding_id.clone(),
    };
    let page = page.parse()?;
    let scope = caller.scope().clone();
    let found = state
        .read(move |c| notification::list(c, &scope, &filter, page))
        .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// How far ahead to look.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PreviewQuery {
    /// Days ahead (1-90, default 14).
    days: Option<u32>,
    /// Messages per page, 1 to 500 (default 50).
    limit: Option<i64>,
    /// Messages to skip.
    offset: Option<i64>,
}

/// What will be sent in the next days: every reminder and escalation, when it goes out (UTC,
/// at each recipient's local hour) and its subject (contributors see their own), soonest first,
/// a page at a time (`next_after` is always null: this list pages by `offset`).
#[utoipa::path(get, path = "/api/v1/notifications/preview", tag = "notification", params(PreviewQuery),
    responses((status = 200, body = Page<Upcoming>), (status = 401, body = Problem), (status = 422, body = Problem)))]
#[get("/notifications/preview")]
pub(crate) async fn preview(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, ApiError> {
    let days = query.days.unwrap_or(14);
    if !(1..=90).contains(&days) {
        return Err(ApiError::invalid("days", "from 1 to 90"));
    }
    let page = PageRequest::parse(query.limit, query.offset, None)?;
    let window = Window {
        days,
        offset: usize::try_from(page.offset).unwrap_or(usize::MAX),
        limit: usize::try_from(page.limit).unwrap_or(1),
    };
    let scope = caller.scope().clone();
    let only = caller.visibility().assigned_to().map(ToString::to_string);
    let hour = state.config.notify_local_hour;
    let base_url = state.config.base_url.clone();
    // Reminders fall due on the minute: an answer holds for the minute it was computed in.
    let now = Utc::now();
    let minute = now.format("%Y-%m-%dT%H:%M");
    let upcoming = state.read(move |c| {
        store::upcoming(
            c,
            &scope,
            window,
            hour,
            &base_url,
            crate::schedule::Wanted {
                person_id: only.as_deref(),
                kind: None,
            },
            now,
        )
    });
    let answer = async {
        let upcoming = upcoming.await?;
        Ok(Page {
            items: upcoming.items,
            total: i64::try_from(upcoming.total).unwrap_or(i64::MAX),
            limit: page.limit,
            offset: page.offset,
            next_after: None,
        })
    };
    state.kept_json(&caller, &request, minute, answer).await
}

/// Send a failed notification again (admin, manager): it goes back in the queue, due now.
#[utoipa::path(post, path = "/api/v1/notifications/{notification_id}/resend", tag = "notification",
    responses((status = 200, body = Notification), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem)))]
#[post("/notifications/{notification_id}/resend")]
pub(crate) async fn resend(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    caller.require(MANAGERS, "resending a notification")?;
    let id = closeout_model::id::NotificationId::parse(&path)?;
    let scope = caller.scope().clone();
    let requeued = state
        .write(move |c| notification::resend(c, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(requeued))
}

/// Where to send a test email.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TestEmail {
    /// A user's email; the caller's own when left out.
    to: Option<String>,
}

/// Send a test email now (admin, manager) and say what the mail server answered. The message
/// is recorded like any other.
#[utoipa::path(post, path = "/api/v1/notifications/test", tag = "notification", request_body = TestEmail,
    responses((status = 201, body = Notification), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[post("/notifications/test")]
pub(crate) async fn send_test(
    state: web::Data<AppState>,
    caller: Caller,
    body: Option<web::Json<TestEmail>>,
) -> Result<HttpResponse, ApiError> {
    caller.require(MANAGERS, "sending a test email")?;
    let to = body.and_then(|b| b.into_inner().to);
    let scope = caller.scope().clone();
    let caller_id = caller.user_id().to_owned();
    let mailer = Mailer::from_config(&state.config)
        .map_err(|e| ApiError::Unavailable(format!("email is not configured correctly: {e}")))?;
    let notifier = Notifier::new(
        state.db.clone(),
        mailer,
        &state.config.base_url,
        state.config.notify_local_hour,
    );
    let db = state.db.clone();
    let sent = actix_web::web::block(move || -> Result<Notification, ApiError> {
        let (person, values, templates) = db.read(|c| {
            let people = People::load(c, &scope)?;
            let person = match &to {
                Some(email) => people.by_email(email).cloned(),
                None => people.get(&caller_id).cloned(),
            };
            let values = person.as_ref().map(|p| people.values_for(p));
            Ok((person, values, store::settings(c, &scope)?.1))
        })?;
        let (Some(person), Some(mut values)) = (person, values) else {
            return Err(ApiError::invalid(
                "to",
                "not the email of a user of this organisation",
            ));
        };
        values.insert("link", notifier.base_url().to_owned());
        let rendered = render(&templates.template(Kind::Test), &values);
        let now = Utc::now();
        let key = format!("test:{}", id::new_id());
        let mut row = crate::worker::pending(&scope, &key, Kind::Test, &person, rendered, now);
        // Claimed at once by this request, which sends it now.
        row.status = Status::Sending.as_str().to_owned();
        row.lease_until = Some(row.created_at + chrono::Duration::minutes(5));
        db.write(|c| notification::schedule(c, std::slice::from_ref(&row)))?;
        // A test is tried once: the point is to see the server's answer now.
        let outcome = match notifier.deliver(&row, now.naive_utc()) {
            Outcome::Retry(_, error) => Outcome::Failed(error),
            other => other,
        };
        db.write(|c| notification::record_outcome(c, &row.id, &outcome))?;
        let id = closeout_model::id::NotificationId::parse(&row.id)?;
        row = db.read(|c| notification::get(c, &scope, &id))?;
        Ok(row)
    })
    .await
    .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))??;
    Ok(HttpResponse::Created().json(sent))
}

/// The organisation's reminder rules and template overrides.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Settings {
    /// When reminders, escalations and digests go out.
    #[serde(default)]
    rules: Rules,
    /// Subject and body per kind of message, replacing the defaults; placeholders are
    /// `{{recipient}}`, `{{reference}}`, `{{audit}}`, `{{what}}`, `{{item}}`, `{{due_on}}`,
    /// `{{when}}`, `{{statement}}`, `{{owner}}`, `{{reason}}`, `{{summary}}`, `{{count}}`,
    /// `{{link}}`.
    #[serde(default)]
    templates: Overrides,
}

/// The organisation's reminder rules and template overrides (the defaults until changed).
#[utoipa::path(get, path = "/api/v1/notification-settings", tag = "notification",
    responses((status = 200, body = Settings), (status = 401, body = Problem)))]
#[get("/notification-settings")]
pub(crate) async fn get_settings(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let (rules, templates) = state.read(move |c| store::settings(c, &scope)).await?;
    Ok(HttpResponse::Ok().json(Settings { rules, templates }))
}

/// Replace the organisation's reminder rules and template overrides (admin, manager). Unknown
/// placeholders are refused. Messages already scheduled keep their text.
#[utoipa::path(put, path = "/api/v1/notification-settings", tag = "notification", request_body = Settings,
    responses((status = 200, body = Settings), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[put("/notification-settings")]
pub(crate) async fn put_settings(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<Settings>,
) -> Result<HttpResponse, ApiError> {
    caller.require(MANAGERS, "changing notification settings")?;
    let Settings { rules, templates } = body.into_inner();
    let scope = caller.scope().clone();
    let (rules, templates) = state
        .write(move |c| store::save_settings(c, &scope, rules, templates))
        .await?;
    Ok(HttpResponse::Ok().json(Settings { rules, templates }))
}

/// A person's notification preferences.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Preferences {
    /// Whether the weekly digest comes (deadline reminders always do).
    weekly_digest: Option<bool>,
    /// IANA time zone (`Europe/Vienna`), so reminders arrive at the local hour.
    time_zone: Option<String>,
}

/// The caller's notification preferences.
#[utoipa::path(get, path = "/api/v1/me/notification-preferences", tag = "notification",
    responses((status = 200, body = Preferences), (status = 401, body = Problem)))]
#[get("/me/notification-preferences")]
pub(crate) async fn get_preferences(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let user_id = caller.user_id().to_owned();
    let preferences = state
        .read(move |c| {
            let me = user::get(c, &scope, &user_id)?;
            Ok(Preferences {
                weekly_digest: Some(notification::wants_digest(c, &scope, &user_id)?),
                time_zone: Some(me.time_zone),
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(preferences))
}

/// Change the caller's preferences: opt out of (or back into) the weekly digest, and set the
/// time zone. Deadline reminders cannot be turned off.
#[utoipa::path(put, path = "/api/v1/me/notification-preferences", tag = "notification", request_body = Preferences,
    responses((status = 200, body = Preferences), (status = 401, body = Problem), (status = 422, body = Problem)))]
#[put("/me/notification-preferences")]
pub(crate) async fn put_preferences(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<Preferences>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let time_zone = body
        .time_zone
        .map(|name| {
            name.trim().parse::<Tz>().map_err(|_| {
                ApiError::invalid(
                    "time_zone",
                    format!("`{name}` is not an IANA time zone such as Europe/Vienna"),
                )
            })
        })
        .transpose()?;
    let scope = caller.scope().clone();
    let user_id = caller.user_id().to_owned();
    let digest = body.weekly_digest;
    let saved = state
        .write(move |c| {
            if let Some(digest) = digest {
                notification::set_digest(c, &scope, &user_id, digest)?;
            }
            if let Some(zone) = time_zone {
                user::set_time_zone(c, &scope, &user_id, zone.name())?;
            }
            let me = user::get(c, &scope, &user_id)?;
            Ok(Preferences {
                weekly_digest: Some(notification::wants_digest(c, &scope, &user_id)?),
                time_zone: Some(me.time_zone),
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

/// Who manages an audit.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChooseManager {
    /// A user's email; null for the organisation's managers.
    manager: Option<String>,
}

/// Name the audit's manager (admin, manager): the person escalations go to when its deadlines
/// are missed. Without one, escalations go to every manager of the organisation.
#[utoipa::path(put, path = "/api/v1/audits/{audit_id}/manager", tag = "notification", request_body = ChooseManager,
    responses((status = 200, body = Audit), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[put("/audits/{audit_id}/manager")]
pub(crate) async fn set_manager(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<ChooseManager>,
) -> Result<HttpResponse, ApiError> {
    caller.require(MANAGERS, "naming an audit's manager")?;
    let audit = visible_audit(&state, &caller, &path).await?;
    let manager = body
        .into_inner()
        .manager
        .map(|m| Email::parse(&m).map_err(|e| ApiError::invalid("manager", e)))
        .transpose()?;
    let scope = caller.scope().clone();
    let updated = state
        .write(move |c| audit::set_manager(c, &scope, &audit.id, manager.as_ref()))
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}

/// A calendar feed to create.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewFeed {
    /// An audit's deadlines; the caller's own deadlines when left out.
    audit_id: Option<String>,
}

/// A calendar feed.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Feed {
    /// Identifier, for revoking it.
    id: String,
    /// The audit it shows; null for the creator's own deadlines.
    audit_id: Option<String>,
    /// The secret address to subscribe to; shown once, when created.
    url: Option<String>,
    /// When it was created.
    #[schema(value_type = String, format = DateTime)]
    created_at: chrono::DateTime<Utc>,
    /// When it stops working: a year after it was made, or when the token it was made with
    /// ends if sooner; revoking that token ends it too.
    #[schema(value_type = Option<String>, format = DateTime)]
    expires_at: Option<chrono::DateTime<Utc>>,
}

impl Feed {
    fn from_row(feed: CalendarFeed, url: Option<String>) -> Feed {
        Feed {
            id: feed.id,
            audit_id: feed.audit_id,
            url,
            created_at: feed.created_at.and_utc(),
            expires_at: feed.expires_at.map(|at| at.and_utc()),
        }
    }
}

/// Create a secret calendar feed (iCalendar) of the caller's own deadlines, or of an audit's
/// (admin, manager, auditor). Subscribe to its URL from Outlook or Google Calendar; anyone
/// with the URL can read it, so it is shown once and can be revoked.
#[utoipa::path(post, path = "/api/v1/calendar-feeds", tag = "notification", request_body = NewFeed,
    responses((status = 201, body = Feed), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[post("/calendar-feeds")]
pub(crate) async fn create_feed(
    state: web::Data<AppState>,
    caller: Caller,
    body: Option<web::Json<NewFeed>>,
) -> Result<HttpResponse, ApiError> {
    let audit_id = body.and_then(|b| b.into_inner().audit_id);
    let (feed, url) = crate::feeds::create(&state, &caller, audit_id).await?;
    Ok(HttpResponse::Created().json(Feed::from_row(feed, Some(url))))
}

/// The organisation's live calendar feeds (without their secrets).
#[utoipa::path(get, path = "/api/v1/calendar-feeds", tag = "notification",
    responses((status = 200, body = Vec<Feed>), (status = 401, body = Problem)))]
#[get("/calendar-feeds")]
pub(crate) async fn list_feeds(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let feeds: Vec<Feed> = crate::feeds::visible(&state, &caller)
        .await?
        .into_iter()
        .map(|f| Feed::from_row(f, None))
        .collect();
    Ok(HttpResponse::Ok().json(feeds))
}

/// Revoke a calendar feed (its creator, an admin or a manager): its URL stops working.
#[utoipa::path(delete, path = "/api/v1/calendar-feeds/{feed_id}", tag = "notification",
    responses((status = 204), (status = 404, body = Problem)))]
#[delete("/calendar-feeds/{feed_id}")]
pub(crate) async fn revoke_feed(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    crate::feeds::revoke(&state, &caller, &path.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A calendar feed (iCalendar), read by calendar clients without a token: the secret in the
/// address is the credential.
#[utoipa::path(get, path = "/api/v1/calendar/{secret}", tag = "notification",
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = Problem)))]
#[get("/calendar/{secret}")]
pub(crate) async fn calendar(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let secret = path.into_inner();
    let secret = secret.strip_suffix(".ics").unwrap_or(&secret).to_owned();
    let base_url = state.config.base_url.clone();
    let body = state
        .read(move |c| {
            let not_found = || closeout_model::ModelError::not_found("calendar feed", "(secret)");
            // The secret authenticates the feed's creator: the feed reads what they may.
            let (feed, creator) =
                notification::feed_by_secret(c, &token::hash(&secret), id::now())?
                    .ok_or_else(not_found)?;
            let scope = Scope::of(&creator);
            // The creator may have lost the role that let them see the whole audit: the feed
            // goes with their access.
            if feed.audit_id.is_some() && !crate::feeds::AUDIT_FEED_ROLES.contains(&creator.role) {
                return Err(not_found());
            }
            let (name, filter) = match &feed.audit_id {
                Some(audit_id) => {
                    let audit_id = closeout_model::id::AuditId::parse(audit_id)?;
                    let audit = audit::get(c, &scope, &audit_id)?;
                    (
                        format!("Closeout: {}", audit.name),
                        ItemFilter {
                            audit_id: Some(audit.id.into()),
                            ..ItemFilter::default()
                        },
                    )
                }
                None => (
                    format!("Closeout: {}", creator.email),
                    ItemFilter {
                        owner_id: Some(creator.user_id.to_string()),
                        ..ItemFilter::default()
                    },
                ),
            };
            let items = store::open_items(c, &scope, &filter)?;
            Ok(crate::calendar::feed(&name, &items, &base_url, Utc::now()))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/calendar; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "private, max-age=300"))
        .body(body))
}
