//! The risk page of an audit: the forecast and what must happen, the potential majors with
//! the manager's accept or dismiss, and the order to work in with each finding's gain.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::user::Role;
use closeout_web::access::visible_audit;
use closeout_web::ui::{Chrome, PageError, Submitted, Viewer, html, labels, redirect};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

use crate::forecast::Outcome;
use crate::routes::{AuditRisk, MajorDecision, assess, decide_on};

/// Findings listed in the order to work in.
const ORDER_SHOWN: usize = 25;
/// Potential majors listed, each with its decision form.
const MAJORS_SHOWN: usize = 50;

#[derive(Template)]
#[template(path = "risk.html")]
struct RiskPage {
    chrome: Chrome,
    audit: closeout_model::audit::Audit,
    risk: AuditRisk,
    outcome: &'static str,
    may_decide: bool,
    grades: Vec<&'static str>,
    open: usize,
}

closeout_web::screen!(RiskPage);

/// `GET /audits/{id}/risk`.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    viewer.caller.require(
        &[Role::Admin, Role::Manager, Role::Auditor],
        "reading the risk assessment",
    )?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let scope = viewer.caller.scope().clone();
    let catalog = state.catalog.clone();
    let today = viewer.today();
    let assessed = audit.clone();
    let mut risk = state
        .read(move |c| assess(c, &scope, &assessed, &catalog, today, 14, ORDER_SHOWN))
        .await?;
    let open = risk.order_total;
    risk.potential_majors.truncate(MAJORS_SHOWN);
    for major in &mut risk.potential_majors {
        major
            .warning
            .findings
            .truncate(crate::routes::FINDINGS_NAMED);
    }
    let outcome = match risk.forecast.outcome {
        Outcome::Recommended => "Recommended for certification",
        Outcome::RecommendedUponActionPlan => {
            "Recommended once the plans for the open minors are accepted"
        }
        Outcome::NotRecommended => "Not recommended while a major is open",
    };
    let grades = risk.order.iter().map(|r| labels::grade(r.grade)).collect();
    html(
        StatusCode::OK,
        &RiskPage {
            chrome: viewer.chrome(format!("Risk of {}", audit.name), "audits"),
            may_decide: matches!(viewer.caller.role(), Role::Admin | Role::Manager),
            open,
            audit,
            risk,
            outcome,
            grades,
        },
    )
}

#[derive(Debug, Deserialize)]
pub(super) struct DecisionForm {
    key: String,
    decision: String,
    #[serde(default)]
    reason: String,
    /// For an acceptance: the finding that becomes the major (the first cited when left out).
    #[serde(default)]
    upgrade: Option<String>,
}

/// `POST /audits/{id}/potential-majors`: accept (the chosen minor, or the first cited, becomes
/// a major) or dismiss, with a reason.
pub(super) async fn decide(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<DecisionForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(
        &[Role::Admin, Role::Manager],
        "deciding on a potential major",
    )?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let decision = match form.decision.as_str() {
        "accept" => "accepted",
        "dismiss" => "dismissed",
        other => {
            return Err(
                ApiError::invalid("decision", format!("`{other}`: accept or dismiss")).into(),
            );
        }
    };
    if form.reason.trim().is_empty() {
        return Err(ApiError::invalid("reason", "say why, for the history").into());
    }
    let scope = viewer.caller.scope().clone();
    let catalog = state.catalog.clone();
    let today = viewer.today();
    let audit_id = audit.id.clone();
    state
        .write(move |c| {
            decide_on(
                c,
                &scope,
                &audit,
                &catalog,
                today,
                &MajorDecision {
                    key: form.key,
                    decision,
                    reason: form.reason,
                    upgrade: form.upgrade.filter(|u| !u.trim().is_empty()),
                },
            )
        })
        .await?;
    Ok(redirect(&format!("/audits/{audit_id}/risk")))
}
