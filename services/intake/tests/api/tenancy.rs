//! No organisation ever sees another's data: every endpoint, called by another organisation's
//! administrator with this organisation's identifiers, answers as if they did not exist.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{expect_problem, expect_status, spawn_app};

#[tokio::test]
async fn another_organisation_sees_nothing_through_any_endpoint() {
    let app = spawn_app().await;
    let audit = app.create_audit("Ours").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-01", "grade": "major", "statement": "ours"}),
        )
        .await;
    let finding = finding["id"].as_str().expect("id").to_owned();
    let token = expect_status(
        app.post("/api/v1/tokens", &app.admin_token, &json!({}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    let token_id = token["id"].as_str().expect("id").to_owned();
    let user = expect_status(
        app.post(
            "/api/v1/users",
            &app.admin_token,
            &json!({"email": "ours@example.test", "role": "manager"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;

    // A second organisation on the same server and database.
    let stranger_token = app.second_organisation_admin().await;
    let app_as_stranger = |path: &str| (app.url(path), stranger_token.clone());

    for path in [
        format!("/api/v1/audits/{audit}"),
        format!("/api/v1/audits/{audit}/findings"),
        format!("/api/v1/audits/{audit}/history"),
        format!("/api/v1/findings/{finding}"),
        format!("/api/v1/findings/{finding}/history"),
    ] {
        let (url, token) = app_as_stranger(&path);
        let response = app
            .client
            .get(url)
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        expect_problem(response, StatusCode::NOT_FOUND, "not-found").await;
    }
    let writes = [
        (
            reqwest::Method::PATCH,
            format!("/api/v1/audits/{audit}"),
            json!({"name": "stolen"}),
        ),
        (
            reqwest::Method::POST,
            format!("/api/v1/audits/{audit}/findings"),
            json!({"reference": "X-1", "grade": "minor", "statement": "s"}),
        ),
        (
            reqwest::Method::PATCH,
            format!("/api/v1/findings/{finding}"),
            json!({"statement": "stolen"}),
        ),
        (
            reqwest::Method::POST,
            "/api/v1/tokens".to_owned(),
            json!({"user_id": user["id"]}),
        ),
        (
            reqwest::Method::DELETE,
            format!("/api/v1/tokens/{token_id}"),
            json!({}),
        ),
    ];
    for (method, path, body) in writes {
        let (url, token) = app_as_stranger(&path);
        let response = app
            .client
            .request(method.clone(), url)
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .expect("request");
        let status = response.status();
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "{method} {path}: {}",
            response.text().await.unwrap_or_default()
        );
    }
    for path in ["/api/v1/audits", "/api/v1/users", "/api/v1/tokens"] {
        let (url, token) = app_as_stranger(path);
        let response = app
            .client
            .get(url)
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        let body = expect_status(response, StatusCode::OK).await.to_string();
        assert!(
            !body.contains(&audit)
                && !body.contains("ours@example.test")
                && !body.contains(&token_id),
            "{path} leaked: {body}"
        );
    }

    // Nothing was changed by the attempts.
    let ours = expect_status(
        app.get(&format!("/api/v1/findings/{finding}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(ours["statement"], "ours");
    let audit_now = expect_status(
        app.get(&format!("/api/v1/audits/{audit}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit_now["name"], "Ours");
    expect_status(
        app.get("/api/v1/me", token["secret"].as_str().expect("secret"))
            .await,
        StatusCode::OK,
    )
    .await;
}
