//! Reading dates: Excel serials, ISO text, `20 Mar 2026`, slashed dates in either order (the
//! order inferred from the whole file where it can be), dates followed by notes.

use chrono::NaiveDate;
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

fn year(text: &str) -> Option<i32> {
    let y: i32 = text.parse().ok()?;
    match text.len() {
        4 => Some(y),
        2 => Some(2000 + y),
        _ => None,
    }
}

fn parse_token_run(text: &str) -> Option<DateText> {
    let text = text.trim().trim_end_matches([',', '.', ';', ':', '-']);
    if text.is_empty() {
        return None;
    }
    // ISO, possibly with a time.
    if let (Some(day), Some(rest)) = (text.get(..10), text.get(10..))
        && let Ok(date) = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        && (rest.is_empty() || rest.starts_with('T'))
    {
        return Some(DateText::Date(date, false));
    }
    for format in [
        "%Y/%m/%d", "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%d-%b-%Y", "%d-%b-%y", "%b %d %Y",
        "%B %d %Y", "%d %b %y",
    ] {
        if let Ok(date) = NaiveDate::parse_from_str(&text.replace(',', ""), format) {
            return Some(DateText::Date(date, false));
        }
    }
    let parts: Vec<&str> = text.split(['/', '-']).collect();
    if parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let (a, b) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
        if parts[0].len() <= 2 && parts[1].len() <= 2 {
            return Some(DateText::Slashed {
                a,
                b,
                year: year(parts[2])?,
                trailing: false,
            });
        }
    }
    for format in ["%d %b", "%d %B", "%b %d", "%B %d"] {
        let probe = format!("{} 2000", text.replace(',', ""));
        if NaiveDate::parse_from_str(&probe, &format!("{format} %Y")).is_ok() {
            return Some(DateText::NoYear);
        }
    }
    if parts.len() == 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(DateText::NoYear);
    }
    None
}

/// Reads a date from text, ignoring notes after it ("2026-03-20 (extended)").
pub fn read_text(text: &str) -> DateText {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for n in (1..=tokens.len().min(4)).rev() {
        if let Some(found) = parse_token_run(&tokens[..n].join(" ")) {
            let trailing = n < tokens.len();
            return match found {
                DateText::Date(date, _) => DateText::Date(date, trailing),
                DateText::Slashed { a, b, year, .. } => DateText::Slashed {
                    a,
                    b,
                    year,
                    trailing,
                },
                other => other,
            };
        }
    }
    DateText::Invalid
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
        DateOrder::Dmy => NaiveDate::from_ymd_opt(year, b, a),
        DateOrder::Mdy => NaiveDate::from_ymd_opt(year, a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
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
    fn excel_serials() {
        assert_eq!(from_serial(46101.0), Some(date(2026, 3, 20)));
        assert_eq!(from_serial(-3.0), None);
    }
}
