//! What a cell of an SoA is, read by the shared spreadsheet reader
//! ([`closeout_plugin_sheet`]), which holds every file to the import's limits.

use calamine::DataRef;
use closeout_plugin_abi::ImportFailure;
use closeout_plugin_sheet::CellValue;
pub use closeout_plugin_sheet::{
    Budget, Format, Workbook, column_index, column_letter, csv_rows, failure, sniff_delimiter,
};

/// A non-empty cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text as written (callers trim).
    Text(String),
    /// A number (dates come as their serial number: no column of an SoA needs them).
    Number(f64),
    /// A boolean (`TRUE`/`FALSE`, a ticked box).
    Bool(bool),
}

impl Value {
    /// The text of a text cell.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The cell as a spreadsheet shows it: `5.1` for the number 5.1, `TRUE` for a boolean.
    pub fn display(&self) -> String {
        match self {
            Value::Text(text) => text.trim().to_owned(),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Value::Number(n) => format!("{n}"),
            Value::Bool(true) => "TRUE".to_owned(),
            Value::Bool(false) => "FALSE".to_owned(),
        }
    }
}

impl CellValue for Value {
    fn from_data(data: &DataRef<'_>) -> Option<Value> {
        let text = |text: String| (!text.trim().is_empty()).then_some(Value::Text(text));
        match data {
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                text(s.clone())
            }
            DataRef::SharedString(s) => text((*s).to_owned()),
            DataRef::Int(i) => Some(Value::Number(*i as f64)),
            DataRef::Float(f) => Some(Value::Number(*f)),
            DataRef::DateTime(d) => Some(Value::Number(d.as_f64())),
            DataRef::Bool(b) => Some(Value::Bool(*b)),
            DataRef::Empty | DataRef::Error(_) => None,
        }
    }

    fn text_len(&self) -> usize {
        self.as_text().map_or(0, str::len)
    }
}

/// One row with a non-empty cell: its 0-based index (CSV: record index) and its cells by
/// 0-based column.
pub type Row = closeout_plugin_sheet::Row<Value>;

/// Tells the format from the bytes; this plugin reads xlsx, xlsm, ods and delimited text.
pub fn detect(data: &[u8]) -> Result<Format, ImportFailure> {
    closeout_plugin_sheet::detect(
        data,
        "export the Statement of Applicability as xlsx, ods or CSV",
    )?
    .xlsx_ods_or_csv()
}

/// Decodes delimited text; returns the text and the encoding's name (`windows-1252` when the
/// file is not UTF-8).
pub fn decode_text(data: &[u8]) -> (String, &'static str) {
    let (text, encoding) = closeout_plugin_sheet::decode_text(data);
    (text, encoding.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_round_trip() {
        for (index, letters) in [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (16383, "XFD")] {
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
        assert_eq!(sniff_delimiter("Title\na,b,c\n1,2,3\n", "x.csv"), b',');
        let (text, encoding) = decode_text(b"\xEF\xBB\xBFControl;Applicable");
        assert_eq!((text.as_str(), encoding), ("Control;Applicable", "UTF-8"));
        let (text, encoding) = decode_text(b"Caf\xe9");
        assert_eq!((text.as_str(), encoding), ("Café", "windows-1252"));
    }

    #[test]
    fn values_display_as_a_spreadsheet_shows_them() {
        assert_eq!(Value::Number(5.1).display(), "5.1");
        assert_eq!(Value::Number(8.0).display(), "8");
        assert_eq!(Value::Bool(true).display(), "TRUE");
        assert_eq!(Value::Text("  Yes ".into()).display(), "Yes");
    }
}
