//! The `CSF 2.0` sheet read row by row: the header, the Core's elements, and every
//! informative reference line with the element and row it belongs to.

use std::collections::HashMap;

use closeout_plugin_abi::{ColumnMapping, Issue, RequirementRecord, Severity};

use crate::csf;
use crate::references;
use crate::workbook::{Row, column_letter};

/// One `<Document>: <element>` line of an Informative References cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The CSF element citing it (`GV.OC-01`).
    pub source: String,
    /// The document as written (`SP 800-53 Rev 5.1.1`).
    pub document: String,
    /// The element as written (`AC-01`).
    pub element: String,
    /// 1-based row.
    pub row: u32,
}

/// The header's columns, 0-based.
#[derive(Debug, Clone)]
struct Header {
    /// Function, Category and Subcategory columns that the sheet has.
    elements: Vec<u32>,
    references: u32,
}

/// What was read from the sheet.
#[derive(Debug)]
pub struct CsfSheet {
    /// Sheet name.
    pub name: String,
    /// Only look for the header on this row (1-based), when the user says where it is.
    header_row: Option<u32>,
    header: Option<Header>,
    /// The header's row, once found.
    pub header_found_on: Option<u32>,
    /// Columns matched to fields, for the sheet report.
    pub columns: Vec<ColumnMapping>,
    /// Functions, categories and subcategories, parents first.
    pub requirements: Vec<RequirementRecord>,
    known: HashMap<String, usize>,
    /// The element that a row without one of its own (a continuation row) belongs to.
    current: Option<String>,
    /// Every reference line read.
    pub citations: Vec<Citation>,
    /// Problems, located.
    pub issues: Vec<Issue>,
    /// Withdrawn CSF 1.1 elements skipped.
    pub withdrawn: usize,
    /// Data rows read.
    pub rows: u32,
}

impl CsfSheet {
    /// Starts reading a sheet.
    pub fn new(name: &str, header_row: Option<u32>) -> CsfSheet {
        CsfSheet {
            name: name.to_owned(),
            header_row,
            header: None,
            header_found_on: None,
            columns: Vec::new(),
            requirements: Vec::new(),
            known: HashMap::new(),
            current: None,
            citations: Vec::new(),
            issues: Vec::new(),
            withdrawn: 0,
            rows: 0,
        }
    }

    /// The references column (0-based), once the header is found.
    pub fn references_column(&self) -> Option<u32> {
        self.header.as_ref().map(|h| h.references)
    }

    /// A warning located at a cell.
    pub fn warn(&mut self, row: u32, column: u32, message: String) {
        self.issues.push(Issue {
            sheet: Some(self.name.clone()),
            row: Some(row),
            column: Some(column_letter(column)),
            message,
            severity: Severity::Warning,
        });
    }

    /// Reads one row: the header until it is found (rows above it, such as the title, are
    /// ignored), then the Core.
    pub fn push(&mut self, row: Row) {
        let Some(header) = self.header.clone() else {
            if self.header_row.is_none_or(|wanted| wanted == row.number) {
                self.find_header(&row);
            }
            return;
        };
        self.rows += 1;
        // The row's own element is the deepest one on it; a row with none continues the
        // element above (as when a long cell was split over merged rows).
        let mut owner = self.current.clone();
        let mut has_element = false;
        for &column in &header.elements {
            let Some(text) = row.get(column) else {
                continue;
            };
            has_element = true;
            owner = match csf::parse(text) {
                Some(element) if element.withdrawn => {
                    self.withdrawn += 1;
                    None
                }
                Some(element) => Some(self.add(element, row.number, column)),
                None => {
                    self.warn(
                        row.number,
                        column,
                        format!(
                            "`{}` names no CSF function, category or subcategory; the row is skipped",
                            text.trim()
                        ),
                    );
                    None
                }
            };
        }
        self.current = owner.clone();
        let Some(cell) = row.get(header.references) else {
            return;
        };
        let Some(source) = owner else {
            if !has_element {
                self.warn(
                    row.number,
                    header.references,
                    "informative references with no function, category or subcategory on or above the row; skipped".into(),
                );
            }
            return;
        };
        for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match references::split_line(line) {
                Some((document, element)) => self.citations.push(Citation {
                    source: source.clone(),
                    document: document.to_owned(),
                    element: element.to_owned(),
                    row: row.number,
                }),
                None => self.warn(
                    row.number,
                    header.references,
                    format!(
                        "`{line}` is not an informative reference of the form `<Document>: <element>`; skipped"
                    ),
                ),
            }
        }
    }

    fn find_header(&mut self, row: &Row) {
        let mut fields: Vec<(u32, &str, &str)> = Vec::new();
        for (column, text) in &row.cells {
            let field = match text.trim().to_lowercase().as_str() {
                "function" => "function",
                "category" => "category",
                "subcategory" => "subcategory",
                "informative references" | "informative reference" => "references",
                _ => continue,
            };
            fields.push((*column, field, text.trim()));
        }
        let column_of = |wanted: &str| fields.iter().find(|(_, f, _)| *f == wanted).map(|f| f.0);
        let (Some(_), Some(references)) = (column_of("subcategory"), column_of("references"))
        else {
            return;
        };
        self.header = Some(Header {
            elements: ["function", "category", "subcategory"]
                .into_iter()
                .filter_map(column_of)
                .collect(),
            references,
        });
        self.header_found_on = Some(row.number);
        self.columns = fields
            .iter()
            .map(|(column, field, text)| ColumnMapping {
                column: column_letter(*column),
                header: (*text).to_owned(),
                field: (*field).to_owned(),
                confidence: 1.0,
                ..Default::default()
            })
            .collect();
    }

    /// Adds an element (or completes one seen before: the Reference Tool closes each function
    /// with a row holding only `GOVERN (GV)`) and returns its reference.
    fn add(&mut self, element: csf::Element, row: u32, column: u32) -> String {
        if let Some(&index) = self.known.get(&element.reference) {
            let known = &mut self.requirements[index];
            if known.title.is_none() {
                known.title = element.title;
            }
            return element.reference;
        }
        let parent = element.parent();
        if let Some(parent) = parent.as_ref().filter(|p| !self.known.contains_key(*p)) {
            self.warn(
                row,
                column,
                format!(
                    "{} comes before (or without) its parent {parent}; imported without a parent",
                    element.reference
                ),
            );
        }
        self.known
            .insert(element.reference.clone(), self.requirements.len());
        self.requirements.push(RequirementRecord {
            reference: element.reference.clone(),
            parent: parent.filter(|p| self.known.contains_key(p)),
            title: element.title,
            depth: element.depth,
        });
        element.reference
    }

    /// How many elements of a depth were read.
    pub fn count(&self, depth: u32) -> usize {
        self.requirements
            .iter()
            .filter(|r| r.depth == depth)
            .count()
    }
}
