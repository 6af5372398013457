//! The audit-outcome forecast: recommended, recommended upon action plan (minors open), or not
//! recommended (majors open), with what must happen for it to improve.

use closeout_model::finding::{Brief, FindingStatus, Grade};
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

/// How many findings a step of the forecast names.
const NAMED: usize = 10;

/// The forecast for an audit's findings.
pub fn forecast(findings: &[Brief]) -> Forecast {
    let open = |grade: Grade| -> Vec<&Brief> {
        findings
            .iter()
            .filter(|f| f.grade == grade && f.status != FindingStatus::Closed)
            .collect()
    };
    let majors = open(Grade::Major);
    let minors = open(Grade::Minor);
    // A large audit's forecast names the first few and counts the rest.
    let references = |list: &[&Brief]| {
        let mut named = list
            .iter()
            .take(NAMED)
            .map(|f| f.reference.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        if list.len() > NAMED {
            named.push_str(&format!(" and {} more", list.len() - NAMED));
        }
        named
    };
    let mut to_improve = Vec::new();
    if !majors.is_empty() {
        to_improve.push(format!("close {}", references(&majors)));
    }
    let without_plan: Vec<&Brief> = minors
        .iter()
        .copied()
        .filter(|f| matches!(f.status, FindingStatus::Open | FindingStatus::PlanDrafted))
        .collect();
    if !without_plan.is_empty() {
        to_improve.push(format!("submit plans for {}", references(&without_plan)));
    }
    let awaiting: Vec<&Brief> = minors
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

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(n: usize, grade: Grade, status: FindingStatus) -> Brief {
        Brief {
            id: format!("f{n}"),
            reference: format!("NC-{n:02}"),
            grade,
            status,
            requirements: Vec::new(),
            current: Default::default(),
        }
    }

    #[test]
    fn a_large_audit_names_the_first_ten_and_counts_the_rest() {
        let mut findings: Vec<Brief> = (1..=12)
            .map(|n| finding(n, Grade::Major, FindingStatus::Open))
            .collect();
        findings.push(finding(13, Grade::Minor, FindingStatus::PlanSubmitted));
        findings.push(finding(14, Grade::Major, FindingStatus::Closed));
        let forecast = forecast(&findings);
        assert_eq!(forecast.outcome, Outcome::NotRecommended);
        assert_eq!(
            forecast.to_improve,
            [
                "close NC-01, NC-02, NC-03, NC-04, NC-05, NC-06, NC-07, NC-08, NC-09, NC-10 and 2 more",
                "get the plans for NC-13 accepted"
            ]
        );
    }
}
