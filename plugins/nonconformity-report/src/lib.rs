//! The `nonconformity-report` importer plugin: reads an auditor's (or a company's) register of
//! findings from xlsx, xlsm, xlsb, xls, ods, CSV or TSV, whatever its layout, and returns the
//! findings with every issue located by sheet, row and column.
//!
//! How a file is read: the format is told from the bytes ([`grid::detect`]); cells are
//! streamed with caps ([`grid::Budget`]); each sheet's layout is chosen from its first rows by
//! scoring every column for every field on its header words and on its values ([`layout`],
//! with what each cell looks like from [`cell`]), or the sheet is read as a form of label and
//! value pairs ([`form`]); rows become findings ([`register`]), with grades read from wherever
//! the register puts them ([`grade`]) and dates from any common form ([`dates`]). The words
//! of every language are the lexicon's (`closeout-lexicon`), which is data. Requirement
//! references are returned as written: the host reads them with the same lexicon's grammar
//! and checks them against its catalog.

// Its own allocator, not the C library's that plugins otherwise share: a string per cell made
// a third of a large import glibc's malloc and free. Not under the fuzzer, whose address
// sanitizer watches the C library's.
#[cfg(not(fuzzing))]
#[global_allocator]
static ALLOCATOR: closeout_allocator::MiMalloc = closeout_allocator::MiMalloc;

pub mod cell;
pub mod dates;
pub mod field;
pub mod form;
pub mod grade;
pub mod grid;
pub mod key;
pub mod layout;
pub mod register;

use closeout_plugin_abi::{
    DateOrder, ImportFailure, ImportOptions, ImportOutput, Importer, Severity,
};

use crate::grid::{Budget, Format, SecondCopy, Workbook};
use crate::register::{Collected, SheetReader};

/// The importer.
pub struct NonconformityReport;

impl Importer for NonconformityReport {
    fn sniff(data: &[u8], file_name: &str) -> u8 {
        match grid::detect(data) {
            Ok(Format::Csv) => {
                let (text, _) =
                    closeout_plugin_sheet::decode_prefix(&data[..data.len().min(16_384)]);
                let delimiter = grid::sniff_delimiter(&text, file_name);
                if text.bytes().any(|b| b == delimiter) {
                    60
                } else {
                    0
                }
            }
            Ok(_) => 80,
            // It may well be a spreadsheet this plugin would explain the problem with.
            Err(failure) if failure.kind == "encrypted" || failure.kind == "unreadable" => 10,
            Err(_) => 0,
        }
    }

    fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
        import(data, options)
    }
}

closeout_plugin_abi::export_plugin!(
    NonconformityReport,
    name = "nonconformity-report",
    kinds = "nonconformity-report",
    file_types = "xlsx,xlsm,xlsb,xls,ods,csv,tsv"
);

/// The size of an xlsx file from which its merged cells are read on a second thread.
const MERGES_APART_FROM: usize = 256 * 1024;

/// Reads a register.
pub fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
    closeout_allocator::configure();
    let format = grid::detect(data)?;
    let mut budget = Budget::new(options.limits);
    let mut collected = Collected::default();
    let mut output = ImportOutput::default();
    match format {
        Format::Csv => {
            let (text, encoding) = grid::decode_text(data);
            let delimiter =
                grid::sniff_delimiter(&text, options.file_name.as_deref().unwrap_or_default());
            output.logs.push(format!(
                "read as delimited text, {encoding}, delimiter {:?}",
                delimiter as char
            ));
            let mut reader = SheetReader::new(None, options, Vec::new());
            grid::csv_rows(&text, delimiter, &mut budget, &mut |row| {
                reader.push(row, &mut collected);
                Ok(true)
            })?;
            reader.finish(&mut collected);
        }
        _ => {
            let mut workbook = Workbook::open(data, format, &options.limits)?;
            let names = workbook.sheet_names();
            if let Some(wanted) = &options.sheet
                && !names.contains(wanted)
            {
                return Err(grid::failure(
                    "no-register",
                    format!(
                        "there is no sheet `{wanted}`; the sheets are: {}",
                        names.join(", ")
                    ),
                ));
            }
            // A large xlsx workbook is read by three threads (`Workbook::for_each_row_merged`);
            // a small one faster by one.
            let mut copy = (format == Format::Xlsx && data.len() >= MERGES_APART_FROM)
                .then(|| SecondCopy::new(data, format, options.limits));
            let keyed;
            let options = match grading_key(&mut workbook, &names, options)? {
                Some((sheet, key)) => {
                    let mut grades: std::collections::BTreeMap<String, String> = key
                        .iter()
                        .map(|(term, grade)| (term.clone(), grade.name().to_owned()))
                        .collect();
                    // The user's own mappings win over the key's.
                    grades.extend(options.grades.clone());
                    output.warnings.push(format!(
                        "grades read from the key on sheet `{sheet}`: {} (set the `grades` option to read them otherwise)",
                        key.iter()
                            .map(|(term, grade)| format!("{term} -> {}", grade.name()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                    keyed = ImportOptions {
                        grades,
                        ..options.clone()
                    };
                    &keyed
                }
                None => options,
            };
            // A sheet named like a cover or a legend is read only when no other sheet is a
            // register (a register may well be called `Summary`).
            let mut named_aside = Vec::new();
            for name in names
                .iter()
                .filter(|n| options.sheet.as_ref().is_none_or(|w| w == *n))
            {
                if options.sheet.is_none() && closeout_lexicon::lexicon().is_skipped_sheet(name) {
                    named_aside.push(name.clone());
                    continue;
                }
                read_sheet(
                    &mut workbook,
                    copy.as_mut(),
                    name,
                    options,
                    &mut budget,
                    &mut collected,
                )?;
            }
            let any_register = collected.sheets.iter().any(|s| s.imported);
            for name in named_aside {
                if any_register {
                    collected.sheets.push(closeout_plugin_abi::SheetReport {
                        reason: Some(format!(
                            "`{name}` is named like a cover, summary or legend sheet"
                        )),
                        name,
                        ..Default::default()
                    });
                } else {
                    read_sheet(
                        &mut workbook,
                        copy.as_mut(),
                        &name,
                        options,
                        &mut budget,
                        &mut collected,
                    )?;
                }
            }
            // Reported in the workbook's order.
            collected
                .sheets
                .sort_by_key(|report| names.iter().position(|n| *n == report.name));
        }
    }
    if !collected.sheets.iter().any(|s| s.imported) {
        let reasons: Vec<String> = collected
            .sheets
            .iter()
            .map(|s| format!("{}: {}", s.name, s.reason.clone().unwrap_or_default()))
            .collect();
        return Err(grid::failure(
            "no-register",
            format!(
                "no sheet looks like a findings register ({})",
                reasons.join("; ")
            ),
        ));
    }
    set_aside_notes(&mut collected);
    resolve_dates(&mut collected, options, &mut output)?;
    if collected.severity_rule_used {
        output.warnings.push(grade::SEVERITY_RULE.to_owned());
    }
    if collected.unqualified_rule_used {
        output.warnings.push(grade::UNQUALIFIED_RULE.to_owned());
    }
    if !collected.misspelt.is_empty() {
        output.warnings.push(format!(
            "grade words read as the one they misspell by a letter: {} (set the `grades` option to read them otherwise)",
            collected
                .misspelt
                .iter()
                .map(|(word, grade)| format!("{word} -> {}", grade.name()))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    apply_sheet_keys(&mut collected, &mut output);
    apply_people_keys(&mut collected, &mut output);
    report_unknown_grades(&mut collected);
    let carried = collected.grades_carried;
    if carried > 0 {
        output.warnings.push(format!(
            "{carried} finding(s) with an empty grade cell took the grade of the row above, as a group whose grade is written on its first row only (each finding's grade_source says so); give them a grade of their own if that is not so"
        ));
    }
    if collected.numbered_by_row {
        output.warnings.push(
            "the register has no reference column: each finding is numbered by its row (#12); \
             a revised register is matched to these findings by the same numbers"
                .to_owned(),
        );
    }
    output.findings = collected.findings;
    output.issues = collected.issues;
    output.sheets = collected.sheets;
    Ok(output)
}

/// A sheet read as a table with neither a reference nor a grade column, none of whose rows
/// says its grade, beside a sheet that is a register: the auditor's notes (`Dato | Område |
/// Note`), a plan, a list of interviews; not findings. Its rows are dropped and the sheet is
/// reported as not read, with the reason.
fn set_aside_notes(collected: &mut Collected) {
    let graded_on = |sheet: &str, collected: &Collected| {
        collected
            .findings
            .iter()
            .any(|f| f.sheet.as_deref() == Some(sheet) && f.grade.is_some())
    };
    let Some(register) = collected
        .sheets
        .iter()
        .find(|s| s.imported && graded_on(&s.name, collected))
        .map(|s| s.name.clone())
    else {
        return;
    };
    let notes: Vec<String> = collected
        .sheets
        .iter()
        .filter(|s| s.imported && s.layout.as_deref() == Some("table"))
        .filter(|s| {
            !s.columns
                .iter()
                .any(|c| c.field == "reference" || c.field == "grade")
        })
        .filter(|s| !graded_on(&s.name, collected))
        .map(|s| s.name.clone())
        .collect();
    if notes.is_empty() {
        return;
    }
    let on_notes = |sheet: &Option<String>| sheet.as_ref().is_some_and(|s| notes.contains(s));
    // Dates still to be read point at findings by their place: kept ones move up.
    let mut moved_to = Vec::with_capacity(collected.findings.len());
    let mut kept = Vec::with_capacity(collected.findings.len());
    for finding in std::mem::take(&mut collected.findings) {
        if on_notes(&finding.sheet) {
            moved_to.push(None);
        } else {
            moved_to.push(Some(kept.len()));
            kept.push(finding);
        }
    }
    collected.findings = kept;
    collected
        .pending_dates
        .retain_mut(|date| match moved_to.get(date.record).copied().flatten() {
            Some(place) => {
                date.record = place;
                true
            }
            None => false,
        });
    collected.issues.retain(|i| !on_notes(&i.sheet));
    for words in collected.unknown_grades.values_mut() {
        words.retain(|(sheet, ..)| !on_notes(sheet));
    }
    collected.unknown_grades.retain(|_, rows| !rows.is_empty());
    for sheet in collected
        .sheets
        .iter_mut()
        .filter(|s| notes.contains(&s.name))
    {
        let reason = format!(
            "no reference or grade column and no row that says its grade, beside the register on sheet `{register}`: taken for notes, not findings (name it with the `sheet` option to read it)"
        );
        collected.issues.push(closeout_plugin_abi::Issue {
            sheet: Some(sheet.name.clone()),
            row: None,
            column: None,
            message: format!("sheet `{}` not read: {reason}", sheet.name),
            severity: Severity::Warning,
        });
        sheet.imported = false;
        sheet.reason = Some(reason);
    }
    // Only the sheets set aside may have numbered their rows.
    collected.numbered_by_row = collected
        .sheets
        .iter()
        .any(|s| s.imported && !s.columns.iter().any(|c| c.field == "reference"));
}

/// Owners written as the initials a line of their sheet spells out (`LF = Lena Fischer`),
/// replaced by the names. After the rows, because such a line follows them.
fn apply_people_keys(collected: &mut Collected, output: &mut ImportOutput) {
    if collected.people_keys.is_empty() {
        return;
    }
    let mut replaced = 0;
    for finding in &mut collected.findings {
        let Some(key) = collected.people_keys.get(&finding.sheet) else {
            continue;
        };
        if let Some(owner) = &mut finding.owner
            && let Some(name) = key.get(owner.trim())
        {
            *owner = name.clone();
            replaced += 1;
        }
    }
    if replaced > 0 {
        output.warnings.push(format!(
            "{replaced} owner(s) written as initials read by the key on their sheet: {}",
            collected
                .people_keys
                .values()
                .flatten()
                .map(|(code, name)| format!("{code} -> {name}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

/// Grades the register's own sheets define in a line above the table or a footnote under it
/// (`M = major nonconformity, m = minor nonconformity`), given to the rows whose grade cell
/// holds a code no vocabulary knows. After the rows, because a footnote follows them.
fn apply_sheet_keys(collected: &mut Collected, output: &mut ImportOutput) {
    if collected.sheet_keys.is_empty() || collected.unknown_grades.is_empty() {
        return;
    }
    let ungraded: std::collections::HashMap<(Option<String>, u32), usize> = collected
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.grade.is_none())
        .map(|(index, f)| ((f.sheet.clone(), f.row), index))
        .collect();
    let mut used: std::collections::BTreeSet<Option<String>> = Default::default();
    for (word, rows) in collected.unknown_grades.iter_mut() {
        rows.retain(|(sheet, row, column)| {
            let Some(grade) = sheet_key_grade(&collected.sheet_keys, sheet, word) else {
                return true;
            };
            let Some(&index) = ungraded.get(&(sheet.clone(), *row)) else {
                return true;
            };
            let finding = &mut collected.findings[index];
            finding.grade = Some(grade.name().to_owned());
            let whose = if collected.sheet_keys.contains_key(sheet) {
                "the sheet"
            } else {
                "another sheet"
            };
            finding.grade_source = Some(format!(
                "column {} (`{word}`, as the key written on {whose} says)",
                grid::column_letter(*column)
            ));
            used.insert(sheet.clone());
            false
        });
    }
    collected.unknown_grades.retain(|_, rows| !rows.is_empty());
    for sheet in used {
        let Some(key) = collected.sheet_keys.get(&sheet) else {
            continue;
        };
        output.warnings.push(format!(
            "grades read from the key written on {}: {} (set the `grades` option to read them otherwise)",
            sheet.map_or("the file".to_owned(), |s| format!("sheet `{s}`")),
            key.iter()
                .map(|(term, grade)| format!("{term} -> {}", grade.name()))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

/// The grade a sheet's key gives a word; on a sheet with no key of its own, the grade the
/// other sheets' keys agree on (a self-assessment whose legend heads its first sheet only).
fn sheet_key_grade(
    keys: &std::collections::BTreeMap<Option<String>, key::Key>,
    sheet: &Option<String>,
    word: &str,
) -> Option<closeout_lexicon::Grade> {
    if let Some(own) = keys.get(sheet) {
        return key::lookup(own, word);
    }
    let mut grades = keys.values().filter_map(|key| key::lookup(key, word));
    let first = grades.next()?;
    grades.all(|g| g == first).then_some(first)
}

/// Each grade word no vocabulary knows, listed once with the rows that use it and the option
/// that maps it.
fn report_unknown_grades(collected: &mut Collected) {
    let ungraded: std::collections::HashSet<(Option<String>, u32)> = collected
        .findings
        .iter()
        .filter(|f| f.grade.is_none())
        .map(|f| (f.sheet.clone(), f.row))
        .collect();
    for (word, rows) in std::mem::take(&mut collected.unknown_grades) {
        let blocking = rows
            .iter()
            .any(|(sheet, row, _)| ungraded.contains(&(sheet.clone(), *row)));
        let mut listed: Vec<String> = rows
            .iter()
            .take(12)
            .map(|(sheet, row, _)| match sheet {
                Some(sheet) if collected.sheets.len() > 1 => format!("{sheet}!{row}"),
                _ => row.to_string(),
            })
            .collect();
        if rows.len() > 12 {
            listed.push(format!("and {} more", rows.len() - 12));
        }
        let (sheet, first_row, column) = rows[0].clone();
        let example = serde_json_escape(&word);
        collected.issues.push(closeout_plugin_abi::Issue {
            sheet,
            row: Some(first_row),
            column: Some(grid::column_letter(column)),
            message: format!(
                "`{word}` is not a grade this importer knows (row{} {}); map it with the `grades` option, e.g. {{\"grades\": {{\"{example}\": \"minor\"}}}} (or \"skip\" for rows that are no finding){}",
                if rows.len() == 1 { "" } else { "s" },
                listed.join(", "),
                if blocking { "" } else { "; the rows took their grade from elsewhere" }
            ),
            severity: if blocking { Severity::Error } else { Severity::Warning },
        });
    }
}

/// A string as it goes between JSON quotes.
fn serde_json_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The day order the register's language implies (a German register writes 03/04/2026 for 3
/// April), when its sheets agree on one.
fn language_order(collected: &Collected) -> Option<DateOrder> {
    let language = collected
        .languages
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(l, _)| l)?;
    match closeout_lexicon::lexicon().language(language)?.date_order? {
        closeout_lexicon::DayOrder::Dmy => Some(DateOrder::Dmy),
        closeout_lexicon::DayOrder::Mdy => Some(DateOrder::Mdy),
    }
}

/// The first grading key among the sheets named like legends (see [`key`]), and its sheet.
fn grading_key(
    workbook: &mut Workbook,
    names: &[String],
    options: &ImportOptions,
) -> Result<Option<(String, key::Key)>, ImportFailure> {
    if options.sheet.is_some() {
        return Ok(None);
    }
    let lexicon = closeout_lexicon::lexicon();
    for name in names.iter().filter(|n| lexicon.is_skipped_sheet(n)) {
        // Its own budget: the legend is read again with the other sheets when no register is
        // found, and a key is a few rows.
        let mut budget = Budget::new(options.limits);
        let mut rows = Vec::new();
        workbook.for_each_row(name, &mut budget, &mut |row| {
            rows.push(row);
            Ok(rows.len() < key::KEY_ROWS)
        })?;
        let key = key::read(&rows);
        if !key.is_empty() {
            return Ok(Some((name.clone(), key)));
        }
    }
    Ok(None)
}

fn read_sheet<'d>(
    workbook: &mut Workbook<'d>,
    copy: Option<&mut SecondCopy<'d>>,
    name: &str,
    options: &ImportOptions,
    budget: &mut Budget,
    collected: &mut Collected,
) -> Result<(), ImportFailure> {
    let reader = workbook.for_each_row_merged(
        copy,
        name,
        budget,
        |merged| SheetReader::new(Some(name), options, merged),
        |reader, row| {
            reader.push(row, collected);
            Ok(true)
        },
    )?;
    reader.finish(collected);
    Ok(())
}

fn resolve_dates(
    collected: &mut Collected,
    options: &ImportOptions,
    output: &mut ImportOutput,
) -> Result<(), ImportFailure> {
    if collected.pending_dates.is_empty() {
        return Ok(());
    }
    let order = match collected.evidence.inferred() {
        Err(message) => {
            // Both orders in one file: trust nothing, unless the user said which.
            match options.date_order {
                Some(order) => order,
                None => {
                    return Err(grid::failure(
                        "unreadable",
                        format!("{message}; say which with the `date_order` option (dmy or mdy)"),
                    ));
                }
            }
        }
        Ok(Some(order)) => {
            output.warnings.push(format!(
                "dates such as 03/04/2026 read as {} (the file has dates that can only be read that way)",
                if order == DateOrder::Dmy { "dd/mm/yyyy" } else { "mm/dd/yyyy" }
            ));
            order
        }
        Ok(None) => match options
            .date_order
            .or_else(|| language_order(collected))
            .or(options.default_date_order)
        {
            Some(order) => order,
            None => {
                output.warnings.push("dates such as 03/04/2026 read as dd/mm/yyyy: nothing in the file settles the order; set the `date_order` option if they are mm/dd/yyyy".into());
                DateOrder::Dmy
            }
        },
    };
    for pending in std::mem::take(&mut collected.pending_dates) {
        match dates::slashed(pending.a, pending.b, pending.year, order) {
            Some(date) => {
                if let Some(record) = collected.findings.get_mut(pending.record) {
                    let iso = Some(date.to_string());
                    if pending.due {
                        record.due_date = iso;
                    } else {
                        record.raised_on = iso;
                    }
                }
            }
            None => collected.issues.push(closeout_plugin_abi::Issue {
                sheet: pending.sheet.clone(),
                row: Some(pending.row + 1),
                column: Some(grid::column_letter(pending.column)),
                message: format!(
                    "{}/{}/{} is not a valid date",
                    pending.a, pending.b, pending.year
                ),
                severity: Severity::Warning,
            }),
        }
    }
    Ok(())
}
