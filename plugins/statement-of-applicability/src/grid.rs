//! Rows of cells from an xlsx/xlsm workbook, an ods spreadsheet or delimited text, within the
//! import's limits: nothing is allocated by what a file declares, and a compressed container is
//! measured before it is opened.

use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Reader};
use closeout_plugin_abi::{ImportFailure, Limits};

/// The failure kind a row callback returns to stop reading early (sniffing); never reported.
pub const STOP: &str = "stop";

/// A failure of a given kind.
pub fn failure(kind: &str, message: impl Into<String>) -> ImportFailure {
    ImportFailure {
        kind: kind.to_owned(),
        message: message.into(),
    }
}

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

/// One row with a non-empty cell: its 0-based index and its cells by 0-based column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// 0-based row index (CSV: record index).
    pub index: u32,
    /// Non-empty cells, left to right.
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
        letters.push(char::from(b'A' + (column % 26) as u8));
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// `A -> 0`, `AB -> 27`; `None` for anything but 1-3 letters.
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

/// Counts cells across the whole file and holds each one to the limits.
pub struct Budget {
    limits: Limits,
    cells: u64,
}

impl Budget {
    /// A budget for one import.
    pub fn new(limits: Limits) -> Budget {
        Budget { limits, cells: 0 }
    }

    /// Admits one non-empty cell at (row, column), or says which limit it breaks and where.
    pub fn admit(
        &mut self,
        sheet: Option<&str>,
        row: u32,
        column: u32,
        value: &Value,
    ) -> Result<(), ImportFailure> {
        let place = || {
            let cell = format!("{}{}", column_letter(column), u64::from(row) + 1);
            match sheet {
                Some(sheet) => format!("sheet `{sheet}`, cell {cell}"),
                None => format!("cell {cell}"),
            }
        };
        let limits = &self.limits;
        if row >= limits.max_rows {
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
        self.cells += 1;
        if self.cells > limits.max_cells {
            return Err(failure(
                "too-large",
                format!(
                    "{}: more than {} non-empty cells in the file",
                    place(),
                    limits.max_cells
                ),
            ));
        }
        if let Value::Text(text) = value
            && text.len() > limits.max_cell_bytes as usize
        {
            return Err(failure(
                "too-large",
                format!(
                    "{}: {} bytes of text, over the limit of {} bytes per cell",
                    place(),
                    text.len(),
                    limits.max_cell_bytes
                ),
            ));
        }
        Ok(())
    }
}

/// The formats this plugin reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML workbook (xlsx, xlsm).
    Xlsx,
    /// OpenDocument spreadsheet.
    Ods,
    /// Delimited text.
    Csv,
}

/// Tells the format from the bytes, never from the name.
pub fn detect(data: &[u8]) -> Result<Format, ImportFailure> {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if data.is_empty() {
        return Err(failure("unreadable", "the file is empty"));
    }
    if data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06") {
        let archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| {
            failure(
                "unreadable",
                format!(
                    "the file is a damaged or truncated zip archive ({e}); save it again from your spreadsheet program"
                ),
            )
        })?;
        return if archive.index_for_name("xl/workbook.xml").is_some() {
            Ok(Format::Xlsx)
        } else if archive.index_for_name("content.xml").is_some() {
            Ok(Format::Ods)
        } else if archive.index_for_name("xl/workbook.bin").is_some() {
            Err(failure(
                "unsupported",
                "the file is an Excel binary workbook (xlsb); save it as xlsx",
            ))
        } else {
            Err(failure(
                "unsupported",
                "the file is a zip archive but not a spreadsheet (no workbook inside)",
            ))
        };
    }
    if data.starts_with(CFB) {
        // Excel saves a password-protected xlsx inside an OLE container holding this stream.
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
            "the file is an Excel 97-2003 workbook (xls); save it as xlsx",
        ));
    }
    if data.starts_with(b"%PDF") {
        return Err(failure(
            "unsupported",
            "the file is a PDF, not a spreadsheet; export the Statement of Applicability as xlsx, ods or CSV",
        ));
    }
    let head = &data[..data.len().min(8192)];
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    if !utf16 && head.contains(&0) {
        return Err(failure(
            "unsupported",
            "the file is neither a spreadsheet nor text",
        ));
    }
    Ok(Format::Csv)
}

/// Refuses an archive that is encrypted or expands beyond the limit. The sizes the archive
/// declares are checked first; then each entry is inflated into nothing, counting, so that an
/// entry whose declared size lies cannot get past either.
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
    let mut actual: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index(index).map_err(|e| damaged(&e))?;
        let allowance = limits.max_uncompressed_bytes.saturating_sub(actual);
        let read = std::io::copy(
            &mut entry.take(allowance.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(|e| damaged(&e))?;
        actual = actual.saturating_add(read);
        if actual > limits.max_uncompressed_bytes {
            return Err(too_large(actual));
        }
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

/// A spreadsheet opened for reading sheet by sheet.
pub enum Workbook<'a> {
    /// xlsx or xlsm: sheets are streamed cell by cell.
    Xlsx(Box<calamine::Xlsx<Cursor<&'a [u8]>>>),
    /// ods: calamine reads it whole, once [`check_ods_area`] has measured it.
    Ods(Box<calamine::Ods<Cursor<&'a [u8]>>>),
}

fn open_error(error: impl std::fmt::Display) -> ImportFailure {
    let text = error.to_string();
    let lower = text.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        failure(
            "encrypted",
            "the workbook is protected with a password; save an unprotected copy and upload that",
        )
    } else {
        failure("unreadable", format!("the workbook cannot be read: {text}"))
    }
}

impl<'a> Workbook<'a> {
    /// Checks and opens a workbook of a detected format.
    pub fn open(
        data: &'a [u8],
        format: Format,
        limits: &Limits,
    ) -> Result<Workbook<'a>, ImportFailure> {
        check_archive(data, limits)?;
        let cursor = Cursor::new(data);
        match format {
            Format::Xlsx => Ok(Workbook::Xlsx(Box::new(
                calamine::Xlsx::new(cursor).map_err(open_error)?,
            ))),
            Format::Ods => {
                check_ods_area(data, limits)?;
                Ok(Workbook::Ods(Box::new(
                    calamine::Ods::new(cursor).map_err(open_error)?,
                )))
            }
            Format::Csv => Err(failure("unsupported", "CSV is not a workbook")),
        }
    }

    /// Sheet names in workbook order.
    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Workbook::Xlsx(w) => w.sheet_names(),
            Workbook::Ods(w) => w.sheet_names(),
        }
    }

    /// Calls `each` for every row of a sheet holding a non-empty cell, in order, each cell
    /// admitted by the budget first.
    pub fn for_each_row(
        &mut self,
        sheet: &str,
        budget: &mut Budget,
        each: &mut dyn FnMut(Row) -> Result<(), ImportFailure>,
    ) -> Result<(), ImportFailure> {
        let mut current = Row::default();
        let mut push = |row: u32, column: u32, value: Value| -> Result<(), ImportFailure> {
            budget.admit(Some(sheet), row, column, &value)?;
            if row != current.index && !current.cells.is_empty() {
                each(std::mem::take(&mut current))?;
            }
            current.index = row;
            current.cells.push((column, value));
            Ok(())
        };
        let unreadable = |e: &dyn std::fmt::Display| {
            failure("unreadable", format!("sheet `{sheet}` cannot be read: {e}"))
        };
        match self {
            Workbook::Xlsx(w) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| unreadable(&e))?;
                while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                    let (row, column) = cell.get_position();
                    if let Some(value) = from_data_ref(cell.get_value()) {
                        push(row, column, value)?;
                    }
                }
            }
            Workbook::Ods(w) => {
                let range = w.worksheet_range(sheet).map_err(|e| unreadable(&e))?;
                let (top, left) = range.start().unwrap_or((0, 0));
                for (row, column, data) in range.used_cells() {
                    let (Ok(row), Ok(column)) = (u32::try_from(row), u32::try_from(column)) else {
                        continue;
                    };
                    if let Some(value) = from_data(data) {
                        push(top.saturating_add(row), left.saturating_add(column), value)?;
                    }
                }
            }
        }
        if !current.cells.is_empty() {
            each(current)?;
        }
        Ok(())
    }
}

fn text(text: String) -> Option<Value> {
    (!text.trim().is_empty()).then_some(Value::Text(text))
}

fn from_data_ref(data: &DataRef<'_>) -> Option<Value> {
    match data {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => text(s.clone()),
        DataRef::SharedString(s) => text((*s).to_owned()),
        DataRef::Int(i) => Some(Value::Number(*i as f64)),
        DataRef::Float(f) => Some(Value::Number(*f)),
        DataRef::DateTime(d) => Some(Value::Number(d.as_f64())),
        DataRef::Bool(b) => Some(Value::Bool(*b)),
        DataRef::Empty | DataRef::Error(_) => None,
    }
}

fn from_data(data: &Data) -> Option<Value> {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => text(s.clone()),
        Data::Int(i) => Some(Value::Number(*i as f64)),
        Data::Float(f) => Some(Value::Number(*f)),
        Data::DateTime(d) => Some(Value::Number(d.as_f64())),
        Data::Bool(b) => Some(Value::Bool(*b)),
        Data::Empty | Data::Error(_) => None,
    }
}

/// Decodes delimited text: UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252.
/// Returns the text and the encoding's name.
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

/// The delimiter that splits the first lines most consistently (title lines above a table
/// have fewer delimiters than the table's rows).
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
        let at_width = counts.iter().filter(|c| **c == max && max > 0).count();
        if at_width * max > best.1 {
            best = (delimiter, at_width * max);
        }
    }
    best.0
}

/// Reads delimited text record by record; a record's index is its row as a spreadsheet would
/// show it, less one.
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
                return Err(failure(
                    "unreadable",
                    format!("row {}: {e}", u64::from(index) + 1),
                ));
            }
        }
        let mut row = Row {
            index,
            cells: Vec::new(),
        };
        for (column, field) in record.iter().enumerate() {
            if field.trim().is_empty() {
                continue;
            }
            let column = u32::try_from(column).unwrap_or(u32::MAX);
            let value = Value::Text(field.to_owned());
            budget.admit(None, index, column, &value)?;
            row.cells.push((column, value));
        }
        if !row.cells.is_empty() {
            each(row)?;
        }
        index = index.saturating_add(1);
    }
    Ok(())
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
