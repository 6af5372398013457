//! Reminder rules: when, relative to a deadline, its owner hears about it, after how long
//! overdue the audit's manager does, and when the weekly digest goes out. Each organisation
//! may set its own; the defaults suit the source guide's 14-day plan window.
//!
//! Everything here is a plain function of dates: which step of the rules is the latest one
//! due on a given local day, and which steps fall in a window (for the preview).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use closeout_model::FieldError;
use serde::{Deserialize, Serialize};

/// An organisation's reminder rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Days before a deadline that its owner is reminded (default 7, 3 and 1).
    pub before_days: Vec<u32>,
    /// Whether the owner is reminded on the day itself.
    pub on_the_day: bool,
    /// While overdue, the owner is reminded every this many days (0: not at all).
    pub overdue_every_days: u32,
    /// Days overdue after which the audit's manager receives an escalation (null: never).
    pub escalate_after_days: Option<u32>,
    /// The day of the week the digest of everyone's open work goes out (null: no digest).
    #[schema(value_type = Option<String>, example = "Mon")]
    pub digest_weekday: Option<Weekday>,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            before_days: vec![7, 3, 1],
            on_the_day: true,
            overdue_every_days: 3,
            escalate_after_days: Some(2),
            digest_weekday: Some(Weekday::Mon),
        }
    }
}

impl Rules {
    /// Checks rules a client sent; the returned rules have their days sorted, largest first.
    pub fn checked(mut self) -> Result<Rules, Vec<FieldError>> {
        let mut errors = Vec::new();
        self.before_days.sort_unstable_by(|a, b| b.cmp(a));
        self.before_days.dedup();
        if self.before_days.len() > 10 {
            errors.push(FieldError::new("before_days", "at most 10 reminders"));
        }
        if self.before_days.iter().any(|d| *d == 0 || *d > 365) {
            errors.push(FieldError::new(
                "before_days",
                "each must be 1 to 365 days (the day itself is `on_the_day`)",
            ));
        }
        if self.overdue_every_days > 365 {
            errors.push(FieldError::new("overdue_every_days", "at most 365 days"));
        }
        if self.escalate_after_days.is_some_and(|d| d > 365) {
            errors.push(FieldError::new("escalate_after_days", "at most 365 days"));
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }

    /// The furthest ahead of a deadline any reminder goes out, in days.
    pub fn lead_days(&self) -> u32 {
        self.before_days.iter().copied().max().unwrap_or(0)
    }
}

/// One step of the rules for one deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// This many days before.
    Before(u32),
    /// On the day.
    Due,
    /// This many days overdue (a multiple of the repeat interval).
    Overdue(u32),
    /// To the manager, this many days overdue.
    Escalation(u32),
}

impl Step {
    /// The step's name in keys and in the API (`before-7`, `due`, `overdue-3`, `escalation-2`).
    pub fn name(self) -> String {
        match self {
            Step::Before(days) => format!("before-{days}"),
            Step::Due => "due".to_owned(),
            Step::Overdue(days) => format!("overdue-{days}"),
            Step::Escalation(days) => format!("escalation-{days}"),
        }
    }
}

/// The latest of the owner's steps that falls on or before `today`, with its date: only that
/// one is sent, so a service that was down for a week sends one reminder, not five.
pub fn latest_owner_step(
    rules: &Rules,
    due: NaiveDate,
    today: NaiveDate,
) -> Option<(Step, NaiveDate)> {
    if today > due && rules.overdue_every_days > 0 {
        let late = u32::try_from((today - due).num_days()).unwrap_or(u32::MAX);
        let every = rules.overdue_every_days;
        if late >= every {
            let step = late / every * every;
            return Some((Step::Overdue(step), due + Days::new(u64::from(step))));
        }
    }
    if today >= due && rules.on_the_day {
        return Some((Step::Due, due));
    }
    let left = u32::try_from((due - today).num_days()).unwrap_or(0);
    rules
        .before_days
        .iter()
        .copied()
        .filter(|days| *days >= left)
        .min()
        .map(|days| (Step::Before(days), due - Days::new(u64::from(days))))
}

/// The escalation step, once `today` is far enough past `due`.
pub fn escalation_step(
    rules: &Rules,
    due: NaiveDate,
    today: NaiveDate,
) -> Option<(Step, NaiveDate)> {
    let after = rules.escalate_after_days?;
    let on = due + Days::new(u64::from(after));
    (today >= on).then_some((Step::Escalation(after), on))
}

/// Every owner step and the escalation falling after `from` and on or before `to`, in date
/// order, for the preview of what will be sent.
pub fn steps_between(
    rules: &Rules,
    due: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(Step, NaiveDate)> {
    let mut steps: Vec<(Step, NaiveDate)> = rules
        .before_days
        .iter()
        .map(|days| (Step::Before(*days), due - Days::new(u64::from(*days))))
        .collect();
    if rules.on_the_day {
        steps.push((Step::Due, due));
    }
    if rules.overdue_every_days > 0 && to > due {
        // Only the multiples of `every` that fall after `from`: a deadline months overdue must
        // not cost a step for every reminder it has ever had (a preview walks thousands).
        let every = i64::from(rules.overdue_every_days);
        let first = (from - due).num_days().max(0) / every + 1;
        let last = (to - due).num_days() / every;
        steps.extend((first..=last).filter_map(|n| {
            let days = u32::try_from(n * every).ok()?;
            Some((Step::Overdue(days), due + Days::new(u64::from(days))))
        }));
    }
    if let Some(after) = rules.escalate_after_days {
        steps.push((Step::Escalation(after), due + Days::new(u64::from(after))));
    }
    steps.retain(|(_, on)| *on > from && *on <= to);
    steps.sort_by_key(|(step, on)| (*on, *step));
    steps
}

/// The ISO week a digest belongs to, for its key (`2026-W48`).
pub fn iso_week(day: NaiveDate) -> String {
    let week = day.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_overdue_deadline_has_only_the_windows_overdue_steps() {
        let rules = Rules {
            before_days: vec![7, 3, 1],
            on_the_day: true,
            overdue_every_days: 3,
            escalate_after_days: Some(2),
            digest_weekday: None,
        };
        let due = day("2026-03-20");
        for (from, to) in [
            ("2026-11-30", "2026-12-14"),
            ("2026-03-10", "2026-04-10"),
            ("2026-03-19", "2026-03-21"),
            ("2026-03-22", "2026-03-22"),
        ] {
            let (from, to) = (day(from), day(to));
            // Every step there is, walked one by one, then kept to the window.
            let mut every: Vec<(Step, NaiveDate)> = Vec::new();
            for days in [7u32, 3, 1] {
                every.push((Step::Before(days), due - Days::new(u64::from(days))));
            }
            every.push((Step::Due, due));
            for days in (3..=1_000).step_by(3) {
                every.push((Step::Overdue(days), due + Days::new(u64::from(days))));
            }
            every.push((Step::Escalation(2), due + Days::new(2)));
            every.retain(|(_, on)| *on > from && *on <= to);
            every.sort_by_key(|(step, on)| (*on, *step));
            assert_eq!(steps_between(&rules, due, from, to), every, "{from}..{to}");
        }
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn the_latest_due_step_is_chosen_and_earlier_ones_are_skipped() {
        let rules = Rules::default();
        let due = day("2026-12-10");
        assert_eq!(latest_owner_step(&rules, due, day("2026-12-02")), None);
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-03")),
            Some((Step::Before(7), day("2026-12-03")))
        );
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-06")),
            Some((Step::Before(7), day("2026-12-03")))
        );
        // Down from the 3rd to the 9th: only the one-day reminder goes out.
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-09")),
            Some((Step::Before(1), day("2026-12-09")))
        );
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-10")),
            Some((Step::Due, due))
        );
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-12")),
            Some((Step::Due, due))
        );
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-13")),
            Some((Step::Overdue(3), day("2026-12-13")))
        );
        assert_eq!(
            latest_owner_step(&rules, due, day("2026-12-20")),
            Some((Step::Overdue(9), day("2026-12-19")))
        );
    }

    #[test]
    fn rules_without_overdue_reminders_stop_at_the_day() {
        let rules = Rules {
            overdue_every_days: 0,
            on_the_day: false,
            ..Rules::default()
        };
        let due = day("2026-12-10");
        assert_eq!(
            latest_owner_step(&rules, due, day("2027-01-30")),
            Some((Step::Before(1), day("2026-12-09")))
        );
    }

    #[test]
    fn escalation_waits_for_its_days() {
        let rules = Rules::default();
        let due = day("2026-12-10");
        assert_eq!(escalation_step(&rules, due, day("2026-12-11")), None);
        assert_eq!(
            escalation_step(&rules, due, day("2026-12-12")),
            Some((Step::Escalation(2), day("2026-12-12")))
        );
        let never = Rules {
            escalate_after_days: None,
            ..Rules::default()
        };
        assert_eq!(escalation_step(&never, due, day("2027-12-12")), None);
    }

    #[test]
    fn the_preview_lists_every_step_in_the_window() {
        let rules = Rules::default();
        let steps = steps_between(
            &rules,
            day("2026-12-10"),
            day("2026-12-02"),
            day("2026-12-16"),
        );
        let names: Vec<String> = steps
            .iter()
            .map(|(s, d)| format!("{} {d}", s.name()))
            .collect();
        assert_eq!(
            names,
            [
                "before-7 2026-12-03",
                "before-3 2026-12-07",
                "before-1 2026-12-09",
                "due 2026-12-10",
                "escalation-2 2026-12-12",
                "overdue-3 2026-12-13",
                "overdue-6 2026-12-16",
            ]
        );
    }

    #[test]
    fn bad_rules_are_refused_with_the_field() {
        let errors = Rules {
            before_days: vec![0, 3],
            overdue_every_days: 400,
            ..Rules::default()
        }
        .checked()
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["before_days", "overdue_every_days"]);
        let sorted = Rules {
            before_days: vec![1, 7, 3, 7],
            ..Rules::default()
        }
        .checked()
        .expect("valid");
        assert_eq!(sorted.before_days, [7, 3, 1]);
    }

    #[test]
    fn digest_weeks_follow_iso_numbering() {
        assert_eq!(iso_week(day("2026-11-30")), "2026-W49");
        assert_eq!(iso_week(day("2027-01-01")), "2026-W53");
    }
}
