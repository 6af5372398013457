//! Finding the header row of a register and matching its columns to fields, by a vocabulary
//! of the names auditors and companies give them.

use std::collections::BTreeMap;

use closeout_plugin_sheet::{has_phrase, header_texts};

use crate::grid::Row;

/// The fields a register can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Reference,
    Grade,
    Requirements,
    Statement,
    ObjectiveEvidence,
    RootCause,
    Correction,
    CorrectiveAction,
    Owner,
    RaisedOn,
    DueDate,
    Status,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 12] = [
        Field::Reference,
        Field::Grade,
        Field::Requirements,
        Field::Statement,
        Field::ObjectiveEvidence,
        Field::RootCause,
        Field::Correction,
        Field::CorrectiveAction,
        Field::Owner,
        Field::RaisedOn,
        Field::DueDate,
        Field::Status,
    ];

    /// The name used in options and reports.
    pub fn name(self) -> &'static str {
        match self {
            Field::Reference => "reference",
            Field::Grade => "grade",
            Field::Requirements => "requirements",
            Field::Statement => "statement",
            Field::ObjectiveEvidence => "objective_evidence",
            Field::RootCause => "root_cause",
            Field::Correction => "correction",
            Field::CorrectiveAction => "corrective_action",
            Field::Owner => "owner",
            Field::RaisedOn => "raised_on",
            Field::DueDate => "due_date",
            Field::Status => "status",
        }
    }

    /// Header texts that name this field outright (after [`normalise`]).
    fn exact(self) -> &'static [&'static str] {
        match self {
            Field::Reference => &[
                "nc id",
                "nc ref",
                "nc no",
                "nc number",
                "nc #",
                "ncr no",
                "ncr",
                "ref",
                "ref no",
                "reference",
                "finding id",
                "finding ref",
                "finding no",
                "finding number",
                "finding #",
                "id",
                "#",
                "no",
                "item",
                "number",
                "nc",
                "issue id",
            ],
            Field::Grade => &[
                "grade",
                "nc type",
                "type",
                "classification",
                "severity",
                "category",
                "nc grade",
                "finding type",
                "nc category",
                "nc classification",
                "rating",
                "level",
                "finding grade",
            ],
            Field::Requirements => &[
                "clause",
                "control",
                "iso 27001 reference",
                "iso iec 27001 reference",
                "criteria",
                "requirement",
                "requirements",
                "clause control",
                "annex a control",
                "standard reference",
                "iso clause",
                "iso reference",
                "reference clause",
                "clause reference",
                "control reference",
                "clause ref",
                "control ref",
                "audit criteria",
            ],
            Field::Statement => &[
                "nonconformity description",
                "non conformity description",
                "nonconformity",
                "non conformity",
                "description",
                "finding",
                "finding description",
                "condition",
                "details",
                "nc statement",
                "statement",
                "nc description",
                "issue",
                "observation",
                "finding details",
                "gap",
            ],
            Field::ObjectiveEvidence => &["objective evidence", "evidence", "audit evidence"],
            Field::RootCause => &["root cause", "root cause analysis", "cause", "rca"],
            Field::Correction => &[
                "correction",
                "containment",
                "immediate action",
                "immediate correction",
            ],
            Field::CorrectiveAction => &[
                "corrective action",
                "corrective actions",
                "corrective action plan",
                "action plan",
                "cap",
                "management response",
                "action",
                "actions",
            ],
            Field::Owner => &[
                "owner",
                "action owner",
                "assigned owner",
                "responsible",
                "assignee",
                "responsible person",
                "assigned to",
                "responsibility",
                "nc owner",
            ],
            Field::RaisedOn => &[
                "date raised",
                "finding date",
                "date",
                "raised",
                "raised on",
                "date identified",
                "audit date",
                "date found",
                "identified on",
            ],
            Field::DueDate => &[
                "due date",
                "target date",
                "deadline",
                "target due date",
                "due",
                "completion date",
                "due by",
            ],
            Field::Status => &["status", "closure status", "state", "nc status"],
        }
    }

    /// Words that, inside a longer header, point to this field.
    fn partial(self) -> &'static [&'static str] {
        match self {
            Field::Reference => &["finding id", "nc id", "nc ref", "nc no"],
            Field::Grade => &[
                "severity",
                "classification",
                "grade",
                "nc type",
                "finding type",
            ],
            Field::Requirements => &[
                "criteria",
                "clause",
                "annex a",
                "iso 27001",
                "iso iec 27001",
                "control ref",
            ],
            Field::Statement => &[
                "nonconformity",
                "non conformity",
                "condition",
                "description",
                "statement",
            ],
            Field::ObjectiveEvidence => &["evidence"],
            Field::RootCause => &["root cause"],
            Field::Correction => &["correction", "containment"],
            Field::CorrectiveAction => &["corrective action", "action plan", "management response"],
            Field::Owner => &["owner", "responsible", "assigned"],
            Field::RaisedOn => &["date raised", "raised", "finding date", "identified"],
            Field::DueDate => &["due", "target date", "deadline"],
            Field::Status => &["status"],
        }
    }

    /// Reads a field name from the `columns` option.
    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.name() == name.trim().to_lowercase())
    }
}

/// Lower-case words, punctuation dropped (but `#` kept).
pub fn normalise(text: &str) -> String {
    closeout_plugin_sheet::normalise(text, &['#'])
}

/// How well a header text names a field: 1.0 outright, 0.8 within a longer header.
pub fn score(header: &str) -> Option<(Field, f32)> {
    let text = normalise(header);
    if text.is_empty() {
        return None;
    }
    if let Some(field) = Field::ALL
        .into_iter()
        .find(|f| f.exact().contains(&text.as_str()))
    {
        return Some((field, 1.0));
    }
    // The longest matching phrase wins: "corrective action" over "action".
    Field::ALL
        .into_iter()
        .flat_map(|f| f.partial().iter().map(move |p| (f, *p)))
        .filter(|(_, phrase)| has_phrase(&text, phrase))
        .max_by_key(|(_, phrase)| phrase.len())
        .map(|(field, _)| (field, 0.8))
}

pub use closeout_plugin_sheet::Mapped;

/// A header: where it is and what each column means.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// 0-based index of the header's last row (data starts below it).
    pub last_row: u32,
    /// 0-based index of its first row (differs for a two-row header).
    pub first_row: u32,
    /// Field to column.
    pub fields: BTreeMap<Field, Mapped>,
    /// Every header text by column, for overrides by name.
    pub texts: BTreeMap<u32, String>,
}

impl Header {
    fn score(&self) -> f32 {
        self.fields.values().map(|m| m.confidence).sum()
    }

    /// Whether this looks like a register: a statement column, or three fields including a
    /// reference or grade.
    pub fn is_register(&self) -> bool {
        let has = |f| self.fields.contains_key(&f);
        (has(Field::Statement) && self.fields.len() >= 2)
            || (self.fields.len() >= 3 && (has(Field::Reference) || has(Field::Grade)))
    }

    /// The column of a field.
    pub fn column(&self, field: Field) -> Option<u32> {
        self.fields.get(&field).map(|m| m.column)
    }
}

fn assign(texts: BTreeMap<u32, String>, first_row: u32, last_row: u32) -> Header {
    let mut candidates: Vec<(f32, u32, Field)> = texts
        .iter()
        .filter_map(|(column, text)| {
            score(text).map(|(field, confidence)| (confidence, *column, field))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut header = Header {
        first_row,
        last_row,
        texts,
        ..Default::default()
    };
    let mut used = std::collections::BTreeSet::new();
    for (confidence, column, field) in candidates {
        if header.fields.contains_key(&field) || !used.insert(column) {
            continue;
        }
        let text = header.texts.get(&column).cloned().unwrap_or_default();
        header.fields.insert(
            field,
            Mapped {
                column,
                header: text,
                confidence,
            },
        );
    }
    header
}

fn texts(row: &Row) -> BTreeMap<u32, String> {
    header_texts(
        row.cells
            .iter()
            .filter_map(|(column, value)| value.as_text().map(|t| (*column, t))),
    )
}

/// Finds the best header among the first rows: a single row, or two rows read together (a
/// group title above its sub-columns).
pub fn detect(rows: &[Row]) -> Option<Header> {
    let mut best: Option<Header> = None;
    for (index, row) in rows.iter().enumerate() {
        let single = assign(texts(row), row.index, row.index);
        let mut candidates = vec![single];
        if let Some(below) = rows.get(index + 1).filter(|b| b.index == row.index + 1) {
            let upper = texts(row);
            let lower = texts(below);
            let mut combined = BTreeMap::new();
            let mut group = None;
            let last_column = upper.keys().chain(lower.keys()).max().copied().unwrap_or(0);
            for column in 0..=last_column {
                if let Some(text) = upper.get(&column) {
                    group = Some(text.clone());
                }
                match (lower.get(&column), upper.get(&column), &group) {
                    (Some(sub), _, Some(group)) => {
                        // Prefer the sub-header alone when it already names a field outright.
                        let joined = format!("{group} {sub}");
                        let pick = match (score(sub), score(&joined)) {
                            (Some((_, a)), Some((_, b))) if a >= b => sub.clone(),
                            (_, Some(_)) => joined,
                            _ => sub.clone(),
                        };
                        combined.insert(column, pick);
                    }
                    (Some(sub), _, None) => {
                        combined.insert(column, sub.clone());
                    }
                    (None, Some(own), _) => {
                        combined.insert(column, own.clone());
                    }
                    (None, None, _) => {}
                }
            }
            candidates.push(assign(combined, row.index, below.index));
        }
        for candidate in candidates {
            if candidate.is_register()
                && best
                    .as_ref()
                    .is_none_or(|b| candidate.score() > b.score() + 0.01)
            {
                best = Some(candidate);
            }
        }
    }
    best
}

/// Applies `columns` overrides (field -> column letter or header text). Returns the problems.
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

    #[test]
    fn vocabulary() {
        assert_eq!(score("NC ID"), Some((Field::Reference, 1.0)));
        assert_eq!(
            score("Criteria (Policy / Standard)"),
            Some((Field::Requirements, 0.8))
        );
        assert_eq!(
            score("Condition (Observed Gap)"),
            Some((Field::Statement, 0.8))
        );
        assert_eq!(
            score("ISO/IEC 27001 Reference"),
            Some((Field::Requirements, 1.0))
        );
        assert_eq!(
            score("Management Response & Action Plan"),
            Some((Field::CorrectiveAction, 0.8))
        );
        assert_eq!(score("Target Due Date"), Some((Field::DueDate, 1.0)));
        assert_eq!(score("Audit Area"), None);
    }

    #[test]
    fn a_header_below_title_rows_starting_in_column_b() {
        let rows = vec![
            row(
                0,
                &[(
                    1,
                    "ACME Ltd - ISO 27001 Stage 2 audit - nonconformity report",
                )],
            ),
            row(
                3,
                &[
                    (1, "NC ID"),
                    (2, "Grade"),
                    (3, "Clause"),
                    (4, "Nonconformity Description"),
                    (5, "Owner"),
                ],
            ),
            row(
                4,
                &[
                    (1, "NC-01"),
                    (2, "Major"),
                    (3, "A.5.15"),
                    (4, "Leavers keep access"),
                    (5, "it@acme.test"),
                ],
            ),
        ];
        let header = detect(&rows).expect("a header");
        assert_eq!(header.last_row, 3);
        assert_eq!(header.column(Field::Reference), Some(1));
        assert_eq!(header.column(Field::Statement), Some(4));
        assert_eq!(header.column(Field::Owner), Some(5));
    }

    #[test]
    fn a_two_row_header() {
        let rows = vec![
            row(
                0,
                &[(0, "Finding"), (3, "Classification"), (4, "Follow-up")],
            ),
            row(
                1,
                &[
                    (0, "ID"),
                    (1, "Description"),
                    (2, "Clause"),
                    (4, "Owner"),
                    (5, "Due date"),
                ],
            ),
        ];
        let header = detect(&rows).expect("a header");
        assert_eq!((header.first_row, header.last_row), (0, 1));
        assert_eq!(header.column(Field::Reference), Some(0));
        assert_eq!(header.column(Field::Statement), Some(1));
        assert_eq!(header.column(Field::Grade), Some(3));
        assert_eq!(header.column(Field::DueDate), Some(5));
    }

    #[test]
    fn overrides_by_letter_or_header_text() {
        let rows = vec![row(
            0,
            &[(0, "Ref"), (1, "Text"), (2, "Sev"), (3, "Description")],
        )];
        let mut header = detect(&rows).expect("a header");
        let problems = apply_overrides(
            &mut header,
            &BTreeMap::from([
                ("grade".to_owned(), "C".to_owned()),
                ("statement".to_owned(), "text".to_owned()),
            ]),
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(header.column(Field::Grade), Some(2));
        assert_eq!(header.column(Field::Statement), Some(1));
    }
}
