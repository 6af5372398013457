//! From what a plugin read to what an import would do: the findings to create, update or leave
//! alone, their owners and draft plans, the rows to skip, and every issue located by sheet,
//! row and column. Pure functions: no database, no HTTP; what they need of the database comes
//! in as a [`Context`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use closeout_lexicon::{normalise, owner_names};
use closeout_model::FieldError;
use closeout_model::catalog::{Catalog, Normalised, OtherReference};
use closeout_model::finding::{Finding, FindingFields, FindingInput};
use closeout_model::id::FindingId;
use closeout_model::plan::{CorrectiveAction, Draft, Plan as ActionPlan};
use closeout_model::task::TaskFields;
use closeout_model::user::Email;
use closeout_plugin_abi::{FindingRecord, Issue, Severity};
use serde::Serialize;

/// What happens to one row's finding.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A new finding.
    Create,
    /// The finding with this id gets these fields.
    Update(FindingId),
    /// The finding with this id already says this.
    Unchanged(FindingId),
}

/// One row that will become (or already is) a finding.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Sheet (none for CSV).
    pub sheet: Option<String>,
    /// 1-based row.
    pub row: u32,
    /// The finding's fields.
    pub fields: FindingFields,
    /// What to do.
    pub action: Action,
    /// The register's plan columns, as a draft plan.
    pub draft: Option<Draft>,
    /// Where the grade came from (`column D`, `the sheet's name`).
    pub grade_source: Option<String>,
    /// Where the requirements came from, when not their column (`the statement`).
    pub requirements_source: Option<String>,
}

/// A row that will not be imported, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SkippedRow {
    /// Sheet (none for CSV).
    pub sheet: Option<String>,
    /// 1-based row.
    pub row: u32,
    /// The reference, when the row had one.
    pub reference: Option<String>,
    /// Every error on the row.
    pub reasons: Vec<String>,
}

/// What an import would do.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Rows that make findings, in file order.
    pub findings: Vec<Planned>,
    /// Rows with errors.
    pub invalid_rows: Vec<SkippedRow>,
    /// Everything found, located.
    pub issues: Vec<Issue>,
    /// Owners named by email whom the import invites (it was asked to, and their domain is
    /// the organisation's): added as contributors.
    pub new_owners: BTreeSet<String>,
    /// Grade words nothing knows, each with the rows that use it: what the `grades` option
    /// (or the import wizard) maps.
    pub unknown_grades: BTreeMap<String, Vec<u32>>,
}

impl Plan {
    /// Counts of (created, updated, unchanged).
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |f: fn(&Action) -> bool| self.findings.iter().filter(|p| f(&p.action)).count();
        (
            count(|a| matches!(a, Action::Create)),
            count(|a| matches!(a, Action::Update(_))),
            count(|a| matches!(a, Action::Unchanged(_))),
        )
    }
}

/// A user an owner's name or address may be.
#[derive(Debug, Clone)]
pub struct Person {
    /// Their email.
    pub email: String,
    /// Their display name, if set.
    pub name: Option<String>,
}

/// What planning needs from the database, read before it.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The audit's findings, by reference.
    pub existing: HashMap<String, Finding>,
    /// The organisation's users.
    pub people: Vec<Person>,
    /// Whether the import was asked to invite owners named by email (`invite_owners`), and
    /// the domains it may invite from.
    pub invite: Option<Vec<String>>,
}

/// The other frameworks' references the planned findings cite, as lookup keys.
pub fn other_references(plan: &Plan) -> Vec<String> {
    let keys: BTreeSet<String> = plan
        .findings
        .iter()
        .flat_map(|p| p.fields.other_references())
        .map(|o| closeout_model::framework::key(&o.id))
        .collect();
    keys.into_iter().collect()
}

/// Links the other frameworks' references to the loaded frameworks that have them (lookup
/// key to (framework id, name)), and says which no loaded framework has.
pub fn link_other_references(plan: &mut Plan, frameworks: &HashMap<String, Vec<(String, String)>>) {
    for planned in &mut plan.findings {
        let framework_of = |other: &OtherReference| {
            frameworks
                .get(&closeout_model::framework::key(&other.id))
                .and_then(|found| found.first())
                .map(|(id, _)| id.clone())
        };
        planned.fields.link_other_references(framework_of);
        for other in planned.fields.other_references() {
            if other.linked_to.is_none() {
                let what = other.framework.as_deref().unwrap_or("another framework");
                plan.issues.push(Issue {
                    sheet: planned.sheet.clone(),
                    row: Some(planned.row),
                    column: None,
                    message: format!(
                        "{} ({what}) is kept as another framework's reference; no loaded framework has it yet, so no crosswalk links it",
                        other.id
                    ),
                    severity: Severity::Info,
                });
            }
        }
    }
}

fn issue(
    record: &FindingRecord,
    column: Option<&str>,
    severity: Severity,
    message: String,
) -> Issue {
    Issue {
        sheet: record.sheet.clone(),
        row: Some(record.row),
        column: column.map(str::to_owned),
        message,
        severity,
    }
}

/// A number such as 5.1 may be 5.10 with its zero dropped by the spreadsheet: warn when both
/// exist in the catalog.
fn float_ambiguity(text: &str, catalog: &Catalog) -> Option<String> {
    let (major, minor) = text.trim().split_once('.')?;
    if minor.len() != 1 || !major.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let longer = format!("A.{major}.{minor}0");
    catalog.get(&longer).map(|_| {
        format!(
            "the cell holds the number {text}: if {major}.{minor}0 ({longer}) was meant, the spreadsheet dropped its zero; format the column as text"
        )
    })
}

/// The people an owner cell names, matched to users by address, by name, or by a first or
/// last name that only one user has; and the names that match no one.
#[derive(Clone)]
struct Owners {
    matched: Vec<String>,
    invited: Vec<String>,
    pending: Vec<String>,
    notes: Vec<String>,
}

/// The organisation's people, looked up by address, by name, and by a first or last name
/// that only one of them has. Built once per import: owners are looked up on every row.
struct Directory<'p> {
    people: &'p [Person],
    by_email: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    /// A name's words in order (`fischer lena`), and whose name they are when only one
    /// person's: Hungarian and East Asian registers write the family name first.
    by_words: HashMap<Vec<String>, Option<usize>>,
    /// A word of someone's name, and whose it is when only one person's name has it.
    by_word: HashMap<String, Option<usize>>,
}

impl<'p> Directory<'p> {
    fn new(people: &'p [Person]) -> Directory<'p> {
        let mut directory = Directory {
            people,
            by_email: HashMap::new(),
            by_name: HashMap::new(),
            by_words: HashMap::new(),
            by_word: HashMap::new(),
        };
        for (index, person) in people.iter().enumerate() {
            directory
                .by_email
                .insert(person.email.to_lowercase(), index);
            let Some(name) = person.name.as_deref().map(normalise) else {
                continue;
            };
            // A word of two letters names no one alone (`IT` in `Head of IT Operations`: an
            // owner `Badr (IT)` is Badr).
            for word in name.split(' ').filter(|w| w.chars().count() >= 3) {
                directory
                    .by_word
                    .entry(word.to_owned())
                    .and_modify(|owner| {
                        if *owner != Some(index) {
                            *owner = None;
                        }
                    })
                    .or_insert(Some(index));
            }
            directory
                .by_words
                .entry(sorted_words(&name))
                .and_modify(|owner| {
                    if *owner != Some(index) {
                        *owner = None;
                    }
                })
                .or_insert(Some(index));
            directory.by_name.insert(name, index);
        }
        directory
    }

    /// The person a name or address in an owner cell names, a courtesy title before the name
    /// aside (`Bpk. Badr Karim`, `Frau Fischer`).
    fn find(&self, candidate: &str) -> Option<&'p Person> {
        self.find_as_written(candidate)
            .or_else(|| {
                closeout_lexicon::lexicon()
                    .without_honorifics(candidate)
                    .and_then(|name| self.find_as_written(name))
            })
            .or_else(|| self.find_by_initial(candidate))
            .or_else(|| self.find_before_title(candidate))
    }

    /// `Badr Karim 팀장`, `Lena Fischer 책임`: a person's whole name (two words at least) followed
    /// by one word of a job title, as Korean and Japanese registers write one.
    fn find_before_title(&self, candidate: &str) -> Option<&'p Person> {
        let (name, title) = candidate.trim().rsplit_once(' ')?;
        // A title in capitals (`CISO`) or in another script than the name (`팀장`), never a
        // word that could be part of a name or a company's (`Thomas Girard Consulting`).
        let latin = |c: char| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
        let one_word = title.chars().all(char::is_alphabetic)
            && (title.chars().all(|c| c.is_uppercase()) || !title.chars().any(latin));
        // A name alone before it: no second person after a separator (`GRC Lead + IT`).
        let a_name = name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''));
        (one_word && a_name && name.split_whitespace().count() >= 2)
            .then(|| self.find_as_written(name))
            .flatten()
    }

    /// `Lena F.`, `Fischer L.`: the one person whose name has that word and another word
    /// starting with that initial.
    fn find_by_initial(&self, candidate: &str) -> Option<&'p Person> {
        let wanted = normalise(candidate);
        let (first, initial) = wanted.rsplit_once(' ')?;
        let mut letters = initial.chars();
        let (Some(letter), None) = (letters.next(), letters.next()) else {
            return None;
        };
        let person = self
            .by_word
            .get(first)
            .copied()
            .flatten()
            .map(|i| &self.people[i])?;
        let name = normalise(person.name.as_deref()?);
        name.split(' ')
            .filter(|w| *w != first)
            .any(|w| w.starts_with(letter))
            .then_some(person)
    }

    fn find_as_written(&self, candidate: &str) -> Option<&'p Person> {
        let index = if candidate.contains('@') {
            let address = candidate.trim().trim_matches(['<', '>']).to_lowercase();
            self.by_email.get(&address).copied()
        } else {
            let wanted = normalise(candidate);
            if wanted.is_empty() {
                return None;
            }
            self.by_name.get(&wanted).copied().or_else(|| {
                if wanted.contains(' ') {
                    // The same words in another order (`Fischer Lena`), one person's only.
                    self.by_words.get(&sorted_words(&wanted)).copied().flatten()
                } else {
                    // One word (`Badr`, `Whitfield`): a first or last name only one user has.
                    self.by_word.get(&wanted).copied().flatten()
                }
            })
        };
        index.map(|i| &self.people[i])
    }
}

/// A normalised name's words, sorted: the same for `lena fischer` and `fischer lena`.
fn sorted_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    words.sort();
    words
}

/// The names in an owner cell, line by line: a line under a person's name that names no one
/// else is that person's job title (`Badr Karim` over `ISMS Manager`), not a second owner.
fn names_without_titles(cell: &str, directory: &Directory<'_>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut under_a_person = false;
    for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let parts = owner_names(line, |name| directory.find(name).is_some());
        let one = parts.len() == 1 && !line.contains('@');
        let person = one && directory.find(line).is_some();
        let title = under_a_person && one && !person;
        under_a_person = person;
        if title {
            continue;
        }
        for part in parts {
            if !names.contains(&part) {
                names.push(part);
            }
        }
    }
    names
}

fn owners(cell: &str, directory: &Directory<'_>, invite: Option<&[String]>) -> Owners {
    let mut result = Owners {
        matched: Vec::new(),
        invited: Vec::new(),
        pending: Vec::new(),
        notes: Vec::new(),
    };
    let whole = directory.find(cell);
    let names = match whole {
        Some(person) => {
            result.matched.push(person.email.clone());
            return result;
        }
        None => names_without_titles(cell, directory),
    };
    for name in names {
        // `GRC (Badr)`, `Lena Fischer <lena@acme.test>`, `ops@acme.test (Ops)`, `Lena
        // Fischer（CISO）`: the person in brackets, or the one before them.
        let narrowed = closeout_lexicon::narrowed(&name);
        let bracketed = narrowed.split_once(['(', '<']).map(|(before, inside)| {
            (
                before.trim().to_owned(),
                inside.trim_end_matches([')', '>']).trim().to_owned(),
            )
        });
        // `Lena - Information Security`, `Badr Karim – IT`: the person before the department.
        let dashed = [" - ", " – ", " — "]
            .iter()
            .find_map(|dash| name.split_once(dash))
            .map(|(before, after)| (before.trim(), after.trim()));
        let found = directory
            .find(&name)
            .or_else(|| {
                bracketed.as_ref().and_then(|(before, inside)| {
                    directory.find(inside).or_else(|| directory.find(before))
                })
            })
            .or_else(|| {
                dashed.and_then(|(before, after)| {
                    directory.find(before).or_else(|| directory.find(after))
                })
            });
        match found {
            Some(person) => {
                if !result.matched.contains(&person.email) {
                    result.matched.push(person.email.clone());
                }
            }
            None => match Email::parse(&name) {
                Ok(email) => {
                    let domain_allowed = invite.map(|domains| {
                        let domain = email.as_str().rsplit('@').next().unwrap_or_default();
                        domains.iter().any(|d| d.eq_ignore_ascii_case(domain))
                    });
                    match domain_allowed {
                        Some(true) => result.invited.push(email.as_str().to_owned()),
                        Some(false) => {
                            result.notes.push(format!(
                                "owner {} is not a user and its domain is not among the organisation's invite domains; kept as a pending owner",
                                email.as_str()
                            ));
                            result.pending.push(email.as_str().to_owned());
                        }
                        None => {
                            result.notes.push(format!(
                                "owner {} is not a user; kept as a pending owner (import with `invite_owners` to invite addresses of the organisation's invite domains)",
                                email.as_str()
                            ));
                            result.pending.push(email.as_str().to_owned());
                        }
                    }
                }
                Err(_) => result.pending.push(name),
            },
        }
    }
    result
}

/// The register's plan columns as a draft plan: root cause, correction, corrective action
/// with its owner and date, verification. `None` when the register has none of them.
fn draft(
    record: &FindingRecord,
    action_owner: Option<&str>,
    action_owner_named: Option<&str>,
) -> Option<Draft> {
    let has_plan = record.root_cause.is_some()
        || record.correction.is_some()
        || record.corrective_action.is_some()
        || record.verification.is_some();
    if !has_plan {
        return None;
    }
    let target_date = record
        .due_date
        .as_deref()
        .and_then(|d| d.parse::<NaiveDate>().ok());
    let mut corrective_actions = Vec::new();
    let mut tasks = Vec::new();
    if let Some(action) = &record.corrective_action {
        let description = match (action_owner, action_owner_named) {
            (None, Some(named)) => format!("{action} (owner named in the register: {named})"),
            _ => action.clone(),
        };
        corrective_actions.push(CorrectiveAction {
            description,
            owner: action_owner.map(str::to_owned),
            target_date,
        });
        if let (Some(owner), Some(due_on)) = (action_owner, target_date)
            && let Ok(owner) = Email::parse(owner)
        {
            let done = record.status.as_deref().is_some_and(|s| {
                closeout_lexicon::lexicon().status(s) == Some(closeout_lexicon::Status::Closed)
            });
            tasks.push(TaskFields {
                title: action.chars().take(500).collect(),
                owner: Some(owner),
                due_on: Some(due_on),
                done,
            });
        }
    }
    // The statement's three parts come from the finding when the draft is written
    // (`complete`): a register of 100,000 rows need not hold them twice.
    let plan = ActionPlan {
        correction: record.correction.clone().unwrap_or_default(),
        root_cause_whys: record.root_cause.iter().cloned().collect(),
        corrective_actions,
        effectiveness: record.verification.clone(),
        ..Default::default()
    };
    plan.check().ok()?;
    Some(Draft { plan, tasks })
}

/// A draft with the three parts of its nonconformity statement, from the finding: the
/// requirement (with its title), the evidence, the nonconformity.
pub fn complete(mut draft: Draft, fields: &FindingFields, catalog: &Catalog) -> Draft {
    draft.plan.requirement = fields
        .requirements()
        .iter()
        .map(|id| match catalog.get(id) {
            Some(r) => format!("{id} {}", r.title),
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    draft.plan.evidence = fields.objective_evidence().unwrap_or_default().to_owned();
    draft.plan.nonconformity = fields.statement().to_owned();
    draft
}

/// Builds the plan for a plugin's output against what the database holds.
///
/// Each row is read on its own first (its requirements, owners, fields and draft plan), then
/// joins the plan in file order, its reference checked against those of the rows before it.
///
/// On one thread: reading rows on two threads took as long (0.31-0.33 s for 100,000 rows
/// either way, the import benchmark) and, under mimalloc 2, raised the service's peak by 25 to
/// 120 MB (rows allocated by threads that end are held in their memory).
pub fn plan(
    records: Vec<FindingRecord>,
    issues: &[Issue],
    catalog: &Catalog,
    context: &Context,
) -> Plan {
    let mut plan = Plan {
        issues: issues.to_vec(),
        findings: Vec::with_capacity(records.len()),
        ..Default::default()
    };
    let mut errors_by_row: BTreeMap<(Option<String>, u32), Vec<String>> = BTreeMap::new();
    for found in issues.iter().filter(|i| i.severity == Severity::Error) {
        if let Some(row) = found.row {
            errors_by_row
                .entry((found.sheet.clone(), row))
                .or_default()
                .push(found.message.clone());
        }
    }
    // Columns that write controls with `A.` write their clauses bare, and so do columns of
    // bare numbers some of which can only be clauses (`4.1`, `6.1.2`, `9.2`) and none only
    // controls. Registers repeat their cells: each distinct one is read once.
    let marking_columns = {
        let mut marks: HashMap<&str, bool> = HashMap::new();
        let mut bare: HashMap<&str, (bool, bool)> = HashMap::new();
        // By sheet and column: whether a cell marks controls, whether a bare number can only
        // be a clause, whether one can only be a control.
        let mut columns: HashMap<(Option<&str>, &str), (bool, bool, bool)> = HashMap::new();
        for record in &records {
            let Some(column) = &record.requirements_column else {
                continue;
            };
            let seen = columns
                .entry((record.sheet.as_deref(), column.as_str()))
                .or_default();
            for cell in &record.requirements {
                if seen.0 {
                    break;
                }
                seen.0 = *marks
                    .entry(cell)
                    .or_insert_with(|| Catalog::marks_controls(cell));
                let (clauses, controls) =
                    *bare.entry(cell).or_insert_with(|| catalog.bare_kinds(cell));
                seen.1 |= clauses;
                seen.2 |= controls;
            }
        }
        columns
            .into_iter()
            .filter(|(_, (marks, clauses_only, controls_only))| {
                *marks || (*clauses_only && !controls_only)
            })
            .map(|((sheet, column), _)| (sheet.map(str::to_owned), column.to_owned()))
            .collect::<BTreeSet<(Option<String>, String)>>()
    };
    let directory = Directory::new(&context.people);
    let reader = RowReader {
        catalog,
        context,
        directory: &directory,
        marking_columns: &marking_columns,
        errors_by_row: &errors_by_row,
    };
    let mut seen: HashMap<String, (Option<String>, u32)> = HashMap::new();
    let (mut owner_cells, mut read_cells) = (HashMap::new(), ReadCells::new());
    for record in records {
        let row = reader.read(record, &mut owner_cells, &mut read_cells);
        plan.add(row, &mut seen);
    }
    plan.issues = compact(std::mem::take(&mut plan.issues));
    plan
}

/// One row read on its own, before it is compared with the rows above it.
struct ReadRow {
    sheet: Option<String>,
    row: u32,
    /// The reference as the register writes it.
    written_reference: Option<String>,
    errors: Vec<String>,
    /// The errors in its fields, said before its other issues.
    field_issues: Vec<Issue>,
    issues: Vec<Issue>,
    /// The finding's reference when its fields are valid, with the planned finding when the
    /// row has no error either.
    parsed: Option<(String, Option<Planned>)>,
    /// Its grade word that nothing knows.
    unknown_grade: Option<String>,
    /// Owners it names by address whom the import invites.
    new_owners: Vec<String>,
}

impl Plan {
    /// Adds a row read on its own: to the findings, unless it has errors or a row above it
    /// has its reference.
    fn add(&mut self, row: ReadRow, seen: &mut HashMap<String, (Option<String>, u32)>) {
        let ReadRow {
            sheet,
            row,
            written_reference,
            mut errors,
            field_issues,
            issues,
            parsed,
            unknown_grade,
            new_owners,
        } = row;
        if let Some(word) = unknown_grade {
            self.unknown_grades.entry(word).or_default().push(row);
        }
        self.new_owners.extend(new_owners);
        self.issues.extend(field_issues);
        let mut accepted = None;
        if let Some((reference, planned)) = parsed {
            match (&written_reference, seen.get(&reference)) {
                (Some(written), Some((first_sheet, first_row))) => {
                    let message = format!(
                        "reference {written} already appears at {}row {first_row}",
                        first_sheet
                            .as_ref()
                            .map(|s| format!("sheet `{s}`, "))
                            .unwrap_or_default()
                    );
                    self.issues.push(Issue {
                        sheet: sheet.clone(),
                        row: Some(row),
                        column: None,
                        message: message.clone(),
                        severity: Severity::Error,
                    });
                    errors.push(message);
                }
                _ => accepted = planned.map(|planned| (reference, planned)),
            }
        }
        self.issues.extend(issues);
        match accepted {
            Some((reference, planned)) => {
                seen.insert(reference, (sheet, row));
                self.findings.push(planned);
            }
            None => self.invalid_rows.push(SkippedRow {
                sheet,
                row,
                reference: written_reference,
                reasons: errors,
            }),
        }
    }
}

/// What reading each row on its own shares, read only.
struct RowReader<'a> {
    catalog: &'a Catalog,
    context: &'a Context,
    directory: &'a Directory<'a>,
    marking_columns: &'a BTreeSet<(Option<String>, String)>,
    errors_by_row: &'a BTreeMap<(Option<String>, u32), Vec<String>>,
}

/// Registers repeat their requirement cells: each distinct one is read once.
type ReadCells = HashMap<(String, bool), (Normalised, Vec<FieldError>)>;

impl RowReader<'_> {
    /// The people an owner cell names. Registers repeat their owners: each distinct cell is
    /// read once.
    fn owners_of(&self, cell: &str, known: &mut HashMap<String, Owners>) -> Owners {
        if let Some(known) = known.get(cell) {
            return known.clone();
        }
        let read = owners(cell, self.directory, self.context.invite.as_deref());
        known.insert(cell.to_owned(), read.clone());
        read
    }

    fn read(
        &self,
        mut record: FindingRecord,
        owner_cells: &mut HashMap<String, Owners>,
        read_cells: &mut ReadCells,
    ) -> ReadRow {
        let mut new_owners = Vec::new();
        let key = (record.sheet.clone(), record.row);
        let mut errors = self.errors_by_row.get(&key).cloned().unwrap_or_default();
        let mut row_issues = Vec::new();
        let requirements_column = record.requirements_column.as_deref();
        let marks_controls = record.requirements_source.is_none()
            && record.requirements_column.as_ref().is_some_and(|column| {
                self.marking_columns
                    .contains(&(record.sheet.clone(), column.clone()))
            });
        // Registers repeat their requirement cells: each distinct one is read once.
        let (normalised, unknown) = read_cells
            .entry((record.requirements.join("\u{1f}"), marks_controls))
            .or_insert_with(|| {
                self.catalog.normalise_in_column(
                    "requirements",
                    &record.requirements,
                    marks_controls,
                )
            })
            .clone();
        let mut warnings = Vec::new();
        for error in unknown {
            let message = format!(
                "{}; it is kept in the finding's warnings, not linked",
                error.message
            );
            row_issues.push(issue(
                &record,
                requirements_column,
                Severity::Warning,
                message.clone(),
            ));
            warnings.push(error.message);
        }
        if record.requirements_numeric
            && let Some(text) = record.requirements.first()
            && let Some(message) = float_ambiguity(text, self.catalog)
        {
            row_issues.push(issue(
                &record,
                requirements_column,
                Severity::Warning,
                message.clone(),
            ));
            warnings.push(message);
        }
        for warning in &normalised.warnings {
            row_issues.push(issue(
                &record,
                requirements_column,
                Severity::Warning,
                warning.clone(),
            ));
            warnings.push(warning.clone());
        }
        let other_references = normalised.others.clone();

        // Owners: matched users, invited addresses, pending names.
        let owner_cell = record
            .owner
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty());
        let named = owner_cell.map(|cell| self.owners_of(cell, owner_cells));
        let mut pending_owners = Vec::new();
        let owner = named
            .as_ref()
            .and_then(|n| n.matched.first().or(n.invited.first()).cloned());
        if let Some(named) = &named {
            for note in &named.notes {
                row_issues.push(issue(&record, None, Severity::Info, note.clone()));
            }
            pending_owners.extend(named.pending.iter().cloned());
            let extra: Vec<&String> = named.matched.iter().chain(&named.invited).skip(1).collect();
            if !extra.is_empty() {
                let message = format!(
                    "also named as owners: {}; the finding is assigned to {}",
                    extra
                        .iter()
                        .map(|e| e.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    owner.as_deref().unwrap_or_default()
                );
                row_issues.push(issue(&record, None, Severity::Info, message));
            }
            if owner.is_none() && !named.pending.is_empty() {
                row_issues.push(issue(
                    &record,
                    None,
                    Severity::Info,
                    format!(
                        "owner {} matches no user; kept as a pending owner, to be assigned later",
                        named.pending.join(", ")
                    ),
                ));
            }
            new_owners.extend(named.invited.iter().cloned());
        }
        let action_owner_cell = record.action_owner.as_deref().or(owner_cell);
        let action_owners = action_owner_cell.map(|cell| self.owners_of(cell, owner_cells));
        let action_owner = action_owners
            .as_ref()
            .and_then(|n| n.matched.first().or(n.invited.first()).cloned());

        let unknown_grade = record
            .grade
            .is_none()
            .then_some(())
            .and(record.grade_text.clone());
        let had_statement = record.statement.is_some();
        let input = FindingInput {
            reference: record.reference.clone().unwrap_or_default(),
            grade: record.grade.clone().unwrap_or_default(),
            requirements: Vec::new(),
            statement: record.statement.take().unwrap_or_default(),
            objective_evidence: record.objective_evidence.take(),
            raised_on: record
                .raised_on
                .as_deref()
                .and_then(|d| d.parse::<NaiveDate>().ok()),
            owner: owner.clone(),
            title: record.title.take(),
            other_references,
            pending_owners,
            read: Some(Normalised {
                others: Vec::new(),
                ..normalised
            }),
        };
        let parsed = FindingFields::parse(input, self.catalog);
        let mut field_issues = Vec::new();
        let fields = match parsed {
            Ok(fields) => Some(fields),
            Err(closeout_model::ModelError::Invalid(field_errors)) => {
                for e in field_errors {
                    if e.field == "grade"
                        && let Some(word) = &unknown_grade
                    {
                        // The plugin listed the word once, with every row using it, on the
                        // first of them: that row has its reason already.
                        let named = format!("`{word}`");
                        if !errors.iter().any(|reason| reason.contains(&named)) {
                            errors.push(format!(
                                "{named} is not a grade; map it with the `grades` option"
                            ));
                        }
                        continue;
                    }
                    // The plugin already reported a missing reference, statement or grade.
                    let reported = match e.field.as_str() {
                        "reference" => record.reference.is_none(),
                        "statement" => !had_statement,
                        "grade" => record.grade.is_none(),
                        _ => false,
                    };
                    if reported && !errors.is_empty() {
                        continue;
                    }
                    let message = format!("{}: {}", e.field, e.message);
                    field_issues.push(issue(&record, None, Severity::Error, message.clone()));
                    errors.push(message);
                }
                None
            }
            Err(other) => {
                errors.push(other.to_string());
                None
            }
        };
        let parsed = fields.map(|mut fields| {
            let reference = fields.reference().to_owned();
            if !errors.is_empty() {
                return (reference, None);
            }
            for warning in warnings {
                fields.add_warning(warning);
            }
            let action_owner_named = action_owner_cell.filter(|_| action_owner.is_none());
            let draft = draft(&record, action_owner.as_deref(), action_owner_named);
            let action = match self.context.existing.get(&reference) {
                None => Action::Create,
                Some(current) if fields.same_content(current) => {
                    Action::Unchanged(current.id.clone())
                }
                Some(current) => Action::Update(current.id.clone()),
            };
            let planned = Planned {
                sheet: record.sheet.clone(),
                row: record.row,
                fields,
                action,
                draft,
                grade_source: record.grade_source.clone(),
                requirements_source: record.requirements_source.clone(),
            };
            (reference, Some(planned))
        });
        ReadRow {
            sheet: record.sheet,
            row: record.row,
            written_reference: record.reference,
            errors,
            field_issues,
            issues: row_issues,
            parsed,
            unknown_grade,
            new_owners,
        }
    }
}

/// Issues said the same way on many rows (a 2013 number, an owner who is no user) become one
/// issue at their first row that lists the others: a register of 100,000 rows should not
/// answer with 100,000 copies of a sentence.
pub fn compact(issues: Vec<Issue>) -> Vec<Issue> {
    type Key = (Option<String>, Option<String>, String, u8);
    let mut groups: Vec<(Issue, Vec<u32>)> = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    for found in issues {
        let severity = match found.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        };
        let key = (
            found.sheet.clone(),
            found.column.clone(),
            found.message.clone(),
            severity,
        );
        match index.get(&key) {
            Some(&at) => groups[at].1.extend(found.row),
            None => {
                index.insert(key, groups.len());
                groups.push((found, Vec::new()));
            }
        }
    }
    groups
        .into_iter()
        .map(|(mut first, more)| {
            if !more.is_empty() {
                let mut listed: Vec<String> = more.iter().take(10).map(u32::to_string).collect();
                if more.len() > 10 {
                    listed.push(format!("{} more", more.len() - 10));
                }
                first.message = format!("{} (also rows {})", first.message, listed.join(", "));
            }
            first
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<Person> {
        vec![
            Person {
                email: "grc@acme.test".into(),
                name: Some("GRC Lead".into()),
            },
            Person {
                email: "badr@acme.test".into(),
                name: Some("Badr Karim".into()),
            },
            Person {
                email: "ops@acme.test".into(),
                name: Some("Head of IT Operations".into()),
            },
        ]
    }

    fn named(cell: &str, invite: Option<Vec<String>>) -> Owners {
        let people = people();
        owners(cell, &Directory::new(&people), invite.as_deref())
    }

    /// A long register: a reference repeated near its end is refused by its first use near
    /// the start, rows stay in file order, and an unknown grade lists its rows in order.
    #[test]
    fn a_long_register_is_planned_in_file_order() {
        use closeout_model::catalog::{Requirement, RequirementKind};
        let catalog = Catalog::new(
            vec![Requirement {
                id: "A.5.15".into(),
                kind: RequirementKind::Control,
                title: "Access control".into(),
                theme: None,
                parent_id: None,
            }],
            Vec::new(),
        );
        let rows = 5_010;
        let records: Vec<FindingRecord> = (1..=rows)
            .map(|row| FindingRecord {
                row,
                reference: Some(if row == rows - 3 {
                    "NC-7".to_owned()
                } else {
                    format!("NC-{row}")
                }),
                grade: (row % 1_000 != 0).then(|| "minor".to_owned()),
                grade_text: (row % 1_000 == 0).then(|| "Amber".to_owned()),
                requirements: vec!["A.5.15".into()],
                statement: Some(format!("Statement {row}")),
                owner: Some("Badr".into()),
                ..FindingRecord::default()
            })
            .collect();
        let context = Context {
            people: people(),
            ..Context::default()
        };
        let plan = plan(records, &[], &catalog, &context);
        let amber: Vec<u32> = (1..=rows).filter(|r| r % 1_000 == 0).collect();
        assert_eq!(plan.unknown_grades.get("Amber"), Some(&amber));
        let skipped: Vec<u32> = plan.invalid_rows.iter().map(|r| r.row).collect();
        let mut expected = amber.clone();
        expected.push(rows - 3);
        expected.sort();
        assert_eq!(skipped, expected);
        let repeated = plan
            .invalid_rows
            .iter()
            .find(|r| r.row == rows - 3)
            .expect("the repeated reference");
        assert_eq!(
            repeated.reasons,
            ["reference NC-7 already appears at row 7"]
        );
        let planned: Vec<u32> = plan.findings.iter().map(|p| p.row).collect();
        let kept: Vec<u32> = (1..=rows).filter(|r| !expected.contains(r)).collect();
        assert_eq!(planned, kept);
        assert!(
            plan.findings
                .iter()
                .all(|p| p.fields.owner().map(|e| e.as_str()) == Some("badr@acme.test"))
        );
    }

    #[test]
    fn owners_by_address_name_role_or_a_unique_first_name() {
        assert_eq!(
            named("Head of IT Operations", None).matched,
            ["ops@acme.test"]
        );
        assert_eq!(named("GRC@acme.test", None).matched, ["grc@acme.test"]);
        let two = named("GRC Lead + IT Admin", None);
        assert_eq!(two.matched, ["grc@acme.test"]);
        assert_eq!(two.pending, ["IT Admin"]);
        assert_eq!(
            named("Security/GRC (Badr)", None).matched,
            ["badr@acme.test"]
        );
        assert!(named("Facilities", None).matched.is_empty());
        // The family name first, as Hungarian and East Asian registers write it.
        assert_eq!(named("Karim Badr", None).matched, ["badr@acme.test"]);
        assert!(named("Karim Lena", None).matched.is_empty());
    }

    #[test]
    fn an_unknown_address_is_invited_only_when_asked_and_allowed() {
        let kept = named("new.person@acme.test", None);
        assert!(kept.invited.is_empty());
        assert_eq!(kept.pending, ["new.person@acme.test"]);
        let elsewhere = named("someone@evil.test", Some(vec!["acme.test".into()]));
        assert!(elsewhere.invited.is_empty());
        assert_eq!(elsewhere.pending, ["someone@evil.test"]);
        let invited = named("new.person@acme.test", Some(vec!["acme.test".into()]));
        assert_eq!(invited.invited, ["new.person@acme.test"]);
    }

    #[test]
    fn owners_with_their_department_or_an_initial() {
        // The department after a dash or in brackets; `IT` alone names no one.
        assert_eq!(
            named("Badr - Direzione Sistemi", None).matched,
            ["badr@acme.test"]
        );
        assert_eq!(named("Badr Karim – IT", None).matched, ["badr@acme.test"]);
        assert_eq!(named("Badr (IT)", None).matched, ["badr@acme.test"]);
        assert_eq!(
            named("Badr Karim（CISO）", None).matched,
            ["badr@acme.test"]
        );
        // A first name and the family name's initial.
        assert_eq!(named("Badr K.", None).matched, ["badr@acme.test"]);
        assert!(named("Badr L.", None).matched.is_empty());
        // The surname and the first name's initial; a name with its title after it.
        assert_eq!(named("Karim B.", None).matched, ["badr@acme.test"]);
        assert_eq!(named("Badr Karim 팀장", None).matched, ["badr@acme.test"]);
        assert_eq!(named("GRC Lead + IT", None).pending, ["IT"]);
        assert_eq!(named("Badr Karim CISO", None).matched, ["badr@acme.test"]);
        assert!(named("Badr Karim Consulting", None).matched.is_empty());
        assert_eq!(
            named("Badr Karim, Director of Research Computing", None).matched,
            ["badr@acme.test"]
        );
        // Two people no one knows, joined by "and", stay one name; a role too.
        assert_eq!(
            named("Head of Risk and Compliance", None).pending,
            ["Head of Risk and Compliance"]
        );
    }

    #[test]
    fn owners_written_with_their_address_in_brackets() {
        assert_eq!(
            named("Badr Karim <badr@acme.test>", None).matched,
            ["badr@acme.test"]
        );
        assert_eq!(
            named("IT Ops <ops@acme.test>", None).matched,
            ["ops@acme.test"]
        );
        assert_eq!(
            named("badr@acme.test (Badr)", None).matched,
            ["badr@acme.test"]
        );
    }
}
