//! `/audits/{id}/risk` and `/certification-cycle`.

pub(crate) mod crosswalks;

use closeout_model::Scope;
use std::collections::BTreeSet;

use actix_web::web::ServiceConfig;
use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use chrono::NaiveDate;
use closeout_model::finding::{Brief, FindingStatus, Grade};
use closeout_model::id::AuditId;
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
use crate::settings::{self, Method, RiskSettings};

pub(crate) fn configure(config: &mut ServiceConfig) {
    config
        .service(risk)
        .service(certification_cycle)
        .service(get_settings)
        .service(put_settings)
        .service(set_risk)
        .service(clear_risk)
        .service(decide)
        .service(posture)
        .service(crosswalks::map)
        .service(crosswalks::impact)
        .service(crosswalks::coverage_json)
        .service(crosswalks::coverage_xlsx)
        .service(crosswalks::gaps);
}

#[derive(OpenApi)]
#[openapi(
    paths(
        risk,
        certification_cycle,
        get_settings,
        put_settings,
        set_risk,
        clear_risk,
        decide,
        posture,
        crosswalks::map,
        crosswalks::impact,
        crosswalks::coverage_json,
        crosswalks::coverage_xlsx,
        crosswalks::gaps
    ),
    components(schemas(
        AuditRisk,
        Ranked,
        Forecast,
        forecast::Outcome,
        Warning,
        Priority,
        Cycle,
        cycle::Milestone,
        CycleAnswer,
        Thresholds,
        RiskSettings,
        crate::settings::ThemeImpact,
        crosswalks::MapAnswer,
        crosswalks::Impact,
        crosswalks::Touched,
        crate::crosswalk::Related,
        crate::crosswalk::Hop,
        closeout_model::framework::Relationship,
        crate::coverage::Coverage,
        crate::coverage::Covered,
        crate::coverage::Contribution,
        crate::coverage::Level,
        crate::coverage::Summary
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
    /// How many findings of the order and how many potential majors to list, 1 to 500
    /// (default 50); `order_total` and `potential_majors_total` say how many there are.
    limit: Option<i64>,
}

/// One finding, scored.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Ranked {
    pub(crate) reference: String,
    pub(crate) finding_id: String,
    pub(crate) grade: Grade,
    pub(crate) status: FindingStatus,
    pub(crate) likelihood: u32,
    /// The likelihood's name on the organisation's scale (`none` for 0).
    pub(crate) likelihood_level: String,
    pub(crate) impact: u32,
    /// The impact's name on the organisation's scale.
    pub(crate) impact_level: String,
    pub(crate) score: u32,
    pub(crate) priority: Priority,
    /// Points of risk removed by closing it.
    pub(crate) gain: u32,
    /// The plan's effort estimate in days (1 when none was given).
    pub(crate) effort_days: u32,
    /// Whether the effort is an estimate from the plan.
    pub(crate) effort_estimated: bool,
    /// gain / effort_days.
    pub(crate) gain_per_day: f64,
    /// Points of the audit's posture (0-100) that closing it would add, to one decimal.
    pub(crate) posture_gain: f64,
    /// The deadline that matters now.
    #[schema(value_type = Option<String>)]
    pub(crate) due_on: Option<NaiveDate>,
    /// Whether that deadline falls in the window.
    pub(crate) due_in_window: bool,
    /// A manager's reason, when likelihood and impact were set by hand.
    pub(crate) assessed_by_manager: Option<String>,
}

/// A potential major and the manager's decision on it, if taken.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub(crate) struct PotentialMajor {
    #[serde(flatten)]
    pub(crate) warning: Warning,
    pub(crate) decision: Option<closeout_model::risk::Decision>,
}

/// The one answer for an audit: the forecast, the potential majors, and the order to work in.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct AuditRisk {
    /// The day it was computed for.
    #[schema(value_type = String)]
    pub(crate) on: NaiveDate,
    /// Will the audit end in a recommendation, and what would improve it.
    pub(crate) forecast: Forecast,
    /// Findings that risk becoming a major, with the findings each warning rests on and the
    /// manager's decision: the first `limit` of them.
    pub(crate) potential_majors: Vec<PotentialMajor>,
    /// How many potential majors there are in all.
    pub(crate) potential_majors_total: usize,
    /// The thresholds used.
    pub(crate) thresholds: Thresholds,
    /// The highest score on the organisation's scales (25 on the default five by five).
    pub(crate) max_score: u32,
    /// The score from which a finding is high priority (set, or derived from the scales).
    pub(crate) high_from: u32,
    /// The score from which a finding is medium priority (set, or derived from the scales).
    pub(crate) medium_from: u32,
    /// 0-100, from the findings' scores.
    pub(crate) posture: u32,
    /// The sum of the findings' scores.
    pub(crate) risk_points: u32,
    /// How many findings the audit has.
    pub(crate) findings: usize,
    /// Unfinished findings, best gain per day of effort first: the first `limit` of them.
    pub(crate) order: Vec<Ranked>,
    /// How many unfinished findings the order holds in all.
    pub(crate) order_total: usize,
}

/// For an audit, in one request: will it be recommended, which findings risk becoming a major,
/// and in what order to fix things to get the most out of the next days.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/risk", tag = "risk-assessment", params(Window),
    responses((status = 200, body = AuditRisk), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/risk")]
pub(crate) async fn risk(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    path: web::Path<String>,
    window: web::Query<Window>,
) -> Result<HttpResponse, ApiError> {
    caller.require(
        &[Role::Admin, Role::Manager, Role::Auditor],
        "reading the risk assessment",
    )?;
    let today = params::date_or_today("on", window.on.as_deref())?;
    let window_days = window.window_days.unwrap_or(14);
    if !(0..=366).contains(&window_days) {
        return Err(ApiError::invalid("window_days", "between 0 and 366"));
    }
    let limit = closeout_model::page::PageRequest::parse(window.limit, None, None)?.limit;
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    state
        .kept_json(&caller, &request, today, async {
            let audit = visible_audit(&state, &caller, &path).await?;
            let scope = caller.scope().clone();
            let catalog = state.catalog.clone();
            let mut answer = state
                .read(move |c| assess(c, &scope, &audit, &catalog, today, window_days, limit))
                .await?;
            answer.potential_majors.truncate(limit);
            for major in &mut answer.potential_majors {
                major.warning.findings.truncate(FINDINGS_NAMED);
            }
            Ok(answer)
        })
        .await
}

/// How many findings of the order an answer lists when the client does not say.
const DEFAULT_ORDER: usize = closeout_model::page::DEFAULT_LIMIT as usize;

/// How many of the findings a potential major rests on an answer names (`findings_total`
/// counts them all).
pub(crate) const FINDINGS_NAMED: usize = 100;

/// What every audit of an organisation is assessed with, read once per request.
struct Organisation {
    method: Method,
    overrides:
        std::collections::BTreeMap<closeout_model::id::FindingId, closeout_model::risk::Override>,
}

impl Organisation {
    fn load(
        c: &mut closeout_model::DbConnection,
        scope: &Scope,
    ) -> Result<Organisation, closeout_model::ModelError> {
        Ok(Organisation {
            method: settings::load(c, scope)?,
            overrides: closeout_model::risk::overrides(c, scope)?,
        })
    }
}

/// An audit's findings, each with its likelihood and impact: what the risk answer and the
/// posture both rest on. One narrow read of the findings and one of their deadlines.
struct Assessed {
    findings: Vec<Brief>,
    /// (likelihood, impact) of each finding, in the order of `findings`.
    scales: Vec<(u32, u32)>,
}

impl Assessed {
    fn read(
        c: &mut closeout_model::DbConnection,
        organisation: &Organisation,
        scope: &Scope,
        audit_id: &AuditId,
        catalog: &closeout_model::catalog::Catalog,
        today: NaiveDate,
    ) -> Result<Assessed, closeout_model::ModelError> {
        let Organisation { method, overrides } = organisation;
        let findings = finding::briefs_in_audit(c, scope, audit_id)?;
        let overdue = |found: &Brief| found.current.due_on.is_some_and(|due| due < today);
        let scales = findings
            .iter()
            .map(|found| match overrides.get(found.id.as_str()) {
                Some(o) if found.status != FindingStatus::Closed => {
                    (o.likelihood as u32, o.impact as u32)
                }
                _ => (
                    scoring::likelihood(found.status, overdue(found), method),
                    scoring::impact(found, catalog, method),
                ),
            })
            .collect();
        Ok(Assessed { findings, scales })
    }

    /// The sum of the findings' scores.
    fn points(&self) -> u32 {
        self.scales.iter().map(|(l, i)| l * i).sum()
    }
}

/// The whole assessment of an audit, from the database, with the first `limit` findings of
/// the order to work in (`order_total` counts them all).
pub(crate) fn assess(
    c: &mut closeout_model::DbConnection,
    scope: &Scope,
    audit: &closeout_model::audit::Audit,
    catalog: &closeout_model::catalog::Catalog,
    today: NaiveDate,
    window_days: i64,
    limit: usize,
) -> Result<AuditRisk, closeout_model::ModelError> {
    let organisation = &Organisation::load(c, scope)?;
    let Organisation { method, overrides } = organisation;
    let decisions = closeout_model::risk::decisions(c, scope, &audit.id)?;
    let assessed = Assessed::read(c, organisation, scope, &audit.id, catalog, today)?;
    // Nonconformities of earlier audits, for recurring ones.
    let earlier = finding::nonconformities_before(c, scope, audit.created_at)?;
    let plans = plan::for_audit(c, scope, &audit.id)?;
    let late_plans: Vec<String> = assessed
        .findings
        .iter()
        .filter(|f| glance::possible_upgrade(f.grade, f.status, f.current, today))
        .map(|f| f.reference.clone())
        .collect();
    let warnings = escalation::detect(
        &assessed.findings,
        &earlier,
        &late_plans,
        catalog,
        method.thresholds(),
    );
    // Every open finding's place in the order, then the Ranked answer for the first `limit`
    // only: an audit of 100,000 findings sorts small keys, not 100,000 answers.
    struct Candidate<'a> {
        found: &'a Brief,
        likelihood: u32,
        impact: u32,
        effort: Option<i32>,
        due_on: Option<NaiveDate>,
    }
    impl Candidate<'_> {
        fn score(&self) -> u32 {
            self.likelihood * self.impact
        }
        fn effort_days(&self) -> u32 {
            self.effort.map(|d| d as u32).unwrap_or(1)
        }
        fn gain_per_day(&self) -> f64 {
            f64::from(self.score()) / f64::from(self.effort_days())
        }
    }
    let mut candidates: Vec<Candidate> = assessed
        .findings
        .iter()
        .zip(&assessed.scales)
        .filter(|(found, _)| found.status != FindingStatus::Closed)
        .map(|(found, &(likelihood, impact))| Candidate {
            found,
            likelihood,
            impact,
            effort: plans
                .get(&found.id)
                .and_then(|p| p.effort_days)
                .filter(|d| *d > 0),
            due_on: found.current.due_on,
        })
        .collect();
    let order_total = candidates.len();
    let first = |a: &Candidate, b: &Candidate| {
        b.gain_per_day()
            .total_cmp(&a.gain_per_day())
            .then(a.due_on.is_none().cmp(&b.due_on.is_none()))
            .then(a.due_on.cmp(&b.due_on))
            .then(a.found.reference.cmp(&b.found.reference))
            .then(a.found.id.cmp(&b.found.id))
    };
    if limit < candidates.len() {
        candidates.select_nth_unstable_by(limit, first);
        candidates.truncate(limit);
    }
    candidates.sort_by(first);
    let order: Vec<Ranked> = candidates
        .iter()
        .map(|candidate| {
            let found = candidate.found;
            let (likelihood, impact, score) =
                (candidate.likelihood, candidate.impact, candidate.score());
            Ranked {
                reference: found.reference.clone(),
                finding_id: found.id.clone(),
                grade: found.grade,
                status: found.status,
                likelihood,
                likelihood_level: level_name(&method.settings().likelihood_levels, likelihood),
                impact,
                impact_level: level_name(&method.settings().impact_levels, impact),
                score,
                priority: scoring::priority(score, method),
                gain: score,
                effort_days: candidate.effort_days(),
                effort_estimated: candidate.effort.is_some(),
                gain_per_day: candidate.gain_per_day(),
                posture_gain: scoring::posture_gain(score, assessed.findings.len(), method),
                due_in_window: candidate
                    .due_on
                    .is_some_and(|d| (d - today).num_days() <= window_days),
                due_on: candidate.due_on,
                assessed_by_manager: overrides.get(found.id.as_str()).map(|o| o.reason.clone()),
            }
        })
        .collect();
    let points = assessed.points();
    let count = assessed.findings.len();
    Ok(AuditRisk {
        potential_majors_total: warnings.len(),
        on: today,
        forecast: forecast::forecast(&assessed.findings),
        potential_majors: warnings
            .into_iter()
            .map(|warning| PotentialMajor {
                decision: decisions.get(&warning.key).cloned(),
                warning,
            })
            .collect(),
        thresholds: method.thresholds(),
        max_score: method.max_score(),
        high_from: method.high_from(),
        medium_from: method.medium_from(),
        posture: scoring::posture(points, count, method),
        risk_points: points,
        findings: count,
        order_total,
        order,
    })
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
    /// Open majors and minors of the organisation, to close before the next audit of the cycle
    /// (for a contributor, those assigned to them).
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
    request: HttpRequest,
    query: web::Query<Decision>,
) -> Result<HttpResponse, ApiError> {
    let mut errors = Vec::new();
    let decision = params::date("decision_date", Some(&query.decision_date), &mut errors)
        .ok_or(ApiError::Validation(errors))?;
    let scope = caller.scope().clone();
    let seen_by = caller.visibility();
    // What is open does not depend on the day: the decision date keys the answer.
    state
        .kept_json(&caller, &request, decision, async {
            let open = state
                .read(move |c| {
                    let visible = seen_by.finding_ids(c, &scope)?;
                    Ok(finding::open_nonconformities(c, &scope)?
                        .into_iter()
                        .filter(|(id, _)| visible.as_ref().is_none_or(|v| v.contains(id)))
                        .map(|(_, reference)| reference)
                        .collect::<BTreeSet<_>>())
                })
                .await?;
            Ok(CycleAnswer {
                cycle: cycle::cycle(decision),
                open_nonconformities: open.into_iter().collect(),
            })
        })
        .await
}

/// The organisation's risk settings: escalation thresholds, scales, the impact each kind of
/// requirement adds, and where priorities start (null: derived from the scales; an audit's risk
/// answer shows the figures in use). What it answers can be sent back as it is.
#[utoipa::path(get, path = "/api/v1/risk-settings", tag = "risk-assessment",
    responses((status = 200, body = RiskSettings), (status = 401, body = Problem)))]
#[get("/risk-settings")]
pub(crate) async fn get_settings(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let method = state.read(move |c| settings::load(c, &scope)).await?;
    Ok(HttpResponse::Ok().json(method.settings()))
}

/// Replace the organisation's risk settings (admin, manager); what is left out takes its
/// default. Refused while a manager's own assessment of an unclosed finding would not fit the
/// new scales.
#[utoipa::path(put, path = "/api/v1/risk-settings", tag = "risk-assessment", request_body = RiskSettings,
    responses((status = 200, body = RiskSettings), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
#[put("/risk-settings")]
pub(crate) async fn put_settings(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<RiskSettings>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "changing the risk settings")?;
    let method = body.into_inner().check().map_err(ApiError::Validation)?;
    let scope = caller.scope().clone();
    let saved = method.clone();
    state
        .write(move |c| settings::save(c, &scope, &saved))
        .await?;
    Ok(HttpResponse::Ok().json(method.settings()))
}

/// A level's name: level 1 is the first; 0 is `none`.
fn level_name(levels: &[String], level: u32) -> String {
    match level.checked_sub(1) {
        None => "none".to_owned(),
        Some(i) => levels
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| level.to_string()),
    }
}

/// Set a finding's likelihood (0 to the top of the organisation's scale) and impact (1 to the
/// top) by hand, with a reason (manager).
#[utoipa::path(put, path = "/api/v1/findings/{finding_id}/risk", tag = "risk-assessment", request_body = closeout_model::risk::Override,
    responses((status = 200, description = "set"), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[put("/findings/{finding_id}/risk")]
pub(crate) async fn set_risk(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<closeout_model::risk::Override>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "assessing a finding's risk")?;
    let finding = closeout_web::access::visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let value = body.into_inner();
    let answer = value.clone();
    state
        .write(move |c| {
            closeout_model::risk::lock(c, &scope)?;
            let method = settings::load(c, &scope)?;
            closeout_model::risk::set_override(c, &scope, &finding.id, Some(value), method.scales())
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// Go back to the method's likelihood and impact (manager).
#[utoipa::path(delete, path = "/api/v1/findings/{finding_id}/risk", tag = "risk-assessment",
    responses((status = 204, description = "cleared"), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[delete("/findings/{finding_id}/risk")]
pub(crate) async fn clear_risk(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    caller.require(&[Role::Admin, Role::Manager], "assessing a finding's risk")?;
    let finding = closeout_web::access::visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    state
        .write(move |c| {
            let method = settings::load(c, &scope)?;
            closeout_model::risk::set_override(c, &scope, &finding.id, None, method.scales())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A decision on a potential major.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DecisionRequest {
    /// The warning's `key`.
    key: String,
    /// `accept` (a finding becomes a major) or `dismiss`.
    decision: String,
    /// Why (kept in the history).
    reason: String,
    /// For `accept`: the reference of the minor that becomes the major (the first cited by
    /// default).
    upgrade: Option<String>,
}

/// Accept a potential major (the chosen minor is regraded major, with history) or dismiss it,
/// with a reason (admin, manager).
#[utoipa::path(post, path = "/api/v1/audits/{audit_id}/potential-majors/decisions", tag = "risk-assessment", request_body = DecisionRequest,
    responses((status = 200, body = AuditRisk), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
#[post("/audits/{audit_id}/potential-majors/decisions")]
pub(crate) async fn decide(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<DecisionRequest>,
) -> Result<HttpResponse, ApiError> {
    caller.require(
        &[Role::Admin, Role::Manager],
        "deciding on a potential major",
    )?;
    let audit = visible_audit(&state, &caller, &path).await?;
    let body = body.into_inner();
    let decision = match body.decision.as_str() {
        "accept" => "accepted",
        "dismiss" => "dismissed",
        other => {
            return Err(ApiError::invalid(
                "decision",
                format!("`{other}`: expected accept or dismiss"),
            ));
        }
    };
    let scope = caller.scope().clone();
    let catalog = state.catalog.clone();
    let today = chrono::Utc::now().date_naive();
    let answer = state
        .write(move |c| {
            decide_on(
                c,
                &scope,
                &audit,
                &catalog,
                today,
                &MajorDecision {
                    key: body.key,
                    decision,
                    reason: body.reason,
                    upgrade: body.upgrade,
                },
            )
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// A manager's decision on a potential major, checked: `decision` is `accepted` or
/// `dismissed`.
pub(crate) struct MajorDecision {
    pub(crate) key: String,
    pub(crate) decision: &'static str,
    pub(crate) reason: String,
    pub(crate) upgrade: Option<String>,
}

/// Records a decision on a potential major (an accepted one regrades the chosen minor to
/// major, with history) and answers the audit's new assessment: what the API and the risk
/// page both do.
pub(crate) fn decide_on(
    c: &mut closeout_model::DbConnection,
    scope: &Scope,
    audit: &closeout_model::audit::Audit,
    catalog: &closeout_model::catalog::Catalog,
    today: NaiveDate,
    body: &MajorDecision,
) -> Result<AuditRisk, closeout_model::ModelError> {
    let decision = body.decision;
    let current = assess(c, scope, audit, catalog, today, 14, 0)?;
    let Some(found) = current
        .potential_majors
        .iter()
        .find(|p| p.warning.key == body.key)
    else {
        return Err(closeout_model::ModelError::not_found(
            "potential major",
            body.key.clone(),
        ));
    };
    if decision == "accepted" {
        let reference = body
            .upgrade
            .clone()
            .unwrap_or_else(|| found.warning.findings[0].clone());
        if !found.warning.findings.contains(&reference) {
            return Err(closeout_model::ModelError::invalid(
                "upgrade",
                format!("{reference} is not one of the findings this warning cites"),
            ));
        }
        let minor = finding::by_reference(c, scope, &audit.id, &reference)?
            .filter(|f| f.grade == Grade::Minor)
            .ok_or_else(|| {
                closeout_model::ModelError::invalid(
                    "upgrade",
                    format!("{reference} is not a minor of this audit"),
                )
            })?;
        let mut input = finding::FindingFields::to_input(&minor);
        input.grade = "major".into();
        let fields = finding::FindingFields::parse(input, catalog)?;
        let why = format!("potential major accepted: {}", body.reason.trim());
        finding::update(c, scope, &minor.id, fields, Some(&why))?;
    }
    closeout_model::risk::decide(c, scope, &audit.id, &body.key, decision, &body.reason)?;
    assess(c, scope, audit, catalog, today, 14, DEFAULT_ORDER)
}

/// One audit's posture.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct AuditPosture {
    audit_id: String,
    name: String,
    posture: u32,
    risk_points: u32,
    findings: usize,
}

/// The organisation's posture and each audit's.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Posture {
    /// 0-100: 70% the findings' posture and 30% the SoA's implementation (the findings' alone
    /// while the SoA states no status).
    posture: u32,
    /// 0-100 over every finding of every audit, by the same method as an audit's.
    findings_posture: u32,
    /// 0-100: how implemented the applicable Annex A controls are; null while the SoA states
    /// no status.
    soa_implementation: Option<u32>,
    audits: Vec<AuditPosture>,
}

/// The organisation's posture, and each audit's (newest first).
#[utoipa::path(get, path = "/api/v1/posture", tag = "risk-assessment", params(Window),
    responses((status = 200, body = Posture), (status = 403, body = Problem)))]
#[get("/posture")]
pub(crate) async fn posture(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    window: web::Query<Window>,
) -> Result<HttpResponse, ApiError> {
    caller.require(
        &[Role::Admin, Role::Manager, Role::Auditor],
        "reading the risk assessment",
    )?;
    let today = params::date_or_today("on", window.on.as_deref())?;
    let scope = caller.scope().clone();
    let catalog = state.catalog.clone();
    let answer = state.read(move |c| {
        let audits = audit::all(c, &scope)?;
        let organisation = Organisation::load(c, &scope)?;
        let mut rows = Vec::new();
        for audit in &audits {
            // The scores alone: no warnings, no order, no forecast.
            let assessed = Assessed::read(c, &organisation, &scope, &audit.id, &catalog, today)?;
            let points = assessed.points();
            let findings = assessed.findings.len();
            rows.push(AuditPosture {
                audit_id: audit.id.to_string(),
                name: audit.name.clone(),
                posture: scoring::posture(points, findings, &organisation.method),
                risk_points: points,
                findings,
            });
        }
        let points: u32 = rows.iter().map(|r| r.risk_points).sum();
        let findings: usize = rows.iter().map(|r| r.findings).sum();
        let overall = scoring::posture(points, findings, &organisation.method);
        let statements = closeout_model::soa::statements(c, &scope)?;
        let soa_implementation = scoring::soa_implementation(statements.values());
        Ok(Posture {
            posture: scoring::organisation_posture(overall, soa_implementation),
            findings_posture: overall,
            soa_implementation,
            audits: rows,
        })
    });
    state.kept_json(&caller, &request, today, answer).await
}
