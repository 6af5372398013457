//! One language's vocabulary, read from its TOML file (`languages/en.toml` explains the
//! layout). Every word is normalised once, here, so lookups compare like with like.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::text::{has_phrase, normalise};
use crate::{Grade, Status};

/// Which way round a language writes slashed dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DayOrder {
    /// 03/04/2026 is 3 April.
    Dmy,
    /// 03/04/2026 is March 4.
    Mdy,
}

/// The words that name one field in a header.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldWords {
    /// Header texts that name the field outright.
    #[serde(default)]
    pub names: Vec<String>,
    /// Words that point to the field inside a longer header.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Header texts that name the field when no column names it better (`Auditee` for the
    /// owner, beside a `Finding Owner`).
    #[serde(default)]
    pub weak: Vec<String>,
}

/// The words of requirement references.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceWords {
    /// Words for a management-system clause: `clause`, `Kap.`, `§`, `chapitre`.
    #[serde(default)]
    pub clause: Vec<String>,
    /// Words for Annex A: `Annex A`, `Anhang A`, `annexe A`.
    #[serde(default)]
    pub annex: Vec<String>,
    /// Words for a control: `control`, `Maßnahme`, `mesure`.
    #[serde(default)]
    pub control: Vec<String>,
    /// Words between the two ends of a range: `to`, `bis`, `à`.
    #[serde(default)]
    pub range: Vec<String>,
    /// Words between the items of a list: `and`, `und`, `et`.
    #[serde(default)]
    pub and: Vec<String>,
    /// Letters that mean a clause only glued to its dotted number (Dutch `H9.3`, for
    /// `hoofdstuk`): alone, or before a dash (`H-01`), they are any other letter.
    #[serde(default)]
    pub glued_clause: Vec<String>,
    /// Words glued after a number that make a clause of it (Korean `9.2항`).
    #[serde(default)]
    pub clause_suffix: Vec<String>,
    /// Words written after numbers that make clauses of them, and mean something else before
    /// a number (Lithuanian `7.2 ir 7.3 p.`, where `p. 8` is a page).
    #[serde(default)]
    pub clause_after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: String,
    name: String,
    #[serde(default)]
    date_order: Option<DayOrder>,
    #[serde(default)]
    era_offset: Option<i32>,
    #[serde(default)]
    eras: BTreeMap<String, i32>,
    #[serde(default)]
    three_digit_era: Option<i32>,
    months: Vec<String>,
    #[serde(default)]
    prose_grades: Vec<String>,
    #[serde(default)]
    label_grades: Vec<String>,
    #[serde(default)]
    graded_as: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    #[serde(default)]
    unqualified: Vec<String>,
    #[serde(default)]
    conditional: Vec<String>,
    #[serde(default)]
    honorifics: Vec<String>,
    fields: BTreeMap<String, FieldWords>,
    grades: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    severities: BTreeMap<String, String>,
    #[serde(default)]
    statuses: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    references: ReferenceWords,
    #[serde(default)]
    rows: Rows,
    #[serde(default)]
    sheets: Sheets,
    #[serde(default)]
    codes: BTreeMap<String, String>,
    #[serde(default)]
    not_findings: NotFindings,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NotFindings {
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    said: Vec<String>,
}

/// What a grade code means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// A grade.
    Grade(Grade),
    /// Not a finding: a strength, a conforming control.
    NotAFinding,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rows {
    #[serde(default)]
    summary: Vec<String>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sheets {
    #[serde(default)]
    skip: Vec<String>,
}

/// One language, its words normalised.
#[derive(Debug, Clone, Default)]
pub struct Language {
    /// ISO 639-1 code: `en`, `de`...
    pub code: String,
    /// The language's own name.
    pub name: String,
    /// How the language writes slashed dates, when it settles it (English does not).
    pub date_order: Option<DayOrder>,
    /// Years its registers may count in another era, this many years ahead of the Common Era
    /// (Thai: the Buddhist Era, 543): see [`Language::common_era`].
    pub era_offset: Option<i32>,
    /// Named eras a year may be counted in, each with the Common Era year before its first
    /// (Japanese `令和` 2018: `令和8年` is 2026).
    pub eras: BTreeMap<String, i32>,
    /// The Common Era year before the first of the era a bare three-digit year leading a date
    /// counts in (Taiwan's `114/03/20`: 1911).
    pub three_digit_era: Option<i32>,
    /// Field name (`reference`, `grade`...) to the words that name it.
    pub fields: BTreeMap<String, FieldWords>,
    /// Each grade's words, phrases as word lists.
    pub(crate) grades: Vec<(Grade, Vec<String>)>,
    /// Single words that name a grade even inside prose (`OFI`, `Hauptabweichung`); other
    /// single words (`minor`, `observation`) only count in labels and titles.
    pub(crate) prose_grades: Vec<String>,
    /// Grade words of several words that still count only as a label, never in a sentence:
    /// one word written as syllables apart (Vietnamese `quan sát`, observe).
    pub(crate) label_grades: Vec<String>,
    /// Words that say a grade follows in a sentence (`recorded as`, `raised as`): a single
    /// grade word right after them, or after one of the `articles`, counts in prose
    /// (`Recorded as an observation.`).
    pub(crate) graded_as: Vec<String>,
    pub(crate) articles: Vec<String>,
    pub(crate) severities: Vec<(String, Grade)>,
    pub(crate) statuses: Vec<(Status, Vec<String>)>,
    pub(crate) months: Vec<Vec<String>>,
    /// The words of requirement references.
    pub references: ReferenceWords,
    pub(crate) summary_rows: Vec<String>,
    pub(crate) skipped_sheets: Vec<String>,
    /// Grade codes, compared with their case (`NCM`, `NCm`, `MNC`).
    pub(crate) codes: Vec<(String, Code)>,
    /// Grade-column words that say a row is no finding.
    pub(crate) not_findings: Vec<String>,
    /// Phrases a row's text says it is no finding with (`no new finding`), whatever grade
    /// word it names in passing.
    pub(crate) no_finding_said: Vec<String>,
    /// Words for a nonconformity without its grade (`NC`, `Abweichung`).
    pub(crate) unqualified: Vec<String>,
    /// Words that make a grade a condition, not the row's (`Major NC if not resolved`).
    pub(crate) conditional: Vec<String>,
    /// Courtesy titles written before a person's name (`Mr`, `Frau`, `Bpk.`).
    pub(crate) honorifics: Vec<String>,
}

fn words(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = list
        .iter()
        .map(|w| normalise(w))
        .filter(|w| !w.is_empty())
        .collect();
    out.dedup();
    out
}

impl Language {
    /// A four-digit year as the Common Era counts it: in a language whose registers may count
    /// years in another era ([`Language::era_offset`]), a year too far ahead to be an audit's
    /// in the Common Era (2400 or later) is that era's (`2568` in a Thai register is 2025).
    pub fn common_era(&self, year: i32) -> i32 {
        match self.era_offset {
            Some(offset) if year >= 2400 => year - offset,
            _ => year,
        }
    }

    /// A two-digit year as the Common Era counts it. Where registers may count years in
    /// another era, two digits are that era's when they name a year of this century in it
    /// (Thai `15/10/68` is 2568, that is 2025; `68` in the Common Era would be 2068, decades
    /// past any audit's deadline), and the Common Era's otherwise (`15/10/25` is 2025).
    pub fn two_digit_year(&self, digits: i32) -> i32 {
        let common = 2000 + digits;
        match self.era_offset {
            Some(offset) => {
                // The century the era's count stood in when the Common Era's began (2500 for
                // the Buddhist Era, whose 2543 was 2000).
                let century = (2000 + offset) / 100 * 100;
                let era = century + digits - offset;
                if era >= 2000 { era } else { common }
            }
            None => common,
        }
    }

    /// Reads a language file.
    pub fn parse(source: &str) -> Result<Language, String> {
        let file: File = toml::from_str(source).map_err(|e| e.to_string())?;
        let grade =
            |name: &str| Grade::parse(name).ok_or_else(|| format!("`{name}` is not a grade"));
        let mut grades = Vec::new();
        for (name, list) in file.grades {
            grades.push((grade(&name)?, words(list)));
        }
        grades.sort_by_key(|(g, _)| *g);
        let mut severities = Vec::new();
        for (word, name) in file.severities {
            severities.push((normalise(&word), grade(&name)?));
        }
        let mut statuses = Vec::new();
        for (name, list) in file.statuses {
            let status = match name.as_str() {
                "open" => Status::Open,
                "in_progress" => Status::InProgress,
                "closed" => Status::Closed,
                other => return Err(format!("`{other}` is not a status")),
            };
            statuses.push((status, words(list)));
        }
        if file.months.len() != 12 {
            return Err(format!("{} months, not 12", file.months.len()));
        }
        let months = file
            .months
            .iter()
            .map(|m| m.split('|').map(normalise).collect())
            .collect();
        let fields = file
            .fields
            .into_iter()
            .map(|(field, w)| {
                (
                    field,
                    FieldWords {
                        names: words(w.names),
                        phrases: words(w.phrases),
                        weak: words(w.weak),
                    },
                )
            })
            .collect();
        let references = ReferenceWords {
            clause: words(file.references.clause),
            annex: words(file.references.annex),
            control: words(file.references.control),
            range: words(file.references.range),
            and: words(file.references.and),
            glued_clause: words(file.references.glued_clause),
            clause_suffix: words(file.references.clause_suffix),
            clause_after: words(file.references.clause_after),
        };
        let mut codes = Vec::new();
        for (code, meaning) in file.codes {
            let meaning = match meaning.as_str() {
                "not_a_finding" => Code::NotAFinding,
                name => Code::Grade(grade(name)?),
            };
            codes.push((code, meaning));
        }
        Ok(Language {
            codes,
            not_findings: words(file.not_findings.words),
            no_finding_said: words(file.not_findings.said),
            unqualified: words(file.unqualified),
            conditional: words(file.conditional),
            honorifics: words(file.honorifics),
            code: file.code,
            name: file.name,
            date_order: file.date_order,
            era_offset: file.era_offset,
            eras: file.eras,
            three_digit_era: file.three_digit_era,
            fields,
            grades,
            prose_grades: words(file.prose_grades),
            label_grades: words(file.label_grades),
            graded_as: words(file.graded_as),
            articles: words(file.articles),
            severities,
            statuses,
            months,
            references,
            summary_rows: words(file.rows.summary),
            skipped_sheets: words(file.sheets.skip),
        })
    }

    /// A language with no words, standing in for a file that did not read.
    pub(crate) fn empty(code: &str) -> Language {
        Language {
            code: code.to_owned(),
            name: code.to_owned(),
            ..Default::default()
        }
    }

    /// Whether a normalised header text holds one of a field's phrases.
    pub fn names_field(&self, field: &str, text: &str) -> bool {
        self.fields.get(field).is_some_and(|w| {
            w.names.iter().chain(&w.weak).any(|n| n == text)
                || w.phrases.iter().any(|p| has_phrase(text, p))
        })
    }
}
