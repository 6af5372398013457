//! A sheet's layout: which row is the header (if any) and which column holds which field.
//!
//! Every column is scored for every field by two kinds of evidence, and the best pairs win:
//!
//! - **its header**: the lexicon's words for the field, in any language (1.0 when the header
//!   is one of the field's names, 0.8 when it holds one of its phrases);
//! - **its values** in the rows below: the share that read as requirement references, as
//!   grades, as dates, as identifiers, as prose, as status words, as emails ([`Profile`]).
//!
//! A field whose values tell it apart (a column of grade words, of references, of dates) can
//! be found by its values alone; one that only its header tells apart (a root cause and a
//! correction are both prose) needs its header. The header row itself is chosen the same
//! way: every row among the first is tried as the header (alone, or with the row below it
//! for two-row headers, or no header at all), and the one whose columns score best wins,
//! weighed by how much the row looks like short labels rather than data.

use std::collections::{BTreeMap, HashMap, HashSet};

use closeout_lexicon::People;
use closeout_plugin_sheet::{Mapped, column_letter, header_texts};

use crate::cell::Facts;
use crate::field::Field;
use crate::grid::{Row, Value};

/// Rows tried as the header.
pub const HEADER_ROWS: usize = 30;
/// Rows below a header whose values are profiled.
pub const PROFILE_ROWS: usize = 40;

/// What a column's values look like, counted over the rows below a header.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    values: u32,
    reference: u32,
    grade: u32,
    severity: u32,
    date: u32,
    identifier: u32,
    combined: u32,
    integer: u32,
    running: bool,
    prose: u32,
    short: u32,
    medium: u32,
    email: u32,
    person: u32,
    status: u32,
    question: u32,
    distinct: u32,
    /// The middle date, in days, to tell a date raised from a date due.
    date_median: Option<i64>,
}

impl Profile {
    fn share(&self, count: u32) -> f32 {
        if self.values == 0 {
            0.0
        } else {
            count as f32 / self.values as f32
        }
    }

    fn uniqueness(&self) -> f32 {
        self.share(self.distinct)
    }

    fn build(cells: &[(&Value, &Facts)]) -> Profile {
        let mut profile = Profile::default();
        let mut seen = HashSet::new();
        let mut integers = Vec::new();
        let mut days = Vec::new();
        for (value, facts) in cells {
            profile.values += 1;
            let count = |flag: bool| u32::from(flag);
            profile.reference += count(facts.reference);
            profile.grade += count(facts.grade);
            profile.severity += count(facts.severity);
            profile.date += count(facts.date);
            profile.identifier += count(facts.identifier);
            profile.combined += count(facts.combined);
            profile.prose += count(facts.prose);
            profile.short += count(facts.short);
            profile.medium += count(
                facts.short
                    || (facts.words >= 2
                        && facts.words <= 12
                        && !facts.prose
                        && !facts.identifier
                        && !facts.reference),
            );
            profile.email += count(facts.email);
            profile.person += count(facts.person);
            profile.status += count(facts.status);
            profile.question += count(facts.question);
            if let Some(n) = facts.integer {
                profile.integer += 1;
                integers.push(n);
            }
            if facts.date
                && let Some(day) = day_number(value)
            {
                days.push(day);
            }
            seen.insert(value.display());
        }
        profile.distinct = seen.len() as u32;
        profile.running = integers.len() >= 2
            && integers.windows(2).filter(|w| w[1] == w[0] + 1).count() * 10
                >= (integers.len() - 1) * 8;
        days.sort_unstable();
        profile.date_median = days.get(days.len() / 2).copied();
        profile
    }

    /// How much the values say the column holds `field` (0-1).
    fn content(&self, field: Field) -> f32 {
        let uniqueness = self.uniqueness();
        match field {
            Field::Reference => {
                if self.share(self.prose) > 0.5 && self.combined == 0 {
                    return 0.0;
                }
                let identifiers = self.share(self.identifier) * uniqueness;
                let combined = self.share(self.combined) * 0.9;
                let numbers = if self.running {
                    0.4
                } else {
                    self.share(self.integer) * uniqueness * 0.5
                };
                identifiers.max(combined).max(numbers)
            }
            // Severities (`High`) are grades only by a rule: a column of the auditor's grade
            // words beside a priority column is the grade.
            Field::Grade => self.share(self.grade) - 0.4 * self.share(self.severity),
            Field::Requirements => self.share(self.reference),
            Field::Statement => self.share(self.prose) * (0.5 + 0.5 * uniqueness),
            Field::Title => self.share(self.medium) * uniqueness * 0.7,
            Field::Owner | Field::ActionOwner => {
                // An area or a team is never written as an email address: a column of short
                // names among which some are addresses is a column of people (one address in
                // a long column could be a contact's).
                let addresses = self.email >= 2 || self.share(self.email) >= 0.2;
                let people = if addresses && self.email + self.short >= self.values {
                    0.9
                } else {
                    0.0
                };
                (self.share(self.email.max(self.person))
                    + 0.6 * self.share(self.short) * (1.0 - 0.5 * uniqueness))
                    .max(people)
                    .min(1.0)
            }
            Field::RaisedOn | Field::DueDate => self.share(self.date),
            Field::Status => self.share(self.status),
            Field::RequirementTitle => self.share(self.medium) * 0.5,
            Field::Area => self.share(self.short) * (1.0 - uniqueness) * 0.6,
            Field::ObjectiveEvidence
            | Field::RootCause
            | Field::Correction
            | Field::CorrectiveAction
            | Field::Verification
            | Field::Comments => self.share(self.prose.max(self.medium)) * 0.5,
        }
    }

    /// Words for the evidence: `11 of 12 values are grade words`.
    fn describe(&self, field: Field) -> Option<String> {
        let (count, what) = match field {
            Field::Reference if self.identifier > 0 => (self.identifier, "identifiers"),
            Field::Reference if self.combined > 0 => (self.combined, "an identifier and a title"),
            Field::Reference if self.running => (self.integer, "a running number"),
            Field::Grade => (self.grade, "grades"),
            Field::Requirements => (self.reference, "requirement references"),
            Field::Statement => (self.prose, "sentences"),
            Field::RaisedOn | Field::DueDate => (self.date, "dates"),
            Field::Status => (self.status, "status words"),
            Field::Owner | Field::ActionOwner if self.person > self.email => {
                (self.person, "the organisation's people")
            }
            Field::Owner | Field::ActionOwner if self.email > 0 => (self.email, "email addresses"),
            _ => return None,
        };
        Some(format!("{count} of {} values are {what}", self.values))
    }
}

fn day_number(value: &Value) -> Option<i64> {
    use chrono::Datelike;
    match value {
        Value::Date(date) => Some(i64::from(date.num_days_from_ce())),
        Value::Number(n) => Some(*n as i64 + 693_594),
        Value::Text(text) => match crate::dates::read_text(text) {
            crate::dates::DateText::Date(date, _) | crate::dates::DateText::Month(date, _) => {
                Some(i64::from(date.num_days_from_ce()))
            }
            // Slashed dates: good enough to order two columns.
            crate::dates::DateText::Slashed { a, b, year, .. } => {
                Some(i64::from(year) * 372 + i64::from(a.max(b)) * 31 + i64::from(a.min(b)))
            }
            _ => None,
        },
        Value::Bool(_) => None,
    }
}

/// A sheet's layout.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The header's rows (0-based, first and last), or none when the sheet has no header.
    pub header: Option<(u32, u32)>,
    /// Field to column.
    pub fields: BTreeMap<Field, Mapped>,
    /// Columns seen but not used, with why.
    pub unmapped: Vec<Mapped>,
    /// Every header text by column, for overrides by name.
    pub texts: BTreeMap<u32, String>,
    /// The language whose words named most columns.
    pub language: Option<String>,
    /// How well the layout fits, for comparing candidates (and with a form reading).
    pub score: f32,
    /// More columns of references (one per framework: ISO, SOC 2, NIST CSF...), read with
    /// the requirements column.
    pub more_requirements: Vec<u32>,
    /// What the values of a column found by its values are, so that a row whose cells fit
    /// none (a signature line, a footer) is not taken for a finding.
    pub kinds: BTreeMap<Field, Kind>,
    /// With no grade column: columns headed by a grade (`Maj`, `Min`, `Obs`) whose cells are
    /// ticks; a row's grade is the header of the one it ticks.
    pub ticked: Vec<(u32, closeout_lexicon::Grade)>,
    /// Columns feeding no field whose values name standards (`ISO 9001:2015`, `ISO/IEC
    /// 27001:2022`): in a register of several, the row's requirements are its standard's.
    pub standards: Vec<u32>,
    /// A checklist: its reference and grade columns are filled on the rows that raised a
    /// finding only, half the questions or fewer; a row with neither raised none.
    pub checklist: bool,
    /// A column of short codes that, put before the reference's numbers, makes them unique
    /// (`HA | 1`, `NA | 1`: numbers that restart in each section read `HA-1`, `NA-1`).
    pub reference_prefix: Option<u32>,
    /// The title column holds the requirement's title (a gap assessment's only text): a row
    /// that says what falls short in its evidence column is described by that instead.
    pub title_is_requirement: bool,
}

/// Whether a cell is a tick: `X`, `✓`, `yes`, `1`, TRUE.
pub fn is_tick(value: &Value) -> bool {
    match value {
        Value::Bool(ticked) => *ticked,
        Value::Number(n) => *n == 1.0,
        Value::Text(text) => matches!(
            text.trim().to_lowercase().as_str(),
            "x" | "✓"
                | "✔"
                | "☑"
                | "☒"
                | "●"
                | "•"
                | "yes"
                | "y"
                | "1"
                | "true"
                | "ja"
                | "oui"
                | "si"
                | "sí"
        ),
        Value::Date(_) => false,
    }
}

/// How much of a column's values are of a kind.
type ShareOf = fn(&Profile) -> f32;

/// What a column's values are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Identifiers (`NC-01`) or numbers.
    Identifier,
    /// Grade words.
    Grade,
    /// Dates.
    Date,
}

impl Kind {
    /// Whether a value is of this kind.
    pub fn fits(self, value: &Value) -> bool {
        match (self, value) {
            (Kind::Identifier, Value::Number(_))
            | (Kind::Date, Value::Date(_) | Value::Number(_)) => true,
            (Kind::Identifier, Value::Text(t)) => {
                crate::cell::split_identifier(t).is_some() || t.trim().parse::<i64>().is_ok()
            }
            (Kind::Grade, Value::Text(t)) => {
                !matches!(crate::grade::classify(t), crate::grade::Reading::Unknown)
            }
            (Kind::Date, Value::Text(t)) => {
                !matches!(crate::dates::read_text(t), crate::dates::DateText::Invalid)
            }
            _ => false,
        }
    }
}

impl Layout {
    /// The column of a field.
    pub fn column(&self, field: Field) -> Option<u32> {
        self.fields.get(&field).map(|m| m.column)
    }

    /// Whether this reads as a register: a statement (or a title, or references split out of
    /// a description), and a second field.
    pub fn is_register(&self) -> bool {
        let has = |f| self.fields.contains_key(&f);
        let text = has(Field::Statement) || has(Field::Title);
        (text && self.fields.len() >= 2)
            || (self.fields.len() >= 3 && (has(Field::Reference) || has(Field::Grade)))
    }

    /// The row data starts on (0-based).
    pub fn data_start(&self) -> u32 {
        self.header.map_or(0, |(_, last)| last + 1)
    }
}

/// The facts of every cell of the rows a layout is chosen from.
pub struct Sample<'r> {
    rows: &'r [Row],
    facts: Vec<Vec<(u32, Facts)>>,
    named: HashMap<String, Vec<(Field, f32, String)>>,
}

impl<'r> Sample<'r> {
    /// Works out the facts of every cell.
    pub fn new(rows: &'r [Row]) -> Sample<'r> {
        Sample::keyed(rows, &crate::key::Key::new(), &People::default())
    }

    /// Works out the facts of every cell, the codes a key line of the sheet defines (`NC-MA =
    /// major nonconformity`) counting as grades, and the names of the organisation's `people`
    /// as people.
    pub fn keyed(rows: &'r [Row], key: &crate::key::Key, people: &People) -> Sample<'r> {
        let facts = rows
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .map(|(column, value)| {
                        let mut facts = crate::cell::facts(value);
                        if !key.is_empty()
                            && !facts.grade
                            && value
                                .as_text()
                                .is_some_and(|t| crate::key::lookup(key, t).is_some())
                        {
                            facts.grade = true;
                            facts.short = false;
                            facts.label = false;
                        }
                        if !people.is_empty()
                            && (facts.short || facts.email)
                            && value.as_text().is_some_and(|t| people.named_in(t))
                        {
                            facts.person = true;
                        }
                        (*column, facts)
                    })
                    .collect()
            })
            .collect();
        Sample {
            rows,
            facts,
            named: HashMap::new(),
        }
    }

    /// The fields a header text names, each with its score and the language of the word.
    fn named(&mut self, text: &str) -> Vec<(Field, f32, String)> {
        if let Some(found) = self.named.get(text) {
            return found.clone();
        }
        let found: Vec<(Field, f32, String)> = closeout_lexicon::lexicon()
            .fields_named(text)
            .into_iter()
            .filter_map(|(name, score, language)| {
                Field::parse(name).map(|f| (f, score, language.code.clone()))
            })
            .collect();
        self.named.insert(text.to_owned(), found.clone());
        found
    }

    /// With no requirements column, a column of requirement titles followed by their numbers
    /// in brackets (`Internal audit (9.2)`, most of its values) holds the requirements.
    fn titles_with_their_numbers(&self, layout: &mut Layout, data_from: usize) {
        if layout.fields.contains_key(&Field::Requirements) {
            return;
        }
        let Some(column) = layout.column(Field::RequirementTitle) else {
            return;
        };
        let rows = &self.rows[data_from..self.rows.len().min(data_from + PROFILE_ROWS)];
        let values: Vec<&str> = rows
            .iter()
            .filter_map(|row| row.get(column).and_then(Value::as_text))
            .collect();
        let numbered = values
            .iter()
            .filter(|v| closeout_lexicon::reference::titled_first(v).is_some())
            .count();
        if values.is_empty() || numbered * 10 < values.len() * 7 {
            return;
        }
        if let Some(mut mapped) = layout.fields.remove(&Field::RequirementTitle) {
            mapped.evidence = format!(
                "{numbered} of {} values are a requirement's title with its number in brackets",
                values.len()
            );
            layout.fields.insert(Field::Requirements, mapped);
        }
    }

    /// When the reference column's numbers repeat (they restart in each section), the column
    /// of short codes (`HA`, `NA`, `VP`) with which they are unique on every row of the sample.
    fn reference_prefix(
        &self,
        layout: &Layout,
        profiles: &BTreeMap<u32, Profile>,
        data_from: usize,
    ) -> Option<u32> {
        let reference = layout.column(Field::Reference)?;
        let numbers = profiles.get(&reference)?;
        if numbers.values < 2 || numbers.share(numbers.integer) < 1.0 || numbers.uniqueness() >= 1.0
        {
            return None;
        }
        let rows = &self.rows[data_from..self.rows.len().min(data_from + PROFILE_ROWS)];
        let taken = |column: u32| layout.fields.values().any(|m| m.column == column);
        profiles
            .iter()
            .filter(|(column, p)| !taken(**column) && p.values == numbers.values && p.distinct >= 2)
            .map(|(column, _)| *column)
            .find(|column| {
                let mut pairs = HashSet::new();
                rows.iter()
                    .all(|row| match (row.get(*column), row.get(reference)) {
                        (Some(Value::Text(code)), Some(number)) => {
                            let code = code.trim();
                            (1..=5).contains(&code.chars().count())
                                && code.chars().all(char::is_alphabetic)
                                && pairs.insert((code.to_owned(), number.display()))
                        }
                        // A section title or other row without a number.
                        (_, None) => true,
                        (None, Some(_)) | (Some(_), Some(_)) => false,
                    })
            })
    }

    fn texts(&self, index: usize) -> BTreeMap<u32, String> {
        header_texts(
            self.rows[index]
                .cells
                .iter()
                .filter_map(|(column, value)| value.as_text().map(|t| (*column, t))),
        )
    }

    /// How much a row looks like a header: the share of its cells that are short labels.
    fn label_share(&self, index: usize) -> f32 {
        let facts = &self.facts[index];
        if facts.is_empty() {
            return 0.0;
        }
        facts.iter().filter(|(_, f)| f.label).count() as f32 / facts.len() as f32
    }

    /// [`Self::label_share`] of a header's second row, the grades in it counted as labels
    /// when two or more stand in it (`Major | Minor | Obs` under `Classification`: the heads
    /// of a grid of ticks).
    fn lower_label_share(&self, index: usize) -> f32 {
        let facts = &self.facts[index];
        if facts.is_empty() {
            return 0.0;
        }
        let grades = facts.iter().filter(|(_, f)| f.grade).count();
        let labels = facts
            .iter()
            .filter(|(_, f)| f.label || (grades >= 2 && f.grade))
            .count();
        labels as f32 / facts.len() as f32
    }

    /// Tries every candidate header and returns the best layout, if any reads as a register.
    /// `wanted` is the header row a person named (0-based).
    pub fn choose(&mut self, wanted: Option<u32>) -> Option<Layout> {
        let mut best: Option<Layout> = None;
        let mut consider = |layout: Layout| {
            if layout.is_register() && best.as_ref().is_none_or(|b| layout.score > b.score + 0.01) {
                best = Some(layout);
            }
        };
        let scan = self.rows.len().min(HEADER_ROWS);
        for index in 0..scan {
            let row_index = self.rows[index].index;
            if wanted.is_some_and(|w| w != row_index) {
                continue;
            }
            let single = self.texts(index);
            if single.len() >= 2 || wanted.is_some() {
                let weight = self.label_share(index);
                if let Some(layout) = self.assign(single, (row_index, row_index), index + 1, weight)
                {
                    consider(layout);
                }
            }
            if wanted.is_none()
                && let Some(below) = self
                    .rows
                    .get(index + 1)
                    .filter(|b| b.index == row_index + 1)
            {
                let combined = self.two_row_texts(index);
                let weight = self
                    .label_share(index)
                    .min(self.lower_label_share(index + 1));
                if combined.len() >= 2
                    && let Some(layout) =
                        self.assign(combined, (row_index, below.index), index + 2, weight)
                {
                    consider(layout);
                }
            }
        }
        if wanted.is_none()
            && let Some(mut layout) = self.assign(BTreeMap::new(), (0, 0), 0, 1.0)
        {
            // Without a header, only what values tell apart was found: trust it less.
            layout.header = None;
            layout.score *= 0.7;
            consider(layout);
        }
        best
    }

    /// A group title above its sub-columns: each sub-column reads as "group sub" unless the
    /// sub-header names a field outright.
    fn two_row_texts(&mut self, index: usize) -> BTreeMap<u32, String> {
        let upper = self.texts(index);
        let lower = self.texts(index + 1);
        let mut combined = BTreeMap::new();
        let mut group: Option<String> = None;
        let last_column = upper.keys().chain(lower.keys()).max().copied().unwrap_or(0);
        for column in 0..=last_column {
            if let Some(text) = upper.get(&column) {
                group = Some(text.clone());
            }
            match (lower.get(&column), upper.get(&column), group.clone()) {
                (Some(sub), _, Some(group)) => {
                    let joined = format!("{group} {sub}");
                    let best = |found: Vec<(Field, f32, String)>| {
                        found.first().map_or(0.0, |(_, score, _)| *score)
                    };
                    let sub_score = best(self.named(sub));
                    let joined_score = best(self.named(&joined));
                    // A grade under its group (`Classification` over `Major | Minor | Obs`)
                    // heads a column of ticks, not the grade column.
                    let grade_named = matches!(
                        crate::grade::classify(sub),
                        crate::grade::Reading::Grade(..)
                    );
                    let pick = if joined_score > sub_score && !grade_named {
                        joined
                    } else {
                        sub.clone()
                    };
                    combined.insert(column, pick);
                }
                (Some(sub), _, None) => {
                    combined.insert(column, sub.clone());
                }
                (None, Some(own), _) => {
                    combined.insert(column, own.clone());
                }
                (None, None, _) => {}
            }
        }
        combined
    }

    /// Scores every (column, field) pair under a candidate header and keeps the best pairs.
    fn assign(
        &mut self,
        texts: BTreeMap<u32, String>,
        header: (u32, u32),
        data_from: usize,
        label_weight: f32,
    ) -> Option<Layout> {
        let mut end = self.rows.len().min(data_from + PROFILE_ROWS);
        // The rows of this table end where another table's header starts (findings, then
        // their actions): those rows would blur what this table's columns hold.
        // The header repeated under a page break is the same table's.
        let other_header = |row: &Row| {
            header_cells(&texts, &row.cells) * 2 < row.cells.len()
                && crate::register::names_columns(row)
        };
        if let Some(next) = (data_from + 1..end).find(|&i| other_header(&self.rows[i])) {
            end = next;
        }
        let data_rows = data_from..end;
        if data_rows.is_empty() {
            return None;
        }
        let mut by_column: BTreeMap<u32, Vec<(&Value, &Facts)>> = BTreeMap::new();
        // The data rows each column has a value on.
        let mut filled: BTreeMap<u32, std::collections::BTreeSet<usize>> = BTreeMap::new();
        for index in data_rows {
            let cells = &self.rows[index].cells;
            // Section titles and the header repeated under them say nothing of the columns.
            let repeats_header = repeats_header(&texts, cells);
            if (cells.len() == 1 && self.rows.len() > 2) || repeats_header {
                continue;
            }
            for ((column, value), (_, facts)) in cells.iter().zip(&self.facts[index]) {
                by_column.entry(*column).or_default().push((value, facts));
                filled.entry(*column).or_default().insert(index);
            }
        }
        // Columns whose values name standards, most of them.
        let standards: Vec<u32> = by_column
            .iter()
            .filter(|(_, cells)| {
                let named = cells.iter().filter(|(_, facts)| facts.standard).count();
                named > 0 && named * 5 >= cells.len() * 4
            })
            .map(|(column, _)| *column)
            .collect();
        // Columns of ticks only (`X` in one of `Maj | Min | Obs`).
        let ticks: std::collections::BTreeSet<u32> = by_column
            .iter()
            .filter(|(_, cells)| !cells.is_empty() && cells.iter().all(|(v, _)| is_tick(v)))
            .map(|(column, _)| *column)
            .collect();
        let profiles: BTreeMap<u32, Profile> = by_column
            .iter()
            .map(|(column, cells)| (*column, Profile::build(cells)))
            .collect();
        // Among date columns, the earliest is when findings were raised, the latest when due.
        let medians: Vec<i64> = profiles.values().filter_map(|p| p.date_median).collect();
        let (earliest, latest) = (medians.iter().min().copied(), medians.iter().max().copied());

        let columns: Vec<u32> = texts
            .keys()
            .chain(profiles.keys())
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut pairs: Vec<(f32, f32, Field, u32, String)> = Vec::new();
        let mut languages: BTreeMap<String, u32> = BTreeMap::new();
        for &column in &columns {
            let named = texts
                .get(&column)
                .map(|t| self.named(t))
                .unwrap_or_default();
            let empty = Profile::default();
            let profile = profiles.get(&column).unwrap_or(&empty);
            for field in Field::ALL {
                let (mut header_score, mut language) = named
                    .iter()
                    .find(|(f, ..)| *f == field)
                    .map_or((0.0, None), |(_, s, l)| (*s, Some(l.clone())));
                let mut content = profile.content(field);
                // `Requisito`, `Requirement`: a requirement's title by its header, its
                // references by its values when most of them are references.
                if field == Field::Requirements
                    && header_score == 0.0
                    && content >= 0.5
                    && let Some((_, score, l)) =
                        named.iter().find(|(f, ..)| *f == Field::RequirementTitle)
                {
                    header_score = score * 0.8;
                    language = Some(l.clone());
                }
                // One person named on every row under a header that only points to owners
                // (`Client contact`) is the audit's contact, not each finding's owner.
                if matches!(field, Field::Owner | Field::ActionOwner)
                    && header_score < 0.85
                    && profile.values >= 4
                    && profile.distinct == 1
                {
                    continue;
                }
                if matches!(field, Field::RaisedOn | Field::DueDate) && medians.len() >= 2 {
                    let fits = match field {
                        Field::RaisedOn => profile.date_median == earliest,
                        _ => profile.date_median == latest,
                    };
                    if !fits {
                        content *= 0.6;
                    }
                }
                let score = if header_score > 0.0 {
                    0.5 * header_score + 0.5 * content
                } else if field.told_by_content() {
                    0.6 * content
                } else {
                    0.0
                };
                if score >= 0.35 {
                    let mut evidence = Vec::new();
                    if let (Some(text), Some(language)) = (texts.get(&column), &language) {
                        let how = if header_score >= 1.0 {
                            "names"
                        } else {
                            "points to"
                        };
                        evidence.push(format!(
                            "header \"{text}\" {how} {} ({language})",
                            field.name()
                        ));
                    }
                    if let Some(described) = profile.describe(field) {
                        evidence.push(described);
                    }
                    pairs.push((score, header_score, field, column, evidence.join("; ")));
                    if let Some(language) = language {
                        *languages.entry(language).or_default() += 1;
                    }
                }
            }
        }
        pairs.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.total_cmp(&a.1))
                .then(
                    Field::ALL
                        .iter()
                        .position(|f| *f == a.2)
                        .cmp(&Field::ALL.iter().position(|f| *f == b.2)),
                )
                .then(a.3.cmp(&b.3))
        });
        let mut layout = Layout {
            header: Some(header),
            texts: texts.clone(),
            ..Default::default()
        };
        let mut used = HashSet::new();
        let mut total = 0.0;
        for (score, _, field, column, evidence) in pairs {
            if layout.fields.contains_key(&field) || used.contains(&column) {
                continue;
            }
            used.insert(column);
            total += score;
            layout.fields.insert(
                field,
                Mapped {
                    column,
                    header: texts
                        .get(&column)
                        .cloned()
                        .unwrap_or_else(|| column_letter(column)),
                    confidence: score.min(1.0),
                    evidence,
                },
            );
        }
        // A checklist's finding is in its auditor's notes when no column describes it.
        if !layout.fields.contains_key(&Field::Statement)
            && !layout.fields.contains_key(&Field::Title)
            && let Some(mut mapped) = layout.fields.remove(&Field::Comments)
        {
            mapped.evidence = format!(
                "{}; the only sentences of each row, read as the finding",
                mapped.evidence
            );
            layout.fields.insert(Field::Statement, mapped);
        }
        // A gap assessment's only text may be the requirement's title: the finding's title then.
        if !layout.fields.contains_key(&Field::Statement)
            && !layout.fields.contains_key(&Field::Title)
            && let Some(mut mapped) = layout.fields.remove(&Field::RequirementTitle)
        {
            mapped.evidence = format!(
                "{}; the only text of each row, read as its title",
                mapped.evidence
            );
            layout.fields.insert(Field::Title, mapped);
            layout.title_is_requirement = true;
        }
        // An owner column of titles (`Accountable GM`, `Executive Sponsor`) beside an action
        // owner column of the organisation's people: the people are who the finding's
        // reminders are for.
        if let (Some(owner), Some(action)) = (
            layout.column(Field::Owner),
            layout.column(Field::ActionOwner),
        ) {
            let knows = |column: u32| {
                profiles
                    .get(&column)
                    .map_or((0, 0), |p| (p.email.max(p.person), p.values))
            };
            let ((owner_known, _), (action_known, action_values)) = (knows(owner), knows(action));
            let named_outright = texts.get(&owner).is_some_and(|t| {
                self.named(t)
                    .iter()
                    .any(|(f, s, _)| *f == Field::Owner && *s >= 1.0)
            });
            if !named_outright
                && action_known > owner_known * 2
                && action_known * 2 >= action_values
                && let Some(mut people) = layout.fields.remove(&Field::ActionOwner)
            {
                people.evidence = format!(
                    "{}; the organisation's people, where column {} names none or few",
                    people.evidence,
                    column_letter(owner)
                );
                layout.fields.remove(&Field::Owner);
                layout.fields.insert(Field::Owner, people);
            }
        }
        // A register's only owner column is the finding's owner, whatever it is called.
        if !layout.fields.contains_key(&Field::Owner)
            && let Some(mapped) = layout.fields.remove(&Field::ActionOwner)
        {
            layout.fields.insert(Field::Owner, mapped);
        }
        if !layout.fields.contains_key(&Field::Grade) {
            layout.ticked = ticked_grades(&texts, &ticks, &layout);
            for (column, grade) in &layout.ticked {
                used.insert(*column);
                let header = texts.get(column).cloned().unwrap_or_default();
                layout.unmapped.push(Mapped {
                    column: *column,
                    header: header.clone(),
                    confidence: 0.8,
                    evidence: format!(
                        "header \"{header}\" names a grade ({}) and its cells are ticks: a row ticked here is graded so",
                        grade.name()
                    ),
                });
            }
        }
        prefer_identifiers(&mut layout, &profiles, &filled);
        prefer_the_findings_identifiers(&mut layout, &profiles, &filled);
        questions_are_no_statement(&mut layout, &profiles);
        layout.checklist = is_checklist(&layout, &filled);
        self.titles_with_their_numbers(&mut layout, data_from);
        layout.reference_prefix = self.reference_prefix(&layout, &profiles, data_from);
        if let Some(prefix) = layout.reference_prefix
            && let Some(mapped) = layout.fields.get_mut(&Field::Reference)
        {
            mapped.evidence.push_str(&format!(
                "; its numbers repeat, and with the code in column {} before them they do not",
                column_letter(prefix)
            ));
        }
        layout.standards = standards
            .into_iter()
            .filter(|column| !layout.fields.values().any(|m| m.column == *column))
            .collect();
        reference_from_descriptions(&mut layout, &profiles);
        // A heading split into reference and title (`NC 3 (Minor) – A.5.19 Supplier
        // security`) beside a column of sentences headed as the description (`Details`):
        // that column is the statement, the heading the title.
        if let (Some(reference), Some(statement)) = (
            layout.fields.get(&Field::Reference),
            layout.fields.get(&Field::Statement),
        ) && reference.column == statement.column
            && !layout.fields.contains_key(&Field::Title)
            && let Some(&column) = columns.iter().find(|column| {
                !layout.fields.values().any(|m| m.column == **column)
                    && profiles
                        .get(column)
                        .is_some_and(|p| p.share(p.prose) >= 0.5)
                    && texts
                        .get(column)
                        .is_some_and(|t| self.named(t).iter().any(|(f, ..)| *f == Field::Statement))
            })
            && let Some(mut heading) = layout.fields.remove(&Field::Statement)
        {
            let header = texts.get(&column).cloned().unwrap_or_default();
            heading.evidence = format!(
                "{}; the finding is described in column {}",
                heading.evidence,
                column_letter(column)
            );
            layout.fields.insert(Field::Title, heading);
            layout.fields.insert(
                Field::Statement,
                Mapped {
                    column,
                    evidence: format!(
                        "header \"{header}\" names statement, beside the finding's heading"
                    ),
                    header,
                    confidence: 0.9,
                },
            );
        }
        for &column in &columns {
            if !used.contains(&column) && !layout.fields.values().any(|m| m.column == column) {
                let header = texts
                    .get(&column)
                    .cloned()
                    .unwrap_or_else(|| column_letter(column));
                let evidence = match texts.get(&column) {
                    Some(text) => format!("header \"{text}\" names no field this importer reads"),
                    None => "no header, and its values tell no field apart".to_owned(),
                };
                // Another framework's (or edition's) references, beside the requirements.
                let references = profiles
                    .get(&column)
                    .filter(|p| p.values > 0 && p.share(p.reference) >= 0.7);
                let about_references = texts.get(&column).is_none_or(|t| {
                    closeout_lexicon::reference::names_framework(t)
                        || self
                            .named(t)
                            .iter()
                            .any(|(f, ..)| *f == Field::Requirements)
                });
                if let Some(profile) = references.filter(|_| about_references) {
                    layout.more_requirements.push(column);
                    layout.unmapped.push(Mapped {
                        column,
                        header,
                        confidence: 0.6,
                        evidence: format!(
                            "{} of {} values are references: read with the requirements",
                            profile.reference, profile.values
                        ),
                    });
                    continue;
                }
                layout.unmapped.push(Mapped {
                    column,
                    header,
                    confidence: 0.0,
                    evidence,
                });
            }
        }
        let shares: [(Field, Kind, ShareOf); 4] = [
            (Field::Reference, Kind::Identifier, |p| {
                p.share(p.identifier + p.integer)
            }),
            (Field::Grade, Kind::Grade, |p| p.share(p.grade)),
            (Field::RaisedOn, Kind::Date, |p| p.share(p.date)),
            (Field::DueDate, Kind::Date, |p| p.share(p.date)),
        ];
        for (field, kind, share) in shares {
            if let Some(profile) = layout.column(field).and_then(|c| profiles.get(&c))
                && profile.values >= 3
                && share(profile) >= 0.6
            {
                layout.kinds.insert(field, kind);
            }
        }
        layout.language = languages
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(l, _)| l);
        // A data row taken as the header scores low on looking like labels.
        layout.score = total * (0.3 + 0.7 * label_weight);
        Some(layout)
    }
}

/// How many of a row's cells hold the header's text of their column.
fn header_cells(texts: &BTreeMap<u32, String>, cells: &[(u32, Value)]) -> usize {
    cells
        .iter()
        .filter(|(column, value)| {
            texts
                .get(column)
                .is_some_and(|t| value.as_text().is_some_and(|v| v.trim() == t.trim()))
        })
        .count()
}

/// Whether a row is the header again (registers that repeat it under each section or page
/// break): four fifths of the header's texts in their columns.
pub(crate) fn repeats_header(texts: &BTreeMap<u32, String>, cells: &[(u32, Value)]) -> bool {
    texts.len() >= 2 && header_cells(texts, cells) * 5 >= texts.len() * 4
}

/// A running number (`#`: 1, 2, 3), a column of plain numbers, or a column of another
/// framework's ids under that framework's name (`CSF Subcategory`: `GV.SC-07`), is the
/// reference only when no column holds identifiers of the findings' own.
fn prefer_identifiers(
    layout: &mut Layout,
    profiles: &BTreeMap<u32, Profile>,
    filled: &BTreeMap<u32, std::collections::BTreeSet<usize>>,
) {
    let Some(current) = layout.fields.get(&Field::Reference) else {
        return;
    };
    // A running number, or any column of plain numbers (a list's item ids: 41, 42, 47); or
    // identifiers that read as another framework's requirements (`GV.SC-07`: a gap register
    // built on the NIST CSF), beside the findings' own.
    let current_column = current.column;
    let running = profiles.get(&current_column).is_some_and(|p| p.running);
    let numbers = running
        || profiles
            .get(&current_column)
            .is_some_and(|p| p.values > 0 && p.share(p.integer) >= 0.8);
    let cited = profiles
        .get(&current_column)
        .is_some_and(|p| p.values > 0 && p.share(p.reference) >= 0.7)
        && layout
            .texts
            .get(&current_column)
            .is_some_and(|t| closeout_lexicon::reference::framework_named(t).is_some());
    if !numbers && !cited {
        return;
    }
    let taken_by_strong = |column: u32| {
        layout.fields.iter().any(|(field, m)| {
            m.column == column
                && matches!(field, Field::Grade | Field::Requirements | Field::Statement)
        })
    };
    // A findings' identifier is on (nearly) every row that is graded: an identifier on a few
    // of them (`8D ref`, another process's report) is no reference. (A checklist grades only
    // the rows that raised a finding, and numbers them so.)
    let graded = layout
        .column(Field::Grade)
        .and_then(|column| filled.get(&column))
        .map_or(0, |rows| rows.len());
    let better = profiles
        .iter()
        .filter(|(column, p)| {
            **column != current_column
                && p.values > 0
                && filled
                    .get(column)
                    .is_some_and(|rows| rows.len() * 5 >= graded * 4)
                && p.share(p.identifier) >= 0.8
                && p.uniqueness() >= 0.9
                && (!cited || p.share(p.reference) < 0.3)
                && !taken_by_strong(**column)
        })
        .map(|(column, _)| *column)
        .next();
    if let Some(column) = better {
        let profile = &profiles[&column];
        let evidence = format!(
            "{} of {} values are identifiers, preferred to the {} in column {}",
            profile.identifier,
            profile.values,
            if running {
                "running number"
            } else if numbers {
                "plain numbers"
            } else {
                "requirement references"
            },
            column_letter(current_column)
        );
        take_reference_from(layout, column, 0.9, evidence);
        if !numbers && !layout.more_requirements.contains(&current_column) {
            // Read with the requirements, as another framework's.
            layout.more_requirements.push(current_column);
        }
    }
}

/// Makes `column` the reference, in place of the column the scores gave it.
fn take_reference_from(layout: &mut Layout, column: u32, confidence: f32, evidence: String) {
    layout.fields.retain(|_, m| m.column != column);
    let header = layout
        .texts
        .get(&column)
        .cloned()
        .unwrap_or_else(|| column_letter(column));
    layout.fields.insert(
        Field::Reference,
        Mapped {
            column,
            header,
            confidence,
            evidence,
        },
    );
}

/// Columns headed by a grade whose cells are all ticks (`Maj | Min | Obs` with an `X` in one),
/// when there are two at least and no column they would take from.
fn ticked_grades(
    texts: &BTreeMap<u32, String>,
    ticks: &std::collections::BTreeSet<u32>,
    layout: &Layout,
) -> Vec<(u32, closeout_lexicon::Grade)> {
    let ticked: Vec<(u32, closeout_lexicon::Grade)> = texts
        .iter()
        .filter(|(column, _)| !layout.fields.values().any(|m| m.column == **column))
        .filter_map(|(column, text)| match crate::grade::classify(text) {
            crate::grade::Reading::Grade(grade, _) => Some((*column, grade)),
            _ => None,
        })
        .filter(|(column, _)| ticks.contains(column))
        .collect();
    if ticked.len() >= 2 {
        ticked
    } else {
        Vec::new()
    }
}

/// In a checklist, the column of identifiers filled on the rows that hold a finding (`Finding
/// No.`), not the one filled on every row (each question's `Ref`), gives the reference.
fn prefer_the_findings_identifiers(
    layout: &mut Layout,
    profiles: &BTreeMap<u32, Profile>,
    filled: &BTreeMap<u32, std::collections::BTreeSet<usize>>,
) {
    let (Some(reference), Some(statement)) = (
        layout.column(Field::Reference),
        layout.column(Field::Statement),
    ) else {
        return;
    };
    let none = std::collections::BTreeSet::new();
    let rows_of = |column: u32| filled.get(&column).unwrap_or(&none);
    let findings = rows_of(statement);
    // Filled on a quarter more rows than the findings: not the findings' own column.
    if findings.is_empty() || rows_of(reference).len() * 4 <= findings.len() * 5 {
        return;
    }
    let taken = |column: u32| layout.fields.values().any(|m| m.column == column);
    let better = profiles.iter().find(|(column, p)| {
        let rows = rows_of(**column);
        **column != reference
            && !taken(**column)
            && p.share(p.identifier) >= 0.8
            && p.uniqueness() >= 0.9
            && rows.is_subset(findings)
            && rows.len() * 5 >= findings.len() * 4
    });
    if let Some((&column, profile)) = better {
        let evidence = format!(
            "{} of {} values are identifiers, on the rows that hold a finding (column {} has values on every row)",
            profile.identifier,
            profile.values,
            column_letter(reference)
        );
        take_reference_from(layout, column, 0.85, evidence);
    }
}

/// A checklist's questions (`Is the ISMS scope documented?`) are no finding's statement: the
/// auditor's notes beside them (taken for objective evidence or comments) are, and the
/// questions become the requirement's title when nothing else holds it.
fn questions_are_no_statement(layout: &mut Layout, profiles: &BTreeMap<u32, Profile>) {
    let Some(questions) = layout.fields.get(&Field::Statement).cloned() else {
        return;
    };
    if profiles
        .get(&questions.column)
        .is_none_or(|p| p.share(p.question) < 0.6)
    {
        return;
    }
    let notes = [Field::ObjectiveEvidence, Field::Comments]
        .into_iter()
        .filter_map(|field| Some((field, layout.fields.get(&field)?.clone())))
        .find(|(_, mapped)| {
            profiles
                .get(&mapped.column)
                .is_some_and(|p| p.share(p.prose) >= 0.5 && p.share(p.question) < 0.2)
        });
    let Some((field, notes)) = notes else {
        return;
    };
    layout.fields.remove(&field);
    let evidence = format!(
        "the auditor's notes beside the checklist's questions (column {} asks them)",
        column_letter(questions.column)
    );
    layout.fields.insert(
        Field::Statement,
        Mapped {
            evidence,
            confidence: notes.confidence.min(0.9),
            ..notes
        },
    );
    layout
        .fields
        .entry(Field::RequirementTitle)
        .or_insert(Mapped {
            evidence: "the checklist's questions".into(),
            ..questions
        });
}

/// Whether the reference and grade columns are filled on half the rows with a statement or
/// fewer (four rows at least): the questions of a checklist, a few of which raised a finding.
fn is_checklist(
    layout: &Layout,
    filled: &BTreeMap<u32, std::collections::BTreeSet<usize>>,
) -> bool {
    let rows_of = |field: Field| {
        layout
            .column(field)
            .map(|column| filled.get(&column).map_or(0, |rows| rows.len()))
    };
    match (
        rows_of(Field::Statement),
        rows_of(Field::Reference),
        rows_of(Field::Grade),
    ) {
        (Some(questions), Some(references), Some(grades)) => {
            questions >= 4 && references * 2 <= questions && grades * 2 <= questions
        }
        _ => false,
    }
}

/// With no reference column, a description whose values start with an identifier (`NC-1:
/// Legal and regulatory requirements (Clause 4.2)`) gives the reference.
fn reference_from_descriptions(layout: &mut Layout, profiles: &BTreeMap<u32, Profile>) {
    if layout.fields.contains_key(&Field::Reference) {
        return;
    }
    for field in [Field::Statement, Field::Title] {
        let Some(mapped) = layout.fields.get(&field).cloned() else {
            continue;
        };
        let Some(profile) = profiles.get(&mapped.column) else {
            continue;
        };
        if profile.share(profile.combined) >= 0.5 {
            layout.fields.insert(
                Field::Reference,
                Mapped {
                    evidence: format!(
                        "{} of {} values start with an identifier, split off as the reference",
                        profile.combined, profile.values
                    ),
                    confidence: 0.8,
                    ..mapped
                },
            );
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(index: u32, cells: &[(u32, &str)]) -> Row {
        Row {
            index,
            cells: cells
                .iter()
                .map(|(c, t)| (*c, Value::Text(t.to_string())))
                .collect(),
        }
    }

    fn choose(rows: &[Row]) -> Layout {
        Sample::new(rows).choose(None).expect("a layout")
    }

    #[test]
    fn a_column_naming_the_organisations_people_holds_owners_whatever_its_header() {
        // `Cine răspunde` (who answers) is no header any language file has; a name is no area
        // by its looks.
        let rows = vec![
            row(
                0,
                &[
                    (0, "Nr."),
                    (1, "Tip"),
                    (2, "Descriere"),
                    (3, "Cine răspunde"),
                ],
            ),
            row(
                1,
                &[
                    (0, "C-01"),
                    (1, "Major"),
                    (
                        2,
                        "Contractele cu furnizorii nu conțin cerințe de securitate.",
                    ),
                    (3, "Lena Fischer"),
                ],
            ),
            row(
                2,
                &[
                    (0, "C-02"),
                    (1, "Minor"),
                    (2, "Evidența competențelor nu este actualizată la zi."),
                    (3, "Badr Karim"),
                ],
            ),
            row(
                3,
                &[
                    (0, "C-03"),
                    (1, "Minor"),
                    (2, "Jurnalele sunt păstrate doar 7 zile, politica cere 90."),
                    (3, "Andrei Popescu"),
                ],
            ),
        ];
        let unknown = choose(&rows);
        assert_eq!(unknown.column(Field::Owner), None);
        let people = People::new(["Lena Fischer", "lena@acme.test", "Badr Karim"]);
        let known = Sample::keyed(&rows, &crate::key::Key::new(), &people)
            .choose(None)
            .expect("a layout");
        let owner = known.fields.get(&Field::Owner).expect("an owner column");
        assert_eq!(owner.column, 3);
        assert!(
            owner
                .evidence
                .contains("2 of 3 values are the organisation's people"),
            "{}",
            owner.evidence
        );
    }

    #[test]
    fn names_with_an_email_address_among_them_are_owners() {
        let rows = vec![
            row(
                0,
                &[
                    (0, "管理番号"),
                    (1, "指摘区分"),
                    (2, "指摘事項"),
                    (3, "担当者"),
                ],
            ),
            row(
                1,
                &[
                    (0, "JP-01"),
                    (1, "Major"),
                    (
                        2,
                        "マネジメントレビューが実施されておらず、その記録も存在しない。",
                    ),
                    (3, "山田太郎"),
                ],
            ),
            row(
                2,
                &[
                    (0, "JP-02"),
                    (1, "Minor"),
                    (
                        2,
                        "ファイアウォールのアラートが監視されておらず、未対応のままであった。",
                    ),
                    (3, "badr@acme.test"),
                ],
            ),
            row(
                3,
                &[
                    (0, "JP-03"),
                    (1, "Minor"),
                    (
                        2,
                        "クラウドサービスの利用に関する情報セキュリティ要件が定められていない。",
                    ),
                    (3, "鈴木花子"),
                ],
            ),
            row(
                4,
                &[
                    (0, "JP-04"),
                    (1, "Minor"),
                    (
                        2,
                        "一部の派遣社員が情報セキュリティ方針の所在を認識していなかった。",
                    ),
                    (3, "山田太郎"),
                ],
            ),
        ];
        assert_eq!(choose(&rows).column(Field::Owner), Some(3));
    }

    #[test]
    fn a_header_below_title_rows_starting_in_column_b() {
        let rows = vec![
            row(
                0,
                &[(
                    1,
                    "ACME Ltd - ISO 27001 Stage 2 audit - nonconformity report",
                )],
            ),
            row(
                3,
                &[
                    (1, "NC ID"),
                    (2, "Grade"),
                    (3, "Clause"),
                    (4, "Nonconformity Description"),
                    (5, "Owner"),
                ],
            ),
            row(
                4,
                &[
                    (1, "NC-01"),
                    (2, "Major"),
                    (3, "A.5.15"),
                    (4, "Leavers keep access to the VPN for weeks."),
                    (5, "it@acme.test"),
                ],
            ),
            row(
                5,
                &[
                    (1, "NC-02"),
                    (2, "Minor"),
                    (3, "9.2"),
                    (4, "The internal audit programme misses two processes."),
                    (5, "qa@acme.test"),
                ],
            ),
        ];
        let layout = choose(&rows);
        assert_eq!(layout.header, Some((3, 3)));
        assert_eq!(layout.column(Field::Reference), Some(1));
        assert_eq!(layout.column(Field::Grade), Some(2));
        assert_eq!(layout.column(Field::Requirements), Some(3));
        assert_eq!(layout.column(Field::Statement), Some(4));
        assert_eq!(layout.column(Field::Owner), Some(5));
    }

    #[test]
    fn an_uncommon_header_is_still_the_header() {
        let rows = vec![
            row(
                0,
                &[
                    (0, "Item"),
                    (1, "Control Name"),
                    (2, "Reference / Area"),
                    (3, "Observation Detail"),
                    (4, "Rating"),
                ],
            ),
            row(
                1,
                &[
                    (0, "F-001"),
                    (1, "Access control"),
                    (2, "A.5.15"),
                    (3, "Leavers kept their VPN accounts for up to six weeks."),
                    (4, "Major"),
                ],
            ),
            row(
                2,
                &[
                    (0, "F-002"),
                    (1, "Logging"),
                    (2, "A.8.15"),
                    (
                        3,
                        "Firewall logs are kept for seven days only, policy says 90.",
                    ),
                    (4, "Minor"),
                ],
            ),
            row(
                3,
                &[
                    (0, "F-003"),
                    (1, "Internal audit"),
                    (2, "Clause 9.2"),
                    (3, "The audit programme does not cover the data centre."),
                    (4, "OFI"),
                ],
            ),
        ];
        let layout = choose(&rows);
        assert_eq!(layout.header, Some((0, 0)));
        assert_eq!(layout.column(Field::Reference), Some(0));
        assert_eq!(layout.column(Field::Requirements), Some(2));
        assert_eq!(layout.column(Field::Statement), Some(3));
        assert_eq!(layout.column(Field::Grade), Some(4));
        assert_eq!(layout.column(Field::RequirementTitle), Some(1));
    }

    #[test]
    fn an_identifier_column_wins_over_a_running_number() {
        let rows = vec![
            row(
                0,
                &[
                    (0, "#"),
                    (1, "Finding"),
                    (2, "Description"),
                    (3, "Severity"),
                ],
            ),
            row(
                1,
                &[
                    (0, "1"),
                    (1, "F-001"),
                    (2, "Access reviews were not done in Q2 and Q3."),
                    (3, "Minor"),
                ],
            ),
            row(
                2,
                &[
                    (0, "2"),
                    (1, "F-002"),
                    (2, "The risk treatment plan is missing entirely."),
                    (3, "Major"),
                ],
            ),
            row(
                3,
                &[
                    (0, "3"),
                    (1, "F-003"),
                    (2, "Backups are not tested for restore, ever."),
                    (3, "Minor"),
                ],
            ),
        ];
        let layout = choose(&rows);
        assert_eq!(layout.column(Field::Reference), Some(1));
        assert!(
            layout.fields[&Field::Reference]
                .evidence
                .contains("running number")
        );
        assert_eq!(layout.column(Field::Statement), Some(2));
    }

    #[test]
    fn requirements_by_their_values_when_the_header_does_not_say() {
        let rows = vec![
            row(
                0,
                &[
                    (0, "Ref"),
                    (1, "Source"),
                    (2, "Requirement"),
                    (3, "Finding"),
                    (4, "Grade"),
                ],
            ),
            row(
                1,
                &[
                    (0, "NC-1"),
                    (1, "A.5.15"),
                    (2, "Access control"),
                    (3, "Leavers keep VPN access for weeks after leaving."),
                    (4, "Minor"),
                ],
            ),
            row(
                2,
                &[
                    (0, "NC-2"),
                    (1, "Clause / Annex A 9.2"),
                    (2, "Internal audit"),
                    (3, "No audit programme exists for the current year."),
                    (4, "Major"),
                ],
            ),
        ];
        let layout = choose(&rows);
        assert_eq!(layout.column(Field::Requirements), Some(1));
        assert_eq!(layout.column(Field::RequirementTitle), Some(2));
    }

    #[test]
    fn a_register_in_german() {
        let rows = vec![
            row(
                0,
                &[
                    (0, "Nr."),
                    (1, "Einstufung"),
                    (2, "Normkapitel"),
                    (3, "Feststellung"),
                    (4, "Verantwortlich"),
                    (5, "Frist"),
                ],
            ),
            row(
                1,
                &[
                    (0, "1"),
                    (1, "Hauptabweichung"),
                    (2, "Kap. 9.3"),
                    (
                        3,
                        "Die Managementbewertung fand seit zwei Jahren nicht statt.",
                    ),
                    (4, "Leiter IT"),
                    (5, "15.03.2026"),
                ],
            ),
            row(
                2,
                &[
                    (0, "2"),
                    (1, "Nebenabweichung"),
                    (2, "A.5.15"),
                    (
                        3,
                        "Austritte werden nicht zeitnah im AD deaktiviert, bis zu 6 Wochen.",
                    ),
                    (4, "CISO"),
                    (5, "01.04.2026"),
                ],
            ),
        ];
        let layout = choose(&rows);
        assert_eq!(layout.language.as_deref(), Some("de"));
        assert_eq!(layout.column(Field::Reference), Some(0));
        assert_eq!(layout.column(Field::Grade), Some(1));
        assert_eq!(layout.column(Field::Requirements), Some(2));
        assert_eq!(layout.column(Field::Statement), Some(3));
        assert_eq!(layout.column(Field::Owner), Some(4));
        assert_eq!(layout.column(Field::DueDate), Some(5));
    }

    #[test]
    fn a_two_row_header() {
        let rows = vec![
            row(
                0,
                &[(0, "Finding"), (3, "Classification"), (4, "Follow-up")],
            ),
            row(
                1,
                &[
                    (0, "ID"),
                    (1, "Description"),
                    (2, "Clause"),
                    (4, "Owner"),
                    (5, "Due date"),
                ],
            ),
            row(
                2,
                &[
                    (0, "NC-1"),
                    (1, "Leavers keep VPN access for weeks."),
                    (2, "A.5.15"),
                    (3, "Minor"),
                    (4, "it@acme.test"),
                    (5, "2026-04-01"),
                ],
            ),
        ];
        let layout = choose(&rows);
        assert_eq!(layout.header, Some((0, 1)));
        assert_eq!(layout.column(Field::Reference), Some(0));
        assert_eq!(layout.column(Field::Statement), Some(1));
        assert_eq!(layout.column(Field::Grade), Some(3));
        assert_eq!(layout.column(Field::DueDate), Some(5));
    }
}
