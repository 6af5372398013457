//! Turning one sheet's rows into SoA control records: the header is found among the first
//! rows, then each row is read as a control, or skipped as a group heading or footer, with
//! every doubt reported at its row and column.

use std::collections::HashMap;

use closeout_plugin_abi::{ControlRecord, ImportOptions, Issue, Severity, SheetReport};

use crate::grid::{Row, Value, column_letter};
use crate::header::{self, Field, Header};
use crate::values::{self, Applicability, Status};

/// Rows (with a non-empty cell) looked at to find the header.
pub const HEADER_SCAN_ROWS: usize = 30;

/// What the header search looks for, for messages.
pub const LOOKED_FOR: &str = "a control column (Control, Control ID, Ref, Annex A, Annex A Control, \
     ISO 27001:2022 Control, #) and an applicability, justification or status column (Applicable?, \
     Applicability, Included, Selected, In scope, Justification, Reason, Rationale, \
     Implementation Status, Status, Implemented?)";

/// Whether a sheet is named like one that never holds the SoA table, though it may show its
/// columns (a cover, instructions, a legend).
pub fn skipped_by_name(name: &str) -> bool {
    let name = name.to_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    [
        "cover",
        "instructions",
        "instruction",
        "legend",
        "readme",
        "guidance",
        "guide",
        "lookup",
        "lookups",
        "lists",
        "key",
        "changelog",
        "history",
        "revisions",
    ]
    .iter()
    .any(|word| words.contains(word))
        || name.starts_with("read me")
        || name.starts_with("how to")
}

/// Everything read so far from the file.
#[derive(Debug, Default)]
pub struct Collected {
    pub controls: Vec<ControlRecord>,
    pub issues: Vec<Issue>,
    pub sheets: Vec<SheetReport>,
    /// Where each control was first seen, by its numbers (`5.1` for `A.5.1`, `A5.1`, `5.1`).
    seen: HashMap<String, (Option<String>, u32)>,
}

impl Collected {
    /// Records an issue; `row` and `column` are 0-based.
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
            row: row.map(|r| r.saturating_add(1)),
            column: column.map(column_letter),
            message,
            severity,
        });
    }
}

/// Reads one sheet (or a CSV file), row by row.
pub struct SheetReader<'o> {
    name: Option<String>,
    options: &'o ImportOptions,
    buffered: Vec<Row>,
    header: Option<Header>,
    decided: bool,
    skip_reason: Option<String>,
    rows_read: u32,
    in_footer: bool,
    merged: closeout_plugin_sheet::FillDown<(u32, Value)>,
}

impl<'o> SheetReader<'o> {
    /// A reader for a sheet (`None` for CSV).
    pub fn new(name: Option<&str>, options: &'o ImportOptions) -> SheetReader<'o> {
        SheetReader {
            name: name.map(str::to_owned),
            options,
            buffered: Vec::new(),
            header: None,
            decided: false,
            skip_reason: None,
            rows_read: 0,
            in_footer: false,
            merged: closeout_plugin_sheet::FillDown::new(Vec::new()),
        }
    }

    /// The sheet's vertically merged regions, whose values belong to every row they span
    /// (one justification merged across several controls).
    pub fn with_merged(mut self, regions: Vec<(u32, u32, u32)>) -> SheetReader<'o> {
        self.merged = closeout_plugin_sheet::FillDown::new(regions);
        self
    }

    /// Feeds the next row.
    pub fn push(&mut self, row: Row, out: &mut Collected) {
        if self.decided {
            if self.header.is_some() {
                self.read_row(row, out);
            }
            return;
        }
        // With `header_row`, only that row and the one above it (a group row) can be header.
        if let Some(wanted) = self.options.header_row
            && row.index.saturating_add(2) < wanted
        {
            return;
        }
        self.buffered.push(row);
        if self.buffered.len() >= HEADER_SCAN_ROWS {
            self.decide(out);
        }
    }

    fn decide(&mut self, out: &mut Collected) {
        self.decided = true;
        let rows = std::mem::take(&mut self.buffered);
        let overrides = &self.options.columns;
        let sheet = self.name.clone();
        let sheet = sheet.as_deref();
        let found = match self.options.header_row {
            Some(wanted) => {
                let found = header::at_row(&rows, wanted.saturating_sub(1), overrides);
                if found.is_none() {
                    self.skip_reason =
                        Some(format!("row {wanted} (the `header_row` option) is empty"));
                    return;
                }
                found
            }
            None => header::detect(&rows, overrides),
        };
        let Some(mut found) = found else {
            self.skip_reason = Some(format!(
                "no header row in its first {HEADER_SCAN_ROWS} rows; looked for {LOOKED_FOR}"
            ));
            return;
        };
        if !overrides
            .keys()
            .any(|k| Field::parse(k) == Some(Field::Control))
        {
            found.prefer_column_with_codes(&rows);
        }
        for problem in header::apply_overrides(&mut found, overrides) {
            out.issue(sheet, None, None, Severity::Error, problem);
        }
        if !found.fields.contains_key(&Field::Control) {
            self.skip_reason = Some(format!(
                "its header (row {}) has no control column (looked for Control, Control ID, Ref, Annex A, #); \
                 name it with the `columns` option, e.g. {{\"control\": \"B\"}}",
                found.last_row.saturating_add(1)
            ));
            return;
        }
        for (field, severity, what) in [
            (
                Field::Applicable,
                Severity::Warning,
                "no applicability column (looked for Applicable, Applicable?, Applicability, Included, \
                 Selected, In scope): applicability is left blank",
            ),
            (
                Field::Justification,
                Severity::Info,
                "no justification column (looked for Justification, Reason, Rationale)",
            ),
            (
                Field::Status,
                Severity::Info,
                "no implementation status column (looked for Implementation Status, Status, \
                 Implemented?, Implementation)",
            ),
        ] {
            if !found.fields.contains_key(&field) {
                out.issue(
                    sheet,
                    Some(found.last_row),
                    None,
                    severity,
                    format!(
                        "{what}; name it with the `columns` option, e.g. {{\"{}\": \"D\"}}",
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

    /// Finishes the sheet and reports it; `true` when it was read as an SoA.
    pub fn finish(mut self, out: &mut Collected) -> bool {
        if !self.decided {
            self.decide(out);
        }
        let name = self.name.clone().unwrap_or_else(|| "CSV".to_owned());
        let report = match &self.header {
            Some(header) => SheetReport {
                name,
                imported: true,
                reason: Some(if header.first_row < header.last_row {
                    format!(
                        "read as an SoA with a two-row header (rows {}-{})",
                        header.first_row.saturating_add(1),
                        header.last_row.saturating_add(1)
                    )
                } else {
                    format!(
                        "read as an SoA with its header on row {}",
                        header.last_row.saturating_add(1)
                    )
                }),
                header_row: Some(header.last_row.saturating_add(1)),
                columns: header
                    .fields
                    .iter()
                    .map(|(field, mapped)| mapped.report(field.name()))
                    .collect(),
                rows: self.rows_read,
                ..Default::default()
            },
            None => SheetReport {
                name,
                imported: false,
                reason: self.skip_reason.clone(),
                header_row: None,
                columns: Vec::new(),
                rows: 0,
                ..Default::default()
            },
        };
        out.sheets.push(report);
        self.header.is_some()
    }

    fn read_row(&mut self, mut row: Row, out: &mut Collected) {
        let Some(header) = self.header.as_ref() else {
            return;
        };
        if row.index <= header.last_row {
            return;
        }
        self.merged.apply(row.index, &mut row.cells);
        let sheet = self.name.clone();
        let sheet = sheet.as_deref();
        let cell = |field: Field| {
            header
                .column(field)
                .and_then(|column| row.get(column).map(|value| (column, value)))
        };
        let control = cell(Field::Control);
        let code = control.and_then(|(_, value)| values::parse_control(&value.display()));
        let has_values = [Field::Applicable, Field::Justification, Field::Status]
            .into_iter()
            .any(|field| cell(field).is_some());
        let written = match (&code, control) {
            (Some(code), _) if code.parts >= 2 => {
                self.in_footer = false;
                code.written.clone()
            }
            _ => {
                let (first_column, first) = row
                    .cells
                    .first()
                    .map(|(column, value)| (Some(*column), value.display()))
                    .unwrap_or_default();
                if self.in_footer {
                    return;
                }
                // Print layouts repeat the header on every page.
                if let Some((column, value)) = control
                    && header::candidates(&value.display(), &self.options.columns)
                        .iter()
                        .any(|(field, _)| *field == Field::Control)
                {
                    out.issue(
                        sheet,
                        Some(row.index),
                        Some(column),
                        Severity::Info,
                        "the header repeated; row skipped".into(),
                    );
                    return;
                }
                if values::is_footer(&first) {
                    self.in_footer = true;
                    out.issue(
                        sheet,
                        Some(row.index),
                        first_column,
                        Severity::Info,
                        format!(
                            "`{}` read as the table's footer; skipped with the rows below it \
                             that hold no control",
                            short(&first)
                        ),
                    );
                    return;
                }
                if code.is_some() || !has_values {
                    out.issue(
                        sheet,
                        Some(row.index),
                        first_column,
                        Severity::Info,
                        format!("`{}` read as a group heading; row skipped", short(&first)),
                    );
                    return;
                }
                let Some((column, value)) = control else {
                    out.issue(
                        sheet,
                        Some(row.index),
                        header.column(Field::Control),
                        Severity::Warning,
                        "the row has values but no control; skipped".into(),
                    );
                    return;
                };
                let text = value.display();
                out.issue(
                    sheet,
                    Some(row.index),
                    Some(column),
                    Severity::Warning,
                    format!(
                        "`{}` is not a control reference such as A.5.1 or 5.1; imported as written",
                        short(&text)
                    ),
                );
                text
            }
        };
        let mut record = ControlRecord {
            sheet: sheet.map(str::to_owned),
            row: row.index.saturating_add(1),
            control: written.clone(),
            ..ControlRecord::default()
        };
        if let Some((column, Value::Number(_))) = control {
            // `5.10` typed into a number cell reads back as 5.1.
            let hint = match written.split_once('.') {
                Some((_, fraction)) if fraction.len() == 1 => {
                    format!(": {written} may have been {written}0")
                }
                _ => String::new(),
            };
            out.issue(
                sheet,
                Some(row.index),
                Some(column),
                Severity::Warning,
                format!(
                    "the control cell holds the number {written}, not text{hint}; a number drops \
                     trailing zeros, so check it and format the column as text"
                ),
            );
        }

        // Applicability.
        if let Some((column, value)) = cell(Field::Applicable) {
            let text = value.display();
            let reading = match value {
                Value::Bool(true) => Some(Applicability::Yes),
                Value::Bool(false) => Some(Applicability::No),
                _ => values::applicability(&text),
            };
            match reading {
                Some(Applicability::Yes) => record.applicable = Some(true),
                Some(Applicability::Partial) => {
                    record.applicable = Some(true);
                    record.partial = true;
                }
                Some(Applicability::No) => record.applicable = Some(false),
                None => out.issue(
                    sheet,
                    Some(row.index),
                    Some(column),
                    Severity::Warning,
                    format!(
                        "applicability `{}` is not a known value (Yes, No, Partial, N/A...); left blank",
                        short(&text)
                    ),
                ),
            }
            record.applicability_text = Some(text);
        }

        // Status.
        if let Some((column, value)) = cell(Field::Status) {
            let text = value.display();
            let reading = match value {
                Value::Bool(true) => Status::Known("implemented"),
                Value::Bool(false) => Status::Known("not_implemented"),
                _ => values::status(&text),
            };
            match reading {
                Status::Known(status) => record.status = Some(status.to_owned()),
                Status::NotApplicable => {
                    if record.applicability_text.is_none() {
                        record.applicable = Some(false);
                        out.issue(
                            sheet,
                            Some(row.index),
                            Some(column),
                            Severity::Info,
                            format!(
                                "the applicability cell is blank; read as not applicable from the status `{}`",
                                short(&text)
                            ),
                        );
                    }
                }
                Status::Unknown => out.issue(
                    sheet,
                    Some(row.index),
                    Some(column),
                    Severity::Warning,
                    format!(
                        "status `{}` is not a known implementation status (Implemented, Partially implemented, \
                         In progress, Planned, Not implemented, N/A...); left blank",
                        short(&text)
                    ),
                ),
            }
            record.status_text = Some(text);
        }
        if record.applicability_text.is_none()
            && record.applicable.is_none()
            && let Some(column) = header.column(Field::Applicable)
        {
            out.issue(
                sheet,
                Some(row.index),
                Some(column),
                Severity::Warning,
                format!("the applicability of {written} is blank; say Yes, No or Partial"),
            );
        }
        record.justification = cell(Field::Justification).map(|(_, value)| value.display());

        // Duplicates: the host decides which row stands.
        let key = match &code {
            Some(code) if code.parts >= 2 => code.key.clone(),
            _ => format!("text:{}", written.to_lowercase()),
        };
        match out.seen.get(&key) {
            Some((first_sheet, first_row)) => {
                let place = match first_sheet {
                    Some(first) if Some(first.as_str()) != sheet => {
                        format!("row {first_row} of sheet `{first}`")
                    }
                    _ => format!("row {first_row}"),
                };
                let column = header.column(Field::Control);
                out.issue(
                    sheet,
                    Some(row.index),
                    column,
                    Severity::Error,
                    format!("control {written} is listed twice: it is also on {place}"),
                );
            }
            None => {
                out.seen.insert(key, (sheet.map(str::to_owned), record.row));
            }
        }
        out.controls.push(record);
        self.rows_read = self.rows_read.saturating_add(1);
    }
}

/// A cell's text cut for a message.
fn short(text: &str) -> String {
    let mut chars = text.chars();
    let cut: String = chars.by_ref().take(60).collect();
    if chars.next().is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}
