//! The organisation's settings, for its administrators: how slashed dates in registers are
//! read, the email domains an import may invite owners from, and how long API tokens live.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::organisation::{self, Organisation};
use closeout_model::user::Role;
use closeout_web::ui::{Choice, Chrome, FieldErrors, PageError, Submitted, Viewer, html};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

/// The form as typed, so a refused one comes back as it was.
#[derive(Debug, Default, Deserialize)]
pub(super) struct SettingsForm {
    #[serde(default)]
    date_order: String,
    #[serde(default)]
    invite_domains: String,
    #[serde(default)]
    token_lifetime_days: String,
}

impl SettingsForm {
    fn of(organisation: &Organisation) -> SettingsForm {
        SettingsForm {
            date_order: organisation.date_order.clone().unwrap_or_default(),
            invite_domains: organisation.invite_domains.join("\n"),
            token_lifetime_days: organisation.token_lifetime_days.to_string(),
        }
    }
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct SettingsPage {
    chrome: Chrome,
    name: String,
    form: SettingsForm,
    orders: Vec<Choice>,
    errors: FieldErrors,
    saved: bool,
}

closeout_web::screen!(SettingsPage);

fn page(
    viewer: &Viewer,
    organisation: &Organisation,
    form: SettingsForm,
    errors: FieldErrors,
    saved: bool,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let orders = Choice::list(
        [
            ("", "Day first, with a warning when unsure"),
            ("dmy", "Day first (31/12/2026)"),
            ("mdy", "Month first (12/31/2026)"),
        ],
        &form.date_order,
    );
    html(
        status,
        &SettingsPage {
            chrome: viewer.chrome("Organisation", "settings"),
            name: organisation.name.clone(),
            form,
            orders,
            errors,
            saved,
        },
    )
}

/// `GET /organisation`.
pub(super) async fn show(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    viewer
        .caller
        .require(&[Role::Admin], "changing the organisation's settings")?;
    let scope = viewer.caller.scope().clone();
    let organisation = state.read(move |c| organisation::get(c, &scope)).await?;
    let form = SettingsForm::of(&organisation);
    page(
        &viewer,
        &organisation,
        form,
        FieldErrors::default(),
        false,
        StatusCode::OK,
    )
}

/// `POST /organisation`: saves every setting or none.
pub(super) async fn save(
    state: web::Data<AppState>,
    submitted: Submitted<SettingsForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(&[Role::Admin], "changing the organisation's settings")?;
    let scope = viewer.caller.scope().clone();
    let date_order = Some(form.date_order.trim().to_owned()).filter(|o| !o.is_empty());
    let domains: Vec<String> = form
        .invite_domains
        .split(|c: char| c == '\n' || c == ',' || c.is_whitespace())
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
        .collect();
    let days = form.token_lifetime_days.trim().parse::<i32>().ok();
    let saved = state
        .write(move |c| {
            let Some(days) = days else {
                return Err(closeout_model::ModelError::invalid(
                    "token_lifetime_days",
                    "a number of days between 1 and 3650",
                ));
            };
            organisation::set_date_order(c, &scope, date_order.as_deref())?;
            organisation::set_invite_domains(c, &scope, &domains)?;
            organisation::set_token_lifetime_days(c, &scope, days)
        })
        .await;
    match saved {
        Ok(organisation) => {
            let form = SettingsForm::of(&organisation);
            page(
                &viewer,
                &organisation,
                form,
                FieldErrors::default(),
                true,
                StatusCode::OK,
            )
        }
        Err(ApiError::Validation(errors)) => {
            let scope = viewer.caller.scope().clone();
            let organisation = state.read(move |c| organisation::get(c, &scope)).await?;
            let errors = FieldErrors::from(errors.as_slice());
            page(
                &viewer,
                &organisation,
                form,
                errors,
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(other) => Err(other.into()),
    }
}
