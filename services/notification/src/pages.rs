//! The notification service's pages: Calendar feeds (subscribe a calendar to one's own
//! deadlines or to an audit's, the secret address shown once; revoke one) and Reminders (the
//! rules, the emails they will send in the next two weeks, and each email's template with a
//! preview).

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
use crate::message::{self, Kind, Overrides, Rendered, Template as MessageTemplate};

pub(crate) fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/calendar-feeds", web::get().to(page))
        .route("/calendar-feeds", web::post().to(create))
        .route("/calendar-feeds/{feed_id}/revoke", web::post().to(revoke))
        .route("/reminders", web::get().to(reminders))
        .route("/reminders", web::post().to(save_reminders))
        .route("/reminders/templates/{kind}", web::get().to(template))
        .route("/reminders/templates/{kind}", web::post().to(save_template));
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
            chrome: viewer.chrome("Calendar feeds", "settings"),
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

/// The organisation's rules and templates, and the first `shown` emails of the next two weeks
/// (of `kind` only, when given) that concern the viewer (all of them for those who see
/// everything).
async fn settings_and_upcoming(
    state: &AppState,
    viewer: &Viewer,
    shown: usize,
    kind: Option<Kind>,
) -> Result<(crate::rules::Rules, Overrides, crate::schedule::Preview), ApiError> {
    let scope = viewer.caller.scope().clone();
    let only = viewer
        .caller
        .visibility()
        .assigned_to()
        .map(ToString::to_string);
    let hour = state.config.notify_local_hour;
    let base_url = state.config.base_url.clone();
    state
        .read(move |c| {
            let (rules, templates) = crate::store::settings(c, &scope)?;
            let window = crate::schedule::Window {
                days: UPCOMING_DAYS,
                offset: 0,
                limit: shown,
            };
            let wanted = crate::schedule::Wanted {
                person_id: only.as_deref(),
                kind,
            };
            let upcoming = crate::store::upcoming(
                c,
                &scope,
                window,
                hour,
                &base_url,
                wanted,
                chrono::Utc::now(),
            )?;
            Ok((rules, templates, upcoming))
        })
        .await
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
    /// Each kind of email, its subject, and whether the organisation changed it.
    templates: Vec<(Kind, String, bool)>,
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
    let (rules, templates, upcoming) =
        settings_and_upcoming(state, viewer, UPCOMING_SHOWN, None).await?;
    let more = upcoming.total.saturating_sub(upcoming.items.len());
    let templates = Kind::ALL
        .into_iter()
        .map(|kind| {
            (
                kind,
                templates.template(kind).subject,
                templates.customised(kind),
            )
        })
        .collect();
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
            chrome: viewer.chrome("Reminders", "settings"),
            may_edit: MANAGERS.contains(&viewer.caller.role()),
            form,
            weekdays,
            upcoming: upcoming.items,
            more,
            templates,
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

/// The template form as typed, and which button sent it.
#[derive(Debug, Default, Deserialize)]
struct TemplateForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    text: String,
    /// `preview`, `save` or `default`.
    #[serde(default)]
    action: String,
}

#[derive(Template)]
#[template(path = "email_template.html")]
struct TemplatePage {
    chrome: Chrome,
    kind: Kind,
    may_edit: bool,
    subject: String,
    text: String,
    placeholders: &'static [&'static str],
    /// The message as it would go out, and what filled it.
    preview: Rendered,
    preview_of: String,
    subject_error: Option<String>,
    text_error: Option<String>,
    notice: Option<&'static str>,
}

closeout_web::screen!(TemplatePage);

fn kind_of(name: &str) -> Result<Kind, PageError> {
    Kind::parse(name).ok_or_else(|| {
        ApiError::NotFound(format!(
            "no email kind `{name}`; the kinds are {}",
            Kind::ALL.map(Kind::as_str).join(", ")
        ))
        .into()
    })
}

/// Renders the page for `kind` with `template` (as saved or as typed), previewed with the
/// next real email of that kind in the coming two weeks, or example values when none is due.
async fn template_page(
    state: &AppState,
    viewer: &Viewer,
    kind: Kind,
    typed: Option<MessageTemplate>,
    errors: closeout_web::ui::FieldErrors,
    notice: Option<&'static str>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    // The next email of this kind, wherever it falls in the two weeks.
    let (_, templates, upcoming) = settings_and_upcoming(state, viewer, 1, Some(kind)).await?;
    let template = typed.unwrap_or_else(|| templates.template(kind));
    let next = upcoming.items.first();
    let (values, preview_of) = match next {
        Some(u) => (
            u.values.clone(),
            format!(
                "the next one: to {} on {} (UTC), about {}",
                u.recipient,
                u.at.format("%Y-%m-%d %H:%M"),
                u.reference
            ),
        ),
        None => (
            kind.example_values(&state.config.base_url),
            "example values (no such email is due in the next two weeks)".to_owned(),
        ),
    };
    let preview = message::render(&template, &values);
    let error = |part: &str| {
        errors
            .get(&format!("templates.{}.{part}", kind.as_str()))
            .map(str::to_owned)
    };
    let (subject_error, text_error) = (error("subject"), error("text"));
    html(
        status,
        &TemplatePage {
            chrome: viewer.chrome(kind.label(), "settings"),
            kind,
            may_edit: MANAGERS.contains(&viewer.caller.role()),
            subject: template.subject,
            text: template.text,
            placeholders: &message::PLACEHOLDERS,
            preview,
            preview_of,
            subject_error,
            text_error,
            notice,
        },
    )
}

/// `GET /reminders/templates/{kind}`: the template in use and a preview.
async fn template(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let kind = kind_of(&path)?;
    template_page(
        &state,
        &viewer,
        kind,
        None,
        closeout_web::ui::FieldErrors::default(),
        None,
        StatusCode::OK,
    )
    .await
}

/// `POST /reminders/templates/{kind}`: previews what was typed without saving it, saves it, or
/// goes back to the default; a refused template comes back as typed, the problem by its field.
async fn save_template(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<TemplateForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let kind = kind_of(&path)?;
    let typed = MessageTemplate {
        subject: form.subject,
        text: form.text,
    };
    let refused = |errors: Vec<closeout_model::FieldError>| {
        closeout_web::ui::FieldErrors::from(errors.as_slice())
    };
    if form.action == "preview" {
        // Nothing is saved, but a typo is shown now rather than on saving.
        let mut check = Overrides::default();
        check.set(kind, typed.clone());
        let (errors, status) = match check.checked() {
            Ok(_) => (Default::default(), StatusCode::OK),
            Err(errors) => (refused(errors), StatusCode::UNPROCESSABLE_ENTITY),
        };
        return template_page(&state, &viewer, kind, Some(typed), errors, None, status).await;
    }
    viewer
        .caller
        .require(MANAGERS, "changing the email templates")?;
    let restore = form.action == "default";
    let scope = viewer.caller.scope().clone();
    let chosen = typed.clone();
    let saved = state
        .write(move |c| {
            let (rules, mut templates) = crate::store::settings(c, &scope)?;
            if restore {
                templates.0.remove(&kind);
            } else {
                templates.set(kind, chosen);
            }
            crate::store::save_settings(c, &scope, rules, templates)
        })
        .await;
    let notice = if restore {
        "Template back to Closeout's default."
    } else {
        "Template saved: the next emails of this kind use it."
    };
    match saved {
        Ok(_) => {
            template_page(
                &state,
                &viewer,
                kind,
                None,
                Default::default(),
                Some(notice),
                StatusCode::OK,
            )
            .await
        }
        Err(ApiError::Validation(errors)) => {
            template_page(
                &state,
                &viewer,
                kind,
                Some(typed),
                refused(errors),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
