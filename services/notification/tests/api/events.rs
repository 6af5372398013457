//! What happens to a finding becomes email: assignment, a plan or evidence sent back, evidence
//! awaiting verification, deadlines moved, a task assigned. Spreadsheet text is hostile.

use chrono::Utc;
use closeout_model::user::Role;
use closeout_testing::smtp::Received;
use closeout_testing::{complete_plan, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{notifier, set_rules, smtp, spawn_app, tick};

/// Rules with every deadline message off, so only event messages arrive.
fn quiet() -> Value {
    json!({"before_days": [], "on_the_day": false, "overdue_every_days": 0, "escalate_after_days": null, "digest_weekday": null})
}

/// Events are read a few seconds after they are written (PostgreSQL commits out of order).
fn soon() -> chrono::DateTime<Utc> {
    Utc::now() + chrono::Duration::seconds(10)
}

fn subjects(messages: &[Received]) -> Vec<String> {
    messages
        .iter()
        .map(|m| {
            format!(
                "{} | {}",
                m.to.join(","),
                m.header("Subject").unwrap_or_default()
            )
        })
        .collect()
}

#[tokio::test]
async fn each_step_that_needs_someone_reaches_them_once() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, quiet()).await;
    app.user_with_role("ana@example.test", Role::Contributor)
        .await;
    let (_, auditor) = app.user_with_role("ia@example.test", Role::Auditor).await;
    app.user_with_role("bob@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "Leavers keep access.", "owner": "ana@example.test"}))
        .await;
    let id = finding["id"].as_str().expect("id").to_owned();
    let notifier = notifier(&app, &server.url(), 9);
    tick(&notifier, soon()).await;
    tick(&notifier, soon()).await;
    assert_eq!(
        subjects(&server.messages()),
        ["ana@example.test | Assigned to you: NC-01"]
    );

    let step = |action: &'static str, reason: Option<&'static str>, token: String| {
        let app = &app;
        let id = id.clone();
        async move {
            expect_status(
                app.post(
                    &format!("/api/v1/findings/{id}/transitions"),
                    &token,
                    &json!({"action": action, "reason": reason}),
                )
                .await,
                StatusCode::OK,
            )
            .await
        }
    };
    let plan = json!({
        "requirement": "A.5.18 requires access rights to be removed at termination.",
        "evidence": "3 of 20 leavers kept access.",
        "nonconformity": "Leavers keep access.",
        "correction": "Accounts disabled.",
        "root_cause_whys": ["No link between HR and IT"],
        "corrective_actions": [{"description": "Automate deprovisioning", "owner": "ana@example.test", "target_date": "2026-05-15"}]
    });
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{id}/plan")))
            .bearer_auth(&app.admin_token)
            .json(&plan)
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    let admin = app.admin_token.clone();
    step("submit_plan", None, admin.clone()).await;
    step(
        "reject_plan",
        Some("The root cause stops at the symptom."),
        admin.clone(),
    )
    .await;
    tick(&notifier, soon()).await;
    let messages = server.messages();
    let last = messages.last().expect("a message");
    assert_eq!(
        last.header("Subject").expect("subject"),
        "NC-01: the corrective action plan was sent back"
    );
    assert!(
        last.decoded()
            .contains("Reason: The root cause stops at the symptom.")
    );

    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{id}/deadlines/plan")))
            .bearer_auth(&app.admin_token)
            .json(&json!({"due_on": "2026-05-01", "reason": "agreed with the auditor"}))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    step("submit_plan", None, admin.clone()).await;
    step("accept_plan", None, admin.clone()).await;
    step("start", None, admin.clone()).await;
    step("submit_evidence", None, admin.clone()).await;
    step(
        "reject_evidence",
        Some("The screenshot shows the wrong system."),
        auditor.clone(),
    )
    .await;
    let task = expect_status(
        app.post(&format!("/api/v1/findings/{id}/tasks"), &app.admin_token, &json!({"title": "Reconcile HR and AD monthly", "owner": "bob@example.test", "due_on": "2026-06-01"}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert!(task["id"].is_string());
    let before = server.messages().len();
    tick(&notifier, soon()).await;
    tick(&notifier, soon()).await;
    let messages = server.messages();
    let new = subjects(&messages[before..]);
    let mut new_sorted = new.clone();
    new_sorted.sort();
    assert_eq!(
        new_sorted,
        [
            "ana@example.test | NC-01: deadlines changed",
            "ana@example.test | NC-01: the evidence of correction was sent back",
            "bob@example.test | Task assigned to you: Reconcile HR and AD monthly (NC-01)",
            "ia@example.test | NC-01: evidence submitted for verification",
        ]
    );
    let moved = messages[before..]
        .iter()
        .find(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("deadlines changed"))
        })
        .expect("the deadline message");
    assert!(
        moved
            .decoded()
            .contains("NC-01 plan due: 2026-04-03 -> 2026-05-01"),
        "{}",
        moved.decoded()
    );
    assert!(moved.decoded().contains("Reason: agreed with the auditor"));
}

#[tokio::test]
async fn plans_sent_back_together_for_different_reasons_give_each_its_reason() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, quiet()).await;
    app.user_with_role("ana@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let notifier = notifier(&app, &server.url(), 9);
    let mut ids = Vec::new();
    for reference in ["NC-01", "NC-02"] {
        let finding = app
            .create_finding(&audit, json!({"reference": reference, "grade": "minor", "statement": "Leavers keep access.", "owner": "ana@example.test"}))
            .await;
        let id = finding["id"].as_str().expect("id").to_owned();
        app.save_plan(&id, &complete_plan()).await;
        app.take_steps(&id, &["submit_plan"]).await;
        ids.push(id);
    }
    // The assignments go out first, on their own.
    tick(&notifier, soon()).await;
    let before = server.messages().len();
    for (id, reason) in ids.iter().zip([
        "The root cause stops at the symptom.",
        "No date for the corrective action.",
    ]) {
        expect_status(
            app.post(
                &format!("/api/v1/findings/{id}/transitions"),
                &app.admin_token,
                &json!({"action": "reject_plan", "reason": reason}),
            )
            .await,
            StatusCode::OK,
        )
        .await;
    }
    tick(&notifier, soon() + chrono::Duration::seconds(1)).await;
    let messages = server.messages();
    let new = &messages[before..];
    assert_eq!(
        subjects(new),
        ["ana@example.test | 2 findings: the corrective action plan was sent back"]
    );
    let body = new[0].decoded().replace("\r\n", "\n");
    for expected in [
        "- NC-01: Leavers keep access.\n  Reason: The root cause stops at the symptom.",
        "- NC-02: Leavers keep access.\n  Reason: No date for the corrective action.",
        "Reason: given with each finding",
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
}

#[tokio::test]
async fn names_and_text_from_spreadsheets_cannot_inject_headers_or_markup() {
    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, quiet()).await;
    let created = app
        .post(
            "/api/v1/users",
            &app.admin_token,
            &json!({"email": "ana@example.test", "role": "contributor", "name": "Ana\r\nBcc: evil@example.test <script>x</script>"}),
        )
        .await;
    expect_status(created, StatusCode::CREATED).await;
    let audit = app.create_audit("Q1 <b>audit</b>\r\nX-Evil: 1").await;
    app.create_finding(
        &audit,
        json!({
            "reference": "NC-01",
            "grade": "minor",
            "statement": "<script>alert('x')</script> & \"quotes\"\r\nBcc: evil@example.test",
            "owner": "ana@example.test"
        }),
    )
    .await;
    let notifier = notifier(&app, &server.url(), 9);
    tick(&notifier, soon()).await;
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message.to, ["ana@example.test"], "no smuggled recipient");
    let head = message.data.split("\r\n\r\n").next().expect("headers");
    for line in head.split("\r\n") {
        assert!(!line.to_ascii_lowercase().starts_with("bcc:"), "{head}");
        assert!(!line.to_ascii_lowercase().starts_with("x-evil:"), "{head}");
    }
    let decoded = message.decoded();
    let html = decoded
        .split("Content-Type: text/html")
        .nth(1)
        .expect("an HTML part");
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"),
        "{html}"
    );
    assert!(html.contains("Q1 &lt;b&gt;audit&lt;/b&gt;"), "{html}");
}

#[tokio::test]
async fn every_outbox_message_is_emailed_as_documented_or_not_at_all() {
    use closeout_model::outbox::{self, Message};
    use closeout_notification::worker::{EMAILED, NOT_EMAILED};
    use diesel::prelude::*;

    let app = spawn_app().await;
    let server = smtp();
    set_rules(&app, quiet()).await;
    app.user_with_role("ana@example.test", Role::Contributor)
        .await;
    app.user_with_role("ia@example.test", Role::Auditor).await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "Leavers keep access.", "owner": "ana@example.test"}))
        .await;
    let finding = finding["id"].as_str().expect("id").to_owned();
    let task = expect_status(
        app.post(
            &format!("/api/v1/findings/{finding}/tasks"),
            &app.admin_token,
            &json!({"title": "Reconcile HR and AD monthly", "owner": "ana@example.test", "due_on": "2026-06-01"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let task = task["id"].as_str().expect("task id").to_owned();
    // One message of every kind, as the other services would write them.
    let organisation = app.organisation_id.clone();
    let db = app.db.clone();
    let (finding_id, task_id) = (finding.clone(), task.clone());
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            for message in Message::every_kind(&finding_id, &task_id, "ana@example.test") {
                outbox::publish(
                    c,
                    &closeout_model::Scope::system(organisation.to_owned()),
                    &message,
                )?;
            }
            Ok(())
        })
    })
    .await
    .expect("task")
    .expect("publish");
    let notifier = notifier(&app, &server.url(), 9);
    tick(&notifier, soon()).await;
    tick(&notifier, soon()).await;

    // Which topics' events became email: each notification's key names the event it came from.
    let db = app.db.clone();
    let organisation = app.organisation_id.clone();
    let (events, keys) = tokio::task::spawn_blocking(move || {
        use closeout_model::schema::{notifications, outbox as events};
        db.read(|c| {
            let events: Vec<(String, String)> = events::table
                .filter(events::organisation_id.eq(&organisation))
                .select((events::id, events::topic))
                .load(c)?;
            let keys: Vec<String> = notifications::table
                .filter(notifications::organisation_id.eq(&organisation))
                .select(notifications::dedupe_key)
                .load(c)?;
            Ok((events, keys))
        })
    })
    .await
    .expect("task")
    .expect("read");
    let emailed = |topic: &str| {
        events
            .iter()
            .filter(|(_, t)| t == topic)
            .any(|(id, _)| keys.iter().any(|k| k.starts_with(&format!("event:{id}:"))))
    };
    for (topic, whom) in EMAILED {
        assert!(emailed(topic), "{topic} should email {whom}: {keys:#?}");
    }
    for (topic, why) in NOT_EMAILED {
        assert!(!emailed(topic), "{topic} emails nobody ({why}): {keys:#?}");
    }
    assert!(!server.messages().is_empty());
}
