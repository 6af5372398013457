//! Calendar feeds (RFC 5545): every open deadline as an all-day event, so deadlines appear in
//! Outlook or Google Calendar. Each event's UID names the item and its deadline, not the date,
//! so when a deadline moves the calendar moves the event instead of adding a second one; a met
//! deadline drops out of the feed.

use chrono::{DateTime, Days, Utc};

use crate::schedule::{finding_link, shorten};
use crate::store::Item;

/// The feed of `items`, named `name`.
pub fn feed(name: &str, items: &[Item], base_url: &str, now: DateTime<Utc>) -> String {
    let host = base_url
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(base_url)
        .split(['/', ':'])
        .next()
        .filter(|h| !h.is_empty())
        .unwrap_or("closeout");
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Closeout//Deadlines//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", text(name)),
    ];
    for item in items {
        let what = match &item.task_title {
            Some(title) => format!("task {}", shorten(title, 80)),
            None => item.deadline.what().to_owned(),
        };
        let link = finding_link(base_url, &item.finding_id);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@{host}", item.key().replace(':', "-")),
            format!("DTSTAMP:{stamp}"),
            format!(
                "LAST-MODIFIED:{}",
                item.updated_at.and_utc().format("%Y%m%dT%H%M%SZ")
            ),
            format!("DTSTART;VALUE=DATE:{}", item.due_on.format("%Y%m%d")),
            format!(
                "DTEND;VALUE=DATE:{}",
                (item.due_on + Days::new(1)).format("%Y%m%d")
            ),
            format!(
                "SUMMARY:{}",
                text(&format!("{}: {what} due", item.reference))
            ),
            format!(
                "DESCRIPTION:{}",
                text(&format!(
                    "{} ({})\n\n{}\n\n{link}",
                    item.reference,
                    item.audit_name,
                    shorten(&item.statement, 1_000)
                ))
            ),
            format!("URL:{link}"),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Deadline;
    use chrono::NaiveDate;

    #[test]
    fn events_are_escaped_folded_and_identified_by_item() {
        let item = Item {
            finding_id: "0190-f".into(),
            task_id: None,
            task_title: None,
            deadline: Deadline::Plan,
            due_on: NaiveDate::from_ymd_opt(2026, 12, 10).expect("date"),
            reference: "NC-03".into(),
            statement: "Access reviews; not done, since 2025\nsee ü".repeat(5),
            owner_id: None,
            audit_id: "a".into(),
            audit_name: "Stage 2".into(),
            audit_manager_id: None,
            updated_at: NaiveDate::from_ymd_opt(2026, 11, 1)
                .expect("date")
                .and_hms_opt(8, 0, 0)
                .expect("time"),
        };
        let feed = feed(
            "My deadlines",
            &[item],
            "https://closeout.example.com",
            Utc::now(),
        );
        assert!(feed.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(feed.ends_with("END:VCALENDAR\r\n"));
        assert!(feed.contains("UID:0190-f-plan@closeout.example.com\r\n"));
        assert!(feed.contains("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n"));
        assert!(feed.contains("SUMMARY:NC-03: corrective action plan due\r\n"));
        assert!(feed.contains("Access reviews\\; not done\\, since 2025\\nsee"));
        for line in feed.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        assert!(!feed.replace("\r\n", "").contains('\n'));
    }
}
