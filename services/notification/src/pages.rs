//! The notification service's pages: Calendar feeds (subscribe a calendar to one's own
//! deadlines or to an audit's, the secret address shown once; revoke one) and Reminders (the
//! rules, and the emails they will send in the next two weeks).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::audit::{self, Audit, AuditFilter};
use closeout_model::notification::CalendarFeed;
use closeout_model::page::PageRequest;
use closeout_web::ui::{Chrome, NoFields, PageError, Submitted, Viewer, html, redirect};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

use crate::feeds::{self, MANAGERS};

pub(crate) fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/calendar-feeds", web::get().to(page))
        .route("/calendar-feeds", web::post().to(create))
        .route("/calendar-feeds/{feed_id}/revoke", web::post().to(revoke))
        .route("/reminders", web::get().to(reminders))
        .route("/reminders", web::post().to(save_reminders));
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
    let scope = viewer.caller.scope().clone();
    let audits = if may_follow_audits {
        let page = PageRequest::parse(Some(AUDITS_OFFERED), None, None).map_err(ApiError::from)?;
        state
            .read(move |c| audit::list(c, &scope, &AuditFilter::default(), page))
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

/// Upcoming emails listed on the page.
const UPCOMING_SHOWN: usize = 50;

/// Days ahead the page looks.
const UPCOMING_DAYS: u32 = 14;

/// The rules form as typed.
#[derive(Debug, Default, Deserialize)]
struct RulesForm {
    #[serde(default)]
    before_days: String,
    #[serde(default)]
    on_the_day: Option<String>,
    #[serde(default)]
    overdue_every_days: String,
    #[serde(default)]
    escalate_after_days: String,
    #[serde(default)]
    digest_weekday: String,
}

impl RulesForm {
    fn of(rules: &crate::rules::Rules) -> RulesForm {
        RulesForm {
            before_days: rules
                .before_days
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            on_the_day: rules.on_the_day.then(|| "on".to_owned()),
            overdue_every_days: rules.overdue_every_days.to_string(),
            escalate_after_days: rules
                .escalate_after_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            digest_weekday: rules
                .digest_weekday
                .map(|d| d.to_string())
                .unwrap_or_default(),
        }
    }

    /// The rules it says, or each field at fault.
    fn rules(&self) -> Result<crate::rules::Rules, Vec<closeout_model::FieldError>> {
        use closeout_model::FieldError;
        let mut errors = Vec::new();
        let mut number = |field: &str, text: &str| -> Option<u32> {
            match text.trim().parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.push(FieldError::new(
                        format!("rules.{field}"),
                        format!("`{}` is not a whole number of days", text.trim()),
                    ));
                    None
                }
            }
        };
        let before_days: Vec<u32> = self
            .before_days
            .split([',', ' ', ';'])
            .filter(|d| !d.trim().is_empty())
            .filter_map(|d| number("before_days", d))
            .collect();
        let overdue_every_days = number("overdue_every_days", &self.overdue_every_days);
        let escalate_after_days = if self.escalate_after_days.trim().is_empty() {
            None
        } else {
            number("escalate_after_days", &self.escalate_after_days)
        };
        let digest_weekday = match self.digest_weekday.trim() {
            "" => None,
            day => match day.parse::<chrono::Weekday>() {
                Ok(day) => Some(day),
                Err(_) => {
                    errors.push(FieldError::new(
                        "rules.digest_weekday",
                        "not a day of the week",
                    ));
                    None
                }
            },
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(crate::rules::Rules {
            before_days,
            on_the_day: self.on_the_day.is_some(),
            overdue_every_days: overdue_every_days.unwrap_or_default(),
            escalate_after_days,
            digest_weekday,
        })
    }
}

#[derive(Template)]
#[template(path = "reminders.html")]
struct RemindersPage {
    chrome: Chrome,
    may_edit: bool,
    form: RulesForm,
    weekdays: Vec<closeout_web::ui::Choice>,
    upcoming: Vec<crate::schedule::Upcoming>,
    more: usize,
    errors: closeout_web::ui::FieldErrors,
    saved: bool,
    local_hour: u32,
}

closeout_web::screen!(RemindersPage);

async fn reminders_page(
    state: &AppState,
    viewer: &Viewer,
    form: Option<RulesForm>,
    errors: closeout_web::ui::FieldErrors,
    saved: bool,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let scope = viewer.caller.scope().clone();
    let only = viewer
        .caller
        .visibility()
        .assigned_to()
        .map(ToString::to_string);
    let hour = state.config.notify_local_hour;
    let base_url = state.config.base_url.clone();
    let (rules, upcoming) = state
        .read(move |c| {
            let (rules, _) = crate::store::settings(c, &scope)?;
            let upcoming = crate::store::upcoming(
                c,
                &scope,
                crate::schedule::Window {
                    days: UPCOMING_DAYS,
                    offset: 0,
                    limit: UPCOMING_SHOWN,
                },
                hour,
                &base_url,
                only.as_deref(),
                chrono::Utc::now(),
            )?;
            Ok((rules, upcoming))
        })
        .await?;
    let more = upcoming.total.saturating_sub(upcoming.items.len());
    let form = form.unwrap_or_else(|| RulesForm::of(&rules));
    let weekdays = closeout_web::ui::Choice::list(
        [
            ("", "No digest"),
            ("Mon", "Monday"),
            ("Tue", "Tuesday"),
            ("Wed", "Wednesday"),
            ("Thu", "Thursday"),
            ("Fri", "Friday"),
            ("Sat", "Saturday"),
            ("Sun", "Sunday"),
        ],
        &form.digest_weekday,
    );
    html(
        status,
        &RemindersPage {
            chrome: viewer.chrome("Reminders", "reminders"),
            may_edit: MANAGERS.contains(&viewer.caller.role()),
            form,
            weekdays,
            upcoming: upcoming.items,
            more,
            errors,
            saved,
            local_hour: state.config.notify_local_hour,
        },
    )
}

/// `GET /reminders`: the rules, and the emails they will send in the next two weeks.
async fn reminders(state: web::Data<AppState>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    reminders_page(
        &state,
        &viewer,
        None,
        closeout_web::ui::FieldErrors::default(),
        false,
        StatusCode::OK,
    )
    .await
}

/// `POST /reminders`: saves the rules (the templates stay as they are).
async fn save_reminders(
    state: web::Data<AppState>,
    submitted: Submitted<RulesForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(MANAGERS, "changing the reminder rules")?;
    let rules = match form.rules() {
        Ok(rules) => rules,
        Err(errors) => {
            return reminders_page(
                &state,
                &viewer,
                Some(form),
                closeout_web::ui::FieldErrors::from(errors.as_slice()),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let scope = viewer.caller.scope().clone();
    let saved = state
        .write(move |c| {
            let (_, templates) = crate::store::settings(c, &scope)?;
            crate::store::save_settings(c, &scope, rules, templates)
        })
        .await;
    match saved {
        Ok(_) => {
            reminders_page(
                &state,
                &viewer,
                None,
                closeout_web::ui::FieldErrors::default(),
                true,
                StatusCode::OK,
            )
            .await
        }
        Err(ApiError::Validation(errors)) => {
            reminders_page(
                &state,
                &viewer,
                Some(form),
                closeout_web::ui::FieldErrors::from(errors.as_slice()),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
