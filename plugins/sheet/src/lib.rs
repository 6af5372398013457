//! Spreadsheet reading shared by the importer plugins, so that every plugin refuses the same
//! hostile files the same way: the format is told from the bytes ([`detect`]), archives are
//! measured before they expand ([`check_archive`], [`check_ods_area`]), cells are streamed and
//! counted against the import's [`Limits`](closeout_plugin_abi::Limits) ([`Workbook`],
//! [`Budget`]), delimited text is decoded and split ([`decode_text`], [`csv_rows`]), and
//! vertically merged cells are filled down ([`FillDown`]).
//!
//! What a cell *means* stays in each plugin: a plugin says how it reads one through
//! [`CellValue`], and what its headers and rows are is its own business.

mod archive;
mod format;
mod merged;
mod sheet_xml;
mod text;
mod vocabulary;
mod workbook;

use closeout_plugin_abi::ImportFailure;

pub use archive::{check_archive, check_ods_area};
pub use format::{Format, detect};
pub use merged::{FillDown, InColumn};
pub use text::{
    Encoding, csv_rows, decode_prefix, decode_text, decode_text_judged, sniff_delimiter,
};
pub use vocabulary::{
    Mapped, has_phrase, header_texts, normalise, override_field, override_fields,
};
pub use workbook::{Budget, CellValue, EachRow, Row, SecondCopy, Workbook, number_text};

/// A failure of a given kind; the kinds are the ABI's (`unreadable`, `too-large`...).
pub fn failure(kind: &str, message: impl Into<String>) -> ImportFailure {
    ImportFailure {
        kind: kind.to_owned(),
        message: message.into(),
    }
}

/// `0 -> A`, `27 -> AB`: issues name columns as the spreadsheet shows them.
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

/// `A -> 0`, `AB -> 27`; `None` for anything but 1-3 letters, so that a `columns` option
/// naming a header is not mistaken for a column.
pub fn column_index(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    letters
        .bytes()
        .fold(0u32, |acc, b| {
            acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
        })
        .checked_sub(1)
}

/// `A1`-style name of a cell, from 0-based indexes.
pub fn cell_name(row: u32, column: u32) -> String {
    format!("{}{}", column_letter(column), u64::from(row) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_round_trip() {
        for (index, letters) in [
            (0, "A"),
            (1, "B"),
            (4, "E"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (16383, "XFD"),
        ] {
            assert_eq!(column_letter(index), letters);
            assert_eq!(column_index(letters), Some(index));
        }
        assert_eq!(column_index("b"), Some(1));
        assert_eq!(column_index("A1"), None);
        assert_eq!(column_index(""), None);
        assert_eq!(cell_name(1, 2), "C2");
    }
}
