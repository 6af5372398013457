//! The Calendar feeds page: a feed's address shown once and working, the feeds one may see,
//! and revoking one.

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
