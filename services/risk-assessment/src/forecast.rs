//! The audit-outcome forecast: recommended, recommended upon action plan (minors open), or not
//! recommended (majors open), with what must happen for it to improve.

use closeout_model::finding::{Finding, FindingStatus, Grade};
use serde::Serialize;

/// The likely outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// No open nonconformity.
    Recommended,
    /// Minors open: recommended once their plans are accepted.
    RecommendedUponActionPlan,
    /// A major is open.
    NotRecommended,
}

/// The forecast and how to improve it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Forecast {
    /// The likely outcome.
    pub outcome: Outcome,
    /// What must happen, in order: "close NC-02", "submit plans for NC-05, NC-07".
    pub to_improve: Vec<String>,
}

/// The forecast for an audit's findings.
pub fn forecast(findings: &[Finding]) -> Forecast {
    let open = |grade: Grade| -> Vec<&Finding> {
        findings
            .iter()
            .filter(|f| f.grade == grade && f.status != FindingStatus::Closed)
            .collect()
    };
    let majors = open(Grade::Major);
    let minors = open(Grade::Minor);
    let references = |list: &[&Finding]| {
        list.iter()
            .map(|f| f.reference.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut to_improve = Vec::new();
    if !majors.is_empty() {
        to_improve.push(format!("close {}", references(&majors)));
    }
    let without_plan: Vec<&Finding> = minors
        .iter()
        .copied()
        .filter(|f| matches!(f.status, FindingStatus::Open | FindingStatus::PlanDrafted))
        .collect();
    if !without_plan.is_empty() {
        to_improve.push(format!("submit plans for {}", references(&without_plan)));
    }
    let awaiting: Vec<&Finding> = minors
        .iter()
        .copied()
        .filter(|f| f.status == FindingStatus::PlanSubmitted)
        .collect();
    if !awaiting.is_empty() {
        to_improve.push(format!(
            "get the plans for {} accepted",
            references(&awaiting)
        ));
    }
    let outcome = if !majors.is_empty() {
        Outcome::NotRecommended
    } else if !minors.is_empty() {
        Outcome::RecommendedUponActionPlan
    } else {
        Outcome::Recommended
    };
    Forecast {
        outcome,
        to_improve,
    }
}
