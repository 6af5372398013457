//! Deciding what to send, as plain functions of the open deadlines, the people, the rules and
//! the time: which reminder, escalation or digest each person is due now (with the key that
//! makes it unique), and which ones fall in the coming days (the preview).
//!
//! A person's "today" starts at the configured local hour in their own time zone, so a
//! reminder dated the 9th goes out at 09:00 on the 9th in Auckland and in Chicago alike.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::message::{Kind, Overrides, Rendered, Values, relative_day, render};
use crate::rules::{self, Rules, Step};
use crate::store::{Deadline, Item, People, Person};

/// The day it is for someone in `time_zone`, where days begin at `hour` local time.
pub fn local_day(now: DateTime<Utc>, time_zone: Tz, hour: u32) -> NaiveDate {
    (now.with_timezone(&time_zone).naive_local() - chrono::Duration::hours(i64::from(hour))).date()
}

/// The moment `day` begins for someone in `time_zone` (its `hour`, local), in UTC. In a
/// daylight-saving gap the hour does not exist; the first moment after it is used.
pub fn day_starts(day: NaiveDate, time_zone: Tz, hour: u32) -> DateTime<Utc> {
    let local = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN));
    match time_zone.from_local_datetime(&local).earliest() {
        Some(at) => at.with_timezone(&Utc),
        None => day_starts_after_gap(local, time_zone),
    }
}

fn day_starts_after_gap(local: NaiveDateTime, time_zone: Tz) -> DateTime<Utc> {
    let later = local + chrono::Duration::hours(1);
    time_zone
        .from_local_datetime(&later)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

/// One message someone is due, before it is rendered.
#[derive(Debug, Clone)]
pub struct Due<'a> {
    /// Unique key: kind, item, deadline date, step, recipient.
    pub key: String,
    /// Which template.
    pub kind: Kind,
    /// The rules' step.
    pub step: Step,
    /// About what.
    pub item: &'a Item,
    /// To whom.
    pub person: &'a Person,
    /// Their today.
    pub today: NaiveDate,
}

/// Every reminder and escalation due now: for each open item and each person responsible,
/// the latest step of the rules whose day has begun for them.
pub fn due_now<'a>(
    rules: &Rules,
    items: &'a [Item],
    people: &'a People,
    now: DateTime<Utc>,
    hour: u32,
) -> Vec<Due<'a>> {
    let mut due = Vec::new();
    for item in items {
        for person in people.responsible(item.owner_id.as_deref(), item.audit_manager_id.as_deref())
        {
            let today = local_day(now, person.time_zone, hour);
            if let Some((step, _)) = rules::latest_owner_step(rules, item.due_on, today) {
                due.push(Due {
                    key: format!(
                        "reminder:{}:{}:{}:{}",
                        item.key(),
                        item.due_on,
                        step.name(),
                        person.id
                    ),
                    kind: if today > item.due_on {
                        Kind::Overdue
                    } else {
                        Kind::Reminder
                    },
                    step,
                    item,
                    person,
                    today,
                });
            }
        }
        for manager in people.managers(item.audit_manager_id.as_deref()) {
            let today = local_day(now, manager.time_zone, hour);
            if let Some((step, _)) = rules::escalation_step(rules, item.due_on, today) {
                due.push(Due {
                    key: format!(
                        "escalation:{}:{}:{}:{}",
                        item.key(),
                        item.due_on,
                        step.name(),
                        manager.id
                    ),
                    kind: Kind::Escalation,
                    step,
                    item,
                    person: manager,
                    today,
                });
            }
        }
    }
    due
}

/// The values a message about `item` is made from.
pub fn item_values(
    item: &Item,
    person: &Person,
    people: &People,
    today: NaiveDate,
    base_url: &str,
) -> Values {
    let mut values = people.values_for(person);
    let what = match &item.task_title {
        Some(title) => format!("task \"{title}\""),
        None => item.deadline.what().to_owned(),
    };
    values.insert("reference", item.reference.clone());
    values.insert("audit", item.audit_name.clone());
    values.insert(
        "item",
        item.task_title.clone().unwrap_or_else(|| what.clone()),
    );
    values.insert("what", what);
    values.insert("due_on", item.due_on.to_string());
    values.insert("when", relative_day((item.due_on - today).num_days()));
    values.insert("statement", shorten(&item.statement, 600));
    values.insert(
        "owner",
        item.owner_id
            .as_deref()
            .and_then(|id| people.get(id))
            .map(|p| format!("{} <{}>", p.greeting, p.email))
            .unwrap_or_else(|| "nobody yet".to_owned()),
    );
    values.insert("link", finding_link(base_url, &item.finding_id));
    values
}

/// Renders a due reminder or escalation.
pub fn render_due(
    due: &Due<'_>,
    people: &People,
    templates: &Overrides,
    base_url: &str,
) -> Rendered {
    let values = item_values(due.item, due.person, people, due.today, base_url);
    render(&templates.template(due.kind), &values)
}

/// A finding's page in the web interface (which asks whoever is not signed in to sign in
/// first, then lands on the page).
pub fn finding_link(base_url: &str, finding_id: &str) -> String {
    format!("{}/findings/{finding_id}", base_url.trim_end_matches('/'))
}

/// At most `max` characters, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A weekly digest someone is due.
#[derive(Debug, Clone)]
pub struct DigestDue<'a> {
    /// Unique key: person and ISO week.
    pub key: String,
    /// To whom.
    pub person: &'a Person,
    /// Their today.
    pub today: NaiveDate,
}

/// The people whose digest day has begun, who did not opt out.
pub fn digests_due<'a>(
    rules: &Rules,
    people: &'a People,
    opted_out: &HashSet<String>,
    now: DateTime<Utc>,
    hour: u32,
) -> Vec<DigestDue<'a>> {
    let Some(weekday) = rules.digest_weekday else {
        return Vec::new();
    };
    let mut due: Vec<DigestDue<'a>> = people
        .all()
        .filter(|p| !opted_out.contains(&p.id))
        .filter_map(|person| {
            let today = local_day(now, person.time_zone, hour);
            (today.weekday() == weekday).then(|| DigestDue {
                key: format!("digest:{}:{}", person.id, rules::iso_week(today)),
                person,
                today,
            })
        })
        .collect();
    due.sort_by(|a, b| a.key.cmp(&b.key));
    due
}

/// Renders someone's digest from all open items; `None` when nothing is theirs.
pub fn render_digest(
    digest: &DigestDue<'_>,
    people: &People,
    items: &[Item],
    templates: &Overrides,
    base_url: &str,
) -> Option<Rendered> {
    let theirs: Vec<&Item> = items
        .iter()
        .filter(|i| i.owner_id.as_deref() == Some(digest.person.id.as_str()))
        .collect();
    if theirs.is_empty() {
        return None;
    }
    let lines: Vec<String> = theirs
        .iter()
        .map(|item| {
            let what = item
                .task_title
                .as_ref()
                .map(|t| format!("task \"{}\"", shorten(t, 80)))
                .unwrap_or_else(|| item.deadline.what().to_owned());
            format!(
                "- {} {}: {} due {} ({}), {}",
                item.reference,
                shorten(&item.audit_name, 60),
                what,
                item.due_on,
                relative_day((item.due_on - digest.today).num_days()),
                finding_link(base_url, &item.finding_id)
            )
        })
        .collect();
    let mut values = people.values_for(digest.person);
    values.insert("count", theirs.len().to_string());
    values.insert("summary", lines.join("\n"));
    values.insert(
        "link",
        // The home page: what needs them, by due date.
        format!("{}/", base_url.trim_end_matches('/')),
    );
    Some(render(&templates.template(Kind::Digest), &values))
}

/// One message the preview says will go out.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Upcoming {
    /// When it goes out (UTC).
    pub at: DateTime<Utc>,
    /// To whom.
    pub recipient: String,
    /// `reminder`, `overdue` or `escalation`.
    pub kind: String,
    /// The rules' step.
    pub step: String,
    /// The finding.
    pub finding_id: String,
    /// Its reference.
    pub reference: String,
    /// The task, for task deadlines.
    pub task_id: Option<String>,
    /// Which deadline.
    pub deadline: String,
    /// The deadline's date.
    pub due_on: NaiveDate,
    /// The subject it will have.
    pub subject: String,
    /// What its template is filled with, for a template editor's preview.
    #[serde(skip)]
    pub values: Values,
}

/// What [`preview`] answers: a page of what will go out, and how much in all.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The page, soonest first.
    pub items: Vec<Upcoming>,
    /// How many messages in all.
    pub total: usize,
}

/// Which part of the preview to answer: the days ahead, and a page of the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Days ahead of now.
    pub days: u32,
    /// Messages to skip.
    pub offset: usize,
    /// Messages to answer at most.
    pub limit: usize,
}

/// Which messages a preview is about: those to one person, of one kind, or all.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wanted<'a> {
    /// Only messages to this user.
    pub person_id: Option<&'a str>,
    /// Only messages of this kind.
    pub kind: Option<Kind>,
}

/// Deadlines alike in what decides their messages (the day they fall due, who owns them, who
/// manages their audit): they get the same messages on the same days, so a preview plans the
/// group once and counts it as many times as it has deadlines.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Group {
    /// The day the deadlines fall due.
    pub due_on: NaiveDate,
    /// Their owner.
    pub owner_id: Option<String>,
    /// Their audit's manager, if one is named.
    pub audit_manager_id: Option<String>,
}

/// One message that will go out, before its subject is rendered.
#[derive(Clone, Copy)]
struct Message<'a> {
    at: DateTime<Utc>,
    person: &'a Person,
    kind: Kind,
    step: Step,
    on: NaiveDate,
}

/// Plans the window's messages for one deadline at a time. Each person's first and last local
/// day of the window, and when each of those days starts for them, are found once: deadlines
/// are many, people and days few.
struct Planner<'a> {
    rules: &'a Rules,
    people: &'a People,
    now: DateTime<Utc>,
    horizon: DateTime<Utc>,
    hour: u32,
    wanted: Wanted<'a>,
    days_of: HashMap<&'a str, (NaiveDate, NaiveDate)>,
    starts: HashMap<(Tz, NaiveDate), DateTime<Utc>>,
}

impl<'a> Planner<'a> {
    fn new(
        rules: &'a Rules,
        people: &'a People,
        now: DateTime<Utc>,
        days: u32,
        hour: u32,
        wanted: Wanted<'a>,
    ) -> Planner<'a> {
        Planner {
            rules,
            people,
            now,
            horizon: now + chrono::Duration::days(i64::from(days)),
            hour,
            wanted,
            days_of: HashMap::new(),
            starts: HashMap::new(),
        }
    }

    /// Calls `each` with every wanted message that a deadline due on `due_on`, owned by
    /// `owner_id` in an audit managed by `audit_manager_id`, gets in the window.
    fn plan(
        &mut self,
        due_on: NaiveDate,
        owner_id: Option<&str>,
        audit_manager_id: Option<&str>,
        mut each: impl FnMut(Message<'a>),
    ) {
        let people = self.people;
        let responsible = people.responsible(owner_id, audit_manager_id);
        let mut recipients: BTreeMap<&str, (&Person, bool)> = BTreeMap::new();
        for person in &responsible {
            recipients.insert(&person.id, (person, false));
        }
        for manager in people.managers(audit_manager_id) {
            recipients
                .entry(&manager.id)
                .and_modify(|(_, manager_too)| *manager_too = true)
                .or_insert((manager, true));
        }
        let owners: HashSet<&str> = responsible.iter().map(|p| p.id.as_str()).collect();
        for (id, (person, is_manager)) in recipients {
            if self.wanted.person_id.is_some_and(|wanted| wanted != id) {
                continue;
            }
            let (now, horizon, hour) = (self.now, self.horizon, self.hour);
            let (today, last) = *self.days_of.entry(id).or_insert_with(|| {
                (
                    local_day(now, person.time_zone, hour),
                    local_day(horizon, person.time_zone, hour),
                )
            });
            for (step, on) in rules::steps_between(self.rules, due_on, today, last) {
                let escalation = matches!(step, Step::Escalation(_));
                if (escalation && !is_manager) || (!escalation && !owners.contains(id)) {
                    continue;
                }
                let kind = match step {
                    Step::Escalation(_) => Kind::Escalation,
                    _ if on > due_on => Kind::Overdue,
                    _ => Kind::Reminder,
                };
                if self.wanted.kind.is_some_and(|wanted| wanted != kind) {
                    continue;
                }
                let at = *self
                    .starts
                    .entry((person.time_zone, on))
                    .or_insert_with(|| day_starts(on, person.time_zone, hour));
                if at <= now || at > horizon {
                    continue;
                }
                each(Message {
                    at,
                    person,
                    kind,
                    step,
                    on,
                });
            }
        }
    }
}

/// One open deadline as [`tally`] sees it: what decides its messages (its group) and what
/// orders it among the messages of one moment to one person. Far lighter than an [`Item`]:
/// the preview sketches every open deadline and reads in full only those its page can show.
#[derive(Debug, Clone)]
pub struct Sketch {
    /// Its due day, owner and audit manager.
    pub group: Group,
    /// The finding's reference.
    pub reference: String,
    /// The finding.
    pub finding_id: String,
    /// Which deadline.
    pub deadline: Deadline,
    /// The task, for task deadlines.
    pub task_id: Option<String>,
}

/// Where a deadline's message stands among the messages of one moment to one person: by the
/// finding's reference, then enough to make the order total.
type Place<'a> = (&'a str, &'a str, &'a str, Option<&'a str>);

fn place<'a>(
    reference: &'a str,
    finding_id: &'a str,
    deadline: Deadline,
    task_id: Option<&'a str>,
) -> Place<'a> {
    (reference, finding_id, deadline.as_str(), task_id)
}

impl Sketch {
    fn place(&self) -> Place<'_> {
        place(
            &self.reference,
            &self.finding_id,
            self.deadline,
            self.task_id.as_deref(),
        )
    }
}

impl Item {
    fn place(&self) -> Place<'_> {
        place(
            &self.reference,
            &self.finding_id,
            self.deadline,
            self.task_id.as_deref(),
        )
    }
}

/// What [`tally`] answers: how many messages the window holds, and which findings' deadlines
/// can have a message on the page asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// How many messages in all.
    pub total: usize,
    /// The findings whose deadlines (and tasks) can have a message on the page: a preview of
    /// their open deadlines answers the same page as a preview of all of them.
    pub finding_ids: BTreeSet<String>,
}

/// Counts the window's messages group by group, and finds which deadlines the page can draw
/// on. Messages go out in the order of the preview: by moment, then recipient, then the
/// deadline's place. Each group is planned once; every deadline of a group whose messages all
/// come before the page's last (moment, recipient) is on a page up to this one, and among those
/// at that last (moment, recipient) only the first few by place can be. So a preview over
/// thousands of deadlines reads and plans about as many as its pages show.
pub fn tally(
    rules: &Rules,
    sketches: &[Sketch],
    people: &People,
    now: DateTime<Utc>,
    window: Window,
    hour: u32,
    wanted: Wanted,
) -> Tally {
    let mut members: HashMap<&Group, Vec<usize>> = HashMap::new();
    for (index, sketch) in sketches.iter().enumerate() {
        members.entry(&sketch.group).or_default().push(index);
    }
    let groups: Vec<(&Group, Vec<usize>)> = members.into_iter().collect();
    let mut planner = Planner::new(rules, people, now, window.days, hour, wanted);
    // Each group's messages: when, to whom, and the group.
    let mut slots: Vec<(DateTime<Utc>, &str, usize)> = Vec::new();
    for (index, (group, _)) in groups.iter().enumerate() {
        planner.plan(
            group.due_on,
            group.owner_id.as_deref(),
            group.audit_manager_id.as_deref(),
            |message| slots.push((message.at, message.person.email.as_str(), index)),
        );
    }
    let size = |slot: &(DateTime<Utc>, &str, usize)| groups[slot.2].1.len();
    let total = slots.iter().map(size).sum();
    slots.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let keep = window.offset.saturating_add(window.limit).max(1);
    let mut needed: Vec<usize> = Vec::new();
    let mut seen = 0;
    for run in slots.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let in_run: usize = run.iter().map(size).sum();
        let mut drawn: Vec<usize> = run
            .iter()
            .flat_map(|slot| groups[slot.2].1.iter().copied())
            .collect();
        if seen + in_run < keep {
            needed.append(&mut drawn);
            seen += in_run;
            continue;
        }
        // The page ends in this run. Each of its deadlines has at least one message in it, so
        // its first `rest` messages are those of its first `rest` deadlines by place.
        let rest = keep - seen;
        drawn.sort_unstable();
        drawn.dedup();
        if drawn.len() > rest {
            drawn.select_nth_unstable_by(rest - 1, |a, b| {
                sketches[*a].place().cmp(&sketches[*b].place())
            });
            drawn.truncate(rest);
        }
        needed.append(&mut drawn);
        break;
    }
    let finding_ids = needed
        .into_iter()
        .map(|index| sketches[index].finding_id.clone())
        .collect();
    Tally { total, finding_ids }
}

/// One message that will go out, with the deadline it is about.
struct Planned<'a> {
    message: Message<'a>,
    item: &'a Item,
}

/// The preview's order: when, to whom, which finding; then enough to make it a total order, so
/// that pages neither repeat nor skip a message.
fn order(a: &Planned, b: &Planned) -> std::cmp::Ordering {
    (a.message.at, &a.message.person.email, a.item.place())
        .cmp(&(b.message.at, &b.message.person.email, b.item.place()))
        // The same deadline can have a reminder and an escalation to one person at one moment.
        .then_with(|| a.message.kind.as_str().cmp(b.message.kind.as_str()))
}

/// What will go out after `now` and within the window's days, soonest first; only the wanted
/// messages. Every message is planned (a few words each) but only the window's page is
/// rendered, so a large organisation's preview stays cheap.
#[allow(clippy::too_many_arguments)]
pub fn preview(
    rules: &Rules,
    templates: &Overrides,
    items: &[Item],
    people: &People,
    now: DateTime<Utc>,
    window: Window,
    hour: u32,
    base_url: &str,
    wanted: Wanted,
) -> Preview {
    let Window {
        days,
        offset,
        limit,
    } = window;
    let mut planner = Planner::new(rules, people, now, days, hour, wanted);
    let mut planned = Vec::new();
    let mut total = 0;
    // Only the first `keep` messages are answered; the rest are only counted. Once that many
    // are held, a message later than all of them can never be among them: it is counted and
    // dropped without being kept or compared further.
    let keep = offset.saturating_add(limit).max(1);
    let mut cutoff: Option<DateTime<Utc>> = None;
    for item in items {
        planner.plan(
            item.due_on,
            item.owner_id.as_deref(),
            item.audit_manager_id.as_deref(),
            |message| {
                total += 1;
                if cutoff.is_some_and(|latest| message.at > latest) {
                    return;
                }
                planned.push(Planned { message, item });
                if planned.len() >= 2 * keep {
                    planned.select_nth_unstable_by(keep - 1, order);
                    planned.truncate(keep);
                    cutoff = planned.iter().map(|p| p.message.at).max();
                }
            },
        );
    }
    // Only the pages up to this one need to be in order: select them, then sort them alone.
    if planned.len() > keep {
        planned.select_nth_unstable_by(keep - 1, order);
        planned.truncate(keep);
    }
    planned.sort_unstable_by(order);
    let items = planned
        .into_iter()
        .skip(offset)
        .map(|Planned { message, item }| {
            let values = item_values(item, message.person, people, message.on, base_url);
            Upcoming {
                at: message.at,
                recipient: message.person.email.clone(),
                kind: message.kind.as_str().to_owned(),
                step: message.step.name(),
                finding_id: item.finding_id.clone(),
                reference: item.reference.clone(),
                task_id: item.task_id.clone(),
                deadline: item.deadline.as_str().to_owned(),
                due_on: item.due_on,
                subject: render(&templates.template(message.kind), &values).subject,
                values,
            }
        })
        .collect();
    Preview { items, total }
}

/// The last day any item could be due and still have a step due today somewhere on earth.
pub fn scan_until(rules: &Rules, now: DateTime<Utc>) -> NaiveDate {
    now.date_naive() + Days::new(1 + u64::from(rules.lead_days()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_begins_at_the_local_hour_in_each_time_zone() {
        let auckland: Tz = "Pacific/Auckland".parse().expect("tz");
        let chicago: Tz = "America/Chicago".parse().expect("tz");
        // 2026-12-08 20:30 UTC is 09:30 on the 9th in Auckland (UTC+13) and 14:30 on the 8th in
        // Chicago (UTC-6).
        let now = Utc
            .with_ymd_and_hms(2026, 12, 8, 20, 30, 0)
            .single()
            .expect("time");
        assert_eq!(local_day(now, auckland, 9).to_string(), "2026-12-09");
        assert_eq!(local_day(now, auckland, 10).to_string(), "2026-12-08");
        assert_eq!(local_day(now, chicago, 9).to_string(), "2026-12-08");
        assert_eq!(local_day(now, Tz::UTC, 0).to_string(), "2026-12-08");
        let day = NaiveDate::from_ymd_opt(2026, 12, 9).expect("date");
        assert_eq!(
            day_starts(day, auckland, 9),
            Utc.with_ymd_and_hms(2026, 12, 8, 20, 0, 0)
                .single()
                .expect("time")
        );
        assert_eq!(
            day_starts(day, chicago, 9),
            Utc.with_ymd_and_hms(2026, 12, 9, 15, 0, 0)
                .single()
                .expect("time")
        );
    }

    #[test]
    fn an_hour_lost_to_daylight_saving_moves_to_the_next_that_exists() {
        // Europe/London skipped 01:00-02:00 on 2026-03-29.
        let london: Tz = "Europe/London".parse().expect("tz");
        let day = NaiveDate::from_ymd_opt(2026, 3, 29).expect("date");
        assert_eq!(
            day_starts(day, london, 1),
            Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0)
                .single()
                .expect("time")
        );
    }
}
