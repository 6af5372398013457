//! Risk of each finding, and what closing it would gain. The method (also in the README), on
//! the organisation's scales (`settings`; five levels each by default):
//!
//! - impact 1..I: major I, minor 60% of I (rounded half up: 3 of 5), OFI and observation 1;
//!   plus the levels of what it cites (the largest: a management-system clause 1, a
//!   technological control 1, other controls 0 by default); at most I;
//! - likelihood 0..L that it hurts at the next audit, from its status as a share of L
//!   (rounded half up, at least 1): open 100%, plan drafted or submitted 80%, plan accepted or in
//!   progress 60%, evidence submitted 40%, verified 20%, closed 0; +1 when its current deadline
//!   has passed; at most L;
//! - score = likelihood x impact (0..L x I); priority high from 60% of the top score, medium
//!   from 32% (rounded up: 15 and 8 of 25), or the organisation's own;
//! - the gain of closing a finding is its score; gain per day of effort divides it by the
//!   plan's effort estimate (1 day when there is none, flagged);
//! - posture (0-100) = 100 x (1 - sum of scores / (top score x findings)); 100 with no findings;
//!   closing a finding adds 100 x its score / (top score x findings) to it;
//! - the SoA's implementation (0-100) = over the applicable Annex A controls with a status,
//!   implemented 1, partially implemented 0.5, planned or not implemented 0, as a percentage;
//!   none while the SoA states no status;
//! - the organisation's posture = 70% its findings' posture + 30% its SoA's implementation (the
//!   findings' posture alone while the SoA states nothing).
//!
//! Shares are computed in whole percent, so the numbers are the same on every machine.

use closeout_model::catalog::{Catalog, RequirementKind, Theme};
use closeout_model::finding::{Brief, FindingStatus, Grade};
use closeout_model::soa::{Implementation, Statement};
use serde::Serialize;

use crate::settings::Method;

/// `percent`% of a scale of `levels`, rounded half up, at least the first level.
fn level(percent: u32, levels: u32) -> u32 {
    ((percent * levels + 50) / 100).clamp(1, levels)
}

/// Impact of a finding.
pub fn impact(finding: &Brief, catalog: &Catalog, method: &Method) -> u32 {
    let top = method.impact_max();
    let base = match finding.grade {
        Grade::Major => top,
        Grade::Minor => level(60, top),
        Grade::Ofi | Grade::Observation => 1,
    };
    let added = method.settings().theme_impact;
    let cited = finding
        .requirements
        .iter()
        .filter_map(|r| catalog.get(r))
        .map(|r| match (r.kind, r.theme) {
            (RequirementKind::Clause, _) => added.clauses,
            (RequirementKind::Control, Some(Theme::Organizational)) => added.organizational,
            (RequirementKind::Control, Some(Theme::People)) => added.people,
            (RequirementKind::Control, Some(Theme::Physical)) => added.physical,
            (RequirementKind::Control, Some(Theme::Technological)) => added.technological,
            (RequirementKind::Control, None) => 0,
        })
        .max()
        .unwrap_or(0);
    (base + cited).min(top)
}

/// Likelihood that a finding hurts at the next audit.
pub fn likelihood(status: FindingStatus, overdue: bool, method: &Method) -> u32 {
    let share = match status {
        FindingStatus::Open => 100,
        FindingStatus::PlanDrafted | FindingStatus::PlanSubmitted => 80,
        FindingStatus::PlanAccepted | FindingStatus::InProgress => 60,
        FindingStatus::EvidenceSubmitted => 40,
        FindingStatus::Verified => 20,
        FindingStatus::Closed => return 0,
    };
    let top = method.likelihood_max();
    (level(share, top) + u32::from(overdue)).min(top)
}

/// High, medium or low.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// From `high_from` (15 of 25 by default).
    High,
    /// From `medium_from` (8 of 25 by default).
    Medium,
    /// Below `medium_from`.
    Low,
}

/// The priority of a score.
pub fn priority(score: u32, method: &Method) -> Priority {
    if score >= method.high_from() {
        Priority::High
    } else if score >= method.medium_from() {
        Priority::Medium
    } else {
        Priority::Low
    }
}

/// Posture 0-100 from the sum of `findings` findings' scores.
pub fn posture(points: u32, findings: usize, method: &Method) -> u32 {
    if findings == 0 {
        return 100;
    }
    let worst = f64::from(method.max_score()) * findings as f64;
    ((worst - f64::from(points).min(worst)) / worst * 100.0).round() as u32
}

/// Points of posture that closing a finding of `score` adds, among `findings` findings: its
/// share of the worst possible total, to one decimal.
pub fn posture_gain(score: u32, findings: usize, method: &Method) -> f64 {
    if findings == 0 {
        return 0.0;
    }
    let worst = f64::from(method.max_score()) * findings as f64;
    (f64::from(score) / worst * 1000.0).round() / 10.0
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

    use crate::settings::RiskSettings;

    fn scales(likelihood: usize, impact: usize) -> Method {
        let names = |n: usize| (1..=n).map(|i| format!("level {i}")).collect();
        RiskSettings {
            likelihood_levels: names(likelihood),
            impact_levels: names(impact),
            ..RiskSettings::default()
        }
        .check()
        .expect("valid")
    }

    #[test]
    fn likelihood_falls_as_the_work_advances_and_rises_when_late() {
        let five = scales(5, 5);
        let statuses = [
            FindingStatus::Open,
            FindingStatus::PlanSubmitted,
            FindingStatus::InProgress,
            FindingStatus::EvidenceSubmitted,
            FindingStatus::Verified,
            FindingStatus::Closed,
        ];
        let on = |method: &Method, overdue| -> Vec<u32> {
            statuses
                .iter()
                .map(|s| likelihood(*s, overdue, method))
                .collect()
        };
        assert_eq!(on(&five, false), [5, 4, 3, 2, 1, 0]);
        assert_eq!(on(&five, true), [5, 5, 4, 3, 2, 0]);
        assert_eq!(on(&scales(3, 5), false), [3, 2, 2, 1, 1, 0]);
        assert_eq!(on(&scales(10, 5), false), [10, 8, 6, 4, 2, 0]);
    }

    #[test]
    fn impact_comes_from_the_grade_and_what_the_finding_cites() {
        use closeout_model::catalog::Requirement;
        let requirement = |id: &str, kind, theme| Requirement {
            id: id.into(),
            kind,
            title: id.into(),
            theme,
            parent_id: None,
        };
        let catalog = Catalog::new(
            vec![
                requirement("9.2", RequirementKind::Clause, None),
                requirement(
                    "A.5.1",
                    RequirementKind::Control,
                    Some(Theme::Organizational),
                ),
                requirement("A.7.4", RequirementKind::Control, Some(Theme::Physical)),
                requirement(
                    "A.8.8",
                    RequirementKind::Control,
                    Some(Theme::Technological),
                ),
            ],
            Vec::new(),
        );
        let finding = |grade, cited: &[&str]| Brief {
            id: "f".into(),
            reference: "NC-01".into(),
            grade,
            status: FindingStatus::Open,
            requirements: cited.iter().map(|c| (*c).to_owned()).collect(),
            current: Default::default(),
        };
        let five = scales(5, 5);
        let of = |grade, cited: &[&str], method: &Method| {
            impact(&finding(grade, cited), &catalog, method)
        };
        assert_eq!(of(Grade::Minor, &["A.5.1"], &five), 3);
        assert_eq!(of(Grade::Minor, &["A.8.8"], &five), 4, "technological");
        assert_eq!(
            of(Grade::Minor, &["9.2", "A.8.8"], &five),
            4,
            "the largest, not the sum"
        );
        assert_eq!(of(Grade::Ofi, &["9.2"], &five), 2);
        assert_eq!(of(Grade::Major, &["9.2"], &five), 5, "at most the top");
        assert_eq!(of(Grade::Minor, &[], &scales(5, 10)), 6);
        let physical_matters = RiskSettings {
            theme_impact: crate::settings::ThemeImpact {
                physical: 2,
                ..Default::default()
            },
            ..RiskSettings::default()
        }
        .check()
        .expect("valid");
        assert_eq!(of(Grade::Minor, &["A.7.4"], &physical_matters), 5);
    }

    #[test]
    fn priorities_and_posture_follow_the_scales() {
        let five = scales(5, 5);
        assert_eq!(priority(25, &five), Priority::High);
        assert_eq!(priority(15, &five), Priority::High);
        assert_eq!(priority(14, &five), Priority::Medium);
        assert_eq!(priority(8, &five), Priority::Medium);
        assert_eq!(priority(7, &five), Priority::Low);
        assert_eq!(posture(0, 0, &five), 100);
        assert_eq!(posture(25, 2, &five), 50);
        assert_eq!(posture(25, 3, &five), 67);
        // Four levels each: the top score is 16, high from 10, medium from 6.
        let four = scales(4, 4);
        assert_eq!(priority(10, &four), Priority::High);
        assert_eq!(priority(9, &four), Priority::Medium);
        assert_eq!(priority(5, &four), Priority::Low);
        assert_eq!(posture(16, 2, &four), 50);
        assert_eq!(posture_gain(16, 3, &four), 33.3);
        assert_eq!(posture_gain(15, 3, &five), 20.0);
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
