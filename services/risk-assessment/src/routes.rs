//! `/audits/{id}/risk` and `/certification-cycle`.

use std::collections::BTreeSet;

use actix_web::web::ServiceConfig;
use actix_web::{HttpResponse, get, web};
use chrono::NaiveDate;
use closeout_model::finding::{Finding, FindingStatus, Grade};
use closeout_model::user::Role;
use closeout_model::{audit, finding, glance, plan};
use closeout_web::access::visible_audit;
use closeout_web::params;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use crate::cycle::{self, Cycle};
use crate::escalation::{self, Thresholds, Warning};
use crate::forecast::{self, Forecast};
use crate::scoring::{self, Priority};

pub(crate) fn configure(config: &mut ServiceConfig) {
    config.service(risk).service(certification_cycle);
}

#[derive(OpenApi)]
#[openapi(
    paths(risk, certification_cycle),
    components(schemas(
        AuditRisk,
        Ranked,
        Forecast,
        forecast::Outcome,
        Warning,
        Priority,
        Cycle,
        cycle::Milestone,
        CycleAnswer
    ))
)]
pub(crate) struct ApiDoc;

/// The day and window to look at.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Window {
    /// YYYY-MM-DD; today (UTC) when left out.
    on: Option<String>,
    /// Days ahead to plan for (default 14, the source guide's window).
    window_days: Option<i64>,
}

/// One finding, scored.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Ranked {
    reference: String,
    finding_id: String,
    grade: Grade,
    status: FindingStatus,
    likelihood: u32,
    impact: u32,
    score: u32,
    priority: Priority,
    /// Points of risk removed by closing it.
    gain: u32,
    /// The plan's effort estimate in days (1 when none was given).
    effort_days: u32,
    /// Whether the effort is an estimate from the plan.
    effort_estimated: bool,
    /// gain / effort_days.
    gain_per_day: f64,
    /// The deadline that matters now.
    #[schema(value_type = Option<String>)]
    due_on: Option<NaiveDate>,
    /// Whether that deadline falls in the window.
    due_in_window: bool,
}

/// The one answer for an audit: the forecast, the potential majors, and the order to work in.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct AuditRisk {
    /// The day it was computed for.
    #[schema(value_type = String)]
    on: NaiveDate,
    /// Will the audit end in a recommendation, and what would improve it.
    forecast: Forecast,
    /// Findings that risk becoming a major, with the findings each warning rests on.
    potential_majors: Vec<Warning>,
    /// 0-100, from the open findings' scores.
    posture: u32,
    /// Unfinished findings, best gain per day of effort first.
    order: Vec<Ranked>,
}

fn day(value: Option<&str>) -> Result<NaiveDate, ApiError> {
    let mut errors = Vec::new();
    match params::date("on", value, &mut errors) {
        Some(day) => Ok(day),
        None if errors.is_empty() => Ok(chrono::Utc::now().date_naive()),
        None => Err(ApiError::Validation(errors)),
    }
}

/// For an audit, in one request: will it be recommended, which findings risk becoming a major,
/// and in what order to fix things to get the most out of the next days.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/risk", tag = "risk-assessment", params(Window),
    responses((status = 200, body = AuditRisk), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/risk")]
pub(crate) async fn risk(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    window: web::Query<Window>,
) -> Result<HttpResponse, ApiError> {
    caller.require(
        &[Role::Admin, Role::Manager, Role::Auditor],
        "reading the risk assessment",
    )?;
    let today = day(window.on.as_deref())?;
    let window_days = window.window_days.unwrap_or(14);
    if !(0..=366).contains(&window_days) {
        return Err(ApiError::invalid("window_days", "between 0 and 366"));
    }
    let audit = visible_audit(&state, &caller, &path).await?;
    let organisation_id = caller.organisation_id().to_owned();
    let catalog = state.catalog.clone();
    let answer = state
        .read(move |c| {
            let mut findings: Vec<Finding> = finding::all_in_audit(c, &organisation_id, &audit.id)?
                .into_values()
                .collect();
            findings.sort_by(|a, b| a.id.cmp(&b.id));
            // Earlier audits of the organisation, for recurring nonconformities.
            let others = audit::list(
                c,
                &organisation_id,
                &Default::default(),
                closeout_model::page::PageRequest {
                    limit: 500,
                    offset: 0,
                    after: None,
                },
            )?;
            let mut earlier = Vec::new();
            for other in others
                .items
                .iter()
                .filter(|a| a.id != audit.id && a.created_at < audit.created_at)
            {
                earlier
                    .extend(finding::all_in_audit(c, &organisation_id, &other.id)?.into_values());
            }
            let glance = glance::glance(c, &organisation_id, Some(&audit.id), today)?;
            let late_plans: Vec<String> = glance
                .items
                .iter()
                .filter(|i| i.possible_upgrade)
                .map(|i| i.reference.clone())
                .collect();
            let warnings = escalation::detect(
                &findings,
                &earlier,
                &late_plans,
                &catalog,
                Thresholds::default(),
            );
            let mut order = Vec::new();
            let mut scores = Vec::new();
            for found in &findings {
                let item = glance.items.iter().find(|i| i.finding_id == found.id);
                let overdue = item.is_some_and(|i| i.standing == glance::Standing::Overdue);
                let likelihood = scoring::likelihood(found.status, overdue);
                let impact = scoring::impact(found, &catalog);
                let score = likelihood * impact;
                scores.push(score);
                if found.status == FindingStatus::Closed {
                    continue;
                }
                let effort = plan::get(c, &organisation_id, &found.id)?
                    .and_then(|p| p.effort_days)
                    .filter(|d| *d > 0);
                let effort_days = effort.map(|d| d as u32).unwrap_or(1);
                let due_on = item.and_then(|i| i.due_on);
                order.push(Ranked {
                    reference: found.reference.clone(),
                    finding_id: found.id.clone(),
                    grade: found.grade,
                    status: found.status,
                    likelihood,
                    impact,
                    score,
                    priority: scoring::priority(score),
                    gain: score,
                    effort_days,
                    effort_estimated: effort.is_some(),
                    gain_per_day: f64::from(score) / f64::from(effort_days),
                    due_in_window: due_on.is_some_and(|d| (d - today).num_days() <= window_days),
                    due_on,
                });
            }
            order.sort_by(|a, b| {
                b.gain_per_day
                    .total_cmp(&a.gain_per_day)
                    .then(a.due_on.is_none().cmp(&b.due_on.is_none()))
                    .then(a.due_on.cmp(&b.due_on))
                    .then(a.reference.cmp(&b.reference))
            });
            Ok(AuditRisk {
                on: today,
                forecast: forecast::forecast(&findings),
                potential_majors: warnings,
                posture: scoring::posture(&scores),
                order,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The certification decision to compute the cycle from.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Decision {
    /// YYYY-MM-DD.
    decision_date: String,
}

/// The cycle, with the open nonconformities that must close before its next audit.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct CycleAnswer {
    #[serde(flatten)]
    cycle: Cycle,
    /// Open majors and minors of the organisation, to close before the next audit of the cycle.
    open_nonconformities: Vec<String>,
}

/// The certification cycle from a certification decision: surveillance audits (the first within
/// 12 months, then at least once a calendar year) and the recertification before the 3-year
/// expiry, with the nonconformities still open.
#[utoipa::path(get, path = "/api/v1/certification-cycle", tag = "risk-assessment", params(Decision),
    responses((status = 200, body = CycleAnswer), (status = 422, body = Problem)))]
#[get("/certification-cycle")]
pub(crate) async fn certification_cycle(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<Decision>,
) -> Result<HttpResponse, ApiError> {
    let mut errors = Vec::new();
    let decision = params::date("decision_date", Some(&query.decision_date), &mut errors)
        .ok_or(ApiError::Validation(errors))?;
    let organisation_id = caller.organisation_id().to_owned();
    let open = state
        .read(move |c| {
            let glance = glance::glance(c, &organisation_id, None, decision)?;
            Ok(glance
                .items
                .into_iter()
                .filter(|i| i.grade.is_nonconformity())
                .map(|i| i.reference)
                .collect::<BTreeSet<_>>())
        })
        .await?;
    Ok(HttpResponse::Ok().json(CycleAnswer {
        cycle: cycle::cycle(decision),
        open_nonconformities: open.into_iter().collect(),
    }))
}
