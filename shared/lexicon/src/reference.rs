//! The grammar of requirement references, as people write them in registers.
//!
//! A cell is first cut into tokens (numbers such as `6.1.2`, Annex A numbers such as `A.5.15`
//! or `A5.15`, other frameworks' identifiers such as `CC6.1`, `PR.AA-01` or `AC-2(1)`, words,
//! and punctuation), then read left to right by a small state machine:
//!
//! ```text
//! cell      := item (separator item)*
//! item      := marker* reference (range-word reference)? list-letter? title?
//! marker    := kind-word | edition | standard | framework
//! kind-word := clause | annex | control          (in every supported language: `Kap.`, `§`,
//!                                                 `Anhang A`, `annexe A`, `cláusula`...)
//! edition   := `2013` | `2022` (`2013:`, `ISO 27001:2022`, `A.8.1 (2013)`)
//! separator := , ; / & + | newline | and-word
//! ```
//!
//! A kind word applies to every number after it until the next marker or line ("Clause
//! 6.1.2/6.1.3, 8.2/8.3" is four clauses), an edition likewise ("2013: A.6.2.2, A.13.1"), and a
//! framework's name turns the numbers after it into that framework's identifiers ("PCI DSS
//! 8.3.1"). List letters (`6.1.3 d)`) and titles (`A.5.15 Access control`) are skipped.
//!
//! The grammar says what was written, not whether it exists: the catalog (in the shared model)
//! looks the references up. In a cell, text that is no reference comes back as
//! [`Cited::Unreadable`]; in prose ([`find_in_prose`]) only references with a marker count,
//! so "logs are kept 7 days" cites nothing while "contrary to control A.8.15" cites A.8.15.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon;
use crate::text::normalise;

/// What the wording says a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A management-system clause: `Clause 9.2`, `§ 7.2`, `Kap. 9.3`.
    Clause,
    /// An Annex A control: `A.5.15`, `Annex A 5.15`, `control 8.8`.
    Annex,
    /// A bare number: the catalog decides.
    Unmarked,
}

/// The edition of ISO/IEC 27001 a reference is written against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// ISO/IEC 27001:2013 (and EN ISO/IEC 27001:2017, its European reprint).
    Iso2013,
    /// ISO/IEC 27001:2022.
    Iso2022,
}

/// One ISO/IEC 27001 reference, parsed but not looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IsoReference {
    /// The words that made it (`Clause 11.1`, `A.8.20–8.23`), for messages.
    pub text: String,
    /// What the wording says it is.
    pub kind: Kind,
    /// The edition, when the cell says.
    pub edition: Option<Edition>,
    /// The number's parts: `6.1.2` is `[6, 1, 2]`.
    pub start: Vec<u32>,
    /// A range's last number, as written (`8.20–23` has `[23]`).
    pub end: Option<Vec<u32>>,
}

/// A reference to another framework (`CC6.1`, `PR.AA-01`, `AC-2`, `PCI DSS 8.3.1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherReference {
    /// The framework, when the identifier's shape or a name before it says.
    pub framework: Option<&'static str>,
    /// The identifier as written.
    pub id: String,
}

/// One thing a cell cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cited {
    /// An ISO/IEC 27001 clause or control.
    Iso(IsoReference),
    /// Another framework's requirement.
    Other(OtherReference),
    /// Text that is no reference (`banana`, `see the policy`).
    Unreadable(String),
}

/// Frameworks named by people before their identifiers, and the name Closeout gives them.
/// Longer spellings first, so `nist sp 800-53` wins over `nist`.
const FRAMEWORK_NAMES: &[(&str, &str)] = &[
    ("nist sp 800-53", "NIST SP 800-53"),
    ("sp 800-53", "NIST SP 800-53"),
    ("800-53", "NIST SP 800-53"),
    ("nist csf", "NIST CSF"),
    ("csf", "NIST CSF"),
    ("pci dss", "PCI DSS"),
    ("pci-dss", "PCI DSS"),
    ("pci", "PCI DSS"),
    ("soc 2", "SOC 2"),
    ("soc2", "SOC 2"),
    ("tsc", "SOC 2"),
    ("cis controls", "CIS Controls"),
    ("cis", "CIS Controls"),
    ("hipaa", "HIPAA"),
    ("gdpr", "GDPR"),
    ("dsgvo", "GDPR"),
    ("rgpd", "GDPR"),
    ("nis2", "NIS2"),
    ("nis 2", "NIS2"),
    ("dora", "DORA"),
    ("cobit", "COBIT"),
    ("bsi", "BSI IT-Grundschutz"),
    ("c5", "BSI C5"),
    // Industrial (OT) security, cited beside ISO 27001 by plants: `IEC 62443-3-3 SR 5.1`.
    ("isa/iec 62443", "IEC 62443"),
    ("iec 62443", "IEC 62443"),
    ("isa 62443", "IEC 62443"),
    ("nist", "NIST"),
];

/// ISO standards other than 27001 that registers cite: their clause numbers are not 27001's.
const OTHER_STANDARDS: &[(u64, &str)] = &[
    (9001, "ISO 9001"),
    (14001, "ISO 14001"),
    (45001, "ISO 45001"),
    (22301, "ISO 22301"),
    (20000, "ISO/IEC 20000-1"),
    (27701, "ISO/IEC 27701"),
    (27017, "ISO/IEC 27017"),
    (27018, "ISO/IEC 27018"),
    (42001, "ISO/IEC 42001"),
    (13485, "ISO 13485"),
    (50001, "ISO 50001"),
    (22000, "ISO 22000"),
    (31000, "ISO 31000"),
];

/// Of [`OTHER_STANDARDS`], those with an Annex A of their own (`A.7.2.8` of ISO/IEC 27701):
/// an `A.` number after their name is theirs.
const STANDARDS_WITH_AN_ANNEX_A: &[&str] = &["ISO/IEC 27701", "ISO/IEC 27018", "ISO/IEC 42001"];

/// Cell texts that mean "nothing cited".
const NOTHING: &[&str] = &[
    "n a",
    "na",
    "none",
    "nil",
    "tbd",
    "tbc",
    "not applicable",
    "keine",
    "sans objet",
    "ninguno",
    "nessuno",
    "geen",
    "nenhum",
];

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// Digits and dots; `big` when a part has more than three digits (27001, 2013).
    Number {
        parts: Vec<u64>,
    },
    /// `A.5.15`, `A5.15`.
    Annexed {
        parts: Vec<u64>,
    },
    /// Another framework's identifier, recognised by its shape.
    Shaped {
        framework: Option<&'static str>,
    },
    /// A framework's name.
    Framework(&'static str),
    /// A normalised word.
    Word(String),
    List,
    Line,
    Dash,
    Open,
    Close,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn is_boundary(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    // Chinese and Japanese write no spaces: after one of their letters, a Latin letter or a
    // digit starts a word (`からA.5.3`).
    let latin_after_cjk = before.is_some_and(is_cjk) && !text[at..].starts_with(is_cjk);
    latin_after_cjk || !before.is_some_and(|c| c.is_alphanumeric())
}

/// Whether `c` is written by Chinese, Japanese or Korean text, which joins words without
/// spaces: ideographs, kana and Hangul.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// The longest framework name starting at `at`, if it ends at a word boundary.
fn framework_at(text: &str, at: usize) -> Option<(usize, &'static str)> {
    let rest = &text[at..];
    FRAMEWORK_NAMES.iter().find_map(|(spelling, name)| {
        let head = rest.get(..spelling.len())?;
        let after = rest[spelling.len()..].chars().next();
        (head.eq_ignore_ascii_case(spelling) && !after.is_some_and(|c| c.is_alphanumeric()))
            .then_some((spelling.len(), *name))
    })
}

/// Reads `digits(.digits)*` at `at`; returns the parts and the end.
fn number_at(text: &str, at: usize) -> Option<(Vec<u64>, usize)> {
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let mut i = at;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 6 {
            return None;
        }
        parts.push(text[start..i].parse().ok()?);
        if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            return Some((parts, i));
        }
    }
}

/// Another framework's identifier by its shape, at a word start: `PR.AA-01` (NIST CSF),
/// `CC6.1` (SOC 2), `AC-2(1)` (SP 800-53), or letters and digits such as `HR-3`.
fn shaped_at(text: &str, at: usize) -> Option<(usize, Option<&'static str>)> {
    let text = &text[at..];
    let bytes = text.as_bytes();
    let upper = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_uppercase);
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let digits_from = |mut i: usize| {
        let from = i;
        while digit(i) {
            i += 1;
        }
        (i > from).then_some(i)
    };
    let ends_word = |i: usize| !bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    // PR.AA-01, ID.AM-1
    if upper(0)
        && upper(1)
        && bytes.get(2) == Some(&b'.')
        && upper(3)
        && upper(4)
        && bytes.get(5) == Some(&b'-')
        && let Some(end) = digits_from(6)
        && ends_word(end)
    {
        return Some((at + end, Some("NIST CSF")));
    }
    let mut letters = 0;
    while upper(letters) {
        letters += 1;
    }
    if letters == 0 || letters > 4 {
        return None;
    }
    // AC-2, AC-2(1), SC-7(3)(a): the 20 control families of SP 800-53 rev. 5.
    const FAMILIES: [&str; 20] = [
        "AC", "AT", "AU", "CA", "CM", "CP", "IA", "IR", "MA", "MP", "PE", "PL", "PM", "PS", "PT",
        "RA", "SA", "SC", "SI", "SR",
    ];
    // Their numbers have one or two digits, so `IA-2026-01` is a finding's id, not a control.
    if letters == 2
        && FAMILIES.contains(&&text[..2])
        && bytes.get(2) == Some(&b'-')
        && let Some(mut end) = digits_from(3)
        && end <= 5
        && !(bytes.get(end) == Some(&b'-') && digit(end + 1))
    {
        while bytes.get(end) == Some(&b'(')
            && let Some(close) = digits_from(end + 1)
            && bytes.get(close) == Some(&b')')
        {
            end = close + 1;
        }
        if ends_word(end) {
            return Some((at + end, Some("NIST SP 800-53")));
        }
    }
    // CC6.1, PI1.2, C1.1, P4.2, A1.2 (SOC 2's availability criteria: ISO's Annex A starts at 5)
    if let Some(mut end) = digits_from(letters) {
        let prefix = &text[..letters];
        let first: u64 = text[letters..end].parse().ok()?;
        if prefix == "A" && first >= 5 {
            return None;
        }
        while bytes.get(end) == Some(&b'.')
            && let Some(next) = digits_from(end + 1)
        {
            end = next;
        }
        // `SA1-2026`, an audit's or a finding's id, goes on with a dash and digits.
        if !ends_word(end) || (bytes.get(end) == Some(&b'-') && digit(end + 1)) {
            return None;
        }
        let soc2 = matches!(prefix, "CC" | "PI" | "C" | "P" | "A");
        // A language's letter for clause glued to a dotted number (Dutch `H9.3`, for
        // `hoofdstuk`): read as the word and the number.
        if !soc2 && text[letters..end].contains('.') && glued_clause(&normalise(prefix)) {
            return None;
        }
        return Some((at + end, soc2.then_some("SOC 2")));
    }
    None
}

/// The end of an id of letters glued to digits and going on with a dash and digits at `at`
/// (`SA1-2026`, an audit's id in a label), which names no requirement.
fn dashed_id_at(text: &str, at: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[at..];
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = bytes[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if letters == 0 || digits == 0 || bytes.get(letters + digits) != Some(&b'-') {
        return None;
    }
    let end = bytes
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
        .unwrap_or(bytes.len());
    bytes[letters + digits + 1..end]
        .first()
        .is_some_and(u8::is_ascii_digit)
        .then_some(at + end)
}

/// How many letters are glued to the end of a number at `at` (`5.1x`), if any.
fn glued_letters(text: &str, at: usize) -> Option<usize> {
    let length: usize = text[at..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    (length > 0).then_some(length)
}

/// A number token ending at `end`, or, when letters are glued to it, what they make: a list
/// item dropped (`6.1.3d`, for plain numbers when `list_letter`), or a word that is no
/// reference (`5.1x`). Returns the token and where reading goes on.
fn glued(text: &str, start: usize, end: usize, number: Tok, list_letter: bool) -> (Tok, usize) {
    // Chinese and Japanese text after a number is the next word (`9.2内部审核`, `5.1至5.3`).
    if text[end..].starts_with(is_cjk) {
        return (number, end);
    }
    match glued_letters(text, end) {
        Some(1) if list_letter && text[end..].starts_with(|c: char| ('a'..='h').contains(&c)) => {
            (number, end + 1)
        }
        Some(length) => (
            Tok::Word(text[start..end + length].to_owned()),
            end + length,
        ),
        None => (number, end),
    }
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let width = c.len_utf8();
        let boundary = is_boundary(text, i);
        let push = |out: &mut Vec<Token>, tok, end| out.push(Token { tok, start: i, end });
        if c == '\n' {
            push(&mut out, Tok::Line, i + 1);
        } else if c.is_whitespace() {
        } else if c.is_ascii_digit() {
            match number_at(text, i) {
                Some((parts, end)) => {
                    // `800-53` is a framework's name, not a range.
                    if let Some((length, name)) = framework_at(text, i).filter(|_| boundary) {
                        push(&mut out, Tok::Framework(name), i + length);
                        i += length;
                        continue;
                    }
                    // `9.2항`: a word glued after the number that makes a clause of it, or of
                    // the range it ends (`5.1~5.3항`); an annex word before it (`부속서 A
                    // 8.8항`) says otherwise.
                    if let Some(length) = glued_letters(text, end)
                        && clause_suffix(&normalise(&text[end..end + length]))
                    {
                        // `A.5.1~5.3항`: the range is the annex's already.
                        let annex_range = matches!(
                            out.as_slice(),
                            [
                                ..,
                                Token {
                                    tok: Tok::Annexed { .. },
                                    ..
                                },
                                Token { tok: Tok::Dash, .. }
                            ]
                        );
                        if !annex_marked(&out) && !annex_range {
                            let clause = |start| Token {
                                tok: Tok::Word("clause".into()),
                                start,
                                end: start,
                            };
                            match out.as_slice() {
                                [
                                    ..,
                                    Token {
                                        tok: Tok::Number { .. },
                                        start,
                                        ..
                                    },
                                    Token { tok: Tok::Dash, .. },
                                ] => {
                                    let start = *start;
                                    out.insert(out.len() - 2, clause(start));
                                }
                                _ => out.push(clause(i)),
                            }
                        }
                        push(&mut out, Tok::Number { parts }, end + length);
                        i = end + length;
                        continue;
                    }
                    let (tok, next) = glued(text, i, end, Tok::Number { parts }, true);
                    // A dropped list letter is not part of the number's text.
                    let token_end = if matches!(tok, Tok::Word(_)) {
                        next
                    } else {
                        end
                    };
                    push(&mut out, tok, token_end);
                    i = next;
                    continue;
                }
                None => {
                    // A run of more digits than any number here: unreadable as a word.
                    let end = text[i..]
                        .find(|c: char| !c.is_ascii_digit())
                        .map_or(text.len(), |n| i + n);
                    push(&mut out, Tok::Word(text[i..end].to_owned()), end);
                    i = end;
                    continue;
                }
            }
        } else if c.is_alphabetic() {
            if boundary {
                if let Some((length, name)) = framework_at(text, i) {
                    push(&mut out, Tok::Framework(name), i + length);
                    i += length;
                    continue;
                }
                // `ISO27001:A.5.15`, as issue trackers' labels write it: the standard's
                // name glued to its number.
                if let Some(iso) = text.get(i..i + 3)
                    && iso.eq_ignore_ascii_case("iso")
                    && let Some((parts, _)) = number_at(text, i + 3)
                    && let [number] = parts.as_slice()
                    && (matches!(number, 27001 | 27002)
                        || OTHER_STANDARDS.iter().any(|(n, _)| n == number))
                {
                    push(&mut out, Tok::Word("iso".into()), i + 3);
                    i += 3;
                    continue;
                }
                if let Some((end, framework)) = shaped_at(text, i) {
                    push(&mut out, Tok::Shaped { framework }, end);
                    i = end;
                    continue;
                }
                // `SA1-2026`, `IA3-07`: letters, digits and a dash make another id, one word.
                if let Some(end) = dashed_id_at(text, i) {
                    push(&mut out, Tok::Word(normalise(&text[i..end])), end);
                    i = end;
                    continue;
                }
                // A.5.15, A5.15, a.8.8; and the Cyrillic А and Greek Α that Ukrainian,
                // Russian and Greek text types for it (`А.5.15`, `Α.8.13`).
                if matches!(c, 'A' | 'a' | 'А' | 'а' | 'Α' | 'α') {
                    let after = i + c.len_utf8();
                    let digits = if text[after..].starts_with('.') {
                        after + 1
                    } else {
                        after
                    };
                    if let Some((parts, end)) = number_at(text, digits) {
                        let (tok, next) = glued(text, i, end, Tok::Annexed { parts }, false);
                        push(&mut out, tok, next);
                        i = next;
                        continue;
                    }
                }
                // `H9.3`: letters glued to a dotted number for the word for clause.
                let letters_end = text[i..]
                    .find(|c: char| !c.is_alphabetic())
                    .map_or(text.len(), |n| i + n);
                if let Some((parts, _)) = number_at(text, letters_end)
                    && parts.len() >= 2
                    && glued_clause(&normalise(&text[i..letters_end]))
                {
                    push(&mut out, Tok::Word("clause".into()), letters_end);
                    i = letters_end;
                    continue;
                }
                // Dutch "t/m" (tot en met) is one word.
                if text
                    .get(i..i + 3)
                    .is_some_and(|s| s.eq_ignore_ascii_case("t/m"))
                    && !text[i + 3..].starts_with(|c: char| c.is_alphanumeric())
                {
                    push(&mut out, Tok::Word("t m".into()), i + 3);
                    i += 3;
                    continue;
                }
            }
            // A word ends where the script turns from Chinese or Japanese to another.
            let cjk = is_cjk(c);
            let end = text[i..]
                .find(|c: char| !c.is_alphabetic() || is_cjk(c) != cjk)
                .map_or(text.len(), |n| i + n);
            push(&mut out, Tok::Word(normalise(&text[i..end])), end);
            i = end;
            continue;
        } else {
            let tok = match c {
                '§' => Some(Tok::Word("§".into())),
                // With the ideographic and fullwidth forms Chinese and Japanese text types.
                ',' | ';' | '/' | '&' | '+' | '|' | '·' | '•' | '、' | '，' | '；' | '／' => {
                    Some(Tok::List)
                }
                // A tilde joins a range's ends in Korean, Japanese and Chinese text.
                '-' | '–' | '—' | '−' | '‑' | '~' | '〜' | '～' => Some(Tok::Dash),
                '(' | '[' => Some(Tok::Open),
                ')' | ']' => Some(Tok::Close),
                _ => None,
            };
            if let Some(tok) = tok {
                push(&mut out, tok, i + width);
            }
        }
        i += width;
    }
    out
}

/// What a word is in a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Kind(Kind),
    Iso,
    Range,
    And,
}

/// Latin America (Colombia, Peru, Chile, Argentina, Uruguay), Indonesia, Turkey, Romania,
/// Hungary, Portugal, South Africa, Korea, Ireland, the Baltic and Balkan states: national
/// designations of the standard that are also ordinary words or other standards' ids (`is`,
/// `unit`, `SR 1.1`), so they are the standard's only joined to it (`NTC-ISO/IEC 27001`, `SNI
/// ISO/IEC 27001`), never before a bare number.
fn joined_designation(word: &str) -> bool {
    matches!(
        word,
        "ntc"
            | "ntp"
            | "nch"
            | "iram"
            | "unit"
            | "sni"
            | "ts"
            | "sr"
            | "msz"
            | "np"
            | "sans"
            | "ks"
            | "is"
            | "lst"
            | "evs"
            | "lvs"
            | "bds"
            | "hrn"
            | "sist"
            // Russia's `ГОСТ Р`, Kazakhstan's `СТ РК`, Bulgaria's `БДС`.
            | "бдс"
            | "р"
            | "ст"
            | "рк"
    )
}

/// The role of the longest keyword starting at token `at`, and how many tokens it spans.
fn keyword(tokens: &[Token], at: usize) -> Option<(Role, usize)> {
    let words: Vec<&str> = tokens[at..]
        .iter()
        .take(4)
        .map_while(|t| match &t.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    if words.is_empty() {
        return None;
    }
    // National standards bodies' designations of the standard: `DIN EN ISO/IEC 27001`, `ABNT
    // NBR ISO/IEC 27001`, `PN-EN ISO/IEC 27001`, `ČSN EN ISO/IEC 27001`, `SS-EN`, `DS/EN`.
    let designation = |word: &str| {
        matches!(
            word,
            "iso"
                | "iec"
                | "en"
                | "din"
                | "nf"
                | "une"
                | "uni"
                | "nbr"
                | "abnt"
                | "bs"
                | "pn"
                | "csn"
                | "ss"
                | "ds"
                | "sn"
                | "onorm"
                | "nen"
                | "ns"
                | "sfs"
                | "stn"
                // Cyrillic: `ГОСТ Р ИСО/МЭК 27001`, `ДСТУ ISO/IEC 27001`, `СТБ ISO/IEC 27001`.
                | "исо"
                | "мэк"
                | "гост"
                | "дсту"
                | "стб"
                | "ελοτ"
        ) || joined_designation(word)
    };
    let followed = if words.len() == 1 {
        match tokens.get(at + 1).map(|t| &t.tok) {
            Some(Tok::List | Tok::Number { .. }) => !joined_designation(words[0]),
            // `NTC-ISO/IEC 27001`, `PN-EN ISO/IEC 27001`.
            Some(Tok::Dash) => {
                matches!(tokens.get(at + 2).map(|t| &t.tok), Some(Tok::Word(w)) if designation(w))
            }
            _ => false,
        }
    } else {
        designation(words[1])
    };
    if designation(words[0]) && followed {
        return Some((Role::Iso, 1));
    }
    if matches!(words[0], "iso" | "iec" | "исо" | "мэк") {
        return Some((Role::Iso, 1));
    }
    let roles = roles();
    for length in (1..=words.len()).rev() {
        let phrase = words[..length].join(" ");
        if let Some(role) = roles.get(&phrase) {
            // A kind word joined by a dash to a number is an identifier's prefix (`PCT-101`,
            // `KAP-7`), not a clause or control.
            let dashed = length == 1
                && matches!(tokens.get(at + 1).map(|t| &t.tok), Some(Tok::Dash))
                && matches!(
                    tokens.get(at + 2).map(|t| &t.tok),
                    Some(Tok::Number { parts }) if parts.len() == 1
                )
                && tokens[at + 1].start == tokens[at].end;
            if dashed && matches!(role, Role::Kind(_)) {
                return None;
            }
            return Some((*role, length));
        }
    }
    // Chinese and Japanese run a sentence's words together: one ending in a kind word marks
    // the number after it (`违反条款9.2`, `不符合附属書A`).
    // Only before a dotted number: `控制3个` (three controls) cites nothing.
    let dotted_next = matches!(
        tokens.get(at + 1).map(|t| &t.tok),
        Some(Tok::Number { parts } | Tok::Annexed { parts }) if parts.len() >= 2
    );
    if dotted_next && words[0].chars().any(is_cjk) {
        let ends = words[0].char_indices().map(|(at, _)| at).skip(1);
        for at in ends {
            if let Some(role @ Role::Kind(_)) = roles.get(&words[0][at..]) {
                return Some((*role, 1));
            }
        }
    }
    None
}

/// Whether letters glued to a dotted number make a clause of it: a language's letter for its
/// word for clause (`glued_clause`: Dutch `H9.3`). Only these: glued to a number, the other
/// clause words of every language (`T1.2`, `CL9.2`) are as often a finding's identifier.
fn glued_clause(letters: &str) -> bool {
    lexicon()
        .languages()
        .iter()
        .any(|l| l.references.glued_clause.iter().any(|g| g == letters))
}

/// Whether an annex or control word marks the item being read: a word of that kind since the
/// last separator.
fn annex_marked(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .rev()
        .take_while(|t| !matches!(t.tok, Tok::List | Tok::Line))
        .any(|t| matches!(&t.tok, Tok::Word(w) if roles().get(w) == Some(&Role::Kind(Kind::Annex))))
}

/// Whether a word written after numbers makes clauses of them (`clause_after`: Lithuanian
/// `7.2 ir 7.3 p.`); before a number it marks nothing (`p. 8` is a page).
fn clause_after(word: &str) -> bool {
    lexicon()
        .languages()
        .iter()
        .any(|l| l.references.clause_after.iter().any(|w| w == word))
}

/// Whether letters glued after a number make a clause of it (`clause_suffix`: Korean `9.2항`).
fn clause_suffix(letters: &str) -> bool {
    lexicon()
        .languages()
        .iter()
        .any(|l| l.references.clause_suffix.iter().any(|g| g == letters))
}

/// Every reference word of every language and its role, indexed once: a cell of prose asks
/// for each of its words. Earlier languages, and within one Annex A words before clause words,
/// win a word two claim.
fn roles() -> &'static HashMap<String, Role> {
    static ROLES: OnceLock<HashMap<String, Role>> = OnceLock::new();
    ROLES.get_or_init(|| {
        let mut roles = HashMap::new();
        for language in lexicon().languages() {
            let r = &language.references;
            for (words, role) in [
                (&r.annex, Role::Kind(Kind::Annex)),
                (&r.control, Role::Kind(Kind::Annex)),
                (&r.clause, Role::Kind(Kind::Clause)),
                (&r.range, Role::Range),
                (&r.and, Role::And),
            ] {
                for word in words {
                    roles.entry(word.clone()).or_insert(role);
                }
            }
        }
        roles
    })
}

struct Reader<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    prose: bool,
    out: Vec<Cited>,
    kind: Kind,
    /// Where the kind word that set `kind` starts, when it is right before the next number.
    kind_word_start: Option<usize>,
    edition: Option<Edition>,
    framework: Option<&'static str>,
    /// In prose: a marker was seen and nothing but references and separators since.
    marked: bool,
    /// The output index where the current segment (between separators) starts.
    segment_start: usize,
    /// The text of words in the current segment that are no reference, and whether the
    /// segment has a reference.
    stray: Option<(usize, usize)>,
    segment_has_reference: bool,
    /// After a reference: words that follow are its title.
    after_reference: bool,
    /// The segment before ended in a reference's title, which may go on past a comma
    /// (`Clause 5.3 Organizational roles, responsibilities and authorities`).
    title_continues: bool,
    /// Title words were seen after the current reference.
    titled: bool,
    /// The output index where the current line starts.
    line_start: usize,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str, prose: bool) -> Reader<'t> {
        Reader {
            text,
            tokens: tokens(text),
            prose,
            out: Vec::new(),
            kind: Kind::Unmarked,
            kind_word_start: None,
            edition: None,
            framework: None,
            marked: false,
            segment_start: 0,
            line_start: 0,
            stray: None,
            segment_has_reference: false,
            after_reference: false,
            title_continues: false,
            titled: false,
        }
    }

    fn end_segment(&mut self) {
        if !self.prose
            && !self.segment_has_reference
            && let Some((start, end)) = self.stray.take()
        {
            let text = self.text[start..end].trim().to_owned();
            self.out.push(Cited::Unreadable(text));
        }
        self.stray = None;
        self.segment_has_reference = false;
        self.segment_start = self.out.len();
        self.title_continues = (self.after_reference || self.title_continues) && self.titled;
        self.after_reference = false;
        self.titled = false;
    }

    /// Where an internal document's id starting at `at` ends: a word of two letters or more
    /// that is no keyword, then dashes glued to words and to a final number (`POL-IS-004`,
    /// `IR-8`), and a section after it (`§5.3`).
    fn internal_id_end(&self, at: usize) -> Option<usize> {
        let first = self.tokens.get(at)?;
        let Tok::Word(word) = &first.tok else {
            return None;
        };
        let written = &self.text[first.start..first.end];
        if written.chars().count() < 2
            || !written.chars().all(|c| c.is_ascii_alphabetic())
            || keyword(&self.tokens, at).is_some()
            || word == "a"
        {
            return None;
        }
        let glued = |a: usize| {
            self.tokens
                .get(a + 1)
                .is_some_and(|next| self.tokens[a].end == next.start)
        };
        let mut i = at;
        loop {
            if !glued(i) || !matches!(self.tok(i + 1), Some(Tok::Dash)) || !glued(i + 1) {
                return None;
            }
            match self.tok(i + 2) {
                Some(Tok::Word(_)) => i += 2,
                Some(Tok::Number { .. }) => break,
                _ => return None,
            }
        }
        let mut end = i + 3;
        if matches!(self.tok(end), Some(Tok::Word(w)) if w == "§")
            && matches!(self.tok(end + 1), Some(Tok::Number { .. }))
        {
            end += 2;
        }
        Some(end)
    }

    /// The number after the word at `at` when the word, as written, is one of IEC 62443's
    /// requirement codes and a space parts them (`SR 7.6`, `CR 2.1`); not in prose.
    fn coded_number(&self, at: usize, token: &Token) -> Option<usize> {
        const IEC_62443: [&str; 6] = ["SR", "CR", "FR", "EDR", "HDR", "NDR"];
        let written = &self.text[token.start..token.end];
        let code = !self.prose && IEC_62443.contains(&written);
        let next = self.tokens.get(at + 1)?;
        (code && matches!(next.tok, Tok::Number { .. }) && self.text[token.end..next.start] == *" ")
            .then_some(at + 1)
    }

    fn stray_word(&mut self, token: &Token) {
        if self.after_reference || self.title_continues {
            self.titled = true;
            return;
        }
        self.stray = Some(match self.stray {
            Some((start, _)) => (start, token.end),
            None => (token.start, token.end),
        });
    }

    fn tok(&self, at: usize) -> Option<&Tok> {
        self.tokens.get(at).map(|t| &t.tok)
    }

    /// Skips a list letter after a number (`6.1.3 d)`, `6.1.3(d)`), returning the next index.
    fn skip_list_letter(&self, mut at: usize) -> usize {
        let letter = |t: Option<&Tok>| matches!(t, Some(Tok::Word(w)) if w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_lowercase()));
        loop {
            if letter(self.tok(at)) && self.tok(at + 1) == Some(&Tok::Close) {
                at += 2;
            } else if self.tok(at) == Some(&Tok::Open)
                && letter(self.tok(at + 1))
                && self.tok(at + 2) == Some(&Tok::Close)
            {
                at += 3;
            } else {
                return at;
            }
        }
    }

    /// Whether a range continues at `at` (a dash or range word, then a number); returns the
    /// index of the end number.
    fn range_end_at(&self, at: usize) -> Option<usize> {
        let next = match self.tok(at)? {
            Tok::Dash => at + 1,
            Tok::Word(_) => match keyword(&self.tokens, at) {
                Some((Role::Range, length)) => at + length,
                _ => return None,
            },
            _ => return None,
        };
        match self.tok(next)? {
            Tok::Number { parts } | Tok::Annexed { parts } if parts.iter().all(|p| *p < 1000) => {
                Some(next)
            }
            _ => None,
        }
    }

    fn push_iso(&mut self, at: usize, kind: Kind, parts: &[u64]) -> usize {
        let start_token = &self.tokens[at];
        let mut text_start = start_token.start;
        if kind == self.kind
            && let Some(word_start) = self.kind_word_start
        {
            text_start = word_start;
        }
        let mut end = None;
        let mut text_end = start_token.end;
        let mut next = at + 1;
        if let Some(end_at) = self.range_end_at(next) {
            if let Some(Tok::Number { parts } | Tok::Annexed { parts }) = self.tok(end_at) {
                end = Some(parts.iter().map(|p| *p as u32).collect());
            }
            text_end = self.tokens[end_at].end;
            next = end_at + 1;
        }
        let reference = IsoReference {
            text: self.text[text_start..text_end].trim().to_owned(),
            kind,
            edition: self.edition,
            start: parts.iter().map(|p| *p as u32).collect(),
            end,
        };
        self.out.push(Cited::Iso(reference));
        self.segment_has_reference = true;
        self.after_reference = true;
        self.title_continues = false;
        self.titled = false;
        self.kind_word_start = None;
        self.skip_list_letter(next)
    }

    fn push_other(&mut self, framework: Option<&'static str>, start: usize, end: usize) {
        self.out.push(Cited::Other(OtherReference {
            framework,
            id: self.text[start..end].trim().to_owned(),
        }));
        self.segment_has_reference = true;
        self.after_reference = true;
        self.title_continues = false;
        self.titled = false;
    }

    /// Gives an edition written after references (`A.8.1 (2013)`) to the segment's references
    /// that have none.
    fn set_edition(&mut self, edition: Edition, after_reference: bool) {
        if after_reference {
            for cited in &mut self.out[self.segment_start..] {
                if let Cited::Iso(reference) = cited
                    && reference.edition.is_none()
                {
                    reference.edition = Some(edition);
                }
            }
        } else {
            self.kind = Kind::Unmarked;
        }
        self.edition = Some(edition);
        self.framework = None;
    }

    fn read(mut self) -> Vec<Cited> {
        let mut at = 0;
        while at < self.tokens.len() {
            let token = self.tokens[at].clone();
            // `POL-IS-004 §5.3`, `NOR-TI-11`: an internal document's id (and a section of it),
            // whose numbers are no clauses.
            if let Some(end) = self.internal_id_end(at) {
                at = end;
                continue;
            }
            // `NIST SP 800-53 Rev 5`: a framework's revision, not one of its ids.
            if matches!(&token.tok, Tok::Word(w) if w == "rev" || w == "revision")
                && matches!(self.tok(at + 1), Some(Tok::Number { .. }))
            {
                at += 2;
                continue;
            }
            match &token.tok {
                Tok::Line => {
                    self.end_segment();
                    self.line_start = self.out.len();
                    self.kind = Kind::Unmarked;
                    self.kind_word_start = None;
                    self.framework = None;
                    self.marked = false;
                    at += 1;
                }
                Tok::List => {
                    self.end_segment();
                    at += 1;
                }
                Tok::Dash | Tok::Open | Tok::Close => at += 1,
                Tok::Framework(name) => {
                    self.framework = Some(name);
                    self.kind = Kind::Unmarked;
                    self.marked = true;
                    self.segment_has_reference |= !self.prose;
                    at += 1;
                }
                Tok::Shaped { framework } => {
                    let strong = framework.is_some();
                    if !self.prose || strong {
                        self.push_other(*framework, token.start, token.end);
                    }
                    at += 1;
                }
                // `ISO/IEC 27018 A.10.1`: that standard's own annex, not ISO 27001's.
                Tok::Annexed { .. }
                    if self
                        .framework
                        .is_some_and(|f| STANDARDS_WITH_AN_ANNEX_A.contains(&f)) =>
                {
                    self.push_other(self.framework, token.start, token.end);
                    at += 1;
                }
                Tok::Annexed { parts } => {
                    self.framework = None;
                    self.marked = true;
                    at = self.push_iso(at, Kind::Annex, &parts.clone());
                }
                Tok::Number { parts } => {
                    let parts = parts.clone();
                    if parts.len() == 1 && parts[0] > 999 {
                        at = self.standard_or_edition(at, parts[0]);
                        continue;
                    }
                    if parts.iter().any(|p| *p > 999) {
                        self.stray_word(&token);
                        at += 1;
                        continue;
                    }
                    if let Some(framework) = self.framework {
                        let mut end = token.end;
                        let mut next = at + 1;
                        if let Some(end_at) = self.range_end_at(next) {
                            end = self.tokens[end_at].end;
                            next = end_at + 1;
                        }
                        self.push_other(Some(framework), token.start, end);
                        at = next;
                        continue;
                    }
                    let accepted = !self.prose
                        || (self.marked && (parts.len() >= 2 || self.kind == Kind::Annex));
                    if accepted {
                        at = self.push_iso(at, self.kind, &parts);
                    } else {
                        at += 1;
                    }
                }
                Tok::Word(word) if self.skip_list_letter(at) > at => {
                    at = self.skip_list_letter(at);
                }
                // `7.2 ir 7.3 p.`, `9.2. pont`: a clause word after the numbers it marks, the
                // item's last word (`8.26 Requisitos de seguridad` is a control's title).
                Tok::Word(word) if self.after_reference && !self.titled => {
                    let length = match keyword(&self.tokens, at) {
                        Some((Role::Kind(Kind::Clause), length)) => Some(length),
                        Some(_) => None,
                        None => clause_after(word).then_some(1),
                    };
                    let ends_item = |length: usize| {
                        matches!(
                            self.tok(at + length),
                            None | Some(Tok::List | Tok::Line | Tok::Close)
                        )
                    };
                    match length.filter(|length| ends_item(*length)) {
                        Some(length) => {
                            self.mark_clauses_before();
                            at += length;
                        }
                        None => at = self.word(at, &token, word),
                    }
                }
                Tok::Word(word) => at = self.word(at, &token, word),
            }
        }
        self.end_segment();
        self.out
    }

    /// Past the edition year at `at` and the month national editions write glued after it
    /// (`PN-EN ISO/IEC 27001:2023-08`, `DIN EN ISO/IEC 27001:2017-06`): that month is no
    /// clause.
    fn past_edition_month(&self, at: usize) -> usize {
        let glued = |a: usize, b: usize| self.tokens[a].end == self.tokens[b].start;
        let month = matches!(self.tok(at + 1), Some(Tok::Dash))
            && matches!(self.tok(at + 2), Some(Tok::Number { parts }) if parts.len() == 1 && (1..=12).contains(&parts[0]))
            && glued(at, at + 1)
            && glued(at + 1, at + 2);
        if month { at + 3 } else { at + 1 }
    }

    /// Reads the word at `at` (`token`): a kind of reference, the standard's name, a list's
    /// or a range's word, or a stray word. Gives the token after it.
    fn word(&mut self, mut at: usize, token: &Token, word: &str) -> usize {
        match keyword(&self.tokens, at) {
            // `załącznik A, pkt 8.13`, `Anexo A, numeral 5.15`: a word for clause or
            // item right after Annex A, before its number, numbers the annex's control.
            Some((Role::Kind(Kind::Clause), length))
                if matches!(self.kind, Kind::Annex) && self.kind_word_start.is_some() =>
            {
                at += length;
            }
            Some((Role::Kind(kind), length)) => {
                // Another management-system standard has clauses of its own:
                // `ISO 9001:2015 cl. 7.2` is ISO 9001's.
                let its_own_clause = matches!(kind, Kind::Clause)
                    && self
                        .framework
                        .is_some_and(|f| OTHER_STANDARDS.iter().any(|(_, n)| *n == f));
                if !its_own_clause {
                    self.framework = None;
                }
                self.kind = kind;
                self.kind_word_start = Some(token.start);
                self.marked = true;
                self.after_reference = false;
                at += length;
            }
            Some((Role::Iso, _)) => {
                self.framework = None;
                at += 1;
            }
            Some((Role::And, length)) => {
                self.end_segment();
                at += length;
            }
            Some((Role::Range, length)) => {
                // A range word with no number before it ("a" in Spanish) is a word;
                // a lone `A` before a number is Annex A.
                if word == "a" && matches!(self.tok(at + 1), Some(Tok::Number { .. })) {
                    self.kind = Kind::Annex;
                    self.kind_word_start = Some(token.start);
                    self.marked = true;
                } else if !self.prose {
                    self.stray_word(token);
                }
                at += length;
            }
            None => {
                if word == "a" && matches!(self.tok(at + 1), Some(Tok::Number { .. })) {
                    self.kind = Kind::Annex;
                    self.kind_word_start = Some(token.start);
                    self.marked = true;
                } else if let Some(number) = self.coded_number(at, token) {
                    // `SR 7.6`, `CR 2.1`: IEC 62443's system and component requirements, not
                    // clauses of this standard.
                    let end = self.tokens[number].end;
                    self.push_other(Some("IEC 62443"), token.start, end);
                    return number + 1;
                } else {
                    self.marked = false;
                    self.stray_word(token);
                }
                at += 1;
            }
        }
        at
    }

    /// Marks the references read just before on this line, written with no word for their
    /// kind, as clauses: `7.2 ir 7.3 p.` (the word after them).
    fn mark_clauses_before(&mut self) {
        for cited in self.out[self.line_start..].iter_mut().rev() {
            match cited {
                Cited::Iso(reference) if matches!(reference.kind, Kind::Unmarked) => {
                    reference.kind = Kind::Clause;
                }
                _ => break,
            }
        }
    }

    /// A number of four or more digits: an edition year, 27001 or 27002, or another standard.
    fn standard_or_edition(&mut self, at: usize, number: u64) -> usize {
        let after_reference = self.after_reference;
        match number {
            2013 | 2017 => {
                self.set_edition(Edition::Iso2013, after_reference);
                return self.past_edition_month(at);
            }
            // ГОСТ Р ИСО/МЭК 27001-2021: Russia's text of the 2013 edition; 2021 elsewhere
            // is a year like any other.
            2021 if at >= 2
                && matches!(self.tokens[at - 1].tok, Tok::Dash)
                && matches!(&self.tokens[at - 2].tok, Tok::Number { parts } if parts == &[27001]) =>
            {
                self.set_edition(Edition::Iso2013, after_reference)
            }
            2022..=2024 => {
                self.set_edition(Edition::Iso2022, after_reference);
                return self.past_edition_month(at);
            }
            27001 => {
                self.framework = None;
                self.marked = true;
                // "ISO 27001:2013" sets the edition through the year that follows.
            }
            27002 => {
                self.framework = None;
                self.kind = Kind::Annex;
                self.kind_word_start = None;
                self.marked = true;
            }
            other => match OTHER_STANDARDS.iter().find(|(n, _)| *n == other) {
                Some((_, name)) => {
                    self.framework = Some(name);
                    self.marked = true;
                    self.segment_has_reference |= !self.prose;
                }
                None => {
                    let token = self.tokens[at].clone();
                    self.stray_word(&token);
                }
            },
        }
        at + 1
    }
}

/// Reads a requirements cell: every reference in it, and the text that is none.
pub fn read_cell(text: &str) -> Vec<Cited> {
    let narrowed = crate::text::narrowed(text);
    let text = &*mended(&narrowed);
    let trimmed = normalise(text);
    if trimmed.is_empty() || NOTHING.contains(&trimmed.as_str()) {
        return Vec::new();
    }
    if let Some(bracketed) = titled_first(text) {
        return Reader::new(bracketed, false).read();
    }
    match without_breadcrumbs(text) {
        Some(leaves) => Reader::new(&leaves, false).read(),
        None => Reader::new(text, false).read(),
    }
}

/// A requirements cell with the slips of typing mended: a space before a number's dot (`A.8
/// .13`) and a decimal comma between a clause's two numbers (`9,2`, `Kap. 7,2`, as a locale
/// that writes decimals with a comma types them). A comma counts as a dot only between one or
/// two digits and one or two digits with no more digits, comma or dot on either side (but
/// Annex A's `A.` before, `A.8,8`): `A.5.15,A.5.18` and `7, 8` stay lists.
fn mended(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let run = |from: usize, step: isize| {
        let mut n = 0;
        let mut at = from as isize;
        while at >= 0 && digit(at as usize) {
            n += 1;
            at += step;
        }
        (n, at)
    };
    let mut fixes: Vec<(usize, usize, &str)> = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            // `A-8-8`, `A-5-10`: Annex A's control with dashes for dots.
            b'A' | b'a'
                if (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                    && bytes.get(i + 1) == Some(&b'-') =>
            {
                let (first, after_first) = run(i + 2, 1);
                let after_first = after_first as usize;
                if (1..=2).contains(&first) && bytes.get(after_first) == Some(&b'-') {
                    let (second, end) = run(after_first + 1, 1);
                    let end = end as usize;
                    if (1..=2).contains(&second)
                        && !bytes
                            .get(end)
                            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
                    {
                        fixes.push((i + 1, i + 2, "."));
                        fixes.push((after_first, after_first + 1, "."));
                    }
                }
            }
            // `8 .13`: the space goes.
            b' ' if i > 0 && digit(i - 1) && bytes.get(i + 1) == Some(&b'.') && digit(i + 2) => {
                fixes.push((i, i + 1, ""));
            }
            b',' if i > 0 && digit(i - 1) && digit(i + 1) => {
                let (before, stop) = run(i - 1, -1);
                let (after, end) = run(i + 1, 1);
                let outside = |at: isize| {
                    at < 0
                        || !matches!(
                            bytes.get(at as usize),
                            Some(b'.' | b',') | Some(b'0'..=b'9')
                        )
                };
                // `A.8,8`: Annex A's letter and dot before the first number.
                let annex = stop >= 1
                    && bytes.get(stop as usize) == Some(&b'.')
                    && matches!(bytes.get(stop as usize - 1), Some(b'A' | b'a'))
                    && (stop < 2 || !bytes[stop as usize - 2].is_ascii_alphanumeric());
                if (1..=2).contains(&before)
                    && (1..=2).contains(&after)
                    && (outside(stop) || annex)
                    && outside(end)
                {
                    fixes.push((i, i + 1, "."));
                }
            }
            _ => {}
        }
    }
    if fixes.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (start, end, with) in fixes {
        out.push_str(&text[from..start]);
        out.push_str(with);
        from = end;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// The references in brackets after a requirement's title (`Internal audit (9.2)`, `Legal,
/// statutory, regulatory and contractual requirements (A.5.31)`), when the title holds no
/// number and the brackets hold references only.
pub fn titled_first(text: &str) -> Option<&str> {
    let inner_end = text.trim_end().strip_suffix(')')?;
    let open = inner_end.rfind('(')?;
    let (title, inner) = (&inner_end[..open], &inner_end[open + 1..]);
    if title.trim().is_empty() || title.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let cited = Reader::new(inner, false).read();
    let only_references = !cited.is_empty()
        && cited.iter().all(|c| match c {
            Cited::Iso(_) => true,
            Cited::Other(o) => o.framework.is_some(),
            Cited::Unreadable(_) => false,
        });
    only_references.then_some(inner)
}

/// A tool's paths to a requirement (`ISO 27001:2022 > A.8 Technological controls > A.8.8
/// Management of technical vulnerabilities`, one per line): the last step of each is the
/// requirement, read with the standard the path starts from; the steps between are themes.
/// `None` when the text has no path.
fn without_breadcrumbs(text: &str) -> Option<String> {
    const STEPS: [&str; 4] = [" > ", " › ", " » ", " → "];
    if !STEPS.iter().any(|step| text.contains(step)) {
        return None;
    }
    let leaves: Vec<String> = text
        .lines()
        .map(|line| {
            let last = STEPS
                .iter()
                .filter_map(|step| line.rfind(step).map(|at| at + step.len()))
                .max();
            let first = STEPS
                .iter()
                .filter_map(|step| line.find(step))
                .min()
                .map(|at| &line[..at]);
            match (first, last) {
                // The standard the path starts from says its edition.
                (Some(first), Some(at)) if names_framework(first) => {
                    format!("{first} {}", &line[at..])
                }
                (_, Some(at)) => line[at..].to_owned(),
                _ => line.to_owned(),
            }
        })
        .collect();
    Some(leaves.join("\n"))
}

/// Whether a text starts with a reference, or with a word that introduces one (`A.5.15 Access
/// control`, `Clause 9.2`, `ISO 27001 A.8.8`), rather than with other words (`NC-1: Legal
/// requirements (Clause 4.2)`, `Access control (A.5.15)`).
pub fn leads_with_reference(text: &str) -> bool {
    let tokens = tokens(&crate::text::narrowed(text));
    match tokens.first().map(|t| &t.tok) {
        Some(Tok::Number { parts }) => parts.iter().all(|p| *p < 1000) || parts == &[27001],
        Some(Tok::Annexed { .. } | Tok::Shaped { framework: Some(_) } | Tok::Framework(_)) => true,
        Some(Tok::Word(_)) => matches!(keyword(&tokens, 0), Some((Role::Kind(_) | Role::Iso, _))),
        _ => false,
    }
}

/// Whether a text (a column's header) names a framework or a standard: `SOC 2`, `NIST CSF
/// 2.0`, `ISO 27001:2013`, `PCI DSS`.
pub fn names_framework(text: &str) -> bool {
    tokens(text).iter().any(|t| match &t.tok {
        Tok::Framework(_) => true,
        Tok::Number { parts } => matches!(parts.as_slice(), [27001 | 27002]),
        Tok::Word(w) => w == "iso",
        _ => false,
    })
}

/// The framework other than ISO/IEC 27001 a header names, when it names one and not 27001
/// (`PCI DSS v4.0.1 Req.` -> `PCI DSS`): the bare numbers of its column are that framework's.
pub fn framework_named(text: &str) -> Option<&'static str> {
    let tokens = tokens(text);
    if tokens.iter().any(|t| match &t.tok {
        Tok::Number { parts } => matches!(parts.as_slice(), [27001 | 27002]),
        Tok::Word(w) => w == "annex" || w == "iso",
        _ => false,
    }) {
        return None;
    }
    // `BSI` is as often the certification body (`Clause (BSI)`) as IT-Grundschutz.
    tokens.iter().find_map(|t| match &t.tok {
        Tok::Framework(name) if *name != "BSI IT-Grundschutz" => Some(*name),
        _ => None,
    })
}

/// The other ISO standard a cell names when it names one and not ISO/IEC 27001 (`ISO
/// 9001:2015` -> `ISO 9001`): a register of several standards says per row which one its
/// clause numbers are of.
pub fn other_standard_named(text: &str) -> Option<&'static str> {
    let mut other = None;
    for token in tokens(text) {
        if let Tok::Number { parts } = &token.tok {
            match parts.as_slice() {
                [27001 | 27002] => return None,
                [number] => {
                    if let Some((_, name)) = OTHER_STANDARDS.iter().find(|(n, _)| n == number) {
                        other = other.or(Some(*name));
                    }
                }
                _ => {}
            }
        }
    }
    other
}

/// Finds the references a sentence cites with a marker (`control A.8.15`, `clause 9.2`,
/// `§ 7.2`, `CC6.1`); bare numbers in prose are left alone.
pub fn find_in_prose(text: &str) -> Vec<Cited> {
    Reader::new(&crate::text::narrowed(text), true).read()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact picture of what was read: `C6.1.2` clause, `A5.15` annex, `?9.2` unmarked,
    /// with `@13` for the 2013 edition and `-23` for a range end; `=SOC 2:CC6.1` other;
    /// `!text` unreadable.
    fn read(text: &str) -> Vec<String> {
        picture(read_cell(text))
    }

    fn prose(text: &str) -> Vec<String> {
        picture(find_in_prose(text))
    }

    fn picture(cited: Vec<Cited>) -> Vec<String> {
        cited
            .into_iter()
            .map(|c| match c {
                Cited::Iso(r) => {
                    let kind = match r.kind {
                        Kind::Clause => "C",
                        Kind::Annex => "A",
                        Kind::Unmarked => "?",
                    };
                    let dotted =
                        |p: &[u32]| p.iter().map(u32::to_string).collect::<Vec<_>>().join(".");
                    let edition = match r.edition {
                        Some(Edition::Iso2013) => "@13",
                        Some(Edition::Iso2022) => "@22",
                        None => "",
                    };
                    let end = r
                        .end
                        .map(|e| format!("-{}", dotted(&e)))
                        .unwrap_or_default();
                    format!("{kind}{}{end}{edition}", dotted(&r.start))
                }
                Cited::Other(o) => format!("={}:{}", o.framework.unwrap_or("?"), o.id),
                Cited::Unreadable(t) => format!("!{t}"),
            })
            .collect()
    }

    #[test]
    fn single_references_in_every_spelling() {
        assert_eq!(read("A.5.31"), ["A5.31"]);
        assert_eq!(read("A5.12"), ["A5.12"]);
        assert_eq!(read("a.8.8"), ["A8.8"]);
        assert_eq!(read("Annex A 5.15"), ["A5.15"]);
        assert_eq!(read("ISO A5.12"), ["A5.12"]);
        assert_eq!(read("§ 7.2"), ["C7.2"]);
        assert_eq!(read("Kap. 9.3"), ["C9.3"]);
        assert_eq!(read("Clause 9.2"), ["C9.2"]);
        assert_eq!(read("Cl. 4.2"), ["C4.2"]);
        assert_eq!(read("5.1"), ["?5.1"]);
        assert_eq!(read("Anhang A 5.15"), ["A5.15"]);
        assert_eq!(read("annexe A 8.8"), ["A8.8"]);
        assert_eq!(read("cláusula 6.1.2"), ["C6.1.2"]);
        assert_eq!(
            read("ISO/IEC 27001:2022: Annex A Controls: 5.9"),
            ["A5.9@22"]
        );
        assert_eq!(read("Control A.8.15"), ["A8.15"]);
    }

    #[test]
    fn industrial_security_standards_are_not_iso_27001() {
        let read = read("IEC 62443-3-3 SR 5.1");
        assert!(
            read.iter()
                .all(|r| !r.starts_with('?') && !r.starts_with('C')),
            "{read:?}"
        );
    }

    #[test]
    fn labels_of_an_issue_tracker_cite_what_follows_the_standard() {
        assert_eq!(read("ISO27001:9.2"), ["?9.2"]);
        assert_eq!(read("ISO27001:A.5.15"), ["A5.15"]);
        assert_eq!(read("iso27001:A.8.12"), ["A8.12"]);
        assert_eq!(
            read(
                "ISO27001:A.5.15,ISO27001:A.5.18,audit::SA1-2026,finding::minor-nc,priority::high"
            ),
            [
                "A5.15",
                "A5.18",
                "!audit::SA1-2026",
                "!finding::minor-nc",
                "!priority::high"
            ]
        );
        assert_eq!(
            prose("ISO27001:9.2,audit::SA1-2026,finding::major-nc,priority::medium"),
            ["?9.2"]
        );
    }

    #[test]
    fn a_title_then_its_number_in_brackets() {
        assert_eq!(
            read("Legal, statutory, regulatory and contractual requirements (A.5.31)"),
            ["A5.31"]
        );
        assert_eq!(read("Internal audit (9.2)"), ["?9.2"]);
        // A title that holds a number, or brackets of words, are read as before.
        assert_eq!(titled_first("Access review 2025 (A.5.18)"), None);
        assert_eq!(titled_first("Internal audit (see report)"), None);
    }

    #[test]
    fn a_tools_path_to_a_requirement_cites_its_last_step() {
        assert_eq!(
            read(
                "ISO 27001:2022 > A.8 Technological controls > A.8.8 Management of technical vulnerabilities"
            ),
            ["A8.8@22"]
        );
        assert_eq!(
            read(
                "ISO 27001:2022 > 6 Planning > 6.1.3 Information security risk treatment\nISO 27001:2022 > 8 Operation › 8.3 Information security risk treatment"
            ),
            ["?6.1.3@22", "?8.3@22"]
        );
    }

    #[test]
    fn a_prefix_applies_to_the_whole_list() {
        assert_eq!(
            read("Clause 6.1.2/6.1.3, 8.2/8.3"),
            ["C6.1.2", "C6.1.3", "C8.2", "C8.3"]
        );
        assert_eq!(read("Clause 4.2 / A.5.31"), ["C4.2", "A5.31"]);
        assert_eq!(read("A.5.31, 9.2"), ["A5.31", "?9.2"]);
        assert_eq!(
            read("Annex A 5.15, 5.16 and 5.18"),
            ["A5.15", "A5.16", "A5.18"]
        );
        assert_eq!(read("Kapitel 9.2 und 9.3"), ["C9.2", "C9.3"]);
    }

    #[test]
    fn editions_with_their_prefixes() {
        assert_eq!(
            read("2013: A.6.2.2, A.13.1\n2022: 6.7, 8.20–8.23"),
            ["A6.2.2@13", "A13.1@13", "?6.7@22", "?8.20-8.23@22"]
        );
        assert_eq!(read("ISO 27001:2013 A.12.6.1"), ["A12.6.1@13"]);
        // A title after a reference goes on past a comma; a text after a bare one does not.
        assert_eq!(
            read(
                "ISO 27001:2022 - Clause 5.3 Organizational roles, responsibilities and authorities"
            ),
            ["C5.3@22"]
        );
        assert_eq!(read("A.5.15, see policy"), ["A5.15", "!see policy"]);
        assert_eq!(other_standard_named("ISO 9001:2015"), Some("ISO 9001"));
        assert_eq!(other_standard_named("ISO 22301"), Some("ISO 22301"));
        assert_eq!(
            other_standard_named("ISO/IEC 27001:2022, ISO 9001:2015"),
            None
        );
        assert_eq!(other_standard_named("ISO/IEC 27001:2022"), None);
        // National bodies' designations of the standard are part of its name.
        assert_eq!(read("ABNT NBR ISO/IEC 27001:2022 – 6.1.3"), ["?6.1.3@22"]);
        assert_eq!(read("DIN EN ISO/IEC 27001:2017 A.12.4.1"), ["A12.4.1@13"]);
        assert_eq!(read("ГОСТ Р ИСО/МЭК 27001-2021 п. 7.5"), ["C7.5@13"]);
        assert_eq!(read("ДСТУ ISO/IEC 27001:2023, А.5.15"), ["A5.15@22"]);
        assert_eq!(read("ΕΛΟΤ EN ISO/IEC 27001:2022 Α.8.13"), ["A8.13@22"]);
        assert!(leads_with_reference("ABNT NBR ISO/IEC 27001:2022 – 6.1.3"));
        assert_eq!(read("A.8.1 (2013)"), ["A8.1@13"]);
        assert_eq!(read("NTC-ISO/IEC 27001:2022 numeral 9.2.2"), ["C9.2.2@22"]);
        assert_eq!(
            read("NTC-ISO/IEC 27001:2022 numerales 6.1.2 y 8.2"),
            ["C6.1.2@22", "C8.2@22"]
        );
        assert_eq!(
            read("NTC-ISO/IEC 27001:2022 Anexo A, controles 5.15 y 5.18"),
            ["A5.15@22", "A5.18@22"]
        );
        assert_eq!(
            read("NTC-ISO/IEC 27001:2022 numeral 7.5.3 literal e)"),
            ["C7.5.3@22"]
        );
        assert_eq!(read("SNI ISO/IEC 27001:2022 Lampiran A 8.13"), ["A8.13@22"]);
        assert!(!leads_with_reference("SR 1.1"));
        assert!(!leads_with_reference("T1.2"));
        assert_eq!(read("H9.3"), ["C9.3"]);
        assert_eq!(framework_named("PCI DSS v4.0.1 Req."), Some("PCI DSS"));
        assert_eq!(framework_named("SOC 2 criteria"), Some("SOC 2"));
        assert_eq!(framework_named("ISO/IEC 27001:2022 Annex A"), None);
        assert_eq!(framework_named("Clause"), None);
        assert_eq!(framework_named("Clause (BSI)"), None);
        assert_eq!(read("ISO/IEC 27018 A.10.1"), ["=ISO/IEC 27018:A.10.1"]);
        assert_eq!(read("ISO 9001:2015 8.5.1"), ["=ISO 9001:8.5.1"]);
        assert_eq!(read("\u{410}.5.15, \u{410}.8.2"), ["A5.15", "A8.2"]);
        assert_eq!(read("H7.5.3 en beheersmaatregel 5.23"), ["C7.5.3", "A5.23"]);
        assert!(!leads_with_reference("H-01"));
        // A clause word before a dash and a number is an identifier's prefix.
        assert!(!leads_with_reference("PCT-101"));
        assert!(!leads_with_reference("Pkt-12"));
        assert_eq!(read("pct. 9.2"), ["C9.2"]);
        assert_eq!(read("Annex A-5.15"), ["A5.15"]);
        // 2021 is the 2013 edition only as ГОСТ's year.
        assert_eq!(read("A.8.2 (since 2021)"), ["A8.2"]);
    }

    #[test]
    fn ranges_and_list_letters() {
        assert_eq!(read("8.20–8.23"), ["?8.20-8.23"]);
        assert_eq!(read("A.8.1-3"), ["A8.1-3"]);
        assert_eq!(read("A.5.1 to A.5.3"), ["A5.1-5.3"]);
        assert_eq!(read("5.1 bis 5.3"), ["?5.1-5.3"]);
        assert_eq!(read("8.20 a 8.23"), ["?8.20-8.23"]);
        assert_eq!(read("6.1.3 d)"), ["?6.1.3"]);
        assert_eq!(read("6.1.3d"), ["?6.1.3"]);
        assert_eq!(read("A.5.1x"), ["!A.5.1x"]);
        assert_eq!(read("6.1.3(d), 6.1.2 a) and b)"), ["?6.1.3", "?6.1.2"]);
        assert_eq!(read("A.5.15 - Access control"), ["A5.15"]);
        // Korean: a tilde between a range's ends, a clause word glued after its number.
        assert_eq!(read("A.5.1~A.5.3"), ["A5.1-5.3"]);
        assert_eq!(read("A.5.15、A.8.2，9.2"), ["A5.15", "A8.2", "?9.2"]);
        // Chinese and Japanese glue words to numbers: titles, range words.
        assert_eq!(read("9.2内部审核"), ["?9.2"]);
        assert_eq!(read("A.5.15访问控制"), ["A5.15"]);
        assert_eq!(read("A.5.1至A.5.3"), ["A5.1-5.3"]);
        assert_eq!(read("A.5.1からA.5.3"), ["A5.1-5.3"]);
        assert_eq!(read("附录A 8.13"), ["A8.13"]);
        assert_eq!(prose("本公司违反条款9.2的要求"), ["C9.2"]);
        assert_eq!(prose("审核发现2项不符合"), Vec::<String>::new());
        assert_eq!(prose("抽查访问控制3个账户"), Vec::<String>::new());
        // Fullwidth forms, as Chinese and Japanese input methods type them.
        assert_eq!(read("Ａ．５．１５、９．２"), ["A5.15", "?9.2"]);
        assert!(leads_with_reference("Ａ．８．８"));
        assert_eq!(read("9.2항"), ["C9.2"]);
        assert_eq!(read("9.2항, 9.3항"), ["C9.2", "C9.3"]);
        assert_eq!(read("7.5.3조항 및 A.5.15"), ["C7.5.3", "A5.15"]);
        assert_eq!(read("5.1~5.3항"), ["C5.1-5.3"]);
        assert_eq!(read("부속서 A 8.8항"), ["A8.8"]);
        assert_eq!(read("A.5.1~5.3항"), ["A5.1-5.3"]);
        assert_eq!(
            read("9.2항 내부 심사"),
            ["C9.2"],
            "a title after the clause is skipped"
        );
        assert_eq!(
            read("A.5.15 Access control; A.8.2 Privileged access"),
            ["A5.15", "A8.2"]
        );
    }

    #[test]
    fn other_frameworks_are_kept_apart() {
        assert_eq!(read("A5.17 / CC6.1"), ["A5.17", "=SOC 2:CC6.1"]);
        assert_eq!(read("ISO A5.17 / CC6.1"), ["A5.17", "=SOC 2:CC6.1"]);
        assert_eq!(
            read("PR.AA-01, AC-2(1)"),
            ["=NIST CSF:PR.AA-01", "=NIST SP 800-53:AC-2(1)"]
        );
        assert_eq!(read("PCI DSS 8.3.1; A.8.5"), ["=PCI DSS:8.3.1", "A8.5"]);
        assert_eq!(read("NIST SP 800-53 AC-2"), ["=NIST SP 800-53:AC-2"]);
        // A finding's id that starts like an SP 800-53 family is none of its controls.
        assert!(!read("IA-2026-01").iter().any(|r| r.contains("800-53")));
        assert!(!leads_with_reference("IA-2026-01"));
        assert_eq!(read("ISO 9001 7.5"), ["=ISO 9001:7.5"]);
        assert_eq!(
            read("9001:2015 cl. 7.2 / 27001:2022 cl. 7.3"),
            ["=ISO 9001:7.2", "C7.3@22"]
        );
        assert_eq!(read("ISO 9001:2015 clause 7.1.5"), ["=ISO 9001:7.1.5"]);
        assert_eq!(read("9001:2015 cl. 7.1.5"), ["=ISO 9001:7.1.5"]);
        // A word for clause after the numbers it marks; `p.` only there.
        assert_eq!(read("7.2 ir 7.3 punktai"), ["C7.2", "C7.3"]);
        assert_eq!(read("7.2 ir 7.3 p."), ["C7.2", "C7.3"]);
        assert_eq!(read("9.2. pont"), ["C9.2"]);
        assert_eq!(prose("Policy v3, p. 8"), Vec::<String>::new());
        // Slips of typing: a space before the dot, a decimal comma.
        assert_eq!(read("A.8 .13"), ["A8.13"]);
        assert_eq!(read("A-8-8"), ["A8.8"]);
        assert_eq!(read("A-5-10, A-8-15"), ["A5.10", "A8.15"]);
        assert_eq!(read("Kap. 7,2"), ["C7.2"]);
        assert_eq!(read("9,2"), ["?9.2"]);
        assert_eq!(read("A.5.15,A.5.18"), ["A5.15", "A5.18"]);
        assert_eq!(read("A.8,8"), ["A8.8"]);
        // Another framework's code before a number: its requirement, not a clause.
        assert_eq!(read("A.8.9 / SR 7.6"), ["A8.9", "=IEC 62443:SR 7.6"]);
        assert_eq!(
            read("SR 1.1 / SR 1.3"),
            ["=IEC 62443:SR 1.1", "=IEC 62443:SR 1.3"]
        );
        // Other capitals before a number are no such code.
        assert_eq!(read("NC 9.2"), ["?9.2"]);
        // An internal document's id and its section are no clauses.
        assert_eq!(
            read("A.5.18; POL-IS-004; AC-2"),
            ["A5.18", "=NIST SP 800-53:AC-2"]
        );
        assert_eq!(
            read("A.5.24 / POL-IS-012 / IR-8"),
            ["A5.24", "=NIST SP 800-53:IR-8"]
        );
        assert_eq!(read("A.8.32 | POL-IS-004 §5.3 | 8.1"), ["A8.32", "?8.1"]);
        assert_eq!(
            read("ISO/IEC 27001:2022 A.8.15; NIST SP 800-53 Rev 5 AU-6"),
            ["A8.15@22", "=NIST SP 800-53:AU-6"]
        );
        assert_eq!(read("A.5.15 , A.5,34"), ["A5.15", "A5.34"]);
        assert_eq!(read("7, 8"), ["?7", "?8"]);
        // A control's title that starts with a word for clause is no such word.
        assert_eq!(read("8.26 Requisitos de seguridad"), ["?8.26"]);
        assert_eq!(read("5.15\n9.2 punktas"), ["?5.15", "C9.2"]);
        assert_eq!(
            read("PN-EN ISO/IEC 27001:2023-08, pkt 9.2.2"),
            ["C9.2.2@22"]
        );
        assert_eq!(
            read("DIN EN ISO/IEC 27001:2017-06 A.12.4.1"),
            ["A12.4.1@13"]
        );
        assert_eq!(
            read("PN-EN ISO/IEC 27001:2023-08, załącznik A, pkt 8.13"),
            ["A8.13@22"]
        );
        assert_eq!(read("A1.2"), ["=SOC 2:A1.2"]);
    }

    #[test]
    fn what_a_text_leads_with() {
        assert!(leads_with_reference("A.5.15 Access control"));
        assert!(leads_with_reference("Clause 9.2"));
        assert!(leads_with_reference("ISO 27001 A.8.8"));
        assert!(leads_with_reference("6.1.2"));
        assert!(!leads_with_reference(
            "NC-1: Legal requirements (Clause 4.2)"
        ));
        assert!(!leads_with_reference("Access control (A.5.15)"));
    }

    #[test]
    fn text_that_is_no_reference_is_named() {
        assert_eq!(read("banana"), ["!banana"]);
        assert_eq!(read("Access control policy"), ["!Access control policy"]);
        assert_eq!(read("A.5.15; see the policy"), ["A5.15", "!see the policy"]);
        assert!(read("N/A").is_empty());
        assert!(read("").is_empty());
        assert!(read("ISO 27001").is_empty());
    }

    #[test]
    fn prose_cites_only_what_it_marks() {
        assert_eq!(
            prose("Contrary to control A.8.15, logs are kept 7 days"),
            ["A8.15"]
        );
        assert_eq!(prose("Clause 9.2 requires an audit programme"), ["C9.2"]);
        assert_eq!(prose("See A.5.15 and 5.18 for access"), ["A5.15", "?5.18"]);
        assert!(prose("Version 2.3 of the policy was approved in 2024").is_empty());
        assert!(prose("logs are kept 7 days").is_empty());
        assert_eq!(
            prose("mapped to CC6.1 in the SOC 2 report"),
            ["=SOC 2:CC6.1"]
        );
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    /// Any text reads without a panic: cells come from strangers' spreadsheets.
    #[test]
    fn any_text_reads_without_panic() {
        let alphabet: Vec<char> = "aA.5 1-–/,;()§:\nCcPR.AA-0927001ß€émt\u{301}"
            .chars()
            .collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let length = (seed % 24) as usize;
            let mut state = seed;
            for _ in 0..length {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push(alphabet[(state >> 33) as usize % alphabet.len()]);
            }
            let _ = read_cell(&text);
            let _ = find_in_prose(&text);
        }
    }
}
