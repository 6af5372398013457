//! Risk of each finding, and what closing it would gain. The method (also in the README):
//!
//! - impact 1-5: major 5, minor 3, OFI and observation 1; +1 when the finding cites a
//!   management-system clause (4-10), since those failures are systemic; at most 5;
//! - likelihood 0-5 that it hurts at the next audit, from its status: open 5, plan drafted or
//!   submitted 4, plan accepted or in progress 3, evidence submitted 2, verified 1, closed 0;
//!   +1 when its current deadline has passed; at most 5;
//! - score = likelihood x impact (0-25); priority high from 15, medium from 8, else low;
//! - the gain of closing a finding is its score; gain per day of effort divides it by the
//!   plan's effort estimate (1 day when there is none, flagged);
//! - posture (0-100) = 100 x (1 - sum of scores / (25 x findings)); 100 with no findings;
//! - the SoA's implementation (0-100) = over the applicable Annex A controls with a status,
//!   implemented 1, partially implemented 0.5, planned or not implemented 0, as a percentage;
//!   none while the SoA states no status;
//! - the organisation's posture = 70% its findings' posture + 30% its SoA's implementation (the
//!   findings' posture alone while the SoA states nothing).

use closeout_model::catalog::{Catalog, RequirementKind};
use closeout_model::finding::{Finding, FindingStatus, Grade};
use closeout_model::soa::{Implementation, Statement};
use serde::Serialize;

/// Impact of a finding.
pub fn impact(finding: &Finding, catalog: &Catalog) -> u32 {
    let base = match finding.grade {
        Grade::Major => 5,
        Grade::Minor => 3,
        Grade::Ofi | Grade::Observation => 1,
    };
    let systemic = finding.requirements.iter().any(|r| {
        catalog
            .get(r)
            .is_some_and(|r| r.kind == RequirementKind::Clause)
    });
    (base + u32::from(systemic)).min(5)
}

/// Likelihood that a finding hurts at the next audit.
pub fn likelihood(status: FindingStatus, overdue: bool) -> u32 {
    let base = match status {
        FindingStatus::Open => 5,
        FindingStatus::PlanDrafted | FindingStatus::PlanSubmitted => 4,
        FindingStatus::PlanAccepted | FindingStatus::InProgress => 3,
        FindingStatus::EvidenceSubmitted => 2,
        FindingStatus::Verified => 1,
        FindingStatus::Closed => return 0,
    };
    (base + u32::from(overdue)).min(5)
}

/// High, medium or low.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// Score 15 and above.
    High,
    /// Score 8 to 14.
    Medium,
    /// Below 8.
    Low,
}

/// The priority of a score.
pub fn priority(score: u32) -> Priority {
    match score {
        15.. => Priority::High,
        8..=14 => Priority::Medium,
        _ => Priority::Low,
    }
}

/// Posture 0-100 from the findings' scores.
pub fn posture(scores: &[u32]) -> u32 {
    if scores.is_empty() {
        return 100;
    }
    let total: u32 = scores.iter().sum();
    let worst = 25 * scores.len() as u32;
    ((f64::from(worst - total.min(worst)) / f64::from(worst)) * 100.0).round() as u32
}

/// How implemented the applicable controls are, 0-100; `None` when no status is stated.
pub fn soa_implementation<'a>(statements: impl IntoIterator<Item = &'a Statement>) -> Option<u32> {
    let weights: Vec<f64> = statements
        .into_iter()
        .filter(|s| s.applicable != Some(false))
        .filter_map(|s| s.status)
        .map(|status| match status {
            Implementation::Implemented => 1.0,
            Implementation::PartiallyImplemented => 0.5,
            Implementation::Planned | Implementation::NotImplemented => 0.0,
        })
        .collect();
    if weights.is_empty() {
        return None;
    }
    Some((weights.iter().sum::<f64>() / weights.len() as f64 * 100.0).round() as u32)
}

/// The organisation's posture from its findings' posture and its SoA's implementation.
pub fn organisation_posture(findings: u32, soa: Option<u32>) -> u32 {
    match soa {
        Some(soa) => (0.7 * f64::from(findings) + 0.3 * f64::from(soa)).round() as u32,
        None => findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likelihood_falls_as_the_work_advances_and_rises_when_late() {
        assert_eq!(likelihood(FindingStatus::Open, false), 5);
        assert_eq!(likelihood(FindingStatus::InProgress, false), 3);
        assert_eq!(likelihood(FindingStatus::InProgress, true), 4);
        assert_eq!(likelihood(FindingStatus::Verified, false), 1);
        assert_eq!(likelihood(FindingStatus::Closed, true), 0);
    }

    #[test]
    fn priorities_and_posture() {
        assert_eq!(priority(25), Priority::High);
        assert_eq!(priority(9), Priority::Medium);
        assert_eq!(priority(3), Priority::Low);
        assert_eq!(posture(&[]), 100);
        assert_eq!(posture(&[25, 0]), 50);
        assert_eq!(posture(&[15, 9, 1]), 67);
    }

    #[test]
    fn the_soa_weighs_on_the_organisations_posture() {
        let stated = |applicable, status| Statement {
            applicable: Some(applicable),
            partial: false,
            justification: None,
            status,
        };
        let soa = [
            stated(true, Some(Implementation::Implemented)),
            stated(true, Some(Implementation::PartiallyImplemented)),
            stated(true, Some(Implementation::NotImplemented)),
            stated(false, Some(Implementation::NotImplemented)),
            stated(true, None),
        ];
        assert_eq!(soa_implementation(&soa), Some(50));
        assert_eq!(soa_implementation(&[]), None);
        assert_eq!(organisation_posture(80, Some(50)), 71);
        assert_eq!(organisation_posture(80, None), 80);
    }
}
