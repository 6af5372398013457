//! Finding a crosswalk's header row and matching its columns to fields, by a vocabulary of
//! the names crosswalks give them, and reading the labels above it (`Focal Document: ...`).

use std::collections::{BTreeMap, BTreeSet};

use closeout_plugin_sheet::{has_phrase, header_texts};

use crate::frameworks;
use crate::grid::Row;

/// The fields a crosswalk row can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Source,
    Target,
    Relationship,
    Rationale,
    Strength,
    Annotation,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 6] = [
        Field::Source,
        Field::Target,
        Field::Relationship,
        Field::Rationale,
        Field::Strength,
        Field::Annotation,
    ];

    /// The name used in the `columns` option and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Field::Source => "source",
            Field::Target => "target",
            Field::Relationship => "relationship",
            Field::Rationale => "rationale",
            Field::Strength => "strength",
            Field::Annotation => "annotation",
        }
    }

    /// Header texts that name this field outright (after [`normalise`]).
    fn exact(self) -> &'static [&'static str] {
        match self {
            Field::Source => &[
                "source",
                "source control",
                "source control id",
                "source id",
                "source ref",
                "source reference",
                "source requirement",
                "source element",
                "from",
                "from control",
                "focal document element",
                "focal element",
            ],
            Field::Target => &[
                "target",
                "target control",
                "target control id",
                "target id",
                "target ref",
                "target reference",
                "target requirement",
                "target element",
                "to",
                "to control",
                "reference document element",
                "reference element",
                "mapped control",
                "mapped to",
                "maps to",
            ],
            Field::Relationship => &[
                "relationship",
                "relationship type",
                "type of relationship",
                "set theory relationship",
                "relation",
                "relation type",
                "mapping",
                "mapping type",
                "mapping relationship",
                "match",
                "match type",
                "coverage",
            ],
            Field::Rationale => &["rationale", "rationale type", "mapping rationale"],
            Field::Strength => &[
                "strength",
                "strength of relationship",
                "relationship strength",
                "mapping strength",
            ],
            Field::Annotation => &[
                "notes",
                "note",
                "comment",
                "comments",
                "remark",
                "remarks",
                "annotation",
                "annotations",
                "mapping notes",
            ],
        }
    }

    /// Words that, inside a longer header, point to this field.
    fn partial(self) -> &'static [&'static str] {
        match self {
            Field::Source => &["source", "focal document element"],
            Field::Target => &["target", "reference document element", "mapped to"],
            Field::Relationship => &["relationship", "relation"],
            Field::Rationale => &["rationale"],
            Field::Strength => &["strength"],
            Field::Annotation => &["note", "notes", "comment", "comments", "remarks"],
        }
    }

    /// Reads a field name from the `columns` option.
    pub fn parse(name: &str) -> Option<Field> {
        let name = name.trim().to_lowercase();
        Field::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Lower-case words, punctuation dropped.
pub fn normalise(text: &str) -> String {
    closeout_plugin_sheet::normalise(text, &[])
}

/// Headers that describe a requirement rather than name it (`Focal Document Element
/// Description`, `ISO 27001 Control Title`) are never the source or target column.
fn describes(text: &str) -> bool {
    let has = |words: &[&str]| text.split(' ').any(|w| words.contains(&w));
    has(&[
        "description",
        "title",
        "text",
        "name",
        "guidance",
        "summary",
        "objective",
    ]) || (has(&["framework", "document"]) && !text.contains("document element"))
}

/// How well a header text names a field by the vocabulary: 1.0 outright, 0.8 within a longer
/// header. Headers that name a framework are handled by [`detect`].
pub fn score(header: &str) -> Option<(Field, f32)> {
    let text = normalise(header);
    if text.is_empty() {
        return None;
    }
    let allowed = |f: &Field| !matches!(f, Field::Source | Field::Target) || !describes(&text);
    if let Some(field) = Field::ALL
        .into_iter()
        .filter(allowed)
        .find(|f| f.exact().contains(&text.as_str()))
    {
        return Some((field, 1.0));
    }
    // The longest matching phrase wins: "strength of relationship" is not a relationship.
    Field::ALL
        .into_iter()
        .filter(allowed)
        .flat_map(|f| f.partial().iter().map(move |p| (f, *p)))
        .filter(|(_, phrase)| has_phrase(&text, phrase))
        .max_by_key(|(_, phrase)| phrase.len())
        .map(|(field, _)| (field, 0.8))
}

pub use closeout_plugin_sheet::Mapped;

/// A header: where it is and what each column means.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// 0-based row index; data starts below it.
    pub row: u32,
    /// Field to column.
    pub fields: BTreeMap<Field, Mapped>,
    /// Every header text by column, for overrides by name.
    pub texts: BTreeMap<u32, String>,
}

impl Header {
    /// The column of a field.
    pub fn column(&self, field: Field) -> Option<u32> {
        self.fields.get(&field).map(|m| m.column)
    }

    /// The header text of a field's column.
    pub fn text(&self, field: Field) -> Option<&str> {
        self.fields.get(&field).map(|m| m.header.as_str())
    }

    /// Whether this is the NIST OLIR template (focal and reference document elements).
    pub fn is_olir(&self) -> bool {
        let has = |field, words| {
            self.text(field)
                .is_some_and(|t| normalise(t).contains(words))
        };
        has(Field::Source, "focal document") || has(Field::Target, "reference document")
    }

    fn score(&self) -> f32 {
        self.fields.values().map(|m| m.confidence).sum()
    }

    /// A crosswalk header has a source and a target column, both with a header cell.
    fn is_crosswalk(&self) -> bool {
        [Field::Source, Field::Target].iter().all(|f| {
            self.column(*f)
                .is_some_and(|column| self.texts.contains_key(&column))
        })
    }
}

/// Matches one row's texts to fields: the vocabulary first, then columns that name a
/// framework (`ISO 27001` is the source, `SOC 2` the target; without ISO, left to right).
fn assign(texts: BTreeMap<u32, String>, row: u32) -> Header {
    let mut candidates: Vec<(f32, u32, Field)> = texts
        .iter()
        .filter_map(|(column, text)| score(text).map(|(f, confidence)| (confidence, *column, f)))
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut header = Header {
        row,
        texts,
        ..Header::default()
    };
    let mut used = BTreeSet::new();
    let mut put = |header: &mut Header, field, column, confidence| {
        if !header.fields.contains_key(&field) && used.insert(column) {
            let text = header.texts.get(&column).cloned().unwrap_or_default();
            header.fields.insert(
                field,
                Mapped {
                    column,
                    header: text,
                    confidence,
                    evidence: String::new(),
                },
            );
        }
    };
    for (confidence, column, field) in candidates {
        put(&mut header, field, column, confidence);
    }
    let named: Vec<(u32, bool)> = header
        .texts
        .iter()
        .filter(|(_, text)| !describes(&normalise(text)))
        .filter_map(|(column, text)| {
            frameworks::header_names_framework(text).map(|iso| (*column, iso))
        })
        .collect();
    let iso_first = named
        .iter()
        .filter(|(_, iso)| *iso)
        .chain(named.iter().filter(|(_, iso)| !*iso));
    for (column, _) in iso_first {
        put(&mut header, Field::Source, *column, 0.9);
    }
    for (column, _) in named.iter() {
        put(&mut header, Field::Target, *column, 0.9);
    }
    header
}

fn texts(row: &Row) -> BTreeMap<u32, String> {
    header_texts(
        row.cells
            .iter()
            .filter(|c| !c.number)
            .map(|c| (c.column, c.text.as_str())),
    )
}

/// Finds the best crosswalk header among `rows`, with the `columns` overrides applied (so a
/// header of unknown names still qualifies when the overrides name its columns). On a tie
/// the higher row wins.
pub fn detect(rows: &[Row], overrides: &BTreeMap<String, String>) -> Option<Header> {
    let mut best: Option<Header> = None;
    for row in rows {
        let mut candidate = assign(texts(row), row.index);
        apply_overrides(&mut candidate, overrides);
        if candidate.is_crosswalk()
            && best
                .as_ref()
                .is_none_or(|b| candidate.score() > b.score() + 0.01)
        {
            best = Some(candidate);
        }
    }
    best
}

/// Keys of the `columns` option that are not columns.
pub const FRAMEWORK_KEYS: [&str; 2] = ["source_framework", "target_framework"];

/// Applies `columns` overrides (field -> header text or column letter). Returns the problems.
pub fn apply_overrides(header: &mut Header, overrides: &BTreeMap<String, String>) -> Vec<String> {
    // The framework keys name documents, not columns (see `frameworks`).
    let columns = overrides
        .iter()
        .filter(|(name, _)| !FRAMEWORK_KEYS.contains(&name.as_str()));
    closeout_plugin_sheet::override_fields(
        &mut header.fields,
        &header.texts,
        columns,
        Field::parse,
        &format!(
            "{}, {}",
            Field::ALL.map(Field::name).join(", "),
            FRAMEWORK_KEYS.join(", ")
        ),
        normalise,
    )
}

/// Which side of the mapping a label above the header speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

/// Labels naming the documents: `Focal Document: NIST CSF 2.0` in one cell, or the label in
/// one cell and the name in the next.
pub fn labels(row: &Row) -> Vec<(Side, String)> {
    let side = |label: &str| match normalise(label).as_str() {
        "focal document" | "focal document name" | "source framework" | "source document" => {
            Some(Side::Source)
        }
        "reference document"
        | "reference document name"
        | "target framework"
        | "target document" => Some(Side::Target),
        _ => None,
    };
    let mut found = Vec::new();
    for (index, cell) in row.cells.iter().enumerate() {
        let text = cell.text.trim();
        let (label, value) = match text.split_once(':') {
            Some((label, value)) if !value.trim().is_empty() => (label, value.trim()),
            _ => {
                let next = row.cells.get(index + 1).map(|c| c.text.trim());
                (text.trim_end_matches(':'), next.unwrap_or_default())
            }
        };
        if let Some(side) = side(label)
            && !value.is_empty()
        {
            found.push((side, value.to_owned()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::Cell;

    fn row(index: u32, cells: &[(u32, &str)]) -> Row {
        Row {
            index,
            cells: cells
                .iter()
                .map(|(column, text)| Cell {
                    column: *column,
                    text: text.to_string(),
                    number: false,
                })
                .collect(),
        }
    }

    #[test]
    fn vocabulary() {
        assert_eq!(score("Source Control"), Some((Field::Source, 1.0)));
        assert_eq!(score("Target ID"), Some((Field::Target, 1.0)));
        assert_eq!(
            score("Strength of Relationship"),
            Some((Field::Strength, 1.0))
        );
        assert_eq!(
            score("Relationship Type (IR 8477)"),
            Some((Field::Relationship, 0.8))
        );
        assert_eq!(score("Focal Document Element"), Some((Field::Source, 1.0)));
        assert_eq!(score("Focal Document Element Description"), None);
        assert_eq!(score("Source Control Description"), None);
        assert_eq!(score("Mapping Notes"), Some((Field::Annotation, 1.0)));
        assert_eq!(score("Comment"), Some((Field::Annotation, 1.0)));
        assert_eq!(score("Owner"), None);
    }

    #[test]
    fn framework_headers_below_a_title_in_column_b() {
        let rows = vec![
            row(0, &[(1, "ISO 27001 to SOC 2 crosswalk")]),
            row(
                2,
                &[(1, "SOC 2"), (2, "ISO/IEC 27001:2022"), (3, "Relationship")],
            ),
        ];
        let header = detect(&rows, &BTreeMap::new()).expect("a header");
        assert_eq!(header.row, 2);
        assert_eq!(header.column(Field::Source), Some(2));
        assert_eq!(header.column(Field::Target), Some(1));
        assert_eq!(header.column(Field::Relationship), Some(3));
    }

    #[test]
    fn two_frameworks_without_iso_read_left_to_right() {
        let rows = vec![row(0, &[(0, "NIST CSF 2.0"), (1, "SOC 2"), (2, "Mapping")])];
        let header = detect(&rows, &BTreeMap::new()).expect("a header");
        assert_eq!(header.column(Field::Source), Some(0));
        assert_eq!(header.column(Field::Target), Some(1));
    }

    #[test]
    fn the_olir_template() {
        let rows = vec![row(
            3,
            &[
                (0, "Focal Document Element"),
                (1, "Focal Document Element Description"),
                (2, "Rationale"),
                (3, "Relationship"),
                (4, "Reference Document Element"),
                (5, "Reference Document Element Description"),
                (6, "Strength of Relationship"),
            ],
        )];
        let header = detect(&rows, &BTreeMap::new()).expect("a header");
        assert!(header.is_olir());
        let columns: Vec<_> = Field::ALL.iter().map(|f| header.column(*f)).collect();
        assert_eq!(columns, [Some(0), Some(4), Some(3), Some(2), Some(6), None]);
    }

    #[test]
    fn overrides_make_unknown_headers_a_crosswalk() {
        let rows = vec![row(0, &[(0, "Ctl"), (1, "Crit"), (2, "Kind")])];
        assert_eq!(detect(&rows, &BTreeMap::new()), None);
        let overrides = BTreeMap::from([
            ("source".to_owned(), "A".to_owned()),
            ("target".to_owned(), "crit".to_owned()),
            ("relationship".to_owned(), "C".to_owned()),
        ]);
        let header = detect(&rows, &overrides).expect("a header");
        assert_eq!(header.column(Field::Target), Some(1));
        assert_eq!(header.text(Field::Relationship), Some("Kind"));
        let mut header = header;
        let problems = apply_overrides(
            &mut header,
            &BTreeMap::from([("colour".to_owned(), "D".to_owned())]),
        );
        assert!(
            problems[0].contains("unknown field `colour`"),
            "{problems:?}"
        );
    }

    #[test]
    fn labels_above_the_header() {
        let found = labels(&row(0, &[(0, "Focal Document: NIST CSF 2.0")]));
        assert_eq!(found, [(Side::Source, "NIST CSF 2.0".to_owned())]);
        let found = labels(&row(
            1,
            &[(0, "Reference Document:"), (1, "ISO/IEC 27001:2022")],
        ));
        assert_eq!(found, [(Side::Target, "ISO/IEC 27001:2022".to_owned())]);
        assert!(labels(&row(2, &[(0, "Focal Document URL:"), (1, "https://x")])).is_empty());
    }
}
