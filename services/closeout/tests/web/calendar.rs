//! The notification pages: Calendar feeds (an address shown once and working, the feeds one may
//! see, revoking one) and Reminders (the rules, and the emails they will send).

use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn people_subscribe_a_calendar_to_their_deadlines_or_an_audits_and_revoke_it() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let audit = app.create_audit("Stage 2").await;
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "cy@example.test"}))
        .await;

    // A contributor follows their own deadlines only.
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let page = contributor
        .get("/calendar-feeds")
        .await
        .expect(StatusCode::OK);
    assert!(!page.body.contains("the audit Stage 2"), "{}", page.body);
    let made = contributor
        .post("/calendar-feeds", &[])
        .await
        .expect(StatusCode::CREATED);
    let start = made.body.find("/api/v1/calendar/").expect("the address");
    let path: String = made.body[start..].split('<').next().unwrap().to_owned();
    let calendar = app
        .client
        .get(app.url(&path))
        .send()
        .await
        .expect("request");
    assert_eq!(calendar.status(), StatusCode::OK);
    assert!(calendar.text().await.unwrap().contains("NC-01"));
    let refused = contributor
        .post("/calendar-feeds", &[("audit_id", &audit)])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // A manager sees every feed and may follow an audit.
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager.get("/calendar-feeds").await.expect(StatusCode::OK);
    assert!(
        page.body.contains("a person&#39;s deadlines"),
        "{}",
        page.body
    );
    let made = manager
        .post("/calendar-feeds", &[("audit_id", &audit)])
        .await
        .expect(StatusCode::CREATED);
    assert!(made.body.contains("audit Stage 2"), "{}", made.body);

    // The contributor revokes theirs: its address stops answering.
    let page = contributor
        .get("/calendar-feeds")
        .await
        .expect(StatusCode::OK);
    let start =
        page.body.find("/calendar-feeds/").expect("a revoke form") + "/calendar-feeds/".len();
    let id: String = page.body[start..].split('/').next().unwrap().to_owned();
    let revoked = contributor
        .post(&format!("/calendar-feeds/{id}/revoke"), &[])
        .await;
    assert_eq!(revoked.redirected_to(), "/calendar-feeds");
    let gone = app
        .client
        .get(app.url(&path))
        .send()
        .await
        .expect("request");
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_manager_sets_the_reminder_rules_and_sees_the_emails_they_will_send() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    // Report date today: with the preset, the plan is due in 14 days.
    let today = chrono::Utc::now().date_naive().to_string();
    let audit = closeout_testing::expect_status(
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
        .unwrap()
        .to_owned();
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "cy@example.test"}))
        .await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager.get("/reminders").await.expect(StatusCode::OK);
    assert!(page.body.contains(r#"value="7, 3, 1""#), "{}", page.body);
    assert!(
        page.body.contains("cy@example.test"),
        "the plan's reminders: {}",
        page.body
    );
    assert!(page.body.contains("NC-01"));

    let refused = manager
        .post(
            "/reminders",
            &[
                ("before_days", "5, soon"),
                ("overdue_every_days", "2"),
                ("escalate_after_days", ""),
                ("digest_weekday", "Fri"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("`soon` is not a whole number of days"),
        "{}",
        refused.body
    );
    manager.get("/reminders").await.expect(StatusCode::OK);
    let saved = manager
        .post(
            "/reminders",
            &[
                ("before_days", "10, 2"),
                ("overdue_every_days", "2"),
                ("escalate_after_days", ""),
                ("digest_weekday", "Fri"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(saved.body.contains("Rules saved"));
    let settings = closeout_testing::expect_status(
        app.get("/api/v1/notification-settings", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(settings["rules"]["before_days"], json!([10, 2]));
    assert_eq!(settings["rules"]["on_the_day"], false);
    assert_eq!(
        settings["rules"]["escalate_after_days"],
        serde_json::Value::Null
    );
    assert_eq!(settings["rules"]["digest_weekday"], "Fri");

    // The contributor sees their own emails, and no form.
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let theirs = contributor.get("/reminders").await.expect(StatusCode::OK);
    assert!(theirs.body.contains("NC-01"));
    assert!(!theirs.body.contains("Save the rules"));
}
