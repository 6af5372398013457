//! What a single cell looks like: a reference, a grade word, a date, an identifier, prose...
//! Worked out once per cell of the rows a sheet's layout is chosen from, then counted per
//! column by [`crate::layout`].

use closeout_lexicon::reference::{self, Cited};

use crate::dates::{self, DateText};
use crate::grade::{self, Reading};
use crate::grid::Value;

/// What a cell looks like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// Reads as requirement references and nothing else (`A.5.15`, `Clause 9.2 / A.8.8`).
    pub reference: bool,
    /// Reads as a grade (a word, a code, a compound label, a severity, or "not a finding").
    pub grade: bool,
    /// Reads as a grade only by the severity rule (`High`, `Medium`): a priority, which an
    /// auditor's own grade beside it outranks.
    pub severity: bool,
    /// A date (a date cell, an Excel serial in a plausible range, or text that reads as one).
    pub date: bool,
    /// An identifier: letters and digits such as `NC-01`, `F-001`, `CAPA 3`.
    pub identifier: bool,
    /// An identifier followed by a title: `NC-1: Legal and regulatory requirements`.
    pub combined: bool,
    /// A whole number.
    pub integer: Option<i64>,
    /// A sentence or more.
    pub prose: bool,
    /// A few words that are none of the above (a name, a role, an area, a title).
    pub short: bool,
    /// An email address (or several).
    pub email: bool,
    /// Names one of the organisation's people the host told of (by name or address).
    pub person: bool,
    /// A status word (`Open`, `In Bearbeitung`, `Clos`).
    pub status: bool,
    /// Could be a header label: short text that is not a value of any kind above.
    pub label: bool,
    /// A few words that name a standard or framework (`ISO 9001:2015`, `SOC 2`): a register
    /// of several standards says per row which one a clause is of.
    pub standard: bool,
    /// A question (`Is the ISMS scope documented?`): a checklist's, not a finding.
    pub question: bool,
    /// Words in the cell.
    pub words: u16,
}

/// An identifier at the start of `text`, and what follows it: `NC-1: Legal` gives
/// `("NC-1", ": Legal")`. An identifier has letters and digits, or digits joined by `-`,
/// `/` or `.` (`2026-001`), and is short.
pub fn split_identifier(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let mut end = 0;
    let mut letters = 0;
    let mut digits = 0;
    let mut previous_separator = true;
    // `NC 01 / 2026`: a slash with a space on each side, between numbers.
    let mut spaced_slash = false;
    for (index, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if c.is_ascii_digit() {
                digits += 1;
            } else {
                letters += 1;
            }
            previous_separator = false;
            end = index + c.len_utf8();
        } else if (matches!(c, '-' | '_' | '/' | '.' | '#') && !previous_separator)
            || (c == '#' && index == 0)
        {
            previous_separator = true;
        } else if c == ' '
            && digits > 0
            && !previous_separator
            && !spaced_slash
            && text[index..].starts_with(" / ")
            && text[index + 3..].starts_with(|c: char| c.is_ascii_digit())
        {
            // Before the slash: the slash itself is read as any separator.
            spaced_slash = true;
        } else if c == ' ' && spaced_slash && text[..index].ends_with('/') {
            // After it.
        } else if c == ' ' && !previous_separator && digits == 0 && letters <= 5 {
            // `NCR 12`, `Nr. 4`: a short prefix and a number.
            let rest = &text[index + 1..];
            if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            previous_separator = true;
        } else {
            break;
        }
        if index > 32 {
            return None;
        }
    }
    let id = &text[..end];
    let rest = &text[end..];
    if digits == 0 || id.len() > 32 || (letters == 0 && !id.contains(['-', '/', '.', '#'])) {
        return None;
    }
    // A word with a digit in it (`Q2`, `2FA`) followed by more words is not an identifier.
    let rest_ok = rest.is_empty()
        || rest.trim_start().starts_with([':', '(', '–', '—', '|'])
        || rest.starts_with(" - ")
        || rest.starts_with(" -")
        || rest.starts_with(". ");
    rest_ok.then_some((id, rest))
}

/// Whether text is a list of email addresses, or one with its display name (`Lena Fischer
/// <lena@acme.test>`, as mail clients and GRC tools write a person).
pub fn is_email_list(text: &str) -> bool {
    if let Some((_, bracketed)) = text
        .trim()
        .strip_suffix('>')
        .and_then(|t| t.rsplit_once('<'))
        && !bracketed.contains('<')
        && is_email_list(bracketed)
    {
        return true;
    }
    let mut any = false;
    for part in text
        .split([',', ';', '/', '+', '&', '\n', ' '])
        .filter(|p| !p.trim().is_empty())
    {
        let part = part.trim().trim_matches(['<', '>', '(', ')']);
        let Some((local, domain)) = part.split_once('@') else {
            if any || part.len() > 2 {
                return false;
            }
            continue;
        };
        if local.is_empty() || !domain.contains('.') {
            return false;
        }
        any = true;
    }
    any
}

/// Whether a letter is of a script written without spaces between words: CJK ideographs,
/// kana, Hangul syllables blocks aside (Korean spaces its words), Thai.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // hiragana, katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x0E00..=0x0E7F // Thai
    )
}

/// Works out what a cell looks like.
pub fn facts(value: &Value) -> Facts {
    let mut facts = Facts::default();
    match value {
        Value::Date(_) => facts.date = true,
        Value::Number(n) => {
            if n.fract() == 0.0 && n.abs() < 1e12 {
                facts.integer = Some(*n as i64);
            }
            // Excel serials of 1955-2119, in a column of dates.
            if (20_000.0..80_000.0).contains(n) {
                facts.date = n.fract() == 0.0;
            }
            // A number such as 5.1 or 9.2 in a clause column.
            facts.reference = n.fract() != 0.0 && *n < 100.0 && *n > 0.0;
        }
        Value::Bool(_) => {}
        Value::Text(text) => text_facts(text.trim(), &mut facts),
    }
    facts
}

fn text_facts(text: &str, facts: &mut Facts) {
    let lexicon = closeout_lexicon::lexicon();
    let words = text.split_whitespace().count();
    facts.words = words.min(u16::MAX as usize) as u16;
    if let Ok(n) = text.parse::<i64>() {
        facts.integer = Some(n);
        return;
    }
    // A reference column's cells cite dotted numbers or marked clauses; `F-001` is no
    // reference to clause 1. Sentences are not read: they are no reference cell.
    let cited = if words <= 16 && text.bytes().any(|b| b.is_ascii_digit()) {
        reference::read_cell(text)
    } else {
        Vec::new()
    };
    facts.reference = !cited.is_empty()
        && reference::leads_with_reference(text)
        && cited.iter().all(|c| !matches!(c, Cited::Unreadable(_)))
        && cited.iter().any(|c| match c {
            Cited::Iso(r) => r.start.len() >= 2 || r.kind == reference::Kind::Clause,
            Cited::Other(o) => o.framework.is_some(),
            Cited::Unreadable(_) => false,
        });
    let reading = if words <= 8 {
        grade::classify(text)
    } else {
        Reading::Unknown
    };
    facts.grade = !matches!(reading, Reading::Unknown);
    facts.severity = matches!(reading, Reading::Grade(_, grade::How::Severity));
    facts.status = words <= 4 && lexicon.status(text).is_some();
    facts.date = words <= 6 && !matches!(dates::read_text(text), DateText::Invalid);
    facts.email = is_email_list(text);
    if let Some((_, rest)) = split_identifier(text) {
        // `PT-01` may be an SP 800-53 control or a pentest finding's id: it is both.
        let iso = cited.iter().any(|c| matches!(c, Cited::Iso(_)));
        facts.identifier = !(facts.date || (facts.reference && iso));
        facts.combined =
            facts.identifier && rest.trim().chars().count() > 3 && split_combined(text).is_some();
    }
    // Scripts that put no spaces between words (Japanese, Chinese, Thai) say as much in
    // fewer characters.
    let unspaced = text.chars().filter(|c| is_unspaced_script(*c)).count();
    facts.prose = words >= 6 || text.chars().count() >= 50 || unspaced >= 15;
    let valued = facts.reference
        || facts.grade
        || facts.status
        || facts.date
        || facts.email
        || facts.identifier
        || facts.integer.is_some();
    facts.short = !valued && !facts.prose && words <= 6;
    facts.label = !valued && words <= 8 && text.chars().count() <= 80 && !text.ends_with('.');
    facts.standard = words <= 6 && reference::names_framework(text);
    facts.question = words >= 3 && text.ends_with(['?', '？']);
}

/// A reference cell that also holds a title and the references it cites (and perhaps the
/// grade, in brackets after the identifier).
#[derive(Debug, PartialEq)]
pub struct Combined {
    /// The identifier.
    pub id: String,
    /// The rest of the cell, or the text before its closing brackets of references.
    pub title: String,
    /// The references it cites, as written.
    pub cited: Option<String>,
    /// The grade in brackets after the identifier.
    pub grade: Option<closeout_lexicon::Grade>,
}

/// Splits `NC-1: Legal and regulatory requirements (Clause 4.2 / A.5.31)` into the reference,
/// the title, and the references in its closing brackets; and a heading pasted from a report,
/// `NC 3 (Minor) – A.5.19 / A.5.20 Supplier security`, into the reference, its grade, and the
/// references the title starts with.
pub fn split_combined(cell: &str) -> Option<Combined> {
    let (id, mut rest) = split_identifier(cell)?;
    let mut grade = None;
    // `NC-001 (CRÍTICA)`: a bracket after the identifier is no title; unless more follows it.
    if let Some(bracketed) = rest.trim_start().strip_prefix('(') {
        let (inside, after) = bracketed.split_once(')')?;
        let Reading::Grade(bracket_grade, _) = grade::classify(inside) else {
            return None;
        };
        grade = Some(bracket_grade);
        rest = after;
    }
    let rest = rest
        .trim_start()
        .trim_start_matches([':', '-', '–', '—', '|', '.'])
        .trim();
    if rest.is_empty() {
        return None;
    }
    let mut title = rest.to_owned();
    let mut cited = None;
    if let Some(open) = rest.rfind('(')
        && rest.trim_end().ends_with(')')
    {
        let inside = rest[open + 1..].trim_end().trim_end_matches(')');
        let read = reference::read_cell(inside);
        if !read.is_empty()
            && read
                .iter()
                .all(|c| !matches!(c, reference::Cited::Unreadable(_)))
        {
            cited = Some(inside.trim().to_owned());
            title = rest[..open].trim().to_owned();
        }
    } else if grade.is_some() && reference::leads_with_reference(rest) {
        // The grammar reads the references a title starts with and skips the title.
        cited = Some(rest.to_owned());
    }
    Some(Combined {
        id: id.to_owned(),
        title,
        cited,
        grade,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Facts {
        facts(&Value::Text(t.to_owned()))
    }

    #[test]
    fn identifiers_and_what_follows_them() {
        assert_eq!(split_identifier("NC-01"), Some(("NC-01", "")));
        assert_eq!(split_identifier("F-001"), Some(("F-001", "")));
        assert_eq!(
            split_identifier("NC-2026-003 (MAJOR)"),
            Some(("NC-2026-003", " (MAJOR)"))
        );
        assert_eq!(
            split_identifier("NC-1: Legal and regulatory requirements"),
            Some(("NC-1", ": Legal and regulatory requirements"))
        );
        assert_eq!(split_identifier("NCR 12"), Some(("NCR 12", "")));
        assert_eq!(split_identifier("#12"), Some(("#12", "")));
        assert_eq!(split_identifier("2026-001"), Some(("2026-001", "")));
        assert_eq!(split_identifier("NC 01 / 2026"), Some(("NC 01 / 2026", "")));
        assert_eq!(split_identifier("NC 01 / A.5.15"), None);
        assert_eq!(split_identifier("Access review"), None);
        assert_eq!(split_identifier("Q2 reviews were missed"), None);
        assert_eq!(split_identifier("12"), None);
    }

    #[test]
    fn what_cells_look_like() {
        assert!(text("A.5.15").reference);
        assert!(text("Clause 6.1.2/6.1.3, 8.2/8.3").reference);
        assert!(!text("Access control").reference);
        assert!(text("Major NC").grade);
        assert!(text("Nebenabweichung").grade);
        assert!(text("High").grade);
        assert!(text("20/03/2026").date);
        assert!(text("15.02.26").date);
        assert!(text("NC-01").identifier);
        assert!(!text("A.5.15").identifier);
        assert!(text("NC-1: Legal and regulatory requirements (Clause 4.2 / A.5.31)").combined);
        assert!(text("Vulnerability scan results are not reviewed by anyone.").prose);
        assert!(text("Head of IT Operations").short);
        assert!(text("it.lead@acme.test; ciso@acme.test").email);
        assert!(text("Lena Fischer <lena.fischer@acme.test>").email);
        assert!(!text("Lena Fischer <lena.fischer>").email);
        assert!(text("In progress").status);
        assert!(text("Control Name").label);
        assert!(text("ISO 9001:2015").standard);
        assert!(text("¿Está documentado el alcance del SGSI?").question);
        assert!(text("内部監査プログラムに開発部門が含まれていない。").prose);
        assert!(!text("情報セキュリティ").prose);
        assert!(!text("Why?").question);
        assert!(!text("The supplier register names no ISO standard for the service.").standard);
        assert!(!text("Access review evidence is incomplete.").label);
        assert_eq!(facts(&Value::Number(3.0)).integer, Some(3));
    }

    #[test]
    fn a_reference_cell_with_a_title_its_references_and_a_grade() {
        let combined = |cell| split_combined(cell).expect(cell);
        let nc = combined("NC-1: Legal and regulatory requirements (Clause 4.2 / A.5.31)");
        assert_eq!(nc.id, "NC-1");
        assert_eq!(nc.title, "Legal and regulatory requirements");
        assert_eq!(nc.cited.as_deref(), Some("Clause 4.2 / A.5.31"));
        assert_eq!(nc.grade, None);
        let pasted = combined("NC 3 (Minor) – A.5.19 / A.5.20 Supplier security");
        assert_eq!(pasted.id, "NC 3");
        assert_eq!(pasted.grade, Some(closeout_lexicon::Grade::Minor));
        assert_eq!(
            pasted.cited.as_deref(),
            Some("A.5.19 / A.5.20 Supplier security")
        );
        let ofi = combined("OFI 1 (Opportunity for improvement) – Cl. 7.3 Awareness");
        assert_eq!(ofi.grade, Some(closeout_lexicon::Grade::Ofi));
        assert_eq!(ofi.cited.as_deref(), Some("Cl. 7.3 Awareness"));
        // An identifier with its grade and nothing else is no combined cell.
        assert_eq!(split_combined("NC-001 (CRÍTICA)"), None);
        assert_eq!(split_combined("NC-7 (Major)"), None);
    }
}
