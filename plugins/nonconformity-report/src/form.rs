//! Forms: a nonconformity report written as label and value pairs down a sheet (`NCR No.:
//! 12`, `Clause: A.5.15`, `Grade: Minor`...), one finding per sheet, or several when the
//! labels start again further down.
//!
//! A label is a short text that names a field in the lexicon; its value is the rest of its
//! cell after a colon, or the next cell to its right, or the cell below it when the label
//! stands alone. Lines with no label that follow a value continue it.

use std::collections::BTreeMap;

use closeout_plugin_sheet::Mapped;

use crate::field::Field;
use crate::grid::{Row, Value};
use crate::register::{At, Cells};

/// What a form reading found, for the sheet's report.
#[derive(Debug, Clone, Default)]
pub struct FormReport {
    /// Each field's label (the first seen) and where it is.
    pub columns: BTreeMap<Field, Mapped>,
    /// The language the labels are in.
    pub language: Option<String>,
    /// Findings read.
    pub findings: u32,
    /// Pairs above the first finding that are the report's rather than a finding's: each
    /// label and the row it is on (1-based), and whether its value went to every finding.
    pub page: Vec<(String, u32, bool)>,
}

/// A sheet read as a form.
#[derive(Debug, Default)]
pub struct Form {
    /// Each finding's cells.
    pub findings: Vec<Cells>,
    /// What was found.
    pub report: FormReport,
    /// How well it fits, comparable with a table layout's score.
    pub score: f32,
}

/// The fields a label names, best first, if `text` is one: short, and naming a field
/// (`Finding ID:`, `Klausel`).
fn label(text: &str) -> Option<Vec<(Field, f32, String)>> {
    let text = text.trim().trim_end_matches([':', '.', ' ']).trim();
    if text.is_empty() || text.split_whitespace().count() > 8 || text.chars().count() > 60 {
        return None;
    }
    let named: Vec<(Field, f32, String)> = closeout_lexicon::lexicon()
        .fields_named(text)
        .into_iter()
        .filter_map(|(name, score, language)| {
            Field::parse(name).map(|field| (field, score, language.code.clone()))
        })
        .collect();
    (!named.is_empty()).then_some(named)
}

/// Of the fields a label names, the one its value fits: `Reference: A.5.18` is a
/// requirement, `Requirement: Access rights shall be reviewed` a requirement's title. None
/// when the label names only fields of a kind its value is not (`Standard: ISO/IEC
/// 27001:2022` cites no requirement; `Date: to be agreed` is no date): the form's context,
/// not the finding's.
fn pick(named: Vec<(Field, f32, String)>, value: &Value) -> Option<(Field, String)> {
    let facts = crate::cell::facts(value);
    let fits = |field: Field| match field {
        Field::Requirements => facts.reference,
        Field::Reference => facts.identifier || facts.integer.is_some(),
        Field::Grade => facts.grade,
        Field::RaisedOn | Field::DueDate => facts.date,
        Field::RequirementTitle | Field::Title => !facts.reference,
        Field::Statement => facts.prose,
        _ => true,
    };
    // The first of the best: a label's own words come first.
    let mut best: Option<&(Field, f32, String)> = None;
    for candidate in &named {
        if best.is_none_or(|b| (fits(candidate.0), candidate.1) > (fits(b.0), b.1)) {
            best = Some(candidate);
        }
    }
    let best = best.cloned();
    // A requirements label's value may hold titles around its references (`8.1 (Planning)
    // / A.5.19`): only one that cites nothing at all is no requirement.
    let cites_nothing = match value {
        Value::Text(text) => closeout_lexicon::reference::read_cell(text)
            .iter()
            .all(|c| matches!(c, closeout_lexicon::reference::Cited::Unreadable(_))),
        _ => !facts.reference,
    };
    let typed = |field: Field| match field {
        Field::Requirements => cites_nothing,
        Field::RaisedOn | Field::DueDate => true,
        _ => false,
    };
    match best {
        Some((field, _, language)) if fits(field) => Some((field, language)),
        // The value fits no field the label names: a reference by its value.
        _ if facts.reference => Some((Field::Requirements, named[0].2.clone())),
        _ if named.iter().all(|(field, _, _)| typed(*field)) => None,
        // A count (`Major nonconformity: 1` in a summary) is no finding's text.
        _ if matches!(value, Value::Number(_) | Value::Bool(_)) => None,
        _ => Some((named[0].0, named[0].2.clone())),
    }
}

/// One label found: its field, where its value is, the value.
struct Pair {
    field: Field,
    label: String,
    label_at: At,
    value_at: At,
    value: Value,
    language: String,
}

/// Whether a cell is a tick: `X`, `✓`, `☒`...
fn is_tick(text: &str) -> bool {
    matches!(text.trim(), "X" | "x" | "✓" | "✔" | "☒" | "☑" | "■" | "●")
}

/// Whether a cell is a box left empty: `□`, `☐`.
fn is_unticked(text: &str) -> bool {
    matches!(text.trim(), "□" | "☐")
}

/// Whether row `at` of a form starts with a grade's name (`Enyhe nem-megfelelőség`).
fn grade_named(rows: &[Row], at: usize) -> bool {
    rows.get(at)
        .and_then(|row| row.cells.first())
        .and_then(|(_, value)| value.as_text())
        .is_some_and(|text| closeout_lexicon::lexicon().grade(text).is_some())
}

/// The pairs split into findings. A label seen again starts the next finding; but when the
/// page opens with a pair of its own (a report's title over a line of its details), that
/// rule starts every finding one pair early. So the pairs are also split at each label that
/// repeats, what comes before its first one set aside, and the split whose findings most
/// often carry the same labels wins (the first rule on a tie). Returns what was set aside
/// (the page's pairs) and the findings' blocks.
fn blocks(pairs: Vec<Pair>) -> (Vec<Pair>, Vec<Vec<Pair>>) {
    let on_repeat = |pairs: &[Pair]| {
        let mut starts = vec![0];
        for (index, pair) in pairs.iter().enumerate() {
            let start = starts.last().copied().unwrap_or(0);
            if pairs[start..index].iter().any(|p| p.field == pair.field) {
                starts.push(index);
            }
        }
        starts
    };
    let mut best = on_repeat(&pairs);
    let mut best_score = regularity(&pairs, &best);
    let mut fields: Vec<Field> = pairs.iter().map(|p| p.field).collect();
    fields.sort();
    fields.dedup();
    for field in fields {
        let starts: Vec<usize> = (0..pairs.len())
            .filter(|i| pairs[*i].field == field)
            .collect();
        if starts.len() < 2 {
            continue;
        }
        let score = regularity(&pairs, &starts);
        if score > best_score {
            best = starts;
            best_score = score;
        }
    }
    // What comes before the first start is the page's, not a finding's.
    let mut page = Vec::new();
    let mut blocks: Vec<Vec<Pair>> = Vec::new();
    let mut next = best.iter().skip(1).copied().peekable();
    for (index, pair) in pairs.into_iter().enumerate() {
        if index < best[0] {
            page.push(pair);
            continue;
        }
        if blocks.is_empty() || next.next_if_eq(&index).is_some() {
            blocks.push(Vec::new());
        }
        if let Some(block) = blocks.last_mut() {
            block.push(pair);
        }
    }
    (page, blocks)
}

/// Whether a field given once above a report's findings holds for each of them: the day the
/// findings were raised, their due date, their owner, the area audited (`Audit date:
/// 12.03.2026`, then the findings). Anything else there (a title, a comment) is the report's.
fn holds_for_each(field: Field) -> bool {
    matches!(
        field,
        Field::RaisedOn | Field::DueDate | Field::Owner | Field::Area
    )
}

/// How regular the findings starting at `starts` are: how many carry the labels most of
/// them carry. None when a finding would carry a label twice.
fn regularity(pairs: &[Pair], starts: &[usize]) -> Option<usize> {
    let mut sets: BTreeMap<Vec<Field>, usize> = BTreeMap::new();
    for (n, start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(pairs.len());
        let mut fields: Vec<Field> = pairs[*start..end].iter().map(|p| p.field).collect();
        fields.sort();
        let count = fields.len();
        fields.dedup();
        if fields.len() != count {
            return None;
        }
        *sets.entry(fields).or_default() += 1;
    }
    sets.into_values().max()
}

/// Whether a line alone, before the form's first pair, is its title in capitals (`KARTA
/// USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI`, `NONCONFORMITY REPORT AND CORRECTIVE ACTION REQUEST`)
/// rather than a label whose value is on the line below: five words or more, no colon, no
/// lower-case letter. Further down, such a line is a label (`ROOT CAUSE OF THE NONCONFORMITY`).
fn is_title(text: &str) -> bool {
    text.split_whitespace().count() >= 5
        && !text.contains(':')
        && text.chars().any(char::is_uppercase)
        && !text.chars().any(char::is_lowercase)
}

/// A label as the form's report names it: without its colon.
fn label_name(text: &str) -> String {
    text.trim().trim_end_matches(':').trim().to_owned()
}

/// A label written as forms write it, with its colon (`Data audytu:`).
fn colon_label(value: &Value) -> bool {
    value
        .as_text()
        .is_some_and(|t| t.trim_end().ends_with(':') && label(t).is_some())
}

/// Whether a row holds two label and value pairs or more side by side, each label written
/// with its colon (`Nr ustalenia: | AW/2026/01 | Data audytu: | 17.03.2026`; a value may be
/// empty, `Odpowiedzialny: | IT | Termin: |`): a form's row, not a table's header, whose
/// labels stand in every cell and carry no colon.
fn pairs_across(texts: &[(u32, &Value)]) -> bool {
    let labels = texts.iter().filter(|(_, v)| colon_label(v)).count();
    let values_alone = texts
        .windows(2)
        .any(|w| !colon_label(w[0].1) && !colon_label(w[1].1));
    labels >= 2 && texts.first().is_some_and(|(_, v)| colon_label(v)) && !values_alone
}

/// The pairs of a row from its cell `from` on (see [`pairs_across`]), each label with the
/// value to its right where it has one.
fn further_pairs(row: u32, texts: &[(u32, &Value)], from: usize) -> Vec<Pair> {
    let mut pairs = Vec::new();
    let mut at = from;
    while at < texts.len() {
        let (label_column, label_value) = texts[at];
        let value = texts.get(at + 1).filter(|(_, v)| !colon_label(v));
        at += if value.is_some() { 2 } else { 1 };
        let (Some(text), Some(&(column, value))) = (label_value.as_text(), value) else {
            continue;
        };
        let Some((field, language)) = label(text).and_then(|named| pick(named, value)) else {
            continue;
        };
        pairs.push(Pair {
            field,
            label: label_name(text),
            label_at: At {
                row,
                column: label_column,
            },
            value_at: At { row, column },
            value: value.clone(),
            language,
        });
    }
    pairs
}

/// Reads a sheet whose findings each stand in a cell of stacked `Label: value` lines
/// (`Finding ⏎Type: Minor nonconformity⏎Clause: 9.2⏎Finding: ...`, as audit tools
/// export a report's annex, the response in a second such cell), the lines of those cells read
/// as a form's, each at its cell. None unless two rows at least hold a cell of three such
/// lines.
pub fn read_stacked(rows: &[Row]) -> Option<Form> {
    let labelled = |line: &str| {
        line.split_once(':')
            .is_some_and(|(name, value)| !value.trim().is_empty() && label(name).is_some())
    };
    let stacked = |value: &Value| {
        value
            .as_text()
            .is_some_and(|text| text.lines().filter(|l| labelled(l)).count() >= 3)
    };
    let holding = rows
        .iter()
        .filter(|row| row.cells.iter().any(|(_, value)| stacked(value)))
        .count();
    if holding < 2 {
        return None;
    }
    // Once the sheet is such, a cell of one or two such lines counts too (a response's
    // `Responsible: IT Manager` under a sentence).
    let some_labelled = |value: &Value| {
        value
            .as_text()
            .is_some_and(|text| text.lines().any(labelled))
    };
    let lines: Vec<Row> = rows
        .iter()
        .flat_map(|row| {
            row.cells
                .iter()
                .filter(|(_, value)| some_labelled(value))
                .filter_map(|(column, value)| Some((*column, value.as_text()?)))
                .flat_map(move |(column, text)| {
                    text.lines()
                        .map(str::trim)
                        .filter(|line| !line.is_empty())
                        .map(move |line| Row {
                            index: row.index,
                            cells: vec![(column, Value::Text(line.to_owned()))],
                        })
                })
        })
        .collect();
    read(&lines)
}

/// Reads a sheet as a form, if it is one.
pub fn read(rows: &[Row]) -> Option<Form> {
    let mut pairs: Vec<Pair> = Vec::new();
    // Rows of labels whose values are empty: the form's all the same.
    let mut unanswered: Vec<u32> = Vec::new();
    let mut continuing: Option<usize> = None;
    let mut index = 0;
    while index < rows.len() {
        let row = &rows[index];
        index += 1;
        let texts: Vec<(u32, &Value)> = row.cells.iter().map(|(c, v)| (*c, v)).collect();
        let Some(&(label_column, first)) = texts.first() else {
            continue;
        };
        let Some(first_text) = first.as_text() else {
            continuing = None;
            continue;
        };
        // `Label: value` in one cell.
        let (label_text, inline) = match first_text.split_once(':') {
            Some((label_text, value))
                if texts.len() == 1 && !value.trim().is_empty() && label(label_text).is_some() =>
            {
                (label_text, Some(value.trim().to_owned()))
            }
            _ => (first_text, None),
        };
        // A grade's name with a tick beside it (`Súlyos nem-megfelelőség | X`) is the finding's
        // grade; with nothing or an empty box beside it, no field (`Major nonconformity` would
        // read as a statement). With text beside it, it is read as any label below.
        if inline.is_none()
            && texts.len() <= 2
            && let Some((_, language)) = closeout_lexicon::lexicon().grade(label_text)
        {
            let value = texts
                .get(1)
                .map(|(column, v)| (*column, v.as_text().unwrap_or_default().trim()));
            match value {
                Some((column, tick)) if is_tick(tick) => {
                    pairs.push(Pair {
                        field: Field::Grade,
                        label: label_text.trim().to_owned(),
                        label_at: At {
                            row: row.index,
                            column: label_column,
                        },
                        value_at: At {
                            row: row.index,
                            column,
                        },
                        value: first.clone(),
                        language: language.code.clone(),
                    });
                    continuing = None;
                    continue;
                }
                Some((_, text)) if !text.is_empty() && !is_unticked(text) => {}
                // An empty box, or a grade's name among others (a group of options): no field.
                // A grade word alone may be a label with its value below (`Observation`).
                _ if value.is_some_and(|(_, text)| is_unticked(text))
                    || grade_named(rows, index)
                    || index >= 2 && grade_named(rows, index - 2) =>
                {
                    continuing = None;
                    continue;
                }
                _ => {}
            }
        }
        let Some(named) = label(label_text) else {
            // A heading that starts with an identifier (`NC-001 — The backup is never
            // restored`) names the finding that follows.
            if texts.len() == 1 && crate::cell::facts(first).combined {
                pairs.push(Pair {
                    field: Field::Reference,
                    label: "heading".into(),
                    label_at: At {
                        row: row.index,
                        column: label_column,
                    },
                    value_at: At {
                        row: row.index,
                        column: label_column,
                    },
                    value: first.clone(),
                    language: String::new(),
                });
                continuing = None;
                continue;
            }
            // A line with no label right below a sentence continues it.
            if let Some(at) = continuing
                && texts.len() == 1
                && pairs[at].value_at.row + 1 == row.index
                && let Value::Text(extra) = first
                && let Value::Text(value) = &mut pairs[at].value
            {
                value.push('\n');
                value.push_str(extra.trim());
                pairs[at].value_at.row = row.index;
            }
            continue;
        };
        let label_at = At {
            row: row.index,
            column: label_column,
        };
        let across = inline.is_none() && pairs_across(&texts);
        let (value_at, value) = if let Some(inline) = inline {
            (label_at, Value::Text(inline))
        } else if let Some(&(column, value)) = texts.get(1) {
            // The value to the right must not be another label (that is a table's header, or
            // the next pair of a row whose first value is empty: `Date: | | Verified by: |`).
            if value.as_text().is_some_and(|t| {
                label(t).is_some() && (texts.len() > 2 && !across || t.trim_end().ends_with(':'))
            }) {
                if across {
                    unanswered.push(row.index);
                    pairs.extend(further_pairs(row.index, &texts, 1));
                }
                continuing = None;
                continue;
            }
            (
                At {
                    row: row.index,
                    column,
                },
                value.clone(),
            )
        } else if let Some(below) = rows.get(index)
            && !(pairs.is_empty() && is_title(label_text))
            && below.cells.len() == 1
            && below.cells[0]
                .1
                .as_text()
                .is_none_or(|t| label(t).is_none())
        {
            index += 1;
            (
                At {
                    row: below.index,
                    column: below.cells[0].0,
                },
                below.cells[0].1.clone(),
            )
        } else {
            // A label with its value left empty (`Root cause:` on a card not yet answered).
            unanswered.push(row.index);
            continuing = None;
            continue;
        };
        // Forms that put two pairs on a row (`No.: | NC-1 | Date: | 17.03.2026`): the pairs
        // after the first.
        let further = if value_at.column != label_at.column && across {
            further_pairs(row.index, &texts, 2)
        } else {
            Vec::new()
        };
        let Some((field, language)) = pick(named, &value) else {
            continuing = None;
            pairs.extend(further);
            continue;
        };
        pairs.push(Pair {
            field,
            label: label_name(label_text),
            label_at,
            value_at,
            value,
            language,
        });
        if !further.is_empty() {
            pairs.extend(further);
            continuing = None;
            continue;
        }
        let prose = matches!(
            field,
            Field::Statement
                | Field::ObjectiveEvidence
                | Field::RootCause
                | Field::Correction
                | Field::CorrectiveAction
                | Field::Verification
                | Field::Comments
        );
        continuing = prose.then(|| pairs.len() - 1);
    }

    let (page, mut blocks) = blocks(pairs);
    blocks.retain(|block| {
        block.len() >= 3
            && block
                .iter()
                .any(|p| matches!(p.field, Field::Statement | Field::Title | Field::Reference))
    });
    let first = blocks.first()?;
    let mut report = FormReport::default();
    let mut languages: BTreeMap<String, u32> = BTreeMap::new();
    for pair in first {
        *languages.entry(pair.language.clone()).or_default() += 1;
        report.columns.entry(pair.field).or_insert_with(|| Mapped {
            column: pair.value_at.column,
            header: pair.label.clone(),
            confidence: 0.9,
            evidence: format!("label \"{}\" on row {}", pair.label, pair.label_at.row + 1),
        });
    }
    report.language = languages
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(l, _)| l);
    // Its labels count, answered or not: a card whose plan is still empty is as much a form.
    let first_row = first.first().map_or(0, |p| p.label_at.row);
    let next_row = blocks
        .get(1)
        .and_then(|b| b.first())
        .map_or(u32::MAX, |p| p.label_at.row);
    let empty = unanswered
        .iter()
        .filter(|row| (first_row..next_row).contains(row))
        .count();
    let score = (first.len() + empty) as f32 * 0.9;
    report.page = page
        .iter()
        .map(|p| (p.label.clone(), p.label_at.row + 1, holds_for_each(p.field)))
        .collect();
    let findings: Vec<Cells> = blocks
        .into_iter()
        .map(|block| {
            let row = block.first().map_or(0, |p| p.label_at.row);
            let mut values: BTreeMap<Field, (At, Value)> = block
                .into_iter()
                .map(|p| (p.field, (p.value_at, p.value)))
                .collect();
            for pair in page.iter().filter(|p| holds_for_each(p.field)) {
                values
                    .entry(pair.field)
                    .or_insert_with(|| (pair.value_at, pair.value.clone()));
            }
            Cells {
                row,
                values,
                ..Default::default()
            }
        })
        .collect();
    report.findings = findings.len() as u32;
    Some(Form {
        findings,
        report,
        score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(index: u32, cells: &[(u32, &str)]) -> Row {
        Row {
            index,
            cells: cells
                .iter()
                .map(|(c, t)| (*c, Value::Text(t.to_string())))
                .collect(),
        }
    }

    #[test]
    fn label_and_value_pairs_down_a_sheet() {
        let rows = vec![
            row(0, &[(0, "Nonconformity Report")]),
            row(2, &[(0, "NCR No.:"), (1, "NCR-2026-07")]),
            row(3, &[(0, "Clause:"), (1, "A.8.13")]),
            row(4, &[(0, "Grade:"), (1, "Minor")]),
            row(5, &[(0, "Description of nonconformity")]),
            row(
                6,
                &[(0, "Restore tests of the ERP backup are not recorded.")],
            ),
            row(7, &[(0, "Owner: ops@acme.test")]),
        ];
        let form = read(&rows).expect("a form");
        assert_eq!(form.findings.len(), 1);
        let values = &form.findings[0].values;
        let text = |f: Field| values.get(&f).map(|(_, v)| v.display());
        assert_eq!(text(Field::Reference).as_deref(), Some("NCR-2026-07"));
        assert_eq!(text(Field::Requirements).as_deref(), Some("A.8.13"));
        assert_eq!(text(Field::Grade).as_deref(), Some("Minor"));
        assert_eq!(
            text(Field::Statement).as_deref(),
            Some("Restore tests of the ERP backup are not recorded.")
        );
        assert_eq!(text(Field::Owner).as_deref(), Some("ops@acme.test"));
    }

    #[test]
    fn the_standard_a_form_names_is_no_requirement_of_its_finding() {
        let rows = vec![
            row(0, &[(0, "Standard:"), (1, "ISO/IEC 27001:2022")]),
            row(1, &[(0, "NCR No.:"), (1, "NCR-2026-08")]),
            row(2, &[(0, "Grade:"), (1, "Major")]),
            row(3, &[(0, "Clause:"), (1, "8.2")]),
            row(
                4,
                &[(0, "Description:"), (1, "The risk assessment is overdue.")],
            ),
        ];
        let form = read(&rows).expect("a form");
        assert_eq!(
            form.findings.len(),
            1,
            "the standard's label started no finding"
        );
        let values = &form.findings[0].values;
        assert_eq!(
            values
                .get(&Field::Requirements)
                .map(|(_, v)| v.display())
                .as_deref(),
            Some("8.2")
        );
    }

    #[test]
    fn labels_starting_again_start_the_next_finding() {
        let rows = vec![
            row(0, &[(0, "Finding ID"), (1, "F-1")]),
            row(1, &[(0, "Classification"), (1, "Major NC")]),
            row(2, &[(0, "Finding"), (1, "No risk treatment plan.")]),
            row(4, &[(0, "Finding ID"), (1, "F-2")]),
            row(5, &[(0, "Classification"), (1, "OFI")]),
            row(6, &[(0, "Finding"), (1, "Objectives could be measurable.")]),
        ];
        let form = read(&rows).expect("a form");
        assert_eq!(form.findings.len(), 2);
        assert_eq!(form.findings[1].row, 4);
    }

    #[test]
    fn a_page_title_over_a_line_of_details_starts_no_finding() {
        // The title reads as a label (`Findings`) with the line below as its value: the
        // findings still start at their references, and every statement stays with its own.
        let rows = vec![
            row(0, &[(0, "Assessment Report – Findings")]),
            row(
                1,
                &[(
                    0,
                    "Client: Northgate Ltd   Visit: surveillance   Standard: ISO/IEC 27001:2022 (all sites)",
                )],
            ),
            row(
                3,
                &[
                    (0, "Finding Reference"),
                    (1, "N1"),
                    (2, "Site"),
                    (3, "Reading"),
                ],
            ),
            row(4, &[(0, "Category"), (1, "Major")]),
            row(5, &[(0, "Clause"), (1, "9.2.2")]),
            row(
                6,
                &[
                    (0, "Details"),
                    (1, "The internal audit programme was not implemented."),
                ],
            ),
            row(
                7,
                &[(0, "Objective evidence"), (1, "No audit reports for 2025.")],
            ),
            row(
                9,
                &[
                    (0, "Finding Reference"),
                    (1, "N2"),
                    (2, "Site"),
                    (3, "Reading"),
                ],
            ),
            row(10, &[(0, "Category"), (1, "Minor")]),
            row(11, &[(0, "Clause"), (1, "A.5.22")]),
            row(
                12,
                &[(0, "Details"), (1, "Cloud suppliers are not reviewed.")],
            ),
            row(13, &[(0, "Objective evidence"), (1, "No review records.")]),
        ];
        let form = read(&rows).expect("a form");
        let read: Vec<(String, String)> = form
            .findings
            .iter()
            .map(|f| {
                let text = |field| {
                    f.values
                        .get(&field)
                        .map(|(_, v)| v.display())
                        .unwrap_or_default()
                };
                (text(Field::Reference), text(Field::Statement))
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    "N1".to_owned(),
                    "The internal audit programme was not implemented.".to_owned()
                ),
                (
                    "N2".to_owned(),
                    "Cloud suppliers are not reviewed.".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn what_is_above_the_findings_is_the_reports_or_each_findings() {
        let rows = vec![
            row(0, &[(0, "Audit date"), (1, "12.03.2026")]),
            row(1, &[(0, "Department"), (1, "IT Operations")]),
            row(2, &[(0, "Title"), (1, "Stage 2 findings")]),
            row(4, &[(0, "Finding ID"), (1, "F-1")]),
            row(5, &[(0, "Classification"), (1, "Major NC")]),
            row(6, &[(0, "Finding"), (1, "No risk treatment plan.")]),
            row(8, &[(0, "Finding ID"), (1, "F-2")]),
            row(9, &[(0, "Classification"), (1, "OFI")]),
            row(
                10,
                &[(0, "Finding"), (1, "Objectives could be measurable.")],
            ),
        ];
        let form = read(&rows).expect("a form");
        let given: Vec<(String, String, String)> = form
            .findings
            .iter()
            .map(|f| {
                let text = |field| {
                    f.values
                        .get(&field)
                        .map(|(_, v)| v.display())
                        .unwrap_or_default()
                };
                (text(Field::RaisedOn), text(Field::Area), text(Field::Title))
            })
            .collect();
        let each = (
            "12.03.2026".to_owned(),
            "IT Operations".to_owned(),
            String::new(),
        );
        assert_eq!(given, [each.clone(), each]);
        assert_eq!(
            form.report.page,
            [
                ("Audit date".to_owned(), 1, true),
                ("Department".to_owned(), 2, true),
                ("Title".to_owned(), 3, false)
            ]
        );
    }

    #[test]
    fn a_grade_ticked_beside_its_name_grades_the_form() {
        let rows = vec![
            row(0, &[(0, "Finding ID"), (1, "F-1")]),
            row(1, &[(0, "Clause"), (1, "9.3")]),
            row(2, &[(0, "Finding"), (1, "No management review in 2025.")]),
            row(3, &[(0, "Major nonconformity"), (1, "")]),
            row(4, &[(0, "Minor nonconformity"), (1, "X")]),
        ];
        let form = read(&rows).expect("a form");
        let (at, grade) = &form.findings[0].values[&Field::Grade];
        assert_eq!(grade.display(), "Minor nonconformity");
        assert_eq!((at.row, at.column), (4, 1));
    }

    #[test]
    fn a_grade_word_alone_is_still_a_label_with_its_value_below() {
        let rows = vec![
            row(0, &[(0, "Finding ID"), (1, "F-1")]),
            row(1, &[(0, "Clause"), (1, "9.2")]),
            row(2, &[(0, "Grade"), (1, "Minor")]),
            row(3, &[(0, "Observation")]),
            row(4, &[(0, "Internal audits were not performed.")]),
        ];
        let form = read(&rows).expect("a form");
        assert_eq!(
            form.findings[0].values[&Field::Statement].1.display(),
            "Internal audits were not performed."
        );
    }

    #[test]
    fn a_table_is_not_a_form() {
        let rows = vec![
            row(
                0,
                &[
                    (0, "NC ID"),
                    (1, "Grade"),
                    (2, "Clause"),
                    (3, "Description"),
                ],
            ),
            row(
                1,
                &[
                    (0, "NC-1"),
                    (1, "Minor"),
                    (2, "A.5.15"),
                    (3, "Leavers keep access."),
                ],
            ),
        ];
        assert!(read(&rows).is_none());
    }

    #[test]
    fn a_card_with_two_pairs_on_a_row_under_its_title_in_capitals() {
        let rows = vec![
            row(0, &[(0, "KARTA USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI")]),
            row(1, &[(0, "Formularz F-SZBI-10.2-01, wydanie 3")]),
            row(
                3,
                &[
                    (0, "Nr ustalenia:"),
                    (1, "AW/2026/01"),
                    (2, "Data audytu:"),
                    (3, "17.03.2026"),
                ],
            ),
            row(
                4,
                &[
                    (0, "Obszar audytowany:"),
                    (1, "Pełnomocnik ds. SZBI – audyty wewnętrzne"),
                    (2, "Audytor:"),
                    (3, "Katarzyna Nowak"),
                ],
            ),
            row(
                5,
                &[
                    (0, "Wymaganie normy:"),
                    (1, "PN-EN ISO/IEC 27001:2023-08, pkt 9.2.2"),
                ],
            ),
            row(6, &[(0, "Kategoria ustalenia:"), (1, "Niezgodność duża")]),
            row(
                7,
                &[
                    (0, "Opis ustalenia:"),
                    (
                        1,
                        "Program audytów wewnętrznych na 2025 r. nie został zrealizowany.",
                    ),
                ],
            ),
            row(
                8,
                &[
                    (0, "Dowody:"),
                    (1, "Program audytów wewnętrznych 2025, wersja 1.0."),
                ],
            ),
            row(
                10,
                &[(0, "CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)")],
            ),
            row(
                11,
                &[
                    (0, "Przyczyna:"),
                    (1, "Jedyny audytor wewnętrzny przebywał na urlopie."),
                ],
            ),
            row(
                12,
                &[(0, "Korekcja:"), (1, "Przeprowadzenie zaległego audytu.")],
            ),
            row(
                13,
                &[
                    (0, "Działania korygujące:"),
                    (1, "Przeszkolenie dwóch dodatkowych audytorów."),
                ],
            ),
            row(
                14,
                &[
                    (0, "Odpowiedzialny:"),
                    (1, "Badr Karim"),
                    (2, "Termin:"),
                    (3, "30.06.2026"),
                ],
            ),
            row(16, &[(0, "CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI")]),
            row(17, &[(0, "Data weryfikacji:"), (2, "Weryfikujący:")]),
            row(
                18,
                &[
                    (0, "Podpis audytora:"),
                    (1, "Katarzyna Nowak"),
                    (2, "Podpis audytowanego:"),
                    (3, "Badr Karim"),
                ],
            ),
        ];
        let form = read(&rows).expect("a form");
        assert_eq!(form.findings.len(), 1);
        let values = &form.findings[0].values;
        let at = |field: Field| values.get(&field).map(|(at, _)| (at.row, at.column));
        assert_eq!(at(Field::Reference), Some((3, 1)));
        assert_eq!(
            at(Field::RaisedOn),
            Some((3, 3)),
            "the second pair of a row"
        );
        assert_eq!(
            at(Field::Statement),
            Some((7, 1)),
            "not the title's next line"
        );
        assert_eq!(at(Field::Owner), Some((14, 1)), "not the signature");
        assert_eq!(at(Field::DueDate), Some((14, 3)));
        assert_eq!(at(Field::Grade), Some((6, 1)));
    }
}
