//! Reading an SoA's cells: control references, applicability and implementation status, in
//! the many ways people write them.

use crate::header::normalise;

/// A control reference found at the start of a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlCode {
    /// The reference as written, without the title that may follow (`A.5.1`, `A5.1`, `5.1`).
    pub written: String,
    /// How many numbers it has: 1 for a theme (`5`, `A.6`), 2 for a 2022 control (`5.1`).
    pub parts: usize,
    /// The numbers joined by dots (`5.1`), to compare `A.5.1` with `5.1`.
    pub key: String,
}

/// Reads a control reference at the start of a cell: an optional `A`, `A.` or `A ` prefix,
/// then dotted numbers, then nothing or a title after a space or a separator. `None` when the
/// cell does not start that way (`Access control`, `Total`).
pub fn parse_control(cell: &str) -> Option<ControlCode> {
    let text = cell.trim();
    let bytes = text.as_bytes();
    let mut at = 0;
    if matches!(bytes.first(), Some(b'A' | b'a')) {
        at = 1;
        if matches!(bytes.get(at), Some(b'.' | b' ')) {
            at += 1;
        }
    }
    let mut numbers: Vec<&str> = Vec::new();
    loop {
        let start = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let digits = text.get(start..at)?;
        if digits.is_empty() || digits.len() > 3 || numbers.len() >= 5 {
            return None;
        }
        numbers.push(digits);
        // A dot continues the reference only when a digit follows (`5.1.` ends at the 1).
        if bytes.get(at) == Some(&b'.') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
            at += 1;
        } else {
            break;
        }
    }
    let end = at;
    // What follows must not glue onto the reference (`5.1a`, `5.1%`).
    match text.get(end..)?.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() || ".-–—:;,/()[]".contains(c) => {}
        Some(_) => return None,
    }
    Some(ControlCode {
        written: text.get(..end)?.to_owned(),
        parts: numbers.len(),
        key: numbers.join("."),
    })
}

/// What an applicability cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applicability {
    /// Applies.
    Yes,
    /// Applies to part of the scope.
    Partial,
    /// Excluded.
    No,
}

/// Ticks and crosses, compared before normalising (which drops them).
const TICKS: &[&str] = &["✓", "✔", "✅", "☑", "√"];
const CROSSES: &[&str] = &["✗", "✘", "❌", "☒"];

/// Reads an applicability cell; `None` when it says nothing known.
pub fn applicability(cell: &str) -> Option<Applicability> {
    let raw = cell.trim();
    if TICKS.contains(&raw) {
        return Some(Applicability::Yes);
    }
    if CROSSES.contains(&raw) {
        return Some(Applicability::No);
    }
    match normalise(raw).as_str() {
        "yes" | "y" | "applicable" | "true" | "x" | "1" | "included" | "include" | "selected"
        | "in scope" | "yes applicable" | "applies" => Some(Applicability::Yes),
        "partial"
        | "partially"
        | "partly"
        | "partially applicable"
        | "yes partial"
        | "yes partially"
        | "partial scope"
        | "partially in scope" => Some(Applicability::Partial),
        "no" | "n" | "not applicable" | "n a" | "na" | "false" | "0" | "excluded" | "exclude"
        | "not included" | "not selected" | "out of scope" | "not in scope"
        | "no not applicable" => Some(Applicability::No),
        _ => None,
    }
}

/// What a status cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// One of the normalised statuses.
    Known(&'static str),
    /// `N/A`: the control is not applicable.
    NotApplicable,
    /// A value not in the vocabulary.
    Unknown,
}

/// Reads a status cell.
pub fn status(cell: &str) -> Status {
    let raw = cell.trim();
    if TICKS.contains(&raw) {
        return Status::Known("implemented");
    }
    match normalise(raw).as_str() {
        "implemented" | "fully implemented" | "implemented fully" | "done" | "in place"
        | "fully in place" | "yes" | "y" | "true" | "complete" | "completed" | "operational"
        | "effective" => Status::Known("implemented"),
        "partially implemented"
        | "partly implemented"
        | "partial"
        | "partially"
        | "in progress"
        | "ongoing"
        | "on going"
        | "partially in place"
        | "work in progress"
        | "wip"
        | "under implementation"
        | "being implemented" => Status::Known("partially_implemented"),
        "planned"
        | "to do"
        | "todo"
        | "not started"
        | "not yet started"
        | "scheduled"
        | "pending"
        | "planned for implementation" => Status::Known("planned"),
        "not implemented" | "no" | "n" | "false" | "missing" | "not in place" | "none" | "gap"
        | "not done" => Status::Known("not_implemented"),
        "n a" | "na" | "not applicable" | "excluded" => Status::NotApplicable,
        _ => Status::Unknown,
    }
}

/// Whether a row starting with this text closes the table (a total, a legend, sign-off).
pub fn is_footer(first_cell: &str) -> bool {
    let text = normalise(first_cell);
    let first = text.split(' ').next().unwrap_or_default();
    matches!(
        first,
        "total" | "totals" | "legend" | "key" | "notes" | "note" | "count" | "summary"
    ) || [
        "prepared by",
        "approved by",
        "reviewed by",
        "end of",
        "number of",
    ]
    .iter()
    .any(|start| text.starts_with(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<(String, usize, String)> {
        parse_control(text).map(|c| (c.written, c.parts, c.key))
    }

    #[test]
    fn control_references() {
        let some = |w: &str, p, k: &str| Some((w.to_owned(), p, k.to_owned()));
        assert_eq!(code("A.5.1"), some("A.5.1", 2, "5.1"));
        assert_eq!(code(" A5.1 "), some("A5.1", 2, "5.1"));
        assert_eq!(code("5.10"), some("5.10", 2, "5.10"));
        assert_eq!(
            code("A.5.1 Policies for information security"),
            some("A.5.1", 2, "5.1")
        );
        assert_eq!(code("A.8.34: Protection"), some("A.8.34", 2, "8.34"));
        assert_eq!(code("5.1. Policies"), some("5.1", 2, "5.1"));
        assert_eq!(code("a 5.1"), some("a 5.1", 2, "5.1"));
        assert_eq!(code("A.6 People controls"), some("A.6", 1, "6"));
        assert_eq!(code("5 Organizational controls"), some("5", 1, "5"));
        assert_eq!(code("Access control"), None);
        assert_eq!(code("Organizational controls"), None);
        assert_eq!(code("5.1a"), None);
        assert_eq!(code(""), None);
        assert_eq!(code("A"), None);
    }

    #[test]
    fn applicability_values() {
        for yes in ["Yes", " y ", "TRUE", "x", "Applicable", "✓", "Included"] {
            assert_eq!(applicability(yes), Some(Applicability::Yes), "{yes}");
        }
        for partial in ["Partial ", "partially", "Partially applicable"] {
            assert_eq!(
                applicability(partial),
                Some(Applicability::Partial),
                "{partial}"
            );
        }
        for no in ["No", "n", "N/A", "Not applicable", "FALSE", "excluded"] {
            assert_eq!(applicability(no), Some(Applicability::No), "{no}");
        }
        assert_eq!(applicability("Maybe"), None);
    }

    #[test]
    fn status_values() {
        assert_eq!(status("Fully Implemented"), Status::Known("implemented"));
        assert_eq!(status(" in place"), Status::Known("implemented"));
        assert_eq!(
            status("In progress"),
            Status::Known("partially_implemented")
        );
        assert_eq!(status("To do"), Status::Known("planned"));
        assert_eq!(status("Not started"), Status::Known("planned"));
        assert_eq!(status("Missing"), Status::Known("not_implemented"));
        assert_eq!(status("N/A"), Status::NotApplicable);
        assert_eq!(status("Outsourced"), Status::Unknown);
    }

    #[test]
    fn footers() {
        assert!(is_footer("Total"));
        assert!(is_footer("Legend: Y = applicable"));
        assert!(is_footer("Approved by: CISO"));
        assert!(!is_footer("Organizational controls"));
    }
}
