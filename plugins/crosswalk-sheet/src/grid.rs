//! Rows of cells from xlsx, xlsm, ods, CSV or TSV: the format told from the bytes, archives
//! checked before they expand, xlsx streamed cell by cell, and every cell counted against the
//! import's limits.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader};
use closeout_plugin_abi::{ImportFailure, Limits};

/// A failure of a given kind.
pub fn failure(kind: &str, message: impl Into<String>) -> ImportFailure {
    ImportFailure {
        kind: kind.to_owned(),
        message: message.into(),
    }
}

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

/// `A -> 0`, `AB -> 27`; `None` for anything that is not 1-3 letters.
pub fn column_index(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    let number = letters.bytes().fold(0u32, |acc, b| {
        acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    Some(number - 1)
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

    /// Checks one non-empty cell at (row, column) of `sheet` (empty for delimited text).
    pub fn admit(&mut self, sheet: &str, row: u32, cell: &Cell) -> Result<(), ImportFailure> {
        let place = || {
            let name = format!("{}{}", column_letter(cell.column), u64::from(row) + 1);
            if sheet.is_empty() {
                format!("cell {name}")
            } else {
                format!("sheet `{sheet}`, cell {name}")
            }
        };
        let limits = &self.limits;
        let problem = if cell.column >= limits.max_columns {
            Some(format!(
                "beyond the limit of {} columns",
                limits.max_columns
            ))
        } else if row >= limits.max_rows {
            Some(format!("beyond the limit of {} rows", limits.max_rows))
        } else if cell.text.len() > limits.max_cell_bytes as usize {
            Some(format!(
                "{} bytes of text, over the limit of {}",
                cell.text.len(),
                limits.max_cell_bytes
            ))
        } else {
            self.cells += 1;
            (self.cells > limits.max_cells)
                .then(|| format!("more than {} non-empty cells", limits.max_cells))
        };
        match problem {
            Some(problem) => Err(failure("too-large", format!("{}: {problem}", place()))),
            None => Ok(()),
        }
    }
}

/// The formats this plugin reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML workbook (xlsx, xlsm).
    Xlsx,
    /// OpenDocument spreadsheet.
    Ods,
    /// Delimited text (CSV, TSV, semicolons...).
    Csv,
}

/// Tells the format from the bytes (never from the name).
pub fn detect(data: &[u8]) -> Result<Format, ImportFailure> {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if data.is_empty() {
        return Err(failure("unreadable", "the file is empty"));
    }
    if data.starts_with(b"PK") {
        let archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| {
            failure(
                "unreadable",
                format!("the file is a damaged or truncated zip archive ({e}); save it again from your spreadsheet program"),
            )
        })?;
        return if archive.index_for_name("xl/workbook.xml").is_some() {
            Ok(Format::Xlsx)
        } else if archive.index_for_name("xl/workbook.bin").is_some() {
            Err(failure(
                "unsupported",
                "the file is a binary workbook (xlsb); save it as xlsx",
            ))
        } else if archive.index_for_name("content.xml").is_some() {
            Ok(Format::Ods)
        } else {
            Err(failure(
                "unsupported",
                "the file is a zip archive but not a spreadsheet (no workbook inside)",
            ))
        };
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
            "the file is an Excel 97-2003 workbook (xls); save it as xlsx",
        ));
    }
    if data.starts_with(b"%PDF") {
        return Err(failure(
            "unsupported",
            "the file is a PDF, not a spreadsheet; export the crosswalk as xlsx or CSV",
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

/// Refuses archives that would expand beyond the limit, before anything is decompressed
/// (the sizes come from the central directory).
fn check_archive(data: &[u8], limits: &Limits) -> Result<(), ImportFailure> {
    let damaged = |e: zip::result::ZipError| {
        failure(
            "unreadable",
            format!("the file is a damaged zip archive ({e})"),
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(data)).map_err(damaged)?;
    if archive.len() > 10_000 {
        return Err(failure(
            "too-large",
            format!("the archive holds {} entries", archive.len()),
        ));
    }
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(damaged)?;
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

/// A cell's value; `None` when empty, an error, or only spaces.
fn cell_of(column: u32, value: &DataRef<'_>) -> Option<Cell> {
    let (text, number) = match value {
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
    (!text.trim().is_empty()).then_some(Cell {
        column,
        text,
        number,
    })
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn data_ref(data: &Data) -> DataRef<'_> {
    match data {
        Data::String(s) => DataRef::SharedString(s),
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::SharedString(s),
        Data::DurationIso(s) => DataRef::SharedString(s),
        Data::Error(_) | Data::Empty => DataRef::Empty,
    }
}

/// Called with each row in order; returns `false` to stop reading the sheet.
pub type EachRow<'e> = dyn FnMut(Row) -> Result<bool, ImportFailure> + 'e;

/// Groups cells that arrive one by one into rows.
struct Rows<'a, 'e> {
    sheet: &'a str,
    budget: &'a mut Budget,
    each: &'a mut EachRow<'e>,
    current: Option<Row>,
    stopped: bool,
}

impl Rows<'_, '_> {
    fn push(&mut self, index: u32, cell: Cell) -> Result<(), ImportFailure> {
        self.budget.admit(self.sheet, index, &cell)?;
        if self.current.as_ref().is_some_and(|r| r.index != index) {
            self.flush()?;
        }
        self.current
            .get_or_insert_with(|| Row {
                index,
                cells: Vec::new(),
            })
            .cells
            .push(cell);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), ImportFailure> {
        if let Some(row) = self.current.take()
            && !self.stopped
        {
            self.stopped = !(self.each)(row)?;
        }
        Ok(())
    }
}

/// A spreadsheet opened for reading sheet by sheet.
pub enum Workbook<'a> {
    /// xlsx or xlsm, streamed.
    Xlsx(Box<calamine::Xlsx<Cursor<&'a [u8]>>>),
    /// ods, parsed whole when opened (bounded by the archive size limit).
    Ods(calamine::Ods<Cursor<&'a [u8]>>),
}

impl<'a> Workbook<'a> {
    /// Opens a workbook of a detected format, once its archive is known to be within limits.
    pub fn open(
        data: &'a [u8],
        format: Format,
        limits: &Limits,
    ) -> Result<Workbook<'a>, ImportFailure> {
        check_archive(data, limits)?;
        let cursor = Cursor::new(data);
        Ok(match format {
            Format::Xlsx => {
                Workbook::Xlsx(Box::new(calamine::Xlsx::new(cursor).map_err(open_error)?))
            }
            Format::Ods => Workbook::Ods(calamine::Ods::new(cursor).map_err(open_error)?),
            Format::Csv => return Err(failure("unsupported", "CSV is not a workbook")),
        })
    }

    /// Sheet names in workbook order.
    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Workbook::Xlsx(w) => w.sheet_names(),
            Workbook::Ods(w) => w.sheet_names(),
        }
    }

    /// Reads a sheet's rows that have a non-empty cell, in order, until `each` says stop.
    pub fn for_each_row(
        &mut self,
        sheet: &str,
        budget: &mut Budget,
        each: &mut EachRow<'_>,
    ) -> Result<(), ImportFailure> {
        let unreadable = |e: &dyn std::fmt::Display| {
            failure("unreadable", format!("sheet `{sheet}` cannot be read: {e}"))
        };
        let mut rows = Rows {
            sheet,
            budget,
            each,
            current: None,
            stopped: false,
        };
        match self {
            Workbook::Xlsx(w) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| unreadable(&e))?;
                while !rows.stopped
                    && let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))?
                {
                    let (row, column) = cell.get_position();
                    if let Some(cell) = cell_of(column, cell.get_value()) {
                        rows.push(row, cell)?;
                    }
                }
            }
            Workbook::Ods(w) => {
                let range = w.worksheet_range(sheet).map_err(|e| unreadable(&e))?;
                let (top, left) = range.start().unwrap_or((0, 0));
                for (row, column, data) in range.used_cells() {
                    if rows.stopped {
                        break;
                    }
                    let (row, column) = (top + row as u32, left + column as u32);
                    if let Some(cell) = cell_of(column, &data_ref(data)) {
                        rows.push(row, cell)?;
                    }
                }
            }
        }
        rows.flush()
    }
}

/// Windows-1252's characters for bytes 0x80-0x9F (the rest match Latin-1).
const CP1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// Decodes delimited text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.
/// Returns the text and the encoding used.
pub fn decode_text(data: &[u8]) -> (String, &'static str) {
    let utf16 = |rest: &[u8], little: bool| {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|p| {
                if little {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = data.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "UTF-8 (BOM)");
    }
    if let Some(rest) = data.strip_prefix(b"\xFF\xFE") {
        return (utf16(rest, true), "UTF-16LE");
    }
    if let Some(rest) = data.strip_prefix(b"\xFE\xFF") {
        return (utf16(rest, false), "UTF-16BE");
    }
    match std::str::from_utf8(data) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        // Only the last character is cut short (a prefix read for sniffing).
        Err(e) if e.error_len().is_none() => (String::from_utf8_lossy(data).into_owned(), "UTF-8"),
        Err(_) => {
            let text = data
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            (text, "Windows-1252")
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
        // Rows at the table's width: title rows above a table have fewer delimiters.
        let score = counts.iter().filter(|c| **c == max && max > 0).count() * max;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// Reads delimited text record by record, until `each` says stop.
pub fn csv_rows(
    text: &str,
    delimiter: u8,
    budget: &mut Budget,
    each: &mut EachRow<'_>,
) -> Result<(), ImportFailure> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut rows = Rows {
        sheet: "",
        budget,
        each,
        current: None,
        stopped: false,
    };
    let mut index: u32 = 0;
    while !rows.stopped {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(failure(
                    "unreadable",
                    format!("record {}: {e}", u64::from(index) + 1),
                ));
            }
        }
        for (column, field) in record.iter().enumerate() {
            if !field.trim().is_empty() {
                let column = u32::try_from(column).unwrap_or(u32::MAX);
                let cell = Cell {
                    column,
                    text: field.to_owned(),
                    number: false,
                };
                rows.push(index, cell)?;
            }
        }
        rows.flush()?;
        index = index.saturating_add(1);
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
