//! Reminders for one person in one run, grouped: a manager with thirty plans due tomorrow gets
//! one email listing them, not thirty. Up to [`MAX_SEPARATE`] go out one by one, as before.
//!
//! Grouping happens when the sender has claimed its batch, so each reminder keeps its own row
//! (and dedupe key) and its own recorded outcome, and two senders never group the same row.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use closeout_model::notification::Notification;

use crate::message::{Rendered, escape, one_line, relative_day};
use crate::schedule::finding_link;

/// More reminders than this to one person in one run are sent as one email.
pub const MAX_SEPARATE: usize = 3;

/// What the grouped email says of a finding: its reference and its audit's name.
pub type Labels = HashMap<String, (String, String)>;

/// Splits a claimed batch into groups (one person's reminders and escalations, more than
/// [`MAX_SEPARATE`] of them) and the messages that go out alone.
pub fn split(claimed: Vec<Notification>) -> (Vec<Vec<Notification>>, Vec<Notification>) {
    let mut by_person: BTreeMap<String, Vec<Notification>> = BTreeMap::new();
    let mut alone = Vec::new();
    for message in claimed {
        if matches!(message.kind.as_str(), "reminder" | "escalation")
            && message.finding_id.is_some()
        {
            by_person
                .entry(message.recipient_email.clone())
                .or_default()
                .push(message);
        } else {
            alone.push(message);
        }
    }
    let mut groups = Vec::new();
    for (_, messages) in by_person {
        if messages.len() > MAX_SEPARATE {
            groups.push(messages);
        } else {
            alone.extend(messages);
        }
    }
    (groups, alone)
}

fn what_is_due(deadline: Option<&str>) -> &'static str {
    match deadline {
        Some("plan") => "Corrective action plan",
        Some("evidence") => "Evidence of correction",
        Some("closure") => "Closure",
        Some("task") => "Task",
        _ => "Deadline",
    }
}

/// The one email for a group: a table with each finding's reference (linked to its page),
/// audit, what is due and when, in HTML and in plain text.
pub fn render(
    group: &[Notification],
    labels: &Labels,
    base_url: &str,
    today: NaiveDate,
) -> Rendered {
    let mut rows: Vec<&Notification> = group.iter().collect();
    rows.sort_by(|a, b| {
        a.due_on
            .cmp(&b.due_on)
            .then(a.dedupe_key.cmp(&b.dedupe_key))
    });
    let overdue = rows
        .iter()
        .filter(|m| m.due_on.is_some_and(|d| d < today))
        .count();
    let subject = if overdue > 0 {
        format!("{} deadlines need you ({overdue} overdue)", rows.len())
    } else {
        format!("{} deadlines need you", rows.len())
    };
    let mut text = format!("{subject}:\n\n");
    let mut html = format!(
        "<p>{}:</p>\n<table cellpadding=\"4\" style=\"border-collapse:collapse\">\n<thead><tr><th align=\"left\">Reference</th><th align=\"left\">Audit</th><th align=\"left\">What is due</th><th align=\"left\">When</th></tr></thead>\n<tbody>\n",
        escape(&subject)
    );
    for message in rows {
        let finding_id = message.finding_id.as_deref().unwrap_or_default();
        let (reference, audit) = labels
            .get(finding_id)
            .cloned()
            .unwrap_or_else(|| ("a finding".to_owned(), String::new()));
        let (reference, audit) = (one_line(&reference), one_line(&audit));
        let what = what_is_due(message.deadline.as_deref());
        let when = match message.due_on {
            Some(day) => format!("{day} ({})", relative_day((day - today).num_days())),
            None => String::new(),
        };
        let link = finding_link(base_url, finding_id);
        text.push_str(&format!(
            "- {reference} ({audit}): {what}, {when}\n  {link}\n"
        ));
        html.push_str(&format!(
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(&link),
            escape(&reference),
            escape(&audit),
            escape(what),
            escape(&when)
        ));
    }
    html.push_str("</tbody>\n</table>\n");
    text.push_str(
        "\nEach link opens the finding in Closeout (you may be asked to sign in first).\n",
    );
    html.push_str(
        "<p>Each link opens the finding in Closeout (you may be asked to sign in first).</p>\n",
    );
    Rendered {
        subject,
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reminder(email: &str, finding: &str, due: NaiveDate) -> Notification {
        Notification {
            id: format!("n-{finding}"),
            organisation_id: "o".into(),
            dedupe_key: format!("k-{finding}"),
            kind: "reminder".into(),
            step: "reminder".into(),
            recipient_id: Some("u".into()),
            recipient_email: email.into(),
            finding_id: Some(finding.into()),
            task_id: None,
            deadline: Some("plan".into()),
            due_on: Some(due),
            subject: String::new(),
            body_text: String::new(),
            body_html: String::new(),
            status: "sending".into(),
            send_after: chrono::NaiveDateTime::default(),
            attempts: 0,
            lease_until: None,
            last_error: None,
            sent_at: None,
            created_at: chrono::NaiveDateTime::default(),
            updated_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn more_than_three_for_one_person_make_one_group_and_three_stay_alone() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut claimed: Vec<Notification> = (0..5)
            .map(|i| reminder("a@x.test", &format!("f{i}"), day))
            .collect();
        claimed.extend((0..3).map(|i| reminder("b@x.test", &format!("g{i}"), day)));
        let (groups, alone) = split(claimed);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), 5);
        assert_eq!(alone.len(), 3);
        assert!(alone.iter().all(|m| m.recipient_email == "b@x.test"));
    }

    #[test]
    fn the_grouped_email_escapes_what_came_from_spreadsheets() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let group = vec![reminder("a@x.test", "f1", day)];
        let labels: Labels = [(
            "f1".to_owned(),
            ("<b>NC-1</b>".to_owned(), "Audit\r\nBcc: x".to_owned()),
        )]
        .into_iter()
        .collect();
        let rendered = render(&group, &labels, "https://c.example", day);
        assert!(rendered.html.contains("&lt;b&gt;NC-1&lt;/b&gt;"));
        assert!(!rendered.text.contains("\r\nBcc"));
        assert!(rendered.text.contains("https://c.example/findings/f1"));
    }
}
