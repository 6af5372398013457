//! Reminders on the right days at each person's local hour, escalations, moves and
//! cancellations, restarts, and the weekly digest.

use std::collections::BTreeMap;

use chrono::Duration;
use closeout_model::user::Role;
use closeout_testing::{complete_plan, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::json;

use crate::{
    at, notifications, notifier, person, rules_without_digest, set_rules, smtp, spawn_app, tick,
};

#[tokio::test]
async fn each_owner_hears_on_the_rules_days_at_nine_local_and_the_manager_after_two_days_late() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, rules_without_digest()).await;
    person(
        &app,
        "kiri@example.test",
        Role::Contributor,
        "Pacific/Auckland",
    )
    .await;
    person(
        &app,
        "dana@example.test",
        Role::Contributor,
        "America/Chicago",
    )
    .await;
    person(&app, "mia@example.test", Role::Manager, "Europe/Vienna").await;
    // Report date 2026-03-20: with no policy chosen, plans are due 14 days later, on 3 April.
    let audit = app.create_audit("Stage 2").await;
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/audits/{audit}/manager")))
            .bearer_auth(&app.admin_token)
            .json(&json!({"manager": "mia@example.test"}))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    for (reference, owner) in [
        ("NC-01", "kiri@example.test"),
        ("NC-02", "dana@example.test"),
    ] {
        app.create_finding(&audit, json!({"reference": reference, "grade": "minor", "statement": "Access reviews were not performed.", "owner": owner}))
            .await;
    }
    let notifier = notifier(&app, &server.url(), 9);
    let mut seen = 0;
    let mut sent: Vec<(String, String, String)> = Vec::new();
    let mut now = at("2026-03-26T00:00:00Z");
    while now < at("2026-04-08T00:00:00Z") {
        tick(&notifier, now).await;
        let messages = server.messages();
        for message in &messages[seen..] {
            sent.push((
                now.format("%m-%d %H:%M").to_string(),
                message.to.join(","),
                message.header("Subject").expect("subject"),
            ));
        }
        seen = messages.len();
        now += Duration::hours(1);
    }
    let expected: Vec<(&str, &str, &str)> = vec![
        // Auckland is UTC+13 until 5 April, then UTC+12; Chicago UTC-5; Vienna UTC+2 from 29 March.
        (
            "03-26 20:00",
            "kiri@example.test",
            "NC-01: corrective action plan due in 7 days (2026-04-03)",
        ),
        (
            "03-27 14:00",
            "dana@example.test",
            "NC-02: corrective action plan due in 7 days (2026-04-03)",
        ),
        (
            "03-30 20:00",
            "kiri@example.test",
            "NC-01: corrective action plan due in 3 days (2026-04-03)",
        ),
        (
            "03-31 14:00",
            "dana@example.test",
            "NC-02: corrective action plan due in 3 days (2026-04-03)",
        ),
        (
            "04-01 20:00",
            "kiri@example.test",
            "NC-01: corrective action plan due tomorrow (2026-04-03)",
        ),
        (
            "04-02 14:00",
            "dana@example.test",
            "NC-02: corrective action plan due tomorrow (2026-04-03)",
        ),
        (
            "04-02 20:00",
            "kiri@example.test",
            "NC-01: corrective action plan due today (2026-04-03)",
        ),
        (
            "04-03 14:00",
            "dana@example.test",
            "NC-02: corrective action plan due today (2026-04-03)",
        ),
        (
            "04-05 07:00",
            "mia@example.test",
            "Escalation: NC-01 corrective action plan overdue since 2026-04-03",
        ),
        (
            "04-05 07:00",
            "mia@example.test",
            "Escalation: NC-02 corrective action plan overdue since 2026-04-03",
        ),
        (
            "04-05 21:00",
            "kiri@example.test",
            "Overdue: NC-01 corrective action plan was due 2026-04-03",
        ),
        (
            "04-06 14:00",
            "dana@example.test",
            "Overdue: NC-02 corrective action plan was due 2026-04-03",
        ),
    ];
    let mut sent_sorted = sent.clone();
    sent_sorted.sort();
    let expected: Vec<(String, String, String)> = expected
        .into_iter()
        .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
        .collect();
    assert_eq!(sent_sorted, expected);

    // The API shows each as sent, with its step.
    let listed = notifications(&app, "&status=sent").await;
    let steps: BTreeMap<String, usize> = listed.iter().fold(BTreeMap::new(), |mut m, n| {
        *m.entry(n["step"].as_str().expect("step").to_owned())
            .or_default() += 1;
        m
    });
    assert_eq!(
        steps,
        BTreeMap::from([
            ("before-7".to_owned(), 2),
            ("before-3".to_owned(), 2),
            ("before-1".to_owned(), 2),
            ("due".to_owned(), 2),
            ("escalation-2".to_owned(), 2),
            ("overdue-3".to_owned(), 2),
        ])
    );
    // Every message carries the link to its finding and both bodies.
    let first = &server.messages()[0];
    assert!(
        first
            .data
            .contains("https://closeout.example.test/findings/")
    );
    assert!(first.data.contains("text/plain") && first.data.contains("text/html"));
}

#[tokio::test]
async fn a_restart_sends_only_the_latest_missed_reminder_and_nothing_twice() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "owner@example.test", Role::Contributor, "UTC").await;
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"}))
        .await;
    let first = notifier(&app, &server.url(), 9);
    tick(&first, at("2026-03-27T09:30:00Z")).await;
    tick(&first, at("2026-03-27T10:30:00Z")).await;
    assert_eq!(server.messages().len(), 1, "the seven-day reminder, once");
    // Down from the 27th to the 2nd: the three-day reminder's time passes unseen. A new
    // process starts and sends the latest missed step only, once, however often it ticks.
    let restarted = notifier(&app, &server.url(), 9);
    for minutes in [0, 1, 2] {
        tick(
            &restarted,
            at("2026-04-02T11:00:00Z") + Duration::minutes(minutes),
        )
        .await;
    }
    let messages = server.messages();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert_eq!(
        messages[1].header("Subject").expect("subject"),
        "NC-01: corrective action plan due tomorrow (2026-04-03)"
    );
    // And one more restart on the same morning changes nothing.
    tick(
        &notifier(&app, &server.url(), 9),
        at("2026-04-02T12:00:00Z"),
    )
    .await;
    assert_eq!(server.messages().len(), 2);
}

#[tokio::test]
async fn a_moved_deadline_a_new_owner_or_a_submitted_plan_cancels_what_was_pending() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "first@example.test", Role::Contributor, "UTC").await;
    person(&app, "second@example.test", Role::Contributor, "UTC").await;
    let moved = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "first@example.test"}))
        .await;
    let reassigned = app
        .create_finding(&audit, json!({"reference": "NC-02", "grade": "minor", "statement": "s", "owner": "first@example.test"}))
        .await;
    let notifier = notifier(&app, &server.url(), 9);
    // The server says "try later": both reminders stay pending, to be retried.
    server.set(closeout_testing::smtp::Behaviour::TryLater);
    let report = tick(&notifier, at("2026-04-02T10:00:00Z")).await;
    assert_eq!((report.scheduled, report.retried, report.sent), (2, 2, 0));

    // NC-01's plan is given until 20 April; NC-02 goes to someone else.
    let id = moved["id"].as_str().expect("id");
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{id}/deadlines/plan")))
            .bearer_auth(&app.admin_token)
            .json(&json!({"due_on": "2026-04-20", "reason": "extension agreed with the auditor"}))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    let id = reassigned["id"].as_str().expect("id");
    expect_status(
        app.patch(
            &format!("/api/v1/findings/{id}"),
            &app.admin_token,
            &json!({"owner": "second@example.test"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    server.set(closeout_testing::smtp::Behaviour::Accept);
    tick(&notifier, at("2026-04-02T10:05:00Z")).await;
    let cancelled = notifications(&app, "&status=cancelled").await;
    assert_eq!(cancelled.len(), 2, "{cancelled:#?}");
    assert!(
        cancelled
            .iter()
            .all(|n| n["recipient_email"] == "first@example.test")
    );
    assert!(
        cancelled[0]["last_error"]
            .as_str()
            .expect("why")
            .contains("no longer due")
    );
    // The new owner gets NC-02's reminder; NC-01's old date is never mentioned again.
    let reminders: Vec<String> = server
        .messages()
        .iter()
        .filter(|m| m.header("Subject").is_some_and(|s| s.contains("due")))
        .map(|m| {
            format!(
                "{} {}",
                m.to.join(","),
                m.header("Subject").unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        reminders,
        ["second@example.test NC-02: corrective action plan due tomorrow (2026-04-03)"]
    );
    // Seven days before the new date, NC-01's owner hears about the new date.
    tick(&notifier, at("2026-04-13T10:00:00Z")).await;
    let mut about_nc01: Vec<String> = server
        .messages()
        .iter()
        .filter_map(|m| m.header("Subject"))
        .filter(|s| s.contains("NC-01"))
        .collect();
    about_nc01.sort();
    assert_eq!(
        about_nc01,
        [
            "NC-01: corrective action plan due in 7 days (2026-04-20)",
            "NC-01: evidence of correction due in 6 days (2026-04-19)",
        ]
    );
}

#[tokio::test]
async fn a_submitted_plan_stops_plan_reminders_but_not_evidence_or_task_ones() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "owner@example.test", Role::Contributor, "UTC").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"}))
        .await;
    let id = finding["id"].as_str().expect("id");
    let plan = json!({
        "requirement": "A.5.18 requires access rights to be removed at termination.",
        "evidence": "3 of 20 leavers kept access.",
        "nonconformity": "Leavers keep access.",
        "correction": "Accounts disabled.",
        "root_cause_whys": ["No link between HR and IT"],
        "corrective_actions": [{"description": "Automate deprovisioning", "owner": "owner@example.test", "target_date": "2026-05-15"}]
    });
    app.save_plan(id, &plan).await;
    app.take_steps(id, &["submit_plan"]).await;
    person(&app, "helper@example.test", Role::Contributor, "UTC").await;
    expect_status(
        app.post(&format!("/api/v1/findings/{id}/tasks"), &app.admin_token, &json!({"title": "Export the leaver list", "owner": "helper@example.test", "due_on": "2026-04-08"}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    let notifier = notifier(&app, &server.url(), 9);
    // The plan was due on 3 April; the task on 8 April; evidence is due on 19 April.
    tick(&notifier, at("2026-04-02T10:00:00Z")).await;
    tick(&notifier, at("2026-04-07T10:00:00Z")).await;
    tick(&notifier, at("2026-04-12T10:00:00Z")).await;
    let mut sent: Vec<String> = server
        .messages()
        .iter()
        .map(|m| {
            format!(
                "{} | {}",
                m.to.join(","),
                m.header("Subject").unwrap_or_default()
            )
        })
        .collect();
    sent.sort();
    assert_eq!(
        sent,
        [
            "admin@example.test | Escalation: NC-01 task \"Export the leaver list\" overdue since 2026-04-08",
            "helper@example.test | NC-01: task \"Export the leaver list\" due in 6 days (2026-04-08)",
            "helper@example.test | NC-01: task \"Export the leaver list\" due tomorrow (2026-04-08)",
            "helper@example.test | Overdue: NC-01 task \"Export the leaver list\" was due 2026-04-08",
            "owner@example.test | NC-01: evidence of correction due in 7 days (2026-04-19)",
        ]
    );
}

#[tokio::test]
async fn the_weekly_digest_lists_each_persons_open_work_unless_they_opted_out() {
    let app = spawn_app().await;
    let server = smtp();
    let audit = app.create_audit("Stage 2").await;
    let (_, keen) = person(&app, "keen@example.test", Role::Contributor, "UTC").await;
    let (_, busy) = person(&app, "busy@example.test", Role::Contributor, "UTC").await;
    for (reference, owner) in [
        ("NC-01", "keen@example.test"),
        ("NC-02", "busy@example.test"),
    ] {
        app.create_finding(
            &audit,
            json!({"reference": reference, "grade": "minor", "statement": "s", "owner": owner}),
        )
        .await;
    }
    let response = app
        .client
        .put(app.url("/api/v1/me/notification-preferences"))
        .bearer_auth(&busy)
        .json(&json!({"weekly_digest": false}))
        .send()
        .await
        .expect("request");
    let preferences = expect_status(response, StatusCode::OK).await;
    assert_eq!(preferences["weekly_digest"], false);
    let mine = expect_status(
        app.get("/api/v1/me/notification-preferences", &keen).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(mine["weekly_digest"], true);
    // Opting out of reminders is not on offer.
    let refused = app
        .client
        .put(app.url("/api/v1/me/notification-preferences"))
        .bearer_auth(&busy)
        .json(&json!({"reminders": false}))
        .send()
        .await
        .expect("request");
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);

    // Monday 11 May 2026, 09:00: far from any reminder step (evidence was due 19 April, so
    // only overdue-steps would be due; turn those off to see the digest alone).
    set_rules(&app, json!({"before_days": [], "on_the_day": false, "overdue_every_days": 0, "escalate_after_days": null, "digest_weekday": "Mon"})).await;
    let notifier = notifier(&app, &server.url(), 9);
    tick(&notifier, at("2026-05-10T09:00:00Z")).await; // Sunday
    assert!(server.messages().is_empty());
    tick(&notifier, at("2026-05-11T09:00:00Z")).await;
    tick(&notifier, at("2026-05-11T15:00:00Z")).await;
    let messages = server.messages();
    assert_eq!(messages.len(), 1, "{messages:#?}");
    assert_eq!(messages[0].to, ["keen@example.test"]);
    assert_eq!(
        messages[0].header("Subject").expect("subject"),
        "Your open work in Closeout: 3 item(s)"
    );
    assert!(messages[0].data.contains("NC-01"));
    assert!(!messages[0].data.contains("NC-02"));
    // Its link opens the home page (what needs them), not the API.
    assert!(!messages[0].data.contains("/api/"), "{}", messages[0].data);
}

#[tokio::test]
async fn the_preview_shows_what_goes_out_when_in_utc_with_the_organisations_template() {
    let app = spawn_app().await;
    person(
        &app,
        "kiri@example.test",
        Role::Contributor,
        "Pacific/Auckland",
    )
    .await;
    let audit = app.create_audit("Far future").await;
    // Deadlines relative to today, so the preview (which starts now) has something to show;
    // due in 6 days, so even in Auckland (up to a day ahead) no step has passed yet.
    let today = chrono::Utc::now().date_naive();
    let report_date = today - chrono::Days::new(8);
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": report_date.to_string()}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    app.create_finding(&audit, json!({"reference": "NC-07", "grade": "minor", "statement": "s", "owner": "kiri@example.test"}))
        .await;
    let bad = app
        .client
        .put(app.url("/api/v1/notification-settings"))
        .bearer_auth(&app.admin_token)
        .json(&json!({"rules": {"before_days": [0], "on_the_day": true, "overdue_every_days": 3, "escalate_after_days": 2, "digest_weekday": null},
                      "templates": {"reminder": {"subject": "{{refrence}} soon"}}}))
        .send()
        .await
        .expect("request");
    let problem = expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(fields, ["rules.before_days", "templates.reminder.subject"]);
    let good = app
        .client
        .put(app.url("/api/v1/notification-settings"))
        .bearer_auth(&app.admin_token)
        .json(&json!({"rules": {"before_days": [3, 1], "on_the_day": true, "overdue_every_days": 0, "escalate_after_days": null, "digest_weekday": null},
                      "templates": {"reminder": {"subject": "[ISMS] {{reference}} {{what}} due {{due_on}}"}}}))
        .send()
        .await
        .expect("request");
    expect_status(good, StatusCode::OK).await;

    let preview = expect_status(
        app.get("/api/v1/notifications/preview?days=10", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(preview["total"], 3, "{preview}");
    let preview = preview["items"].as_array().expect("a list");
    let due = report_date + chrono::Days::new(14);
    let steps: Vec<(&str, &str)> = preview
        .iter()
        .map(|u| {
            (
                u["step"].as_str().unwrap_or_default(),
                u["recipient"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("before-3", "kiri@example.test"),
            ("before-1", "kiri@example.test"),
            ("due", "kiri@example.test")
        ]
    );
    assert_eq!(
        preview[0]["subject"],
        format!("[ISMS] NC-07 corrective action plan due {due}")
    );
    // 09:00 in Auckland is 20:00 or 21:00 UTC the day before.
    let first: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(preview[0]["at"].clone()).expect("a time");
    let local = first.with_timezone(&chrono_tz::Pacific::Auckland);
    assert_eq!(local.format("%H:%M").to_string(), "09:00");
    assert_eq!(local.date_naive(), due - chrono::Days::new(3));
    // A page of two, then the rest.
    let page = expect_status(
        app.get(
            "/api/v1/notifications/preview?days=10&limit=2&offset=1",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(page["total"], 3);
    let paged: Vec<&str> = page["items"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|u| u["step"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(paged, ["before-1", "due"]);
    let bad_days = app
        .get("/api/v1/notifications/preview?days=0", &app.admin_token)
        .await;
    assert_eq!(bad_days.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
#[tokio::test]
async fn the_previews_pages_walk_every_message_once_in_order() {
    let app = spawn_app().await;
    person(
        &app,
        "kiri@example.test",
        Role::Contributor,
        "Pacific/Auckland",
    )
    .await;
    person(
        &app,
        "dana@example.test",
        Role::Contributor,
        "America/Chicago",
    )
    .await;
    let audit = app.create_audit("Paged").await;
    let today = chrono::Utc::now().date_naive();
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": (today - chrono::Days::new(8)).to_string()}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    // Deadlines on many days (two grades, tasks due through the window), for two owners in
    // time zones a day apart and for nobody (the managers): the preview counts them in groups
    // and reads only the ones a page can show, so pages must still meet exactly.
    for n in 0..14 {
        let owner = match n % 3 {
            0 => json!("kiri@example.test"),
            1 => json!("dana@example.test"),
            _ => json!(null),
        };
        let grade = if n % 4 == 0 { "major" } else { "minor" };
        let finding = app.create_finding(&audit, json!({"reference": format!("NC-{n:02}"), "grade": grade, "statement": "s", "owner": owner}))
            .await;
        let id = finding["id"].as_str().expect("id");
        if n % 2 == 0 {
            let due_on = today + chrono::Days::new(n);
            expect_status(
                app.post(&format!("/api/v1/findings/{id}/tasks"), &app.admin_token, &json!({"title": format!("Task {n}"), "owner": "dana@example.test", "due_on": due_on.to_string()}))
                    .await,
                StatusCode::CREATED,
            )
            .await;
        }
    }
    let key = |u: &serde_json::Value| {
        format!(
            "{} {} {} {} {}",
            u["at"], u["recipient"], u["reference"], u["deadline"], u["step"]
        )
    };
    let all = expect_status(
        app.get(
            "/api/v1/notifications/preview?days=14&limit=500",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let all: Vec<String> = all["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(key)
        .collect();
    assert!(
        all.len() >= 28,
        "enough messages to page through: {}",
        all.len()
    );
    let times: Vec<&str> = all
        .iter()
        .map(|k| k.split(' ').next().unwrap_or_default())
        .collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "soonest first");
    let mut walked = Vec::new();
    for offset in (0..all.len()).step_by(3) {
        let page = expect_status(
            app.get(
                &format!("/api/v1/notifications/preview?days=14&limit=3&offset={offset}"),
                &app.admin_token,
            )
            .await,
            StatusCode::OK,
        )
        .await;
        assert_eq!(page["total"].as_u64(), Some(all.len() as u64));
        walked.extend(page["items"].as_array().expect("items").iter().map(key));
    }
    assert_eq!(walked, all, "pages of three, in order, each message once");
}

#[tokio::test]
async fn the_preview_follows_a_moved_deadline_and_a_submitted_plan() {
    let app = spawn_app().await;
    person(&app, "owner@example.test", Role::Contributor, "UTC").await;
    let audit = app.create_audit("Moved").await;
    let today = chrono::Utc::now().date_naive();
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": today.to_string()}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"}))
        .await;
    let id = finding["id"].as_str().expect("id");
    // Which deadlines of NC-01 the next 90 days' messages are about, and their dates.
    let about = || async {
        let page = expect_status(
            app.get(
                "/api/v1/notifications/preview?days=90&limit=500",
                &app.admin_token,
            )
            .await,
            StatusCode::OK,
        )
        .await;
        let items = page["items"].as_array().expect("items");
        // The count comes from the dates kept on the finding's row, the messages from its
        // deadlines: they must agree.
        assert_eq!(
            page["total"].as_u64(),
            Some(items.len() as u64),
            "total against listed"
        );
        let mut deadlines: Vec<String> = items
            .iter()
            .map(|u| format!("{} {}", u["deadline"], u["due_on"]))
            .collect();
        deadlines.sort();
        deadlines.dedup();
        deadlines
    };
    let before = about().await;
    assert!(
        before.iter().any(|d| d.starts_with("\"plan\"")),
        "{before:?}"
    );
    let moved_to = (today + chrono::Days::new(10)).to_string();
    expect_status(
        app.put(
            &format!("/api/v1/findings/{id}/deadlines/plan"),
            &app.admin_token,
            &json!({"due_on": moved_to, "reason": "extension agreed with the auditor"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let moved = about().await;
    let plan: Vec<&String> = moved.iter().filter(|d| d.starts_with("\"plan\"")).collect();
    assert_eq!(plan, [&format!("\"plan\" \"{moved_to}\"")], "{moved:?}");
    app.save_plan(id, &complete_plan()).await;
    app.take_steps(id, &["submit_plan"]).await;
    let submitted = about().await;
    assert!(
        !submitted.iter().any(|d| d.starts_with("\"plan\"")),
        "a submitted plan is no longer reminded of: {submitted:?}"
    );
    assert_eq!(
        submitted,
        moved
            .iter()
            .filter(|d| !d.starts_with("\"plan\""))
            .cloned()
            .collect::<Vec<_>>(),
        "the other deadlines stay"
    );
    assert!(!submitted.is_empty(), "evidence or closure still ahead");
}

#[tokio::test]
async fn only_a_manager_or_an_admin_can_be_named_an_audits_manager() {
    let app = spawn_app().await;
    app.user_with_role("dana@example.test", Role::Contributor)
        .await;
    app.user_with_role("mia@example.test", Role::Manager).await;
    let audit = app.create_audit("Stage 2").await;
    let refused = app
        .put(
            &format!("/api/v1/audits/{audit}/manager"),
            &app.admin_token,
            &json!({"manager": "dana@example.test"}),
        )
        .await;
    let problem = expect_problem(refused, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert!(
        problem["detail"].as_str().unwrap().contains("contributor"),
        "{problem}"
    );
    let named = expect_status(
        app.put(
            &format!("/api/v1/audits/{audit}/manager"),
            &app.admin_token,
            &json!({"manager": "mia@example.test"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert!(named["manager_id"].is_string(), "{named}");
}
