//! Calendar feeds: a secret address per user or audit, deadlines as all-day events that move
//! when the deadline moves, and revocation.

use closeout_model::user::Role;
use closeout_testing::{expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn a_secret_feed_shows_open_deadlines_and_follows_their_moves() {
    let app = spawn_app().await;
    let (_, owner) = app
        .user_with_role("ana@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "Leavers keep access.", "owner": "ana@example.test"}))
        .await;
    app.create_finding(
        &audit,
        json!({"reference": "NC-02", "grade": "minor", "statement": "s"}),
    )
    .await;
    let feed = expect_status(
        app.post("/api/v1/calendar-feeds", &owner, &json!({})).await,
        StatusCode::CREATED,
    )
    .await;
    let url = feed["url"].as_str().expect("a secret URL").to_owned();
    let path = url.trim_start_matches("http://localhost");
    // No token: the secret in the address is the credential.
    let read = |path: String| {
        let client = app.client.clone();
        let url = app.url(&path);
        async move { client.get(url).send().await.expect("request") }
    };
    let response = read(path.to_owned()).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str().expect("type"),
        "text/calendar; charset=utf-8"
    );
    let calendar = response.text().await.expect("body");
    let id = finding["id"].as_str().expect("id");
    assert_eq!(
        calendar.matches("BEGIN:VEVENT").count(),
        3,
        "plan, evidence, closure of NC-01 only:\n{calendar}"
    );
    assert!(calendar.contains(&format!("UID:{id}-plan@localhost\r\nDTSTAMP:")));
    assert!(calendar.contains("DTSTART;VALUE=DATE:20260403\r\n"));
    assert!(!calendar.contains("NC-02"));

    // The deadline moves: the same event, on the new date.
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{id}/deadlines/plan")))
            .bearer_auth(&app.admin_token)
            .json(&json!({"due_on": "2026-04-20", "reason": "extension"}))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    let calendar = read(path.to_owned()).await.text().await.expect("body");
    assert_eq!(calendar.matches(&format!("UID:{id}-plan@")).count(), 1);
    assert!(calendar.contains("DTSTART;VALUE=DATE:20260420\r\n"));
    assert!(!calendar.contains("DTSTART;VALUE=DATE:20260403\r\n"));

    // An audit's feed is for those who see the whole audit.
    let refused = app
        .post(
            "/api/v1/calendar-feeds",
            &owner,
            &json!({"audit_id": audit}),
        )
        .await;
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    let audit_feed = expect_status(
        app.post(
            "/api/v1/calendar-feeds",
            &app.admin_token,
            &json!({"audit_id": audit}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let audit_path = audit_feed["url"]
        .as_str()
        .expect("url")
        .trim_start_matches("http://localhost")
        .to_owned();
    let calendar = read(audit_path.clone()).await.text().await.expect("body");
    assert_eq!(calendar.matches("BEGIN:VEVENT").count(), 6);
    assert!(calendar.contains("X-WR-CALNAME:Closeout: Stage 2"));

    // Listing shows no secrets; revoking makes the address stop working.
    let listed = expect_status(
        app.get("/api/v1/calendar-feeds", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed.as_array().expect("list").len(), 2);
    assert!(
        listed
            .as_array()
            .expect("list")
            .iter()
            .all(|f| f["url"].is_null())
    );
    let mine = expect_status(
        app.get("/api/v1/calendar-feeds", &owner).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(mine.as_array().expect("list").len(), 1);
    let feed_id = feed["id"].as_str().expect("id");
    let other = app.second_organisation_admin().await;
    let foreign = app
        .delete(&format!("/api/v1/calendar-feeds/{feed_id}"), &other)
        .await;
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
    let revoked = app
        .delete(&format!("/api/v1/calendar-feeds/{feed_id}"), &owner)
        .await;
    assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
    assert_eq!(read(path.to_owned()).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        read("/api/v1/calendar/not-a-secret.ics".to_owned())
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(read(audit_path).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_feed_expires_within_a_year_and_dies_with_its_token_and_its_makers_access() {
    let app = spawn_app().await;
    let (auditor_id, auditor) = app.user_with_role("iris@example.test", Role::Auditor).await;
    let audit = app.create_audit("Stage 2").await;
    let read = |url: &str| {
        let client = app.client.clone();
        let url = app.url(url.trim_start_matches("http://localhost"));
        async move { client.get(url).send().await.expect("request").status() }
    };
    // A feed made with a token lives while the token does.
    let token = expect_status(
        app.post(
            "/api/v1/tokens",
            &app.admin_token,
            &json!({"expires_in_days": 30}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let feed = expect_status(
        app.post(
            "/api/v1/calendar-feeds",
            token["secret"].as_str().unwrap(),
            &json!({}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        feed["expires_at"], token["expires_at"],
        "ends with the token that made it"
    );
    let url = feed["url"].as_str().unwrap().to_owned();
    assert_eq!(read(&url).await, StatusCode::OK);
    let token_id = token["id"].as_str().unwrap();
    expect_status(
        app.delete(&format!("/api/v1/tokens/{token_id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read(&url).await, StatusCode::NOT_FOUND);

    // An audit's feed goes when its maker may no longer see the whole audit.
    let feed = expect_status(
        app.post(
            "/api/v1/calendar-feeds",
            &auditor,
            &json!({"audit_id": audit}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let expires =
        chrono::DateTime::parse_from_rfc3339(feed["expires_at"].as_str().unwrap()).expect("a date");
    let days = (expires.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_days();
    assert!(days <= 365, "{feed}");
    let url = feed["url"].as_str().unwrap().to_owned();
    assert_eq!(read(&url).await, StatusCode::OK);
    let db = app.db.clone();
    let scope = app.system_scope();
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            closeout_model::user::set_role(
                c,
                &scope,
                &closeout_model::id::UserId::parse(&auditor_id).expect("an id"),
                Role::Contributor,
            )
        })
    })
    .await
    .expect("task")
    .expect("demote");
    assert_eq!(read(&url).await, StatusCode::NOT_FOUND);
}
