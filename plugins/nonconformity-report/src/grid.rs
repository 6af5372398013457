//! Rows of cells from any supported file, streamed where the format allows, with caps on rows,
//! columns, cells and sizes so that no file can make the plugin allocate by what it declares.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader};
use chrono::NaiveDate;
use closeout_plugin_abi::{ImportFailure, Limits};

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

/// One row: its 0-based index and its non-empty cells by 0-based column, left to right.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// 0-based row index.
    pub index: u32,
    /// Non-empty cells.
    pub cells: Vec<(u32, Value)>,
}

impl Row {
    /// The cell in a column.
    pub fn get(&self, column: u32) -> Option<&Value> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, v)| v)
    }
}

/// `0 -> A`, `27 -> AB`.
pub fn column_letter(mut column: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// `A -> 0`, `AB -> 27`; `None` for anything that is not 1-3 letters.
pub fn column_index(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    letters
        .bytes()
        .try_fold(0u32, |acc, b| {
            Some(acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1)
        })
        .map(|n| n - 1)
}

/// `A1`-style name of a cell.
pub fn cell_name(row: u32, column: u32) -> String {
    format!("{}{}", column_letter(column), row + 1)
}

pub(crate) fn failure(kind: &str, message: impl Into<String>) -> ImportFailure {
    ImportFailure {
        kind: kind.to_owned(),
        message: message.into(),
    }
}

/// Counts cells across the whole file and enforces the limits on each one.
pub struct Budget {
    limits: Limits,
    cells: u64,
}

impl Budget {
    /// A budget for one import.
    pub fn new(limits: Limits) -> Budget {
        Budget { limits, cells: 0 }
    }

    /// Checks one non-empty cell at (row, column) of `sheet`.
    pub fn admit(
        &mut self,
        sheet: &str,
        row: u32,
        column: u32,
        value: &Value,
    ) -> Result<(), ImportFailure> {
        let place = || format!("sheet `{sheet}`, cell {}", cell_name(row, column));
        if column >= self.limits.max_columns {
            return Err(failure(
                "too-large",
                format!(
                    "{}: beyond the limit of {} columns",
                    place(),
                    self.limits.max_columns
                ),
            ));
        }
        if row >= self.limits.max_rows {
            return Err(failure(
                "too-large",
                format!(
                    "{}: beyond the limit of {} rows",
                    place(),
                    self.limits.max_rows
                ),
            ));
        }
        self.cells += 1;
        if self.cells > self.limits.max_cells {
            return Err(failure(
                "too-large",
                format!(
                    "more than {} non-empty cells (at {})",
                    self.limits.max_cells,
                    place()
                ),
            ));
        }
        if let Value::Text(text) = value
            && text.len() > self.limits.max_cell_bytes as usize
        {
            return Err(failure(
                "too-large",
                format!(
                    "{}: {} bytes of text, over the limit of {}",
                    place(),
                    text.len(),
                    self.limits.max_cell_bytes
                ),
            ));
        }
        Ok(())
    }
}

fn from_data_ref(data: &DataRef<'_>) -> Option<Value> {
    let value = match data {
        DataRef::Empty => return None,
        DataRef::String(s) => Value::Text(s.clone()),
        DataRef::SharedString(s) => Value::Text((*s).to_owned()),
        DataRef::Int(i) => Value::Number(*i as f64),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(dt) if dt.is_datetime() => match crate::dates::from_serial(dt.as_f64()) {
            Some(date) => Value::Date(date),
            None => Value::Number(dt.as_f64()),
        },
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

fn from_data(data: &Data) -> Option<Value> {
    let as_ref = match data {
        Data::Empty => DataRef::Empty,
        Data::String(s) => DataRef::String(s.clone()),
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(dt) => DataRef::DateTime(*dt),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
    };
    from_data_ref(&as_ref)
}

/// The formats this plugin reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML workbook (xlsx, xlsm).
    Xlsx,
    /// Binary workbook.
    Xlsb,
    /// Excel 97-2003.
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
    /// Delimited text.
    Csv,
}

/// Tells the format from the bytes (never from the name alone).
pub fn detect(data: &[u8]) -> Result<Format, ImportFailure> {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06") {
        let archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| {
            failure("unreadable", format!("the file is a damaged or truncated zip archive ({e}); save it again from your spreadsheet program"))
        })?;
        let names: Vec<String> = archive
            .file_names()
            .filter_map(|name| name.ok().map(|n| n.into_owned()))
            .collect();
        let has = |wanted: &str| names.iter().any(|n| n == wanted);
        return if has("xl/workbook.xml") {
            Ok(Format::Xlsx)
        } else if has("xl/workbook.bin") {
            Ok(Format::Xlsb)
        } else if has("content.xml") {
            Ok(Format::Ods)
        } else {
            Err(failure(
                "unsupported",
                "the file is a zip archive but not a spreadsheet (no workbook inside)",
            ))
        };
    }
    if data.starts_with(CFB) {
        let marker: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        if data.windows(marker.len()).any(|w| w == marker.as_slice()) {
            return Err(failure(
                "encrypted",
                "the workbook is encrypted with a password; save an unprotected copy and upload that",
            ));
        }
        return Ok(Format::Xls);
    }
    if data.starts_with(b"%PDF") {
        return Err(failure(
            "unsupported",
            "the file is a PDF, not a spreadsheet; export the register as xlsx or CSV",
        ));
    }
    let head = &data[..data.len().min(8192)];
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    if data.is_empty() {
        return Err(failure("unreadable", "the file is empty"));
    }
    if !utf16 && head.contains(&0) {
        return Err(failure(
            "unsupported",
            "the file is neither a spreadsheet nor text",
        ));
    }
    Ok(Format::Csv)
}

/// Refuses archives that would expand beyond the limit, before any of them is decompressed.
pub fn check_archive(data: &[u8], limits: &Limits) -> Result<(), ImportFailure> {
    let mut archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| {
        failure(
            "unreadable",
            format!("the file is a damaged zip archive ({e})"),
        )
    })?;
    if archive.len() > 10_000 {
        return Err(failure(
            "too-large",
            format!("the archive holds {} entries", archive.len()),
        ));
    }
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
                "the workbook expands to {} MB, over the limit of {} MB",
                total / 1_048_576,
                limits.max_uncompressed_bytes / 1_048_576
            ),
        ));
    }
    Ok(())
}

/// A spreadsheet opened for reading sheet by sheet.
pub enum Workbook<'a> {
    /// xlsx or xlsm.
    Xlsx(calamine::Xlsx<Cursor<&'a [u8]>>),
    /// xlsb.
    Xlsb(calamine::Xlsb<Cursor<&'a [u8]>>),
    /// xls.
    Xls(calamine::Xls<Cursor<&'a [u8]>>),
    /// ods.
    Ods(calamine::Ods<Cursor<&'a [u8]>>),
}

fn open_error(error: impl std::fmt::Display) -> ImportFailure {
    let text = error.to_string();
    if text.to_lowercase().contains("password") || text.to_lowercase().contains("encrypt") {
        failure(
            "encrypted",
            "the workbook is protected with a password; save an unprotected copy and upload that",
        )
    } else {
        failure("unreadable", format!("the workbook cannot be read: {text}"))
    }
}

impl<'a> Workbook<'a> {
    /// Opens a workbook of a detected format.
    pub fn open(
        data: &'a [u8],
        format: Format,
        limits: &Limits,
    ) -> Result<Workbook<'a>, ImportFailure> {
        let cursor = Cursor::new(data);
        Ok(match format {
            Format::Xlsx => {
                check_archive(data, limits)?;
                Workbook::Xlsx(calamine::open_workbook_from_rs(cursor).map_err(open_error)?)
            }
            Format::Xlsb => {
                check_archive(data, limits)?;
                Workbook::Xlsb(calamine::open_workbook_from_rs(cursor).map_err(open_error)?)
            }
            Format::Ods => {
                check_archive(data, limits)?;
                Workbook::Ods(calamine::open_workbook_from_rs(cursor).map_err(open_error)?)
            }
            Format::Xls => {
                Workbook::Xls(calamine::open_workbook_from_rs(cursor).map_err(open_error)?)
            }
            Format::Csv => return Err(failure("unsupported", "CSV is not a workbook")),
        })
    }

    /// Sheet names in workbook order.
    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Workbook::Xlsx(w) => w.sheet_names(),
            Workbook::Xlsb(w) => w.sheet_names(),
            Workbook::Xls(w) => w.sheet_names(),
            Workbook::Ods(w) => w.sheet_names(),
        }
    }

    /// Vertically merged regions of a sheet, as (first row, last row, column) triples, where
    /// the format reports them.
    pub fn merged_columns(&mut self, sheet: &str) -> Vec<(u32, u32, u32)> {
        let regions: Vec<calamine::Dimensions> = match self {
            Workbook::Xlsx(w) => w.merge_cells_by_sheet_name(sheet).unwrap_or_default(),
            Workbook::Xls(w) => w.merge_cells_by_sheet_name(sheet).unwrap_or_default(),
            _ => Vec::new(),
        };
        regions
            .into_iter()
            .filter(|d| d.end.0 > d.start.0)
            .flat_map(|d| {
                (d.start.1..=d.end.1.min(d.start.1 + 50)).map(move |c| (d.start.0, d.end.0, c))
            })
            .collect()
    }

    /// Reads a sheet's rows, calling `each` for every row with a non-empty cell, in order.
    /// xlsx and xlsb are streamed cell by cell; xls and ods are read whole (xls is bounded by
    /// its format; ods by the archive limit).
    pub fn for_each_row(
        &mut self,
        sheet: &str,
        budget: &mut Budget,
        each: &mut dyn FnMut(Row) -> Result<(), ImportFailure>,
    ) -> Result<(), ImportFailure> {
        let mut current = Row::default();
        let mut started = false;
        let mut push = |row: u32,
                        column: u32,
                        value: Value,
                        budget: &mut Budget|
         -> Result<(), ImportFailure> {
            budget.admit(sheet, row, column, &value)?;
            if !started || row != current.index {
                if started && !current.cells.is_empty() {
                    each(std::mem::take(&mut current))?;
                }
                current = Row {
                    index: row,
                    cells: Vec::new(),
                };
                started = true;
            }
            current.cells.push((column, value));
            Ok(())
        };
        let unreadable = |e: &dyn std::fmt::Display| {
            failure("unreadable", format!("sheet `{sheet}` cannot be read: {e}"))
        };
        // xlsx and xlsb stream; xls and ods come as a whole range.
        let range = match self {
            Workbook::Xlsx(w) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| unreadable(&e))?;
                while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                    let (row, column) = cell.get_position();
                    if let Some(value) = from_data_ref(cell.get_value()) {
                        push(row, column, value, budget)?;
                    }
                }
                None
            }
            Workbook::Xlsb(w) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| unreadable(&e))?;
                while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                    let (row, column) = cell.get_position();
                    if let Some(value) = from_data_ref(cell.get_value()) {
                        push(row, column, value, budget)?;
                    }
                }
                None
            }
            Workbook::Xls(w) => Some(w.worksheet_range(sheet).map_err(|e| unreadable(&e))?),
            Workbook::Ods(w) => Some(w.worksheet_range(sheet).map_err(|e| unreadable(&e))?),
        };
        if let Some(range) = range {
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, column, data) in range.used_cells() {
                if let Some(value) = from_data(data) {
                    push(top + row as u32, left + column as u32, value, budget)?;
                }
            }
        }
        if started && !current.cells.is_empty() {
            each(current)?;
        }
        Ok(())
    }
}

/// Decodes delimited text (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and
/// returns its text and the encoding used.
pub fn decode_text(data: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(data) {
        let (text, _, _) = encoding.decode(&data[bom..]);
        return (text.into_owned(), encoding.name());
    }
    match std::str::from_utf8(data) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(data);
            (text.into_owned(), "windows-1252")
        }
    }
}

/// Picks the delimiter that splits the first lines most consistently.
pub fn sniff_delimiter(text: &str, file_name: &str) -> u8 {
    if file_name.to_lowercase().ends_with(".tsv") {
        return b'\t';
    }
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b',', 0usize);
    for delimiter in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| l.bytes().filter(|b| *b == delimiter).count())
            .collect();
        let max = counts.iter().copied().max().unwrap_or(0);
        // Rows at the table's width: title rows above a CSV table have fewer delimiters.
        let at_width = counts.iter().filter(|c| **c == max && max > 0).count();
        let score = at_width * max;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// Reads delimited text row by row.
pub fn csv_rows(
    text: &str,
    delimiter: u8,
    budget: &mut Budget,
    each: &mut dyn FnMut(Row) -> Result<(), ImportFailure>,
) -> Result<(), ImportFailure> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut index: u32 = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(failure("unreadable", format!("line {}: {e}", index + 1)));
            }
        }
        if record.len() as u64 > u64::from(budget.limits.max_columns)
            && record
                .iter()
                .skip(budget.limits.max_columns as usize)
                .any(|f| !f.trim().is_empty())
        {
            return Err(failure(
                "too-large",
                format!(
                    "line {} has {} columns, over the limit of {}",
                    index + 1,
                    record.len(),
                    budget.limits.max_columns
                ),
            ));
        }
        let mut row = Row {
            index,
            cells: Vec::new(),
        };
        for (column, field) in record.iter().enumerate() {
            if field.trim().is_empty() {
                continue;
            }
            let value = Value::Text(field.to_owned());
            budget.admit("", index, column as u32, &value)?;
            row.cells.push((column as u32, value));
        }
        if !row.cells.is_empty() {
            each(row)?;
        }
        index = index.saturating_add(1);
        if index >= budget.limits.max_rows {
            return Err(failure(
                "too-large",
                format!("more than {} lines", budget.limits.max_rows),
            ));
        }
    }
    Ok(())
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
}
