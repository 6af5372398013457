//! Reading grades wherever a register puts them: a grade cell (`Major NC`, `Cat 2`, `NCm`,
//! `Observation (OFI)`, `Nebenabweichung`, a severity such as `High`), the letters of a
//! reference (`MNC-001`, `OFI-03`), a section row, a sheet's name, or a sentence. The words
//! are the lexicon's, in every language it has.

use std::collections::BTreeMap;

use closeout_lexicon::{Code, Grade, lexicon, normalise};

/// How a grade cell was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A grade word or synonym (`Major NC`, `Cat 1`, `NC mineure`).
    Word,
    /// A code (`NCM`, `NCm`, `OFI`), compared with its case.
    Code,
    /// A label naming one grade among other words (`Observation (OFI)`, `Minor NC (repeat)`).
    Compound,
    /// A severity (`High`), mapped by the default rule.
    Severity,
    /// A nonconformity without its grade (`NC`), read as minor by the default rule.
    Unqualified,
    /// Mapped by the import's `grades` option.
    Override,
    /// A grade word misspelt by one letter (`Minro`), reported with every import that read one.
    Misspelt,
}

/// What a grade cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A grade.
    Grade(Grade, How),
    /// The row is no finding (`Conforme`, `Strength`, `N/A`).
    NotAFinding,
    /// No grade this importer knows.
    Unknown,
}

/// The default rule for severity scales, reported with every import that used it.
pub const SEVERITY_RULE: &str = "severity values are not ISO grades; mapped by the rule \
    Critical and High -> major, Medium -> minor, Low -> ofi (set the `grades` option to map them otherwise)";

/// The default rule for nonconformities without a grade, reported with every import that
/// used it.
pub const UNQUALIFIED_RULE: &str = "some nonconformities have no grade (NC, Abweichung...); \
    they are read as minor (set the `grades` option, e.g. {\"grades\": {\"NC\": \"major\"}}, to read them otherwise)";

/// The words before a cell's first bracket, colon or dash: `Minor NC (repeat finding)` ->
/// `Minor NC`.
fn head(text: &str) -> &str {
    let end = text
        .find(['(', ':', '[', ',', ';', '–', '—'])
        .or_else(|| text.find(" - "))
        .or_else(|| text.find(". "))
        .unwrap_or(text.len());
    text[..end].trim()
}

/// Boxes ticked and left empty, as forms write a choice in one cell.
const TICKED: [&str; 11] = ["■", "☑", "☒", "✓", "✔", "●", "◉", "⊠", "[x]", "[X]", "(x)"];
const UNTICKED: [&str; 7] = ["□", "☐", "○", "◯", "◻", "[ ]", "( )"];

/// The grade a cell of tick boxes chooses (`■重大な不適合　□軽微な不適合`, `☐ Major ☑ Minor`,
/// `[ ] Major [x] Minor`): the one option whose box is ticked, when the others' are empty.
fn ticked_option(text: &str) -> Option<Reading> {
    if !text.contains([
        '■', '☑', '☒', '✓', '✔', '●', '◉', '⊠', '□', '☐', '○', '◯', '◻', '[', '(',
    ]) {
        return None;
    }
    // The boxes in order, and the texts around them: `before box₁ between box₂ after`.
    let mut boxes: Vec<bool> = Vec::new();
    let mut texts: Vec<String> = vec![String::new()];
    let mut rest = text;
    while !rest.is_empty() {
        let found = TICKED
            .iter()
            .map(|b| (true, *b))
            .chain(UNTICKED.iter().map(|b| (false, *b)))
            .find(|(_, b)| rest.starts_with(b));
        match found {
            Some((ticked, glyph)) => {
                boxes.push(ticked);
                texts.push(String::new());
                rest = &rest[glyph.len()..];
            }
            None => {
                let c = rest.chars().next()?;
                if let Some(label) = texts.last_mut() {
                    label.push(c);
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    // A box's label follows it (`☑ Minor`), or, when the cell starts with a label, precedes
    // it (`Major [x] Minor [ ]`).
    let labels_first = !texts[0].trim().is_empty();
    let options: Vec<(bool, &String)> = boxes
        .iter()
        .enumerate()
        .map(|(n, ticked)| (*ticked, &texts[if labels_first { n } else { n + 1 }]))
        .collect();
    let ticked: Vec<&str> = options
        .iter()
        .filter(|(ticked, _)| *ticked)
        .map(|(_, label)| label.trim())
        .collect();
    match ticked.as_slice() {
        [label] if options.len() >= 2 => match classify(label) {
            Reading::Unknown => None,
            reading => Some(reading),
        },
        _ => None,
    }
}

/// Reads a grade cell without the import's options.
pub fn classify(text: &str) -> Reading {
    let text = text.trim().trim_matches(['*', '_', '"', '\'']);
    if text.is_empty() {
        return Reading::Unknown;
    }
    if let Some(reading) = ticked_option(text) {
        return reading;
    }
    let lexicon = lexicon();
    // A condition takes words (`Major NC if not resolved`): a grade cell of one to three
    // words, as nearly all are, is not looked at for one (this runs on every row).
    if text.split_whitespace().nth(3).is_some() && lexicon.is_conditional(text) {
        return Reading::Unknown;
    }
    for candidate in [text, head(text)] {
        if candidate.is_empty() {
            continue;
        }
        match lexicon.code(candidate) {
            Some(Code::Grade(grade)) => return Reading::Grade(grade, How::Code),
            Some(Code::NotAFinding) => return Reading::NotAFinding,
            None => {}
        }
        if let Some((grade, _)) = lexicon.grade(candidate) {
            return Reading::Grade(grade, How::Word);
        }
        if let Some(grade) = lexicon.severity(candidate) {
            return Reading::Grade(grade, How::Severity);
        }
        if lexicon.is_not_a_finding(candidate) {
            return Reading::NotAFinding;
        }
        if lexicon.is_unqualified_nonconformity(candidate) {
            // `Nonconformity - Major`: the words after the head grade it.
            if candidate != text
                && let Some(grade) = named_in(text)
            {
                return Reading::Grade(grade, How::Compound);
            }
            return Reading::Grade(Grade::Minor, How::Unqualified);
        }
    }
    match named_in(text) {
        Some(grade) => Reading::Grade(grade, How::Compound),
        None => match lexicon.grade_misspelt(text) {
            Some(grade) => Reading::Grade(grade, How::Misspelt),
            None => Reading::Unknown,
        },
    }
}

/// Reads a grade cell; `overrides` maps cell texts (compared as written, then without case or
/// punctuation) to grades, and wins over everything else.
pub fn read(text: &str, overrides: &BTreeMap<String, String>) -> Result<Reading, String> {
    let wanted = normalise(text);
    // Written the same way first: a key may tell `EM` (major) from `Em` (minor).
    let exact = overrides
        .iter()
        .find(|(from, _)| from.trim() == text.trim());
    if let Some((_, grade)) =
        exact.or_else(|| overrides.iter().find(|(from, _)| normalise(from) == wanted))
    {
        return match Grade::parse(&normalise(grade)) {
            Some(grade) => Ok(Reading::Grade(grade, How::Override)),
            None if normalise(grade) == "skip" => Ok(Reading::NotAFinding),
            None => Err(format!(
                "the `grades` option maps `{text}` to `{grade}`, which is not major, minor, ofi, observation or skip"
            )),
        };
    }
    Ok(classify(text))
}

/// The one grade a label or title names (a section row, a sheet's name, a compound label),
/// or none when it names none or several (`Major and minor NCs`). A bracketed gloss names
/// the same thing again, so `Observation (OFI)` is an observation.
pub fn named_in(text: &str) -> Option<Grade> {
    let found = lexicon().grades_in(text);
    match found.as_slice() {
        [] => None,
        [(grade, _)] => Some(*grade),
        [(first, _), ..] => {
            let before_bracket = text.split(['(', '[']).next().unwrap_or(text);
            let named_before = lexicon().grades_in(before_bracket);
            (named_before.len() == 1 && text.contains(['(', '['])).then_some(*first)
        }
    }
}

/// The one grade a sentence names in words that cannot mean anything else (`minor
/// nonconformity`, `OFI`), or none.
pub fn named_in_prose(text: &str) -> Option<Grade> {
    // A sentence led by its grade as a label: `Minor: backups are never restored`,
    // `Observation - the minutes do not show ...`.
    let label = [":", " - ", " – ", " — "]
        .iter()
        .filter_map(|separator| text.find(separator))
        .min()
        .map(|at| text[..at].trim())
        .filter(|label| !label.is_empty() && label.split_whitespace().count() <= 3);
    if let Some(label) = label
        && let Reading::Grade(grade, How::Word | How::Compound | How::Code) = classify(label)
    {
        return Some(grade);
    }
    match lexicon().grades_in_prose(text).as_slice() {
        [(grade, _)] => Some(*grade),
        _ => None,
    }
}

/// The one grade a text's brackets hold alone (`... never done (minor)`, `(Minor NC) - see
/// report p.6`): brackets of other words (`(Krystal)`, `(due June)`) grade nothing.
pub fn in_brackets(text: &str) -> Option<Grade> {
    let mut found = None;
    for (_, rest) in text.match_indices('(').map(|(i, _)| text.split_at(i + 1)) {
        let Some((inner, _)) = rest.split_once(')') else {
            continue;
        };
        if let Reading::Grade(grade, How::Word | How::Code | How::Compound) = classify(inner) {
            if found.is_some_and(|g| g != grade) {
                return None;
            }
            found = Some(grade);
        }
    }
    found
}

/// The grade a reference's letters give (`MNC-001`, `OFI-03`, `NC-MAJOR-01`, `OBS 2`), or the
/// grade in brackets after it (`NC-001 (CRÍTICA)`, `NC-2026-003 (MAJOR)`).
pub fn in_reference(reference: &str) -> Option<Grade> {
    if let Some((_, bracketed)) = reference.split_once('(') {
        let inside = bracketed.trim_end().trim_end_matches(')');
        if let Reading::Grade(grade, _) = classify(inside) {
            return Some(grade);
        }
    }
    let letters: String = reference
        .trim()
        .trim_start_matches('#')
        .chars()
        .take_while(|c| !c.is_ascii_digit())
        .collect();
    let letters = letters.trim_end_matches(['-', '_', ' ', '.', '/', '#']);
    if letters.is_empty() {
        return None;
    }
    match lexicon().code(letters) {
        Some(Code::Grade(grade)) => return Some(grade),
        Some(Code::NotAFinding) => return None,
        None => {}
    }
    // The last part of `NC-MINOR-`, `AUD-OFI-`.
    let last = letters.rsplit(['-', '_', ' ']).next().unwrap_or(letters);
    lexicon()
        .code(last)
        .and_then(|code| match code {
            Code::Grade(grade) => Some(grade),
            Code::NotAFinding => None,
        })
        .or_else(|| {
            lexicon()
                .grade(letters)
                .map(|(grade, _)| grade)
                .filter(|_| letters.chars().count() >= 3)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_of_tick_boxes_grades_by_the_ticked_one() {
        for (cell, grade) in [
            ("■重大な不適合　□軽微な不適合", Grade::Major),
            ("□重大な不適合　■軽微な不適合", Grade::Minor),
            ("☐ Major NC ☑ Minor NC ☐ OFI", Grade::Minor),
            ("[ ] Major [x] Observation", Grade::Observation),
            ("Major [x] Minor [ ]", Grade::Major),
            ("Major ☐ Minor ☑ OFI ☐", Grade::Minor),
        ] {
            assert_eq!(classify(cell), Reading::Grade(grade, How::Word), "{cell}");
        }
        // No box ticked, two ticked, or one box alone: not a choice.
        assert_eq!(classify("□ Major □ Minor"), Reading::Unknown);
        assert!(!matches!(
            classify("■ Major ■ Minor"),
            Reading::Grade(Grade::Major, _)
        ));
        assert_eq!(
            classify("Minor (x)"),
            Reading::Grade(Grade::Minor, How::Word)
        );
    }

    fn grade(text: &str) -> Option<&'static str> {
        match classify(text) {
            Reading::Grade(grade, _) => Some(grade.name()),
            Reading::NotAFinding => Some("none"),
            Reading::Unknown => None,
        }
    }

    #[test]
    fn grade_cells_as_auditors_write_them() {
        for (text, expected) in [
            ("Major NC", "major"),
            ("Cat 1", "major"),
            ("NCMaj", "major"),
            ("Minor", "minor"),
            ("NC-Min", "minor"),
            ("minor non-conformity", "minor"),
            ("OFI", "ofi"),
            ("Opportunity for Improvement", "ofi"),
            ("Observation", "observation"),
            ("Area of Concern", "observation"),
            ("Observation (OFI)", "observation"),
            (
                "Minor NC (two quarters missed, but process exists)",
                "minor",
            ),
            ("NCM", "major"),
            ("NCm", "minor"),
            ("Hauptabweichung", "major"),
            ("NC majeure", "major"),
            ("Piste de progrès", "ofi"),
            ("Point sensible", "observation"),
            ("No conformidad menor", "minor"),
            ("Oportunidad de mejora", "ofi"),
            ("Não Conformidade Maior", "major"),
            ("Kleine afwijking", "minor"),
            ("Non conformità minore", "minor"),
            ("Conforme", "none"),
            ("Strength", "none"),
            // A tool's `Classification`: the nonconformity, then its grade.
            ("Nonconformity - Major", "major"),
            // A letter typed wrong.
            ("Minro", "minor"),
            ("NC: minor", "minor"),
        ] {
            assert_eq!(grade(text), Some(expected), "{text}");
        }
        assert_eq!(
            classify("Critical"),
            Reading::Grade(Grade::Major, How::Severity)
        );
        assert_eq!(grade("Major and minor NCs"), None);
        assert_eq!(grade("CM"), None);
        assert_eq!(
            classify("NC"),
            Reading::Grade(Grade::Minor, How::Unqualified)
        );
        assert_eq!(
            classify("Nonconformity - see the report"),
            Reading::Grade(Grade::Minor, How::Unqualified)
        );
    }

    #[test]
    fn overrides_win_and_are_checked() {
        let overrides = BTreeMap::from([("High".to_owned(), "minor".to_owned())]);
        assert_eq!(
            read("high", &overrides),
            Ok(Reading::Grade(Grade::Minor, How::Override))
        );
        let bad = BTreeMap::from([("CM".to_owned(), "medium".to_owned())]);
        assert!(read("CM", &bad).is_err());
        // Codes that differ by their case only keep it.
        let keyed = BTreeMap::from([
            ("EM".to_owned(), "major".to_owned()),
            ("Em".to_owned(), "minor".to_owned()),
        ]);
        assert_eq!(
            read("Em", &keyed),
            Ok(Reading::Grade(Grade::Minor, How::Override))
        );
        assert_eq!(
            read("EM", &keyed),
            Ok(Reading::Grade(Grade::Major, How::Override))
        );
    }

    #[test]
    fn a_grade_alone_in_brackets() {
        assert_eq!(
            in_brackets("Access reviews never done (minor)"),
            Some(Grade::Minor)
        );
        assert_eq!(
            in_brackets("Minutes show no decisions (Minor NC) - see report p.6"),
            Some(Grade::Minor)
        );
        assert_eq!(
            in_brackets("Backups of the hosting (Krystal) never restored"),
            None
        );
        assert_eq!(in_brackets("Renew Cyber Essentials (due June)"), None);
        assert_eq!(in_brackets("Two grades (minor) and (major)"), None);
    }

    #[test]
    fn grades_in_titles_references_and_sentences() {
        assert_eq!(named_in("MAJOR NONCONFORMITIES"), Some(Grade::Major));
        assert_eq!(named_in("Opportunities for Improvement"), Some(Grade::Ofi));
        assert_eq!(
            named_in("Hauptabweichung (Major Nonconformity)"),
            Some(Grade::Major)
        );
        assert_eq!(named_in("Summary"), None);
        assert_eq!(named_in("Major and minor NCs"), None);
        assert_eq!(in_reference("MNC-001"), Some(Grade::Major));
        assert_eq!(in_reference("MiNC-001"), Some(Grade::Minor));
        assert_eq!(in_reference("OFI-03"), Some(Grade::Ofi));
        assert_eq!(in_reference("NC-MAJOR-001"), Some(Grade::Major));
        assert_eq!(in_reference("NC-001 (CRÍTICA)"), Some(Grade::Major));
        assert_eq!(in_reference("NC-2026-003 (MAJOR)"), Some(Grade::Major));
        assert_eq!(in_reference("NC-01"), None);
        assert_eq!(in_reference("F-001"), None);
        assert_eq!(
            named_in_prose("Minor nonconformity. Corrective action: update the policy"),
            Some(Grade::Minor)
        );
        assert_eq!(named_in_prose("The minor changes were reviewed"), None);
        // A grade as the sentence's label.
        assert_eq!(
            named_in_prose("Minor: backups go to a USB disk"),
            Some(Grade::Minor)
        );
        assert_eq!(
            named_in_prose("Observation - the minutes do not show it"),
            Some(Grade::Observation)
        );
        assert_eq!(
            named_in_prose("Evidence: the minor changes were reviewed"),
            None
        );
    }
}
