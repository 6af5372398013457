//! From a sheet's rows to findings. The first rows are buffered and a [`Layout`] chosen from
//! them (or, for a sheet of label and value pairs, a [`form`](crate::form) reading); then
//! every row is read, or skipped as blank, a section title, a total, or no finding at all.
//!
//! A row's cells become a finding through [`Collected::record`], which forms share: the
//! reference (split from a title when one cell holds both), the grade from wherever the row,
//! its section or its sheet puts it, the requirements from their column or else from the
//! statement, and the dates.

use std::collections::BTreeMap;

use closeout_lexicon::{Grade, lexicon, reference};
use closeout_plugin_abi::{FindingRecord, ImportOptions, Issue, Severity, SheetReport};

use crate::cell::{Combined, split_combined, split_identifier};
use crate::dates::{self, DateText, OrderEvidence};
use crate::field::Field;
use crate::grade::{self, How, Reading};
use crate::grid::{Row, Value, column_letter};
use crate::layout::{HEADER_ROWS, Layout, PROFILE_ROWS, Sample};

/// A slashed date waiting for the file's day order.
#[derive(Debug)]
pub struct PendingDate {
    pub record: usize,
    pub due: bool,
    pub a: u32,
    pub b: u32,
    pub year: i32,
    pub sheet: Option<String>,
    pub row: u32,
    pub column: u32,
}

/// Everything read so far from the file.
#[derive(Debug, Default)]
pub struct Collected {
    pub findings: Vec<FindingRecord>,
    pub issues: Vec<Issue>,
    pub sheets: Vec<SheetReport>,
    pub pending_dates: Vec<PendingDate>,
    pub evidence: OrderEvidence,
    pub severity_rule_used: bool,
    pub unqualified_rule_used: bool,
    /// Grade words no vocabulary knows, with the cells (sheet, 1-based row, 0-based column)
    /// that use them.
    pub unknown_grades: BTreeMap<String, Vec<(Option<String>, u32, u32)>>,
    /// The languages the sheets' headers were written in, by sheets.
    pub languages: BTreeMap<String, u32>,
    /// Whether some finding's reference had to be made up from its row.
    pub numbered_by_row: bool,
    /// The grade the last recorded row wrote in its grade column (or took from the row above
    /// it): what an empty grade cell right below it takes.
    pub grade_written: Option<Grade>,
    /// Findings whose empty grade cell took the grade of the row above.
    pub grades_carried: usize,
    /// Grading keys written on a register's own sheet, by sheet: a line above the table or a
    /// footnote under it (`M = major nonconformity, m = minor nonconformity`).
    pub sheet_keys: BTreeMap<Option<String>, crate::key::Key>,
    /// Grade words read as the one they misspell (`Minro` -> minor).
    pub misspelt: BTreeMap<String, Grade>,
    /// The people a line of a sheet names by their initials (`LF = Lena Fischer | BK = Badr
    /// Karim`), by sheet: owner cells that hold the initials name them.
    pub people_keys: BTreeMap<Option<String>, BTreeMap<String, String>>,
}

impl Collected {
    /// Keeps a grade code a row of a key under a table defines (see [`crate::key::pair`]).
    fn note_key_pair(&mut self, sheet: Option<&str>, (term, grade): (String, Grade)) {
        self.sheet_keys
            .entry(sheet.map(str::to_owned))
            .or_default()
            .insert(term, grade);
    }

    /// Keeps the grade codes a line of a register's sheet (or a header) defines, when it
    /// defines two at least; whether it did.
    fn note_key(&mut self, sheet: Option<&str>, text: &str) -> bool {
        let Some(terms) = crate::key::line(text) else {
            return false;
        };
        self.sheet_keys
            .entry(sheet.map(str::to_owned))
            .or_default()
            .extend(terms);
        true
    }

    pub(crate) fn issue(
        &mut self,
        sheet: Option<&str>,
        row: Option<u32>,
        column: Option<u32>,
        severity: Severity,
        message: String,
    ) {
        self.issues.push(Issue {
            sheet: sheet.map(str::to_owned),
            row: row.map(|r| r + 1),
            column: column.map(column_letter),
            message,
            severity,
        });
    }
}

/// Where a value of a finding was found: 0-based row and column.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub row: u32,
    pub column: u32,
}

/// One finding's cells, by field, wherever they sit (a row of a table, a block of a form).
#[derive(Debug, Default)]
pub struct Cells {
    /// The row the finding is reported at (0-based).
    pub row: u32,
    pub values: BTreeMap<Field, (At, Value)>,
    /// Cells feeding no field, searched for a grade when nothing else gives one.
    pub others: Vec<(At, Value)>,
    /// More references (another framework's column), read with the requirements.
    pub more_requirements: Vec<(At, Value)>,
}

/// What the sheet around a finding says.
pub struct Context<'a> {
    pub sheet: Option<&'a str>,
    pub options: &'a ImportOptions,
    pub section_grade: Option<Grade>,
    pub sheet_grade: Option<Grade>,
    /// Whether the sheet has a grade column (or label).
    pub grade_column: Option<u32>,
    /// The grade the row right above wrote in the grade column: a group's grade written once
    /// on its first row (`Major` over three rows, a blank row before the next group).
    pub grade_above: Option<Grade>,
    /// Columns whose tick grades a row (see [`crate::layout::Layout::ticked`]).
    pub ticked: &'a [(u32, Grade)],
    /// Columns naming each row's standard (see [`crate::layout::Layout::standards`]).
    pub standards: &'a [u32],
    /// Codes a line above the table gives the standards (`QMS = ISO 9001:2015`), as read in
    /// the standards columns.
    pub standard_codes: &'a BTreeMap<String, String>,
    /// The language the sheet's labels are written in (a code), which says what its month
    /// names mean.
    pub language: Option<&'a str>,
    /// See [`crate::layout::Layout::title_is_requirement`].
    pub title_is_requirement: bool,
}

/// What became of a finding's cells.
pub enum Outcome {
    /// A finding.
    Finding,
    /// No finding (`Conforme`, `Strength`): skipped with a note.
    NotAFinding,
    /// A finding whose grade nothing gives; kept back until the sheet is read, since in a
    /// sheet that also marks rows as no finding, an ungraded row is one too.
    Ungraded(Box<FindingRecord>),
}

/// Whether a cell is a roman numeral of a section (`I`, `IV`, `XII`), in capitals.
fn is_roman_numeral(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    (1..=6).contains(&text.len()) && text.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// What a pivot table writes for an empty label, in the languages of Excel's interface:
/// `(blank)`, `(vide)`, `(Leer)`.
fn is_pivot_blank(text: &str) -> bool {
    const BLANK: [&str; 8] = [
        "(blank)",
        "(vide)",
        "(leer)",
        "(vacío)",
        "(en blanco)",
        "(vuoto)",
        "(leeg)",
        "(em branco)",
    ];
    text.starts_with('(') && BLANK.contains(&text.to_lowercase().as_str())
}

fn text(value: &Value) -> Option<String> {
    let owned;
    let shown = match value {
        Value::Text(text) => text.as_str(),
        other => {
            owned = other.display();
            owned.as_str()
        }
    };
    let cleaned = shown.trim().trim_matches(['*', '_']).trim();
    (!cleaned.is_empty()
        && !matches!(cleaned, "-" | "–" | "—" | "n/a" | "N/A")
        && !is_pivot_blank(cleaned))
    .then(|| cleaned.to_owned())
}

impl Collected {
    /// Makes a finding of one row's (or form block's) cells.
    pub fn record(&mut self, cells: Cells, context: &Context<'_>) -> Outcome {
        let sheet = context.sheet;
        self.grade_written = None;
        let value_text = |field: Field| cells.values.get(&field).and_then(|(_, v)| text(v));
        let at = |field: Field| cells.values.get(&field).map(|(at, _)| *at);
        let mut record = FindingRecord {
            sheet: sheet.map(str::to_owned),
            row: cells.row + 1,
            title: value_text(Field::Title),
            statement: value_text(Field::Statement),
            objective_evidence: value_text(Field::ObjectiveEvidence),
            root_cause: value_text(Field::RootCause),
            correction: value_text(Field::Correction),
            corrective_action: value_text(Field::CorrectiveAction),
            owner: value_text(Field::Owner),
            action_owner: value_text(Field::ActionOwner),
            status: value_text(Field::Status),
            verification: value_text(Field::Verification),
            ..Default::default()
        };

        // The reference, perhaps sharing its cell with a title and references, or a grade.
        let mut bracket_grade = None;
        let mut cited_in_reference = None;
        if let Some(cell) = value_text(Field::Reference) {
            let same_as = |field: Field| {
                at(field).map(|a| a.column) == at(Field::Reference).map(|a| a.column)
            };
            match split_combined(&cell) {
                Some(Combined {
                    id,
                    title,
                    cited,
                    grade,
                }) => {
                    record.reference = Some(id);
                    cited_in_reference = cited;
                    bracket_grade = grade;
                    if same_as(Field::Statement) {
                        record.statement = Some(title);
                    } else if same_as(Field::Title) || record.title.is_none() {
                        record.title = Some(title);
                    }
                }
                None => {
                    let (id, bracket) = match cell.split_once('(') {
                        Some((id, bracket)) if split_identifier(id).is_some() => {
                            (id.trim().to_owned(), Some(bracket))
                        }
                        _ => (cell.clone(), None),
                    };
                    if bracket.is_some() {
                        bracket_grade = grade::in_reference(&cell);
                    }
                    record.reference = Some(id);
                }
            }
        }
        // With no statement, the finding is what the row says falls short (a self-assessment's
        // `Comment / evidence` beside the requirement's title), else its title.
        if record.statement.is_none() {
            record.statement = match record.objective_evidence.take() {
                Some(evidence) if context.title_is_requirement => Some(evidence),
                evidence => {
                    record.objective_evidence = evidence;
                    record.title.take()
                }
            };
        }

        // `CLOSED - Visitors are not signed in`: a status written before the statement is the
        // finding's status, not its text.
        if let Some(statement) = &record.statement
            && let Some((before, after)) = statement
                .split_once([' ', ':', '-'])
                .map(|(b, a)| (b.trim(), a.trim_start_matches([' ', '-', ':', '–']).trim()))
            && before
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
            && before.chars().any(char::is_alphabetic)
            && lexicon().status(before).is_some()
            && after.split_whitespace().count() >= 3
        {
            let (before, after) = (before.to_owned(), after.to_owned());
            record.status.get_or_insert(before);
            record.statement = Some(after);
        }
        // The only person a form names is the finding's owner too.
        if record.owner.is_none() {
            record.owner = record.action_owner.take();
        }

        // Requirements: their column, else the reference cell's brackets, else the statement
        // (or the title, the evidence, or the grade's cell: an issue tracker's labels carry
        // the grade and the references together, `finding::minor-nc,ISO27001:A.5.15`).
        if let Some((at, value)) = cells.values.get(&Field::Requirements)
            && let Some(cell) = text(value)
        {
            record.requirements_numeric = matches!(value, Value::Number(_));
            record.requirements = vec![cell];
            record.requirements_column = Some(column_letter(at.column));
        } else if let Some(cited) = cited_in_reference {
            record.requirements = vec![cited];
            record.requirements_column = at(Field::Reference).map(|a| column_letter(a.column));
            record.requirements_source = Some("the reference's cell".into());
        } else {
            for field in [
                Field::Statement,
                Field::Title,
                Field::ObjectiveEvidence,
                Field::Grade,
            ] {
                let Some(found) = cells.values.get(&field).and_then(|(_, v)| text(v)) else {
                    continue;
                };
                let cited: Vec<String> = reference::find_in_prose(&found)
                    .into_iter()
                    .filter_map(|c| match c {
                        reference::Cited::Iso(r) => Some(r.text),
                        reference::Cited::Other(o) => Some(o.id),
                        reference::Cited::Unreadable(_) => None,
                    })
                    .collect();
                if !cited.is_empty() {
                    record.requirements = cited;
                    record.requirements_column = at(field).map(|a| column_letter(a.column));
                    record.requirements_source =
                        Some(format!("the {}", field.name().replace('_', " ")));
                    break;
                }
            }
        }

        // A register of several standards (a `Standard` column: `ISO 9001:2015`) cites
        // another standard's clauses on some rows: read with its name, they are that
        // standard's, not 27001's.
        if !record.requirements.is_empty()
            && let Some(standard) = cells
                .others
                .iter()
                .filter(|(at, _)| context.standards.contains(&at.column))
                .filter_map(|(_, v)| text_of(v))
                .find_map(|text| standard_named(text, context.standard_codes))
        {
            for cell in &mut record.requirements {
                *cell = format!("{standard} {cell}");
            }
        }
        for (at, value) in &cells.more_requirements {
            if let Some(cell) = text(value) {
                if record.requirements_column.is_none() {
                    record.requirements_column = Some(column_letter(at.column));
                    record.requirements_source = None;
                    record.requirements.clear();
                }
                record.requirements.push(cell);
            }
        }

        // The grade: its cell, the reference, the section, the sheet, any other text, then the
        // grade of the row above when the group writes it once.
        let mut unknown_word = None;
        if let Some((at, value)) = cells.values.get(&Field::Grade)
            && let Some(cell) = text(value)
        {
            match grade::read(&cell, &context.options.grades) {
                Ok(Reading::Grade(grade, how)) => {
                    // `NC` in a `Type` column, its grade in a `Category` column beside it.
                    // Or in a column whose codes the sheet's key defines (`High = Major NC`).
                    let keyed = || {
                        let key = self.sheet_keys.get(&sheet.map(str::to_owned))?;
                        cells.others.iter().find_map(|(at, value)| {
                            crate::key::lookup(key, text_of(value)?).map(|g| (g, at.column))
                        })
                    };
                    let qualified = (how == How::Unqualified)
                        .then(|| qualifying_grade(&cells.others).or_else(keyed))
                        .flatten();
                    match how {
                        How::Severity => self.severity_rule_used = true,
                        How::Misspelt => {
                            self.misspelt.insert(cell.clone(), grade);
                        }
                        How::Unqualified if qualified.is_none() => {
                            self.unqualified_rule_used = true
                        }
                        _ => {}
                    }
                    let (grade, source) = match qualified {
                        Some((grade, column)) => (
                            grade,
                            format!(
                                "column {} (`{cell}`), graded in column {}",
                                column_letter(at.column),
                                column_letter(column)
                            ),
                        ),
                        None => (grade, format!("column {}", column_letter(at.column))),
                    };
                    record.grade = Some(grade.name().to_owned());
                    record.grade_text = Some(cell);
                    record.grade_source = Some(source);
                    self.grade_written = Some(grade);
                }
                Ok(Reading::NotAFinding) => {
                    self.issue(
                        sheet,
                        Some(cells.row),
                        Some(at.column),
                        Severity::Info,
                        format!("`{cell}` says this row is no finding; skipped"),
                    );
                    return Outcome::NotAFinding;
                }
                // A code the sheet's key defines (`Rating (1=Major NC, 2=Minor NC, ...)` over a
                // column of 1s and 2s): read at once, before the reference's own code
                // (`OBS-01`) or the text could grade the row otherwise.
                Ok(Reading::Unknown) => match self
                    .sheet_keys
                    .get(&sheet.map(str::to_owned))
                    .and_then(|key| crate::key::lookup(key, &cell))
                {
                    Some(grade) => {
                        record.grade = Some(grade.name().to_owned());
                        record.grade_source = Some(format!(
                            "column {} (`{cell}`, as the sheet's key defines it)",
                            column_letter(at.column)
                        ));
                        record.grade_text = Some(cell);
                        self.grade_written = Some(grade);
                    }
                    None => unknown_word = Some((cell, at.column)),
                },
                Err(message) => {
                    self.issue(
                        sheet,
                        Some(cells.row),
                        Some(at.column),
                        Severity::Error,
                        message,
                    );
                    record.grade_text = Some(cell);
                }
            }
        }
        if record.grade.is_none() && !context.ticked.is_empty() {
            let ticks: Vec<(u32, Grade)> = cells
                .others
                .iter()
                .filter(|(_, value)| crate::layout::is_tick(value))
                .filter_map(|(at, _)| context.ticked.iter().find(|(c, _)| *c == at.column))
                .copied()
                .collect();
            if let [(column, grade), rest @ ..] = ticks.as_slice()
                && rest.iter().all(|(_, g)| g == grade)
            {
                record.grade = Some(grade.name().to_owned());
                record.grade_source =
                    Some(format!("the tick in column {}", column_letter(*column)));
            }
        }
        if record.grade.is_none() {
            let reference = record.reference.clone().unwrap_or_default();
            let from_reference = bracket_grade.or_else(|| grade::in_reference(&reference));
            let prose = || {
                let mut texts: Vec<(u32, String)> = cells
                    .values
                    .iter()
                    .filter(|(f, _)| !matches!(f, Field::Grade | Field::Reference))
                    .chain(cells.others.iter().map(|c| (&Field::Comments, c)))
                    .filter_map(|(_, (at, v))| text(v).map(|t| (at.column, t)))
                    .collect();
                texts.sort_by_key(|(column, _)| *column);
                let found: Vec<(u32, Grade)> = texts
                    .iter()
                    .filter_map(|(column, t)| grade::named_in_prose(t).map(|g| (*column, g)))
                    .collect();
                match found.as_slice() {
                    [(column, grade), rest @ ..] if rest.iter().all(|(_, g)| g == grade) => {
                        Some((*grade, format!("text in column {}", column_letter(*column))))
                    }
                    _ => None,
                }
            };
            // A row whose finding says it raised nothing (`Verified as effective and closed;
            // no new finding.`), whatever grade it names in passing, when nothing else grades
            // it. Not a verification or an action's text, which says so of findings that stand.
            let said_none = || {
                cells
                    .values
                    .iter()
                    .filter(|(f, _)| matches!(f, Field::Statement | Field::Title | Field::Comments))
                    .find_map(|(_, (at, v))| {
                        text(v)
                            .filter(|t| lexicon().says_no_finding(t))
                            .map(|_| at.column)
                    })
            };
            let found = from_reference
                .map(|g| (g, format!("the reference {reference}")))
                .or_else(|| {
                    context
                        .section_grade
                        .map(|g| (g, "the section title above".to_owned()))
                })
                .or_else(|| {
                    context
                        .sheet_grade
                        .map(|g| (g, "the sheet's name".to_owned()))
                });
            if found.is_none()
                && let Some(column) = said_none()
            {
                self.issue(
                    sheet,
                    Some(cells.row),
                    Some(column),
                    Severity::Info,
                    "its text says this row raised no finding; skipped".to_owned(),
                );
                return Outcome::NotAFinding;
            }
            // `Access reviews never done (minor)`: a to-do list's grade in brackets in the text.
            let bracketed = || {
                [Field::Statement, Field::Title].iter().find_map(|field| {
                    let (at, value) = cells.values.get(field)?;
                    let grade = grade::in_brackets(text_of(value)?)?;
                    Some((
                        grade,
                        format!("the brackets in column {}", column_letter(at.column)),
                    ))
                })
            };
            let found = found.or_else(bracketed).or_else(prose).or_else(|| {
                let above = context
                    .grade_above
                    .filter(|_| !cells.values.contains_key(&Field::Grade))?;
                self.grade_written = Some(above);
                self.grades_carried += 1;
                Some((
                    above,
                    "the row above (the group's grade, written once)".to_owned(),
                ))
            });
            if let Some((grade, source)) = found {
                record.grade = Some(grade.name().to_owned());
                record.grade_source = Some(source);
            }
        }
        if let Some((word, column)) = unknown_word {
            self.unknown_grades.entry(word.clone()).or_default().push((
                sheet.map(str::to_owned),
                cells.row + 1,
                column,
            ));
            if record.grade.is_none() {
                record.grade_text = Some(word);
            }
        }

        // Dates.
        let index = self.findings.len();
        for (field, due) in [(Field::RaisedOn, false), (Field::DueDate, true)] {
            let Some((at, value)) = cells.values.get(&field) else {
                continue;
            };
            let date = self.read_date(value, *at, due, index, (sheet, context.language));
            let iso = date.map(|d| d.to_string());
            if due {
                record.due_date = iso;
            } else {
                record.raised_on = iso;
            }
        }

        if record.grade.is_none() && record.grade_text.is_none() {
            // No grade anywhere, but a remark that the row conforms (`Conforme.`, `OK`).
            let conforms = cells
                .others
                .iter()
                .chain(cells.values.get(&Field::Comments))
                .chain(cells.values.get(&Field::Verification))
                .filter_map(|(at, v)| text(v).map(|t| (at, t)))
                .find(|(_, t)| t.split_whitespace().count() <= 3 && lexicon().is_not_a_finding(t));
            if let Some((at, said)) = conforms {
                self.issue(
                    sheet,
                    Some(cells.row),
                    Some(at.column),
                    Severity::Info,
                    format!("`{said}` says this row is no finding; skipped"),
                );
                return Outcome::NotAFinding;
            }
            return Outcome::Ungraded(Box::new(record));
        }
        self.findings.push(record);
        Outcome::Finding
    }

    fn read_date(
        &mut self,
        value: &Value,
        at: At,
        due: bool,
        index: usize,
        (sheet, language): (Option<&str>, Option<&str>),
    ) -> Option<chrono::NaiveDate> {
        let issue = |me: &mut Collected, severity, message| {
            me.issue(sheet, Some(at.row), Some(at.column), severity, message)
        };
        match value {
            Value::Date(d) => Some(dates::in_common_era(*d, language)),
            Value::Number(n) if (20_000.0..80_000.0).contains(n) => dates::from_serial(*n),
            Value::Text(t) => match dates::read_text_in(t, language) {
                DateText::Date(d, trailing) => {
                    if trailing {
                        issue(
                            self,
                            Severity::Info,
                            format!(
                                "read `{}` as {d}; the text after the date was ignored",
                                t.trim()
                            ),
                        );
                    }
                    Some(d)
                }
                DateText::Month(d, _) => {
                    issue(
                        self,
                        Severity::Info,
                        format!("`{}` names a month, not a day; read as {d}", t.trim()),
                    );
                    Some(d)
                }
                DateText::Slashed { a, b, year, .. } => {
                    self.evidence.observe(a, b);
                    self.pending_dates.push(PendingDate {
                        record: index,
                        due,
                        a,
                        b,
                        year,
                        sheet: sheet.map(str::to_owned),
                        row: at.row,
                        column: at.column,
                    });
                    None
                }
                DateText::NoYear => {
                    issue(
                        self,
                        Severity::Warning,
                        format!("`{}` has no year; the date was left empty", t.trim()),
                    );
                    None
                }
                DateText::Invalid => {
                    issue(
                        self,
                        Severity::Warning,
                        format!("`{}` is not a date; left empty", t.trim()),
                    );
                    None
                }
            },
            other => {
                issue(
                    self,
                    Severity::Warning,
                    format!("`{}` is not a date; left empty", other.display()),
                );
                None
            }
        }
    }
}

/// A row whose first cell is a label naming a field other than the finding's own reference
/// or grade (`Evidence:`, `Objective evidence:`), with the text beside it, which the row's
/// other cells hold.
fn labelled_line(row: &Row) -> Option<(Field, String)> {
    let (first, rest) = row.cells.split_first()?;
    let label = text_of(&first.1)?.strip_suffix(':')?.trim();
    if label.is_empty() || label.split_whitespace().count() > 4 || rest.is_empty() {
        return None;
    }
    let (name, _, _) = lexicon().fields_named(label).into_iter().next()?;
    let field = Field::parse(name)?;
    if matches!(field, Field::Reference | Field::Grade) {
        return None;
    }
    let text: Vec<String> = rest.iter().filter_map(|(_, v)| text(v)).collect();
    (!text.is_empty()).then(|| (field, text.join("\n")))
}

/// A row whose reference is merged down from the row above adds its own cells to that
/// finding: another requirement, another line of evidence.
fn continue_finding(last: &mut FindingRecord, own: Vec<(Field, String)>) {
    for (field, text) in own {
        let slot = match field {
            Field::Requirements => {
                if !last.requirements.contains(&text) {
                    last.requirements.push(text);
                }
                continue;
            }
            Field::Statement => &mut last.statement,
            Field::ObjectiveEvidence => &mut last.objective_evidence,
            Field::RootCause => &mut last.root_cause,
            Field::Correction => &mut last.correction,
            Field::CorrectiveAction => &mut last.corrective_action,
            Field::Verification => &mut last.verification,
            _ => continue,
        };
        match slot {
            Some(existing) if !existing.contains(&text) => {
                existing.push('\n');
                existing.push_str(&text);
            }
            Some(_) => {}
            None => *slot = Some(text),
        }
    }
}

/// The other standard a cell of a standards column names (`ISO 9001:2015`), or names by a
/// code the sheet defines (`QMS`); none when it names ISO/IEC 27001 too (`ISMS / PIMS`).
fn standard_named(text: &str, codes: &BTreeMap<String, String>) -> Option<&'static str> {
    let expanded: Vec<&str> = text
        .split(['/', ',', ';', '+', '&'])
        .map(|part| codes.get(part.trim()).map_or(part, String::as_str))
        .collect();
    reference::other_standard_named(&expanded.join(" / "))
}

/// Whether a text reads as a sentence, not a label: six words or more, or fifty characters.
fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() >= 6 || text.chars().count() >= 50
}

/// Whether the data rows from `start` come in pairs of a row of fields and a row of one
/// sentence below it, most of them: findings whose statement is written under their other
/// fields, across the table.
fn statements_below(rows: &[Row], start: u32) -> bool {
    let data: Vec<&Row> = rows.iter().filter(|r| r.index >= start).collect();
    let pairs = data
        .windows(2)
        .filter(|pair| {
            pair[0].cells.len() >= 2
                && pair[1].index == pair[0].index + 1
                && matches!(pair[1].cells.as_slice(), [(_, value)] if text_of(value).is_some_and(is_prose))
        })
        .count();
    pairs >= 2 && pairs * 5 >= data.len() * 2
}

/// Whether the first column of a sheet holds field names (`Issue ref`, `Grade`, `Clause`,
/// `Issue`), four at least and each once (a form's blocks repeat theirs), with values beside
/// them on most rows: a table on its side.
fn labels_down_the_side(rows: &[Row]) -> bool {
    let Some(first) = rows
        .iter()
        .filter_map(|r| r.cells.first().map(|(c, _)| *c))
        .min()
    else {
        return false;
    };
    let labels: Vec<String> = rows
        .iter()
        .filter(|row| row.cells.len() >= 2)
        .filter_map(|row| row.get(first).and_then(text_of))
        .filter(|label| label.len() <= 40 && names_a_field(label))
        .map(closeout_lexicon::normalise)
        .collect();
    let distinct: std::collections::BTreeSet<&String> = labels.iter().collect();
    labels.len() >= 4 && distinct.len() == labels.len() && labels.len() * 2 >= rows.len()
}

/// A sheet whose cells each carry their field's label (`Grade: Major`, `Clause: 9.3`), as a
/// query that split an email's lines into columns leaves them, under a header that names
/// nothing (`Column1.1`): its rows with the labels taken off and the labels as the header (the
/// row above the first that holds one, its other cells kept). None unless three columns at
/// least are labelled, each with one label in four of five of its cells below the header.
fn labelled_values(rows: &[Row]) -> Option<Vec<Row>> {
    let label_of = |value: &Value| {
        let (label, _) = text_of(value)?.trim().split_once(':')?;
        let label = label.trim();
        (!label.is_empty() && label.split_whitespace().count() <= 4 && names_a_field(label))
            .then(|| label.to_owned())
    };
    let mut labels: BTreeMap<u32, BTreeMap<String, usize>> = BTreeMap::new();
    let mut filled: BTreeMap<u32, usize> = BTreeMap::new();
    for row in rows.iter().skip(1) {
        for (column, value) in &row.cells {
            *filled.entry(*column).or_default() += 1;
            if let Some(label) = label_of(value) {
                *labels.entry(*column).or_default().entry(label).or_default() += 1;
            }
        }
    }
    let chosen: BTreeMap<u32, String> = labels
        .into_iter()
        .filter_map(|(column, counts)| {
            let (label, count) = counts.into_iter().max_by_key(|(_, n)| *n)?;
            let cells = filled.get(&column).copied().unwrap_or(0);
            (count >= 2 && count * 5 >= cells * 4).then_some((column, label))
        })
        .collect();
    if chosen.len() < 3 {
        return None;
    }
    let labelled = |row: &Row| {
        row.cells.iter().any(|(c, v)| {
            chosen
                .get(c)
                .is_some_and(|l| label_of(v).as_ref() == Some(l))
        })
    };
    let first = rows.iter().position(labelled)?;
    let header = first.checked_sub(1)?;
    let mut out = rows.to_vec();
    // The labels head their columns; the header's other cells stay.
    let mut cells: BTreeMap<u32, Value> = out[header].cells.drain(..).collect();
    for (column, label) in &chosen {
        cells.insert(*column, Value::Text(label.clone()));
    }
    out[header].cells = cells.into_iter().collect();
    for row in &mut out[first..] {
        row.cells.retain_mut(|(column, value)| {
            let Some(label) = chosen.get(column) else {
                return true;
            };
            if let Value::Text(text) = value
                && let Some((written, rest)) = text.trim().split_once(':')
                && written.trim() == label
            {
                *text = rest.trim().to_owned();
            }
            !matches!(value, Value::Text(t) if t.is_empty())
        });
    }
    Some(out)
}

/// A sheet's rows turned into its columns: row `i` holds column `i`'s cells, each at its row.
fn turned(rows: &[Row]) -> Vec<Row> {
    let mut columns: BTreeMap<u32, Vec<(u32, Value)>> = BTreeMap::new();
    for row in rows {
        for (column, value) in &row.cells {
            columns
                .entry(*column)
                .or_default()
                .push((row.index, value.clone()));
        }
    }
    columns
        .into_iter()
        .map(|(index, cells)| Row { index, cells })
        .collect()
}

/// Whether a row is a header: three short labels at least that name fields, two thirds of
/// its cells, and nothing else but short text.
pub(crate) fn names_columns(row: &Row) -> bool {
    if row.cells.len() < 3 {
        return false;
    }
    // Checked on every row: short text without a digit only, before any word is looked up
    // (most rows have a reference, a date or a sentence).
    let label = |value: &Value| {
        text_of(value).is_some_and(|t| t.len() <= 60 && !t.bytes().any(|b| b.is_ascii_digit()))
    };
    if !row.cells.iter().all(|(_, value)| label(value)) {
        return false;
    }
    let naming = row
        .cells
        .iter()
        .filter_map(|(_, value)| text_of(value))
        .filter(|text| names_a_field(text))
        .count();
    naming >= 3 && naming * 3 >= row.cells.len() * 2
}

/// Whether a header names two fields, one on each side of a slash, an ampersand or a plus
/// (`Bevinding / actie`, `Finding & action`).
fn names_both(header: &str, first: Field, second: Field) -> bool {
    let names = |part: &str| -> Vec<Field> {
        lexicon()
            .fields_named(part)
            .into_iter()
            .filter_map(|(name, ..)| Field::parse(name))
            .collect()
    };
    header.split(['/', '&', '+']).count() == 2
        && header.split_once(['/', '&', '+']).is_some_and(|(a, b)| {
            let (a, b) = (names(a), names(b));
            a.first() == Some(&first) && b.contains(&second)
                || b.first() == Some(&first) && a.contains(&second)
        })
}

/// Whether an ungraded row says nothing a finding is made of (a list's folder row, `Archiv
/// 2025`, or a number reserved in a register): no statement, title, requirement, evidence or
/// plan, and no word in a grade column.
fn says_nothing(record: &FindingRecord) -> bool {
    [
        &record.statement,
        &record.title,
        &record.grade_text,
        &record.objective_evidence,
        &record.root_cause,
        &record.correction,
        &record.corrective_action,
    ]
    .iter()
    .all(|text| text.is_none())
        && record.requirements.is_empty()
}

/// Whether a row is a sign-off: two cells or more, each a short label and a name or a date
/// after its colon (`Lead auditor: R. Venkatesh`, `Date: 12-Mar-2026`) or a line to sign on
/// (`Signature: ____`).
fn is_sign_off(row: &Row) -> bool {
    row.cells.len() >= 2
        && row.cells.iter().all(|(_, value)| {
            text_of(value).is_some_and(|text| {
                text.contains("___")
                    || text.contains("....")
                    || text.split_once(':').is_some_and(|(label, after)| {
                        !label.trim().is_empty()
                            && label.split_whitespace().count() <= 8
                            && after.split_whitespace().count() <= 4
                    })
            })
        })
}

/// Whether a line is a note: a word for a note or a comment and a colon (`Note: BW-NC-03 was
/// raised at the follow-up visit.`, `Uwaga: ...`), or one word and `!` (`Obs! ...`, `NB! ...`,
/// as Nordic and Baltic notes start), then a sentence.
fn is_note(text: &str) -> bool {
    let Some(at) = text.find([':', '!']) else {
        return false;
    };
    let (label, rest) = (&text[..at], &text[at + 1..]);
    let exclaimed = text[at..].starts_with('!') && label.split_whitespace().count() == 1;
    label.split_whitespace().count() <= 2
        && rest.split_whitespace().count() >= 3
        && (exclaimed
            || lexicon()
                .fields_named(label)
                .first()
                .is_some_and(|(name, score, _)| {
                    Field::parse(name) == Some(Field::Comments) && *score >= 0.8
                }))
}

/// Whether a text is a field's name or holds one of its phrases (`Issue ref`, `Category`).
fn names_a_field(text: &str) -> bool {
    lexicon()
        .fields_named(text)
        .first()
        .is_some_and(|(_, score, _)| *score >= 0.8)
}

/// The grade a short cell of the row gives a nonconformity written without one (`Major`,
/// `Minor NC` in a `Category` column beside a `Type` of `NC`), when one cell gives one.
fn qualifying_grade(others: &[(At, Value)]) -> Option<(Grade, u32)> {
    let mut found = others.iter().filter_map(|(at, value)| {
        let text = text_of(value).filter(|t| t.split_whitespace().count() <= 3)?;
        match grade::classify(text) {
            Reading::Grade(grade @ (Grade::Major | Grade::Minor), How::Word | How::Code) => {
                Some((grade, at.column))
            }
            _ => None,
        }
    });
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

fn text_of(value: &Value) -> Option<&str> {
    match value {
        Value::Text(text) => Some(text.trim()),
        _ => None,
    }
}

/// Rows buffered before a sheet's layout is chosen.
const BUFFERED: usize = HEADER_ROWS + PROFILE_ROWS;
/// A sheet with no table among its first rows is kept up to this many rows, to be read as a
/// form.
const FORM_ROWS: usize = 2_000;

/// Whether a row's grade cell holds a grade: such a row is a finding wherever it stands.
fn grades_itself(layout: &Layout, row: &Row) -> bool {
    layout
        .column(Field::Grade)
        .and_then(|c| row.get(c))
        .and_then(text_of)
        .is_some_and(|t| matches!(grade::classify(t), Reading::Grade(..)))
}

/// A requirements cell of a column headed by another framework (`PCI DSS v4.0.1 Req.`), each
/// line prefixed with the framework's name: such a column writes its ids bare, and `9.2.1`
/// there is PCI DSS's, not the clause of ISO 27001. Other cells as they are.
fn in_framework_of_header(layout: &Layout, column: u32, value: Value) -> Value {
    let Some(framework) = layout
        .texts
        .get(&column)
        .and_then(|t| reference::framework_named(t))
    else {
        return value;
    };
    match &value {
        Value::Text(text) => Value::Text(
            text.lines()
                .map(|line| {
                    if line.trim().is_empty() || reference::names_framework(line) {
                        line.to_owned()
                    } else {
                        format!("{framework} {line}")
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Value::Number(_) => Value::Text(format!("{framework} {}", value.display())),
        _ => value,
    }
}

/// Whether a section's or a sheet's title says what it lists is no finding (`Strengths`,
/// `Points forts`). A word of five letters at least: a lone `OK` or `N/A` is a cell, not a
/// title.
fn names_no_findings(title: &str) -> bool {
    grade::named_in(title).is_none()
        && title
            .split(|c: char| !c.is_alphabetic())
            .any(|word| word.chars().count() >= 5)
        && lexicon().is_not_a_finding(title)
}

/// Reads one sheet, row by row.
pub struct SheetReader<'o> {
    name: Option<String>,
    options: &'o ImportOptions,
    buffered: Vec<Row>,
    layout: Option<Layout>,
    decided: bool,
    skip_reason: Option<String>,
    merged: closeout_plugin_sheet::FillDown<(u32, Value)>,
    section_grade: Option<Grade>,
    /// Under a section that lists no findings (`Strengths`).
    section_aside: bool,
    /// The row last read as a finding and the grade its grade column gave.
    grade_above: Option<(u32, Grade)>,
    /// The requirements cell of the finding on the row above, when the table writes them once
    /// per group in its first column.
    requirements_above: Option<(u32, (At, Value))>,
    sheet_grade: Option<Grade>,
    rows_read: u32,
    /// Rows that said they are no finding.
    not_findings: u32,
    ungraded: Vec<FindingRecord>,
    form: Option<crate::form::FormReport>,
    /// Read turned on its side: each row here is a column of the sheet.
    sideways: bool,
    /// Whether the rows were read with their cells' labels taken off (see
    /// [`labelled_values`]).
    unlabelled: bool,
    /// The organisation's people, whose names make a column of owners.
    people: closeout_lexicon::People,
    /// Rows below the last finding read so far with neither a reference nor a grade.
    trailing: Vec<Row>,
    /// The sheet's vertically merged regions, for a reader of a table beside this one.
    merged_regions: Vec<(u32, u32, u32)>,
    /// A second table beside the first on the same rows: the column it starts at, and its
    /// reader (see [`SheetReader::split_beside`]).
    beside: Option<(u32, Box<SheetReader<'o>>)>,
    /// Codes of standards a line above the table defines (see [`crate::key::standard_codes`]).
    standard_codes: BTreeMap<String, String>,
    /// Each finding's statement is the one text of the row below it (a closing meeting's
    /// slide: `CM-1 | NC – Major | 6.1.2 | ...` over the finding written across the table).
    statement_below: bool,
    /// The tables adopted on the sheet so far (a table of actions may follow the findings').
    tables: u32,
    /// The requirements are the table's first column, written once per group (a pivot
    /// table's outline, with `A.5.15 Total` rows): a row of the group without them has its
    /// group's.
    requirements_outline: bool,
    /// The statement column's header names actions too (`Bevinding / actie`, `Finding /
    /// Action`): a tool's hierarchy puts each finding's actions on rows under it there.
    actions_in_statements: bool,
}

impl<'o> SheetReader<'o> {
    /// A reader for a sheet (`None` for CSV) with its vertically merged regions.
    pub fn new(
        name: Option<&str>,
        options: &'o ImportOptions,
        merged: Vec<(u32, u32, u32)>,
    ) -> SheetReader<'o> {
        SheetReader {
            name: name.map(str::to_owned),
            options,
            buffered: Vec::new(),
            layout: None,
            decided: false,
            skip_reason: None,
            merged: closeout_plugin_sheet::FillDown::new(merged.clone()),
            merged_regions: merged,
            beside: None,
            statement_below: false,
            actions_in_statements: false,
            tables: 0,
            requirements_outline: false,
            standard_codes: BTreeMap::new(),
            section_grade: None,
            // A sheet named `Points forts` or `Strengths` lists no findings, as a section so
            // titled does (a row that grades itself still is one).
            section_aside: name.is_some_and(names_no_findings),
            grade_above: None,
            requirements_above: None,
            sheet_grade: name.and_then(grade::named_in),
            rows_read: 0,
            not_findings: 0,
            ungraded: Vec::new(),
            form: None,
            sideways: false,
            unlabelled: false,
            people: closeout_lexicon::People::new(options.people.iter().map(String::as_str)),
            trailing: Vec::new(),
        }
    }

    /// Feeds the next row.
    pub fn push(&mut self, mut row: Row, out: &mut Collected) {
        if let Some((start, beside)) = &mut self.beside {
            let (left, right): (Vec<_>, Vec<_>) = row
                .cells
                .into_iter()
                .partition(|(column, _)| column < start);
            if !right.is_empty() {
                beside.push(
                    Row {
                        index: row.index,
                        cells: right,
                    },
                    out,
                );
            }
            if left.is_empty() {
                return;
            }
            row.cells = left;
        }
        if self.decided {
            if self.layout.is_some() {
                self.read_row(row, out);
            }
            return;
        }
        self.buffered.push(row);
        let wanted_seen = self
            .options
            .header_row
            .is_some_and(|h| self.buffered.len() >= PROFILE_ROWS && self.buffered[0].index < h);
        if self.buffered.len() == BUFFERED || wanted_seen {
            self.decide_table(out, false);
        } else if self.buffered.len() >= FORM_ROWS {
            self.decide_table(out, true);
        }
    }

    /// Chooses the sheet's layout from the buffered rows; `last` when no more rows will come
    /// before the decision must stand.
    fn decide_table(&mut self, out: &mut Collected, last: bool) {
        let wanted = self.options.header_row.map(|h| h.saturating_sub(1));
        let key = crate::key::in_lines(&self.buffered);
        let mut layout = Sample::keyed(&self.buffered, &key, &self.people).choose(wanted);
        if let Some(found) = &layout
            && self.split_beside(found, out)
        {
            layout = Sample::keyed(&self.buffered, &key, &self.people).choose(wanted);
        }
        match layout {
            Some(layout) if layout.score >= 1.2 || last || self.options.header_row.is_some() => {
                self.adopt(layout, out);
            }
            // Not a table among the first rows: keep reading, it may be a form.
            _ if !last => {}
            _ => self.decided = true,
        }
    }

    fn adopt(&mut self, mut layout: Layout, out: &mut Collected) {
        self.decided = true;
        for problem in closeout_plugin_sheet::override_fields(
            &mut layout.fields,
            &layout.texts,
            &self.options.columns,
            Field::parse,
            &Field::ALL.map(Field::name).join(", "),
            closeout_lexicon::normalise,
        ) {
            out.issue(self.name.as_deref(), None, None, Severity::Error, problem);
        }
        for mapped in layout.fields.values_mut() {
            if mapped.confidence >= 1.0 && mapped.evidence.is_empty() {
                mapped.evidence = "set by the `columns` option".into();
            }
        }
        if let Some(language) = &layout.language {
            *out.languages.entry(language.clone()).or_default() += 1;
        }
        if !layout.fields.contains_key(&Field::Statement)
            && !layout.fields.contains_key(&Field::Title)
        {
            let row = layout.header.map(|(_, last)| last);
            out.issue(
                self.name.as_deref(),
                row,
                None,
                Severity::Error,
                "the header has no nonconformity description column (looked for headers such as \
                 Nonconformity Description, Finding, Condition, and for a column of sentences); \
                 name it with the `columns` option, e.g. {\"statement\": \"D\"}"
                    .into(),
            );
        }
        let start = layout.data_start();
        self.tables += 1;
        self.requirements_outline = layout.column(Field::Requirements).is_some_and(|column| {
            layout.fields.values().all(|m| m.column >= column)
                && layout.column(Field::Reference).is_some_and(|r| r > column)
                && self.buffered.iter().any(|row| {
                    row.get(column)
                        .and_then(text_of)
                        .is_some_and(|t| t.contains(' ') && lexicon().mentions_summary(t))
                })
        });
        self.actions_in_statements = layout
            .fields
            .get(&Field::Statement)
            .and_then(|m| layout.texts.get(&m.column))
            .is_some_and(|header| names_both(header, Field::Statement, Field::CorrectiveAction));
        self.statement_below = !layout.fields.contains_key(&Field::Statement)
            && !layout.fields.contains_key(&Field::Title)
            && statements_below(&self.buffered, start);
        let first_header_row = layout.header.map_or(0, |(first, _)| first);
        for row in self
            .buffered
            .iter()
            .filter(|r| r.index < first_header_row && r.cells.len() == 1)
        {
            if let Some(text) = row.cells[0].1.as_text() {
                out.note_key(self.name.as_deref(), text);
                self.standard_codes.extend(crate::key::standard_codes(text));
            }
        }
        // A column of those codes says each row's standard, as a column of their names does.
        if !self.standard_codes.is_empty() {
            for mapped in &layout.unmapped {
                let cells: Vec<&str> = self
                    .buffered
                    .iter()
                    .filter(|r| r.index >= start)
                    .filter_map(|r| r.get(mapped.column).and_then(text_of))
                    .collect();
                let coded = cells
                    .iter()
                    .filter(|text| {
                        text.split(['/', ',', ';', '+', '&'])
                            .all(|part| self.standard_codes.contains_key(part.trim()))
                    })
                    .count();
                if coded >= 2 && coded * 2 >= cells.len() {
                    layout.standards.push(mapped.column);
                }
            }
        }
        // A header that says what its codes mean: `Severity (1=Major, 2=Minor, 3=OFI)`, read
        // from the header's own cells (a long gloss is no label) and the row right above it
        // (the same header in another language, over the one chosen).
        if let Some((first, last)) = layout.header {
            let glosses: Vec<String> = self
                .buffered
                .iter()
                .filter(|r| (first.saturating_sub(1)..=last).contains(&r.index))
                .flat_map(|r| r.cells.iter().filter_map(|(_, v)| v.as_text()))
                .map(str::to_owned)
                .collect();
            for text in glosses {
                out.note_key(self.name.as_deref(), &text);
            }
        }
        // A section title above the header (`Major Nonconformities`) grades the rows below.
        self.section_grade = self
            .buffered
            .iter()
            .rev()
            .filter(|r| r.index < first_header_row && r.cells.len() == 1)
            .find_map(|r| r.cells[0].1.as_text().and_then(grade::named_in));
        // Rows above the header that read as findings (a grade and a sentence among their
        // cells) are read by no one: said, so that a table above the one chosen is not lost
        // unseen.
        let above: Vec<u32> = self
            .buffered
            .iter()
            .filter(|r| {
                let mut texts = r.cells.iter().filter_map(|(_, v)| text_of(v));
                r.index < first_header_row
                    && r.cells.len() >= 3
                    && texts.clone().any(is_prose)
                    && texts.any(|t| matches!(grade::classify(t), Reading::Grade(..)))
            })
            .map(|r| r.index)
            .collect();
        if let (Some(first), Some(last)) = (above.first(), above.last()) {
            let (rows, verbs) = if first == last {
                (
                    format!("row {}", first + 1),
                    ("holds", "was", "it is a finding"),
                )
            } else {
                (
                    format!("rows {} to {}", first + 1, last + 1),
                    ("hold", "were", "they are findings"),
                )
            };
            out.issue(
                self.name.as_deref(),
                Some(*first),
                None,
                Severity::Warning,
                format!(
                    "{rows} above the header (row {}) {} a grade and a sentence among other cells and {} not read; if {}, name their header row with the `header_row` option",
                    first_header_row + 1,
                    verbs.0,
                    verbs.1,
                    verbs.2,
                ),
            );
        }
        self.layout = Some(layout);
        let rows = std::mem::take(&mut self.buffered);
        for row in rows.into_iter().filter(|r| r.index >= start) {
            // Under another table's header, rows wait for its layout.
            if self.decided {
                self.read_row(row, out);
            } else {
                self.buffered.push(row);
            }
        }
    }

    /// Finishes the sheet and reports it.
    pub fn finish(mut self, out: &mut Collected) {
        self.skip_trailing(out);
        // A sheet shorter than the rows buffered before deciding: the header the user named
        // is taken here, before any guessing.
        if !self.decided
            && let Some(row) = self.options.header_row
        {
            self.decide_table(out, true);
            if self.layout.is_none() {
                self.skip_reason = Some(format!(
                    "row {row} (the `header_row` option) is not a header this importer can read"
                ));
            }
        }
        // Again while the rows end under another table's header (each round reads from a
        // later row, so it ends).
        while !self.decided {
            let key = crate::key::in_lines(&self.buffered);
            let mut table = Sample::keyed(&self.buffered, &key, &self.people).choose(None);
            if let Some(found) = &table
                && self.split_beside(found, out)
            {
                table = Sample::keyed(&self.buffered, &key, &self.people).choose(None);
            }
            let form = [
                crate::form::read(&self.buffered),
                crate::form::read_stacked(&self.buffered),
            ]
            .into_iter()
            .flatten()
            .max_by(|a, b| a.score.total_cmp(&b.score));
            // A table turned on its side (field names down the first column, a finding per
            // column), when it reads better so than any other way.
            let sideways = (!self.sideways && labels_down_the_side(&self.buffered))
                .then(|| {
                    let rows = turned(&self.buffered);
                    let layout = Sample::keyed(&rows, &key, &self.people).choose(None)?;
                    Some((rows, layout))
                })
                .flatten()
                .filter(|(_, sideways)| {
                    table.as_ref().is_none_or(|t| sideways.score > t.score)
                        && form.as_ref().is_none_or(|f| sideways.score > f.score)
                });
            // Cells that each carry their field's label (`Grade: Major`) under a header that
            // names nothing (`Column1.1`), when they read better so.
            let unlabelled = (!self.unlabelled)
                .then(|| labelled_values(&self.buffered))
                .flatten()
                .and_then(|rows| {
                    let layout = Sample::keyed(&rows, &key, &self.people).choose(None)?;
                    Some((rows, layout))
                })
                .filter(|(_, unlabelled)| {
                    table.as_ref().is_none_or(|t| unlabelled.score > t.score)
                        && form.as_ref().is_none_or(|f| unlabelled.score > f.score)
                });
            if let Some((rows, layout)) = unlabelled {
                self.buffered = rows;
                self.unlabelled = true;
                self.adopt(layout, out);
                continue;
            }
            if let Some((rows, layout)) = sideways {
                self.buffered = rows;
                self.merged = closeout_plugin_sheet::FillDown::new(Vec::new());
                self.sideways = true;
                self.adopt(layout, out);
                continue;
            }
            match (table, form) {
                (Some(table), Some(form)) if table.score >= form.score => self.adopt(table, out),
                (_, Some(form)) => self.read_form(form, out),
                (Some(table), None) => self.adopt(table, out),
                // Rows under another header that no table could be read from.
                (None, None) if self.layout.is_some() => {
                    if let Some(first) = self.buffered.first() {
                        out.issue(
                            self.name.as_deref(),
                            Some(first.index),
                            None,
                            Severity::Warning,
                            format!(
                                "the {} row(s) from here could not be read as a table; name the sheet and its header row with the `sheet` and `header_row` options to read them",
                                self.buffered.len()
                            ),
                        );
                    }
                    break;
                }
                (None, None) => {
                    self.skip_reason = Some(format!(
                        "no header row with known column names (NC ID, Grade, Clause, Description...) in its first {HEADER_ROWS} rows, and no label and value pairs of a finding"
                    ));
                    break;
                }
            }
        }
        // Ungraded rows: in a sheet that marks some rows as no finding, they are none either.
        let sheet = self.name.clone();
        let grade_column = self.layout.as_ref().and_then(|l| l.column(Field::Grade));
        // A to-do list whose findings give their grade in their text (`... (minor)`): its rows
        // with neither a grade nor a requirement are errands, not findings.
        let graded_by_text = out
            .findings
            .iter()
            .filter(|f| f.sheet == sheet)
            .filter(|f| {
                f.grade_source
                    .as_deref()
                    .is_some_and(|s| s.starts_with("the brackets") || s.starts_with("text in"))
            })
            .count();
        if grade_column.is_none() && graded_by_text >= 2 {
            let (errands, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.ungraded)
                .into_iter()
                .partition(|record| record.requirements.is_empty());
            self.ungraded = rest;
            for record in errands {
                out.issue(
                    sheet.as_deref(),
                    Some(record.row - 1),
                    None,
                    Severity::Info,
                    "no grade and no requirement, in a list whose findings give theirs in their text: an errand, not a finding".into(),
                );
            }
        }
        if self.not_findings == 0 && !self.ungraded.is_empty() && grade_column.is_none() {
            // Said once for the sheet, so the reader learns what to change, not only which rows
            // suffer from it.
            let header_row = self
                .layout
                .as_ref()
                .and_then(|l| l.header.map(|(_, last)| last));
            out.issue(
                sheet.as_deref(),
                header_row,
                None,
                Severity::Error,
                "the header has no grade column (looked for headers such as Grade, Category, \
                 Classification, Type of finding, and for a column of grade words), and the rows \
                 do not say their grade elsewhere; name it with the `columns` option, e.g. \
                 {\"grade\": \"B\"}, or add a grade to each row"
                    .into(),
            );
        }
        for record in std::mem::take(&mut self.ungraded) {
            // `P-03` over `P-03.1` and `P-03.2`: a line grouping the parts, each graded.
            let parts_below = record.reference.as_deref().is_some_and(|group| {
                out.findings.iter().any(|f| {
                    f.sheet == record.sheet
                        && f.reference
                            .as_deref()
                            .and_then(|r| r.strip_prefix(group))
                            .is_some_and(|rest| rest.starts_with('.') && rest.len() > 1)
                })
            });
            if parts_below {
                out.issue(sheet.as_deref(), Some(record.row - 1), None, Severity::Info,
                    format!("`{}` groups the parts numbered under it, each graded: no finding of its own", record.reference.as_deref().unwrap_or_default()));
            } else if says_nothing(&record) {
                out.issue(sheet.as_deref(), Some(record.row - 1), None, Severity::Info,
                    "no grade, no text and no requirement beside its reference (a tool's folder or a number kept free): no finding".into());
            } else if self.not_findings > 0 {
                out.issue(sheet.as_deref(), Some(record.row - 1), None, Severity::Info,
                    "no grade, in a sheet that marks the rows that are no finding: taken as no finding".into());
            } else {
                out.issue(
                    sheet.as_deref(),
                    Some(record.row - 1),
                    grade_column,
                    Severity::Error,
                    "no grade: the row has none, and neither its reference, its section, its sheet nor its text names one".into(),
                );
                out.findings.push(record);
            }
        }
        let name = self.name.clone().unwrap_or_else(|| "CSV".to_owned());
        let report = match (&self.layout, &self.form) {
            (_, Some(form)) => SheetReport {
                name,
                imported: true,
                reason: Some(format!(
                    "read as a form: {} finding(s) of label and value pairs",
                    form.findings
                )),
                header_row: None,
                columns: form
                    .columns
                    .iter()
                    .map(|(field, mapped)| mapped.report(field.name()))
                    .collect(),
                layout: Some("form".into()),
                language: form.language.clone(),
                rows: form.findings,
                ..Default::default()
            },
            (Some(layout), None) => SheetReport {
                name,
                imported: true,
                reason: self.sideways.then(|| {
                    "read turned on its side: each column is a finding, and the rows and columns \
                     named here are the sheet's columns and rows"
                        .to_owned()
                }),
                header_row: layout.header.map(|(_, last)| last + 1),
                columns: layout
                    .fields
                    .iter()
                    .map(|(field, mapped)| mapped.report(field.name()))
                    .collect(),
                unmapped: layout.unmapped.iter().map(|m| m.report("")).collect(),
                layout: Some("table".into()),
                language: layout.language.clone(),
                rows: self.rows_read,
            },
            (None, None) => SheetReport {
                name,
                imported: false,
                reason: self.skip_reason.clone(),
                ..Default::default()
            },
        };
        out.sheets.push(report);
        if let Some((_, beside)) = self.beside.take() {
            beside.finish(out);
        }
    }

    /// Splits off a second table standing beside the first on the same rows, past an empty
    /// column (`NONCONFORMITIES` | `OPPORTUNITIES FOR IMPROVEMENT`), when its header names
    /// again two fields or more that the first one's names (a reference, requirements, an
    /// owner): one table has no two owner columns. Its cells are then read by a reader of their
    /// own, as another sheet's would be, with their own rows and columns. Whether it split.
    fn split_beside(&mut self, layout: &Layout, out: &mut Collected) -> bool {
        if self.beside.is_some() || self.sideways || self.options.header_row.is_some() {
            return false;
        }
        let Some((_, last)) = layout.header else {
            return false;
        };
        let Some(header) = self.buffered.iter().find(|r| r.index == last) else {
            return false;
        };
        let named = |cells: &mut dyn Iterator<Item = &(u32, Value)>| {
            cells
                .filter_map(|(_, value)| text_of(value))
                .flat_map(|text| lexicon().fields_named(text))
                .filter_map(|(name, ..)| Field::parse(name))
                .collect::<std::collections::BTreeSet<Field>>()
        };
        let columns: Vec<u32> = header.cells.iter().map(|(column, _)| *column).collect();
        let Some(start) = columns.windows(2).find_map(|pair| {
            let (before, after) = (pair[0], pair[1]);
            // Empty from the header down, between the two.
            let apart = after > before + 1
                && self.buffered.iter().filter(|r| r.index >= last).all(|r| {
                    !r.cells
                        .iter()
                        .any(|(column, _)| *column > before && *column < after)
                });
            let left = named(&mut header.cells.iter().filter(|(c, _)| *c <= before));
            let right = named(&mut header.cells.iter().filter(|(c, _)| *c >= after));
            (apart
                && columns.iter().filter(|c| **c >= after).count() >= 2
                && left.intersection(&right).count() >= 2)
                .then_some(after)
        }) else {
            return false;
        };
        let (mine, theirs): (Vec<_>, Vec<_>) = self
            .merged_regions
            .iter()
            .partition(|(_, _, column)| *column < start);
        self.merged = closeout_plugin_sheet::FillDown::new(mine.clone());
        self.merged_regions = mine;
        let mut beside = SheetReader::new(self.name.as_deref(), self.options, theirs);
        let rows = std::mem::take(&mut self.buffered);
        for row in rows {
            let (left, right): (Vec<_>, Vec<_>) = row
                .cells
                .into_iter()
                .partition(|(column, _)| *column < start);
            if !left.is_empty() {
                self.buffered.push(Row {
                    index: row.index,
                    cells: left,
                });
            }
            if !right.is_empty() {
                beside.push(
                    Row {
                        index: row.index,
                        cells: right,
                    },
                    out,
                );
            }
        }
        out.issue(
            self.name.as_deref(),
            Some(last),
            Some(start),
            Severity::Info,
            format!(
                "a second table beside the first, from column {}: read on its own",
                column_letter(start)
            ),
        );
        self.beside = Some((start, Box::new(beside)));
        true
    }

    fn read_form(&mut self, form: crate::form::Form, out: &mut Collected) {
        self.decided = true;
        if let Some(language) = &form.report.language {
            *out.languages.entry(language.clone()).or_default() += 1;
        }
        // The pairs above the first finding, said rather than dropped unseen.
        let (given, kept): (Vec<_>, Vec<_>) =
            form.report.page.iter().partition(|(_, _, each)| *each);
        for (pairs, fate) in [
            (given, "given to each finding that does not say its own"),
            (kept, "read as the report's, not a finding's"),
        ] {
            let Some((_, first_row, _)) = pairs.first() else {
                continue;
            };
            let labels: Vec<String> = pairs
                .iter()
                .map(|(label, row, _)| format!("`{label}` (row {row})"))
                .collect();
            out.issue(
                self.name.as_deref(),
                Some(first_row - 1),
                None,
                Severity::Info,
                format!("{} above the first finding: {fate}", labels.join(", ")),
            );
        }
        let grade_column = form.report.columns.get(&Field::Grade).map(|m| m.column);
        for mut cells in form.findings {
            if !cells.values.contains_key(&Field::Reference) {
                self.number_by_row(&mut cells, out);
            }
            let context = Context {
                sheet: self.name.as_deref(),
                options: self.options,
                section_grade: None,
                sheet_grade: self.sheet_grade,
                grade_column,
                grade_above: None,
                ticked: &[],
                standards: &[],
                standard_codes: &BTreeMap::new(),
                language: form.report.language.as_deref(),
                title_is_requirement: false,
            };
            match out.record(cells, &context) {
                Outcome::Finding => {}
                Outcome::NotAFinding => self.not_findings += 1,
                Outcome::Ungraded(record) => self.ungraded.push(*record),
            }
        }
        self.form = Some(form.report);
    }

    fn read_row(&mut self, mut row: Row, out: &mut Collected) {
        let Some(layout) = self.layout.as_ref() else {
            return;
        };
        let sheet = self.name.clone();
        let own_columns: Vec<u32> = row.cells.iter().map(|(c, _)| *c).collect();
        let reference_column = layout.column(Field::Reference);
        self.merged.apply(row.index, &mut row.cells);
        row.cells.sort_by_key(|(column, _)| *column);
        if self.statement_below
            && let [(_, value)] = row.cells.as_slice()
            && let Some(statement) = text_of(value).filter(|t| is_prose(t))
            && let Some(last) = out.findings.last_mut()
            && last.sheet == sheet
            && last.statement.is_none()
        {
            last.statement = Some(statement.to_owned());
            return;
        }
        // A reference merged down over this row: the row continues the finding above it.
        if let Some(column) = reference_column
            && !own_columns.contains(&column)
            && row.get(column).is_some()
            && let Some(last) = out.findings.last_mut()
            && last.sheet == sheet
        {
            let own: Vec<(Field, String)> = row
                .cells
                .iter()
                .filter(|(c, _)| own_columns.contains(c))
                .filter_map(|(c, v)| {
                    let field = layout
                        .fields
                        .iter()
                        .find(|(_, m)| m.column == *c)
                        .map(|(f, _)| *f)?;
                    text(v).map(|t| (field, t))
                })
                .collect();
            continue_finding(last, own);
            return;
        }
        let mapped_cells = layout
            .fields
            .values()
            .filter(|m| row.get(m.column).is_some())
            .count();
        // A row in no column the table reads, unless it is one text: a section title written
        // in a column of no field (`Hauptabweichungen` over a column of `HA` codes).
        if mapped_cells == 0
            && !(row.cells.len() == 1
                && row.cells[0]
                    .1
                    .as_text()
                    .is_some_and(|t| !t.trim().is_empty()))
        {
            return;
        }
        // A sign-off under the findings (`For the Certification Body (Lead Auditor): R.
        // Venkatesh | Date: 12-Mar-2026`): no finding's further text.
        let no_cell = |field: Field| layout.column(field).and_then(|c| row.get(c)).is_none();
        if no_cell(Field::Reference) && no_cell(Field::Grade) && is_sign_off(&row) {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "a sign-off line; skipped".into(),
            );
            return;
        }
        // A row led by a field's label (`Evidence:`, `Root cause:`) under a finding adds its
        // text to that finding: registers that give each finding a second line.
        if let Some((field, text)) = labelled_line(&row)
            && let Some(last) = out.findings.last_mut()
            && last.sheet == sheet
        {
            continue_finding(last, vec![(field, text)]);
            return;
        }
        // A row of an action only under a finding, with neither reference nor grade: a
        // corrective action tracker's further action for it (`1.2 | Perform a restore test |
        // Head of IT | 15/04`, in its action column), or an action agreed for it written where
        // the findings are, after an arrow (`→ Disable the generic login`).
        let empty = |field: Field| layout.column(field).and_then(|c| row.get(c)).is_none();
        let cell = |field: Field| layout.column(field).and_then(|c| row.get(c));
        let action = if empty(Field::Statement) {
            cell(Field::CorrectiveAction)
                .and_then(text)
                .filter(|_| layout.column(Field::Reference).is_some())
        } else {
            cell(Field::Statement)
                .and_then(text_of)
                .and_then(|t| {
                    ["→", "->", "=>", "⇒", "↳", "➔", "➜", "►", "▶"]
                        .iter()
                        .find_map(|arrow| t.trim_start().strip_prefix(arrow))
                })
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
        };
        // Under a `Finding / Action` header, a row with neither grade nor requirement under
        // a finding is one of its actions, even with a number of its own (a Smartsheet's
        // auto-number counts every row).
        let child_action = self.actions_in_statements
            && [Field::Grade, Field::Requirements]
                .iter()
                .all(|field| layout.column(*field).is_some() && empty(*field))
            && out.findings.last().is_some_and(|last| last.sheet == sheet);
        let action = action.or_else(|| {
            child_action
                .then(|| cell(Field::Statement).and_then(text))
                .flatten()
        });
        if (child_action || (empty(Field::Reference) && empty(Field::Grade)))
            && let Some(action) = action
            && let Some(last) = out.findings.last_mut()
            && last.sheet == sheet
        {
            let reference = last.reference.clone().unwrap_or_default();
            continue_finding(last, vec![(Field::CorrectiveAction, action)]);
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                format!("a further corrective action of {reference}, above"),
            );
            return;
        }
        // `F-03.1` under `F-03`, with no grade of its own: a part of the finding above (a site
        // where it was seen), not a finding.
        if layout.column(Field::Grade).is_some()
            && empty(Field::Grade)
            && let Some(own) = cell(Field::Reference).and_then(text_of)
            && let Some(last) = out.findings.last_mut()
            && last.sheet == sheet
            && let Some(parent) = last.reference.clone()
            && own
                .trim()
                .strip_prefix(parent.as_str())
                .is_some_and(|rest| rest.len() > 1 && rest.starts_with('.'))
        {
            let own = own.trim().to_owned();
            let text: Vec<(Field, String)> = cell(Field::Statement)
                .and_then(text)
                .map(|t| (Field::Statement, t))
                .into_iter()
                .collect();
            continue_finding(last, text);
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                format!("`{own}` has no grade of its own: a part of {parent}, above"),
            );
            return;
        }
        // A table of actions after the findings (`N. azione | Rif. rilievo | Azione correttiva`):
        // in a later table of the sheet with no grade and no statement column, a row whose
        // cell is an earlier finding's reference is one of that finding's actions.
        if self.tables > 1
            && layout.column(Field::Grade).is_none()
            && layout.column(Field::Statement).is_none()
            && let Some(action) = cell(Field::CorrectiveAction).and_then(text)
            && let Some(finding) = row.cells.iter().find_map(|(_, value)| {
                let named = text_of(value)?.trim();
                out.findings.iter().rposition(|f| {
                    f.sheet == sheet && f.grade.is_some() && f.reference.as_deref() == Some(named)
                })
            })
        {
            let found = &mut out.findings[finding];
            let reference = found.reference.clone().unwrap_or_default();
            continue_finding(found, vec![(Field::CorrectiveAction, action)]);
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                format!("an action of {reference}, in the table of actions"),
            );
            return;
        }
        // Checked on every row of registers of 100,000 rows: no allocation until a row is
        // known to be a finding.
        let first_text = row
            .cells
            .first()
            .and_then(|(_, v)| text_of(v))
            .unwrap_or_default();
        // The header again (registers that repeat it under each section).
        if crate::layout::repeats_header(&layout.texts, &row.cells) {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "the header repeated; skipped".into(),
            );
            return;
        }
        // The header of another table below (`Description | Category | Ref.`, observations
        // after the nonconformities): the rows from here are read by its own columns.
        if self.options.header_row.is_none() && names_columns(&row) {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "the header of another table: the rows below it are read by its columns".into(),
            );
            self.skip_trailing(out);
            self.decided = false;
            self.buffered.push(row);
            return;
        }
        // A total under a group of findings, its words in the row's first cell but not first
        // in it (`Day 1 subtotal`): no finding when no reference or grade says it is one.
        let summary_without_reference = layout
            .column(Field::Reference)
            .is_some_and(|c| row.get(c).is_none())
            && lexicon().mentions_summary(first_text)
            && !grades_itself(layout, &row);
        if summary_without_reference
            || (!first_text.is_empty() && lexicon().is_summary_row(first_text))
        {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                format!(
                    "summary row `{}` skipped",
                    first_text.chars().take(60).collect::<String>()
                ),
            );
            return;
        }
        // A key under the table, a code and its meaning (`H | High – major nonconformity`):
        // applied once the sheet is read, as a footnote's is.
        if let [(_, term), (_, meaning)] = row.cells.as_slice()
            && let (Some(term), Some(meaning)) = (text_of(term), text_of(meaning))
            && let Some(defined) = crate::key::pair(term, meaning)
        {
            out.note_key_pair(sheet.as_deref(), defined);
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "a key to the grade codes; skipped".into(),
            );
            return;
        }
        // The same text in every cell: a line alone, or merged across the table.
        let same_text = !first_text.is_empty()
            && row
                .cells
                .iter()
                .all(|(_, v)| text_of(v) == Some(first_text));
        // A row of one text (or one text merged across a few columns) is a section title.
        let one_text = same_text && row.cells.len() <= 4;
        // A note between the rows (`Note: NC-03 and NC-04 were raised at the follow-up visit`,
        // `Uwaga: ...`, `Obs! ...`): neither a finding nor a section's title, whatever words it
        // holds.
        if same_text && is_note(first_text) {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                Some(row.cells[0].0),
                Severity::Info,
                "a note between the rows; skipped".into(),
            );
            return;
        }
        // A parent row of a tool's hierarchy (`Minor NC (3)`, with dates and counts rolled up
        // beside it): no finding, but the title of the section below it.
        if let Some(reference) = layout.column(Field::Reference)
            && row.get(reference).is_none()
            && let Some(label) = layout
                .column(Field::Statement)
                .and_then(|c| row.get(c))
                .and_then(text_of)
            && label.split_whitespace().count() <= 4
            && let Reading::Grade(grade, How::Word | How::Compound | How::Code) =
                grade::classify(label)
        {
            self.section_grade = Some(grade);
            self.section_aside = false;
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                format!(
                    "`{label}` heads the rows below it (graded {}); skipped",
                    grade.name()
                ),
            );
            return;
        }
        // A line that says whose initials the owner cells hold (`LF = Lena Fischer | BK =
        // Badr Karim`): applied once the sheet is read, like a key to grade codes.
        if one_text && layout.fields.len() >= 3 {
            let named = crate::key::people_named(first_text, &self.people);
            if named.len() >= 2 {
                out.people_keys
                    .entry(sheet.clone())
                    .or_default()
                    .extend(named);
                out.issue(
                    sheet.as_deref(),
                    Some(row.index),
                    Some(row.cells[0].0),
                    Severity::Info,
                    "a key to the owners' initials; skipped".into(),
                );
                return;
            }
        }
        // A footnote that says what the grade codes mean: applied once the sheet is read
        // (`apply_sheet_keys`), since it comes after the rows it explains.
        if one_text && layout.fields.len() >= 3 && out.note_key(sheet.as_deref(), first_text) {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                Some(row.cells[0].0),
                Severity::Info,
                "a key to the grade codes; skipped".into(),
            );
            return;
        }
        // A section numbered in roman numerals, its title in the next cell (`II | Operations`).
        let numbered = match row.cells.as_slice() {
            [(column, numeral), (_, title)]
                if text_of(numeral).is_some_and(is_roman_numeral)
                    && layout.column(Field::Grade) != Some(*column)
                    && !layout.ticked.iter().any(|(c, _)| c == column)
                    && !grades_itself(layout, &row) =>
            {
                text_of(title)
            }
            _ => None,
        };
        let section = if one_text { Some(first_text) } else { numbered };
        if let Some(title) = section
            && layout.fields.len() >= 3
            && title.chars().count() <= 120
        {
            let first_text = title.to_owned();
            let named = grade::named_in(&first_text);
            if named.is_some() {
                self.section_grade = named;
            }
            // `Strengths`, `Points forts`: the rows below are no findings, up to the next
            // section.
            let aside = names_no_findings(&first_text);
            self.section_aside = aside;
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                Some(row.cells[0].0),
                Severity::Info,
                match named {
                    Some(g) => format!("section row `{first_text}` skipped; the rows below it are graded {} unless they say otherwise", g.name()),
                    None if aside => format!("section row `{first_text}` skipped; the rows below it are no findings"),
                    None => format!("section row `{first_text}` skipped"),
                },
            );
            return;
        }
        // A row that grades itself is a finding wherever it stands.
        if self.section_aside && !grades_itself(layout, &row) {
            self.not_findings += 1;
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "under a section of no findings; skipped".into(),
            );
            return;
        }
        // A checklist's question that raised no finding: neither a reference nor a grade.
        if layout.checklist
            && [Field::Reference, Field::Grade]
                .iter()
                .all(|field| layout.column(*field).and_then(|c| row.get(c)).is_none())
        {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "a checklist's question with neither a finding reference nor a grade: no finding; skipped"
                    .into(),
            );
            return;
        }
        // Cells of the kinds their columns hold, none fitting: a signature line, a footer.
        let typed: Vec<bool> = layout
            .kinds
            .iter()
            .filter_map(|(field, kind)| {
                layout
                    .column(*field)
                    .and_then(|c| row.get(c))
                    .map(|v| kind.fits(v))
            })
            .collect();
        if typed.len() >= 2 && typed.iter().all(|fits| !fits) {
            out.issue(
                sheet.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "the row fits none of the table's columns (a note, a signature or a footer); skipped"
                    .into(),
            );
            return;
        }
        // Below the last finding, a row with neither a reference nor a grade may be a
        // signature, a note or a block of totals: it waits for a finding after it (then it is
        // read as any row is) or for the table's end (then it is skipped, and said so).
        // A reference cell unlike its column's values counts as none (`Sastavio: Marko Babić`
        // in a column of identifiers), and so does a grade cell unlike its column's on a row
        // without a reference (`Date: 12/03/2026` in a sign-off line). Cells' kinds are looked
        // at only where those cheaper tests leave it open: this runs on every row of
        // registers of 100,000.
        let unlike = |field: Field, value: &Value| {
            layout
                .kinds
                .get(&field)
                .is_some_and(|kind| !kind.fits(value))
        };
        let reference = layout.column(Field::Reference).map(|c| row.get(c));
        let unmarked = self.rows_read > 0
            && match layout.column(Field::Grade).and_then(|c| row.get(c)) {
                None => reference.is_some_and(|cell| match cell {
                    None => true,
                    Some(value) => unlike(Field::Reference, value),
                }),
                Some(grade) => matches!(reference, Some(None)) && unlike(Field::Grade, grade),
            };
        if unmarked {
            self.trailing.push(row);
            return;
        }
        for held in std::mem::take(&mut self.trailing) {
            self.read_finding(held, out);
        }
        self.read_finding(row, out);
    }

    /// The rows held below the table's last finding ([`SheetReader::read_row`]): no finding
    /// came after them, so they are none.
    fn skip_trailing(&mut self, out: &mut Collected) {
        for row in std::mem::take(&mut self.trailing) {
            out.issue(
                self.name.as_deref(),
                Some(row.index),
                None,
                Severity::Info,
                "below the table's last finding, with neither a reference nor a grade (a \
                 signature, a note or totals); skipped"
                    .into(),
            );
        }
    }

    /// Reads a row that is a finding, or should be one, into the output.
    fn read_finding(&mut self, row: Row, out: &mut Collected) {
        let Some(layout) = self.layout.as_ref() else {
            return;
        };
        let sheet = self.name.clone();
        self.rows_read += 1;
        let mut cells = Cells {
            row: row.index,
            ..Default::default()
        };
        let index = row.index;
        // The row's values move into the finding's cells; a column feeding two fields (a
        // reference split from its description) gives each a copy.
        for (column, value) in row.cells {
            let at = At { row: index, column };
            let fields: Vec<Field> = layout
                .fields
                .iter()
                .filter(|(_, m)| m.column == column)
                .map(|(f, _)| *f)
                .collect();
            let value = if fields.contains(&Field::Requirements) {
                in_framework_of_header(layout, column, value)
            } else {
                value
            };
            match fields.split_last() {
                None if layout.more_requirements.contains(&column) => {
                    cells
                        .more_requirements
                        .push((at, in_framework_of_header(layout, column, value)));
                }
                None => cells.others.push((at, value)),
                Some((last, rest)) => {
                    for field in rest {
                        cells.values.insert(*field, (at, value.clone()));
                    }
                    cells.values.insert(*last, (at, value));
                }
            }
        }
        // Numbers that restart in each section, made unique by their section's code.
        if let Some(column) = layout.reference_prefix
            && let Some(code) = cells
                .others
                .iter()
                .find(|(at, _)| at.column == column)
                .and_then(|(_, v)| text_of(v))
            && let Some((_, number)) = cells.values.get_mut(&Field::Reference)
        {
            *number = Value::Text(format!("{code}-{}", number.display()));
        }
        if !cells.values.contains_key(&Field::Reference) {
            self.number_by_row(&mut cells, out);
        }
        // A blank row (or any row not read as a finding) ends a group.
        let grade_above = self
            .grade_above
            .filter(|(row, _)| row + 1 == index)
            .map(|(_, grade)| grade);
        // A table's first column written once per group (a pivot table's outline, `A.5.15`
        // over the group's rows): when it holds the requirements, a row of the group without
        // them has its group's.
        let requirements_first = self.requirements_outline;
        if requirements_first
            && !cells.values.contains_key(&Field::Requirements)
            && let Some((_, above)) = self
                .requirements_above
                .take()
                .filter(|(row, _)| row + 1 == index)
        {
            cells.values.insert(Field::Requirements, above);
        }
        let carried = requirements_first
            .then(|| cells.values.get(&Field::Requirements).cloned())
            .flatten();
        let context = Context {
            sheet: sheet.as_deref(),
            options: self.options,
            section_grade: self.section_grade,
            sheet_grade: self.sheet_grade,
            grade_column: layout.column(Field::Grade),
            grade_above,
            ticked: &layout.ticked,
            standards: &layout.standards,
            standard_codes: &self.standard_codes,
            language: layout.language.as_deref(),
            title_is_requirement: layout.title_is_requirement,
        };
        let has_reference_column = layout.fields.contains_key(&Field::Reference);
        match out.record(cells, &context) {
            Outcome::Finding => {}
            Outcome::NotAFinding => self.not_findings += 1,
            Outcome::Ungraded(record) => self.ungraded.push(*record),
        }
        self.grade_above = out.grade_written.map(|grade| (index, grade));
        self.requirements_above = carried
            .filter(|_| out.findings.last().is_some_and(|r| r.row == index + 1))
            .map(|cell| (index, cell));
        let has_text_column = layout.fields.contains_key(&Field::Statement)
            || layout.fields.contains_key(&Field::Title);
        let Some(record) = out.findings.last().filter(|r| r.row == index + 1) else {
            return;
        };
        let mut problems = Vec::new();
        if has_reference_column && record.reference.is_none() {
            problems.push((
                layout.column(Field::Reference),
                "no reference (NC ID) on this row",
            ));
        }
        if record.statement.is_none() && !self.statement_below {
            problems.push(match has_text_column {
                true => (
                    layout.column(Field::Statement),
                    "no nonconformity description on this row",
                ),
                false => (None, "the sheet has no nonconformity description column"),
            });
        }
        for (column, problem) in problems {
            out.issue(
                sheet.as_deref(),
                Some(index),
                column,
                Severity::Error,
                problem.into(),
            );
        }
    }

    /// A register without references: each finding is known by its row.
    fn number_by_row(&self, cells: &mut Cells, out: &mut Collected) {
        let has_reference_column = self
            .layout
            .as_ref()
            .is_some_and(|l| l.fields.contains_key(&Field::Reference));
        if has_reference_column {
            return;
        }
        let reference = match &self.name {
            Some(name) if self.options.sheet.is_none() => format!("{name} #{}", cells.row + 1),
            _ => format!("#{}", cells.row + 1),
        };
        out.numbered_by_row = true;
        // No column: the made-up reference shares no column with any text.
        cells.values.insert(
            Field::Reference,
            (
                At {
                    row: cells.row,
                    column: u32::MAX,
                },
                Value::Text(reference),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(lines: &[&[&str]]) -> Vec<Row> {
        lines
            .iter()
            .enumerate()
            .map(|(index, cells)| Row {
                index: index as u32,
                cells: cells
                    .iter()
                    .enumerate()
                    .filter(|(_, text)| !text.is_empty())
                    .map(|(column, text)| (column as u32, Value::Text((*text).to_owned())))
                    .collect(),
            })
            .collect()
    }

    #[test]
    fn cells_that_carry_their_labels_under_a_header_that_names_nothing() {
        let split = rows(&[
            &["Column1.1", "Column1.2", "Column1.3", "Column1.4"],
            &[
                "Ref: NC-01",
                " Grade: Major",
                " Clause: 9.3",
                " Finding: No review was held.",
            ],
            &[
                "Ref: NC-02",
                " Grade: Minor",
                " Clause: A.5.18",
                " Finding: Leavers kept access.",
            ],
            &[
                "Ref: OBS-01",
                " Grade: Observation",
                " Clause:",
                " Finding: Desks were not clear.",
            ],
        ]);
        let read = labelled_values(&split).expect("labelled");
        let texts = |row: &Row| {
            row.cells
                .iter()
                .filter_map(|(_, v)| text_of(v).map(str::to_owned))
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&read[0]), ["Ref", "Grade", "Clause", "Finding"]);
        assert_eq!(
            texts(&read[1]),
            ["NC-01", "Major", "9.3", "No review was held."]
        );
        assert_eq!(
            texts(&read[3]),
            ["OBS-01", "Observation", "Desks were not clear."]
        );
        // An ordinary register is left alone.
        assert!(
            labelled_values(&rows(&[
                &["Ref", "Grade", "Clause", "Finding"],
                &["NC-01", "Major", "9.3", "Note: no review was held."],
            ]))
            .is_none()
        );
    }

    #[test]
    fn notes_and_sign_offs_between_and_under_the_rows() {
        assert!(is_note(
            "Note: BW-NC-03 and BW-NC-04 were raised during the follow-up visit."
        ));
        assert!(is_note(
            "Obs! Avvikelserna IR26-03 och IR26-04 gäller Luleå."
        ));
        assert!(!is_note(
            "Minor: backups are not tested before they are needed."
        ));
        assert!(!is_note("MAJOR NONCONFORMITIES"));
        let sign_off = &rows(&[&[
            "For the Certification Body (Lead Auditor): R. Venkatesh",
            "",
            "Date: 12-Mar-2026",
        ]])[0];
        assert!(is_sign_off(sign_off));
        let finding = &rows(&[&[
            "Evidence: the log shows no review since March 2025 at all.",
            "x: y",
        ]])[0];
        assert!(!is_sign_off(finding));
    }

    #[test]
    fn statements_written_under_their_findings() {
        let slide = rows(&[
            &["Ref.", "Grade", "Clause"],
            &["CM-1", "NC – Major", "6.1.2"],
            &["The risk assessment has not been updated since the move to the cloud."],
            &["CM-2", "NC – Minor", "A.5.9"],
            &["The asset inventory leaves out the laptops of the new Lyon office."],
        ]);
        assert!(statements_below(&slide, 1));
        // Section titles between findings are no statements.
        let sections = rows(&[
            &["Ref.", "Grade", "Finding"],
            &["Major nonconformities"],
            &["NC-1", "Major", "Leavers keep access."],
            &["NC-2", "Major", "Logs are kept seven days."],
            &["Minor nonconformities"],
            &["NC-3", "Minor", "No restore test."],
        ]);
        assert!(!statements_below(&sections, 1));
    }
}
