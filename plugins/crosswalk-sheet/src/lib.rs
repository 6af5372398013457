//! The `crosswalk-sheet` importer plugin: reads a crosswalk (a table mapping one framework's
//! requirements onto another's) from xlsx, xlsm, ods, CSV or TSV, and returns its mapping
//! sets with every issue located by sheet, row and column.
//!
//! Two layouts are read:
//! - a generic crosswalk: source, target and relationship columns found by a vocabulary of
//!   header names (`Source Control`, `ISO 27001`, `SOC 2`, `Relationship`, `Mapping`...),
//!   anywhere in the first rows of a sheet, under title rows and starting in any column;
//! - the NIST OLIR template: focal document element (the source) to reference document
//!   element (the target), with IR 8477 relationships, rationale and strength, and the
//!   documents' names in labels above the table (`Focal Document: NIST CSF 2.0`).
//!
//! How a file is read: the format is told from the bytes ([`grid::detect`]); cells are
//! streamed within the limits ([`grid::Budget`]); the header is found by [`header`]; rows
//! become mappings and the sheets mapping sets in [`crosswalk`]; the frameworks come from the
//! `columns` option (`source_framework`, `target_framework`) or from what the file names
//! ([`frameworks`]). References are returned as written, except ISO/IEC 27001 Annex A
//! controls, spelled `A.5.1`.

pub mod crosswalk;
pub mod frameworks;
pub mod grid;
pub mod header;

use closeout_plugin_abi::{ImportFailure, ImportOptions, ImportOutput, Importer, Limits};

use crate::crosswalk::{SheetOutcome, SheetReader};
use crate::grid::{Budget, Format, Workbook};

/// The importer.
pub struct CrosswalkSheet;

impl Importer for CrosswalkSheet {
    fn sniff(data: &[u8], file_name: &str) -> u8 {
        match grid::detect(data) {
            Ok(format) if has_crosswalk_header(data, format, file_name) => 80,
            Ok(_) => 5,
            // Possibly a crosswalk this plugin would explain the problem with.
            Err(failure) if failure.kind == "encrypted" || failure.kind == "unreadable" => 10,
            Err(_) => 0,
        }
    }

    fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
        import(data, options)
    }
}

closeout_plugin_abi::export_plugin!(
    CrosswalkSheet,
    name = "crosswalk-sheet",
    kinds = "crosswalk",
    file_types = "xlsx,xlsm,ods,csv,tsv"
);

/// Whether the first rows of the file (of any sheet) hold a crosswalk header.
fn has_crosswalk_header(data: &[u8], format: Format, file_name: &str) -> bool {
    let options = ImportOptions::default();
    let mut budget = Budget::new(Limits::default());
    let mut found = false;
    // Only the header matters: stop as soon as it is found or known to be missing.
    let look = |reader: &mut SheetReader, row| {
        reader.push(row);
        Ok(!reader.decided())
    };
    if format == Format::Csv {
        let (text, _) = closeout_plugin_sheet::decode_prefix(&data[..data.len().min(64 * 1024)]);
        let delimiter = grid::sniff_delimiter(&text, file_name);
        let mut reader = SheetReader::new(None, file_name, &options);
        // A prefix may end inside a quoted field: what was read before it is enough.
        let _ = grid::csv_rows(&text, delimiter, &mut budget, &mut |row| {
            look(&mut reader, row)
        });
        return reader.finish().has_header();
    }
    let Ok(mut workbook) = Workbook::open(data, format, &options.limits) else {
        return false;
    };
    for name in workbook.sheet_names().iter().take(20) {
        let mut reader = SheetReader::new(Some(name), name, &options);
        let read = grid::sheet_rows(&mut workbook, name, &mut budget, &mut |row| {
            look(&mut reader, row)
        });
        found |= read.is_ok() && reader.finish().has_header();
        if found {
            break;
        }
    }
    found
}

/// Reads a crosswalk.
pub fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
    let format = grid::detect(data)?;
    let mut budget = Budget::new(options.limits);
    let mut output = ImportOutput::default();
    let mut outcomes = Vec::new();
    if format == Format::Csv {
        let (text, encoding) = grid::decode_text(data);
        let file_name = options.file_name.as_deref().unwrap_or_default();
        let delimiter = grid::sniff_delimiter(&text, file_name);
        output.logs.push(format!(
            "read as delimited text, {encoding}, delimiter {:?}",
            char::from(delimiter)
        ));
        let name = if file_name.is_empty() {
            "(text)"
        } else {
            file_name
        };
        let mut reader = SheetReader::new(None, name, options);
        grid::csv_rows(&text, delimiter, &mut budget, &mut |row| {
            Ok(reader.push(row))
        })?;
        outcomes.push(reader.finish());
    } else {
        let mut workbook = Workbook::open(data, format, &options.limits)?;
        let names = workbook.sheet_names();
        if let Some(wanted) = &options.sheet
            && !names.contains(wanted)
        {
            return Err(grid::failure(
                "no-register",
                format!(
                    "there is no sheet `{wanted}`; the sheets are: {}",
                    names.join(", ")
                ),
            ));
        }
        for name in names
            .iter()
            .filter(|n| options.sheet.as_ref().is_none_or(|w| w == *n))
        {
            let mut reader = SheetReader::new(Some(name), name, options)
                .with_merged(workbook.merged_columns(name, &options.limits)?);
            match grid::sheet_rows(&mut workbook, name, &mut budget, &mut |row| {
                Ok(reader.push(row))
            }) {
                Ok(()) => outcomes.push(reader.finish()),
                // A damaged (or chart) sheet is reported; the others are still read.
                Err(failure) if failure.kind == "unreadable" => {
                    outcomes.push(SheetOutcome::failed(name, failure.message));
                }
                Err(failure) => return Err(failure),
            }
        }
    }
    crosswalk::assemble(outcomes, options, output)
}
