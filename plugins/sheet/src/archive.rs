//! Compressed containers measured before calamine opens them: calamine inflates what an
//! archive declares, so a small upload could otherwise take the plugin's memory.

use std::io::{Cursor, Read};

use closeout_plugin_abi::{ImportFailure, Limits};

use crate::failure;

/// Refuses an archive that is encrypted or expands beyond the limit, by the sizes its central
/// directory declares. Nothing is inflated here: the zip crate every reader of these archives
/// goes through (calamine, [`crate::sheet_xml`]) stops an entry with an error as soon as it
/// inflates past its declared size, so an entry whose size lies fails where it is read, having
/// cost no more than it declared. (Inflating every entry here to count it cost a sixth of a
/// large register's import; `an_entry_that_lies_about_its_size_is_refused` in the register
/// plugin's tests holds the zip crate to it.)
pub fn check_archive(data: &[u8], limits: &Limits) -> Result<(), ImportFailure> {
    let damaged = |e: &dyn std::fmt::Display| {
        failure(
            "unreadable",
            format!("the file is a damaged zip archive ({e})"),
        )
    };
    let too_large = |total: u64| {
        failure(
            "too-large",
            format!(
                "the workbook expands to {} MB, over the limit of {} MB",
                total / 1_048_576,
                limits.max_uncompressed_bytes / 1_048_576
            ),
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| damaged(&e))?;
    if archive.len() > 10_000 {
        return Err(failure(
            "too-large",
            format!("the archive holds {} entries", archive.len()),
        ));
    }
    let mut declared: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(|e| damaged(&e))?;
        if entry.encrypted() {
            return Err(failure(
                "encrypted",
                "the workbook is encrypted; save an unprotected copy and upload that",
            ));
        }
        declared = declared.saturating_add(entry.size());
    }
    if declared > limits.max_uncompressed_bytes {
        return Err(too_large(declared));
    }
    Ok(())
}

/// An ods file stores repeated rows and cells as counts, and calamine expands every sheet's
/// used area into memory when it opens the file. This scans `content.xml` (streamed) for the
/// area each table would take and refuses one beyond the limits before calamine sees it.
pub fn check_ods_area(data: &[u8], limits: &Limits) -> Result<(), ImportFailure> {
    const MAX_TAG: usize = 1024 * 1024;
    let mut archive = zip::ZipArchive::new(Cursor::new(data))
        .map_err(|e| failure("unreadable", format!("the file is a damaged archive ({e})")))?;
    let content = archive
        .by_name("content.xml")
        .map_err(|e| failure("unreadable", format!("content.xml cannot be read ({e})")))?;
    let mut area = OdsArea::default();
    let mut tag: Vec<u8> = Vec::new();
    let mut in_tag = false;
    let mut chunk = [0u8; 64 * 1024];
    let mut reader = content.take(limits.max_uncompressed_bytes);
    loop {
        let read = reader
            .read(&mut chunk)
            .map_err(|e| failure("unreadable", format!("content.xml cannot be read ({e})")))?;
        if read == 0 {
            break;
        }
        for &byte in &chunk[..read] {
            match byte {
                b'<' => {
                    in_tag = true;
                    tag.clear();
                }
                b'>' if in_tag => {
                    in_tag = false;
                    area.tag(&tag, limits)?;
                }
                // A longer tag could hide a repeat count past what is kept of it.
                _ if in_tag && tag.len() >= MAX_TAG => {
                    return Err(failure(
                        "too-large",
                        format!("an element of content.xml is over {MAX_TAG} bytes long"),
                    ));
                }
                _ if in_tag => tag.push(byte),
                _ => {}
            }
        }
    }
    Ok(())
}

/// The running measure of [`check_ods_area`].
#[derive(Default)]
struct OdsArea {
    /// Rows so far in the current table, repeats counted.
    rows: u64,
    /// Repeats of the current row.
    row_repeats: u64,
    /// Columns so far in the current row, repeats counted.
    column: u64,
    /// Width up to the current row's last non-empty cell.
    row_width: u64,
    /// The current table's used area.
    table_rows: u64,
    table_width: u64,
    /// Areas of the tables before.
    earlier: u64,
}

impl OdsArea {
    fn tag(&mut self, tag: &[u8], limits: &Limits) -> Result<(), ImportFailure> {
        let text = String::from_utf8_lossy(tag);
        let name = text
            .split(|c: char| c.is_whitespace() || c == '/')
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        let closing = text.starts_with('/');
        let self_closing = text.ends_with('/');
        let repeats = |attribute: &str| {
            text.split(attribute)
                .nth(1)
                .and_then(|rest| {
                    rest.trim_start_matches(['=', '"', '\''])
                        .split(['"', '\''])
                        .next()
                })
                .and_then(|n| n.trim().parse::<u64>().ok())
                .unwrap_or(1)
        };
        match (name, closing) {
            ("table:table", false) => {
                self.earlier = self
                    .earlier
                    .saturating_add(self.table_rows.saturating_mul(self.table_width));
                self.rows = 0;
                self.table_rows = 0;
                self.table_width = 0;
            }
            ("table:table-row", false) => {
                self.row_repeats = repeats("table:number-rows-repeated");
                self.column = 0;
                self.row_width = 0;
                if self_closing {
                    self.rows = self.rows.saturating_add(self.row_repeats);
                }
            }
            ("table:table-cell" | "table:covered-table-cell", false) => {
                self.column = self
                    .column
                    .saturating_add(repeats("table:number-columns-repeated"));
                // calamine keeps a cell with a value (`office:value-type`, `office:value`...)
                // or a formula; one with neither is empty, whatever its children.
                if text.contains("value") || text.contains("table:formula") {
                    self.row_width = self.column;
                }
            }
            ("table:table-row", true) => {
                self.rows = self.rows.saturating_add(self.row_repeats);
                if self.row_width > 0 {
                    self.table_rows = self.rows;
                    self.table_width = self.table_width.max(self.row_width);
                    self.check(limits)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn check(&self, limits: &Limits) -> Result<(), ImportFailure> {
        let area = self.table_rows.saturating_mul(self.table_width);
        if self.table_rows > u64::from(limits.max_rows)
            || self.table_width > u64::from(limits.max_columns)
            || self.earlier.saturating_add(area) > limits.max_cells
        {
            return Err(failure(
                "too-large",
                format!(
                    "a sheet of the spreadsheet spans {} rows by {} columns, beyond the limits ({} rows, {} columns, {} cells)",
                    self.table_rows,
                    self.table_width,
                    limits.max_rows,
                    limits.max_columns,
                    limits.max_cells
                ),
            ));
        }
        Ok(())
    }
}
