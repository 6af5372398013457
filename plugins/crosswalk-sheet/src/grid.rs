//! What a cell of a crosswalk is (its text, and whether it was a number), read by the shared
//! spreadsheet reader ([`closeout_plugin_sheet`]), which holds every file to the import's
//! limits.

use calamine::DataRef;
use closeout_plugin_abi::ImportFailure;
pub use closeout_plugin_sheet::{
    Budget, Format, Workbook, column_index, column_letter, failure, sniff_delimiter,
};
use closeout_plugin_sheet::{CellValue, number_text};

/// A non-empty cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// 0-based column.
    pub column: u32,
    /// The cell as a person reads it (numbers without a trailing `.0`).
    pub text: String,
    /// The cell held a number, not text (`5.10` typed in Excel becomes `5.1`).
    pub number: bool,
}

impl closeout_plugin_sheet::InColumn for Cell {
    fn column(&self) -> u32 {
        self.column
    }
}

/// One row: its 0-based index and its non-empty cells, left to right.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// 0-based row index (record index for delimited text).
    pub index: u32,
    /// Non-empty cells.
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cell in a column.
    pub fn get(&self, column: u32) -> Option<&Cell> {
        self.cells.iter().find(|c| c.column == column)
    }

    /// The trimmed text in a column, if any.
    pub fn text(&self, column: u32) -> Option<&str> {
        self.get(column).map(|c| c.text.trim())
    }
}

/// A cell before the reader places it in its row: the shared reader keeps columns itself.
struct Text {
    text: String,
    number: bool,
}

impl CellValue for Text {
    fn from_data(data: &DataRef<'_>) -> Option<Text> {
        let (text, number) = match data {
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                (s.clone(), false)
            }
            DataRef::SharedString(s) => ((*s).to_owned(), false),
            DataRef::Int(i) => (i.to_string(), true),
            DataRef::Float(f) => (number_text(*f), true),
            DataRef::DateTime(d) => (number_text(d.as_f64()), true),
            DataRef::Bool(b) => (b.to_string(), false),
            DataRef::Empty | DataRef::Error(_) => return None,
        };
        (!text.trim().is_empty()).then_some(Text { text, number })
    }

    // Numbers count too: their text is what this plugin keeps.
    fn text_len(&self) -> usize {
        self.text.len()
    }
}

fn row(row: closeout_plugin_sheet::Row<Text>) -> Row {
    Row {
        index: row.index,
        cells: row
            .cells
            .into_iter()
            .map(|(column, Text { text, number })| Cell {
                column,
                text,
                number,
            })
            .collect(),
    }
}

/// Called with each row in order; returns `false` to stop reading the sheet.
pub type EachRow<'e> = dyn FnMut(Row) -> Result<bool, ImportFailure> + 'e;

/// Reads a sheet's rows that have a non-empty cell, in order, until `each` says stop.
pub fn sheet_rows(
    workbook: &mut Workbook<'_>,
    sheet: &str,
    budget: &mut Budget,
    each: &mut EachRow<'_>,
) -> Result<(), ImportFailure> {
    workbook.for_each_row(sheet, budget, &mut |r| each(row(r)))
}

/// Reads delimited text record by record, until `each` says stop.
pub fn csv_rows(
    text: &str,
    delimiter: u8,
    budget: &mut Budget,
    each: &mut EachRow<'_>,
) -> Result<(), ImportFailure> {
    closeout_plugin_sheet::csv_rows(text, delimiter, budget, &mut |r| each(row(r)))
}

/// Tells the format from the bytes (never from the name); this plugin reads xlsx, xlsm, ods
/// and delimited text.
pub fn detect(data: &[u8]) -> Result<Format, ImportFailure> {
    closeout_plugin_sheet::detect(data, "export the crosswalk as xlsx or CSV")?.xlsx_ods_or_csv()
}

/// Decodes delimited text; returns the text and a label of the encoding that says whether a
/// BOM was there (`UTF-8 (BOM)`).
pub fn decode_text(data: &[u8]) -> (String, &'static str) {
    let (text, encoding) = closeout_plugin_sheet::decode_text(data);
    (text, encoding.label())
}

#[cfg(test)]
mod tests {
    use closeout_plugin_abi::Limits;

    use super::*;

    #[test]
    fn column_letters_round_trip() {
        for (index, letters) in [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (16383, "XFD")] {
            assert_eq!(column_letter(index), letters);
            assert_eq!(column_index(letters), Some(index));
        }
        assert_eq!(column_index("b"), Some(1));
        assert_eq!(column_index("A1"), None);
        assert_eq!(column_index(""), None);
    }

    #[test]
    fn delimiters_and_encodings() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3\n", "x.csv"), b';');
        assert_eq!(sniff_delimiter("Title line\na,b,c\n1,2,3\n", "x.csv"), b',');
        assert_eq!(sniff_delimiter("a,b\n", "x.tsv"), b'\t');
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFSource;Target"),
            ("Source;Target".to_owned(), "UTF-8 (BOM)")
        );
        assert_eq!(
            decode_text(b"\xFF\xFEA\0;\0B\0"),
            ("A;B".to_owned(), "UTF-16LE")
        );
        assert_eq!(
            decode_text(b"Caf\xe9 \x93x\x94"),
            ("Café “x”".to_owned(), "Windows-1252")
        );
    }

    #[test]
    fn formats_from_bytes() {
        assert_eq!(detect(b"a,b\n").ok(), Some(Format::Csv));
        assert_eq!(
            detect(b"").map_err(|f| f.kind).err().as_deref(),
            Some("unreadable")
        );
        assert_eq!(
            detect(b"%PDF-1.7").map_err(|f| f.kind).err().as_deref(),
            Some("unsupported")
        );
        assert_eq!(
            detect(b"PK\x03\x04garbage")
                .map_err(|f| f.kind)
                .err()
                .as_deref(),
            Some("unreadable")
        );
    }

    #[test]
    fn limits_hold() {
        let mut budget = Budget::new(Limits {
            max_cells: 3,
            ..Limits::default()
        });
        let mut seen = 0;
        let result = csv_rows("a,b\nc,d\n", b',', &mut budget, &mut |_| {
            seen += 1;
            Ok(true)
        });
        assert_eq!(result.map_err(|f| f.kind), Err("too-large".to_owned()));
        assert_eq!(seen, 1);
    }
}
