//! From what a plugin read to what an import would do: the findings to create, update or leave
//! alone, the rows to skip, and every issue located by sheet, row and column. Pure functions:
//! no database, no HTTP.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use closeout_model::catalog::Catalog;
use closeout_model::finding::{Finding, FindingFields, FindingInput};
use closeout_model::user::Email;
use closeout_plugin_abi::{FindingRecord, ImportOutput, Issue, Severity};
use serde::Serialize;

/// What happens to one row's finding.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A new finding.
    Create,
    /// The finding with this id gets these fields.
    Update(String),
    /// The finding with this id already says this.
    Unchanged(String),
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
    /// Owners named by email who are not users yet: they would be added as contributors.
    pub new_owners: BTreeSet<String>,
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

/// Builds the plan for a plugin's output against the audit's current findings (by reference)
/// and the organisation's users.
pub fn plan(
    output: &ImportOutput,
    catalog: &Catalog,
    existing: &HashMap<String, Finding>,
    users: &BTreeSet<String>,
) -> Plan {
    let mut plan = Plan {
        issues: output.issues.clone(),
        ..Default::default()
    };
    let mut errors_by_row: BTreeMap<(Option<String>, u32), Vec<String>> = BTreeMap::new();
    for found in output
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
    {
        if let Some(row) = found.row {
            errors_by_row
                .entry((found.sheet.clone(), row))
                .or_default()
                .push(found.message.clone());
        }
    }
    let mut seen: HashMap<String, (Option<String>, u32)> = HashMap::new();
    for record in &output.findings {
        let key = (record.sheet.clone(), record.row);
        let mut errors = errors_by_row.remove(&key).unwrap_or_default();
        let mut row_issues = Vec::new();
        let requirements_column = record.requirements_column.as_deref();
        let (normalised, unknown) = catalog.normalise_partial("requirements", &record.requirements);
        let mut warnings = Vec::new();
        for error in unknown {
            let message = format!(
                "{}; it is kept in the finding's warnings, not linked",
                error.message
            );
            row_issues.push(issue(
                record,
                requirements_column,
                Severity::Warning,
                message.clone(),
            ));
            warnings.push(error.message);
        }
        if record.requirements_numeric
            && let Some(text) = record.requirements.first()
            && let Some(message) = float_ambiguity(text, catalog)
        {
            row_issues.push(issue(
                record,
                requirements_column,
                Severity::Warning,
                message.clone(),
            ));
            warnings.push(message);
        }
        for warning in &normalised.warnings {
            row_issues.push(issue(
                record,
                requirements_column,
                Severity::Warning,
                warning.clone(),
            ));
            warnings.push(warning.clone());
        }
        let owner = match record
            .owner
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            None => None,
            Some(text) => match Email::parse(text) {
                Ok(email) => Some(email.as_str().to_owned()),
                Err(_) => {
                    let message = format!(
                        "owner `{text}` is not an email address; the finding is left unassigned"
                    );
                    row_issues.push(issue(record, None, Severity::Warning, message.clone()));
                    warnings.push(message);
                    None
                }
            },
        };
        let input = FindingInput {
            reference: record.reference.clone().unwrap_or_default(),
            grade: record.grade.clone().unwrap_or_default(),
            requirements: normalised.requirements.clone(),
            statement: record.statement.clone().unwrap_or_default(),
            objective_evidence: record.objective_evidence.clone(),
            raised_on: record
                .raised_on
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            owner: owner.clone(),
        };
        let parsed = FindingFields::parse(input, catalog);
        let mut fields = match parsed {
            Ok(fields) => Some(fields),
            Err(closeout_model::ModelError::Invalid(field_errors)) => {
                for e in field_errors {
                    // The plugin already reported a missing reference, statement or grade.
                    let reported = match e.field.as_str() {
                        "reference" => record.reference.is_none(),
                        "statement" => record.statement.is_none(),
                        "grade" => record.grade.is_none(),
                        _ => false,
                    };
                    if reported && !errors.is_empty() {
                        continue;
                    }
                    let message = format!("{}: {}", e.field, e.message);
                    plan.issues
                        .push(issue(record, None, Severity::Error, message.clone()));
                    errors.push(message);
                }
                None
            }
            Err(other) => {
                errors.push(other.to_string());
                None
            }
        };
        if let (Some(f), Some(reference)) = (&fields, &record.reference)
            && let Some((sheet, row)) = seen.get(f.reference())
        {
            let message = format!(
                "reference {reference} already appears at {}row {row}",
                sheet
                    .as_ref()
                    .map(|s| format!("sheet `{s}`, "))
                    .unwrap_or_default()
            );
            plan.issues
                .push(issue(record, None, Severity::Error, message.clone()));
            errors.push(message);
            fields = None;
        }
        plan.issues.extend(row_issues);
        let Some(mut fields) = fields.filter(|_| errors.is_empty()) else {
            plan.invalid_rows.push(SkippedRow {
                sheet: record.sheet.clone(),
                row: record.row,
                reference: record.reference.clone(),
                reasons: errors,
            });
            continue;
        };
        for warning in warnings {
            fields.add_warning(warning);
        }
        seen.insert(
            fields.reference().to_owned(),
            (record.sheet.clone(), record.row),
        );
        if let Some(email) = &owner
            && !users.contains(email)
        {
            plan.new_owners.insert(email.clone());
        }
        let action = match existing.get(fields.reference()) {
            None => Action::Create,
            Some(current) if fields.same_content(current) => Action::Unchanged(current.id.clone()),
            Some(current) => Action::Update(current.id.clone()),
        };
        plan.findings.push(Planned {
            sheet: record.sheet.clone(),
            row: record.row,
            fields,
            action,
        });
    }
    plan
}
