//! The certification cycle: a certificate is valid three years from the certification
//! decision; a surveillance audit falls at least once a calendar year, the first within 12
//! months of the decision; the recertification audit comes before expiry, in the three months
//! before it.

use chrono::{Months, NaiveDate};
use serde::Serialize;

/// One audit of the cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Milestone {
    /// `surveillance-1`, `surveillance-2`, `recertification`.
    pub name: String,
    /// The earliest sensible date (the recertification window opens three months before expiry).
    #[schema(value_type = Option<String>)]
    pub from: Option<NaiveDate>,
    /// The latest date.
    #[schema(value_type = String)]
    pub by: NaiveDate,
}

/// The cycle from a certification decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Cycle {
    /// The certification decision.
    #[schema(value_type = String)]
    pub decision: NaiveDate,
    /// The certificate's expiry.
    #[schema(value_type = String)]
    pub expiry: NaiveDate,
    /// The audits due, in order.
    pub milestones: Vec<Milestone>,
}

fn plus(date: NaiveDate, months: u32) -> NaiveDate {
    // Adding months to 29 February or a 31st clamps to the month's last day.
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

/// The cycle that starts with `decision`.
pub fn cycle(decision: NaiveDate) -> Cycle {
    let expiry = plus(decision, 36);
    let first = plus(decision, 12);
    // At least once a calendar year: the second by the end of the year after the first's.
    let second = NaiveDate::from_ymd_opt(chrono::Datelike::year(&first) + 1, 12, 31)
        .unwrap_or(plus(decision, 24));
    let second = second.min(plus(decision, 24));
    let window = expiry.checked_sub_months(Months::new(3)).unwrap_or(expiry);
    Cycle {
        decision,
        expiry,
        milestones: vec![
            Milestone {
                name: "surveillance-1".into(),
                from: None,
                by: first,
            },
            Milestone {
                name: "surveillance-2".into(),
                from: None,
                by: second,
            },
            Milestone {
                name: "recertification".into(),
                from: Some(window),
                by: expiry.pred_opt().unwrap_or(expiry),
            },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn an_ordinary_cycle() {
        let c = cycle(date(2026, 3, 31));
        assert_eq!(c.expiry, date(2029, 3, 31));
        assert_eq!(c.milestones[0].by, date(2027, 3, 31));
        assert_eq!(c.milestones[1].by, date(2028, 3, 31));
        assert_eq!(c.milestones[2].from, Some(date(2028, 12, 31)));
        assert_eq!(c.milestones[2].by, date(2029, 3, 30));
    }

    #[test]
    fn a_decision_on_a_leap_day() {
        let c = cycle(date(2024, 2, 29));
        assert_eq!(c.milestones[0].by, date(2025, 2, 28));
        assert_eq!(c.milestones[1].by, date(2026, 2, 28));
        assert_eq!(c.expiry, date(2027, 2, 28));
        assert_eq!(c.milestones[2].from, Some(date(2026, 11, 28)));
    }
}
