//! The `statement-of-applicability` importer plugin: reads an ISO/IEC 27001 Statement of
//! Applicability from xlsx, xlsm, ods or CSV, whatever its layout, and returns one record per
//! control (applicable or not, justification, implementation status) with every doubt located
//! by sheet, row and column.
//!
//! How a file is read: the format is told from the bytes and cells are streamed within the
//! import's limits ([`grid`]); each sheet's header is found by a vocabulary of column names
//! ([`header`]); rows become control records, or are skipped as group headings and footers
//! ([`sheet`]), their cells read by [`values`]. Control references are returned as written:
//! the host checks them against its catalog.

pub mod grid;
pub mod header;
pub mod sheet;
pub mod values;

use closeout_plugin_abi::{ImportFailure, ImportOptions, ImportOutput, Importer, SheetReport};

use crate::grid::{Budget, Format, Row, Workbook, failure};
use crate::sheet::{Collected, SheetReader};

/// The importer.
pub struct StatementOfApplicability;

impl Importer for StatementOfApplicability {
    fn sniff(data: &[u8], file_name: &str) -> u8 {
        sniff(data, file_name)
    }

    fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
        import(data, options)
    }
}

closeout_plugin_abi::export_plugin!(
    StatementOfApplicability,
    name = "statement-of-applicability",
    kinds = "statement-of-applicability",
    file_types = "xlsx,xlsm,ods,csv"
);

/// Sheets looked at when sniffing.
const SNIFF_SHEETS: usize = 20;

/// 85 when the first rows of a sheet (or the CSV) hold a control column and an applicability
/// column; 10 for another readable spreadsheet or text; 5 for a damaged or encrypted workbook
/// this plugin could at least explain; 0 otherwise (empty, PDF, binary).
pub fn sniff(data: &[u8], file_name: &str) -> u8 {
    if data.is_empty() {
        return 0;
    }
    let limits = ImportOptions::default().limits;
    let mut budget = Budget::new(limits);
    let clearly_soa = |rows: Vec<Row>| {
        header::detect(&rows, &Default::default()).is_some_and(|h| h.is_clearly_soa())
    };
    let found = match grid::detect(data) {
        Ok(Format::Csv) => {
            let (text, _) =
                closeout_plugin_sheet::decode_prefix(&data[..data.len().min(64 * 1024)]);
            let delimiter = grid::sniff_delimiter(&text, file_name);
            clearly_soa(first_rows(|each| {
                grid::csv_rows(&text, delimiter, &mut budget, each)
            }))
        }
        Ok(format) => {
            let Ok(mut workbook) = Workbook::open(data, format, &limits) else {
                return 5;
            };
            let names = workbook.sheet_names();
            names
                .iter()
                .filter(|n| !sheet::skipped_by_name(n))
                .take(SNIFF_SHEETS)
                .any(|name| {
                    clearly_soa(first_rows(|each| {
                        workbook.for_each_row(name, &mut budget, each)
                    }))
                })
        }
        Err(failure) if failure.kind == "encrypted" || failure.kind == "unreadable" => return 5,
        Err(_) => return 0,
    };
    if found { 85 } else { 10 }
}

type EachRow<'a> = &'a mut closeout_plugin_sheet::EachRow<'a, grid::Value>;

/// The first rows a reader gives, stopping it after enough to find a header; a reader that
/// fails part way gives the rows before.
fn first_rows(read: impl FnOnce(EachRow<'_>) -> Result<(), ImportFailure>) -> Vec<Row> {
    let mut rows = Vec::new();
    let _stopped_or_failed = read(&mut |row| {
        rows.push(row);
        Ok(rows.len() < sheet::HEADER_SCAN_ROWS)
    });
    rows
}

/// Reads a Statement of Applicability.
pub fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
    let format = grid::detect(data)?;
    let mut budget = Budget::new(options.limits);
    let mut collected = Collected::default();
    let mut output = ImportOutput::default();
    let mut names = Vec::new();
    match format {
        Format::Csv => {
            let (text, encoding) = grid::decode_text(data);
            let delimiter =
                grid::sniff_delimiter(&text, options.file_name.as_deref().unwrap_or_default());
            output.logs.push(format!(
                "read as delimited text, {encoding}, delimiter {:?}",
                char::from(delimiter)
            ));
            if encoding == "windows-1252" {
                output.warnings.push(
                    "the file is not UTF-8; it was read as Windows-1252 (Western European)".into(),
                );
            }
            let mut reader = SheetReader::new(None, options);
            grid::csv_rows(&text, delimiter, &mut budget, &mut |row| {
                reader.push(row, &mut collected);
                Ok(true)
            })?;
            reader.finish(&mut collected);
        }
        Format::Xlsx | Format::Ods | Format::Xlsb | Format::Xls => {
            let mut workbook = Workbook::open(data, format, &options.limits)?;
            names = workbook.sheet_names();
            output
                .logs
                .push(format!("read as {format:?}, sheets: {}", names.join(", ")));
            if let Some(wanted) = &options.sheet
                && !names.contains(wanted)
            {
                return Err(failure(
                    "no-register",
                    format!(
                        "there is no sheet `{wanted}`; the sheets are: {}",
                        names.join(", ")
                    ),
                ));
            }
            let wanted: Vec<&String> = names
                .iter()
                .filter(|n| options.sheet.as_ref().is_none_or(|w| w == *n))
                .collect();
            // Covers, instructions and legends may show an SoA's columns: read them only when
            // no other sheet holds an SoA.
            let (first, set_aside): (Vec<&String>, Vec<&String>) = wanted
                .into_iter()
                .partition(|n| options.sheet.is_some() || !sheet::skipped_by_name(n));
            let mut found = false;
            for name in &first {
                found |= read_sheet(&mut workbook, name, options, &mut budget, &mut collected)?;
            }
            for name in &set_aside {
                if found {
                    collected.sheets.push(SheetReport {
                        name: (*name).clone(),
                        imported: false,
                        reason: Some(format!(
                            "`{name}` is named like a cover, instructions or legend sheet"
                        )),
                        header_row: None,
                        columns: Vec::new(),
                        rows: 0,
                        ..Default::default()
                    });
                } else {
                    found |= read_sheet(&mut workbook, name, options, &mut budget, &mut collected)?;
                }
            }
            collected
                .sheets
                .sort_by_key(|s| names.iter().position(|n| *n == s.name));
        }
    }
    let imported: Vec<&str> = collected
        .sheets
        .iter()
        .filter(|s| s.imported)
        .map(|s| s.name.as_str())
        .collect();
    if imported.is_empty() {
        let reasons: Vec<String> = collected
            .sheets
            .iter()
            .map(|s| format!("{}: {}", s.name, s.reason.clone().unwrap_or_default()))
            .collect();
        return Err(failure(
            "no-register",
            format!(
                "no Statement of Applicability table found: looked in the first {} rows of each sheet for {}; \
                 set `header_row` and `columns` if the file names its columns otherwise ({})",
                sheet::HEADER_SCAN_ROWS,
                sheet::LOOKED_FOR,
                reasons.join("; ")
            ),
        ));
    }
    if imported.len() > 1 {
        output.warnings.push(format!(
            "{} sheets hold an SoA table ({}); all were read: set the `sheet` option to read only one",
            imported.len(),
            imported.join(", ")
        ));
    }
    if !names.is_empty() {
        output
            .logs
            .push(format!("SoA read from sheet(s): {}", imported.join(", ")));
    }
    let old_numbering = collected
        .controls
        .iter()
        .filter(|c| values::parse_control(&c.control).is_some_and(|code| code.parts == 3))
        .count();
    if old_numbering > 0 {
        output.warnings.push(format!(
            "{old_numbering} controls are numbered like A.5.1.1, as in ISO/IEC 27001:2013; \
             the 2022 edition numbers them 5.1 to 8.34"
        ));
    }
    if collected.controls.is_empty() {
        output
            .warnings
            .push("the SoA table has a header but no control rows".into());
    }
    output.logs.push(format!(
        "{} controls, {} issues",
        collected.controls.len(),
        collected.issues.len()
    ));
    output.controls = collected.controls;
    output.issues = collected.issues;
    output.sheets = collected.sheets;
    Ok(output)
}

/// Reads one sheet; `true` when it held an SoA table.
fn read_sheet(
    workbook: &mut Workbook<'_>,
    name: &str,
    options: &ImportOptions,
    budget: &mut Budget,
    collected: &mut Collected,
) -> Result<bool, ImportFailure> {
    let mut reader = SheetReader::new(Some(name), options)
        .with_merged(workbook.merged_columns(name, &options.limits)?);
    workbook.for_each_row(name, budget, &mut |row| {
        reader.push(row, collected);
        Ok(true)
    })?;
    Ok(reader.finish(collected))
}
