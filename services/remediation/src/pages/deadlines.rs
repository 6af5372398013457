//! Deadline settings: the certification bodies' policies (the presets and the organisation's
//! own, and a form for a new one), which policy each audit follows, and the holidays that
//! working-day deadlines skip. Every change recomputes the deadlines it moves.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use closeout_model::audit::{self, Audit};
use closeout_model::deadline::{self, Anchor, DayKind, GradeRule, NewPolicy, Policy};
use closeout_model::finding::Grade;
use closeout_model::user::Role;
use closeout_model::{FieldError, ModelError};
use closeout_web::ui::{
    Choice, Chrome, FieldErrors, PageError, Submitted, Viewer, html, labels, redirect,
};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

/// Who may change deadline settings.
const EDITORS: &[Role] = &[Role::Admin, Role::Manager];

/// The grades a new policy sets days for (the others get no deadline).
const RULED: [Grade; 2] = [Grade::Major, Grade::Minor];

/// A policy as the table shows it.
struct PolicyRow {
    name: String,
    body: String,
    counts: String,
    rules: Vec<(&'static str, String)>,
}

impl PolicyRow {
    fn of(policy: &Policy) -> PolicyRow {
        let days = |d: Option<u32>| d.map_or_else(|| "-".to_owned(), |d| d.to_string());
        PolicyRow {
            name: policy.name.clone(),
            body: policy.certification_body.clone().unwrap_or_default(),
            counts: format!(
                "{} days from the {}",
                match policy.day_kind {
                    DayKind::Calendar => "calendar",
                    DayKind::Working => "working",
                },
                match policy.anchor {
                    Anchor::ReportDate => "report date",
                    Anchor::LastAuditDay => "last day of the audit",
                }
            ),
            rules: policy
                .rules
                .iter()
                .map(|(grade, rule)| {
                    (
                        labels::grade(*grade),
                        format!(
                            "plan {}, evidence {}, closure {}",
                            days(rule.plan_days),
                            days(rule.evidence_days),
                            days(rule.closure_days)
                        ),
                    )
                })
                .collect(),
        }
    }
}

/// The new-policy form as typed.
#[derive(Debug, Default, Deserialize)]
pub(super) struct PolicyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    certification_body: String,
    #[serde(default)]
    anchor: String,
    #[serde(default)]
    day_kind: String,
    #[serde(default)]
    major_plan: String,
    #[serde(default)]
    major_evidence: String,
    #[serde(default)]
    major_closure: String,
    #[serde(default)]
    minor_plan: String,
    #[serde(default)]
    minor_evidence: String,
    #[serde(default)]
    minor_closure: String,
}

#[derive(Template)]
#[template(path = "deadlines.html")]
struct DeadlinesPage {
    chrome: Chrome,
    may_edit: bool,
    policies: Vec<PolicyRow>,
    audits: Vec<(Audit, Vec<Choice>)>,
    holidays: String,
    form: PolicyForm,
    anchors: Vec<Choice>,
    day_kinds: Vec<Choice>,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

closeout_web::screen!(DeadlinesPage);

#[derive(Debug, Default, Deserialize)]
pub(super) struct Saved {
    saved: Option<String>,
}

async fn render(
    state: &AppState,
    viewer: &Viewer,
    form: PolicyForm,
    holidays: Option<String>,
    errors: FieldErrors,
    notice: Option<&'static str>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let scope = viewer.caller.scope().clone();
    let (policies, audits, days) = state
        .read(move |c| {
            Ok((
                deadline::policies(c, &scope)?,
                audit::all(c, &scope)?,
                deadline::holidays(c, &scope)?,
            ))
        })
        .await?;
    let audits = audits
        .into_iter()
        .map(|audit| {
            let current = audit.deadline_policy.clone().unwrap_or_default();
            let choices = Choice::list(
                std::iter::once((String::new(), "The source guide's preset".to_owned()))
                    .chain(policies.iter().map(|p| (p.id.clone(), p.name.clone()))),
                &current,
            );
            (audit, choices)
        })
        .collect();
    let holidays = holidays.unwrap_or_else(|| {
        days.iter()
            .map(|(day, name)| format!("{day} {name}"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let anchors = Choice::list(
        [
            ("report_date", "The report date"),
            ("last_audit_day", "The last day of the audit"),
        ],
        if form.anchor.is_empty() {
            "report_date"
        } else {
            &form.anchor
        },
    );
    let day_kinds = Choice::list(
        [("calendar", "Calendar days"), ("working", "Working days")],
        if form.day_kind.is_empty() {
            "calendar"
        } else {
            &form.day_kind
        },
    );
    html(
        status,
        &DeadlinesPage {
            chrome: viewer.chrome("Deadlines", "settings"),
            may_edit: EDITORS.contains(&viewer.caller.role()),
            policies: policies.iter().map(PolicyRow::of).collect(),
            audits,
            holidays,
            form,
            anchors,
            day_kinds,
            errors,
            notice,
        },
    )
}

/// `GET /deadlines`.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let notice = match query.saved.as_deref() {
        Some("holidays") => Some("Holidays saved; working-day deadlines were recomputed."),
        Some("policy") => Some("Policy added; choose it for an audit below."),
        Some("audit") => Some("The audit's policy was changed and its deadlines recomputed."),
        _ => None,
    };
    render(
        &state,
        &viewer,
        PolicyForm::default(),
        None,
        FieldErrors::default(),
        notice,
        StatusCode::OK,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(super) struct HolidaysForm {
    #[serde(default)]
    holidays: String,
}

/// Reads holidays written one per line: `2026-12-25 Christmas Day`.
fn read_holidays(text: &str) -> Result<BTreeMap<NaiveDate, String>, Vec<FieldError>> {
    let mut days = BTreeMap::new();
    let mut errors = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (day, name) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
            Ok(day) => {
                days.insert(day, name.trim().chars().take(100).collect());
            }
            Err(_) => errors.push(FieldError::new(
                "holidays",
                format!(
                    "line {}: `{day}` is not a date written YYYY-MM-DD",
                    number + 1
                ),
            )),
        }
    }
    if errors.is_empty() {
        Ok(days)
    } else {
        Err(errors)
    }
}

/// `POST /deadlines/holidays`: replaces the holidays.
pub(super) async fn holidays(
    state: web::Data<AppState>,
    submitted: Submitted<HolidaysForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(EDITORS, "changing holidays")?;
    let days = match read_holidays(&form.holidays) {
        Ok(days) => days,
        Err(errors) => {
            return render(
                &state,
                &viewer,
                PolicyForm::default(),
                Some(form.holidays),
                FieldErrors::from(errors.as_slice()),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let scope = viewer.caller.scope().clone();
    state
        .write(move |c| deadline::set_holidays(c, &scope, days))
        .await?;
    Ok(redirect("/deadlines?saved=holidays"))
}

/// Days typed in a box: none when empty.
fn days(field: &str, text: &str, errors: &mut Vec<FieldError>) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match text.parse::<u32>() {
        Ok(days) => Some(days),
        Err(_) => {
            errors.push(FieldError::new(field, "a whole number of days"));
            None
        }
    }
}

/// `POST /deadlines/policies`: adds a policy of the organisation's own.
pub(super) async fn add_policy(
    state: web::Data<AppState>,
    submitted: Submitted<PolicyForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(EDITORS, "adding a deadline policy")?;
    let mut errors = Vec::new();
    let anchor = match form.anchor.as_str() {
        "last_audit_day" => Anchor::LastAuditDay,
        _ => Anchor::ReportDate,
    };
    let day_kind = match form.day_kind.as_str() {
        "working" => DayKind::Working,
        _ => DayKind::Calendar,
    };
    let typed = [
        (&form.major_plan, &form.major_evidence, &form.major_closure),
        (&form.minor_plan, &form.minor_evidence, &form.minor_closure),
    ];
    let mut rules = BTreeMap::new();
    for (grade, (plan, evidence, closure)) in RULED.into_iter().zip(typed) {
        let g = grade.as_str();
        let rule = GradeRule {
            plan_days: days(&format!("rules.{g}.plan_days"), plan, &mut errors),
            evidence_days: days(&format!("rules.{g}.evidence_days"), evidence, &mut errors),
            closure_days: days(&format!("rules.{g}.closure_days"), closure, &mut errors),
        };
        if rule != GradeRule::default() {
            rules.insert(grade, rule);
        }
    }
    let new = NewPolicy {
        name: form.name.clone(),
        certification_body: Some(form.certification_body.trim().to_owned())
            .filter(|b| !b.is_empty()),
        anchor,
        day_kind,
        rules,
        source: None,
    };
    let scope = viewer.caller.scope().clone();
    let created = if errors.is_empty() {
        state
            .write(move |c| deadline::create_policy(c, &scope, new))
            .await
    } else {
        Err(ApiError::Validation(errors))
    };
    match created {
        Ok(_) => Ok(redirect("/deadlines?saved=policy")),
        Err(ApiError::Validation(errors)) => {
            render(
                &state,
                &viewer,
                form,
                None,
                FieldErrors::from(errors.as_slice()),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize)]
pub(super) struct AuditPolicy {
    #[serde(default)]
    policy: String,
}

/// `POST /deadlines/audits/{audit_id}`: the policy an audit follows.
pub(super) async fn audit_policy(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<AuditPolicy>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(EDITORS, "choosing an audit's deadline policy")?;
    let audit = closeout_web::access::visible_audit(&state, &viewer.caller, &path).await?;
    let scope = viewer.caller.scope().clone();
    let policy = Some(form.policy.trim().to_owned()).filter(|p| !p.is_empty());
    state
        .write(move |c| {
            audit::set_policy(c, &scope, &audit.id, policy.as_deref()).map_err(|e| match e {
                ModelError::NotFound { .. } => {
                    ModelError::invalid("policy", "no such deadline policy")
                }
                other => other,
            })
        })
        .await?;
    Ok(redirect("/deadlines?saved=audit"))
}
