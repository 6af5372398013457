//! Settings: the hub that leads to each settings screen by role, the risk method as a form,
//! and the email templates with their preview.

use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn the_settings_page_offers_each_person_the_screens_their_role_may_use() {
    let app = spawn_app().await;
    app.person("ada@example.test", Role::Admin).await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut admin = Browser::signed_in(&app, "ada@example.test", PASSWORD).await;
    let page = admin.get("/settings").await.expect(StatusCode::OK);
    for href in [
        "/organisation",
        "/people",
        "/deadlines",
        "/reminders",
        "/risk-method",
        "/calendar-feeds",
        "/tokens",
    ] {
        assert!(
            page.body.contains(&format!(r#"<a href="{href}">"#)),
            "the admin's settings lack {href}: {}",
            page.body
        );
    }
    // Settings is one entry of the menu, marked current on every settings screen.
    let reminders = admin.get("/reminders").await.expect(StatusCode::OK);
    assert!(
        reminders
            .body
            .contains(r#"<a href="/settings" aria-current="page">Settings</a>"#),
        "{}",
        reminders.body
    );

    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager.get("/settings").await.expect(StatusCode::OK);
    assert!(page.body.contains(r#"<a href="/reminders">"#));
    assert!(!page.body.contains(r#"<a href="/organisation">"#));

    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let page = contributor.get("/settings").await.expect(StatusCode::OK);
    assert!(page.body.contains(r#"<a href="/calendar-feeds">"#));
    assert!(page.body.contains(r#"<a href="/tokens">"#));
    for hidden in ["/people", "/deadlines", "/reminders", "/risk-method"] {
        assert!(
            !page.body.contains(&format!(r#"<a href="{hidden}">"#)),
            "a contributor is offered {hidden}"
        );
    }
}

fn method_form<'a>(
    likelihood: &'a str,
    impact: &'a str,
    same_clause: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("likelihood_levels", likelihood),
        ("impact_levels", impact),
        ("same_requirement", "2"),
        ("same_clause", same_clause),
        ("same_theme", "4"),
        ("theme_clauses", "1"),
        ("theme_organizational", "0"),
        ("theme_people", "0"),
        ("theme_physical", "0"),
        ("theme_technological", "1"),
        ("high_from", ""),
        ("medium_from", ""),
    ]
}

#[tokio::test]
async fn a_manager_changes_the_risk_scales_in_a_form_that_keeps_what_was_typed_when_refused() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager.get("/risk-method").await.expect(StatusCode::OK);
    assert!(
        page.body.contains("scores now run from 1 to 25"),
        "{}",
        page.body
    );
    assert!(page.body.contains("very low\nlow\nmedium\nhigh\nvery high"));

    // One level, and a word for a number: nothing saved, each problem by its field, the
    // typed text kept.
    let refused = manager
        .post(
            "/risk-method",
            &method_form("only one", "low\nhigh", "three"),
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("`three` is not a whole number"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(r#"value="three""#));
    manager.get("/risk-method").await.expect(StatusCode::OK);
    let refused = manager
        .post("/risk-method", &method_form("only one", "low\nhigh", "3"))
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("1 levels: name 2 to 10"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(">only one</textarea>"));
    let settings = expect_status(
        app.get("/api/v1/risk-settings", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        settings["likelihood_levels"].as_array().map(Vec::len),
        Some(5)
    );

    manager.get("/risk-method").await.expect(StatusCode::OK);
    let saved = manager
        .post(
            "/risk-method",
            &method_form("rare\npossible\nlikely", "low\nmedium\nhigh", "3"),
        )
        .await
        .expect(StatusCode::OK);
    assert!(saved.body.contains("Method saved"), "{}", saved.body);
    assert!(saved.body.contains("scores now run from 1 to 9"));
    let settings = expect_status(
        app.get("/api/v1/risk-settings", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        settings["likelihood_levels"],
        json!(["rare", "possible", "likely"])
    );
    assert_eq!(settings["impact_levels"], json!(["low", "medium", "high"]));

    // A manager's own assessment that the new scales could not hold: refused, and named.
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-09", "grade": "minor", "statement": "s"}),
        )
        .await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{finding}/risk")))
            .bearer_auth(&app.admin_token)
            .json(&json!({"likelihood": 3, "impact": 3, "reason": "seen twice"}))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    manager.get("/risk-method").await.expect(StatusCode::OK);
    let conflict = manager
        .post("/risk-method", &method_form("low\nhigh", "low\nhigh", "3"))
        .await
        .expect(StatusCode::CONFLICT);
    assert!(conflict.body.contains("NC-09"), "{}", conflict.body);

    // A contributor reads the method but may not change it.
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let page = contributor.get("/risk-method").await.expect(StatusCode::OK);
    assert!(!page.body.contains("Save the method"));
    contributor
        .post("/risk-method", &method_form("a\nb", "a\nb", "3"))
        .await
        .expect(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_manager_rewords_an_email_previewing_it_on_the_next_real_reminder_before_saving() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    // Report date today: the plan is due in 14 days, so its 7-day reminder is in the window.
    let today = chrono::Utc::now().date_naive().to_string();
    let audit = expect_status(
        app.post(
            "/api/v1/audits",
            &app.admin_token,
            &json!({"name": "Stage 2", "kind": "stage2", "report_date": today}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "Logs are kept 7 days", "owner": "cy@example.test"}))
        .await;
    let organisation = expect_status(
        app.get("/api/v1/organisation", &app.admin_token).await,
        StatusCode::OK,
    )
    .await["name"]
        .as_str()
        .expect("name")
        .to_owned();

    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let reminders = manager.get("/reminders").await.expect(StatusCode::OK);
    assert!(
        reminders
            .body
            .contains(r#"<a href="/reminders/templates/reminder">Reminder before a deadline</a>"#),
        "{}",
        reminders.body
    );
    let page = manager
        .get("/reminders/templates/reminder")
        .await
        .expect(StatusCode::OK);
    assert!(
        page.body.contains("the next one: to cy@example.test"),
        "the preview is of the real reminder: {}",
        page.body
    );
    assert!(page.body.contains("Logs are kept 7 days"));

    // Preview what is typed: shown filled in, not saved.
    let subject = "Action needed at {{organisation}}: {{reference}} due {{due_on}}";
    let text = "Dear {{recipient}},\n\n{{statement}}\n\n{{link}}";
    let preview = manager
        .post(
            "/reminders/templates/reminder",
            &[("subject", subject), ("text", text), ("action", "preview")],
        )
        .await
        .expect(StatusCode::OK);
    assert!(
        preview
            .body
            .contains(&format!("Action needed at {organisation}: NC-01 due ")),
        "{}",
        preview.body
    );
    let settings = expect_status(
        app.get("/api/v1/notification-settings", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(settings["templates"], json!({}), "a preview saves nothing");

    // A typo is caught by the preview and by saving, beside its field, with the text kept.
    for action in ["preview", "save"] {
        manager
            .get("/reminders/templates/reminder")
            .await
            .expect(StatusCode::OK);
        let typo = manager
            .post(
                "/reminders/templates/reminder",
                &[
                    ("subject", "{{referance}} due"),
                    ("text", text),
                    ("action", action),
                ],
            )
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            typo.body.contains("unknown placeholder {{referance}}"),
            "{action}: {}",
            typo.body
        );
        assert!(typo.body.contains(r#"value="{{referance}} due""#));
    }

    manager
        .get("/reminders/templates/reminder")
        .await
        .expect(StatusCode::OK);
    let saved = manager
        .post(
            "/reminders/templates/reminder",
            &[("subject", subject), ("text", text), ("action", "save")],
        )
        .await
        .expect(StatusCode::OK);
    assert!(saved.body.contains("Template saved"), "{}", saved.body);
    let settings = expect_status(
        app.get("/api/v1/notification-settings", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(settings["templates"]["reminder"]["subject"], subject);
    assert_eq!(settings["templates"]["reminder"]["text"], text);
    let reminders = manager.get("/reminders").await.expect(StatusCode::OK);
    assert!(
        reminders
            .body
            .contains(&format!("Action needed at {organisation}: NC-01 due ")),
        "the upcoming list uses the saved template: {}",
        reminders.body
    );
    assert!(reminders.body.contains("Your own"));

    // A kind with nothing due previews with example values; an unknown kind is not found.
    let digest = manager
        .get("/reminders/templates/digest")
        .await
        .expect(StatusCode::OK);
    assert!(digest.body.contains("example values"), "{}", digest.body);
    manager
        .get("/reminders/templates/nonsense")
        .await
        .expect(StatusCode::NOT_FOUND);

    // A contributor may preview but not save.
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    contributor
        .get("/reminders/templates/reminder")
        .await
        .expect(StatusCode::OK);
    contributor
        .post(
            "/reminders/templates/reminder",
            &[("subject", "x"), ("text", "y"), ("action", "save")],
        )
        .await
        .expect(StatusCode::FORBIDDEN);

    // Back to the default.
    manager
        .get("/reminders/templates/reminder")
        .await
        .expect(StatusCode::OK);
    manager
        .post(
            "/reminders/templates/reminder",
            &[("subject", ""), ("text", ""), ("action", "default")],
        )
        .await
        .expect(StatusCode::OK);
    let settings = expect_status(
        app.get("/api/v1/notification-settings", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(settings["templates"], json!({}));
}
