//! The corrective action plan editor: the three-part statement, the correction, five whys and
//! the cause's category, the corrective actions with owners and dates, the ISMS documents to
//! amend, how effectiveness will be checked, and the effort.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use closeout_model::FieldError;
use closeout_model::finding::Finding;
use closeout_model::lifecycle;
use closeout_model::plan::{self, CauseCategory, CorrectiveAction, Plan};
use closeout_web::access::visible_finding;
use closeout_web::ui::{Choice, Chrome, FieldErrors, PageError, Submitted, Viewer, html, redirect};
use closeout_web::{ApiError, AppState};

/// How many whys the form offers (the five whys, and room for more).
const WHYS: usize = 5;
/// Empty action rows offered below the written ones.
const SPARE_ACTIONS: usize = 2;

/// One action row of the form, as typed.
struct ActionRow {
    description: String,
    owner: String,
    target_date: String,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "plan_form.html")]
struct PlanPage {
    chrome: Chrome,
    finding: Finding,
    plan: Plan,
    whys: Vec<String>,
    categories: Vec<Choice>,
    actions: Vec<ActionRow>,
    documents: String,
    effort: String,
    errors: FieldErrors,
    problems: Vec<String>,
}

closeout_web::screen!(PlanPage);

fn categories(current: Option<CauseCategory>) -> Vec<Choice> {
    let current = current
        .map(|c| {
            serde_json::to_value(c)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
        })
        .unwrap_or_default()
        .unwrap_or_default();
    Choice::list(
        [
            ("", "(not chosen)"),
            ("people", "People: awareness, skills, behaviour"),
            ("process", "Process: a missing or broken procedure"),
            ("technology", "Technology: tools and systems"),
            ("supplier", "Supplier: an outsourced service"),
            ("other", "Other"),
        ],
        &current,
    )
}

fn page(
    viewer: &Viewer,
    finding: Finding,
    plan: Plan,
    mut actions: Vec<ActionRow>,
    errors: FieldErrors,
    problems: Vec<String>,
    effort: String,
) -> PlanPage {
    let mut whys = plan.root_cause_whys.clone();
    whys.resize(whys.len().max(WHYS), String::new());
    actions.extend((0..SPARE_ACTIONS).map(|_| ActionRow {
        description: String::new(),
        owner: String::new(),
        target_date: String::new(),
        problem: None,
    }));
    PlanPage {
        chrome: viewer.chrome(
            format!("{}: corrective action plan", finding.reference),
            "audits",
        ),
        categories: categories(plan.cause_category),
        documents: plan.isms_documents.join("\n"),
        whys,
        actions,
        effort,
        errors,
        problems,
        finding,
        plan,
    }
}

/// `GET /findings/{id}/plan/edit`.
pub(super) async fn edit(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let finding = visible_finding(&state, &viewer.caller, &path).await?;
    let scope = viewer.caller.scope().clone();
    let id = finding.id.clone();
    let plan = state
        .read(move |c| plan::get(c, &scope, &id))
        .await?
        .unwrap_or_default();
    let actions = plan
        .corrective_actions
        .iter()
        .map(|a| ActionRow {
            description: a.description.clone(),
            owner: a.owner.clone().unwrap_or_default(),
            target_date: a.target_date.map(|d| d.to_string()).unwrap_or_default(),
            problem: None,
        })
        .collect();
    let effort = plan.effort_days.map(|d| d.to_string()).unwrap_or_default();
    html(
        StatusCode::OK,
        &page(
            &viewer,
            finding,
            plan,
            actions,
            FieldErrors::default(),
            Vec::new(),
            effort,
        ),
    )
}

/// The form read into a plan, with what could not be read.
fn read(form: &[(String, String)]) -> (Plan, Vec<ActionRow>, String, Vec<FieldError>) {
    let get = |key: &str| {
        form.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut errors = Vec::new();
    let whys: Vec<String> = (0..10)
        .map(|i| get(&format!("why.{i}")))
        .filter(|w| !w.is_empty())
        .collect();
    let mut rows = Vec::new();
    let mut actions = Vec::new();
    for i in 0..50 {
        let (description, owner, target_date) = (
            get(&format!("action.{i}.description")),
            get(&format!("action.{i}.owner")),
            get(&format!("action.{i}.target_date")),
        );
        if description.is_empty() && owner.is_empty() && target_date.is_empty() {
            continue;
        }
        let index = actions.len();
        let date = match target_date.as_str() {
            "" => None,
            text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(day) => Some(day),
                Err(_) => {
                    errors.push(FieldError::new(
                        format!("corrective_actions[{index}].target_date"),
                        format!("`{text}` is not a date in the form YYYY-MM-DD"),
                    ));
                    None
                }
            },
        };
        actions.push(CorrectiveAction {
            description: description.clone(),
            owner: Some(owner.clone()).filter(|o| !o.is_empty()),
            target_date: date,
        });
        rows.push(ActionRow {
            description,
            owner,
            target_date,
            problem: None,
        });
    }
    let effort = get("effort_days");
    let effort_days = match effort.as_str() {
        "" => None,
        text => match text.parse::<i32>() {
            Ok(days) => Some(days),
            Err(_) => {
                errors.push(FieldError::new(
                    "effort_days",
                    "a whole number of person-days",
                ));
                None
            }
        },
    };
    let cause_category =
        serde_json::from_value(serde_json::Value::String(get("cause_category"))).ok();
    let plan = Plan {
        requirement: get("requirement"),
        evidence: get("evidence"),
        nonconformity: get("nonconformity"),
        correction: get("correction"),
        root_cause_whys: whys,
        cause_category,
        corrective_actions: actions,
        isms_documents: get("isms_documents")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        effectiveness: Some(get("effectiveness")).filter(|e| !e.is_empty()),
        effort_days,
    };
    (plan, rows, effort, errors)
}

/// `POST /findings/{id}/plan`: saves the plan, back to the finding; problems next to fields.
pub(super) async fn save(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    let finding = visible_finding(&state, &viewer.caller, &path).await?;
    let (plan, mut rows, effort, mut errors) = read(&form);
    let outcome = if errors.is_empty() {
        let scope = viewer.caller.scope().clone();
        let (id, to_save) = (finding.id.clone(), plan.clone());
        state
            .write(move |c| lifecycle::draft_plan(c, &scope, &id, &to_save))
            .await
            .map(|_| ())
    } else {
        Err(ApiError::Validation(Vec::new()))
    };
    match outcome {
        Ok(()) => Ok(redirect(&format!("/findings/{}", finding.id))),
        Err(ApiError::Validation(more)) => {
            errors.extend(more);
            for (index, row) in rows.iter_mut().enumerate() {
                let prefix = format!("corrective_actions[{index}].");
                let problems: Vec<String> = errors
                    .iter()
                    .filter(|e| e.field.starts_with(&prefix))
                    .map(|e| {
                        format!(
                            "{}: {}",
                            &e.field[prefix.len()..].replace('_', " "),
                            e.message
                        )
                    })
                    .collect();
                row.problem = (!problems.is_empty()).then(|| problems.join("; "));
            }
            let problems = errors
                .iter()
                .map(|e| format!("{}: {}", e.field.replace('_', " "), e.message))
                .collect();
            html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(
                    &viewer,
                    finding,
                    plan,
                    rows,
                    FieldErrors::from(errors.as_slice()),
                    problems,
                    effort,
                ),
            )
        }
        Err(other) => Err(other.into()),
    }
}
