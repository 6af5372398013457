//! Coverage of another framework by the organisation's ISO programme: for each of its
//! requirements, fully, partially or not covered, and why.
//!
//! A requirement is reached by ISO/IEC 27001:2022 requirements through the mappings (directly or
//! through pivots). Each ISO requirement contributes what its own state allows: an Annex A
//! control what the SoA says (implemented: full; partially implemented or applicable to part of
//! the scope: partial; planned, not implemented, not stated or excluded: none), a clause of the
//! certified management system full; an open major nonconformity against it makes it none, an
//! open minor at most partial. The relationship caps it: an ISO requirement equal to or a
//! superset of the target can cover it fully; a subset, an overlap or an untyped mapping only
//! partly. Where several ISO requirements reach one target, the worst contribution wins: the
//! target is only as covered as its weakest link. Nothing reaching it at all is a gap.

use std::collections::HashMap;

use closeout_model::catalog::{Catalog, RequirementKind};
use closeout_model::finding::Grade;
use closeout_model::framework::{FrameworkRequirement, ISO, Relationship};
use closeout_model::soa::{Implementation, Statement};
use serde::Serialize;

use crate::crosswalk::{Hop, Index};

/// How far a requirement is covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not covered.
    None,
    /// Partly covered.
    Partial,
    /// Fully covered.
    Full,
}

impl Level {
    /// The name shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Partial => "partial",
            Level::Full => "full",
        }
    }
}

/// What one ISO requirement contributes to a target.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Contribution<'a> {
    /// The ISO/IEC 27001:2022 requirement.
    pub iso: &'a str,
    /// How it relates to the target (read from the ISO side).
    pub relationship: Relationship,
    /// What it contributes.
    pub level: Level,
    /// Why.
    pub reason: String,
    /// The mappings that connect them.
    pub path: Vec<Hop<'a>>,
}

/// One requirement of the target framework.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Covered<'a> {
    /// Its reference.
    pub requirement: String,
    /// Its title.
    pub title: Option<String>,
    /// Its depth in its framework.
    pub depth: i32,
    /// How far it is covered.
    pub coverage: Level,
    /// Why, in a sentence.
    pub reason: String,
    /// Each ISO requirement that reaches it.
    pub contributions: Vec<Contribution<'a>>,
}

/// Counts per level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Summary {
    /// Fully covered.
    pub full: usize,
    /// Partly covered.
    pub partial: usize,
    /// Not covered.
    pub none: usize,
    /// Not covered because nothing in the ISO programme reaches them.
    pub gaps: usize,
    /// All requirements.
    pub total: usize,
}

/// A framework's coverage.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Coverage<'a> {
    /// The framework.
    pub framework: String,
    /// Counts.
    pub summary: Summary,
    /// Every requirement, in the framework's order.
    pub items: Vec<Covered<'a>>,
}

/// What the organisation's ISO programme says about one ISO requirement.
pub struct Programme<'a> {
    /// The catalog, to tell controls from clauses.
    pub catalog: &'a Catalog,
    /// The SoA, by control.
    pub soa: &'a HashMap<String, Statement>,
    /// Unfinished nonconformities, by requirement.
    pub open: &'a HashMap<String, Vec<(String, Grade)>>,
}

impl Programme<'_> {
    /// The level an ISO requirement supports on its own, and why.
    pub fn state(&self, iso: &str) -> (Level, String) {
        let control = self
            .catalog
            .get(iso)
            .is_some_and(|r| r.kind == RequirementKind::Control);
        let (mut level, mut reason) = if control {
            match self.soa.get(iso) {
                Some(s) if s.applicable == Some(false) => (
                    Level::None,
                    format!(
                        "{iso} is excluded in the SoA{}",
                        s.justification
                            .as_deref()
                            .map(|j| format!(" ({j})"))
                            .unwrap_or_default()
                    ),
                ),
                Some(s) => {
                    let (level, words) = match s.status {
                        Some(Implementation::Implemented) => (Level::Full, "implemented"),
                        Some(Implementation::PartiallyImplemented) => {
                            (Level::Partial, "partially implemented")
                        }
                        Some(Implementation::Planned) => (Level::None, "planned, not implemented"),
                        Some(Implementation::NotImplemented) => (Level::None, "not implemented"),
                        None => (Level::None, "without an implementation status in the SoA"),
                    };
                    if s.partial && level == Level::Full {
                        (
                            Level::Partial,
                            format!("{iso} is implemented for part of the scope"),
                        )
                    } else {
                        (level, format!("{iso} is {words}"))
                    }
                }
                None => (Level::None, format!("{iso} is not stated in the SoA")),
            }
        } else {
            (
                Level::Full,
                format!("{iso} is a clause of the certified management system"),
            )
        };
        let open = self.open.get(iso).map(Vec::as_slice).unwrap_or_default();
        if let Some((reference, _)) = open.iter().find(|(_, g)| *g == Grade::Major) {
            level = Level::None;
            reason = format!("{reason}, but major nonconformity {reference} is open");
        } else if let Some((reference, _)) = open.first()
            && level == Level::Full
        {
            level = Level::Partial;
            reason = format!("{reason}, but minor nonconformity {reference} is open");
        }
        (level, reason)
    }
}

/// The most an ISO requirement standing in `relationship` to a target can cover of it.
fn cap(relationship: Relationship) -> Option<Level> {
    match relationship {
        Relationship::Equal | Relationship::SupersetOf => Some(Level::Full),
        Relationship::SubsetOf | Relationship::IntersectsWith | Relationship::Related => {
            Some(Level::Partial)
        }
        Relationship::NotRelated => None,
    }
}

/// The coverage of `framework_id` (its `requirements`, in order) by the ISO programme.
pub fn coverage<'a>(
    framework_id: &str,
    requirements: &[FrameworkRequirement],
    index: &'a Index,
    programme: &Programme<'_>,
    max_hops: usize,
) -> Coverage<'a> {
    let mut summary = Summary::default();
    let items: Vec<Covered<'a>> = requirements
        .iter()
        .map(|requirement| {
            let contributions: Vec<Contribution<'a>> = index
                .map(framework_id, &requirement.reference, Some(ISO), max_hops)
                .into_iter()
                .filter_map(|found| {
                    // The answer says how the target relates to the ISO requirement; the ISO
                    // side's view is the inverse.
                    let relationship = found.relationship.inverse();
                    let most = cap(relationship)?;
                    let (state, why) = programme.state(found.requirement);
                    let level = state.min(most);
                    let reason = if state > most {
                        format!(
                            "{why}; {} only partly covers it",
                            relationship.as_str().replace('_', " ")
                        )
                    } else {
                        why
                    };
                    Some(Contribution {
                        iso: found.requirement,
                        relationship,
                        level,
                        reason,
                        path: found.path,
                    })
                })
                .collect();
            let coverage = contributions.iter().map(|c| c.level).min();
            let (coverage, reason) = match coverage {
                None => {
                    summary.gaps += 1;
                    (
                        Level::None,
                        "no ISO/IEC 27001:2022 requirement maps to it: a gap".to_owned(),
                    )
                }
                Some(level) => {
                    let worst: Vec<&str> = contributions
                        .iter()
                        .filter(|c| c.level == level)
                        .map(|c| c.reason.as_str())
                        .collect();
                    (level, worst.join("; "))
                }
            };
            match coverage {
                Level::Full => summary.full += 1,
                Level::Partial => summary.partial += 1,
                Level::None => summary.none += 1,
            }
            Covered {
                requirement: requirement.reference.clone(),
                title: requirement.title.clone(),
                depth: requirement.depth,
                coverage,
                reason,
                contributions,
            }
        })
        .collect();
    summary.total = items.len();
    Coverage {
        framework: framework_id.to_owned(),
        summary,
        items,
    }
}

/// The coverage as a workbook: a summary and one row per requirement, every cell text (a
/// title from a file never becomes a formula).
pub fn workbook(coverage: &Coverage) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("Coverage")?;
    sheet.write_string_with_format(
        0,
        0,
        format!(
            "Coverage of {} by the ISO/IEC 27001:2022 programme",
            coverage.framework
        ),
        &bold,
    )?;
    let s = coverage.summary;
    sheet.write_string(
        1,
        0,
        format!(
            "{} requirements: {} fully, {} partly, {} not covered ({} gaps)",
            s.total, s.full, s.partial, s.none, s.gaps
        ),
    )?;
    for (column, title) in [
        "Requirement",
        "Title",
        "Coverage",
        "Why",
        "ISO/IEC 27001:2022",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string_with_format(3, column as u16, *title, &bold)?;
    }
    for (n, item) in coverage.items.iter().enumerate() {
        let row = 4 + n as u32;
        sheet.write_string(row, 0, &item.requirement)?;
        sheet.write_string(row, 1, item.title.as_deref().unwrap_or_default())?;
        sheet.write_string(row, 2, item.coverage.as_str())?;
        sheet.write_string(row, 3, &item.reason)?;
        let iso: Vec<String> = item
            .contributions
            .iter()
            .map(|c| {
                format!(
                    "{} ({}, {})",
                    c.iso,
                    c.relationship.as_str(),
                    c.level.as_str()
                )
            })
            .collect();
        sheet.write_string(row, 4, iso.join("; "))?;
    }
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 60)?;
    sheet.set_column_width(2, 10)?;
    sheet.set_column_width(3, 80)?;
    sheet.set_column_width(4, 60)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use closeout_model::catalog::Requirement;
    use closeout_model::framework::StoredMapping;

    fn catalog() -> Catalog {
        let req = |id: &str, kind| Requirement {
            id: id.into(),
            kind,
            title: id.into(),
            theme: None,
            parent_id: None,
        };
        Catalog::new(
            vec![
                req("6.1.2", RequirementKind::Clause),
                req("A.5.1", RequirementKind::Control),
                req("A.5.9", RequirementKind::Control),
                req("A.8.8", RequirementKind::Control),
            ],
            Vec::new(),
        )
    }

    fn mapping(source: &str, target: &str, relationship: &str) -> StoredMapping {
        StoredMapping {
            mapping_set_id: "s".into(),
            source_framework: "fw".into(),
            source: source.into(),
            target_framework: ISO.into(),
            target: target.into(),
            relationship: relationship.into(),
            rationale: None,
            strength: None,
        }
    }

    fn requirement(reference: &str) -> FrameworkRequirement {
        FrameworkRequirement {
            reference: reference.into(),
            title: None,
            parent: None,
            depth: 1,
        }
    }

    fn statement(applicable: bool, status: Option<Implementation>) -> Statement {
        Statement {
            applicable: Some(applicable),
            partial: false,
            justification: Some("no own development".into()),
            status,
        }
    }

    #[test]
    fn each_requirement_is_as_covered_as_its_weakest_iso_link_with_the_reason() {
        let index = Index::build(&[
            // R1 is a subset of A.5.1 (so A.5.1 is a superset of R1: can cover it fully).
            mapping("R1", "A.5.1", "subset"),
            // R2 intersects A.5.1: at most partial.
            mapping("R2", "A.5.1", "intersect"),
            // R3 equal to A.5.9, which is excluded in the SoA.
            mapping("R3", "A.5.9", "equal"),
            // R4 equal to A.8.8 (implemented, but an open minor) and to clause 6.1.2.
            mapping("R4", "A.8.8", "equal"),
            mapping("R4", "6.1.2", "equal"),
        ]);
        let soa = HashMap::from([
            (
                "A.5.1".to_owned(),
                statement(true, Some(Implementation::Implemented)),
            ),
            ("A.5.9".to_owned(), statement(false, None)),
            (
                "A.8.8".to_owned(),
                statement(true, Some(Implementation::Implemented)),
            ),
        ]);
        let open = HashMap::from([("A.8.8".to_owned(), vec![("NC-02".to_owned(), Grade::Minor)])]);
        let catalog = catalog();
        let programme = Programme {
            catalog: &catalog,
            soa: &soa,
            open: &open,
        };
        let result = coverage(
            "fw",
            &["R1", "R2", "R3", "R4", "R5"].map(requirement),
            &index,
            &programme,
            2,
        );
        let levels: Vec<(&str, Level)> = result
            .items
            .iter()
            .map(|i| (i.requirement.as_str(), i.coverage))
            .collect();
        assert_eq!(
            levels,
            [
                ("R1", Level::Full),
                ("R2", Level::Partial),
                ("R3", Level::None),
                ("R4", Level::Partial),
                ("R5", Level::None),
            ]
        );
        assert_eq!(
            result.items[0].contributions[0].relationship,
            Relationship::SupersetOf
        );
        assert!(
            result.items[1]
                .reason
                .contains("intersects with only partly covers it"),
            "{}",
            result.items[1].reason
        );
        assert!(
            result.items[2]
                .reason
                .contains("A.5.9 is excluded in the SoA (no own development)")
        );
        assert!(
            result.items[3]
                .reason
                .contains("minor nonconformity NC-02 is open"),
            "{}",
            result.items[3].reason
        );
        assert!(result.items[4].reason.contains("a gap"));
        assert_eq!(
            result.summary,
            Summary {
                full: 1,
                partial: 2,
                none: 2,
                gaps: 1,
                total: 5
            }
        );
        let bytes = workbook(&result).expect("workbook");
        assert!(bytes.starts_with(b"PK"));
    }

    #[test]
    fn an_open_major_leaves_nothing_and_unstated_controls_cover_nothing() {
        let catalog = catalog();
        let soa = HashMap::from([(
            "A.5.1".to_owned(),
            statement(true, Some(Implementation::Implemented)),
        )]);
        let open = HashMap::from([("A.5.1".to_owned(), vec![("NC-01".to_owned(), Grade::Major)])]);
        let programme = Programme {
            catalog: &catalog,
            soa: &soa,
            open: &open,
        };
        let (level, reason) = programme.state("A.5.1");
        assert_eq!(level, Level::None);
        assert!(reason.contains("major nonconformity NC-01 is open"));
        let (level, reason) = programme.state("A.8.8");
        assert_eq!(
            (level, reason.as_str()),
            (Level::None, "A.8.8 is not stated in the SoA")
        );
        assert_eq!(programme.state("6.1.2").0, Level::Full);
    }
}
