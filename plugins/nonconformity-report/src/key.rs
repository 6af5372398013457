//! A workbook's grading key: a legend sheet (`Read me`, `Grading key`, `Legend`) that says
//! what the register's own grade codes mean (`Red | Major nonconformity – ...`, `B: Minor
//! nonconformity`). Its terms become `grades` mappings, so the register's `Red` or `B` reads
//! as the grade the key gives it, as if the user had mapped it; the user's own mappings win.

use std::collections::BTreeMap;

use closeout_lexicon::Grade;

use crate::grade::{self, Reading};
use crate::grid::{Row, Value};

/// A grading key: each term the legend defines, and its grade.
pub type Key = BTreeMap<String, Grade>;

/// The most rows of a legend sheet read for a key: keys are short.
pub const KEY_ROWS: usize = 200;

/// The terms a legend sheet defines, each with its grade; empty when the sheet defines fewer
/// than two (one line naming a grade is no key) or gives a term two grades.
pub fn read(rows: &[Row]) -> Key {
    let mut terms: BTreeMap<String, Option<Grade>> = BTreeMap::new();
    for row in rows {
        let texts: Vec<&str> = row
            .cells
            .iter()
            .filter_map(|(_, value)| match value {
                Value::Text(text) => Some(text.trim()),
                _ => None,
            })
            .filter(|text| !text.is_empty())
            .collect();
        let defined = match texts.as_slice() {
            [one] => definitions(one),
            // The first two neighbours that define: a table of field definitions puts the
            // field before the term (`Issue Rating | High | Major nonconformity: ...`).
            [_, _, ..] => texts
                .windows(2)
                .find_map(|pair| definition(pair[0], pair[1]))
                .into_iter()
                .collect(),
            [] => Vec::new(),
        };
        for Definition { term, grade, .. } in defined.into_iter().filter(|d| d.new) {
            let entry = terms.entry(term).or_insert(Some(grade));
            if *entry != Some(grade) {
                *entry = None;
            }
        }
    }
    let key: Key = terms
        .into_iter()
        .filter_map(|(term, grade)| Some((term, grade?)))
        .collect();
    if key.len() >= 2 { key } else { BTreeMap::new() }
}

/// The codes the lines of one cell among `rows` define (`Codes: NC-MA = major nonconformity;
/// NC-MI = minor nonconformity`): a sheet's key, above its table or under it; and those a
/// header's gloss defines (`Rating (1=Major NC, 2=Minor NC, 3=Obs, 4=OFI)`), so that the
/// column of codes reads as grades when the columns are weighed.
pub fn in_lines(rows: &[Row]) -> Key {
    let alone = rows
        .iter()
        .filter(|r| r.cells.len() == 1)
        .filter_map(|row| line(row.cells[0].1.as_text()?));
    let glosses = rows
        .iter()
        .take(crate::layout::HEADER_ROWS)
        .filter(|r| r.cells.len() > 1)
        .flat_map(|row| row.cells.iter())
        .filter_map(|(_, value)| value.as_text())
        .filter(|text| text.contains('=') && text.contains('('))
        .filter_map(line);
    alone.chain(glosses).flatten().collect()
}

/// The new codes one line defines, when it is a key: two definitions at least (codes that
/// are grade words already count, `OSS = osservazione`, but are not kept).
pub fn line(text: &str) -> Option<Vec<(String, Grade)>> {
    let defined = definitions(text);
    (defined.len() >= 2).then(|| {
        defined
            .into_iter()
            .filter(|d| d.new)
            .map(|d| (d.term, d.grade))
            .collect()
    })
}

/// A line's `code = meaning` items, split at commas, semicolons, bars and middle dots, each
/// code without the line's label before it (`Systems: QMS = ISO 9001:2015 · ISMS = ...`).
fn coded(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split([',', ';', '|', '·', '\n'])
        .filter_map(|segment| {
            let (term, meaning) = segment.split_once('=')?;
            let term = term.rsplit_once(':').map_or(term, |(_, term)| term);
            Some((term.trim(), meaning))
        })
}

/// The standards a line names by code (`Systems: QMS = ISO 9001:2015 · ISMS = ISO/IEC
/// 27001:2022`), each code with the standard as written, when it names two at least: an
/// integrated management system's register says per row which system a finding is of.
pub fn standard_codes(text: &str) -> Vec<(String, String)> {
    use closeout_lexicon::reference;
    let found: Vec<(String, String)> = coded(text)
        .filter_map(|(term, meaning)| {
            let names_standard = reference::other_standard_named(meaning).is_some()
                || reference::names_framework(meaning);
            (names_standard && !term.is_empty() && term.split_whitespace().count() <= 2)
                .then(|| (term.to_owned(), meaning.trim().to_owned()))
        })
        .collect();
    if found.len() >= 2 { found } else { Vec::new() }
}

/// The people a line names by short codes, each code with the name as written: `Legenda
/// (responsáveis): LF = Lena Fischer (Segurança) | BK = Badr Karim`, where each name is one of
/// the organisation's `people` (a code of two to four letters).
pub fn people_named(text: &str, people: &closeout_lexicon::People) -> Vec<(String, String)> {
    if people.is_empty() || !text.contains('=') {
        return Vec::new();
    }
    coded(text)
        .filter_map(|(term, meaning)| {
            let name = meaning.split(['(', '[']).next()?.trim();
            let code =
                (2..=4).contains(&term.chars().count()) && term.chars().all(char::is_alphabetic);
            (code && people.named_in(name)).then(|| (term.to_owned(), name.to_owned()))
        })
        .collect()
}

/// A term a key defines, and its grade.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    pub term: String,
    pub grade: Grade,
    /// Whether the term is a code of the register's own, not a grade word every register
    /// uses (`OSS = osservazione` defines nothing new, but says the line is a key).
    pub new: bool,
}

/// The definitions one cell gives: `Red = Major nonconformity`, `B: Minor NC – a single
/// lapse`, or several on one line, as a footnote under a table or a header writes them
/// (`Type: M = major nonconformity, m = minor nonconformity, O = observation`, `Severity
/// (1=Major, 2=Minor, 3=OFI)`).
pub fn definitions(text: &str) -> Vec<Definition> {
    // Fullwidth colons and ideographic spaces (`●：重大な不適合　　▲：軽微な不適合`).
    let narrowed = closeout_lexicon::narrowed(text);
    let text = narrowed.as_ref();
    if text.matches('=').count() < 2 {
        // A legend of results, one definition per clause of the line: `Result: Conform –
        // fully met; Partially conform – met with gaps (minor nonconformity); ...`; or set
        // apart by wide gaps, as a legend typed on one line is.
        let defined: Vec<Definition> = text
            .split([';', '\n'])
            .filter_map(dashed_definition)
            .collect();
        if defined.len() >= 2 {
            return defined;
        }
        // Wide gaps separate only where no dash does the defining (`M  –  Major` is one).
        if !text.contains(['–', '—']) {
            let defined: Vec<Definition> = text
                .split('\t')
                .flat_map(|part| part.split("  "))
                .filter_map(dashed_definition)
                .collect();
            if defined.len() >= 2 {
                return defined;
            }
        }
        return text
            .split_once(['=', ':', '–', '—'])
            .and_then(|(term, meaning)| definition(term, meaning))
            .into_iter()
            .collect();
    }
    let mut pairs: Vec<(&str, String)> = Vec::new();
    // Sentences apart too (`... improvement. For NCs the Severity is the grade: High = ...`).
    for segment in text.split([',', ';', '|', '\n']).flat_map(sentences) {
        match segment.split_once('=') {
            // A label before the first term: `Type: M = ...`, `Severity (1=...`.
            Some((term, meaning)) => pairs.push((
                term.rsplit_once([':', '(']).map_or(term, |(_, term)| term),
                meaning.to_owned(),
            )),
            // A meaning that goes on past a comma.
            None => {
                if let Some((_, meaning)) = pairs.last_mut() {
                    meaning.push(',');
                    meaning.push_str(segment);
                }
            }
        }
    }
    // `Medium or Low = Minor NC`: each of the terms.
    pairs
        .iter()
        .flat_map(|(term, meaning)| {
            term.split(" or ")
                .filter_map(move |term| definition(term, meaning))
        })
        .collect()
}

/// The sentences of a text: split after a full stop that ends a word of four letters or more
/// and comes before a capital (`... improvement. For NCs ...`), not after an abbreviation
/// (`NC magg. = NC maggiore`).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, _) in text.match_indices(". ") {
        let word = text[from..at].rsplit(' ').next().unwrap_or_default();
        let next_capital = text[at + 2..].starts_with(char::is_uppercase);
        if word.chars().count() >= 4 && word.chars().all(char::is_alphabetic) && next_capital {
            out.push(&text[from..at]);
            from = at + 2;
        }
    }
    out.push(&text[from..]);
    out
}

/// One clause of a legend line: a term, a dash (or a colon) and its meaning, the line's
/// label before the first term (`Result: Conform – fully met`).
fn dashed_definition(segment: &str) -> Option<Definition> {
    let (term, meaning) = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| segment.split_once(dash))
        .or_else(|| segment.split_once([':', '=']))?;
    // The line's label before the first term: `Result: Conform`, `【判定の凡例】 ●` (but a
    // term in brackets is the term: `[M] – Major`).
    let term = term
        .rsplit_once([':', '】', ']'])
        .filter(|(_, after)| !after.trim().is_empty())
        .map_or(term, |(_, term)| term);
    definition(term, meaning)
}

/// The code a row of a key under a table defines (`H | High – major nonconformity`): a short
/// code of letters, new, and the grade its meaning names.
pub fn pair(term: &str, meaning: &str) -> Option<(String, Grade)> {
    let short = term.trim().chars().count() <= 3 && !term.chars().any(|c| c.is_ascii_digit());
    let defined = definition(term, meaning).filter(|d| short && d.new)?;
    Some((defined.term, defined.grade))
}

/// The grade a key gives a word: the term written with the same case first (`M` major, `m`
/// minor), else the one term that differs from it only by case.
pub fn lookup(key: &Key, word: &str) -> Option<Grade> {
    let word = word.trim();
    if let Some(grade) = key.get(word) {
        return Some(*grade);
    }
    let mut folded = key
        .iter()
        .filter(|(term, _)| term.to_lowercase() == word.to_lowercase());
    match (folded.next(), folded.next()) {
        (Some((_, grade)), None) => Some(*grade),
        _ => None,
    }
}

/// A term and the one grade its meaning names, when the term is a short code (`Red`, `B`,
/// `P1`, `Cat. II`; a checklist's `C` for conforming is redefined by a key that says so), new
/// unless it is a grade word itself.
fn definition(term: &str, meaning: &str) -> Option<Definition> {
    let term = term.trim();
    if term.is_empty() || term.chars().count() > 20 || term.split_whitespace().count() > 3 {
        return None;
    }
    // The bracket that closes a header's gloss: `3=OFI)`.
    let meaning = meaning.trim().trim_end_matches(')').trim();
    let grade = match grade::classify(meaning) {
        Reading::Grade(grade, grade::How::Word | grade::How::Code | grade::How::Compound) => grade,
        _ => grade::named_in(meaning)?,
    };
    Some(Definition {
        term: term.to_owned(),
        grade,
        // A severity word the key grades (`High = Major NC`) is the key's to define.
        new: !matches!(grade::classify(term), Reading::Grade(_, how) if how != grade::How::Severity),
    })
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
    fn a_legend_of_colours_or_letters() {
        let key = read(&rows(&[
            &["How to read this register"],
            &["RAG", "Meaning"],
            &[
                "Red",
                "Major nonconformity – certification cannot be recommended",
            ],
            &["Amber", "Minor nonconformity – a plan within 30 days"],
            &["Yellow", "Observation – may become a nonconformity"],
            &["Green", "Opportunity for improvement"],
        ]));
        assert_eq!(key.get("Red"), Some(&Grade::Major));
        assert_eq!(key.get("Amber"), Some(&Grade::Minor));
        assert_eq!(key.get("Yellow"), Some(&Grade::Observation));
        assert_eq!(key.get("Green"), Some(&Grade::Ofi));
        assert_eq!(key.len(), 4);
        let key = read(&rows(&[
            &["A = Major NC"],
            &["B: Minor nonconformity"],
            &["C", "Observation"],
        ]));
        assert_eq!(key.get("A"), Some(&Grade::Major));
        assert_eq!(key.get("B"), Some(&Grade::Minor));
        assert_eq!(key.get("C"), Some(&Grade::Observation));
        // A GRC tool's field definitions: the field, then the value, then its meaning.
        let key = read(&rows(&[
            &["Field", "Value", "Definition"],
            &[
                "Issue Rating",
                "High",
                "Major nonconformity: a requirement is not met.",
            ],
            &[
                "Issue Rating",
                "Medium",
                "Minor nonconformity: a single lapse.",
            ],
            &["Issue Rating", "Low", "Observation: not a nonconformity."],
            &[
                "Issue Rating",
                "Advisory",
                "Opportunity for improvement: a suggestion.",
            ],
            &[
                "Record Status",
                "Open",
                "Issue logged, remediation not started.",
            ],
        ]));
        assert_eq!(key.get("High"), Some(&Grade::Major));
        assert_eq!(key.get("Low"), Some(&Grade::Observation));
        assert_eq!(key.get("Advisory"), Some(&Grade::Ofi));
        assert_eq!(key.len(), 4);
    }

    /// The new terms a line defines.
    fn as_key(line: &str) -> Key {
        definitions(line)
            .into_iter()
            .filter(|d| d.new)
            .map(|d| (d.term, d.grade))
            .collect()
    }

    #[test]
    fn a_footnote_defines_several_codes_on_one_line_with_their_case() {
        let key = read(&rows(&[&[
            "Type: M = major nonconformity, m = minor nonconformity, O = observation",
        ]]));
        assert_eq!(key.get("M"), Some(&Grade::Major));
        assert_eq!(key.get("m"), Some(&Grade::Minor));
        assert_eq!(key.get("O"), Some(&Grade::Observation));
        assert_eq!(lookup(&key, "m"), Some(Grade::Minor));
        assert_eq!(lookup(&key, " M "), Some(Grade::Major));
        // Without case only where that is unambiguous: `o` is O, `x` nothing.
        assert_eq!(lookup(&key, "o"), Some(Grade::Observation));
        assert_eq!(lookup(&key, "x"), None);
        // A meaning that goes on past a comma stays one definition.
        let key = as_key(
            "A = Major nonconformity, the system has failed; B = Minor nonconformity, a lapse",
        );
        assert_eq!(key.get("A"), Some(&Grade::Major));
        assert_eq!(key.get("B"), Some(&Grade::Minor));
        assert_eq!(key.len(), 2);
        // A legend line in another language, its codes abbreviations with full stops.
        let line = "Legenda: NC magg. = non conformità maggiore; NC min. = non conformità \
                    minore; OSS = osservazione; OdM = opportunità di miglioramento";
        assert_eq!(definitions(line).len(), 4);
        let key = as_key(line);
        assert_eq!(key.get("NC magg."), Some(&Grade::Major), "{key:?}");
        // `OSS` is a grade word already: the line is a key, the term nothing new.
        assert_eq!(key.get("OSS"), None, "{key:?}");
        // Definitions set apart by bars, after the line's label.
        let key = as_key(
            "RAG key: Red = major nonconformity  |  Amber = minor nonconformity  |  Green = \
             opportunity for improvement",
        );
        assert_eq!(key.get("Red"), Some(&Grade::Major), "{key:?}");
        assert_eq!(key.get("Amber"), Some(&Grade::Minor), "{key:?}");
        assert_eq!(key.get("Green"), Some(&Grade::Ofi), "{key:?}");
        // A header that says what its codes mean, in brackets.
        let key = as_key("Severity (1=Major, 2=Minor, 3=OFI)");
        assert_eq!(key.get("1"), Some(&Grade::Major), "{key:?}");
        assert_eq!(key.get("2"), Some(&Grade::Minor), "{key:?}");
        assert_eq!(key.get("3"), Some(&Grade::Ofi), "{key:?}");
    }

    #[test]
    fn a_legend_of_results_defines_those_it_grades() {
        let key = as_key(
            "Result: Conform – requirement fully met; Partially conform – met with gaps (minor \
             nonconformity); Nonconform – not met (major nonconformity); Not applicable – excluded.",
        );
        assert_eq!(key.get("Partially conform"), Some(&Grade::Minor), "{key:?}");
        assert_eq!(key.get("Nonconform"), Some(&Grade::Major), "{key:?}");
        assert_eq!(key.len(), 2, "{key:?}");
        // A legend typed on one line, its definitions set apart by wide gaps, fullwidth.
        let key = as_key("【判定の凡例】　●：重大な不適合　　▲：軽微な不適合　　○：観察事項");
        assert_eq!(key.get("●"), Some(&Grade::Major), "{key:?}");
        assert_eq!(key.get("▲"), Some(&Grade::Minor), "{key:?}");
        assert_eq!(key.get("○"), Some(&Grade::Observation), "{key:?}");
        let key = as_key("Grade: M  –  Major nonconformity; m  –  Minor nonconformity");
        assert_eq!(key.get("M"), Some(&Grade::Major), "{key:?}");
        assert_eq!(key.get("m"), Some(&Grade::Minor), "{key:?}");
        // A sentence with a dash and a semicolon defines nothing.
        assert!(as_key("Major nonconformities – see below; minor ones follow").is_empty());
    }

    #[test]
    fn a_key_that_makes_a_severity_the_grade_of_nonconformities() {
        let key = as_key(
            "Key: Type NC = nonconformity, OBS = observation, OFI = opportunity for improvement. \
             For NCs the Severity is the grade: High = Major NC, Medium or Low = Minor NC.",
        );
        assert_eq!(key.get("High"), Some(&Grade::Major), "{key:?}");
        assert_eq!(key.get("Medium"), Some(&Grade::Minor), "{key:?}");
        assert_eq!(key.get("Low"), Some(&Grade::Minor), "{key:?}");
        // An abbreviation's full stop ends no sentence.
        let key = as_key("Legenda: NC magg. = NC maggiore, NC min. = NC minore");
        assert_eq!(key.get("NC magg."), Some(&Grade::Major), "{key:?}");
    }

    #[test]
    fn a_line_of_the_owners_initials() {
        let people = closeout_lexicon::People::new(["Lena Fischer", "Badr Karim"]);
        assert_eq!(
            people_named(
                "Legenda (responsáveis): LF = Lena Fischer (Segurança) | BK = Badr Karim | XY = Nobody",
                &people
            ),
            [
                ("LF".to_owned(), "Lena Fischer".to_owned()),
                ("BK".to_owned(), "Badr Karim".to_owned())
            ]
        );
        assert!(people_named("M = major nonconformity, m = minor", &people).is_empty());
    }

    #[test]
    fn codes_of_the_systems_of_an_integrated_register() {
        let codes = standard_codes(
            "Systems: QMS = ISO 9001:2015 · ISMS = ISO/IEC 27001:2022 · PIMS = ISO/IEC 27701:2019",
        );
        assert_eq!(
            codes,
            [
                ("QMS".to_owned(), "ISO 9001:2015".to_owned()),
                ("ISMS".to_owned(), "ISO/IEC 27001:2022".to_owned()),
                ("PIMS".to_owned(), "ISO/IEC 27701:2019".to_owned()),
            ]
        );
        assert!(standard_codes("Red = major nonconformity, Amber = minor").is_empty());
    }

    #[test]
    fn a_key_row_under_a_table() {
        assert_eq!(
            pair("H", "High – major nonconformity"),
            Some(("H".to_owned(), Grade::Major))
        );
        assert_eq!(
            pair("I", "Improvement – opportunity for improvement").map(|p| p.1),
            Some(Grade::Ofi)
        );
        // A finding's reference and grade are no key.
        assert_eq!(pair("F1", "Major nonconformity"), None);
        assert_eq!(pair("NC-12", "Minor"), None);
    }

    #[test]
    fn no_key_from_a_single_line_or_a_table_of_grades() {
        assert!(read(&rows(&[&["Note", "Major nonconformities need a plan"]])).is_empty());
        // A summary of counts by grade defines no codes.
        assert!(
            read(&rows(&[
                &["Major nonconformity", "1"],
                &["Minor nonconformity", "3"],
            ]))
            .is_empty()
        );
    }
}
