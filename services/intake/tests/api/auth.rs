//! Authentication and roles.

use closeout_model::user::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{expect_problem, expect_status, spawn_app};

#[tokio::test]
async fn a_missing_token_is_401_with_a_bearer_challenge() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/audits"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        response
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok()),
        Some("Bearer")
    );
    expect_problem(response, StatusCode::UNAUTHORIZED, "unauthorized").await;
}

#[tokio::test]
async fn a_wrong_or_malformed_token_is_401() {
    let app = spawn_app().await;
    let wrong = app
        .get("/api/v1/audits", "co_0000000000000000000000000000000000")
        .await;
    expect_problem(wrong, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let basic = app
        .client
        .get(app.url("/api/v1/audits"))
        .header("Authorization", "Basic YWRtaW46YWRtaW4=")
        .send()
        .await
        .expect("request");
    expect_problem(basic, StatusCode::UNAUTHORIZED, "unauthorized").await;
}

#[tokio::test]
async fn a_revoked_token_stops_working_at_once() {
    let app = spawn_app().await;
    let created = expect_status(
        app.post(
            "/api/v1/tokens",
            &app.admin_token,
            &json!({"name": "laptop"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let secret = created["secret"]
        .as_str()
        .expect("secret shown once")
        .to_owned();
    assert!(secret.starts_with("co_") && secret.len() == 67, "{secret}");
    expect_status(app.get("/api/v1/me", &secret).await, StatusCode::OK).await;

    let id = created["id"].as_str().expect("id");
    let revoked = expect_status(
        app.delete(&format!("/api/v1/tokens/{id}"), &secret).await,
        StatusCode::OK,
    )
    .await;
    assert!(revoked["revoked_at"].is_string());
    expect_problem(
        app.get("/api/v1/me", &secret).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    // Other tokens of the same user keep working.
    expect_status(
        app.get("/api/v1/me", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
}

#[tokio::test]
async fn an_expired_token_is_refused() {
    let app = spawn_app().await;
    let yesterday = closeout_model::id::now() - chrono::Duration::days(1);
    let (_, expired) = app
        .user_with_token("late@example.test", Role::Manager, Some(yesterday))
        .await;
    expect_problem(
        app.get("/api/v1/me", &expired).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    let tomorrow = closeout_model::id::now() + chrono::Duration::days(1);
    let (_, valid) = app
        .user_with_token("early@example.test", Role::Manager, Some(tomorrow))
        .await;
    expect_status(app.get("/api/v1/me", &valid).await, StatusCode::OK).await;
}

#[tokio::test]
async fn token_secrets_are_never_listed() {
    let app = spawn_app().await;
    let listed = expect_status(
        app.get("/api/v1/tokens", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let text = listed.to_string();
    assert!(!text.contains(&app.admin_token), "a secret leaked: {text}");
    assert!(
        !text.contains("token_hash") && !text.contains("secret"),
        "{text}"
    );
}

#[tokio::test]
async fn only_admins_manage_users_and_others_tokens() {
    let app = spawn_app().await;
    let (manager_id, manager) = app
        .user_with_role("manager@example.test", Role::Manager)
        .await;
    let forbidden = app
        .post(
            "/api/v1/users",
            &manager,
            &json!({"email": "new@example.test", "role": "contributor"}),
        )
        .await;
    expect_problem(forbidden, StatusCode::FORBIDDEN, "forbidden").await;
    let created = app
        .post(
            "/api/v1/users",
            &app.admin_token,
            &json!({"email": "New@Example.test ", "role": "contributor"}),
        )
        .await;
    let created = expect_status(created, StatusCode::CREATED).await;
    assert_eq!(created["email"], "new@example.test");
    assert_eq!(created["role"], "contributor");
    let duplicate = app
        .post(
            "/api/v1/users",
            &app.admin_token,
            &json!({"email": "new@example.test", "role": "auditor"}),
        )
        .await;
    expect_problem(duplicate, StatusCode::CONFLICT, "conflict").await;

    // A manager cannot mint a token for someone else; an admin can.
    let other = created["id"].as_str().expect("id");
    let refused = app
        .post("/api/v1/tokens", &manager, &json!({"user_id": other}))
        .await;
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    let minted = app
        .post(
            "/api/v1/tokens",
            &app.admin_token,
            &json!({"user_id": manager_id}),
        )
        .await;
    let minted = expect_status(minted, StatusCode::CREATED).await;
    let me = expect_status(
        app.get("/api/v1/me", minted["secret"].as_str().expect("secret"))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(me["email"], "manager@example.test");
}

#[tokio::test]
async fn contributors_see_only_what_is_assigned_to_them() {
    let app = spawn_app().await;
    let (_, contributor) = app
        .user_with_role("owner@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let other_audit = app.create_audit("Internal").await;
    let mine = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"}))
        .await;
    let theirs = app
        .create_finding(
            &audit,
            json!({"reference": "NC-02", "grade": "minor", "statement": "s"}),
        )
        .await;
    app.create_finding(
        &other_audit,
        json!({"reference": "NC-01", "grade": "major", "statement": "s"}),
    )
    .await;

    let listed = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/findings"), &contributor)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["items"][0]["reference"], "NC-01");
    assert_eq!(listed["items"][0]["owner"], "owner@example.test");
    expect_status(
        app.get(
            &format!("/api/v1/findings/{}", mine["id"].as_str().expect("id")),
            &contributor,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let hidden = app
        .get(
            &format!("/api/v1/findings/{}", theirs["id"].as_str().expect("id")),
            &contributor,
        )
        .await;
    expect_problem(hidden, StatusCode::NOT_FOUND, "not-found").await;

    let audits = expect_status(
        app.get("/api/v1/audits", &contributor).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(audits["total"], 1);
    assert_eq!(audits["items"][0]["id"], audit.as_str());
    expect_problem(
        app.get(&format!("/api/v1/audits/{other_audit}"), &contributor)
            .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;

    let write = app
        .post(
            "/api/v1/audits",
            &contributor,
            &json!({"name": "x", "kind": "internal"}),
        )
        .await;
    expect_problem(write, StatusCode::FORBIDDEN, "forbidden").await;
    let regrade = app
        .patch(
            &format!("/api/v1/findings/{}", mine["id"].as_str().expect("id")),
            &contributor,
            &json!({"grade": "ofi"}),
        )
        .await;
    expect_problem(regrade, StatusCode::FORBIDDEN, "forbidden").await;
}

#[tokio::test]
async fn auditors_read_everything_and_change_nothing() {
    let app = spawn_app().await;
    let (_, auditor) = app
        .user_with_role("auditor@example.test", Role::Auditor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-01", "grade": "major", "statement": "s"}),
        )
        .await;
    let listed = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/findings"), &auditor)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed["total"], 1);
    expect_status(app.get("/api/v1/users", &auditor).await, StatusCode::OK).await;
    let refused = app
        .patch(
            &format!("/api/v1/findings/{}", finding["id"].as_str().expect("id")),
            &auditor,
            &json!({"grade": "minor"}),
        )
        .await;
    let problem = expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("auditor"),
        "{problem}"
    );
    let refused = app
        .post(
            &format!("/api/v1/audits/{audit}/findings"),
            &auditor,
            &json!({"reference": "NC-09", "grade": "minor", "statement": "s"}),
        )
        .await;
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
}
