//! The xlsx container: what the bytes are, whether the archive is safe to open, the sheet
//! names, and a sheet's cells streamed row by row within the import's limits.

use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};
use closeout_plugin_abi::{ImportFailure, Limits};

/// A failure of a given kind.
pub fn failure(kind: &str, message: impl Into<String>) -> ImportFailure {
    ImportFailure {
        kind: kind.to_owned(),
        message: message.into(),
    }
}

/// Whether a sheet name looks like the Reference Tool's `CSF 2.0` sheet: compared on letters
/// and digits only, so `CSF 2.0`, `csf_2.0` and `CSF 2.0 Core` all qualify.
pub fn is_csf_sheet_name(name: &str) -> bool {
    let letters: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    letters.contains("csf20")
}

/// Checks the bytes are a zip archive holding a workbook that expands within the limit, and
/// explains what they are otherwise. Nothing is decompressed here.
pub fn check(data: &[u8], limits: &Limits) -> Result<(), ImportFailure> {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if data.is_empty() {
        return Err(failure("unreadable", "the file is empty"));
    }
    if data.starts_with(b"%PDF") {
        return Err(failure(
            "unsupported",
            "the file is a PDF; export the CSF 2.0 Reference Tool download as xlsx",
        ));
    }
    if data.starts_with(CFB) {
        // Excel saves a password-protected xlsx inside an OLE container of this name.
        let marker: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        if data.windows(marker.len()).any(|w| w == marker.as_slice()) {
            return Err(failure(
                "encrypted",
                "the workbook is protected with a password; save an unprotected copy and upload that",
            ));
        }
        return Err(failure(
            "unsupported",
            "the file is an Excel 97-2003 workbook; save it as xlsx",
        ));
    }
    if !data.starts_with(b"PK") {
        return Err(failure(
            "unsupported",
            "the file is not an xlsx workbook (the CSF 2.0 Reference Tool exports xlsx)",
        ));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| {
        failure(
            "unreadable",
            format!("the file is a damaged or truncated zip archive ({e}); download it again"),
        )
    })?;
    if archive.index_for_name("xl/workbook.xml").is_none() {
        return Err(failure(
            "unsupported",
            "the file is a zip archive but not an xlsx workbook (no xl/workbook.xml)",
        ));
    }
    // Sizes come from the central directory, so a zip bomb is refused before it expands.
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(|e| {
            failure(
                "unreadable",
                format!("the file is a damaged zip archive ({e})"),
            )
        })?;
        if entry.encrypted() {
            return Err(failure(
                "encrypted",
                "the workbook is encrypted; save an unprotected copy and upload that",
            ));
        }
        total = total.saturating_add(entry.size());
    }
    if total > limits.max_uncompressed_bytes {
        return Err(failure(
            "too-large",
            format!(
                "the workbook expands to {total} bytes, over the limit of {} bytes",
                limits.max_uncompressed_bytes
            ),
        ));
    }
    Ok(())
}

/// Sheet names read straight from `xl/workbook.xml`, without opening the workbook (which would
/// load every shared string): cheap enough for sniffing. Empty if anything is wrong.
pub fn sheet_names_cheaply(data: &[u8]) -> Vec<String> {
    const MAX_WORKBOOK_XML: u64 = 1024 * 1024;
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(data)) else {
        return Vec::new();
    };
    let Ok(entry) = archive.by_name("xl/workbook.xml") else {
        return Vec::new();
    };
    let mut xml = String::new();
    // `take` guards against a size the central directory understates.
    if entry
        .take(MAX_WORKBOOK_XML)
        .read_to_string(&mut xml)
        .is_err()
    {
        return Vec::new();
    }
    // Every `<sheet .../>` (or `<x:sheet .../>`) element's `name` attribute.
    xml.split('<')
        .filter(|tag| {
            let element = tag.split_whitespace().next().unwrap_or_default();
            element == "sheet" || element.ends_with(":sheet")
        })
        .filter_map(|tag| {
            let start = tag.find(" name=\"")? + " name=\"".len();
            let length = tag.get(start..)?.find('"')?;
            Some(unescape(tag.get(start..start + length)?))
        })
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Opens a workbook that [`check`] accepted.
pub fn open(data: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, ImportFailure> {
    Xlsx::new(Cursor::new(data))
        .map_err(|e| failure("unreadable", format!("the workbook cannot be read: {e}")))
}

/// One row of a sheet: its 1-based number and its non-empty cells as (0-based column, text).
#[derive(Debug, Default)]
pub struct Row {
    /// 1-based, as a spreadsheet shows it.
    pub number: u32,
    /// Non-empty cells, left to right.
    pub cells: Vec<(u32, String)>,
}

impl Row {
    /// The text in a column, if any.
    pub fn get(&self, column: u32) -> Option<&str> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, text)| text.as_str())
    }
}

/// Streams a sheet's rows with a non-empty cell, in order, to `each`. Cells come one by one
/// from the sheet's XML, so nothing is allocated by the dimensions a sheet declares; every
/// cell is checked against the limits first.
pub fn for_each_row(
    workbook: &mut Xlsx<Cursor<&[u8]>>,
    sheet: &str,
    limits: &Limits,
    each: &mut dyn FnMut(Row) -> Result<(), ImportFailure>,
) -> Result<(), ImportFailure> {
    let unreadable =
        |e: &dyn std::fmt::Display| failure("unreadable", format!("sheet `{sheet}`: {e}"));
    let mut reader = workbook
        .worksheet_cells_reader(sheet)
        .map_err(|e| unreadable(&e))?;
    let mut row = Row::default();
    let mut cells: u64 = 0;
    while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
        let (index, column) = cell.get_position();
        let Some(text) = text_of(cell.get_value()) else {
            continue;
        };
        let place = || format!("sheet `{sheet}`, row {}", u64::from(index) + 1);
        if index >= limits.max_rows {
            return Err(failure(
                "too-large",
                format!("{}: beyond the limit of {} rows", place(), limits.max_rows),
            ));
        }
        if column >= limits.max_columns {
            return Err(failure(
                "too-large",
                format!(
                    "{}: beyond the limit of {} columns",
                    place(),
                    limits.max_columns
                ),
            ));
        }
        cells += 1;
        if cells > limits.max_cells {
            return Err(failure(
                "too-large",
                format!(
                    "{}: more than {} non-empty cells",
                    place(),
                    limits.max_cells
                ),
            ));
        }
        if text.len() > limits.max_cell_bytes as usize {
            return Err(failure(
                "too-large",
                format!(
                    "{}: a cell of {} bytes, over the limit of {}",
                    place(),
                    text.len(),
                    limits.max_cell_bytes
                ),
            ));
        }
        // index < max_rows (a u32), so the 1-based number fits.
        let number = index + 1;
        if number != row.number {
            if !row.cells.is_empty() {
                each(std::mem::take(&mut row))?;
            }
            row.number = number;
        }
        row.cells.push((column, text));
    }
    if !row.cells.is_empty() {
        each(row)?;
    }
    Ok(())
}

/// A cell as text; `None` when empty. Only text matters in this file, numbers are kept as
/// written in case a reference was typed as one.
fn text_of(value: &DataRef<'_>) -> Option<String> {
    let text = match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => f.to_string(),
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::Empty | DataRef::Error(_) => return None,
    };
    (!text.trim().is_empty()).then_some(text)
}

/// `0 -> A`, `27 -> AB`.
pub fn column_letter(mut column: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (column % 26) as u8));
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        for (index, letters) in [(0, "A"), (4, "E"), (25, "Z"), (26, "AA"), (16383, "XFD")] {
            assert_eq!(column_letter(index), letters);
        }
    }

    #[test]
    fn csf_sheet_names() {
        assert!(is_csf_sheet_name("CSF 2.0"));
        assert!(is_csf_sheet_name("csf_2.0 core"));
        assert!(!is_csf_sheet_name("Introduction"));
        assert!(!is_csf_sheet_name("CSF 1.1"));
    }
}
