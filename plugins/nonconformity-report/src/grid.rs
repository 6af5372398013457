//! What a cell of a register is (dates matter here), read by the shared spreadsheet reader
//! ([`closeout_plugin_sheet`]), which holds every file to the import's limits.

use calamine::DataRef;
use chrono::NaiveDate;
use closeout_plugin_abi::ImportFailure;
use closeout_plugin_sheet::CellValue;
pub use closeout_plugin_sheet::{
    Budget, Format, SecondCopy, Workbook, column_index, column_letter, csv_rows, failure,
    sniff_delimiter,
};

/// A non-empty cell value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text, trimmed of nothing (callers trim).
    Text(String),
    /// A number.
    Number(f64),
    /// A date (an Excel date cell, or an ISO date-time cell).
    Date(NaiveDate),
    /// A boolean.
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

    /// The cell as a person would read it.
    pub fn display(&self) -> String {
        match self {
            Value::Text(text) => text.trim().to_owned(),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Value::Number(n) => format!("{n}"),
            Value::Date(d) => d.to_string(),
            Value::Bool(b) => b.to_string(),
        }
    }
}

impl CellValue for Value {
    fn from_data(data: &DataRef<'_>) -> Option<Value> {
        let value = match data {
            DataRef::Empty => return None,
            DataRef::String(s) => Value::Text(s.clone()),
            DataRef::SharedString(s) => Value::Text((*s).to_owned()),
            DataRef::Int(i) => Value::Number(*i as f64),
            DataRef::Float(f) => Value::Number(*f),
            DataRef::Bool(b) => Value::Bool(*b),
            DataRef::DateTime(dt) if dt.is_datetime() => {
                match crate::dates::from_serial(dt.as_f64()) {
                    Some(date) => Value::Date(date),
                    None => Value::Number(dt.as_f64()),
                }
            }
            DataRef::DateTime(dt) => Value::Number(dt.as_f64()),
            DataRef::DateTimeIso(s) => {
                match NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
                    Ok(date) => Value::Date(date),
                    Err(_) => Value::Text(s.clone()),
                }
            }
            DataRef::DurationIso(s) => Value::Text(s.clone()),
            DataRef::Error(_) => return None,
        };
        match &value {
            Value::Text(t) if t.trim().is_empty() => None,
            _ => Some(value),
        }
    }

    fn text_len(&self) -> usize {
        self.as_text().map_or(0, str::len)
    }
}

/// One row: its 0-based index and its non-empty cells by 0-based column, left to right.
pub type Row = closeout_plugin_sheet::Row<Value>;

/// Tells the format from the bytes (never from the name alone).
pub fn detect(data: &[u8]) -> Result<Format, ImportFailure> {
    closeout_plugin_sheet::detect(data, "export the register as xlsx or CSV")
}

/// Decodes delimited text (UTF-8 with or without BOM, UTF-16 with BOM, else the legacy code
/// page that spells the most words a register uses, Windows-1252 when none does better) and
/// returns its text and the encoding's name.
pub fn decode_text(data: &[u8]) -> (String, &'static str) {
    let (text, encoding) = closeout_plugin_sheet::decode_text_judged(data, &known_cells);
    (text, encoding.name())
}

/// How many cells of a text's first lines are words of the lexicon (a header's, a grade, a
/// status): the judge of a legacy code page, which only the right one spells.
fn known_cells(text: &str) -> usize {
    let lexicon = closeout_lexicon::lexicon();
    text.lines()
        .take(40)
        .flat_map(|line| line.split([',', ';', '\t', '|']))
        .map(|cell| cell.trim().trim_matches('"').trim())
        // Enough to tell code pages apart, whatever the width of the lines.
        .take(400)
        .filter(|cell| {
            !cell.is_empty()
                && cell.chars().count() <= 60
                && (!lexicon.fields_named(cell).is_empty()
                    || lexicon.grade(cell).is_some()
                    || lexicon.status(cell).is_some())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_round_trip() {
        for (index, letters) in [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (16383, "XFD")] {
            assert_eq!(column_letter(index), letters);
            assert_eq!(column_index(letters), Some(index));
        }
        assert_eq!(column_index("A1"), None);
    }

    #[test]
    fn delimiters_and_encodings() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3\n", "x.csv"), b';');
        assert_eq!(sniff_delimiter("Title line\na,b,c\n1,2,3\n", "x.csv"), b',');
        assert_eq!(sniff_delimiter("a\tb\n", "x.tsv"), b'\t');
        let (text, encoding) = decode_text(b"\xEF\xBB\xBFNC ID,Grade");
        assert_eq!((text.as_str(), encoding), ("NC ID,Grade", "UTF-8"));
        let (text, encoding) = decode_text(b"Caf\xe9");
        assert_eq!((text.as_str(), encoding), ("Café", "windows-1252"));
    }

    #[test]
    fn a_register_saved_in_a_legacy_code_page_is_read_in_it() {
        for (text, encoding) in [
            (
                "Номер несоответствия;Категория;Описание несоответствия\nНС-01;Значительное несоответствие;Внутренний аудит не проводился.",
                encoding_rs::WINDOWS_1251,
            ),
            (
                "No.,指摘区分,指摘内容\n1,軽微な不適合,記録が保管されていない。",
                encoding_rs::SHIFT_JIS,
            ),
            (
                "序号,不符合类型,不符合事实描述\n1,一般不符合,未实施内部审核。",
                encoding_rs::GBK,
            ),
            (
                "項次,缺失等級,缺失內容\n1,次要缺失,帳號未停用。",
                encoding_rs::BIG5,
            ),
            (
                "Sıra No;Bulgu Türü;Uygunsuzluk Tanımı\n1;Minör Uygunsuzluk;İç denetim yapılmamıştır.",
                encoding_rs::WINDOWS_1254,
            ),
            (
                "Lp;Kategoria;Opis niezgodności\n1;Niezgodność mała;Brak przeglądu uprawnień.",
                encoding_rs::WINDOWS_1250,
            ),
        ] {
            let (bytes, _, _) = encoding.encode(text);
            let (decoded, name) = decode_text(&bytes);
            assert_eq!((decoded.as_str(), name), (text, encoding.name()));
        }
    }
}
