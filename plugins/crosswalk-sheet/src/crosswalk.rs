//! Turning a sheet's rows into mappings (header detection on the first rows, then each row
//! read or skipped with a located issue), and the sheets into mapping sets once each sheet's
//! frameworks are known.

use std::collections::{BTreeMap, HashMap};

use closeout_plugin_abi::{
    ImportFailure, ImportOptions, ImportOutput, Issue, MappingRecord, MappingSetRecord, Severity,
    SheetReport,
};

use crate::frameworks;
use crate::grid::{Cell, Row, column_letter, failure};
use crate::header::{self, Field, Header, Side};

/// Rows looked at to find the header.
pub const HEADER_SCAN_ROWS: usize = 30;

/// What the no-register failure says was looked for.
pub const LOOKED_FOR: &str = "a source column (Source, Source Control, Source ID, From, ISO 27001, ISO/IEC 27001:2022, ISO Control, Focal Document Element) and a target column (Target, Target Control, Target ID, To, SOC 2, NIST CSF, SP 800-53, PCI DSS, Reference Document Element), with a relationship column (Relationship, Mapping, Relation, Match, Coverage)";

/// The relationship a cell states, or `None` when the text is not one this plugin knows.
pub fn relationship(text: &str) -> Option<&'static str> {
    Some(match header::normalise(text).as_str() {
        "equal" | "equals" | "equal to" | "equivalent" | "equivalent to" => "equal",
        "subset" | "subset of" => "subset",
        "superset" | "superset of" => "superset",
        "intersects" | "intersects with" | "intersect" | "intersection" | "partial"
        | "partial overlap" | "overlap" | "overlaps" | "overlaps with" => "intersect",
        "not related" | "not related to" | "no relationship" | "none" | "unrelated" => {
            "not_related"
        }
        "related" | "related to" => "related",
        _ => return None,
    })
}

/// References in one cell: several may be separated by `,`, `;`, `/` or line breaks.
pub fn references(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for part in text.split([',', ';', '/', '\n', '\r']) {
        let part = part.trim();
        if !part.is_empty() && !found.iter().any(|f| f == part) {
            found.push(part.to_owned());
        }
    }
    found
}

/// A strength of 0-10, or why the text is not one.
fn strength(text: &str) -> Result<u8, String> {
    match text.trim().parse::<f64>() {
        Ok(n) if n.fract() == 0.0 && (0.0..=10.0).contains(&n) => Ok(n as u8),
        Ok(_) => Err(format!(
            "strength `{text}` is outside 0-10 (whole numbers); left empty"
        )),
        Err(_) => Err(format!(
            "strength `{text}` is not a number 0-10; left empty"
        )),
    }
}

/// One row's mappings, before the sheet's frameworks are known.
#[derive(Debug)]
struct Pending {
    row: u32,
    sources: Vec<String>,
    targets: Vec<String>,
    relationship: &'static str,
    rationale: Option<String>,
    strength: Option<u8>,
    annotation: Option<String>,
}

/// What was read from one sheet (or a delimited file).
#[derive(Debug)]
pub struct SheetOutcome {
    sheet: Option<String>,
    report: SheetReport,
    header: Option<Header>,
    /// Document names from labels above the header.
    labels: Vec<(Side, String)>,
    licence: Option<String>,
    rows: Vec<Pending>,
    issues: Vec<Issue>,
    /// The sheet could not be read at all.
    unreadable: bool,
}

impl SheetOutcome {
    /// A sheet that could not be read; the reason becomes an error issue too.
    pub fn failed(name: &str, reason: String) -> SheetOutcome {
        let mut outcome = SheetOutcome::new(Some(name), name);
        outcome.issue(None, None, Severity::Error, reason.clone());
        outcome.report.reason = Some(reason);
        outcome.unreadable = true;
        outcome
    }

    /// Whether a crosswalk header was found.
    pub fn has_header(&self) -> bool {
        self.header.is_some()
    }

    fn new(sheet: Option<&str>, name: &str) -> SheetOutcome {
        SheetOutcome {
            sheet: sheet.map(str::to_owned),
            report: SheetReport {
                name: name.to_owned(),
                imported: false,
                reason: None,
                header_row: None,
                columns: Vec::new(),
                rows: 0,
                ..Default::default()
            },
            header: None,
            labels: Vec::new(),
            licence: None,
            rows: Vec::new(),
            issues: Vec::new(),
            unreadable: false,
        }
    }

    fn issue(
        &mut self,
        row: Option<u32>,
        column: Option<u32>,
        severity: Severity,
        message: String,
    ) {
        self.issues.push(Issue {
            sheet: self.sheet.clone(),
            row: row.map(|r| r.saturating_add(1)),
            column: column.map(column_letter),
            message,
            severity,
        });
    }
}

/// Reads one sheet, row by row.
pub struct SheetReader<'o> {
    options: &'o ImportOptions,
    buffered: Vec<Row>,
    decided: bool,
    outcome: SheetOutcome,
    merged: closeout_plugin_sheet::FillDown<Cell>,
}

impl<'o> SheetReader<'o> {
    /// A reader for a sheet (`sheet` is `None` for delimited text; `name` names it in reports).
    pub fn new(sheet: Option<&str>, name: &str, options: &'o ImportOptions) -> SheetReader<'o> {
        SheetReader {
            options,
            buffered: Vec::new(),
            decided: false,
            outcome: SheetOutcome::new(sheet, name),
            merged: closeout_plugin_sheet::FillDown::new(Vec::new()),
        }
    }

    /// The sheet's vertically merged regions, whose values belong to every row they span (one
    /// control merged beside the several requirements it maps to).
    pub fn with_merged(mut self, regions: Vec<(u32, u32, u32)>) -> SheetReader<'o> {
        self.merged = closeout_plugin_sheet::FillDown::new(regions);
        self
    }

    /// Feeds the next row; `false` when the rest of the sheet is not needed.
    pub fn push(&mut self, row: Row) -> bool {
        if self.decided {
            self.read_row(row);
            return self.outcome.header.is_some();
        }
        let index = row.index;
        self.buffered.push(row);
        let at_header = self
            .options
            .header_row
            .is_some_and(|h| index.saturating_add(1) >= h);
        if self.buffered.len() >= HEADER_SCAN_ROWS || at_header {
            self.decide();
        }
        !self.decided || self.outcome.header.is_some()
    }

    /// Whether the header was looked for (and found or not).
    pub fn decided(&self) -> bool {
        self.decided
    }

    /// Ends the sheet.
    pub fn finish(mut self) -> SheetOutcome {
        if !self.decided {
            self.decide();
        }
        self.outcome
    }

    fn decide(&mut self) {
        self.decided = true;
        let rows = std::mem::take(&mut self.buffered);
        let overrides = &self.options.columns;
        let found = match self.options.header_row {
            Some(wanted) => {
                let row = rows.iter().find(|r| r.index.saturating_add(1) == wanted);
                row.and_then(|r| header::detect(std::slice::from_ref(r), overrides))
            }
            None => header::detect(&rows, overrides),
        };
        let above = found.as_ref().map_or(u32::MAX, |h| h.row);
        for row in rows.iter().filter(|r| r.index < above) {
            self.outcome.labels.extend(header::labels(row));
            let licence = row.cells.iter().map(|c| c.text.trim()).find(|t| {
                let t = t.to_lowercase();
                ["copyright", "©", "licence", "license"]
                    .iter()
                    .any(|w| t.contains(w))
            });
            if self.outcome.licence.is_none() {
                self.outcome.licence = licence.map(str::to_owned);
            }
        }
        let Some(mut found) = found else {
            self.outcome.report.reason = Some(match self.options.header_row {
                Some(row) => {
                    format!("row {row} is not a crosswalk header: looked for {LOOKED_FOR}")
                }
                None => format!(
                    "no crosswalk header in its first {HEADER_SCAN_ROWS} rows: looked for {LOOKED_FOR}"
                ),
            });
            return;
        };
        for problem in header::apply_overrides(&mut found, overrides) {
            self.outcome
                .issue(Some(found.row), None, Severity::Error, problem);
        }
        let report = &mut self.outcome.report;
        report.imported = true;
        report.header_row = Some(found.row.saturating_add(1));
        report.reason = Some(if found.is_olir() {
            "read as the NIST OLIR template (focal document -> reference document)".to_owned()
        } else {
            "read as a crosswalk (source -> target)".to_owned()
        });
        report.columns = found
            .fields
            .iter()
            .map(|(field, mapped)| mapped.report(field.name()))
            .collect();
        if found.column(Field::Relationship).is_none() {
            self.outcome.issue(
                Some(found.row),
                None,
                Severity::Warning,
                "the header has no relationship column (Relationship, Mapping, Match...): every mapping is recorded as `related`".into(),
            );
        }
        let row = found.row;
        self.outcome.header = Some(found);
        for data in rows.into_iter().filter(|r| r.index > row) {
            self.read_row(data);
        }
    }

    fn read_row(&mut self, mut row: Row) {
        let Some(header) = &self.outcome.header else {
            return;
        };
        self.merged.apply(row.index, &mut row.cells);
        let columns: BTreeMap<Field, u32> =
            header.fields.iter().map(|(f, m)| (*f, m.column)).collect();
        let column = |field| columns.get(&field).copied();
        let text = |field| {
            column(field)
                .and_then(|c| row.text(c))
                .filter(|t| !t.is_empty())
        };
        let sources = text(Field::Source).map(references).unwrap_or_default();
        let targets = text(Field::Target).map(references).unwrap_or_default();
        let stated = text(Field::Relationship);
        let rationale = text(Field::Rationale).map(str::to_owned);
        let strength_text = text(Field::Strength).map(str::to_owned);
        let mut annotation = text(Field::Annotation).map(str::to_owned);
        let (source_column, target_column) = (column(Field::Source), column(Field::Target));
        let relationship_column = column(Field::Relationship);
        let has_relationship_column = relationship_column.is_some();
        // Numbers where references were expected: Excel shows 5.10 typed as a number as 5.1.
        let numeric: Vec<(u32, String)> = [source_column, target_column]
            .into_iter()
            .flatten()
            .filter_map(|c| row.get(c))
            .filter(|cell| cell.number && cell.text.contains('.'))
            .map(|cell| (cell.column, cell.text.clone()))
            .collect();

        let index = row.index;
        let outcome = &mut self.outcome;
        outcome.report.rows += 1;
        if sources.is_empty() && targets.is_empty() {
            outcome.issue(
                Some(index),
                source_column,
                Severity::Info,
                "no source or target reference (a section title or a blank row): skipped".into(),
            );
            return;
        }
        let relationship = match stated {
            None if has_relationship_column => {
                outcome.issue(
                    Some(index),
                    relationship_column,
                    Severity::Info,
                    "the relationship is blank, which this crosswalk uses for \"no relationship\": skipped".into(),
                );
                return;
            }
            None => "related",
            Some(stated) => match relationship(stated) {
                Some(relationship) => relationship,
                None => {
                    outcome.issue(
                        Some(index),
                        relationship_column,
                        Severity::Error,
                        format!(
                            "the relationship `{stated}` is not one of equal, subset, superset, intersects, not related (or their synonyms): row skipped"
                        ),
                    );
                    return;
                }
            },
        };
        for (side, refs, column) in [
            ("source", &sources, source_column),
            ("target", &targets, target_column),
        ] {
            if refs.is_empty() {
                let (severity, end) = if relationship == "not_related" {
                    (Severity::Info, "skipped (it is marked not related)")
                } else {
                    (Severity::Error, "row skipped")
                };
                outcome.issue(
                    Some(index),
                    column,
                    severity,
                    format!("the row has no {side} reference: {end}"),
                );
                return;
            }
        }
        for (column, number) in numeric {
            outcome.issue(
                Some(index),
                Some(column),
                Severity::Warning,
                format!(
                    "the reference {number} is a number, not text: if it was typed as {number}0, the spreadsheet dropped the zero; format the column as text"
                ),
            );
        }
        let rationale = rationale.and_then(|text| {
            let lower = text.to_lowercase();
            if ["syntactic", "semantic", "functional"].contains(&lower.as_str()) {
                return Some(lower);
            }
            // A one-word rationale is meant as a type; prose explains the mapping.
            if !text.contains(char::is_whitespace) {
                outcome.issue(
                    Some(index),
                    column(Field::Rationale),
                    Severity::Warning,
                    format!("the rationale `{text}` is not syntactic, semantic or functional: kept as an annotation"),
                );
            }
            let note = format!("Rationale: {text}");
            annotation = Some(match annotation.take() {
                Some(existing) => format!("{existing}\n{note}"),
                None => note,
            });
            None
        });
        let strength = strength_text.and_then(|text| {
            strength(&text)
                .map_err(|message| {
                    outcome.issue(
                        Some(index),
                        column(Field::Strength),
                        Severity::Warning,
                        message,
                    )
                })
                .ok()
        });
        outcome.rows.push(Pending {
            row: index.saturating_add(1),
            sources,
            targets,
            relationship,
            rationale,
            strength,
            annotation,
        });
    }
}

/// The framework one side of a sheet maps, from (in order) the option, the labels above the
/// sheet's header, the column header, and labels on other sheets. Also returns a warning when
/// the option overrides what the file says.
fn framework(
    side: Side,
    outcome: &SheetOutcome,
    workbook_labels: &[(Side, String)],
    options: &ImportOptions,
) -> Result<(String, Option<String>), String> {
    let (key, field) = match side {
        Side::Source => ("source_framework", Field::Source),
        Side::Target => ("target_framework", Field::Target),
    };
    let own = outcome.labels.iter().filter(|(s, _)| *s == side);
    let others = workbook_labels.iter().filter(|(s, _)| *s == side);
    // A generic `Source` header names no framework; `ISO Control` or `NIST CSF` tries to.
    let header = outcome
        .header
        .as_ref()
        .and_then(|h| h.text(field))
        .filter(|text| frameworks::header_names_framework(text).is_some());
    let said: Vec<&str> = own
        .map(|(_, text)| text.as_str())
        .chain(header)
        .chain(others.map(|(_, text)| text.as_str()))
        .collect();
    let from_file = said.iter().find_map(|text| frameworks::identify(text));
    let option = options
        .columns
        .get(key)
        .map(|v| v.trim())
        .filter(|v| !v.is_empty());
    if let Some(option) = option {
        let id = frameworks::identify(option)
            .map_or(option, |k| k.id)
            .to_owned();
        let warning = from_file.filter(|k| k.id != id).map(|k| {
            format!(
                "`columns.{key}` = `{option}` overrides the file, which names {} ({})",
                k.name, k.id
            )
        });
        return Ok((id, warning));
    }
    match from_file {
        Some(known) => Ok((known.id.to_owned(), None)),
        None => {
            let what = match said.first() {
                Some(text) => format!(
                    "the {side_name} is named only as `{text}`, which is not a framework this plugin knows",
                    side_name = field.name()
                ),
                None => format!("nothing in the file names the {} framework", field.name()),
            };
            Err(format!(
                "{what}; set `columns.{key}` to its id (e.g. iso27001-2022, soc2-2017, nist-csf-2.0, nist-sp-800-53-rev5, pci-dss-4.0)"
            ))
        }
    }
}

/// Builds the output from every sheet read: frameworks resolved, ISO references tidied,
/// duplicates dropped, sets formed by framework pair.
pub fn assemble(
    outcomes: Vec<SheetOutcome>,
    options: &ImportOptions,
    mut output: ImportOutput,
) -> Result<ImportOutput, ImportFailure> {
    if !outcomes.iter().any(|o| o.header.is_some()) {
        let reasons: Vec<String> = outcomes
            .iter()
            .map(|o| {
                format!(
                    "{}: {}",
                    o.report.name,
                    o.report.reason.clone().unwrap_or_default()
                )
            })
            .collect();
        // Sheets that could not be read at all explain more than "no header".
        if !outcomes.is_empty() && outcomes.iter().all(|o| o.unreadable) {
            let reasons: Vec<&str> = outcomes
                .iter()
                .filter_map(|o| o.report.reason.as_deref())
                .collect();
            return Err(failure("unreadable", reasons.join("; ")));
        }
        return Err(failure(
            "no-register",
            format!(
                "no crosswalk header found (looked for {LOOKED_FOR}) in: {}",
                reasons.join("; ")
            ),
        ));
    }
    for key in options.columns.keys() {
        let known = Field::parse(key).is_some() || header::FRAMEWORK_KEYS.contains(&key.as_str());
        if !known {
            output.warnings.push(format!(
                "the `columns` option `{key}` is not used by this plugin"
            ));
        }
    }
    let workbook_labels: Vec<(Side, String)> = outcomes
        .iter()
        .flat_map(|o| o.labels.iter().cloned())
        .collect();
    let mut sets: Vec<MappingSetRecord> = Vec::new();
    let mut seen = Seen::new();
    let mut unresolved = Vec::new();
    for mut outcome in outcomes {
        if outcome.header.is_some() {
            let source = framework(Side::Source, &outcome, &workbook_labels, options);
            let target = framework(Side::Target, &outcome, &workbook_labels, options);
            match (source, target) {
                (Ok((source, w1)), Ok((target, w2))) => {
                    output.warnings.extend(w1.into_iter().chain(w2));
                    add_to_set(&mut outcome, source, target, &mut sets, &mut seen);
                }
                (source, target) => {
                    let reasons: Vec<String> =
                        [source.err(), target.err()].into_iter().flatten().collect();
                    let reason = reasons.join("; ");
                    outcome.report.imported = false;
                    outcome.issue(None, None, Severity::Error, reason.clone());
                    unresolved.push(format!("{}: {reason}", outcome.report.name));
                    outcome.report.reason = Some(reason);
                }
            }
        }
        outcome.issues.sort_by_key(|i| i.row);
        output.issues.append(&mut outcome.issues);
        output.sheets.push(outcome.report);
    }
    if sets.is_empty() {
        return Err(failure(
            "no-register",
            format!(
                "the crosswalk does not say which frameworks it maps ({})",
                unresolved.join("; ")
            ),
        ));
    }
    let mut ids: Vec<&str> = Vec::new();
    for set in &sets {
        for id in [set.source_framework.as_str(), set.target_framework.as_str()] {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    output.frameworks = ids.into_iter().map(frameworks::record).collect();
    for set in &sets {
        output.logs.push(format!(
            "{} -> {}: {} mappings",
            set.source_framework,
            set.target_framework,
            set.mappings.len()
        ));
    }
    output.mapping_sets = sets;
    Ok(output)
}

/// (set, source, target) -> the sheet, row and relationship of its first statement.
type Seen = HashMap<(usize, String, String), (Option<String>, u32, &'static str)>;

fn add_to_set(
    outcome: &mut SheetOutcome,
    source: String,
    target: String,
    sets: &mut Vec<MappingSetRecord>,
    seen: &mut Seen,
) {
    let set_index = match sets
        .iter()
        .position(|s| s.source_framework == source && s.target_framework == target)
    {
        Some(index) => index,
        None => {
            sets.push(MappingSetRecord {
                source_framework: source.clone(),
                target_framework: target.clone(),
                licence: None,
                mappings: Vec::new(),
            });
            sets.len() - 1
        }
    };
    let tidy = |id: &str, reference: &str| {
        if id == frameworks::ISO {
            frameworks::iso_reference(reference)
        } else {
            reference.to_owned()
        }
    };
    let source_column = outcome
        .header
        .as_ref()
        .and_then(|h| h.column(Field::Source));
    let mut duplicates = Vec::new();
    let Some(set) = sets.get_mut(set_index) else {
        return;
    };
    if set.licence.is_none() {
        set.licence = outcome.licence.clone();
    }
    for pending in std::mem::take(&mut outcome.rows) {
        for from in &pending.sources {
            for to in &pending.targets {
                let (from, to) = (tidy(&source, from), tidy(&target, to));
                let key = (set_index, from.clone(), to.clone());
                if let Some((sheet, row, relationship)) = seen.get(&key) {
                    let place = match (sheet, &outcome.sheet) {
                        (Some(first), Some(this)) if first != this => {
                            format!("row {row} of sheet `{first}`")
                        }
                        _ => format!("row {row}"),
                    };
                    let differs = if *relationship != pending.relationship {
                        format!(
                            " (there as `{relationship}`, here as `{}`)",
                            pending.relationship
                        )
                    } else {
                        String::new()
                    };
                    duplicates.push((
                        pending.row.saturating_sub(1),
                        format!("{from} -> {to} is already mapped on {place}{differs}: this one is ignored"),
                    ));
                    continue;
                }
                seen.insert(
                    key,
                    (outcome.sheet.clone(), pending.row, pending.relationship),
                );
                set.mappings.push(MappingRecord {
                    source: from,
                    target: to,
                    relationship: pending.relationship.to_owned(),
                    rationale: pending.rationale.clone(),
                    strength: pending.strength,
                    annotation: pending.annotation.clone(),
                    row: Some(pending.row),
                });
            }
        }
    }
    for (row, message) in duplicates {
        outcome.issue(Some(row), source_column, Severity::Warning, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationships() {
        for (text, expected) in [
            ("Equivalent", Some("equal")),
            ("Equal to", Some("equal")),
            ("subset of", Some("subset")),
            ("Superset Of", Some("superset")),
            ("intersects with", Some("intersect")),
            ("Partial", Some("intersect")),
            ("Overlap", Some("intersect")),
            ("not related to", Some("not_related")),
            ("No relationship", Some("not_related")),
            ("None", Some("not_related")),
            ("sort of", None),
        ] {
            assert_eq!(relationship(text), expected, "{text}");
        }
    }

    #[test]
    fn several_references_in_a_cell() {
        assert_eq!(references("CC6.1, CC6.2"), ["CC6.1", "CC6.2"]);
        assert_eq!(
            references("A.5.1;A.5.2 / A.5.3\nA.5.1"),
            ["A.5.1", "A.5.2", "A.5.3"]
        );
        assert_eq!(references(" 9.2 "), ["9.2"]);
        assert!(references(" , ").is_empty());
    }

    #[test]
    fn strengths() {
        assert_eq!(strength("7"), Ok(7));
        assert_eq!(strength("10.0"), Ok(10));
        assert!(strength("11").is_err_and(|m| m.contains("outside 0-10")));
        assert!(strength("high").is_err_and(|m| m.contains("not a number")));
    }
}
