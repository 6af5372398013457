//! What the words of audit registers mean, in every language Closeout reads: the names people
//! give a register's columns, the words for grades and statuses, month names, and the grammar
//! of requirement references (`Clause 6.1.2/6.1.3`, `Annex A 5.15`, `2013: A.6.2.2`,
//! `Kap. 9.3`, `A5.17 / CC6.1`).
//!
//! The vocabularies are data, one file per language in `languages/` (see `en.toml` for the
//! layout), embedded at build time and read once. Adding a language is adding a file and one
//! line to [`LANGUAGE_FILES`]; nothing else changes.
//!
//! This crate is pure text: no I/O, no database, no spreadsheets. The register importer plugin
//! uses it to recognise columns and grades; the shared model uses [`reference`] to read
//! requirement references, so that a cell means the same to both.

mod language;
mod people;
pub mod reference;
mod text;

use std::sync::OnceLock;

use std::collections::{HashMap, HashSet};

pub use language::{Code, DayOrder, FieldWords, Language, ReferenceWords};
pub use people::{People, owner_names};
pub use text::{has_phrase, narrowed, normalise};

/// The language files, embedded: (code, TOML).
pub const LANGUAGE_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../languages/en.toml")),
    ("de", include_str!("../languages/de.toml")),
    ("fr", include_str!("../languages/fr.toml")),
    ("es", include_str!("../languages/es.toml")),
    ("it", include_str!("../languages/it.toml")),
    ("nl", include_str!("../languages/nl.toml")),
    ("pt", include_str!("../languages/pt.toml")),
    ("pl", include_str!("../languages/pl.toml")),
    ("cs", include_str!("../languages/cs.toml")),
    ("sv", include_str!("../languages/sv.toml")),
    ("da", include_str!("../languages/da.toml")),
    ("nb", include_str!("../languages/nb.toml")),
    ("fi", include_str!("../languages/fi.toml")),
    ("id", include_str!("../languages/id.toml")),
    ("hr", include_str!("../languages/hr.toml")),
    ("uk", include_str!("../languages/uk.toml")),
    ("vi", include_str!("../languages/vi.toml")),
    ("th", include_str!("../languages/th.toml")),
    ("ar", include_str!("../languages/ar.toml")),
    ("ko", include_str!("../languages/ko.toml")),
    ("ru", include_str!("../languages/ru.toml")),
    ("tr", include_str!("../languages/tr.toml")),
    ("ja", include_str!("../languages/ja.toml")),
    ("zh", include_str!("../languages/zh.toml")),
    ("el", include_str!("../languages/el.toml")),
    ("sk", include_str!("../languages/sk.toml")),
    ("ro", include_str!("../languages/ro.toml")),
    ("hu", include_str!("../languages/hu.toml")),
    ("bg", include_str!("../languages/bg.toml")),
    ("lt", include_str!("../languages/lt.toml")),
    ("he", include_str!("../languages/he.toml")),
    ("fa", include_str!("../languages/fa.toml")),
    ("ms", include_str!("../languages/ms.toml")),
];

/// A finding's grade, as ISO/IEC 17021-1 certification bodies grade them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// A major nonconformity.
    Major,
    /// A minor nonconformity.
    Minor,
    /// An opportunity for improvement.
    Ofi,
    /// An observation (area of concern).
    Observation,
}

impl Grade {
    /// Every grade, most severe first.
    pub const ALL: [Grade; 4] = [Grade::Major, Grade::Minor, Grade::Ofi, Grade::Observation];

    /// The grade's name in the API: `major`, `minor`, `ofi`, `observation`.
    pub fn name(self) -> &'static str {
        match self {
            Grade::Major => "major",
            Grade::Minor => "minor",
            Grade::Ofi => "ofi",
            Grade::Observation => "observation",
        }
    }

    /// Reads a grade's API name.
    pub fn parse(name: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|g| g.name() == name)
    }
}

/// A status a register writes, reduced to three.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing done yet.
    Open,
    /// Work under way.
    InProgress,
    /// Done, closed, verified.
    Closed,
}

/// Every language, read once, with its exact-word lookups indexed (a register of 100,000 rows
/// looks a grade up 100,000 times).
pub struct Lexicon {
    languages: Vec<Language>,
    /// Normalised grade word to its grade and the index of its language.
    grades: HashMap<String, (Grade, usize)>,
    severities: HashMap<String, Grade>,
    statuses: HashMap<String, Status>,
    codes: HashMap<String, Code>,
    not_findings: std::collections::HashSet<String>,
    unqualified: std::collections::HashSet<String>,
    honorifics: HashSet<String>,
    months: HashMap<String, u32>,
    /// A header text that names a field outright: (field, score, language index); weak names
    /// score less than names.
    field_names: HashMap<String, Vec<(String, f32, usize)>>,
    /// (field, phrase, language index) for headers that hold a phrase.
    field_phrases: text::Phrases<(String, usize)>,
    /// Every grade phrase of every language by its first word, for finding grades named in a
    /// label or a sentence without trying each phrase at each word.
    grade_phrases: HashMap<String, Vec<GradePhrase>>,
    /// Every language's words that say a grade follows (`recorded as`), as word lists.
    graded_as: Vec<Vec<String>>,
    /// Articles that may stand between them and the grade.
    articles: HashSet<String>,
}

/// A grade phrase, split into words once.
#[derive(Debug)]
struct GradePhrase {
    grade: Grade,
    /// The words after the first.
    rest: Vec<String>,
    /// Whether it counts in prose: several words, or a single word of the language's
    /// `prose_grades`.
    in_prose: bool,
}

/// Whether two words differ by one letter left out, added or changed, or two neighbours
/// swapped.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len() as isize - rb.len() as isize {
        0 => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

/// The lexicon of every embedded language.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let languages = LANGUAGE_FILES
            .iter()
            .map(|(code, source)| {
                // The files are part of the build and a unit test reads each one, so a broken
                // file never ships; should one anyway, it is left out rather than taking the
                // importer down.
                Language::parse(source).unwrap_or_else(|_| Language::empty(code))
            })
            .collect();
        Lexicon::index(languages)
    })
}

impl Lexicon {
    fn index(languages: Vec<Language>) -> Lexicon {
        let mut lexicon = Lexicon {
            grades: HashMap::new(),
            severities: HashMap::new(),
            statuses: HashMap::new(),
            codes: HashMap::new(),
            not_findings: Default::default(),
            unqualified: Default::default(),
            honorifics: HashSet::new(),
            months: HashMap::new(),
            field_names: HashMap::new(),
            field_phrases: Default::default(),
            grade_phrases: HashMap::new(),
            graded_as: Vec::new(),
            articles: HashSet::new(),
            languages: Vec::new(),
        };
        for language in &languages {
            lexicon.graded_as.extend(
                language
                    .graded_as
                    .iter()
                    .map(|p| p.split(' ').map(str::to_owned).collect()),
            );
            lexicon.articles.extend(language.articles.iter().cloned());
            for (grade, phrases) in &language.grades {
                for phrase in phrases {
                    let mut words = phrase.split(' ').filter(|w| !w.is_empty());
                    let Some(first) = words.next() else { continue };
                    lexicon
                        .grade_phrases
                        .entry(first.to_owned())
                        .or_default()
                        .push(GradePhrase {
                            grade: *grade,
                            rest: words.map(str::to_owned).collect(),
                            in_prose: (phrase.contains(' ')
                                || language.prose_grades.contains(phrase))
                                && !language.label_grades.contains(phrase),
                        });
                }
            }
        }
        // The first language to claim a word keeps it: English, then the file order.
        for (index, language) in languages.iter().enumerate() {
            for (grade, words) in &language.grades {
                for word in words {
                    lexicon
                        .grades
                        .entry(word.clone())
                        .or_insert((*grade, index));
                }
            }
            for (word, grade) in &language.severities {
                lexicon.severities.entry(word.clone()).or_insert(*grade);
            }
            for (status, words) in &language.statuses {
                for word in words {
                    lexicon.statuses.entry(word.clone()).or_insert(*status);
                }
            }
            for (code, meaning) in &language.codes {
                lexicon.codes.entry(code.clone()).or_insert(*meaning);
            }
            lexicon
                .not_findings
                .extend(language.not_findings.iter().cloned());
            lexicon
                .unqualified
                .extend(language.unqualified.iter().cloned());
            lexicon
                .honorifics
                .extend(language.honorifics.iter().cloned());
            for (number, names) in language.months.iter().enumerate() {
                for name in names {
                    lexicon
                        .months
                        .entry(name.clone())
                        .or_insert(number as u32 + 1);
                }
            }
            for (field, words) in &language.fields {
                for (name, score) in words
                    .names
                    .iter()
                    .map(|n| (n, 1.0))
                    .chain(words.weak.iter().map(|n| (n, 0.7)))
                {
                    lexicon.field_names.entry(name.clone()).or_default().push((
                        field.clone(),
                        score,
                        index,
                    ));
                }
                for phrase in &words.phrases {
                    lexicon
                        .field_phrases
                        .push(phrase.clone(), (field.clone(), index));
                }
            }
        }
        lexicon.languages = languages;
        lexicon
    }

    /// What a grade code means (`NCM` major, `NCm` minor, `OFI`, `PS`), its case kept.
    pub fn code(&self, text: &str) -> Option<Code> {
        self.codes.get(text.trim()).copied()
    }

    /// Whether a row's text says it is no finding (`Verified as effective and closed; no new
    /// finding.`), even where it names a grade in passing (`last year's minor nonconformity`).
    pub fn says_no_finding(&self, text: &str) -> bool {
        let text = normalise(text);
        self.languages
            .iter()
            .flat_map(|l| &l.no_finding_said)
            .any(|phrase| has_phrase(&text, phrase))
    }

    /// Whether a grade cell says the row is no finding (`Conforme`, `Strength`, `N/A`).
    pub fn is_not_a_finding(&self, text: &str) -> bool {
        self.not_findings.contains(&normalise(text)) || self.code(text) == Some(Code::NotAFinding)
    }

    /// Whether a cell grades only on a condition (`Major NC if not resolved`, `would be a
    /// minor nonconformity`): a stage 1 report's risk for stage 2, not the finding's grade.
    pub fn is_conditional(&self, text: &str) -> bool {
        let text = normalise(text);
        self.languages
            .iter()
            .flat_map(|l| &l.conditional)
            .any(|phrase| has_phrase(&text, phrase))
    }

    /// Whether a grade cell names a nonconformity without its grade (`NC`, `Abweichung`).
    pub fn is_unqualified_nonconformity(&self, text: &str) -> bool {
        self.unqualified.contains(&normalise(text))
    }

    /// A person's name without the courtesy title written before it (`Bpk. Badr Karim`,
    /// `Frau Dr. Lena Fischer`: `Badr Karim`, `Lena Fischer`), or `None` when it starts with
    /// none. A title alone (`Ibu`) is left as it is: it names no one.
    pub fn without_honorifics<'n>(&self, name: &'n str) -> Option<&'n str> {
        let mut rest = name.trim();
        while let Some((first, after)) = rest.split_once(char::is_whitespace) {
            if !self.honorifics.contains(&normalise(first)) || after.trim().is_empty() {
                break;
            }
            rest = after.trim_start();
        }
        (rest.len() < name.trim().len()).then_some(rest)
    }

    /// Every language.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// A language by code (`en`, `de`...).
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The grade a cell names outright (`Major NC`, `Nebenabweichung`, `NC mineure`), and the
    /// language whose word it is.
    pub fn grade(&self, text: &str) -> Option<(Grade, &Language)> {
        let (grade, index) = self.grades.get(&normalise(text))?;
        Some((*grade, &self.languages[*index]))
    }

    /// The grade a word misspelt by one letter names (`Minro`, `Majr`, `Obsevation`): one
    /// letter left out, added, changed, or two swapped, in a grade word of five letters at
    /// least, when every word that near names the same grade.
    pub fn grade_misspelt(&self, text: &str) -> Option<Grade> {
        let word = normalise(text);
        // In Chinese and Japanese one character is a word, and may negate the grade (非严重).
        let ideographic = word
            .chars()
            .any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}'));
        if ideographic
            || word.contains(' ')
            || word.chars().count() < 5
            || self.grades.contains_key(&word)
        {
            return None;
        }
        let mut found = None;
        for (known, (grade, _)) in &self.grades {
            if known.contains(' ') || known.chars().count() < 5 || !one_edit_apart(&word, known) {
                continue;
            }
            match found {
                None => found = Some(*grade),
                Some(other) if other != *grade => return None,
                Some(_) => {}
            }
        }
        found
    }

    /// The grade a severity word maps to by the default rule (`High` -> major).
    pub fn severity(&self, text: &str) -> Option<Grade> {
        self.severities.get(&normalise(text)).copied()
    }

    /// Every grade named inside a label or a title (`Observation (OFI)`, a section row `MAJOR
    /// NONCONFORMITIES`, a sheet named `Opportunities for Improvement`), with the word
    /// position of its first mention, in order of mention.
    pub fn grades_in(&self, text: &str) -> Vec<(Grade, usize)> {
        self.grades_mentioned(text, false)
    }

    /// Like [`Lexicon::grades_in`], for prose (a description, a comment): only words that
    /// cannot mean anything else count (`minor nonconformity`, `OFI`, `Nebenabweichung`, but
    /// not `minor` or `observation` alone).
    pub fn grades_in_prose(&self, text: &str) -> Vec<(Grade, usize)> {
        self.grades_mentioned(text, true)
    }

    fn grades_mentioned(&self, text: &str, prose: bool) -> Vec<(Grade, usize)> {
        let text = normalise(text);
        let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
        let mut found: Vec<(Grade, usize)> = Vec::new();
        for (position, word) in words.iter().enumerate() {
            for phrase in self.grade_phrases.get(*word).into_iter().flatten() {
                let follows = words[position + 1..].len() >= phrase.rest.len()
                    && phrase
                        .rest
                        .iter()
                        .zip(&words[position + 1..])
                        .all(|(want, got)| want == got);
                if !follows || (prose && !phrase.in_prose && !self.graded_at(&words, position)) {
                    continue;
                }
                // Words are visited in order: a grade's first position is where it is first
                // found.
                if !found.iter().any(|(g, _)| *g == phrase.grade) {
                    found.push((phrase.grade, position));
                }
            }
        }
        found.sort_by_key(|(_, position)| *position);
        found
    }

    /// Whether the words before `position` say a grade follows: `recorded as (an)`.
    fn graded_at(&self, words: &[&str], position: usize) -> bool {
        let ends_at = |end: usize| {
            self.graded_as.iter().any(|phrase| {
                end >= phrase.len()
                    && words[end - phrase.len()..end]
                        .iter()
                        .zip(phrase)
                        .all(|(got, want)| got == want)
            })
        };
        // With the article or without: one language's article may end another's phrase
        // (French `la`, Vietnamese `là` once folded: `được phân loại là`).
        ends_at(position)
            || (position > 0
                && self.articles.contains(words[position - 1])
                && ends_at(position - 1))
    }

    /// The status a cell names.
    pub fn status(&self, text: &str) -> Option<Status> {
        self.statuses.get(&normalise(text)).copied()
    }

    /// The Common Era year before the first of a named era (`令和`: 2018), in any language.
    pub fn era(&self, name: &str) -> Option<i32> {
        self.languages
            .iter()
            .find_map(|language| language.eras.get(name.trim()).copied())
    }

    /// A month by name or abbreviation in any language (1-12). Where languages spell different
    /// months alike, the first language's meaning (see [`Lexicon::month_in`]).
    pub fn month(&self, name: &str) -> Option<u32> {
        self.months.get(&normalise(name)).copied()
    }

    /// A month by name or abbreviation, read as the language `language` (a code) means it when
    /// it has that word, and as [`Lexicon::month`] otherwise: `listopad` is November in Polish
    /// and Czech but October in Croatian, `lip` July in Polish but June in Croatian.
    pub fn month_in(&self, name: &str, language: Option<&str>) -> Option<u32> {
        let name = normalise(name);
        language
            .and_then(|code| self.language(code))
            .and_then(|language| {
                language
                    .months
                    .iter()
                    .position(|names| names.contains(&name))
            })
            .map(|index| index as u32 + 1)
            .or_else(|| self.months.get(&name).copied())
    }

    /// Whether a row starting with this text is a total or a summary, not a finding.
    pub fn is_summary_row(&self, first_cell: &str) -> bool {
        let text = normalise(first_cell);
        self.languages.iter().any(|language| {
            language.summary_rows.iter().any(|word| {
                text.strip_prefix(word.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            })
        })
    }

    /// Whether a short cell starts or ends with the words of a total (`Day 1 subtotal`,
    /// `Total for site B`): on a row with no reference, a summary.
    pub fn mentions_summary(&self, cell: &str) -> bool {
        let text = normalise(cell);
        text.split(' ').count() <= 5
            && self.languages.iter().any(|language| {
                language.summary_rows.iter().any(|word| {
                    // Whole words: `total` ends `day 1 total`, not `subtotal`'s own text.
                    text.strip_prefix(word.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                        || text
                            .strip_suffix(word.as_str())
                            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
                })
            })
    }

    /// Whether a sheet's name says it is not a register (a cover, a legend, lists).
    pub fn is_skipped_sheet(&self, name: &str) -> bool {
        let text = normalise(name);
        self.languages.iter().any(|language| {
            language
                .skipped_sheets
                .iter()
                .any(|word| skip_word_in(&text, word))
        })
    }

    /// How well a header text names each field, best first: 1.0 when it is one of a field's
    /// names, 0.8 when it holds one of its phrases, 0.7 one of its weak names, with the
    /// language whose word matched.
    pub fn fields_named<'l>(&'l self, header: &str) -> Vec<(&'l str, f32, &'l Language)> {
        let text = normalise(header);
        let mut found: Vec<(&str, f32, &Language, usize)> = Vec::new();
        if text.is_empty() {
            return Vec::new();
        }
        let mut note = |field: &'l str, score: f32, language: usize, length: usize| {
            let language = &self.languages[language];
            match found.iter_mut().find(|(f, ..)| *f == field) {
                Some(existing) if (existing.1, existing.3) < (score, length) => {
                    *existing = (field, score, language, length);
                }
                Some(_) => {}
                None => found.push((field, score, language, length)),
            }
        };
        for (field, score, language) in self.field_names.get(&text).into_iter().flatten() {
            note(field, *score, *language, text.len());
        }
        // A gloss in brackets (`Type (M/m/O)`, `Due date (dd/mm/yyyy)`) names nothing: the
        // words before it are the header's name, nearly as surely as the whole.
        if let Some((bare, _)) = header.split_once(['(', '[', '（', '［'])
            && let bare = normalise(bare)
            && !bare.is_empty()
            && bare != text
        {
            for (field, score, language) in self.field_names.get(&bare).into_iter().flatten() {
                note(field, score * 0.9, *language, bare.len());
            }
        }
        for (phrase, (field, language)) in self.field_phrases.found_in(&text) {
            note(field, 0.8, *language, phrase.len());
        }
        // Outright names first; among phrases, the longest match ("corrective action" over
        // "action").
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.3.cmp(&a.3)));
        found
            .into_iter()
            .map(|(field, score, language, _)| (field, score, language))
            .collect()
    }
}

/// Whether a sheet's normalised name holds one of the words of sheets set aside: whole words,
/// the last one perhaps with a plural `s` or `es` (`legends`, `drop downs`, `summary 2025`;
/// not the Polish `lista` or the Turkish `listesi` of nonconformities); in a script written
/// without spaces, at the start of a word (`使用说明` in `使用说明书`, but not `说明` in
/// `不符合项说明`, a register).
fn skip_word_in(text: &str, phrase: &str) -> bool {
    let unspaced = |c: char| matches!(c, '\u{0E00}'..='\u{0E7F}' | '\u{3040}'..='\u{9FFF}');
    if phrase.chars().any(unspaced) {
        return has_phrase(text, phrase);
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '#' && c != '§')
        .filter(|w| !w.is_empty())
        .collect();
    let wanted: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
    let Some((last, first)) = wanted.split_last() else {
        return false;
    };
    words.windows(wanted.len()).any(|window| {
        let (got_last, got_first) = window.split_last().unwrap_or((&"", &[]));
        got_first == first
            && [String::new(), "s".into(), "es".into()]
                .iter()
                .any(|plural| *got_last == format!("{last}{plural}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_that_says_it_raised_nothing() {
        let lexicon = lexicon();
        assert!(lexicon.says_no_finding(
            "Follow-up of last year's minor nonconformity: verified as effective and closed; \
             no new finding."
        ));
        assert!(!lexicon.says_no_finding("A new finding: the backup is never restored."));
        // A grade cell's `Good practice` is no finding, not an observation.
        assert!(lexicon.is_not_a_finding("Good practice"));
        assert!(lexicon.grade("Good practice").is_none());
    }

    #[test]
    fn a_gloss_in_brackets_leaves_the_header_its_name() {
        let named = |header: &str| {
            lexicon()
                .fields_named(header)
                .first()
                .map(|(field, score, _)| (field.to_string(), *score))
        };
        let (field, score) = named("Type (M/m/O)").expect("named");
        assert_eq!(field, "grade");
        assert!(score < 1.0, "less sure than the bare name: {score}");
        assert_eq!(
            named("Due date (dd/mm/yyyy)").map(|(f, _)| f),
            Some("due_date".into())
        );
        assert_eq!(named("(M/m/O)"), None);
        assert_eq!(
            named("状況（ステータス）").map(|(f, _)| f),
            Some("status".into())
        );
    }

    #[test]
    fn a_month_name_two_languages_share_means_what_the_registers_language_says() {
        let lexicon = lexicon();
        // Polish and Czech `listopad` is November, Croatian October; `lip` is Polish July
        // (`lipiec`) and Croatian June (`lipanj`).
        assert_eq!(lexicon.month_in("listopada", Some("hr")), Some(10));
        assert_eq!(lexicon.month_in("Listopada", Some("pl")), Some(11));
        assert_eq!(lexicon.month_in("lip", Some("hr")), Some(6));
        assert_eq!(lexicon.month_in("lip", Some("pl")), Some(7));
        // Without a language, or in one without the word, the first language's meaning.
        assert_eq!(
            lexicon.month_in("listopad", None),
            lexicon.month("listopad")
        );
        assert_eq!(lexicon.month_in("listopad", Some("de")), Some(11));
        assert_eq!(lexicon.month_in("März", Some("hr")), Some(3));
        assert_eq!(lexicon.month_in("März", Some("xx")), Some(3));
        assert_eq!(lexicon.month_in("Montag", Some("de")), None);
    }

    #[test]
    fn sheets_are_set_aside_by_their_words() {
        let lexicon = lexicon();
        assert!(lexicon.is_skipped_sheet("Lists"));
        assert!(lexicon.is_skipped_sheet("Drop-down lists"));
        assert!(lexicon.is_skipped_sheet("Read me"));
        // Registers whose names start like a word of a cover or a legend.
        assert!(!lexicon.is_skipped_sheet("Lista niezgodności"));
        assert!(!lexicon.is_skipped_sheet("Uygunsuzluk listesi"));
        // Longer words start a word (`Legends`, `Configuration`, `Summary2025`); words of
        // scripts without spaces anywhere.
        assert!(lexicon.is_skipped_sheet("Legends"));
        assert!(lexicon.is_skipped_sheet("Dashboards"));
        assert!(lexicon.is_skipped_sheet("Drop-downs"));
        assert!(lexicon.is_skipped_sheet("Summary2025"));
        assert!(lexicon.is_skipped_sheet("使用说明书"));
    }

    #[test]
    fn the_numero_sign_names_a_reference_as_hash_does() {
        let reference = |header: &str| {
            lexicon()
                .fields_named(header)
                .iter()
                .any(|(field, _, _)| *field == "reference")
        };
        assert!(reference("№"));
        assert!(reference("№ з/п"));
        assert!(reference("#"));
    }

    #[test]
    fn a_vietnamese_verb_in_a_sentence_grades_nothing() {
        let lexicon = lexicon();
        // `quan sát` is observe as well as observation: a grade as a label, not in a sentence.
        assert_eq!(
            lexicon.grades_in_prose("Đoàn đánh giá quan sát thấy nhật ký không được lưu giữ."),
            []
        );
        assert_eq!(
            lexicon.grade("Quan sát").map(|(grade, _)| grade),
            Some(Grade::Observation)
        );
        // After words that say a grade follows, it counts.
        assert_eq!(
            lexicon
                .grades_in_prose("Được phân loại là quan sát.")
                .first()
                .map(|(grade, _)| *grade),
            Some(Grade::Observation)
        );
        // A phrase that is only a grade still counts in a sentence.
        assert_eq!(
            lexicon
                .grades_in_prose("Đây là điểm không phù hợp nhẹ về kiểm soát truy cập.")
                .first()
                .map(|(grade, _)| *grade),
            Some(Grade::Minor)
        );
    }

    #[test]
    fn every_language_file_reads() {
        for (code, source) in LANGUAGE_FILES {
            let language = Language::parse(source).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert_eq!(language.code, *code);
            assert_eq!(language.months.len(), 12, "{code}: twelve months");
            for field in [
                "reference",
                "grade",
                "requirements",
                "statement",
                "owner",
                "due_date",
            ] {
                assert!(
                    language.fields.contains_key(field),
                    "{code}: no words for {field}"
                );
            }
            for grade in Grade::ALL {
                assert!(
                    language.grades.iter().any(|(g, _)| *g == grade),
                    "{code}: no words for {grade:?}"
                );
            }
        }
        assert_eq!(lexicon().languages().len(), LANGUAGE_FILES.len());
    }

    #[test]
    fn grades_in_seven_languages() {
        let lexicon = lexicon();
        for (text, grade, language) in [
            ("Major NC", Grade::Major, "en"),
            ("Cat 2", Grade::Minor, "en"),
            ("Hauptabweichung", Grade::Major, "de"),
            ("Nebenabweichung", Grade::Minor, "de"),
            ("Empfehlung", Grade::Ofi, "de"),
            ("NC majeure", Grade::Major, "fr"),
            ("NC mineure", Grade::Minor, "fr"),
            ("Piste de progrès", Grade::Ofi, "fr"),
            ("Point sensible", Grade::Observation, "fr"),
            ("No conformidad mayor", Grade::Major, "es"),
            ("no conformidad menor", Grade::Minor, "es"),
            ("Oportunidad de mejora", Grade::Ofi, "es"),
            ("Non conformità maggiore", Grade::Major, "it"),
            ("Osservazione", Grade::Observation, "it"),
            ("Kleine afwijking", Grade::Minor, "nl"),
            ("Verbeterpunt", Grade::Ofi, "nl"),
            ("Não conformidade maior", Grade::Major, "pt"),
            ("Oportunidade de melhoria", Grade::Ofi, "pt"),
        ] {
            let (found, lang) = lexicon.grade(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((found, lang.code.as_str()), (grade, language), "{text}");
        }
        assert!(lexicon.grade("Banana").is_none());
        assert_eq!(lexicon.severity("Hoch"), Some(Grade::Major));
        assert_eq!(lexicon.severity("Medium"), Some(Grade::Minor));
        assert_eq!(lexicon.code("NCM"), Some(Code::Grade(Grade::Major)));
        assert_eq!(lexicon.code("NCm"), Some(Code::Grade(Grade::Minor)));
        assert_eq!(lexicon.code("MiNC"), Some(Code::Grade(Grade::Minor)));
        assert!(lexicon.is_not_a_finding("Conforme"));
        assert!(lexicon.is_not_a_finding("Point fort"));
        assert!(!lexicon.is_not_a_finding("Minor"));
        assert!(lexicon.is_unqualified_nonconformity("NC"));
        assert!(lexicon.is_conditional("Major NC if not resolved"));
        assert!(!lexicon.is_conditional("Major NC"));
        assert!(lexicon.is_unqualified_nonconformity("Abweichung"));
        assert!(!lexicon.is_unqualified_nonconformity("Minor NC"));
    }

    #[test]
    fn a_grade_word_misspelt_by_one_letter() {
        let lexicon = lexicon();
        assert_eq!(lexicon.grade_misspelt("Minro"), Some(Grade::Minor));
        assert_eq!(
            lexicon.grade_misspelt("Obsevation"),
            Some(Grade::Observation)
        );
        assert_eq!(lexicon.grade_misspelt("Majorr"), Some(Grade::Major));
        // Short words and words two letters off are no grade.
        assert_eq!(lexicon.grade_misspelt("Mnr"), None);
        assert_eq!(lexicon.grade_misspelt("Mirror"), None);
        assert_eq!(lexicon.grade_misspelt("Minor"), None);
        assert!(one_edit_apart("minro", "minor"));
        assert!(one_edit_apart("mnor", "minor"));
        assert!(!one_edit_apart("manner", "minor"));
    }

    #[test]
    fn grades_inside_free_text_in_order_of_mention() {
        let lexicon = lexicon();
        let grades =
            |t: &str| -> Vec<Grade> { lexicon.grades_in(t).into_iter().map(|(g, _)| g).collect() };
        assert_eq!(
            grades("Minor nonconformity. Corrective action: update the policy"),
            [Grade::Minor]
        );
        assert_eq!(grades("MAJOR NONCONFORMITIES"), [Grade::Major]);
        assert_eq!(
            grades("Observation (OFI)"),
            [Grade::Observation, Grade::Ofi]
        );
        assert_eq!(grades("Opportunities for Improvement"), [Grade::Ofi]);
        assert_eq!(grades("Nebenabweichungen"), [Grade::Minor]);
        assert!(grades("The firewall rules were reviewed").is_empty());
        let prose = |t: &str| -> Vec<Grade> {
            lexicon
                .grades_in_prose(t)
                .into_iter()
                .map(|(g, _)| g)
                .collect()
        };
        assert_eq!(
            prose("Minor nonconformity. Corrective action: update the policy"),
            [Grade::Minor]
        );
        assert_eq!(prose("Raised as an OFI at the last audit"), [Grade::Ofi]);
        assert!(prose("A recommendation from the observation of minor changes").is_empty());
        // A single grade word after words that say a grade follows.
        assert_eq!(
            prose("Laptops are not signed out. Recorded as an observation."),
            [Grade::Observation]
        );
        assert_eq!(
            prose("The gap was graded as minor by the auditor"),
            [Grade::Minor]
        );
        assert!(prose("An observation was recorded as evidence").is_empty());
        // The same in the other languages, each with its own word order.
        assert_eq!(
            prose("Die Feststellung wurde als Beobachtung erfasst."),
            [Grade::Observation]
        );
        assert_eq!(
            prose("Écart classé en mineure lors de l'audit."),
            [Grade::Minor]
        );
        assert_eq!(
            prose("El hallazgo fue clasificado como menor."),
            [Grade::Minor]
        );
        assert_eq!(prose("Rilevata come osservazione."), [Grade::Observation]);
        assert_eq!(
            prose("De bevinding is als observatie vastgelegd."),
            [Grade::Observation]
        );
        assert_eq!(prose("Constatação registrada como menor."), [Grade::Minor]);
        assert!(prose("Die Menge wurde als gering eingeschätzt.").is_empty());
    }

    #[test]
    fn statuses_months_rows_and_sheets() {
        let lexicon = lexicon();
        assert_eq!(lexicon.status("In Bearbeitung"), Some(Status::InProgress));
        assert_eq!(lexicon.status("Clôturé"), Some(Status::Closed));
        assert_eq!(lexicon.status("abierto"), Some(Status::Open));
        assert_eq!(lexicon.month("März"), Some(3));
        assert_eq!(lexicon.month("févr"), Some(2));
        assert_eq!(lexicon.month("diciembre"), Some(12));
        assert!(lexicon.mentions_summary("Day 1 subtotal"));
        assert!(lexicon.mentions_summary("Zwischensumme Tag 2"));
        assert!(!lexicon.mentions_summary("Subtotals of the access review were never checked"));
        assert!(!lexicon.mentions_summary("Totally unreviewed"));
        assert!(lexicon.is_summary_row("Total findings"));
        assert!(lexicon.is_summary_row("Gesamt"));
        assert!(!lexicon.is_summary_row("Totally unrelated"));
        assert!(lexicon.is_skipped_sheet("Read Me"));
        assert!(lexicon.is_skipped_sheet("Deckblatt"));
        assert!(!lexicon.is_skipped_sheet("NC Register"));
    }

    #[test]
    fn courtesy_titles_before_a_name() {
        let lexicon = lexicon();
        assert_eq!(
            lexicon.without_honorifics("Bpk. Badr Karim"),
            Some("Badr Karim")
        );
        assert_eq!(
            lexicon.without_honorifics("Ibu Lena Fischer"),
            Some("Lena Fischer")
        );
        assert_eq!(
            lexicon.without_honorifics("Frau Dr. Fischer"),
            Some("Fischer")
        );
        assert_eq!(lexicon.without_honorifics("Mme Dupont"), Some("Dupont"));
        assert_eq!(
            lexicon.without_honorifics("Sayın Ahmet Yılmaz"),
            Some("Ahmet Yılmaz")
        );
        // None before the name, or a title alone: as written.
        assert_eq!(lexicon.without_honorifics("Lena Fischer"), None);
        assert_eq!(lexicon.without_honorifics("Ibu"), None);
        assert_eq!(lexicon.without_honorifics("Head of IT"), None);
    }

    #[test]
    fn header_words_in_several_languages() {
        let lexicon = lexicon();
        let best = |h: &str| {
            lexicon
                .fields_named(h)
                .first()
                .map(|(f, s, _)| (f.to_string(), *s))
        };
        assert_eq!(best("NC ID"), Some(("reference".into(), 1.0)));
        assert_eq!(best("Abweichungs-Nr."), Some(("reference".into(), 1.0)));
        assert_eq!(best("Maßnahme"), Some(("corrective_action".into(), 1.0)));
        assert_eq!(best("Échéance"), Some(("due_date".into(), 1.0)));
        assert_eq!(
            best("Acción correctiva"),
            Some(("corrective_action".into(), 1.0))
        );
        assert_eq!(
            best("Management Response & Action Plan"),
            Some(("corrective_action".into(), 0.8))
        );
        assert_eq!(
            best("Ursachenanalyse (5-Why)").map(|b| b.0),
            Some("root_cause".into())
        );
    }
}
