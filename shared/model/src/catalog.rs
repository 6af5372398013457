//! The built-in ISO/IEC 27001:2022 catalog (clauses 4-10 and the 93 Annex A controls, loaded
//! by migration) and the normalisation of references as people write them.
//!
//! Real reports cite requirements in many ways: `A.5.31`, `A5.12`, `5.1`, `Clause 9.2`,
//! `Clause 4.2 / A.5.31`, ranges such as `8.20–8.23`, 2013 numbers such as `A.12.6.1`. Every
//! one of them becomes catalog identifiers (`A.8.8` for a control, `9.2` for a clause), with a
//! warning wherever the reading involved a choice, and an error naming any reference that is
//! not in the catalog.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

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

    /// One entry by identifier.
    pub fn get(&self, id: &str) -> Option<&Requirement> {
        self.by_id.get(id).map(|&index| &self.requirements[index])
    }

    /// Reads a list of references as a person wrote them (each string may hold several).
    /// Errors name the field (`requirements[i]`) and the reference that is not in the catalog.
    pub fn normalise(&self, field: &str, cited: &[String]) -> Result<Normalised, Vec<FieldError>> {
        let (normalised, errors) = self.normalise_partial(field, cited);
        if errors.is_empty() {
            Ok(normalised)
        } else {
            Err(errors)
        }
    }

    /// Like [`Catalog::normalise`], but keeps what could be read alongside the errors, for
    /// imports, where a cell may also cite other frameworks (`ISO A5.17 / CC6.1`).
    pub fn normalise_partial(
        &self,
        field: &str,
        cited: &[String],
    ) -> (Normalised, Vec<FieldError>) {
        let mut normalised = Normalised::default();
        let mut errors = Vec::new();
        for (index, text) in cited.iter().enumerate() {
            let field = format!("{field}[{index}]");
            for token in split_references(text) {
                match self.resolve(&token) {
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
                }
            }
        }
        (normalised, errors)
    }

    fn resolve(&self, token: &str) -> Result<Vec<(String, Option<String>)>, String> {
        let reference = Reference::parse(token)?;
        match reference.end {
            None => self.resolve_one(token, reference.hint, &reference.start),
            Some(end) => self.resolve_range(token, reference.hint, &reference.start, &end),
        }
    }

    fn resolve_range(
        &self,
        token: &str,
        hint: Hint,
        start: &[u32],
        end: &[u32],
    ) -> Result<Vec<(String, Option<String>)>, String> {
        // A range runs over the last number only: 8.20–8.23, or the shorthand 8.20–23.
        let end: Vec<u32> = if end.len() < start.len() {
            start[..start.len() - end.len()]
                .iter()
                .chain(end)
                .copied()
                .collect()
        } else {
            end.to_vec()
        };
        let (Some((first, prefix)), Some((last, end_prefix))) =
            (start.split_last(), end.split_last())
        else {
            return Err(format!("`{token}` is not a range of requirements"));
        };
        if prefix != end_prefix || last < first || last - first > 50 {
            return Err(format!(
                "`{token}` is not a range of requirements (both ends must share all but their last number, in order)"
            ));
        }
        let mut resolved = Vec::new();
        for n in *first..=*last {
            let parts: Vec<u32> = prefix.iter().copied().chain([n]).collect();
            resolved.extend(self.resolve_one(token, hint, &parts)?);
        }
        Ok(resolved)
    }

    fn resolve_one(
        &self,
        token: &str,
        hint: Hint,
        parts: &[u32],
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
                token.trim()
            )
        };
        let has = |id: &str| self.by_id.contains_key(id);
        match hint {
            Hint::Clause => has(&dotted)
                .then(|| vec![(dotted.clone(), None)])
                .ok_or_else(unknown),
            Hint::Annex => {
                if parts.len() == 2 && has(&control) {
                    Ok(vec![(control, None)])
                } else {
                    self.mapped_from_2013(&control).ok_or_else(unknown)
                }
            }
            Hint::None => match (has(&dotted), has(&control)) {
                (true, true) => Ok(vec![(
                    control.clone(),
                    Some(format!(
                        "`{dotted}` is both clause {dotted} and Annex A control {control}; read as {control} (write \"Clause {dotted}\" for the clause)"
                    )),
                )]),
                (true, false) => Ok(vec![(dotted, None)]),
                (false, true) => Ok(vec![(control, None)]),
                (false, false) => self.mapped_from_2013(&control).ok_or_else(unknown),
            },
        }
    }

    /// Maps a 2013 Annex A number to its 2022 controls, with a warning saying so.
    fn mapped_from_2013(&self, control_2013: &str) -> Option<Vec<(String, Option<String>)>> {
        let targets = self.transitions_2013.get(control_2013)?;
        let warning = format!(
            "{control_2013} is an ISO/IEC 27001:2013 control; mapped to {} (2022)",
            targets.join(" and ")
        );
        Some(
            targets
                .iter()
                .map(|target| (target.clone(), Some(warning.clone())))
                .collect(),
        )
    }
}

/// What a reference's wording says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    /// "Clause 9.2", "Cl. 9.2", "§9.2".
    Clause,
    /// "A.5.1", "A5.1", "Annex A 5.1".
    Annex,
    /// A bare number.
    None,
}

/// One reference, parsed but not yet looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    hint: Hint,
    start: Vec<u32>,
    end: Option<Vec<u32>>,
}

impl Reference {
    fn parse(token: &str) -> Result<Reference, String> {
        let lower = token.trim().to_lowercase();
        let mut rest = lower.as_str();
        let mut hint = Hint::None;
        for (prefix, prefix_hint) in [
            ("annex a controls:", Hint::Annex),
            ("annex a control", Hint::Annex),
            ("annex a", Hint::Annex),
            ("annex", Hint::Annex),
            ("clause", Hint::Clause),
            ("cl.", Hint::Clause),
            ("cl", Hint::Clause),
            ("§", Hint::Clause),
            ("control", Hint::None),
        ] {
            if let Some(stripped) = rest.strip_prefix(prefix) {
                rest = stripped.trim_start_matches([' ', ':', '.']);
                hint = prefix_hint;
                break;
            }
        }
        if let Some(stripped) = rest.strip_prefix('a')
            && stripped
                .trim_start_matches(['.', ' '])
                .starts_with(|c: char| c.is_ascii_digit())
        {
            rest = stripped.trim_start_matches(['.', ' ']);
            hint = Hint::Annex;
        }
        let invalid = || format!("`{}` is not a clause or control number", token.trim());
        // The number, then perhaps a range, then perhaps a title ("A.5.15 - Access control"),
        // which is ignored.
        let (start, rest) = leading_number(rest);
        let start = parse_number(start).ok_or_else(invalid)?;
        let rest = rest.trim_start();
        let mut end = None;
        for separator in ["–", "—", "-", "to "] {
            if let Some(after) = rest.strip_prefix(separator) {
                let after = after.trim_start();
                let after = after
                    .strip_prefix("a.")
                    .or_else(|| after.strip_prefix('a'))
                    .unwrap_or(after);
                let (number, _title) = leading_number(after);
                end = parse_number(number);
                break;
            }
        }
        if end.is_none() && rest.starts_with(|c: char| c.is_alphanumeric()) && !rest.is_empty() {
            // "5.1x" or "A.5.1b": not a number followed by a title.
            if !token.trim().contains(' ') {
                return Err(invalid());
            }
        }
        Ok(Reference { hint, start, end })
    }
}

/// Splits `text` after its leading run of digits and dots.
fn leading_number(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    text.split_at(end)
}

fn parse_number(text: &str) -> Option<Vec<u32>> {
    let text = text.trim().trim_end_matches('.');
    if text.is_empty() {
        return None;
    }
    text.split('.')
        .map(|part| {
            if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                part.parse().ok()
            }
        })
        .collect()
}

/// Splits a cell such as `Clause 4.2 / A.5.31; 8.20–8.23` into single references, after removing
/// the name of the standard (whose `/` would otherwise split it).
fn split_references(text: &str) -> Vec<String> {
    let mut cleaned = text.to_owned();
    for standard in [
        "iso/iec 27001:2022",
        "iso/iec 27001:2013",
        "iso/iec 27001",
        "iso 27001:2022",
        "iso 27001:2013",
        "iso 27001",
        "iso27001",
        "iso",
    ] {
        let mut from = 0;
        // ASCII lower-casing keeps byte offsets, so positions found in the copy fit the original.
        while let Some(found) = cleaned.to_ascii_lowercase()[from..].find(standard) {
            let at = from + found;
            let after = at + standard.len();
            let boundary_before = !cleaned[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let boundary_after = !cleaned[after..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if boundary_before && boundary_after {
                cleaned.replace_range(at..after, " ");
                from = at + 1;
            } else {
                from = after;
            }
        }
    }
    cleaned
        .split(['/', ',', ';', '\n', '\r', '&', '|', '+'])
        .flat_map(|part| part.split(" and "))
        .map(|part| part.trim().trim_matches(['(', ')', ':']).trim().to_owned())
        .filter(|part| !part.is_empty())
        .collect()
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
        for n in 1..=34 {
            requirements.push(control(&format!("A.8.{n}"), Theme::Technological));
        }
        Catalog::new(
            requirements,
            vec![
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
        assert!(read(&["A.5.1b"]).is_err());
    }

    #[test]
    fn duplicates_are_kept_once() {
        assert_eq!(ids(&["A.8.8", "a8.8", "A.12.6.1"]), ["A.8.8"]);
    }
}
