//! The organisation's risk method as a form: the likelihood and impact scales, what each kind
//! of requirement adds to impact, where priorities start, and how many repeated minors make a
//! potential major. Everyone may read the method in use (as the API allows); admins and
//! managers change it, with the same checks as `PUT /api/v1/risk-settings`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::FieldError;
use closeout_model::user::Role;
use closeout_web::ui::{Chrome, FieldErrors, PageError, Submitted, Viewer, html};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

use crate::settings::{self, Method, RiskSettings, ThemeImpact};

/// Who may change the method.
const EDITORS: &[Role] = &[Role::Admin, Role::Manager];

/// The form as typed, so a refused one comes back as it was. Levels are one per line; the
/// numbers are text until checked; an empty priority start means "derived from the scales".
#[derive(Debug, Default, Deserialize)]
pub(super) struct MethodForm {
    #[serde(default)]
    likelihood_levels: String,
    #[serde(default)]
    impact_levels: String,
    #[serde(default)]
    same_requirement: String,
    #[serde(default)]
    same_clause: String,
    #[serde(default)]
    same_theme: String,
    #[serde(default)]
    theme_clauses: String,
    #[serde(default)]
    theme_organizational: String,
    #[serde(default)]
    theme_people: String,
    #[serde(default)]
    theme_physical: String,
    #[serde(default)]
    theme_technological: String,
    #[serde(default)]
    high_from: String,
    #[serde(default)]
    medium_from: String,
}

impl MethodForm {
    fn of(settings: &RiskSettings) -> MethodForm {
        let t = settings.theme_impact;
        let optional = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        MethodForm {
            likelihood_levels: settings.likelihood_levels.join("\n"),
            impact_levels: settings.impact_levels.join("\n"),
            same_requirement: settings.same_requirement.to_string(),
            same_clause: settings.same_clause.to_string(),
            same_theme: settings.same_theme.to_string(),
            theme_clauses: t.clauses.to_string(),
            theme_organizational: t.organizational.to_string(),
            theme_people: t.people.to_string(),
            theme_physical: t.physical.to_string(),
            theme_technological: t.technological.to_string(),
            high_from: optional(settings.high_from),
            medium_from: optional(settings.medium_from),
        }
    }

    /// The settings it says, or every field at fault (named as the API names them).
    fn settings(&self) -> Result<Method, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut number = |field: &str, text: &str| -> u32 {
            text.trim().parse::<u32>().unwrap_or_else(|_| {
                errors.push(FieldError::new(
                    field,
                    format!("`{}` is not a whole number", text.trim()),
                ));
                0
            })
        };
        let theme_impact = ThemeImpact {
            clauses: number("theme_impact.clauses", &self.theme_clauses),
            organizational: number("theme_impact.organizational", &self.theme_organizational),
            people: number("theme_impact.people", &self.theme_people),
            physical: number("theme_impact.physical", &self.theme_physical),
            technological: number("theme_impact.technological", &self.theme_technological),
        };
        let same_requirement = number("same_requirement", &self.same_requirement) as usize;
        let same_clause = number("same_clause", &self.same_clause) as usize;
        let same_theme = number("same_theme", &self.same_theme) as usize;
        let mut optional =
            |field: &str, text: &str| (!text.trim().is_empty()).then(|| number(field, text));
        let high_from = optional("high_from", &self.high_from);
        let medium_from = optional("medium_from", &self.medium_from);
        if !errors.is_empty() {
            return Err(errors);
        }
        let levels = |text: &str| -> Vec<String> {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        RiskSettings {
            same_requirement,
            same_clause,
            same_theme,
            likelihood_levels: levels(&self.likelihood_levels),
            impact_levels: levels(&self.impact_levels),
            theme_impact,
            high_from,
            medium_from,
        }
        .check()
    }
}

/// A number field as the template draws it.
struct NumberField {
    name: &'static str,
    field: &'static str,
    label: &'static str,
    value: String,
}

#[derive(Template)]
#[template(path = "method.html")]
struct MethodPage {
    chrome: Chrome,
    may_edit: bool,
    form: MethodForm,
    patterns: Vec<NumberField>,
    themes: Vec<NumberField>,
    starts: Vec<NumberField>,
    /// The method in force: its highest score and where high and medium start.
    in_force: (u32, u32, u32),
    errors: FieldErrors,
    conflict: Option<String>,
    saved: bool,
}

closeout_web::screen!(MethodPage);

impl MethodPage {
    fn new(viewer: &Viewer, method: &Method, form: MethodForm) -> MethodPage {
        let field = |name, field, label, value: &String| NumberField {
            name,
            field,
            label,
            value: value.clone(),
        };
        MethodPage {
            chrome: viewer.chrome("Risk method", "settings"),
            may_edit: EDITORS.contains(&viewer.caller.role()),
            patterns: vec![
                field(
                    "same_requirement",
                    "same_requirement",
                    "Open minors citing one requirement",
                    &form.same_requirement,
                ),
                field(
                    "same_clause",
                    "same_clause",
                    "Open minors under one clause (4 to 10)",
                    &form.same_clause,
                ),
                field(
                    "same_theme",
                    "same_theme",
                    "Open minors on one Annex A theme",
                    &form.same_theme,
                ),
            ],
            themes: vec![
                field(
                    "theme_clauses",
                    "theme_impact.clauses",
                    "A management-system clause (4 to 10)",
                    &form.theme_clauses,
                ),
                field(
                    "theme_organizational",
                    "theme_impact.organizational",
                    "An organizational control (A.5)",
                    &form.theme_organizational,
                ),
                field(
                    "theme_people",
                    "theme_impact.people",
                    "A people control (A.6)",
                    &form.theme_people,
                ),
                field(
                    "theme_physical",
                    "theme_impact.physical",
                    "A physical control (A.7)",
                    &form.theme_physical,
                ),
                field(
                    "theme_technological",
                    "theme_impact.technological",
                    "A technological control (A.8)",
                    &form.theme_technological,
                ),
            ],
            starts: vec![
                field(
                    "high_from",
                    "high_from",
                    "High priority from score (empty: 60% of the highest)",
                    &form.high_from,
                ),
                field(
                    "medium_from",
                    "medium_from",
                    "Medium priority from score (empty: 32% of the highest)",
                    &form.medium_from,
                ),
            ],
            in_force: (method.max_score(), method.high_from(), method.medium_from()),
            form,
            errors: FieldErrors::default(),
            conflict: None,
            saved: false,
        }
    }
}

/// `GET /risk-method`.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    let scope = viewer.caller.scope().clone();
    let method = state.read(move |c| settings::load(c, &scope)).await?;
    let form = MethodForm::of(method.settings());
    html(StatusCode::OK, &MethodPage::new(&viewer, &method, form))
}

/// `POST /risk-method`: checks and saves the method; a refused form comes back as typed, each
/// problem beside its field.
pub(super) async fn save(
    state: web::Data<AppState>,
    submitted: Submitted<MethodForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(EDITORS, "changing the risk method")?;
    let scope = viewer.caller.scope().clone();
    let in_force = state.read(move |c| settings::load(c, &scope)).await?;
    let method = match form.settings() {
        Ok(method) => method,
        Err(errors) => {
            let mut page = MethodPage::new(&viewer, &in_force, form);
            page.errors = FieldErrors::from(errors.as_slice());
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let scope = viewer.caller.scope().clone();
    let saved = method.clone();
    match state
        .write(move |c| settings::save(c, &scope, &saved))
        .await
    {
        Ok(()) => {
            let mut page = MethodPage::new(&viewer, &method, MethodForm::of(method.settings()));
            page.saved = true;
            html(StatusCode::OK, &page)
        }
        Err(ApiError::Conflict(why)) => {
            let mut page = MethodPage::new(&viewer, &in_force, form);
            page.conflict = Some(why);
            html(StatusCode::CONFLICT, &page)
        }
        Err(other) => Err(other.into()),
    }
}
