//! The Statement of Applicability editor: the 93 Annex A controls by theme, each stated as
//! applicable or not, how far implemented, and why; saved in one go, each change in its
//! control's history. Readers see the same table without the fields.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::soa::{self, Entry, Implementation, Statement};
use closeout_model::user::Role;
use closeout_model::{FieldError, ModelError};
use closeout_web::AppState;
use closeout_web::ui::{Choice, Chrome, FieldErrors, PageError, Submitted, Viewer, html};

/// Who may change the SoA.
const WRITERS: &[Role] = &[Role::Admin, Role::Manager];

/// Annex A's themes, by the prefix of their controls.
const THEMES: [(&str, &str); 4] = [
    ("A.5.", "Organizational controls"),
    ("A.6.", "People controls"),
    ("A.7.", "Physical controls"),
    ("A.8.", "Technological controls"),
];

/// One control's line, with its fields as shown.
struct Line {
    entry: Entry,
    applicable: Vec<Choice>,
    status: Vec<Choice>,
    justification: String,
}

#[derive(Template)]
#[template(path = "soa.html")]
struct SoaPage {
    chrome: Chrome,
    may_edit: bool,
    themes: Vec<(&'static str, Vec<Line>)>,
    stated: usize,
    errors: FieldErrors,
    saved: Option<usize>,
}

closeout_web::screen!(SoaPage);

fn applicable_choices(current: &str) -> Vec<Choice> {
    Choice::list(
        [
            ("", "Not stated"),
            ("yes", "Applies"),
            ("partial", "Applies in part"),
            ("no", "Excluded"),
        ],
        current,
    )
}

fn status_choices(current: &str) -> Vec<Choice> {
    Choice::list(
        [
            ("", "Not stated"),
            ("implemented", "Implemented"),
            ("partially_implemented", "Partially implemented"),
            ("planned", "Planned"),
            ("not_implemented", "Not implemented"),
        ],
        current,
    )
}

/// What the form shows for a statement.
fn shown(statement: &Statement) -> (String, String) {
    let applicable = match (statement.applicable, statement.partial) {
        (None, _) => "",
        (Some(true), true) => "partial",
        (Some(true), false) => "yes",
        (Some(false), _) => "no",
    };
    (
        applicable.to_owned(),
        statement
            .status
            .map(Implementation::as_str)
            .unwrap_or_default()
            .to_owned(),
    )
}

fn render(
    viewer: &Viewer,
    entries: Vec<Entry>,
    typed: Option<&HashMap<String, String>>,
    errors: FieldErrors,
    saved: Option<usize>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let stated = entries
        .iter()
        .filter(|e| e.statement.applicable.is_some())
        .count();
    let mut themes: Vec<(&'static str, Vec<Line>)> =
        THEMES.iter().map(|(_, name)| (*name, Vec::new())).collect();
    for entry in entries {
        let (applicable, status) = shown(&entry.statement);
        let field = |name: &str, fallback: String| {
            typed
                .and_then(|t| t.get(&format!("{}.{name}", entry.control)).cloned())
                .unwrap_or(fallback)
        };
        let line = Line {
            applicable: applicable_choices(&field("applicable", applicable)),
            status: status_choices(&field("status", status)),
            justification: field(
                "justification",
                entry.statement.justification.clone().unwrap_or_default(),
            ),
            entry,
        };
        if let Some(index) = THEMES
            .iter()
            .position(|(prefix, _)| line.entry.control.starts_with(prefix))
        {
            themes[index].1.push(line);
        }
    }
    html(
        status,
        &SoaPage {
            chrome: viewer.chrome("Statement of Applicability", "soa"),
            may_edit: WRITERS.contains(&viewer.caller.role()),
            themes,
            stated,
            errors,
            saved,
        },
    )
}

/// `GET /soa`.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    let scope = viewer.caller.scope().clone();
    let catalog = state.catalog.clone();
    let entries = state.read(move |c| soa::get(c, &scope, &catalog)).await?;
    render(
        &viewer,
        entries,
        None,
        FieldErrors::default(),
        None,
        StatusCode::OK,
    )
}

/// Reads the form's fields for each control it mentions (`A.5.1.applicable`, `.status`,
/// `.justification`) into statements.
fn statements(
    entries: &[Entry],
    typed: &HashMap<String, String>,
) -> Result<Vec<(String, Statement)>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut statements = Vec::new();
    for entry in entries {
        let get = |name: &str| typed.get(&format!("{}.{name}", entry.control));
        // A control the form does not mention stays as it is.
        if ["applicable", "status", "justification"]
            .iter()
            .all(|name| get(name).is_none())
        {
            continue;
        }
        let (applicable, partial) = match get("applicable").map(|v| v.trim()) {
            None | Some("") => (None, false),
            Some("yes") => (Some(true), false),
            Some("partial") => (Some(true), true),
            Some("no") => (Some(false), false),
            Some(other) => {
                errors.push(FieldError::new(
                    format!("{}.applicable", entry.control),
                    format!("`{other}` is not a choice"),
                ));
                continue;
            }
        };
        let status = match get("status").map(|v| v.trim()).filter(|v| !v.is_empty()) {
            None => None,
            Some(text) => match Implementation::parse(text) {
                Ok(status) => Some(status),
                Err(message) => {
                    errors.push(FieldError::new(
                        format!("{}.status", entry.control),
                        message,
                    ));
                    continue;
                }
            },
        };
        let justification = get("justification")
            .map(|j| j.trim().to_owned())
            .filter(|j| !j.is_empty());
        if justification
            .as_ref()
            .is_some_and(|j| j.chars().count() > 2000)
        {
            errors.push(FieldError::new(
                format!("{}.justification", entry.control),
                "at most 2,000 characters",
            ));
            continue;
        }
        statements.push((
            entry.control.clone(),
            Statement {
                applicable,
                partial,
                justification,
                status,
            },
        ));
    }
    if errors.is_empty() {
        Ok(statements)
    } else {
        Err(errors)
    }
}

/// `POST /soa`: saves every control's line; only the ones that changed are recorded.
pub(super) async fn save(
    state: web::Data<AppState>,
    submitted: Submitted<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(WRITERS, "changing the Statement of Applicability")?;
    let scope = viewer.caller.scope().clone();
    let catalog = state.catalog.clone();
    let entries = {
        let scope = scope.clone();
        let catalog = catalog.clone();
        state.read(move |c| soa::get(c, &scope, &catalog)).await?
    };
    let statements = match statements(&entries, &form) {
        Ok(statements) => statements,
        Err(errors) => {
            return render(
                &viewer,
                entries,
                Some(&form),
                FieldErrors::from(errors.as_slice()),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let (changed, entries) = state
        .write(move |c| {
            let changed = soa::set(c, &scope, &statements, "update", None)?;
            Ok::<_, ModelError>((changed, soa::get(c, &scope, &catalog)?))
        })
        .await?;
    render(
        &viewer,
        entries,
        None,
        FieldErrors::default(),
        Some(changed),
        StatusCode::OK,
    )
}
