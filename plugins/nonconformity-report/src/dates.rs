//! Reading dates: Excel serials, ISO text, `20 Mar 2026` and its spellings in every language
//! the lexicon has, dotted dates, slashed dates in either order (the order inferred from the
//! whole file, or its language, where it can be), dates followed by notes.

use chrono::{Datelike as _, NaiveDate};
use closeout_plugin_abi::DateOrder;

/// A date cell's text, read as far as it can be without knowing the file's day order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateText {
    /// A date, plus whether text after it was ignored.
    Date(NaiveDate, bool),
    /// `a/b/yyyy`: needs the day order.
    Slashed {
        a: u32,
        b: u32,
        year: i32,
        trailing: bool,
    },
    /// A month without a day (`nov-22`): read as its first day.
    Month(NaiveDate, bool),
    /// A day and month without a year.
    NoYear,
    /// Not a date.
    Invalid,
}

/// Converts an Excel serial day number (1900 system) to a date.
pub fn from_serial(serial: f64) -> Option<NaiveDate> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    // Excel counts from 1899-12-31 and wrongly treats 1900 as a leap year; from 1900-03-01 on,
    // counting from 1899-12-30 gives the right day.
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    base.checked_add_days(chrono::Days::new(serial.floor() as u64))
}

fn year(digits: &str) -> Option<i32> {
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(y),
        2 => Some(2000 + y),
        _ => None,
    }
}

/// A piece of a date's text.
#[derive(Debug, Clone, PartialEq)]
enum Piece<'t> {
    /// Digits, as written (their count matters: `26` and `2026`).
    Number(&'t str),
    /// A month name in any language the lexicon has.
    Month(u32),
    /// Another word (`de`, `of`, `le`), or a time.
    Word,
    /// `/`, `-`, `.`
    Separator(char),
}

fn number<'t>(piece: &Piece<'t>) -> Option<&'t str> {
    match piece {
        Piece::Number(digits) => Some(digits),
        _ => None,
    }
}

/// The year, month and day written after their numbers in Chinese, Japanese (`年 月 日`) and
/// Korean (`년 월 일`) dates.
const DATE_UNITS: [char; 6] = ['年', '月', '日', '년', '월', '일'];

/// Whether `c` belongs to a word: a letter, or a mark written on one (Thai tone marks and
/// vowel signs are marks; `กุมภาพันธ์` is one word). Punctuation and symbols part words.
fn is_letter(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}

/// The first pieces of `text`, each with the byte offset where it ends; month names as
/// `language` means them (see [`closeout_lexicon::Lexicon::month_in`]).
fn pieces<'t>(text: &'t str, language: Option<&str>) -> Vec<(Piece<'t>, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() && out.len() < 12 {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_ascii_digit() {
            let end = text[i..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(text.len(), |n| i + n);
            out.push((Piece::Number(&text[i..end]), end));
            i = end;
        } else if DATE_UNITS.contains(&c) && matches!(out.last(), Some((Piece::Number(_), _))) {
            // `2026年3月20日`, `2026년 3월 20일`: the units part the numbers as `-` would.
            out.push((Piece::Separator('-'), i + c.len_utf8()));
            i += c.len_utf8();
        } else if is_letter(c) {
            let word_end = |from: usize| {
                text[from..]
                    .find(|c: char| !is_letter(c))
                    .map_or(text.len(), |n| from + n)
            };
            let end = word_end(i);
            // A dotted abbreviation (Thai `ต.ค.`, October) is one word when it names a month.
            let mut dotted = end;
            while text[dotted..].starts_with('.')
                && text[dotted + 1..].chars().next().is_some_and(is_letter)
            {
                dotted = word_end(dotted + 1);
            }
            let lexicon = closeout_lexicon::lexicon();
            let (piece, end) = match lexicon.month_in(&text[i..dotted], language) {
                Some(month) if dotted > end => (Piece::Month(month), dotted),
                _ => match lexicon.month_in(&text[i..end], language) {
                    Some(month) => (Piece::Month(month), end),
                    None => (Piece::Word, end),
                },
            };
            out.push((piece, end));
            i = end;
        } else {
            if matches!(c, '/' | '-' | '.') {
                out.push((Piece::Separator(c), i + 1));
            }
            i += c.len_utf8();
        }
    }
    out
}

/// Reads a date from text in any common form: `2026-03-20`, `20.03.2026`, `15.02.26`,
/// `20/03/2026` (order settled later), `20 Mar 2026`, `20. März 2026`, `20 de marzo de
/// 2026`, `March 20, 2026`, `nov-22` (a month). Text after the date is ignored, and said so.
/// Month names that languages spell alike take their first language's meaning; see
/// [`read_text_in`] when the register's language is known.
pub fn read_text(text: &str) -> DateText {
    read_text_in(text, None)
}

/// [`read_text`], with month names read as the language `language` (a code) means them
/// (`15. listopada 2025.` is 15 October in a Croatian register, 15 November in a Polish one).
/// A year counted in the language's other era, if it has one (Thai `2568`), is read in the
/// Common Era.
pub fn read_text_in(text: &str, language: Option<&str>) -> DateText {
    let narrowed = closeout_lexicon::narrowed(text);
    let text = narrowed.trim();
    let era = language.and_then(|code| closeout_lexicon::lexicon().language(code));
    if let Some(counted) = in_common_era_years(text, era.and_then(|l| l.three_digit_era)) {
        return read_text_in(&counted, language);
    }
    let pieces = pieces(text, language);
    let year = |digits: &str| match (era, digits.len()) {
        (Some(language), 2) => digits.parse().ok().map(|y| language.two_digit_year(y)),
        _ => year(digits).map(|y| era.map_or(y, |l| l.common_era(y))),
    };
    let numbers_and_months: Vec<(usize, &Piece<'_>)> = pieces
        .iter()
        .enumerate()
        .filter(|(_, (p, _))| matches!(p, Piece::Number(_) | Piece::Month(_)))
        .map(|(index, (p, _))| (index, p))
        .collect();
    let separator_after = |index: usize| match pieces.get(index + 1) {
        Some((Piece::Separator(c), _)) => Some(*c),
        _ => None,
    };
    let trailing_after = |index: usize| {
        let end = pieces[index].1;
        let rest = text[end..]
            .trim_start_matches(['.', ',', ')', ' '])
            .trim_start_matches(DATE_UNITS);
        // A time after an ISO date is part of it.
        !(rest.is_empty() || rest.starts_with('T') || rest.starts_with("00:"))
    };
    let [(first_at, first), rest @ ..] = numbers_and_months.as_slice() else {
        return DateText::Invalid;
    };
    // Letters glued to the digits after them inside the date (`26-S1-01`, an id) make no
    // date; after it they may (`2026-03-20T10:00`).
    let core_end = numbers_and_months
        .get(2)
        .map_or(pieces.len(), |(at, _)| *at);
    let glued_code = pieces[..core_end].windows(2).any(|pair| match pair {
        [(Piece::Word, word_end), (Piece::Number(digits), number_end)] => {
            *word_end == number_end - digits.len()
        }
        _ => false,
    });
    if glued_code {
        return DateText::Invalid;
    }
    // The date must start the text (a word such as "Due:" is not a date).
    let labelled = matches!(pieces[0].0, Piece::Word) && text[pieces[0].1..].starts_with(':');
    if *first_at > 1 || (*first_at == 1 && !labelled) {
        return DateText::Invalid;
    }
    match (first, rest) {
        // yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd; Hungarian `2026. március 20.`
        (Piece::Number(y), [(_, m), (last, d), ..]) if y.len() == 4 => {
            let m = match m {
                Piece::Month(m) => Ok(*m),
                other => number(other).map_or(Err(()), |m| m.parse().map_err(|_| ())),
            };
            let Some(d) = number(d) else {
                return DateText::Invalid;
            };
            match (year(y), m, d.parse()) {
                (Some(y), Ok(m), Ok(d)) => match calendar_date(y, m, d) {
                    Some(date) => DateText::Date(date, trailing_after(*last)),
                    None => DateText::Invalid,
                },
                _ => DateText::Invalid,
            }
        }
        // d.m.yyyy or d.m.yy: dots are written day first everywhere.
        (Piece::Number(d), [(second_at, Piece::Number(m)), (last, Piece::Number(y)), ..])
            if separator_after(*first_at) == Some('.')
                && separator_after(*second_at) == Some('.') =>
        {
            match (d.parse(), m.parse(), year(y)) {
                (Ok(d), Ok(m), Some(y)) => match calendar_date(y, m, d) {
                    Some(date) => DateText::Date(date, trailing_after(*last)),
                    None => DateText::Invalid,
                },
                _ => DateText::Invalid,
            }
        }
        // a/b/yyyy, a-b-yy: the order is the file's.
        (Piece::Number(a), [(_, Piece::Number(b)), (last, Piece::Number(y)), ..])
            if a.len() <= 2 && b.len() <= 2 =>
        {
            match (a.parse(), b.parse(), year(y)) {
                (Ok(a), Ok(b), Some(year)) => DateText::Slashed {
                    a,
                    b,
                    year,
                    trailing: trailing_after(*last),
                },
                _ => DateText::Invalid,
            }
        }
        // 20 March 2026, 20. März 2026, 20 de marzo de 2026, 20-Mar-26
        (Piece::Number(d), [(_, Piece::Month(m)), (last, Piece::Number(y)), ..])
            if d.len() <= 2 =>
        {
            match (d.parse(), year(y)) {
                (Ok(d), Some(y)) => match NaiveDate::from_ymd_opt(y, *m, d) {
                    Some(date) => DateText::Date(date, trailing_after(*last)),
                    None => DateText::Invalid,
                },
                _ => DateText::Invalid,
            }
        }
        // March 20, 2026
        (Piece::Month(m), [(_, Piece::Number(d)), (last, Piece::Number(y)), ..])
            if d.len() <= 2 && y.len() == 4 =>
        {
            match (d.parse(), year(y)) {
                (Ok(d), Some(y)) => match NaiveDate::from_ymd_opt(y, *m, d) {
                    Some(date) => DateText::Date(date, trailing_after(*last)),
                    None => DateText::Invalid,
                },
                _ => DateText::Invalid,
            }
        }
        // nov-22, November 2026: a month.
        (Piece::Month(m), [(last, Piece::Number(y))])
            if y.len() == 4 || separator_after(*first_at) == Some('-') =>
        {
            match year(y).and_then(|y| NaiveDate::from_ymd_opt(y, *m, 1)) {
                Some(date) => DateText::Month(date, trailing_after(*last)),
                None => DateText::Invalid,
            }
        }
        // 20 Mar, Mar 20, 20/03: no year.
        (Piece::Number(d), [(_, Piece::Month(_))]) if d.len() <= 2 => DateText::NoYear,
        (Piece::Number(d), [(_, Piece::Number(m))])
            if d.len() <= 2 && m.len() <= 2 && separator_after(*first_at) == Some('/') =>
        {
            DateText::NoYear
        }
        (Piece::Month(_), [(_, Piece::Number(d))]) if d.len() <= 2 => DateText::NoYear,
        _ => DateText::Invalid,
    }
}

/// Years written in the Solar Hijri calendar (Iran, Afghanistan: 1404 began on 21 March
/// 2025); a Gregorian year so early is no year of an ISO/IEC 27001 register.
const SOLAR_HIJRI: std::ops::RangeInclusive<i32> = 1300..=1425;
/// Years written in the (lunar) Hijri calendar (Saudi Arabia and the Gulf: 1447 began on 26
/// June 2025); the Solar Hijri calendar reaches them only after 2046.
const LUNAR_HIJRI: std::ops::RangeInclusive<i32> = 1426..=1500;

/// The day `y`-`m`-`d` names, its year told apart by its size: Gregorian, or one of the
/// Hijri calendars' (see [`SOLAR_HIJRI`], [`LUNAR_HIJRI`]).
pub fn calendar_date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if SOLAR_HIJRI.contains(&y) {
        solar_hijri(y, m, d)
    } else if LUNAR_HIJRI.contains(&y) {
        lunar_hijri(y, m, d)
    } else {
        NaiveDate::from_ymd_opt(y, m, d)
    }
}

/// A Solar Hijri date (months of 31 days, then 30, the twelfth 29 or 30), by the 33-year
/// arithmetic rule, which agrees with Iran's astronomical calendar over these years.
fn solar_hijri(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    let longest = if m <= 6 { 31 } else { 30 };
    if !(1..=12).contains(&m) || !(1..=longest).contains(&d) {
        return None;
    }
    let days = |y: i32, m: u32, d: u32| {
        let y = i64::from(y) + 1595;
        let (m, d) = (i64::from(m), i64::from(d));
        365 * y
            + (y / 33) * 8
            + ((y % 33) + 3) / 4
            + d
            + if m < 7 {
                (m - 1) * 31
            } else {
                (m - 7) * 30 + 186
            }
    };
    // Esfand has its 30th day in leap years only.
    if m == 12 && d == 30 && days(y + 1, 1, 1) - days(y, 1, 1) != 366 {
        return None;
    }
    // 1 Farvardin 1404 was 21 March 2025.
    let anchor = NaiveDate::from_ymd_opt(2025, 3, 21)?;
    let offset = days(y, m, d) - days(1404, 1, 1);
    anchor.checked_add_signed(chrono::TimeDelta::try_days(offset)?)
}

/// A Hijri date by the tabular (arithmetic) Islamic calendar; the Umm al-Qura calendar Saudi
/// Arabia publishes may differ from it by a day.
fn lunar_hijri(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    // Odd months have 30 days, even ones 29, and the twelfth 30 in the 11 leap years of 30.
    let longest = if m % 2 == 1 || (m == 12 && (14 + 11 * y) % 30 < 11) {
        30
    } else {
        29
    };
    if !(1..=12).contains(&m) || !(1..=longest).contains(&d) {
        return None;
    }
    let days = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30;
    // Day 1 of the calendar (1 Muharram of year 1) is day 227,014 of chrono's count from
    // 1 January of year 1 (proleptic Gregorian): 15 July 622 in the Julian calendar.
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days + 227_013).ok()?)
}

/// A date whose year is counted in a named era (`令和8年3月20日`, `令和元年5月1日`: the first
/// year is written 元), rewritten with its Common Era year (`2026年3月20日`); so is a bare
/// three-digit year before `/`, `.` or `-` when the register's language counts such years in
/// an era (`three_digit_era`: Taiwan's `114/03/20`). None when the text starts with neither.
fn in_common_era_years(text: &str, three_digit_era: Option<i32>) -> Option<String> {
    if let Some(before_first) = three_digit_era {
        let digits = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        if digits == 3 && text[digits..].starts_with(['/', '.', '-']) {
            let year: i32 = text[..digits].parse().ok()?;
            return Some(format!("{}{}", before_first + year, &text[digits..]));
        }
    }
    let name_end = text
        .find(|c: char| c.is_ascii_digit() || c == '元' || c.is_whitespace())
        .filter(|end| *end > 0)?;
    let before_first = closeout_lexicon::lexicon().era(&text[..name_end])?;
    let rest = text[name_end..].trim_start();
    let (year, rest) = match rest.strip_prefix('元') {
        Some(rest) => (1, rest),
        None => {
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            (rest[..digits].parse::<i32>().ok()?, &rest[digits..])
        }
    };
    Some(format!("{}{rest}", before_first.checked_add(year)?))
}

/// A date cell's date in the Common Era: a spreadsheet stores the year a person typed, and in
/// a language whose registers count years in another era (Thai) a year from 2400 on is that
/// era's (see [`closeout_lexicon::Language::common_era`]).
pub fn in_common_era(date: NaiveDate, language: Option<&str>) -> NaiveDate {
    let Some(language) = language.and_then(|code| closeout_lexicon::lexicon().language(code))
    else {
        return date;
    };
    let year = language.common_era(date.year());
    // 29 February of a year that is no leap year in the other count stays as it was.
    date.with_year(year).unwrap_or(date)
}

/// What slashed dates in a file say about its day order.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrderEvidence {
    day_first: bool,
    month_first: bool,
}

impl OrderEvidence {
    /// Notes one slashed date: a first number over 12 must be a day, a second over 12 too.
    pub fn observe(&mut self, a: u32, b: u32) {
        if a > 12 {
            self.day_first = true;
        }
        if b > 12 {
            self.month_first = true;
        }
    }

    /// The order the file shows, if it shows exactly one.
    pub fn inferred(self) -> Result<Option<DateOrder>, String> {
        match (self.day_first, self.month_first) {
            (true, true) => {
                Err("the file has dates in both dd/mm/yyyy and mm/dd/yyyy order".into())
            }
            (true, false) => Ok(Some(DateOrder::Dmy)),
            (false, true) => Ok(Some(DateOrder::Mdy)),
            (false, false) => Ok(None),
        }
    }
}

/// Builds a slashed date in the given order.
pub fn slashed(a: u32, b: u32, year: i32, order: DateOrder) -> Option<NaiveDate> {
    match order {
        DateOrder::Dmy => calendar_date(year, b, a),
        DateOrder::Mdy => calendar_date(year, a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn dates_with_year_month_and_day_units() {
        for written in ["2026年3月20日", "2026년 3월 20일", "2026 年 03 月 20 日"] {
            assert_eq!(
                read_text(written),
                DateText::Date(date(2026, 3, 20), false),
                "{written}"
            );
        }
        assert_eq!(read_text("2026年3月"), DateText::Invalid);
        // Hungarian writes the year first, then the month's name.
        assert_eq!(
            read_text("2026. március 20."),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("2026. márc. 20."),
            DateText::Date(date(2026, 3, 20), false)
        );
        // A unit that starts a word is the word's: `日期` (date) labels the date.
        assert_eq!(
            read_text("日期: 2026-03-20"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("２０２６年３月２０日"),
            DateText::Date(date(2026, 3, 20), false)
        );
    }

    #[test]
    fn years_counted_in_a_named_era() {
        // Japanese Reiwa (2019 is its first year, written 元) and Heisei; Taiwan's Minguo.
        assert_eq!(
            read_text("令和8年3月20日"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("令和元年5月1日"),
            DateText::Date(date(2019, 5, 1), false)
        );
        assert_eq!(
            read_text("平成30年4月1日"),
            DateText::Date(date(2018, 4, 1), false)
        );
        assert_eq!(
            read_text("民國115年3月20日"),
            DateText::Date(date(2026, 3, 20), false)
        );
        // An era the lexicon does not know, or none: as before.
        assert_eq!(read_text("大化8年3月20日"), DateText::Invalid);
        // A bare three-digit year, in a Chinese register only.
        assert_eq!(
            read_text_in("114/03/20", Some("zh")),
            DateText::Date(date(2025, 3, 20), false)
        );
        assert_eq!(
            read_text_in("114.3.20", Some("zh")),
            DateText::Date(date(2025, 3, 20), false)
        );
        assert_eq!(read_text_in("114/03/20", Some("en")), DateText::Invalid);
        assert_eq!(read_text("令和99999999999年3月20日"), DateText::Invalid);
    }

    #[test]
    fn thai_dates_in_the_buddhist_era_and_thai_month_names() {
        // A tone mark inside a month's name (`กุมภาพันธ์`), a dotted abbreviation (`ต.ค.`).
        assert_eq!(
            read_text_in("1 กุมภาพันธ์ 2568", Some("th")),
            DateText::Date(date(2025, 2, 1), false)
        );
        assert_eq!(
            read_text_in("3 ต.ค. 2568", Some("th")),
            DateText::Date(date(2025, 10, 3), false)
        );
        assert!(matches!(
            read_text_in("15/10/2568", Some("th")),
            DateText::Slashed { year: 2025, .. }
        ));
        // Two digits: the Buddhist Era's when they name a year of this century in it, the
        // Common Era's otherwise; other languages read them in the Common Era.
        assert!(matches!(
            read_text_in("15/10/68", Some("th")),
            DateText::Slashed { year: 2025, .. }
        ));
        assert_eq!(
            read_text_in("15.10.69", Some("th")),
            DateText::Date(date(2026, 10, 15), false)
        );
        assert!(matches!(
            read_text_in("15/10/25", Some("th")),
            DateText::Slashed { year: 2025, .. }
        ));
        assert!(matches!(
            read_text_in("15/10/68", Some("en")),
            DateText::Slashed { year: 2068, .. }
        ));
        // A Common Era year stays, and only a Thai register counts in the Buddhist Era.
        assert_eq!(
            read_text_in("2025-10-20", Some("th")),
            DateText::Date(date(2025, 10, 20), false)
        );
        assert!(matches!(
            read_text_in("15/10/2568", Some("en")),
            DateText::Slashed { year: 2568, .. }
        ));
        assert_eq!(
            in_common_era(date(2568, 10, 15), Some("th")),
            date(2025, 10, 15)
        );
        assert_eq!(in_common_era(date(2568, 10, 15), None), date(2568, 10, 15));
    }

    #[test]
    fn text_dates_in_common_forms() {
        assert_eq!(
            read_text("2026-03-20"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("2026-03-20T00:00:00"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("20 Mar 2026"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("20 March 2026"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("Mar 20, 2026"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("20-Mar-2026"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("2026-03-20 (extended by CB)"),
            DateText::Date(date(2026, 3, 20), true)
        );
        assert_eq!(
            read_text("20/03/2026"),
            DateText::Slashed {
                a: 20,
                b: 3,
                year: 2026,
                trailing: false
            }
        );
        assert_eq!(read_text("20 Mar"), DateText::NoYear);
        assert_eq!(read_text("next week"), DateText::Invalid);
        // A finding's id of the same shape, letters glued to its digits.
        assert_eq!(read_text("26-S1-01"), DateText::Invalid);
        assert_eq!(read_text("20-Q1-26"), DateText::Invalid);
        assert_eq!(
            read_text("15.02.26"),
            DateText::Date(date(2026, 2, 15), false)
        );
        assert_eq!(
            read_text("20. März 2026"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("20 de marzo de 2026"),
            DateText::Date(date(2026, 3, 20), false)
        );
        assert_eq!(
            read_text("1er avril 2026"),
            DateText::Date(date(2026, 4, 1), false)
        );
        assert_eq!(read_text("A.5.15"), DateText::Invalid);
        assert_eq!(read_text("5.1"), DateText::Invalid);
        assert_eq!(
            read_text("nov-22"),
            DateText::Month(date(2022, 11, 1), false)
        );
        assert_eq!(read_text("TT.MM.JJJJ"), DateText::Invalid);
        assert_eq!(
            read_text("Due: 2026-03-20"),
            DateText::Date(date(2026, 3, 20), false)
        );
    }

    #[test]
    fn the_day_order_is_inferred_only_when_the_file_settles_it() {
        let mut evidence = OrderEvidence::default();
        evidence.observe(3, 4);
        assert_eq!(evidence.inferred(), Ok(None));
        evidence.observe(20, 3);
        assert_eq!(evidence.inferred(), Ok(Some(DateOrder::Dmy)));
        evidence.observe(3, 20);
        assert!(evidence.inferred().is_err());
        assert_eq!(slashed(3, 4, 2026, DateOrder::Mdy), Some(date(2026, 3, 4)));
        assert_eq!(slashed(3, 4, 2026, DateOrder::Dmy), Some(date(2026, 4, 3)));
    }

    #[test]
    fn hijri_years_are_read_in_their_calendars() {
        // Persian digits and a Solar Hijri year: 25 Esfand 1404.
        assert_eq!(
            read_text("۱۴۰۴/۱۲/۲۵"),
            DateText::Date(date(2026, 3, 16), false)
        );
        assert_eq!(
            read_text("1405/01/01"),
            DateText::Date(date(2026, 3, 21), false)
        );
        assert_eq!(
            read_text("1403/01/01"),
            DateText::Date(date(2024, 3, 20), false)
        );
        // The lunar Hijri calendar, as Saudi registers write it (هـ after the year).
        assert_eq!(
            read_text("1447/01/01"),
            DateText::Date(date(2025, 6, 26), false)
        );
        assert!(matches!(
            read_text("1447/09/20هـ"),
            DateText::Date(d, _) if d == date(2026, 3, 8)
        ));
        assert_eq!(
            slashed(25, 12, 1404, DateOrder::Dmy),
            Some(date(2026, 3, 16))
        );
        assert_eq!(
            read_text("1404/07/31"),
            DateText::Invalid,
            "the seventh month has 30 days"
        );
        assert_eq!(
            read_text("1404/12/30"),
            DateText::Invalid,
            "1404 is no leap year"
        );
        assert_eq!(
            read_text("1403/12/30"),
            DateText::Date(date(2025, 3, 20), false)
        );
        assert_eq!(
            read_text("1447/02/30"),
            DateText::Invalid,
            "Safar has 29 days"
        );
    }

    #[test]
    fn excel_serials() {
        assert_eq!(from_serial(46101.0), Some(date(2026, 3, 20)));
        assert_eq!(from_serial(-3.0), None);
    }
}
