use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

fn plan() -> serde_json::Value {
    json!({
        "requirement": "A.8.15 requires logs to be kept and protected.",
        "evidence": "Firewall logs were kept 7 days.",
        "nonconformity": "Log retention does not meet the policy's 90 days.",
        "correction": "Retention raised to 90 days on all firewalls.",
        "root_cause_whys": ["Default settings kept", "No hardening checklist", "No owner for logging"],
        "cause_category": "process",
        "corrective_actions": [{"description": "Write a logging standard", "owner": "ana@example.test", "target_date": "2026-12-20"}],
    })
}

#[tokio::test]
async fn a_finding_page_shows_the_statement_requirements_plan_evidence_and_history() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.8.15", "Clause 9.2"],
                   "statement": "Logs are kept for 7 days only.", "owner": "ana@example.test"}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = browser
        .get(&format!("/findings/{id}"))
        .await
        .expect(StatusCode::OK);
    assert!(page.body.contains("<h1>NC-01</h1>"), "{}", page.body);
    assert!(page.body.contains("Minor nonconformity"));
    assert!(page.body.contains("Logs are kept for 7 days only."));
    assert!(
        page.body.contains("<strong>A.8.15</strong> Logging"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<strong>9.2</strong>"));
    for heading in ["Corrective action plan", "Evidence", "History"] {
        assert!(
            page.body.contains(&format!(">{heading}</h2>")),
            "{heading}: {}",
            page.body
        );
    }
    // Without JavaScript the panel is a link; with htmx it loads in place.
    assert!(
        page.body
            .contains(&format!(r#"hx-get="/panels/findings/{id}/remediation""#))
    );
    assert!(
        page.body
            .contains(&format!(r#"href="/findings/{id}/remediation""#))
    );
    assert!(
        page.body.contains("admin@example.test</strong> create"),
        "history: {}",
        page.body
    );

    let panel = browser
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(!panel.body.contains("<html"), "a panel is a fragment");
    assert!(
        panel
            .body
            .contains("Corrective action plan</strong>: 2026-"),
        "{}",
        panel.body
    );
    assert!(panel.body.contains("No plan yet."));
    assert!(panel.body.contains("No evidence yet."));

    // A plan saved through the API shows in the panel, and the manager submits it here.
    let saved = app
        .put(
            &format!("/api/v1/findings/{id}/plan"),
            &app.admin_token,
            &plan(),
        )
        .await;
    expect_status(saved, StatusCode::OK).await;
    let panel = browser
        .get(&format!("/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(
        panel.body.contains("Retention raised to 90 days"),
        "{}",
        panel.body
    );
    assert!(panel.body.contains("<li>No owner for logging</li>"));
    assert!(panel.body.contains(">Submit the plan</button>"));

    let submitted = browser
        .post(
            &format!("/findings/{id}/steps"),
            &[("action", "submit_plan")],
        )
        .await;
    assert_eq!(submitted.redirected_to(), format!("/findings/{id}"));
    let page = browser
        .get(&format!("/findings/{id}"))
        .await
        .expect(StatusCode::OK);
    assert!(page.body.contains("Plan submitted"), "{}", page.body);
    assert!(
        page.body.contains("submit plan"),
        "history shows the step: {}",
        page.body
    );
    let api = expect_status(
        app.get(&format!("/api/v1/findings/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(api["status"], "plan_submitted");
}

#[tokio::test]
async fn the_panel_offers_only_the_viewers_steps_and_says_whose_the_others_are() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("aud@example.test", Role::Auditor).await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-02", "grade": "major", "requirements": ["A.5.15"], "statement": "Access reviews missing."}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let saved = app
        .put(
            &format!("/api/v1/findings/{id}/plan"),
            &app.admin_token,
            &plan(),
        )
        .await;
    expect_status(saved, StatusCode::OK).await;
    let mut auditor = Browser::signed_in(&app, "aud@example.test", PASSWORD).await;
    let panel = auditor
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(
        !panel.body.contains(">Submit the plan</button>"),
        "{}",
        panel.body
    );
    assert!(panel.body.contains("There is no step for you to take now."));
    assert!(panel.body.contains("Submit the plan: "), "{}", panel.body);

    // A step the viewer may not take is refused even when forged.
    let forged = auditor
        .post(
            &format!("/findings/{id}/steps"),
            &[("action", "submit_plan")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_contributor_cannot_open_a_finding_that_is_not_theirs() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("cy@example.test", Role::Contributor).await;
    let mine = app
        .create_finding(&audit_id, json!({"reference": "NC-1", "grade": "minor", "requirements": ["A.8.8"], "statement": "s", "owner": "cy@example.test"}))
        .await;
    let theirs = app
        .create_finding(&audit_id, json!({"reference": "NC-2", "grade": "minor", "requirements": ["A.8.8"], "statement": "s"}))
        .await;
    let mut browser = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    browser
        .get(&format!("/findings/{}", mine["id"].as_str().unwrap()))
        .await
        .expect(StatusCode::OK);
    for path in [
        format!("/findings/{}", theirs["id"].as_str().unwrap()),
        format!(
            "/panels/findings/{}/remediation",
            theirs["id"].as_str().unwrap()
        ),
    ] {
        browser.get(&path).await.expect(StatusCode::NOT_FOUND);
    }
    let needs = browser.get("/panels/needs-me").await.expect(StatusCode::OK);
    assert!(needs.body.contains(">NC-1</a>"), "{}", needs.body);
    assert!(!needs.body.contains(">NC-2</a>"));
}

#[tokio::test]
async fn the_owner_writes_the_plan_in_the_editor_and_problems_come_back_next_to_their_fields() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("cy@example.test", Role::Contributor).await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-05", "grade": "minor", "requirements": ["A.8.15"],
                   "statement": "Logs kept 7 days.", "owner": "cy@example.test"}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let mut browser = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let panel = browser
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(panel.body.contains(">Write the plan</a>"), "{}", panel.body);
    let form = browser
        .get(&format!("/findings/{id}/plan/edit"))
        .await
        .expect(StatusCode::OK);
    for label in [
        "Requirement not met",
        "Evidence of the gap",
        "Why 1",
        "Why 5",
        "Action 1",
        "Owner's email",
        "Target date",
    ] {
        assert!(form.body.contains(label), "{label}: {}", form.body);
    }

    let bad = browser
        .post(
            &format!("/findings/{id}/plan"),
            &[
                ("requirement", "A.8.15 asks for logs kept and protected."),
                ("why.0", "Default settings were kept"),
                ("action.0.description", "Raise retention to 90 days"),
                ("action.0.owner", "not an email"),
                ("action.0.target_date", "next week"),
                ("effort_days", "three"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("The plan was not saved"), "{}", bad.body);
    assert!(bad.body.contains("is not a date in the form YYYY-MM-DD"));
    assert!(bad.body.contains(r#"id="effort-error""#));
    assert!(
        bad.body.contains(r#"value="Raise retention to 90 days""#),
        "typed text kept"
    );
    assert!(bad.body.contains(r#"value="Default settings were kept""#));
    let api = expect_status(
        app.get(&format!("/api/v1/findings/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(api["status"], "open", "nothing saved");

    let saved = browser
        .post(
            &format!("/findings/{id}/plan"),
            &[
                ("requirement", "A.8.15 asks for logs kept and protected."),
                ("evidence", "Firewall logs kept 7 days."),
                ("nonconformity", "Retention below the policy's 90 days."),
                ("correction", "Retention raised on all firewalls."),
                ("why.0", "Default settings were kept"),
                ("why.1", "No hardening checklist"),
                ("cause_category", "process"),
                ("action.0.description", "Write a logging standard"),
                ("action.0.owner", "cy@example.test"),
                ("action.0.target_date", "2026-12-20"),
                (
                    "isms_documents",
                    "Logging standard\nFirewall hardening checklist",
                ),
                ("effort_days", "3"),
            ],
        )
        .await;
    assert_eq!(saved.redirected_to(), format!("/findings/{id}"));
    let plan = expect_status(
        app.get(&format!("/api/v1/findings/{id}/plan"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        plan["root_cause_whys"],
        json!(["Default settings were kept", "No hardening checklist"])
    );
    assert_eq!(plan["corrective_actions"][0]["target_date"], "2026-12-20");
    assert_eq!(plan["isms_documents"][1], "Firewall hardening checklist");
    assert_eq!(plan["cause_category"], "process");
    let api = expect_status(
        app.get(&format!("/api/v1/findings/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(api["status"], "plan_drafted");
    let edit = browser
        .get(&format!("/findings/{id}/plan/edit"))
        .await
        .expect(StatusCode::OK);
    assert!(
        edit.body.contains("Firewall hardening checklist"),
        "the editor shows what was saved"
    );
}

#[tokio::test]
async fn evidence_is_added_as_a_file_a_link_or_a_note_and_the_file_downloads_as_uploaded() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("cy@example.test", Role::Contributor).await;
    app.person("aud@example.test", Role::Auditor).await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-06", "grade": "minor", "requirements": ["A.8.15"],
                   "statement": "Logs kept 7 days.", "owner": "cy@example.test"}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let mut browser = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let panel = browser
        .get(&format!("/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(
        panel.body.contains(">Add evidence</button>"),
        "{}",
        panel.body
    );
    let path = format!("/findings/{id}/evidence");
    let pdf = b"%PDF-1.4 retention settings export".to_vec();
    let added = browser
        .upload_with(
            &path,
            &[("title", "Retention settings")],
            "retention.pdf",
            pdf.clone(),
            true,
        )
        .await;
    assert_eq!(
        added.redirected_to(),
        format!("/findings/{id}#evidence-heading")
    );
    let link = browser
        .upload_with(
            &path,
            &[
                ("title", "Change ticket"),
                ("link", "https://tickets.example/CHG-42"),
            ],
            "",
            Vec::new(),
            true,
        )
        .await;
    assert_eq!(link.status, StatusCode::SEE_OTHER, "{}", link.body);
    let none = browser
        .upload_with(&path, &[("title", "Nothing")], "", Vec::new(), true)
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        none.body
            .contains("choose a file, or give a link or a note"),
        "{}",
        none.body
    );
    let two = browser
        .upload_with(
            &path,
            &[("note", "n"), ("link", "https://x.example")],
            "",
            Vec::new(),
            true,
        )
        .await;
    assert_eq!(two.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = browser
        .upload_with(&path, &[("note", "forged")], "", Vec::new(), false)
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let panel = browser
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(
        panel.body.contains("<strong>Retention settings</strong>"),
        "{}",
        panel.body
    );
    assert!(
        panel
            .body
            .contains(r#"href="https://tickets.example/CHG-42""#)
    );
    assert!(!panel.body.contains("forged"));
    let href_start = panel.body.find("/evidence/").expect("a download link");
    let href = &panel.body[href_start..href_start + panel.body[href_start..].find('"').unwrap()];
    let (status, bytes) = browser.download(href).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, pdf);

    let mut auditor = Browser::signed_in(&app, "aud@example.test", PASSWORD).await;
    let seen = auditor
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(!seen.body.contains(">Add evidence</button>"));
    let refused = auditor
        .upload_with(&path, &[("note", "auditor's note")], "", Vec::new(), true)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn what_needs_me_shows_ten_on_the_home_page_and_the_rest_a_page_at_a_time() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("cy@example.test", Role::Contributor).await;
    for n in 1..=55 {
        app.create_finding(
            &audit_id,
            json!({"reference": format!("NC-{n:02}"), "grade": "minor", "requirements": ["A.8.8"],
                   "statement": "s", "owner": "cy@example.test"}),
        )
        .await;
    }
    let mut browser = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let panel = browser.get("/panels/needs-me").await.expect(StatusCode::OK);
    assert_eq!(
        panel.body.matches("<tr>").count() - 1,
        10,
        "ten rows and the header"
    );
    assert!(
        panel.body.contains(r#"<a href="/needs-me">45 more</a>"#),
        "{}",
        panel.body
    );
    let first = browser.get("/needs-me").await.expect(StatusCode::OK);
    assert_eq!(first.body.matches("<tr>").count() - 1, 50);
    assert!(
        first
            .body
            .contains(r#"href="/needs-me?offset=50" rel="next""#),
        "{}",
        first.body
    );
    let second = browser
        .get("/needs-me?offset=50")
        .await
        .expect(StatusCode::OK);
    assert_eq!(second.body.matches("<tr>").count() - 1, 5);
    assert!(second.body.contains("51–55 of 55"));
}

#[tokio::test]
async fn times_show_in_the_viewers_time_zone() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.8.8"], "statement": "s"}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let (_, token) = app
        .user_with_role("kenji@example.test", Role::Manager)
        .await;
    let response = app
        .client
        .put(app.url("/api/v1/me/notification-preferences"))
        .bearer_auth(&token)
        .json(&json!({"time_zone": "Asia/Tokyo"}))
        .send()
        .await
        .unwrap();
    expect_status(response, StatusCode::OK).await;
    let user_id = expect_status(app.get("/api/v1/me", &token).await, StatusCode::OK).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.set_password(&user_id, PASSWORD).await;
    let mut browser = Browser::signed_in(&app, "kenji@example.test", PASSWORD).await;
    let page = browser
        .get(&format!("/findings/{id}"))
        .await
        .expect(StatusCode::OK);
    assert!(page.body.contains(" JST</time>"), "{}", page.body);
    // An import's record too.
    let imported = expect_status(
        app.upload(
            &audit_id,
            "",
            "register.csv",
            b"Reference,Grade,Statement\nNC-02,Minor,Backups are not tested\n".to_vec(),
            None,
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let record = browser
        .get(&format!("/imports/{}", imported["id"].as_str().unwrap()))
        .await
        .expect(StatusCode::OK);
    assert!(record.body.contains(" JST</dd>"), "{}", record.body);
}

#[tokio::test]
async fn a_manager_moves_a_deadline_by_hand_with_a_reason() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.8.8"], "statement": "s", "owner": null}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    app.person("ana@example.test", Role::Manager).await;
    app.person("aud@example.test", Role::Auditor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let panel = manager
        .get(&format!("/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    let action = format!(r#"action="/findings/{id}/deadlines/plan""#);
    assert!(panel.body.contains(&action), "{}", panel.body);
    let missing = manager
        .post(
            &format!("/findings/{id}/deadlines/plan"),
            &[("due_on", ""), ("reason", "x")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let no_reason = manager
        .post(
            &format!("/findings/{id}/deadlines/plan"),
            &[("due_on", "2026-06-30"), ("reason", "")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let moved = manager
        .post(
            &format!("/findings/{id}/deadlines/plan"),
            &[
                ("due_on", "2026-06-30"),
                ("reason", "the certification body agreed to a later date"),
            ],
        )
        .await;
    assert_eq!(moved.redirected_to(), format!("/findings/{id}"));
    let panel = manager
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(panel.body.contains("2026-06-30"), "{}", panel.body);
    assert!(
        panel
            .body
            .contains("set by hand: “the certification body agreed to a later date”")
    );
    let mut auditor = Browser::signed_in(&app, "aud@example.test", PASSWORD).await;
    let seen = auditor
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(!seen.body.contains(&action), "only managers change dates");
    let refused = auditor
        .post(
            &format!("/findings/{id}/deadlines/plan"),
            &[("due_on", "2027-01-01"), ("reason", "x")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // The manager goes back to the policy's date, saying why.
    assert!(
        panel.body.contains("Back to the policy's date"),
        "{}",
        panel.body
    );
    manager
        .get(&format!("/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    let cleared = manager
        .post(
            &format!("/findings/{id}/deadlines/plan"),
            &[("clear", "1"), ("reason", "the agreement fell through")],
        )
        .await;
    assert_eq!(cleared.redirected_to(), format!("/findings/{id}"));
    let panel = manager
        .get(&format!("/panels/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(!panel.body.contains("2026-06-30"), "{}", panel.body);
    assert!(!panel.body.contains("set by hand"), "{}", panel.body);
}

#[tokio::test]
async fn a_tasks_owner_ticks_it_done_and_a_manager_changes_it() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    app.person("dee@example.test", Role::Contributor).await;
    let audit_id = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "cy@example.test"}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let task = expect_status(
        app.post(
            &format!("/api/v1/findings/{id}/tasks"),
            &app.admin_token,
            &json!({"title": "Disable the leavers' accounts", "owner": "cy@example.test"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let task_id = task["id"].as_str().unwrap();

    let mut owner = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let panel = owner
        .get(&format!("/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(panel.body.contains("Mark done"), "{}", panel.body);
    assert!(
        !panel.body.contains("Change this task"),
        "only managers edit"
    );
    let ticked = owner
        .post(&format!("/tasks/{task_id}"), &[("done", "true")])
        .await;
    assert_eq!(ticked.redirected_to(), format!("/findings/{id}"));
    let refused = owner
        .post(&format!("/tasks/{task_id}"), &[("title", "Something else")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let panel = manager
        .get(&format!("/findings/{id}/remediation"))
        .await
        .expect(StatusCode::OK);
    assert!(
        panel.body.contains("✓ Disable the leavers"),
        "{}",
        panel.body
    );
    assert!(panel.body.contains("Reopen"));
    let changed = manager
        .post(
            &format!("/tasks/{task_id}"),
            &[
                ("title", "Disable and review the leavers' accounts"),
                ("owner", "dee@example.test"),
                ("due_on", "2026-05-15"),
            ],
        )
        .await;
    assert_eq!(changed.redirected_to(), format!("/findings/{id}"));
    let tasks = expect_status(
        app.get(&format!("/api/v1/findings/{id}/tasks"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        tasks[0]["title"],
        "Disable and review the leavers' accounts"
    );
    assert_eq!(tasks[0]["owner"], "dee@example.test");
    assert_eq!(tasks[0]["due_on"], "2026-05-15");
    assert_eq!(tasks[0]["done"], true, "the manager's edit keeps it done");
    // The task's new owner ticks it; its former owner (still the finding's) no longer may.
    let mut other = Browser::signed_in(&app, "dee@example.test", PASSWORD).await;
    other.get("/").await.expect(StatusCode::OK);
    let reopened = other
        .post(&format!("/tasks/{task_id}"), &[("done", "false")])
        .await;
    assert_eq!(reopened.redirected_to(), format!("/findings/{id}"));
    let not_theirs = owner
        .post(&format!("/tasks/{task_id}"), &[("done", "true")])
        .await;
    assert_eq!(not_theirs.status, StatusCode::FORBIDDEN);
}
