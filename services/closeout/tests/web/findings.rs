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
