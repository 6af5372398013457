//! Turning a crosswalk plugin's output into what is stored: frameworks, their requirements and
//! mapping sets, with every reference checked against the framework's catalog where there is
//! one (ISO/IEC 27001:2022 always; another framework once its catalog was imported). Plain
//! functions: the route reads the catalog and the stored references, then writes the plan.

use std::collections::{BTreeMap, HashMap};

use closeout_model::catalog::Catalog;
use closeout_model::framework::{
    self, FrameworkRequirement, ISO, NewFramework, NewMapping, NewMappingSet, Relationship,
};
use closeout_plugin_abi::{ImportOutput, Issue, Severity};

/// What an import will store, and what was wrong.
#[derive(Debug, Clone, Default)]
pub struct CrosswalkPlan {
    /// Frameworks, with requirements to add.
    pub frameworks: Vec<NewFramework>,
    /// Mapping sets.
    pub sets: Vec<NewMappingSet>,
    /// Problems, located.
    pub issues: Vec<Issue>,
    /// Remarks about the whole file.
    pub warnings: Vec<String>,
}

impl CrosswalkPlan {
    /// Whether any mapping or framework was refused.
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }

    /// Mappings in all sets.
    pub fn mappings(&self) -> usize {
        self.sets.iter().map(|s| s.mappings.len()).sum()
    }
}

/// A framework id: lower-case letters, digits, `.`, `-` and `_`, at most 100 characters.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c))
}

fn error(message: String, row: Option<u32>) -> Issue {
    Issue {
        sheet: None,
        row,
        column: None,
        message,
        severity: Severity::Error,
    }
}

/// Requirements already stored, per framework id: lookup key to the reference as written.
pub type Stored = HashMap<String, HashMap<String, String>>;

/// Plans an import against the catalog and the organisation's stored requirements.
pub fn plan(output: &ImportOutput, catalog: &Catalog, stored: &Stored) -> CrosswalkPlan {
    let mut plan = CrosswalkPlan {
        issues: output.issues.clone(),
        warnings: output.warnings.clone(),
        ..CrosswalkPlan::default()
    };
    // Per framework: key -> the reference as the framework spells it, for frameworks with a
    // catalog; frameworks without one learn their requirements from the mappings.
    let mut catalogs: HashMap<String, HashMap<String, String>> = HashMap::new();
    catalogs.insert(
        ISO.to_owned(),
        catalog
            .requirements()
            .iter()
            .map(|r| (framework::key(&r.id), r.id.clone()))
            .collect(),
    );
    for (id, known) in stored.iter().filter(|(_, known)| !known.is_empty()) {
        catalogs.insert(id.clone(), known.clone());
    }
    let mut frameworks: BTreeMap<String, NewFramework> = BTreeMap::new();
    for record in &output.frameworks {
        if !valid_id(&record.id) {
            plan.issues.push(error(
                format!(
                    "`{}` is not a framework id (lower-case letters, digits, `.`, `-`, `_`)",
                    record.id
                ),
                None,
            ));
            continue;
        }
        if record.id == ISO {
            // Built in: the catalog is the authority, the file's copy is not stored.
            continue;
        }
        let requirements: Vec<FrameworkRequirement> = record
            .requirements
            .iter()
            .filter(|r| !r.reference.trim().is_empty())
            .map(|r| FrameworkRequirement {
                reference: r.reference.trim().to_owned(),
                title: r.title.clone(),
                parent: r.parent.clone(),
                depth: i32::try_from(r.depth).unwrap_or(i32::MAX),
            })
            .collect();
        if !requirements.is_empty() {
            let known = catalogs.entry(record.id.clone()).or_default();
            for r in &requirements {
                known.insert(framework::key(&r.reference), r.reference.clone());
            }
        }
        frameworks.insert(
            record.id.clone(),
            NewFramework {
                id: record.id.clone(),
                name: record.name.clone(),
                version: record.version.clone(),
                full_catalog: !requirements.is_empty(),
                requirements,
            },
        );
    }
    for set in &output.mapping_sets {
        let ids_valid = [&set.source_framework, &set.target_framework]
            .iter()
            .all(|id| valid_id(id));
        if !ids_valid {
            plan.issues.push(error(
                format!(
                    "mapping set {} -> {}: not framework ids",
                    set.source_framework, set.target_framework
                ),
                None,
            ));
            continue;
        }
        let mut mappings: Vec<NewMapping> = Vec::new();
        let mut seen: HashMap<(String, String), Relationship> = HashMap::new();
        for m in &set.mappings {
            let Some(relationship) = Relationship::parse(&m.relationship) else {
                plan.issues.push(error(
                    format!(
                        "{} -> {}: unknown relationship `{}`",
                        m.source, m.target, m.relationship
                    ),
                    m.row,
                ));
                continue;
            };
            let mut resolve = |framework_id: &str, reference: &str| -> Option<String> {
                let reference = reference.trim();
                if reference.is_empty() {
                    return None;
                }
                match catalogs.get(framework_id) {
                    Some(known) => known.get(&framework::key(reference)).cloned(),
                    None => {
                        let learned =
                            frameworks
                                .entry(framework_id.to_owned())
                                .or_insert_with(|| NewFramework {
                                    id: framework_id.to_owned(),
                                    name: framework_id.to_owned(),
                                    version: None,
                                    requirements: Vec::new(),
                                    full_catalog: false,
                                });
                        learned.requirements.push(FrameworkRequirement {
                            reference: reference.to_owned(),
                            title: None,
                            parent: None,
                            depth: 1,
                        });
                        Some(reference.to_owned())
                    }
                }
            };
            let source = resolve(&set.source_framework, &m.source);
            let target = resolve(&set.target_framework, &m.target);
            let (Some(source), Some(target)) = (source, target) else {
                let (framework_id, reference) =
                    if unknown(&catalogs, &set.source_framework, &m.source) {
                        (&set.source_framework, &m.source)
                    } else {
                        (&set.target_framework, &m.target)
                    };
                let hint = catalogs
                    .get(framework_id.as_str())
                    .and_then(|known| did_you_mean(known, reference))
                    .map(|r| format!("; did you mean {r}?"))
                    .unwrap_or_default();
                plan.issues.push(error(
                    format!(
                        "{} {} -> {} {}: unknown requirement ({framework_id} has no `{reference}`{hint})",
                        set.source_framework, m.source, set.target_framework, m.target,
                    ),
                    m.row,
                ));
                continue;
            };
            let pair = (framework::key(&source), framework::key(&target));
            if let Some(previous) = seen.get(&pair) {
                if *previous != relationship {
                    plan.issues.push(Issue {
                        severity: Severity::Warning,
                        ..error(
                            format!(
                                "{source} -> {target} is mapped twice ({} and {}); the first is kept",
                                previous.as_str(),
                                relationship.as_str()
                            ),
                            m.row,
                        )
                    });
                }
                continue;
            }
            seen.insert(pair, relationship);
            mappings.push(NewMapping {
                source,
                target,
                relationship,
                rationale: m.rationale.clone(),
                strength: m.strength.filter(|s| *s <= 10),
                annotation: m.annotation.clone(),
            });
        }
        for id in [&set.source_framework, &set.target_framework] {
            if id != ISO && !frameworks.contains_key(id.as_str()) {
                frameworks.insert(
                    id.clone(),
                    NewFramework {
                        id: id.clone(),
                        name: id.clone(),
                        version: None,
                        requirements: Vec::new(),
                        full_catalog: false,
                    },
                );
            }
        }
        plan.sets.push(NewMappingSet {
            source: set.source_framework.clone(),
            target: set.target_framework.clone(),
            licence: set.licence.clone(),
            mappings,
        });
    }
    for learned in frameworks
        .values()
        .filter(|f| !f.full_catalog && !f.requirements.is_empty())
    {
        if stored.get(&learned.id).is_none_or(|k| k.is_empty()) {
            plan.warnings.push(format!(
                "{} has no catalog imported: its requirements are taken from the mappings, without titles; import its framework file to check them",
                learned.id
            ));
        }
    }
    plan.frameworks = frameworks.into_values().collect();
    plan
}

fn unknown(
    catalogs: &HashMap<String, HashMap<String, String>>,
    framework_id: &str,
    reference: &str,
) -> bool {
    catalogs
        .get(framework_id)
        .is_some_and(|known| !known.contains_key(&framework::key(reference)))
}

/// The one known reference with the same characters but for dots and spaces, if there is
/// exactly one: files drop dots (`6.11` for `6.1.1`) more than they invent clauses.
fn did_you_mean<'a>(known: &'a HashMap<String, String>, reference: &str) -> Option<&'a str> {
    let bare = |text: &str| {
        text.chars()
            .filter(|c| *c != '.' && !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let wanted = bare(reference);
    let mut candidates = known.values().filter(|r| bare(r) == wanted);
    match (candidates.next(), candidates.next()) {
        (Some(only), None) => Some(only.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use closeout_model::catalog::{Requirement as CatalogRequirement, RequirementKind};
    use closeout_plugin_abi::{
        FrameworkRecord, MappingRecord, MappingSetRecord, RequirementRecord,
    };

    fn catalog() -> Catalog {
        let control = |id: &str| CatalogRequirement {
            id: id.into(),
            kind: RequirementKind::Control,
            title: id.into(),
            theme: None,
            parent_id: None,
        };
        Catalog::new(vec![control("A.5.1"), control("A.8.8")], Vec::new())
    }

    fn mapping(source: &str, target: &str, relationship: &str, row: u32) -> MappingRecord {
        MappingRecord {
            source: source.into(),
            target: target.into(),
            relationship: relationship.into(),
            row: Some(row),
            ..MappingRecord::default()
        }
    }

    #[test]
    fn a_reference_that_lost_its_dots_gets_a_suggestion() {
        let known: HashMap<String, String> = ["6.1.1", "6.1.3", "6.2"]
            .iter()
            .map(|r| (framework::key(r), (*r).to_owned()))
            .collect();
        assert_eq!(did_you_mean(&known, "6.11"), Some("6.1.1"));
        assert_eq!(did_you_mean(&known, "6.13"), Some("6.1.3"));
        assert_eq!(did_you_mean(&known, "7.7"), None);
    }

    #[test]
    fn references_are_checked_against_catalogs_and_learned_where_there_is_none() {
        let output = ImportOutput {
            frameworks: vec![FrameworkRecord {
                id: "csf".into(),
                name: "CSF".into(),
                version: None,
                requirements: vec![RequirementRecord {
                    reference: "GV.OC-01".into(),
                    title: Some("Mission".into()),
                    parent: None,
                    depth: 1,
                }],
            }],
            mapping_sets: vec![
                MappingSetRecord {
                    source_framework: "csf".into(),
                    target_framework: ISO.into(),
                    licence: None,
                    mappings: vec![
                        mapping("gv.oc-01", "a.5.1", "related", 2),
                        mapping("GV.OC-01", "A.5.99", "related", 3),
                        mapping("GV.XX-01", "A.5.1", "related", 4),
                        mapping("GV.OC-01", "A.8.8", "sort of", 5),
                    ],
                },
                MappingSetRecord {
                    source_framework: "nist-sp-800-53-rev5".into(),
                    target_framework: ISO.into(),
                    licence: Some("NIST".into()),
                    mappings: vec![
                        mapping("AC-1", "A.5.1", "intersect", 1),
                        mapping("AC-1", "A.5.1", "equal", 2),
                    ],
                },
            ],
            ..ImportOutput::default()
        };
        let plan = plan(&output, &catalog(), &HashMap::new());
        let csf = &plan.sets[0].mappings;
        assert_eq!(csf.len(), 1);
        assert_eq!(
            (csf[0].source.as_str(), csf[0].target.as_str()),
            ("GV.OC-01", "A.5.1")
        );
        let errors: Vec<(Option<u32>, &str)> = plan
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .map(|i| (i.row, i.message.as_str()))
            .collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].1.contains("iso27001-2022 has no `A.5.99`"),
            "{}",
            errors[0].1
        );
        assert!(
            errors[1].1.contains("csf has no `GV.XX-01`"),
            "{}",
            errors[1].1
        );
        assert!(errors[2].1.contains("unknown relationship `sort of`"));
        // 800-53 has no catalog: learned from the mappings, with a warning; the duplicate is
        // kept once.
        assert_eq!(plan.sets[1].mappings.len(), 1);
        assert_eq!(
            plan.sets[1].mappings[0].relationship,
            Relationship::IntersectsWith
        );
        assert!(
            plan.warnings
                .iter()
                .any(|w| w.starts_with("nist-sp-800-53-rev5 has no catalog"))
        );
        let learned = plan
            .frameworks
            .iter()
            .find(|f| f.id == "nist-sp-800-53-rev5")
            .expect("learned framework");
        assert!(!learned.full_catalog);
        assert_eq!(learned.requirements[0].reference, "AC-1");
    }
}
