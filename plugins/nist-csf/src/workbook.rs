//! The xlsx container: what the bytes are, the sheet names, and a sheet's cells streamed row
//! by row within the import's limits, by the shared spreadsheet reader
//! ([`closeout_plugin_sheet`]).

use std::io::{Cursor, Read};

use closeout_plugin_abi::{ImportFailure, Limits};
use closeout_plugin_sheet::{Budget, Format, Workbook};
pub use closeout_plugin_sheet::{column_letter, failure};

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

/// Opens the bytes as an xlsx workbook once the archive is known to expand within the
/// limits, or explains what they are instead.
pub fn open<'a>(data: &'a [u8], limits: &Limits) -> Result<Workbook<'a>, ImportFailure> {
    let advice = "export the CSF 2.0 Reference Tool download as xlsx";
    match closeout_plugin_sheet::detect(data, advice)? {
        Format::Xlsx => Workbook::open(data, Format::Xlsx, limits),
        Format::Xls => Err(failure(
            "unsupported",
            "the file is an Excel 97-2003 workbook; save it as xlsx",
        )),
        _ => Err(failure(
            "unsupported",
            "the file is not an xlsx workbook (the CSF 2.0 Reference Tool exports xlsx)",
        )),
    }
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

/// Streams a sheet's rows with a non-empty cell, in order, to `each`; every cell is checked
/// against the limits first.
pub fn for_each_row(
    workbook: &mut Workbook<'_>,
    sheet: &str,
    limits: &Limits,
    each: &mut dyn FnMut(Row) -> Result<(), ImportFailure>,
) -> Result<(), ImportFailure> {
    let mut budget = Budget::new(*limits);
    workbook.for_each_row(
        sheet,
        &mut budget,
        &mut |row: closeout_plugin_sheet::Row<String>| {
            // index < max_rows (a u32), so the 1-based number fits.
            each(Row {
                number: row.index + 1,
                cells: row.cells,
            })?;
            Ok(true)
        },
    )
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
