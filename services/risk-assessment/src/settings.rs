//! An organisation's risk method: the thresholds for potential majors, its own likelihood and
//! impact scales, how much each kind of requirement adds to a finding's impact, and where the
//! priorities start. One JSON document per organisation, replaced whole; every field has a
//! default, so settings stored before a field existed still read, and what a request leaves out
//! takes its default.

use closeout_model::finding::{self, FindingStatus};
use closeout_model::{DbConnection, FieldError, ModelError, Scope};
use serde::{Deserialize, Serialize};

use crate::escalation::Thresholds;

/// The most levels a scale may have; more is false precision for a finding's risk.
const MAX_LEVELS: usize = 10;

/// The longest name of a level: it is repeated on every finding of an answer.
const MAX_LEVEL_NAME: usize = 60;

/// An organisation's risk method as it sets and reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RiskSettings {
    /// Open minors citing one requirement that make a potential major (default 2).
    pub same_requirement: usize,
    /// Open minors under one management-system clause (4-10) (default 3).
    pub same_clause: usize,
    /// Open minors on controls of one Annex A theme (default 4).
    pub same_theme: usize,
    /// The likelihood scale's levels, lowest first (2 to 10 names). Level 0 means none: a
    /// closed finding.
    pub likelihood_levels: Vec<String>,
    /// The impact scale's levels, lowest first (2 to 10 names).
    pub impact_levels: Vec<String>,
    /// Impact levels a finding gains from what it cites (the largest applies).
    pub theme_impact: ThemeImpact,
    /// Score from which a finding is high priority; 60% of the highest score when null.
    pub high_from: Option<u32>,
    /// Score from which a finding is medium priority; 32% of the highest score (and below
    /// `high_from`) when null.
    pub medium_from: Option<u32>,
}

/// Impact levels added to a finding's grade for what it cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeImpact {
    /// A management-system clause (4-10): its failure is systemic (default 1).
    pub clauses: u32,
    /// An organizational control, A.5 (default 0).
    pub organizational: u32,
    /// A people control, A.6 (default 0).
    pub people: u32,
    /// A physical control, A.7 (default 0).
    pub physical: u32,
    /// A technological control, A.8: its failure exposes systems and data directly (default 1).
    pub technological: u32,
}

impl Default for ThemeImpact {
    fn default() -> ThemeImpact {
        ThemeImpact {
            clauses: 1,
            organizational: 0,
            people: 0,
            physical: 0,
            technological: 1,
        }
    }
}

fn five_levels() -> Vec<String> {
    ["very low", "low", "medium", "high", "very high"]
        .map(String::from)
        .to_vec()
}

impl Default for RiskSettings {
    fn default() -> RiskSettings {
        let thresholds = Thresholds::default();
        RiskSettings {
            same_requirement: thresholds.same_requirement,
            same_clause: thresholds.same_clause,
            same_theme: thresholds.same_theme,
            likelihood_levels: five_levels(),
            impact_levels: five_levels(),
            theme_impact: ThemeImpact::default(),
            high_from: None,
            medium_from: None,
        }
    }
}

/// Settings that passed their checks: the organisation's risk method, and the only way to one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method(RiskSettings);

impl RiskSettings {
    /// Checks every field, naming each one that is wrong.
    pub fn check(self) -> Result<Method, Vec<FieldError>> {
        let mut errors = Vec::new();
        for (field, n) in [
            ("same_requirement", self.same_requirement),
            ("same_clause", self.same_clause),
            ("same_theme", self.same_theme),
        ] {
            if !(2..=100).contains(&n) {
                errors.push(FieldError::new(
                    field,
                    "between 2 and 100 (one minor alone is not a pattern)",
                ));
            }
        }
        let mut scales_known = true;
        for (field, levels) in [
            ("likelihood_levels", &self.likelihood_levels),
            ("impact_levels", &self.impact_levels),
        ] {
            let before = errors.len();
            if !(2..=MAX_LEVELS).contains(&levels.len()) {
                errors.push(FieldError::new(
                    field,
                    format!("{} levels: name 2 to {MAX_LEVELS}", levels.len()),
                ));
            }
            for (i, level) in levels.iter().enumerate() {
                let name = level.trim();
                if name.is_empty() {
                    errors.push(FieldError::new(
                        field,
                        format!("level {} has no name", i + 1),
                    ));
                } else if name.chars().count() > MAX_LEVEL_NAME {
                    errors.push(FieldError::new(
                        field,
                        format!("level {}'s name is over {MAX_LEVEL_NAME} characters", i + 1),
                    ));
                } else if levels[..i]
                    .iter()
                    .any(|l| l.trim().eq_ignore_ascii_case(name))
                {
                    errors.push(FieldError::new(field, format!("`{name}` is named twice")));
                }
            }
            scales_known &= errors.len() == before;
        }
        // Against scales that are themselves wrong, these would only repeat their errors.
        if scales_known {
            let impact_max = self.impact_levels.len() as u32;
            let t = self.theme_impact;
            for (field, n) in [
                ("theme_impact.clauses", t.clauses),
                ("theme_impact.organizational", t.organizational),
                ("theme_impact.people", t.people),
                ("theme_impact.physical", t.physical),
                ("theme_impact.technological", t.technological),
            ] {
                if n >= impact_max {
                    errors.push(FieldError::new(
                        field,
                        format!(
                            "{n} levels: at most {} on a {impact_max}-level impact scale",
                            impact_max - 1
                        ),
                    ));
                }
            }
            let method = Method(self);
            let (high, medium, max) =
                (method.high_from(), method.medium_from(), method.max_score());
            if !(2..=max).contains(&high) {
                errors.push(FieldError::new(
                    "high_from",
                    format!("{high}: from 2 to the highest score, {max}"),
                ));
            }
            if !(1..high).contains(&medium) {
                errors.push(FieldError::new(
                    "medium_from",
                    format!("{medium}: from 1 to below high_from ({high})"),
                ));
            }
            if errors.is_empty() {
                return Ok(method);
            }
        }
        Err(errors)
    }
}

impl Method {
    /// The settings as method.
    pub fn settings(&self) -> &RiskSettings {
        &self.0
    }

    /// The thresholds for potential majors.
    pub fn thresholds(&self) -> Thresholds {
        Thresholds {
            same_requirement: self.0.same_requirement,
            same_clause: self.0.same_clause,
            same_theme: self.0.same_theme,
        }
    }

    /// The top of the likelihood scale.
    pub fn likelihood_max(&self) -> u32 {
        self.0.likelihood_levels.len() as u32
    }

    /// The top of the impact scale.
    pub fn impact_max(&self) -> u32 {
        self.0.impact_levels.len() as u32
    }

    /// The highest score: both scales at their top.
    pub fn max_score(&self) -> u32 {
        self.likelihood_max() * self.impact_max()
    }

    /// Where high priority starts.
    pub fn high_from(&self) -> u32 {
        self.0
            .high_from
            .unwrap_or_else(|| percent_up(60, self.max_score()))
    }

    /// Where medium priority starts (when derived, below where high starts).
    pub fn medium_from(&self) -> u32 {
        self.0.medium_from.unwrap_or_else(|| {
            percent_up(32, self.max_score()).min(self.high_from().saturating_sub(1))
        })
    }

    /// The tops of the method's scales, for the model's check of a manager's own assessment.
    pub fn scales(&self) -> closeout_model::risk::Scales {
        closeout_model::risk::Scales {
            likelihood_max: self.likelihood_max() as i32,
            impact_max: self.impact_max() as i32,
        }
    }
}

/// `percent`% of `n`, rounded up: integer arithmetic, so anyone can check it by hand.
fn percent_up(percent: u32, n: u32) -> u32 {
    (percent * n).div_ceil(100)
}

/// An organisation's settings as stored, or the defaults when it has none.
pub fn load(c: &mut DbConnection, scope: &Scope) -> Result<Method, ModelError> {
    let stored = closeout_model::risk::settings(c, scope)?;
    let settings: RiskSettings = match stored {
        Some(value) => serde_json::from_value(value)
            .map_err(|e| ModelError::Corrupt(format!("risk settings: {e}")))?,
        None => RiskSettings::default(),
    };
    settings
        .check()
        .map_err(|errors| ModelError::Corrupt(format!("risk settings: {errors:?}")))
}

/// Replaces the organisation's method. Refused (409, naming the findings) while a manager's own
/// assessment of an unclosed finding would not fit the new scales: it would silently change
/// meaning.
pub fn save(c: &mut DbConnection, scope: &Scope, method: &Method) -> Result<(), ModelError> {
    let value = serde_json::to_value(method.settings())
        .map_err(|e| ModelError::Corrupt(format!("serialising risk settings: {e}")))?;
    closeout_model::risk::lock(c, scope)?;
    let mut misfits = Vec::new();
    for (id, assessed) in closeout_model::risk::overrides(c, scope)? {
        let found = finding::get(c, scope, &id)?;
        // A closed finding's own assessment no longer counts: scoring ignores it.
        if !assessed.fits(method.scales()) && found.status != FindingStatus::Closed {
            misfits.push(format!("{} (id {id})", found.reference));
        }
    }
    if !misfits.is_empty() {
        return Err(ModelError::Conflict(format!(
            "a manager's own likelihood or impact for {} does not fit the new scales: \
             change or clear it first (PUT or DELETE /api/v1/findings/{{id}}/risk)",
            misfits.join(", ")
        )));
    }
    closeout_model::risk::set_settings(c, scope, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_five_by_five_method() {
        let method = RiskSettings::default().check().expect("valid");
        assert_eq!((method.likelihood_max(), method.impact_max()), (5, 5));
        assert_eq!((method.high_from(), method.medium_from()), (15, 8));
    }

    #[test]
    fn thresholds_follow_the_scales_unless_set() {
        let three = vec!["low".to_owned(), "medium".to_owned(), "high".to_owned()];
        let settings = RiskSettings {
            likelihood_levels: three.clone(),
            impact_levels: three,
            ..RiskSettings::default()
        };
        let method = settings.clone().check().expect("valid");
        assert_eq!(method.max_score(), 9);
        assert_eq!((method.high_from(), method.medium_from()), (6, 3));
        let fixed = RiskSettings {
            high_from: Some(8),
            medium_from: Some(4),
            ..settings
        };
        assert_eq!(fixed.check().expect("valid").high_from(), 8);
        // Only `high_from` given: medium stays below it.
        let low_high = RiskSettings {
            high_from: Some(6),
            ..RiskSettings::default()
        };
        let method = low_high.check().expect("valid");
        assert_eq!((method.high_from(), method.medium_from()), (6, 5));
    }

    #[test]
    fn every_wrong_field_is_named() {
        let wrong = RiskSettings {
            same_clause: 1,
            likelihood_levels: vec!["only".into()],
            impact_levels: vec!["low".into(), " Low ".into(), "".into()],
            theme_impact: ThemeImpact {
                technological: 3,
                ..ThemeImpact::default()
            },
            ..RiskSettings::default()
        };
        let fields: Vec<String> = wrong
            .check()
            .expect_err("invalid")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "same_clause",
                "likelihood_levels",
                "impact_levels",
                "impact_levels"
            ]
        );
        let theme = RiskSettings {
            theme_impact: ThemeImpact {
                technological: 5,
                ..ThemeImpact::default()
            },
            ..RiskSettings::default()
        };
        assert_eq!(
            theme.check().expect_err("invalid")[0].field,
            "theme_impact.technological"
        );
        let scale_only = RiskSettings {
            impact_levels: Vec::new(),
            ..RiskSettings::default()
        };
        assert_eq!(
            scale_only.check().expect_err("invalid").len(),
            1,
            "the theme impacts are not checked against a scale that is wrong"
        );
        let priorities = RiskSettings {
            high_from: Some(30),
            medium_from: Some(0),
            same_clause: 1,
            ..RiskSettings::default()
        };
        assert_eq!(
            priorities.check().expect_err("invalid").len(),
            3,
            "priorities are checked alongside the other fields"
        );
        let one = RiskSettings {
            high_from: Some(1),
            medium_from: Some(1),
            ..RiskSettings::default()
        };
        assert_eq!(one.check().expect_err("invalid").len(), 2);
        let long = RiskSettings {
            impact_levels: vec!["low".into(), "x".repeat(61)],
            ..RiskSettings::default()
        };
        assert_eq!(long.check().expect_err("invalid")[0].field, "impact_levels");
    }
}
