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
//! - posture (0-100) = 100 x (1 - sum of scores / (25 x findings)); 100 with no findings.

use closeout_model::catalog::{Catalog, RequirementKind};
use closeout_model::finding::{Finding, FindingStatus, Grade};
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
}
