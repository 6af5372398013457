//! Helpers shared by the integration tests: the 2022 Annex A list and a small way to write
//! workbooks cell by cell.
#![allow(dead_code)]

use closeout_plugin_abi::{ControlRecord, ImportOptions, ImportOutput, Issue, Severity};
use rust_xlsxwriter::{Format, Workbook};

/// ISO/IEC 27001:2022 Annex A: 5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34.
pub fn annex_a() -> Vec<String> {
    [(5, 37), (6, 8), (7, 14), (8, 34)]
        .iter()
        .flat_map(|(theme, count)| (1..=*count).map(move |n| format!("{theme}.{n}")))
        .collect()
}

/// A cell to write.
pub enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Bool(bool),
}

/// Writes `cells` (0-based row, 0-based column, value) into a sheet named `name`.
pub fn sheet(workbook: &mut Workbook, name: &str, cells: &[(u32, u16, Cell<'_>)]) {
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(name).expect("sheet name");
    for (row, column, cell) in cells {
        match cell {
            Cell::Text(text) => worksheet.write_string(*row, *column, *text),
            Cell::Number(number) => worksheet.write_number(*row, *column, *number),
            Cell::Bool(value) => worksheet.write_boolean(*row, *column, *value),
        }
        .expect("write");
    }
}

/// Merges a header range, as templates do for a group title.
pub fn merge(workbook: &mut Workbook, index: usize, range: (u32, u16, u32, u16), text: &str) {
    let worksheet = workbook.worksheet_from_index(index).expect("sheet");
    worksheet
        .merge_range(range.0, range.1, range.2, range.3, text, &Format::new())
        .expect("merge");
}

/// Imports with default options, expecting success.
pub fn import(bytes: &[u8]) -> ImportOutput {
    import_with(bytes, &ImportOptions::default())
}

/// Imports with options, expecting success.
pub fn import_with(bytes: &[u8], options: &ImportOptions) -> ImportOutput {
    closeout_statement_of_applicability::import(bytes, options)
        .unwrap_or_else(|f| panic!("import failed: {}: {}", f.kind, f.message))
}

/// The record on a row.
pub fn on_row(output: &ImportOutput, row: u32) -> &ControlRecord {
    output
        .controls
        .iter()
        .find(|c| c.row == row)
        .unwrap_or_else(|| panic!("no control on row {row}: {:#?}", output.controls))
}

/// The issues as (row, column, severity) with the message, for compact assertions.
pub fn located(issues: &[Issue]) -> Vec<(Option<u32>, Option<&str>, Severity, &str)> {
    issues
        .iter()
        .map(|i| (i.row, i.column.as_deref(), i.severity, i.message.as_str()))
        .collect()
}
