//! Turning one sheet's rows into findings: header detection on the first rows, then each row
//! read, skipped (blank, section title, summary) or reported.

use closeout_plugin_abi::{FindingRecord, ImportOptions, Issue, Severity, SheetReport};

use crate::dates::{self, DateText, OrderEvidence};
use crate::grade::{self, GradeReading};
use crate::grid::{Row, Value, column_letter};
use crate::header::{self, Field, Header};

/// Rows looked at to find the header.
pub const HEADER_SCAN_ROWS: usize = 30;

/// Sheet names that are never registers.
fn skipped_by_name(name: &str) -> bool {
    let name = name.to_lowercase();
    [
        "cover",
        "summary",
        "dashboard",
        "legend",
        "instruction",
        "read me",
        "readme",
        "lookup",
        "lists",
        "chart",
        "guidance",
        "key",
    ]
    .iter()
    .any(|word| {
        name.split(|c: char| !c.is_alphanumeric())
            .any(|part| part == *word)
            || name.starts_with(word)
    })
}

/// A slashed date waiting for the file's day order.
#[derive(Debug)]
pub struct PendingDate {
    pub record: usize,
    pub due: bool,
    pub a: u32,
    pub b: u32,
    pub year: i32,
    pub sheet: Option<String>,
    pub row: u32,
    pub column: u32,
}

/// Everything read so far from the file.
#[derive(Debug, Default)]
pub struct Collected {
    pub findings: Vec<FindingRecord>,
    pub issues: Vec<Issue>,
    pub sheets: Vec<SheetReport>,
    pub pending_dates: Vec<PendingDate>,
    pub evidence: OrderEvidence,
    pub severity_rule_used: bool,
}

impl Collected {
    fn issue(
        &mut self,
        sheet: Option<&str>,
        row: Option<u32>,
        column: Option<u32>,
        severity: Severity,
        message: String,
    ) {
        self.issues.push(Issue {
            sheet: sheet.map(str::to_owned),
            row: row.map(|r| r + 1),
            column: column.map(column_letter),
            message,
            severity,
        });
    }
}

/// Reads one sheet, row by row.
pub struct SheetReader<'o> {
    name: Option<String>,
    options: &'o ImportOptions,
    buffered: Vec<Row>,
    header: Option<Header>,
    decided: bool,
    skip_reason: Option<String>,
    merged: closeout_plugin_sheet::FillDown<(u32, Value)>,
    section_grade: Option<&'static str>,
    sheet_grade: Option<&'static str>,
    rows_read: u32,
}

impl<'o> SheetReader<'o> {
    /// A reader for a sheet (`None` for CSV) with its vertically merged regions.
    pub fn new(
        name: Option<&str>,
        options: &'o ImportOptions,
        merged: Vec<(u32, u32, u32)>,
    ) -> SheetReader<'o> {
        let skip_reason = name
            .filter(|n| options.sheet.is_none() && skipped_by_name(n))
            .map(|n| format!("`{n}` is named like a cover, summary or legend sheet"));
        SheetReader {
            name: name.map(str::to_owned),
            options,
            buffered: Vec::new(),
            header: None,
            decided: skip_reason.is_some(),
            skip_reason,
            merged: closeout_plugin_sheet::FillDown::new(merged),
            section_grade: None,
            sheet_grade: name.and_then(grade::named_in),
            rows_read: 0,
        }
    }

    /// Feeds the next row.
    pub fn push(&mut self, row: Row, out: &mut Collected) {
        if self.decided {
            if self.header.is_some() {
                self.read_row(row, out);
            }
            return;
        }
        self.buffered.push(row);
        let explicit = self
            .options
            .header_row
            .is_some_and(|h| self.buffered.last().is_some_and(|r| r.index + 1 >= h));
        if self.buffered.len() >= HEADER_SCAN_ROWS || explicit {
            self.decide(out);
        }
    }

    fn decide(&mut self, out: &mut Collected) {
        self.decided = true;
        let rows = std::mem::take(&mut self.buffered);
        let found = match self.options.header_row {
            Some(wanted) => rows.iter().find(|r| r.index + 1 == wanted).map(|r| {
                let mut header = header::detect(std::slice::from_ref(r)).unwrap_or_default();
                header.first_row = r.index;
                header.last_row = r.index;
                header.texts = r.cells.iter().map(|(c, v)| (*c, v.display())).collect();
                header
            }),
            None => header::detect(&rows),
        };
        let Some(mut found) = found else {
            self.skip_reason = Some(format!(
                "no header row with known column names (NC ID, Grade, Clause, Description...) in its first {HEADER_SCAN_ROWS} rows"
            ));
            return;
        };
        for problem in header::apply_overrides(&mut found, &self.options.columns) {
            out.issue(self.name.as_deref(), None, None, Severity::Error, problem);
        }
        if !found.fields.contains_key(&Field::Statement)
            && !found.fields.contains_key(&Field::Reference)
        {
            self.skip_reason =
                Some("its header has neither a reference nor a description column".into());
            return;
        }
        for (field, what, examples) in [
            (Field::Reference, "reference", "NC ID, Ref, Finding ID, #"),
            (
                Field::Statement,
                "nonconformity description",
                "Nonconformity Description, Finding, Condition",
            ),
        ] {
            if !found.fields.contains_key(&field) {
                out.issue(
                    self.name.as_deref(),
                    Some(found.last_row),
                    None,
                    Severity::Error,
                    format!(
                        "the header has no {what} column (looked for headers such as {examples}); \
                         name it with the `columns` option, e.g. {{\"{}\": \"D\"}}",
                        field.name()
                    ),
                );
            }
        }
        let last = found.last_row;
        self.header = Some(found);
        for row in rows.into_iter().filter(|r| r.index > last) {
            self.read_row(row, out);
        }
    }

    /// Finishes the sheet and reports it.
    pub fn finish(mut self, out: &mut Collected) {
        if !self.decided {
            self.decide(out);
        }
        let name = self.name.clone().unwrap_or_else(|| "CSV".to_owned());
        let report = match &self.header {
            Some(header) => SheetReport {
                name,
                imported: true,
                reason: None,
                header_row: Some(header.last_row + 1),
                columns: header
                    .fields
                    .iter()
                    .map(|(field, mapped)| mapped.report(field.name()))
                    .collect(),
                rows: self.rows_read,
            },
            None => SheetReport {
                name,
                imported: false,
                reason: self.skip_reason.clone(),
                header_row: None,
                columns: Vec::new(),
                rows: 0,
            },
        };
        out.sheets.push(report);
    }

    fn read_row(&mut self, mut row: Row, out: &mut Collected) {
        let Some(header) = self.header.as_ref() else {
            return;
        };
        let sheet = self.name.clone();
        self.merged.apply(row.index, &mut row.cells);
        let text = |field: Field| -> Option<String> {
            header
                .column(field)
                .and_then(|c| row.get(c))
                .map(|v| v.display())
                .filter(|t| !t.is_empty())
        };
        let first_text = row
            .cells
            .first()
            .map(|(_, v)| v.display())
            .unwrap_or_default();
        let lowered = first_text.to_lowercase();
        let mapped_cells = header
            .fields
            .values()
            .filter(|m| row.get(m.column).is_some())
            .count();
        if mapped_cells == 0 {
            return;
        }
        if [
            "total",
            "sum ",
            "count",
            "grand total",
            "summary",
            "number of",
            "totals",
        ]
        .iter()
        .any(|w| lowered.starts_with(w))
        {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                format!(
                    "summary row `{}` skipped",
                    first_text.chars().take(60).collect::<String>()
                ),
            );
            return;
        }
        if row.cells.len() == 1
            && header.fields.len() >= 3
            && matches!(row.cells[0].1, Value::Text(_))
        {
            let named = grade::named_in(&first_text);
            if named.is_some() {
                self.section_grade = named;
            }
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                Some(row.cells[0].0),
                Severity::Info,
                match named {
                    Some(g) => format!("section row `{first_text}` skipped; the rows below it are graded {g} unless they say otherwise"),
                    None => format!("section row `{first_text}` skipped"),
                },
            );
            return;
        }
        self.rows_read += 1;
        let mut record = FindingRecord {
            sheet: sheet.clone(),
            row: row.index + 1,
            reference: text(Field::Reference),
            statement: text(Field::Statement),
            objective_evidence: text(Field::ObjectiveEvidence),
            root_cause: text(Field::RootCause),
            correction: text(Field::Correction),
            corrective_action: text(Field::CorrectiveAction),
            owner: text(Field::Owner),
            status: text(Field::Status),
            ..Default::default()
        };
        // A missing cell on this row, or a column the whole sheet lacks (reported once, in
        // `decide`), makes the row unusable either way.
        for (field, value, what) in [
            (Field::Reference, &record.reference, "reference (NC ID)"),
            (
                Field::Statement,
                &record.statement,
                "nonconformity description",
            ),
        ] {
            if value.is_none() {
                let message = match header.column(field) {
                    Some(_) => format!("no {what} on this row"),
                    None => format!("the sheet has no {what} column"),
                };
                out.issue(
                    sheet.as_deref(),
                    Some(row.index),
                    header.column(field),
                    Severity::Error,
                    message,
                );
            }
        }
        if let Some(column) = header.column(Field::Requirements)
            && let Some(value) = row.get(column)
        {
            record.requirements_numeric = matches!(value, Value::Number(_));
            record.requirements = vec![value.display()];
            record.requirements_column = Some(column_letter(column));
        }
        // The grade: its column, else the section title, else the sheet's name, else the text.
        let grade_column = header.column(Field::Grade);
        match text(Field::Grade) {
            Some(cell) => match grade::read(&cell, &self.options.grades) {
                Ok(reading) => {
                    if matches!(reading, GradeReading::Severity(_)) {
                        out.severity_rule_used = true;
                    }
                    record.grade = Some(reading.grade().to_owned());
                    record.grade_text = Some(cell);
                }
                Err(message) => out.issue(
                    sheet.as_deref(),
                    Some(row.index),
                    grade_column,
                    Severity::Error,
                    message,
                ),
            },
            None => {
                let inferred = self
                    .section_grade
                    .or(self.sheet_grade)
                    .or_else(|| record.statement.as_deref().and_then(grade::named_in));
                match inferred {
                    Some(g) => record.grade = Some(g.to_owned()),
                    None => out.issue(
                        sheet.as_deref(),
                        Some(row.index),
                        grade_column,
                        Severity::Error,
                        "no grade: the row has none, and neither its section, its sheet nor its description names one".into(),
                    ),
                }
            }
        }
        let index = out.findings.len();
        for (field, due) in [(Field::RaisedOn, false), (Field::DueDate, true)] {
            let Some(column) = header.column(field) else {
                continue;
            };
            let Some(value) = row.get(column) else {
                continue;
            };
            let date = match value {
                Value::Date(d) => Some(*d),
                Value::Number(n) if (20_000.0..80_000.0).contains(n) => dates::from_serial(*n),
                Value::Text(t) => match dates::read_text(t) {
                    DateText::Date(d, trailing) => {
                        if trailing {
                            out.issue(
                                sheet.as_deref(),
                                Some(row.index),
                                Some(column),
                                Severity::Info,
                                format!(
                                    "read `{}` as {d}; the text after the date was ignored",
                                    t.trim()
                                ),
                            );
                        }
                        Some(d)
                    }
                    DateText::Slashed { a, b, year, .. } => {
                        out.evidence.observe(a, b);
                        out.pending_dates.push(PendingDate {
                            record: index,
                            due,
                            a,
                            b,
                            year,
                            sheet: sheet.clone(),
                            row: row.index,
                            column,
                        });
                        None
                    }
                    DateText::NoYear => {
                        out.issue(
                            sheet.as_deref(),
                            Some(row.index),
                            Some(column),
                            Severity::Warning,
                            format!("`{}` has no year; the date was left empty", t.trim()),
                        );
                        None
                    }
                    DateText::Invalid => {
                        out.issue(
                            sheet.as_deref(),
                            Some(row.index),
                            Some(column),
                            Severity::Warning,
                            format!("`{}` is not a date; left empty", t.trim()),
                        );
                        None
                    }
                },
                other => {
                    out.issue(
                        sheet.as_deref(),
                        Some(row.index),
                        Some(column),
                        Severity::Warning,
                        format!("`{}` is not a date; left empty", other.display()),
                    );
                    None
                }
            };
            let iso = date.map(|d| d.to_string());
            if due {
                record.due_date = iso;
            } else {
                record.raised_on = iso;
            }
        }
        out.findings.push(record);
    }
}
