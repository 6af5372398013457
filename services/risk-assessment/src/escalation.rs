//! Potential majors (ISO/IEC 17021-1, 3.12 note): several minors against the same requirement,
//! the same management-system clause, or controls of one Annex A theme; a minor recurring from
//! an earlier audit; a minor whose plan deadline passed without a plan. Each warning cites the
//! findings it rests on; the manager decides.

use std::collections::{BTreeMap, HashMap};

use closeout_model::catalog::{Catalog, Theme};
use closeout_model::finding::{Brief, FindingStatus, Grade};
use serde::Serialize;

/// How many open minors make a potential major; the defaults are conservative. An
/// organisation sets its own in its risk settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Thresholds {
    /// Open minors citing one requirement.
    pub same_requirement: usize,
    /// Open minors citing one management-system clause (4-10) or its sub-clauses.
    pub same_clause: usize,
    /// Open minors citing controls of one Annex A theme.
    pub same_theme: usize,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            same_requirement: 2,
            same_clause: 3,
            same_theme: 4,
        }
    }
}

/// One potential major.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Warning {
    /// Identifies the warning for a decision: rule, what is shared, and the findings.
    pub key: String,
    /// `same_requirement`, `same_clause`, `same_theme`, `recurring` or `plan_missed`.
    pub rule: String,
    /// What they share (a requirement, a clause, a theme).
    pub on: String,
    /// The references of the findings it rests on (in an answer, the first hundred).
    pub findings: Vec<String>,
    /// How many findings it rests on.
    pub findings_total: usize,
    /// In words.
    pub message: String,
}

/// How many findings a warning's key names before it names their digest instead.
const KEY_NAMES: usize = 20;

fn open_minor(finding: &Brief) -> bool {
    finding.grade == Grade::Minor && finding.status != FindingStatus::Closed
}

fn group(
    findings: &[&Brief],
    key: impl Fn(&str) -> Option<String>,
) -> BTreeMap<String, Vec<String>> {
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for finding in findings {
        let mut keys: Vec<String> = finding.requirements.iter().filter_map(|r| key(r)).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            groups.entry(k).or_default().push(finding.reference.clone());
        }
    }
    groups
}

/// The warnings for an audit's findings. `earlier` are the organisation's findings from
/// earlier audits; `late_plans` the references of minors whose plan deadline passed.
pub fn detect(
    findings: &[Brief],
    earlier: &[Brief],
    late_plans: &[String],
    catalog: &Catalog,
    thresholds: Thresholds,
) -> Vec<Warning> {
    let minors: Vec<&Brief> = findings.iter().filter(|f| open_minor(f)).collect();
    let mut warnings = Vec::new();
    for (requirement, refs) in group(&minors, |r| Some(r.to_owned())) {
        if refs.len() >= thresholds.same_requirement {
            warnings.push(Warning {
                key: String::new(),
                findings_total: 0,
                rule: "same_requirement".into(),
                message: format!(
                    "{} open minors cite {requirement}: together they may be taken as a major",
                    refs.len()
                ),
                on: requirement,
                findings: refs,
            });
        }
    }
    let clause_of = |r: &str| -> Option<String> {
        (!r.starts_with("A.")).then(|| r.split('.').next().unwrap_or(r).to_owned())
    };
    for (clause, refs) in group(&minors, clause_of) {
        if refs.len() >= thresholds.same_clause {
            warnings.push(Warning {
                key: String::new(),
            findings_total: 0,
                rule: "same_clause".into(),
                message: format!("{} open minors fall under clause {clause}: a systemic failure of the management system", refs.len()),
                on: format!("clause {clause}"),
                findings: refs,
            });
        }
    }
    let theme_of = |r: &str| -> Option<String> {
        catalog.get(r).and_then(|req| req.theme).map(|t| match t {
            Theme::Organizational => "organizational".to_owned(),
            Theme::People => "people".to_owned(),
            Theme::Physical => "physical".to_owned(),
            Theme::Technological => "technological".to_owned(),
        })
    };
    for (theme, refs) in group(&minors, theme_of) {
        if refs.len() >= thresholds.same_theme {
            warnings.push(Warning {
                key: String::new(),
                findings_total: 0,
                rule: "same_theme".into(),
                message: format!("{} open minors concern {theme} controls", refs.len()),
                on: format!("{theme} controls"),
                findings: refs,
            });
        }
    }
    // The first earlier nonconformity citing each requirement, so that a minor's match is a
    // lookup per requirement it cites rather than a pass over every earlier finding.
    let mut first_citing: HashMap<&str, usize> = HashMap::new();
    for (index, old) in earlier.iter().enumerate() {
        if old.grade.is_nonconformity() {
            for requirement in &old.requirements {
                first_citing.entry(requirement.as_str()).or_insert(index);
            }
        }
    }
    for minor in &minors {
        let first = minor
            .requirements
            .iter()
            .filter_map(|r| first_citing.get(r.as_str()).copied())
            .min();
        if let Some(old) = first.map(|index| &earlier[index]) {
            let shared: Vec<&String> = old
                .requirements
                .iter()
                .filter(|r| minor.requirements.contains(r))
                .collect();
            warnings.push(Warning {
                key: String::new(),
            findings_total: 0,
                rule: "recurring".into(),
                on: shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
                findings: vec![minor.reference.clone(), old.reference.clone()],
                message: format!(
                    "{} repeats {} from an earlier audit: a recurring nonconformity may be upgraded",
                    minor.reference, old.reference
                ),
            });
        }
    }
    for reference in late_plans {
        warnings.push(Warning {
                key: String::new(),
            findings_total: 0,
            rule: "plan_missed".into(),
            on: reference.clone(),
            findings: vec![reference.clone()],
            message: format!("{reference}'s plan deadline passed without a plan: the certification body may upgrade it"),
        });
    }
    for warning in &mut warnings {
        let mut findings = warning.findings.join(",");
        // A warning resting on many findings is keyed by their digest: the key, sent with every
        // decision, stays short and still changes when the findings do.
        if warning.findings.len() > KEY_NAMES {
            let digest = closeout_model::stored_file::sha256(findings.as_bytes());
            findings = format!("{} findings {}", warning.findings.len(), &digest[..16]);
        }
        warning.key = format!("{}:{}:{findings}", warning.rule, warning.on);
        warning.findings_total = warning.findings.len();
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minor(n: usize) -> Brief {
        Brief {
            id: format!("f{n}"),
            reference: format!("NC-{n:02}"),
            grade: Grade::Minor,
            status: FindingStatus::Open,
            requirements: vec!["A.5.15".into()],
            current: Default::default(),
        }
    }

    fn same_requirement(findings: &[Brief]) -> Warning {
        let catalog = Catalog::default();
        detect(findings, &[], &[], &catalog, Thresholds::default())
            .into_iter()
            .find(|w| w.rule == "same_requirement")
            .expect("a warning")
    }

    #[test]
    fn a_warning_on_many_findings_is_keyed_by_their_digest() {
        let few: Vec<Brief> = (1..=3).map(minor).collect();
        assert_eq!(
            same_requirement(&few).key,
            "same_requirement:A.5.15:NC-01,NC-02,NC-03"
        );
        let many: Vec<Brief> = (1..=30).map(minor).collect();
        let warning = same_requirement(&many);
        assert_eq!(warning.findings_total, 30);
        assert!(
            warning
                .key
                .starts_with("same_requirement:A.5.15:30 findings "),
            "{}",
            warning.key
        );
        assert!(warning.key.len() < 60, "{}", warning.key);
        let mut other = many.clone();
        other[29].reference = "NC-99".into();
        assert_ne!(
            same_requirement(&other).key,
            warning.key,
            "other findings, another key"
        );
    }
}
