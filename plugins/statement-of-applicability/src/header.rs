//! Finding an SoA's header row and matching its columns to fields, by the names SoA templates
//! give them. A header may sit below title rows, start in any column and span two rows (a
//! group title such as "Applicability" above "Applicable? | Justification").

use std::collections::{BTreeMap, BTreeSet};

use closeout_plugin_sheet::{has_phrase, header_texts};

use crate::grid::Row;
use crate::values;

/// The columns an SoA can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The control reference (`A.5.1`).
    Control,
    /// The control's name: recognised so that it is not taken for another field; not imported.
    Title,
    /// Applicable or not.
    Applicable,
    /// Why it is included or excluded.
    Justification,
    /// Implementation status.
    Status,
}

/// Header texts (normalised) per field, with the confidence an exact match gives.
const EXACT: &[(Field, f32, &[&str])] = &[
    (
        Field::Control,
        1.0,
        &[
            "control id",
            "control no",
            "control number",
            "control ref",
            "control reference",
            "control code",
            "control #",
            "ref",
            "ref no",
            "ref #",
            "reference",
            "annex a",
            "annex a control",
            "annex a ref",
            "annex a reference",
            "annex a control id",
            "annex a control no",
            "annex a control number",
            "annex a clause",
            "iso 27001 2022 control",
            "iso iec 27001 2022 control",
            "iso 27001 control",
            "iso iec 27001 control",
            "iso 27001 2022 annex a control",
            "iso 27001 2022 ref",
            "iso 27002 2022 control",
            "clause",
            "clause no",
            "section",
        ],
    ),
    // "Control" alone names the reference in most templates, the title in some.
    (Field::Control, 0.9, &["control", "controls", "id"]),
    // A running number as often as a control reference.
    (Field::Control, 0.7, &["#", "no", "number", "item"]),
    (
        Field::Title,
        1.0,
        &[
            "control name",
            "control title",
            "control names",
            "title",
            "name",
            "control description",
            "description",
            "control objective",
            "control text",
            "control statement",
            "control requirement",
            "requirement",
            "annex a control name",
            "annex a control title",
        ],
    ),
    (
        Field::Applicable,
        1.0,
        &[
            "applicable",
            "applicability",
            "applicable y n",
            "applicable yes no",
            "is applicable",
            "control applicable",
            "applies",
            "included",
            "included y n",
            "include",
            "inclusion",
            "selected",
            "selected y n",
            "in scope",
            "in scope y n",
            "applicability status",
            "applicable to scope",
        ],
    ),
    (
        Field::Justification,
        1.0,
        &[
            "justification",
            "justifications",
            "reason",
            "reasons",
            "rationale",
            "justification for inclusion exclusion",
            "justification for inclusion or exclusion",
            "justification for inclusion",
            "justification for exclusion",
            "justification for selection",
            "reason for inclusion exclusion",
            "reason for inclusion",
            "reason for exclusion",
            "reason for selection",
            "reason for applicability",
            "reason for exclusion inclusion",
            "basis for inclusion",
        ],
    ),
    (
        Field::Status,
        1.0,
        &[
            "implementation status",
            "status",
            "implemented",
            "implemented y n",
            "implementation",
            "control status",
            "current status",
            "implementation state",
            "implementation progress",
            "state",
        ],
    ),
];

/// Words that point to a field inside a longer header (confidence 0.8). Tried in this order,
/// so "Reason for applicability" is a justification.
const PARTIAL: &[(Field, &[&str])] = &[
    (
        Field::Justification,
        &["justification", "justify", "reason", "reasons", "rationale"],
    ),
    (Field::Status, &["status", "implemented"]),
    (
        Field::Applicable,
        &[
            "applicable",
            "applicability",
            "included",
            "selected",
            "in scope",
        ],
    ),
    (
        Field::Control,
        &[
            "control id",
            "control no",
            "control ref",
            "control number",
            "annex a",
            "27001",
            "clause",
        ],
    ),
    (Field::Title, &["name", "title", "description"]),
];

impl Field {
    /// Every field.
    pub const ALL: [Field; 5] = [
        Field::Control,
        Field::Title,
        Field::Applicable,
        Field::Justification,
        Field::Status,
    ];

    /// The name used in options and reports.
    pub fn name(self) -> &'static str {
        match self {
            Field::Control => "control",
            Field::Title => "title",
            Field::Applicable => "applicable",
            Field::Justification => "justification",
            Field::Status => "status",
        }
    }

    /// Reads a field name from the `columns` option.
    pub fn parse(name: &str) -> Option<Field> {
        match normalise(name).replace(' ', "_").as_str() {
            "control" | "control_id" | "reference" => Some(Field::Control),
            "title" | "name" | "control_name" => Some(Field::Title),
            "applicable" | "applicability" => Some(Field::Applicable),
            "justification" | "reason" => Some(Field::Justification),
            "status" | "implementation_status" => Some(Field::Status),
            _ => None,
        }
    }
}

/// Lower-case words, punctuation dropped (`#` kept): `Applicable?` -> `applicable`,
/// `ISO 27001:2022 Control` -> `iso 27001 2022 control`.
pub fn normalise(text: &str) -> String {
    closeout_plugin_sheet::normalise(text, &['#'])
}

/// The fields a header text may name, best first, with confidences. A text the `columns`
/// option names is that field outright.
pub fn candidates(header: &str, overrides: &BTreeMap<String, String>) -> Vec<(Field, f32)> {
    let text = normalise(header);
    if text.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(Field, f32)> = overrides
        .iter()
        .filter(|(_, target)| normalise(target) == text)
        .filter_map(|(name, _)| Field::parse(name).map(|field| (field, 1.0)))
        .collect();
    for (field, confidence, texts) in EXACT {
        if texts.contains(&text.as_str()) {
            found.push((*field, *confidence));
        }
    }
    if text == "control" || text == "controls" {
        // When another column holds the reference, "Control" is the title.
        found.push((Field::Title, 0.5));
    }
    if found.is_empty()
        && let Some((field, _)) = PARTIAL
            .iter()
            .find(|(_, words)| words.iter().any(|word| has_phrase(&text, word)))
    {
        found.push((*field, 0.8));
    }
    found
}

fn best(header: &str, overrides: &BTreeMap<String, String>) -> f32 {
    candidates(header, overrides)
        .first()
        .map_or(0.0, |(_, confidence)| *confidence)
}

pub use closeout_plugin_sheet::Mapped;

/// A header: where it is and what its columns hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// 0-based index of the header's first row (differs from the last for a two-row header).
    pub first_row: u32,
    /// 0-based index of its last row; data starts below.
    pub last_row: u32,
    /// Field to column.
    pub fields: BTreeMap<Field, Mapped>,
    /// Every header text by column, for overrides by name.
    pub texts: BTreeMap<u32, String>,
    /// Every column whose header could name the control reference, best first.
    pub control_candidates: Vec<Mapped>,
}

impl Header {
    fn score(&self) -> f32 {
        self.fields.values().map(|m| m.confidence).sum()
    }

    /// A control column and at least one of applicability, justification or status.
    pub fn is_soa(&self) -> bool {
        let has = |f| self.fields.contains_key(&f);
        has(Field::Control)
            && (has(Field::Applicable) || has(Field::Justification) || has(Field::Status))
    }

    /// A control column and an applicability column: surely an SoA.
    pub fn is_clearly_soa(&self) -> bool {
        self.fields.contains_key(&Field::Control) && self.fields.contains_key(&Field::Applicable)
    }

    /// The column of a field.
    pub fn column(&self, field: Field) -> Option<u32> {
        self.fields.get(&field).map(|m| m.column)
    }

    /// When another column that a header could call the control column holds more control
    /// references in the rows below (`#` holding `5.1` beside `Control` holding the names),
    /// takes that column for the control and gives the names column the title.
    pub fn prefer_column_with_codes(&mut self, rows: &[Row]) {
        let Some(current) = self.fields.get(&Field::Control).cloned() else {
            return;
        };
        let codes = |column: u32| {
            rows.iter()
                .filter(|r| r.index > self.last_row)
                .filter_map(|r| r.get(column))
                .filter(|v| values::parse_control(&v.display()).is_some_and(|c| c.parts >= 2))
                .count()
        };
        let here = codes(current.column);
        let better = self
            .control_candidates
            .iter()
            .filter(|m| m.column != current.column)
            .map(|m| (codes(m.column), m))
            .filter(|(count, _)| *count > here)
            .max_by_key(|(count, _)| *count)
            .map(|(_, m)| m.clone());
        if let Some(better) = better {
            self.fields.retain(|_, m| m.column != better.column);
            self.fields.entry(Field::Title).or_insert(current);
            self.fields.insert(Field::Control, better);
        }
    }
}

/// Matches columns to fields: every (column, field) pair by confidence, each column and field
/// used once; ties go to the leftmost column.
fn assign(
    texts: BTreeMap<u32, String>,
    first_row: u32,
    last_row: u32,
    overrides: &BTreeMap<String, String>,
) -> Header {
    let mut pairs: Vec<(f32, u32, Field)> = texts
        .iter()
        .flat_map(|(column, text)| {
            candidates(text, overrides)
                .into_iter()
                .map(move |(field, confidence)| (confidence, *column, field))
        })
        .collect();
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut header = Header {
        first_row,
        last_row,
        ..Default::default()
    };
    let mut used = BTreeSet::new();
    for (confidence, column, field) in pairs {
        let text = texts.get(&column).cloned().unwrap_or_default();
        let mapped = Mapped {
            column,
            header: text,
            confidence,
            evidence: String::new(),
        };
        if field == Field::Control {
            header.control_candidates.push(mapped.clone());
        }
        if header.fields.contains_key(&field) || used.contains(&column) {
            continue;
        }
        used.insert(column);
        header.fields.insert(field, mapped);
    }
    header.texts = texts;
    header
}

/// A row's short text cells: the only ones a header holds.
fn texts(row: &Row) -> BTreeMap<u32, String> {
    header_texts(
        row.cells
            .iter()
            .filter_map(|(column, value)| value.as_text().map(|t| (*column, t))),
    )
}

/// Reads two rows as one header: a group title in the upper row applies to the sub-headers
/// below it and to their right, until the next title.
fn combine(
    upper: &BTreeMap<u32, String>,
    lower: &BTreeMap<u32, String>,
    overrides: &BTreeMap<String, String>,
) -> BTreeMap<u32, String> {
    let mut combined = BTreeMap::new();
    let mut group: Option<&String> = None;
    let columns: BTreeSet<u32> = upper.keys().chain(lower.keys()).copied().collect();
    for column in columns {
        if let Some(text) = upper.get(&column) {
            group = Some(text);
        }
        let text = match (lower.get(&column), group) {
            (Some(sub), Some(group)) => {
                let joined = format!("{group} {sub}");
                // The sub-header alone when it already names a field as well.
                if best(sub, overrides) >= best(&joined, overrides) {
                    sub.clone()
                } else {
                    joined
                }
            }
            (Some(sub), None) => sub.clone(),
            (None, _) => match upper.get(&column) {
                Some(own) => own.clone(),
                None => continue,
            },
        };
        combined.insert(column, text);
    }
    combined
}

/// Reads a header at a given row (0-based), alone or with the row above it as group titles,
/// whichever names more.
pub fn at_row(rows: &[Row], index: u32, overrides: &BTreeMap<String, String>) -> Option<Header> {
    let position = rows.iter().position(|r| r.index == index)?;
    let row = rows.get(position)?;
    let single = assign(texts(row), index, index, overrides);
    let above = position
        .checked_sub(1)
        .and_then(|p| rows.get(p))
        .filter(|r| r.index + 1 == index);
    let double = above.map(|above| {
        assign(
            combine(&texts(above), &texts(row), overrides),
            above.index,
            index,
            overrides,
        )
    });
    Some(match double {
        Some(double) if double.score() > single.score() + 0.01 => double,
        _ => single,
    })
}

/// Finds the best SoA header among the first rows: one row, or two adjacent rows read
/// together. Prefers the higher score, then one row over two, then the earlier row.
pub fn detect(rows: &[Row], overrides: &BTreeMap<String, String>) -> Option<Header> {
    let mut best: Option<Header> = None;
    for row in rows {
        let Some(candidate) = at_row(rows, row.index, overrides) else {
            continue;
        };
        if candidate.is_soa()
            && best
                .as_ref()
                .is_none_or(|b| candidate.score() > b.score() + 0.01)
        {
            best = Some(candidate);
        }
    }
    best
}

/// Applies the `columns` option (field -> header text or column letter). Returns the problems.
pub fn apply_overrides(header: &mut Header, overrides: &BTreeMap<String, String>) -> Vec<String> {
    closeout_plugin_sheet::override_fields(
        &mut header.fields,
        &header.texts,
        overrides,
        Field::parse,
        &Field::ALL.map(Field::name).join(", "),
        normalise,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::Value;

    fn row(index: u32, cells: &[(u32, &str)]) -> Row {
        Row {
            index,
            cells: cells
                .iter()
                .map(|(c, t)| (*c, Value::Text(t.to_string())))
                .collect(),
        }
    }

    fn none() -> BTreeMap<String, String> {
        BTreeMap::new()
    }

    #[test]
    fn vocabulary() {
        let first = |text: &str| candidates(text, &none()).first().copied();
        assert_eq!(first("Annex A Control"), Some((Field::Control, 1.0)));
        assert_eq!(first("ISO 27001:2022 Control"), Some((Field::Control, 1.0)));
        assert_eq!(first("Applicable?"), Some((Field::Applicable, 1.0)));
        assert_eq!(first("In scope"), Some((Field::Applicable, 1.0)));
        assert_eq!(
            first("Justification for inclusion/exclusion"),
            Some((Field::Justification, 1.0))
        );
        assert_eq!(
            first("Reason for non-applicability"),
            Some((Field::Justification, 0.8))
        );
        assert_eq!(first("Implemented?"), Some((Field::Status, 1.0)));
        assert_eq!(first("Control Name"), Some((Field::Title, 1.0)));
        assert_eq!(first("Owner"), None);
    }

    #[test]
    fn control_and_control_name() {
        let rows = vec![row(
            0,
            &[(0, "Control"), (1, "Control Name"), (2, "Applicable")],
        )];
        let header = detect(&rows, &none()).expect("a header");
        assert_eq!(header.column(Field::Control), Some(0));
        assert_eq!(header.column(Field::Title), Some(1));
        let rows = vec![row(0, &[(0, "Ref"), (1, "Control"), (2, "Applicable")])];
        let header = detect(&rows, &none()).expect("a header");
        assert_eq!(header.column(Field::Control), Some(0));
        assert_eq!(header.column(Field::Title), Some(1));
    }

    #[test]
    fn the_column_holding_codes_wins() {
        let rows = vec![
            row(0, &[(0, "#"), (1, "Control"), (2, "Applicable")]),
            row(
                1,
                &[
                    (0, "5.1"),
                    (1, "Policies for information security"),
                    (2, "Yes"),
                ],
            ),
            row(
                2,
                &[(0, "5.2"), (1, "Information security roles"), (2, "Yes")],
            ),
        ];
        let mut header = detect(&rows, &none()).expect("a header");
        assert_eq!(header.column(Field::Control), Some(1));
        header.prefer_column_with_codes(&rows);
        assert_eq!(header.column(Field::Control), Some(0));
        assert_eq!(header.column(Field::Title), Some(1));
    }

    #[test]
    fn a_two_row_header_below_a_title_in_column_b() {
        let rows = vec![
            row(0, &[(1, "ACME Ltd - Statement of Applicability")]),
            row(
                2,
                &[
                    (1, "Annex A Control"),
                    (2, "Control Name"),
                    (3, "Applicability"),
                    (5, "Implementation Status"),
                ],
            ),
            row(3, &[(3, "Applicable?"), (4, "Justification")]),
        ];
        let header = detect(&rows, &none()).expect("a header");
        assert_eq!((header.first_row, header.last_row), (2, 3));
        assert_eq!(header.column(Field::Control), Some(1));
        assert_eq!(header.column(Field::Applicable), Some(3));
        assert_eq!(header.column(Field::Justification), Some(4));
        assert_eq!(header.column(Field::Status), Some(5));
    }

    #[test]
    fn overrides_by_letter_or_header_text() {
        let rows = vec![row(
            0,
            &[(0, "Clause"), (1, "Why"), (2, "Y/N"), (3, "Applicable")],
        )];
        let overrides = BTreeMap::from([
            ("justification".to_owned(), "why".to_owned()),
            ("applicable".to_owned(), "C".to_owned()),
        ]);
        let mut header = detect(&rows, &overrides).expect("a header");
        assert_eq!(header.column(Field::Justification), Some(1));
        let problems = apply_overrides(&mut header, &overrides);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(header.column(Field::Applicable), Some(2));
        let problems = apply_overrides(
            &mut header,
            &BTreeMap::from([("owner".to_owned(), "A".to_owned())]),
        );
        assert_eq!(problems.len(), 1);
    }
}
