//! The built-in ISO/IEC 27001:2022 catalog (clauses 4-10 and the 93 Annex A controls, loaded
//! by migration) and the normalisation of references as people write them.
//!
//! Real reports cite requirements in many ways: `A.5.31`, `A5.12`, `5.1`, `Clause 9.2`,
//! `Clause 4.2 / A.5.31`, ranges such as `8.20–8.23`, 2013 numbers such as `A.12.6.1`, both
//! editions in one cell, `Kap. 9.3`. The grammar in `closeout_lexicon::reference` says what a
//! cell cites; here each reference becomes catalog identifiers (`A.8.8` for a control, `9.2`
//! for a clause), with a warning wherever the reading involved a choice, and an error naming
//! any reference that is not in the catalog. Other frameworks' references are kept apart.

use std::collections::HashMap;

use closeout_lexicon::reference::{self, Cited, Edition, IsoReference, Kind};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbConnection;
use crate::error::{FieldError, ModelError};
use crate::schema::{catalog_requirements, catalog_transitions_2013};

/// Whether a requirement is a management-system clause or an Annex A control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RequirementKind {
    /// Clauses 4 to 10.
    Clause,
    /// Annex A controls.
    Control,
}

/// The four themes of Annex A (2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// A.5.1 to A.5.37.
    Organizational,
    /// A.6.1 to A.6.8.
    People,
    /// A.7.1 to A.7.14.
    Physical,
    /// A.8.1 to A.8.34.
    Technological,
}

impl Theme {
    fn parse(stored: &str) -> Option<Theme> {
        match stored {
            "organizational" => Some(Theme::Organizational),
            "people" => Some(Theme::People),
            "physical" => Some(Theme::Physical),
            "technological" => Some(Theme::Technological),
            _ => None,
        }
    }
}

/// One clause or control.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Requirement {
    /// Identifier: `9.2` for a clause, `A.8.8` for a control.
    pub id: String,
    /// Clause or control.
    pub kind: RequirementKind,
    /// Title.
    pub title: String,
    /// Annex A theme (controls only).
    pub theme: Option<Theme>,
    /// The enclosing clause, for sub-clauses.
    pub parent_id: Option<String>,
}

/// The result of reading some references: catalog identifiers in the order first cited, and
/// what the reader should know about how they were read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Normalised {
    /// Catalog identifiers, without duplicates.
    pub requirements: Vec<String>,
    /// One sentence per choice made (a 2013 number mapped, an ambiguous number read one way).
    pub warnings: Vec<String>,
    /// Other frameworks' references cited alongside (`CC6.1`, `PCI DSS 8.3.1`).
    pub others: Vec<OtherReference>,
}

/// A reference to another framework's requirement, kept as written.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
)]
pub struct OtherReference {
    /// The framework, when the identifier's shape or a name before it says (`SOC 2`,
    /// `NIST CSF`, `PCI DSS`).
    pub framework: Option<String>,
    /// The identifier as written.
    pub id: String,
    /// The loaded framework that has this requirement (its id), through whose crosswalks the
    /// finding then reaches ISO/IEC 27001; null while no loaded framework has it.
    #[serde(default)]
    pub linked_to: Option<String>,
}

/// The catalog in memory: small (about 130 entries), read on every finding written.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    requirements: Vec<Requirement>,
    by_id: HashMap<String, usize>,
    transitions_2013: HashMap<String, Vec<String>>,
}

impl Catalog {
    /// Loads the catalog from the database.
    pub fn load(connection: &mut DbConnection) -> Result<Catalog, ModelError> {
        type Row = (String, String, String, Option<String>, Option<String>);
        let rows: Vec<Row> = catalog_requirements::table
            .order(catalog_requirements::sort_order)
            .select((
                catalog_requirements::id,
                catalog_requirements::kind,
                catalog_requirements::title,
                catalog_requirements::theme,
                catalog_requirements::parent_id,
            ))
            .load(connection)?;
        let requirements = rows
            .into_iter()
            .map(|(id, kind, title, theme, parent_id)| {
                let kind = match kind.as_str() {
                    "clause" => RequirementKind::Clause,
                    "control" => RequirementKind::Control,
                    other => return Err(ModelError::Corrupt(format!("catalog kind {other}"))),
                };
                Ok(Requirement {
                    id,
                    kind,
                    title,
                    theme: theme.as_deref().and_then(Theme::parse),
                    parent_id,
                })
            })
            .collect::<Result<Vec<_>, ModelError>>()?;
        let transitions: Vec<(String, String)> = catalog_transitions_2013::table
            .order((
                catalog_transitions_2013::iso2013_id,
                catalog_transitions_2013::iso2022_id,
            ))
            .select((
                catalog_transitions_2013::iso2013_id,
                catalog_transitions_2013::iso2022_id,
            ))
            .load(connection)?;
        Ok(Catalog::new(requirements, transitions))
    }

    /// Builds a catalog from its parts (tests and tools).
    pub fn new(requirements: Vec<Requirement>, transitions_2013: Vec<(String, String)>) -> Catalog {
        let by_id = requirements
            .iter()
            .enumerate()
            .map(|(index, r)| (r.id.clone(), index))
            .collect();
        let mut transitions: HashMap<String, Vec<String>> = HashMap::new();
        for (old, new) in transitions_2013 {
            transitions.entry(old).or_default().push(new);
        }
        Catalog {
            requirements,
            by_id,
            transitions_2013: transitions,
        }
    }

    /// Every clause and control, clauses first, in the standard's order.
    pub fn requirements(&self) -> &[Requirement] {
        &self.requirements
    }

    /// A catalog id spelled so that reading it again gives the same id: `Clause 7.2` for the
    /// clause (a bare `7.2` is also control A.7.2), `A.7.2` for the control.
    pub fn spelled(id: &str) -> String {
        if id.starts_with("A.") {
            id.to_owned()
        } else {
            format!("Clause {id}")
        }
    }

    /// One entry by identifier.
    pub fn get(&self, id: &str) -> Option<&Requirement> {
        self.by_id.get(id).map(|&index| &self.requirements[index])
    }

    /// Reads a list of references as a person wrote them (each string may hold several).
    /// Errors name the field (`requirements[i]`) and the reference that is not in the catalog.
    pub fn normalise(&self, field: &str, cited: &[String]) -> Result<Normalised, Vec<FieldError>> {
        let (normalised, mut errors) = self.normalise_partial(field, cited);
        for other in &normalised.others {
            let what = match &other.framework {
                Some(framework) => format!("a {framework} reference"),
                None => "another framework's reference".to_owned(),
            };
            errors.push(FieldError::new(
                field,
                format!(
                    "`{}` is {what}, not an ISO/IEC 27001:2022 clause or Annex A control",
                    other.id
                ),
            ));
        }
        if errors.is_empty() {
            Ok(normalised)
        } else {
            Err(errors)
        }
    }

    /// Like [`Catalog::normalise`], but keeps what could be read alongside the errors, for
    /// imports. Other frameworks' references (`ISO A5.17 / CC6.1`) are kept apart in
    /// [`Normalised::others`].
    pub fn normalise_partial(
        &self,
        field: &str,
        cited: &[String],
    ) -> (Normalised, Vec<FieldError>) {
        self.normalise_in_column(field, cited, false)
    }

    /// Whether a cell writes a control with `A.` or `Annex A`: then the bare numbers beside it
    /// (in the cell, or in the column when every cell is read as one) are clauses.
    pub fn marks_controls(text: &str) -> bool {
        reference::read_cell(text)
            .iter()
            .any(|p| matches!(p, Cited::Iso(r) if r.kind == Kind::Annex))
    }

    /// What the bare numbers of a cell can only be: (some can only be a clause, like `9.2`
    /// or `6.1.2`; some can only be a control, like `8.8`). A column of bare numbers some of
    /// which are clauses only and none controls only writes clauses: its `8.2` is clause
    /// 8.2, not control A.8.2.
    pub fn bare_kinds(&self, text: &str) -> (bool, bool) {
        let (mut clauses_only, mut controls_only) = (false, false);
        for piece in reference::read_cell(text) {
            let Cited::Iso(r) = piece else { continue };
            if r.kind != Kind::Unmarked || r.end.is_some() || r.edition.is_some() {
                continue;
            }
            let dotted = r
                .start
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(".");
            let clause = self.by_id.contains_key(&dotted);
            let control = self.by_id.contains_key(&format!("A.{dotted}"));
            clauses_only |= clause && !control;
            controls_only |= control && !clause;
        }
        (clauses_only, controls_only)
    }

    /// Like [`Catalog::normalise_partial`], for a cell of a column that writes its controls
    /// with `A.` (`column_marks_controls`, see [`Catalog::marks_controls`]): a bare number
    /// that is both a clause and a control is then the clause.
    pub fn normalise_in_column(
        &self,
        field: &str,
        cited: &[String],
        column_marks_controls: bool,
    ) -> (Normalised, Vec<FieldError>) {
        let mut normalised = Normalised::default();
        let mut errors = Vec::new();
        for (index, text) in cited.iter().enumerate() {
            let field = format!("{field}[{index}]");
            let pieces = reference::read_cell(text);
            // A cell (or column) that marks its controls (`8.1 / A.5.19`) leaves its clauses
            // bare.
            let marks_controls = column_marks_controls
                || pieces
                    .iter()
                    .any(|p| matches!(p, Cited::Iso(r) if r.kind == Kind::Annex));
            for piece in pieces {
                match piece {
                    Cited::Iso(reference) => match self.resolve(&reference, marks_controls) {
                        Ok(resolved) => {
                            for (id, warning) in resolved {
                                if !normalised.requirements.contains(&id) {
                                    normalised.requirements.push(id);
                                }
                                if let Some(warning) = warning
                                    && !normalised.warnings.contains(&warning)
                                {
                                    normalised.warnings.push(warning);
                                }
                            }
                        }
                        Err(message) => errors.push(FieldError::new(&field, message)),
                    },
                    Cited::Other(other) => {
                        let other = OtherReference {
                            framework: other.framework.map(str::to_owned),
                            id: other.id,
                            linked_to: None,
                        };
                        if !normalised.others.contains(&other) {
                            normalised.others.push(other);
                        }
                    }
                    Cited::Unreadable(text) => errors.push(FieldError::new(
                        &field,
                        format!("`{text}` is not a clause or control number"),
                    )),
                }
            }
        }
        (normalised, errors)
    }

    /// Looks up one parsed reference, expanding a range. `marks_controls`: the cell writes
    /// its controls with `A.` or `Annex A`, so a bare number in it is a clause.
    fn resolve(
        &self,
        reference: &IsoReference,
        marks_controls: bool,
    ) -> Result<Vec<(String, Option<String>)>, String> {
        let start = &reference.start;
        let Some(end) = &reference.end else {
            return self.resolve_one(reference, start, marks_controls);
        };
        // A range runs over the last number only: 8.20–8.23, or the shorthand 8.20–23.
        let end: Vec<u32> = if end.len() < start.len() {
            start[..start.len() - end.len()]
                .iter()
                .chain(end)
                .copied()
                .collect()
        } else {
            end.clone()
        };
        let (Some((first, prefix)), Some((last, end_prefix))) =
            (start.split_last(), end.split_last())
        else {
            return Err(format!(
                "`{}` is not a range of requirements",
                reference.text
            ));
        };
        if prefix != end_prefix || last < first || last - first > 50 {
            return Err(format!(
                "`{}` is not a range of requirements (both ends must share all but their last number, in order)",
                reference.text
            ));
        }
        let mut resolved = Vec::new();
        for n in *first..=*last {
            let parts: Vec<u32> = prefix.iter().copied().chain([n]).collect();
            resolved.extend(self.resolve_one(reference, &parts, marks_controls)?);
        }
        Ok(resolved)
    }

    fn resolve_one(
        &self,
        reference: &IsoReference,
        parts: &[u32],
        marks_controls: bool,
    ) -> Result<Vec<(String, Option<String>)>, String> {
        let dotted = parts
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".");
        let control = format!("A.{dotted}");
        let unknown = || {
            format!(
                "`{}` is not an ISO/IEC 27001:2022 clause or Annex A control",
                reference.text
            )
        };
        let has = |id: &str| self.by_id.contains_key(id);
        let from_2013 = || self.mapped_from_2013(&control);
        let edition_2013 = reference.edition == Some(Edition::Iso2013);
        match reference.kind {
            Kind::Clause => has(&dotted)
                .then(|| vec![(dotted.clone(), None)])
                .ok_or_else(unknown),
            Kind::Annex if edition_2013 => from_2013().ok_or_else(unknown),
            Kind::Annex => {
                if parts.len() == 2 && has(&control) {
                    Ok(vec![(control, None)])
                } else {
                    from_2013().ok_or_else(unknown)
                }
            }
            Kind::Unmarked if marks_controls && has(&dotted) => {
                let warning = has(&control).then(|| {
                    format!(
                        "`{dotted}` read as clause {dotted}: beside it controls are written with A. or numbers are clauses (write {control} for the control)"
                    )
                });
                Ok(vec![(dotted, warning)])
            }
            Kind::Unmarked => {
                // In a 2013 cell a bare number is a 2013 control (or control objective) before
                // it is a 2022 one.
                let as_control = if edition_2013 {
                    from_2013()
                } else if has(&control) {
                    Some(vec![(control.clone(), None)])
                } else {
                    None
                };
                match (has(&dotted), as_control) {
                    (true, Some(mut controls)) => {
                        let warning = format!(
                            "`{dotted}` is both clause {dotted} and Annex A control {control}; read as the control (write \"Clause {dotted}\" for the clause)"
                        );
                        for (_, w) in &mut controls {
                            w.get_or_insert_with(|| warning.clone());
                        }
                        Ok(controls)
                    }
                    (true, None) => Ok(vec![(dotted, None)]),
                    (false, Some(controls)) => Ok(controls),
                    (false, None) => from_2013().ok_or_else(unknown),
                }
            }
        }
    }

    /// Maps a 2013 Annex A number to its 2022 controls, with a warning saying so. A 2013
    /// control objective (`A.13.1`) stands for all of its controls.
    fn mapped_from_2013(&self, control_2013: &str) -> Option<Vec<(String, Option<String>)>> {
        if let Some(targets) = self.transitions_2013.get(control_2013) {
            let warning = format!(
                "{control_2013} is an ISO/IEC 27001:2013 control; mapped to {} (2022)",
                targets.join(" and ")
            );
            return Some(
                targets
                    .iter()
                    .map(|target| (target.clone(), Some(warning.clone())))
                    .collect(),
            );
        }
        let prefix = format!("{control_2013}.");
        let mut controls: Vec<&String> = self
            .transitions_2013
            .keys()
            .filter(|old| old.starts_with(&prefix))
            .collect();
        if controls.is_empty() {
            return None;
        }
        controls.sort_by_key(|old| sort_key(old));
        let mut targets: Vec<String> = Vec::new();
        for old in controls {
            for target in &self.transitions_2013[old] {
                if !targets.contains(target) {
                    targets.push(target.clone());
                }
            }
        }
        let warning = format!(
            "{control_2013} is an ISO/IEC 27001:2013 control objective; its controls map to {} (2022)",
            targets.join(", ")
        );
        Some(
            targets
                .into_iter()
                .map(|target| (target, Some(warning.clone())))
                .collect(),
        )
    }
}

/// `A.13.1.10` after `A.13.1.2`: numbers compared as numbers.
fn sort_key(id: &str) -> Vec<u32> {
    id.split('.').filter_map(|part| part.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let clause = |id: &str| Requirement {
            id: id.to_owned(),
            kind: RequirementKind::Clause,
            title: format!("clause {id}"),
            theme: None,
            parent_id: None,
        };
        let control = |id: &str, theme| Requirement {
            id: id.to_owned(),
            kind: RequirementKind::Control,
            title: format!("control {id}"),
            theme: Some(theme),
            parent_id: None,
        };
        let mut requirements = vec![clause("4.2"), clause("5.1"), clause("6.1.2"), clause("9.2")];
        for n in 1..=37 {
            requirements.push(control(&format!("A.5.{n}"), Theme::Organizational));
        }
        for n in 1..=8 {
            requirements.push(control(&format!("A.6.{n}"), Theme::People));
        }
        for n in 1..=34 {
            requirements.push(control(&format!("A.8.{n}"), Theme::Technological));
        }
        Catalog::new(
            requirements,
            vec![
                ("A.6.2.2".into(), "A.6.7".into()),
                ("A.13.1.1".into(), "A.8.20".into()),
                ("A.13.1.2".into(), "A.8.21".into()),
                ("A.13.1.3".into(), "A.8.22".into()),
                ("A.12.6.1".into(), "A.8.8".into()),
                ("A.18.2.3".into(), "A.5.36".into()),
                ("A.18.2.3".into(), "A.8.8".into()),
            ],
        )
    }

    fn read(cited: &[&str]) -> Result<Normalised, Vec<FieldError>> {
        let cited: Vec<String> = cited.iter().map(|s| s.to_string()).collect();
        catalog().normalise("requirements", &cited)
    }

    fn ids(cited: &[&str]) -> Vec<String> {
        read(cited).expect("valid references").requirements
    }

    #[test]
    fn annex_a_controls_in_every_spelling() {
        assert_eq!(ids(&["A.5.31"]), ["A.5.31"]);
        assert_eq!(ids(&["A5.12"]), ["A.5.12"]);
        assert_eq!(ids(&["a.8.8"]), ["A.8.8"]);
        assert_eq!(ids(&["Annex A 8.8"]), ["A.8.8"]);
        assert_eq!(
            ids(&["ISO/IEC 27001:2022: Annex A Controls: 5.9"]),
            ["A.5.9"]
        );
    }

    #[test]
    fn clauses_and_several_references_in_one_cell() {
        assert_eq!(ids(&["Clause 9.2"]), ["9.2"]);
        assert_eq!(ids(&["Clause 4.2 / A.5.31"]), ["4.2", "A.5.31"]);
        assert_eq!(ids(&["6.1.2; A.8.8, 9.2"]), ["6.1.2", "A.8.8", "9.2"]);
        assert_eq!(ids(&["ISO A5.17 / A.5.17"]), ["A.5.17"]);
        assert_eq!(ids(&["A.5.15 - Access control"]), ["A.5.15"]);
    }

    #[test]
    fn ranges_expand_in_order() {
        assert_eq!(
            ids(&["8.20–8.23"]),
            ["A.8.20", "A.8.21", "A.8.22", "A.8.23"]
        );
        assert_eq!(ids(&["A.8.1-3"]), ["A.8.1", "A.8.2", "A.8.3"]);
        assert!(read(&["8.23–8.20"]).is_err());
    }

    #[test]
    fn a_number_that_is_both_clause_and_control_is_read_as_control_with_a_warning() {
        let normalised = read(&["5.1"]).expect("valid");
        assert_eq!(normalised.requirements, ["A.5.1"]);
        assert_eq!(normalised.warnings.len(), 1);
        assert!(normalised.warnings[0].contains("Clause 5.1"));
        assert_eq!(ids(&["Clause 5.1"]), ["5.1"]);
    }

    #[test]
    fn references_from_2013_are_mapped_and_flagged() {
        let normalised = read(&["A.12.6.1"]).expect("valid");
        assert_eq!(normalised.requirements, ["A.8.8"]);
        assert!(normalised.warnings[0].contains("2013"));
        assert_eq!(ids(&["A.18.2.3"]), ["A.5.36", "A.8.8"]);
    }

    #[test]
    fn unknown_references_are_named_with_their_field() {
        let errors = read(&["A.5.1", "A.9.99 / Clause 11.1"]).expect_err("unknown");
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].field, "requirements[1]");
        assert!(
            errors[0].message.contains("A.9.99"),
            "{}",
            errors[0].message
        );
        assert!(
            errors[1].message.contains("Clause 11.1"),
            "{}",
            errors[1].message
        );
        assert!(read(&["CC6.1"]).is_err());
        assert!(read(&["banana"]).is_err());
        assert!(read(&["A.5.1x"]).is_err());
    }

    #[test]
    fn both_editions_in_one_cell_and_2013_control_objectives() {
        let normalised = read(&["2013: A.6.2.2, A.13.1\n2022: 8.20–8.23"]).expect("valid");
        assert_eq!(
            normalised.requirements,
            ["A.6.7", "A.8.20", "A.8.21", "A.8.22", "A.8.23"]
        );
        assert!(
            normalised
                .warnings
                .iter()
                .any(|w| w.contains("A.13.1 is an ISO/IEC 27001:2013 control objective")),
            "{:?}",
            normalised.warnings
        );
    }

    #[test]
    fn a_cell_that_marks_its_controls_leaves_its_clauses_bare() {
        assert_eq!(ids(&["5.1 / A.5.15"]), ["5.1", "A.5.15"]);
        assert_eq!(ids(&["5.1"]), ["A.5.1"]);
    }

    #[test]
    fn a_prefix_distributes_and_list_letters_are_dropped() {
        assert_eq!(ids(&["Clause 6.1.2 d), 9.2"]), ["6.1.2", "9.2"]);
        assert_eq!(ids(&["§ 9.2 / Kap. 4.2"]), ["9.2", "4.2"]);
    }

    #[test]
    fn other_frameworks_are_kept_apart_in_imports_and_refused_by_the_api() {
        let (normalised, errors) =
            catalog().normalise_partial("requirements", &["ISO A5.17 / CC6.1".to_owned()]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(normalised.requirements, ["A.5.17"]);
        assert_eq!(
            normalised.others,
            [OtherReference {
                framework: Some("SOC 2".into()),
                id: "CC6.1".into(),
                linked_to: None,
            }]
        );
        let refused = read(&["A5.17 / CC6.1"]).expect_err("not ISO");
        assert!(refused[0].message.contains("SOC 2"), "{refused:?}");
    }

    #[test]
    fn catalog_ids_read_back_as_themselves() {
        for id in ["5.1", "A.5.1", "9.2", "A.8.8", "6.1.2"] {
            assert_eq!(ids(&[&Catalog::spelled(id)]), [id]);
        }
    }

    #[test]
    fn duplicates_are_kept_once() {
        assert_eq!(ids(&["A.8.8", "a8.8", "A.12.6.1"]), ["A.8.8"]);
    }
}
