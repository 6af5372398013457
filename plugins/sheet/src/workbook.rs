//! Rows of cells from a workbook or delimited text, every cell held to the import's limits
//! before it is kept, so that no file can make a plugin allocate by what it declares.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader};
use closeout_plugin_abi::{ImportFailure, Limits};

use crate::archive::{check_archive, check_ods_area};
use crate::{Format, cell_name, failure};

/// How a plugin reads one cell. Plugins disagree on what a cell is (a date, a number shown
/// as text, `TRUE`...), so the reader hands each plugin calamine's value and keeps whatever
/// the plugin makes of it.
pub trait CellValue: Sized {
    /// The cell, or `None` when it counts as empty (blank, only spaces, an error).
    fn from_data(data: &DataRef<'_>) -> Option<Self>;

    /// The bytes of text the cell holds, held to `Limits::max_cell_bytes`.
    fn text_len(&self) -> usize;
}

/// A cell as the text a spreadsheet shows: for plugins that only ever read text.
impl CellValue for String {
    fn from_data(data: &DataRef<'_>) -> Option<String> {
        let text = match data {
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
            DataRef::SharedString(s) => (*s).to_owned(),
            DataRef::Int(i) => i.to_string(),
            DataRef::Float(f) => number_text(*f),
            DataRef::DateTime(d) => number_text(d.as_f64()),
            DataRef::Bool(b) => b.to_string(),
            DataRef::Empty | DataRef::Error(_) => return None,
        };
        (!text.trim().is_empty()).then_some(text)
    }

    fn text_len(&self) -> usize {
        self.len()
    }
}

/// A number as a spreadsheet shows it: `8` rather than `8.0`, so that a clause typed as a
/// number reads as the clause.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// One row with a non-empty cell: its 0-based index and its cells by 0-based column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<V> {
    /// 0-based row index (for delimited text, the record's).
    pub index: u32,
    /// Non-empty cells, left to right.
    pub cells: Vec<(u32, V)>,
}

// Not derived: a derive would ask `V: Default`, which no cell needs.
impl<V> Default for Row<V> {
    fn default() -> Row<V> {
        Row {
            index: 0,
            cells: Vec::new(),
        }
    }
}

impl<V> Row<V> {
    /// The cell in a column.
    pub fn get(&self, column: u32) -> Option<&V> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, v)| v)
    }
}

/// Counts cells across the whole file and holds each one to the limits: the count spans
/// sheets, so that many small sheets cannot add up past the cell limit.
pub struct Budget {
    pub(crate) limits: Limits,
    cells: u64,
}

impl Budget {
    /// A budget for one import.
    pub fn new(limits: Limits) -> Budget {
        Budget { limits, cells: 0 }
    }

    /// Admits one non-empty cell at (row, column) of `sheet` (`None` for delimited text), or
    /// says which limit it breaks and where, so the uploader can find it.
    pub fn admit(
        &mut self,
        sheet: Option<&str>,
        row: u32,
        column: u32,
        text_len: usize,
    ) -> Result<(), ImportFailure> {
        let place = || match sheet {
            Some(sheet) => format!("sheet `{sheet}`, cell {}", cell_name(row, column)),
            None => format!("cell {}", cell_name(row, column)),
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
        if text_len > limits.max_cell_bytes as usize {
            return Err(failure(
                "too-large",
                format!(
                    "{}: {text_len} bytes of text, over the limit of {} bytes per cell",
                    place(),
                    limits.max_cell_bytes
                ),
            ));
        }
        Ok(())
    }
}

/// Called with each row in order; returns `false` to stop reading (a sniffer that has seen
/// enough).
pub type EachRow<'e, V> = dyn FnMut(Row<V>) -> Result<bool, ImportFailure> + 'e;

/// Groups cells that arrive one by one into rows.
pub(crate) struct Rows<'a, 'e, V> {
    pub(crate) sheet: Option<&'a str>,
    pub(crate) budget: &'a mut Budget,
    pub(crate) each: &'a mut EachRow<'e, V>,
    pub(crate) current: Option<Row<V>>,
    pub(crate) stopped: bool,
}

impl<V: CellValue> Rows<'_, '_, V> {
    pub(crate) fn push(&mut self, index: u32, column: u32, value: V) -> Result<(), ImportFailure> {
        self.budget
            .admit(self.sheet, index, column, value.text_len())?;
        if self.current.as_ref().is_some_and(|r| r.index != index) {
            self.flush()?;
        }
        self.current
            .get_or_insert_with(|| Row {
                index,
                cells: Vec::new(),
            })
            .cells
            .push((column, value));
        Ok(())
    }

    pub(crate) fn flush(&mut self) -> Result<(), ImportFailure> {
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
    /// xlsx or xlsm: sheets are streamed cell by cell (its merges are read from its bytes).
    Xlsx(Box<calamine::Xlsx<Cursor<&'a [u8]>>>, &'a [u8]),
    /// xlsb: streamed cell by cell.
    Xlsb(Box<calamine::Xlsb<Cursor<&'a [u8]>>>),
    /// xls: read whole, bounded by its format.
    Xls(Box<calamine::Xls<Cursor<&'a [u8]>>>),
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

/// calamine's whole-sheet cells as the streamed kind, so a plugin reads both one way.
fn data_ref(data: &Data) -> DataRef<'_> {
    match data {
        Data::String(s) => DataRef::SharedString(s),
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// What reads a large sheet's merged cells on another thread than its cells
/// ([`Workbook::for_each_row_merged`]): for xlsx, the workbook's bytes, whose sheet part is
/// searched for its merges directly ([`crate::sheet_xml`]); for the other formats, a second
/// copy of the workbook, opened from the same bytes when first needed.
pub struct SecondCopy<'a> {
    data: &'a [u8],
    format: Format,
    limits: Limits,
    opened: Option<Workbook<'a>>,
}

impl<'a> SecondCopy<'a> {
    /// A copy of the workbook in `data`, not opened yet.
    pub fn new(data: &'a [u8], format: Format, limits: Limits) -> SecondCopy<'a> {
        SecondCopy {
            data,
            format,
            limits,
            opened: None,
        }
    }

    /// [`Workbook::merged_columns`] of the workbook this copies.
    fn merged_columns(&mut self, sheet: &str) -> Result<Vec<(u32, u32, u32)>, ImportFailure> {
        if self.format == Format::Xlsx {
            let regions = xlsx_regions(self.data, sheet, &self.limits);
            return down_columns(&regions, sheet, &self.limits);
        }
        if self.opened.is_none() {
            self.opened = Some(Workbook::open(self.data, self.format, &self.limits)?);
        }
        match self.opened.as_mut() {
            Some(workbook) => workbook.merged_columns(sheet, &self.limits),
            None => Err(failure(
                "unreadable",
                "the workbook could not be opened twice",
            )),
        }
    }
}

/// The merged regions of an xlsx sheet (none when its parts do not say), at most as many as
/// [`down_columns`] could take.
fn xlsx_regions(data: &[u8], sheet: &str, limits: &Limits) -> Vec<crate::sheet_xml::Region> {
    let most = usize::try_from(u64::from(limits.max_rows) * 4 + 1).unwrap_or(usize::MAX);
    crate::sheet_xml::merged_regions(data, sheet, most).unwrap_or_default()
}

/// The vertically merged regions among `regions`, as (first row, last row, column) triples.
/// A region counts for at most 50 columns, and a sheet for at most four such columns a row of
/// the limits, so a file declaring millions of merges is refused instead of expanded.
fn down_columns(
    regions: &[crate::sheet_xml::Region],
    sheet: &str,
    limits: &Limits,
) -> Result<Vec<(u32, u32, u32)>, ImportFailure> {
    let most = u64::from(limits.max_rows) * 4;
    let mut columns = Vec::new();
    for &(top, left, bottom, right) in regions.iter().filter(|r| r.2 > r.0) {
        for column in left..=right.min(left + 50) {
            if columns.len() as u64 >= most {
                return Err(failure(
                    "too-large",
                    format!(
                        "sheet `{sheet}` merges cells down in more than {most} columns of rows; an import reads at most that many"
                    ),
                ));
            }
            columns.push((top, bottom, column));
        }
    }
    Ok(columns)
}

impl<'a> Workbook<'a> {
    /// Opens a workbook of a detected format, once its container is known to be within the
    /// limits.
    pub fn open(
        data: &'a [u8],
        format: Format,
        limits: &Limits,
    ) -> Result<Workbook<'a>, ImportFailure> {
        let cursor = Cursor::new(data);
        Ok(match format {
            Format::Xlsx => {
                check_archive(data, limits)?;
                Workbook::Xlsx(
                    Box::new(calamine::Xlsx::new(cursor).map_err(open_error)?),
                    data,
                )
            }
            Format::Xlsb => {
                check_archive(data, limits)?;
                Workbook::Xlsb(Box::new(calamine::Xlsb::new(cursor).map_err(open_error)?))
            }
            Format::Ods => {
                check_archive(data, limits)?;
                check_ods_area(data, limits)?;
                Workbook::Ods(Box::new(calamine::Ods::new(cursor).map_err(open_error)?))
            }
            Format::Xls => Workbook::Xls(Box::new(calamine::Xls::new(cursor).map_err(open_error)?)),
            Format::Csv => return Err(failure("unsupported", "CSV is not a workbook")),
        })
    }

    /// Sheet names in workbook order.
    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Workbook::Xlsx(w, _) => w.sheet_names(),
            Workbook::Xlsb(w) => w.sheet_names(),
            Workbook::Xls(w) => w.sheet_names(),
            Workbook::Ods(w) => w.sheet_names(),
        }
    }

    /// Vertically merged regions of a sheet, as (first row, last row, column) triples, where
    /// the format reports them (xlsx and xls; calamine gives none for ods and xlsb): a merged
    /// cell's value belongs to every row it spans. See [`down_columns`] for the limits.
    pub fn merged_columns(
        &mut self,
        sheet: &str,
        limits: &Limits,
    ) -> Result<Vec<(u32, u32, u32)>, ImportFailure> {
        let regions = match self {
            Workbook::Xlsx(_, data) => xlsx_regions(data, sheet, limits),
            Workbook::Xls(w) => w
                .merge_cells_by_sheet_name(sheet)
                .unwrap_or_default()
                .iter()
                .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                .collect(),
            _ => Vec::new(),
        };
        down_columns(&regions, sheet, limits)
    }

    /// [`Workbook::merged_columns`] handed to `start`, which makes the state that `each` then
    /// takes every row into, as [`Workbook::for_each_row`] hands them; the state is returned.
    ///
    /// An xlsx sheet writes its merges after its cells, so they are known only once the whole
    /// sheet has been inflated. Given a [`SecondCopy`] of this workbook, three threads share the
    /// work: the copy finds the merges, another thread reads the cells into a bounded queue, and
    /// this one hands the rows to `each` once the merges are known. A large sheet then costs
    /// about the longest of the three rather than their sum. (Cells are
    /// allocated on one thread and freed on another: worth it under an allocator with heaps per
    /// thread, as the register importer's; under glibc's the threads contended for its locks.)
    pub fn for_each_row_merged<V: CellValue + Send, S>(
        &mut self,
        copy: Option<&mut SecondCopy<'a>>,
        sheet: &str,
        budget: &mut Budget,
        start: impl FnOnce(Vec<(u32, u32, u32)>) -> S,
        mut each: impl FnMut(&mut S, Row<V>) -> Result<bool, ImportFailure>,
    ) -> Result<S, ImportFailure> {
        let limits = budget.limits;
        let Some(copy) = copy else {
            let mut state = start(self.merged_columns(sheet, &limits)?);
            self.for_each_row(sheet, budget, &mut |row| each(&mut state, row))?;
            return Ok(state);
        };
        // Rows sent at a time, and batches the queue holds: 32,768 rows ahead at most.
        const BATCH: usize = 512;
        const QUEUED: usize = 64;
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Row<V>>>(QUEUED);
        std::thread::scope(|scope| {
            let merging = scope.spawn(move || copy.merged_columns(sheet));
            let reading = scope.spawn(move || {
                let mut batch = Vec::with_capacity(BATCH);
                self.for_each_row(sheet, budget, &mut |row| {
                    batch.push(row);
                    if batch.len() < BATCH {
                        return Ok(true);
                    }
                    // The receiving side is gone only once it has stopped taking rows.
                    Ok(sender.send(std::mem::take(&mut batch)).is_ok())
                })?;
                if !batch.is_empty() {
                    let _ = sender.send(batch);
                }
                Ok(())
            });
            let handed = match merging.join() {
                Ok(regions) => regions,
                Err(panic) => std::panic::resume_unwind(panic),
            }
            .map(start)
            .and_then(|mut state| {
                for batch in &receiver {
                    for row in batch {
                        if !each(&mut state, row)? {
                            return Ok(state);
                        }
                    }
                }
                Ok(state)
            });
            // Dropped before the join, so that a reader waiting on a full queue stops.
            drop(receiver);
            let read = match reading.join() {
                Ok(read) => read,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            let state = handed?;
            read.map(|()| state)
        })
    }

    /// Calls `each` for every row of a sheet holding a non-empty cell, in order, each cell
    /// admitted by the budget first, until `each` says stop. xlsx and xlsb are streamed, so
    /// nothing is allocated by the dimensions a sheet declares.
    pub fn for_each_row<V: CellValue>(
        &mut self,
        sheet: &str,
        budget: &mut Budget,
        each: &mut EachRow<'_, V>,
    ) -> Result<(), ImportFailure> {
        let unreadable = |e: &dyn std::fmt::Display| {
            failure("unreadable", format!("sheet `{sheet}` cannot be read: {e}"))
        };
        let mut rows = Rows {
            sheet: Some(sheet),
            budget,
            each,
            current: None,
            stopped: false,
        };
        let range = match self {
            Workbook::Xlsx(w, _) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| unreadable(&e))?;
                while !rows.stopped
                    && let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))?
                {
                    let (row, column) = cell.get_position();
                    if let Some(value) = V::from_data(cell.get_value()) {
                        rows.push(row, column, value)?;
                    }
                }
                None
            }
            Workbook::Xlsb(w) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| unreadable(&e))?;
                while !rows.stopped
                    && let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))?
                {
                    let (row, column) = cell.get_position();
                    if let Some(value) = V::from_data(cell.get_value()) {
                        rows.push(row, column, value)?;
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
                if rows.stopped {
                    break;
                }
                let (Ok(row), Ok(column)) = (u32::try_from(row), u32::try_from(column)) else {
                    continue;
                };
                if let Some(value) = V::from_data(&data_ref(data)) {
                    rows.push(top.saturating_add(row), left.saturating_add(column), value)?;
                }
            }
        }
        rows.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sheet of `rows` rows (a reference and a statement), its first column merged over
    /// rows 2 to 4.
    fn long_sheet(rows: u32) -> Vec<u8> {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name("Register").expect("name");
        for row in 0..rows {
            sheet
                .write_string(row, 1, format!("statement {row}"))
                .expect("cell");
            if !(2..=4).contains(&row) {
                sheet
                    .write_string(row, 0, format!("NC-{row}"))
                    .expect("cell");
            }
        }
        sheet
            .merge_range(2, 0, 4, 0, "NC-2", &rust_xlsxwriter::Format::new())
            .expect("merge");
        workbook.save_to_buffer().expect("xlsx")
    }

    /// The merged regions (or the failure) and the rows handed on.
    type Read = (Result<Vec<(u32, u32, u32)>, ImportFailure>, Vec<u32>);

    fn read(data: &[u8], limits: Limits, stop_at: Option<u32>) -> Read {
        let mut workbook = Workbook::open(data, Format::Xlsx, &limits).expect("open");
        let mut copy = SecondCopy::new(data, Format::Xlsx, limits);
        let mut budget = Budget::new(limits);
        let mut seen = Vec::new();
        let merged = workbook.for_each_row_merged(
            Some(&mut copy),
            "Register",
            &mut budget,
            |merged| merged,
            |_, row: Row<String>| {
                seen.push(row.index);
                Ok(stop_at != Some(row.index))
            },
        );
        (merged, seen)
    }

    #[test]
    fn rows_beyond_the_queue_arrive_in_order_after_the_merges() {
        // More rows than the queue between the two threads holds.
        let data = long_sheet(40_000);
        let (merged, seen) = read(&data, Limits::default(), None);
        assert_eq!(merged.expect("read"), vec![(2, 4, 0)]);
        assert_eq!(seen, (0..40_000).collect::<Vec<u32>>());
    }

    #[test]
    fn a_reader_that_stops_or_a_file_past_the_limits_ends_the_reading() {
        let data = long_sheet(40_000);
        let (merged, seen) = read(&data, Limits::default(), Some(99));
        assert!(merged.is_ok());
        assert_eq!(seen.len(), 100);
        let limits = Limits {
            max_rows: 30_000,
            ..Limits::default()
        };
        let (merged, seen) = read(&data, limits, None);
        let failure = merged.expect_err("past the row limit");
        assert_eq!(failure.kind, "too-large");
        assert!(failure.message.contains("A30001"), "{}", failure.message);
        // Rows kept while the merges were read may never be handed on: the file is refused.
        assert!(seen.len() <= 30_000);
    }
}
