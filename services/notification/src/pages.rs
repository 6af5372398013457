//! The Calendar feeds page: subscribe a calendar to one's own deadlines or to an audit's (the
//! secret address shown once), see the feeds one may, revoke one.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::audit::{self, Audit, AuditFilter};
use closeout_model::notification::CalendarFeed;
use closeout_model::page::PageRequest;
use closeout_web::ui::{Chrome, NoFields, PageError, Submitted, Viewer, html, redirect};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

use crate::feeds;

pub(crate) fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/calendar-feeds", web::get().to(page))
        .route("/calendar-feeds", web::post().to(create))
        .route("/calendar-feeds/{feed_id}/revoke", web::post().to(revoke));
}

/// Audits offered for an audit's feed.
const AUDITS_OFFERED: i64 = 200;

#[derive(Template)]
#[template(path = "calendar_feeds.html")]
struct FeedsPage {
    chrome: Chrome,
    feeds: Vec<(CalendarFeed, String)>,
    audits: Vec<Audit>,
    may_follow_audits: bool,
    url: Option<String>,
}

closeout_web::screen!(FeedsPage);

async fn render(
    state: &AppState,
    viewer: &Viewer,
    url: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let feeds = feeds::visible(state, &viewer.caller).await?;
    let may_follow_audits = feeds::AUDIT_FEED_ROLES.contains(&viewer.caller.role());
    let organisation_id = viewer.caller.organisation_id().to_owned();
    let audits = if may_follow_audits {
        let page = PageRequest::parse(Some(AUDITS_OFFERED), None, None).map_err(ApiError::from)?;
        state
            .read(move |c| audit::list(c, &organisation_id, &AuditFilter::default(), page))
            .await?
            .items
    } else {
        Vec::new()
    };
    let feeds = feeds
        .into_iter()
        .map(|feed| {
            let of = match &feed.audit_id {
                Some(id) => audits
                    .iter()
                    .find(|a| &a.id == id)
                    .map_or_else(|| "an audit".to_owned(), |a| format!("audit {}", a.name)),
                None if feed.user_id == viewer.caller.user_id() => "your deadlines".to_owned(),
                None => "a person's deadlines".to_owned(),
            };
            (feed, of)
        })
        .collect();
    html(
        status,
        &FeedsPage {
            chrome: viewer.chrome("Calendar feeds", "calendar"),
            feeds,
            audits,
            may_follow_audits,
            url,
        },
    )
}

/// `GET /calendar-feeds`.
async fn page(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    render(&state, &viewer, None, StatusCode::OK).await
}

#[derive(Debug, Deserialize)]
struct NewFeed {
    #[serde(default)]
    audit_id: String,
}

/// `POST /calendar-feeds`: makes a feed and shows its address this once.
async fn create(
    state: web::Data<AppState>,
    submitted: Submitted<NewFeed>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let audit_id = Some(form.audit_id.trim().to_owned()).filter(|a| !a.is_empty());
    let (_, url) = feeds::create(&state, &viewer.caller, audit_id).await?;
    render(&state, &viewer, Some(url), StatusCode::CREATED).await
}

/// `POST /calendar-feeds/{id}/revoke`.
async fn revoke(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<NoFields>,
) -> Result<HttpResponse, PageError> {
    feeds::revoke(&state, &submitted.viewer.caller, &path).await?;
    Ok(redirect("/calendar-feeds"))
}
