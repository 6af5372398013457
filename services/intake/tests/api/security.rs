//! The holes a security review found, each tried the way it was reproduced: tokens that
//! outlived their maker, an administrator acting as someone else unseen, unbounded token
//! creation and multipart parts, and the headers that keep pages from being framed or
//! injected.

use chrono::{DateTime, Duration, Utc};
use closeout_model::user::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, expect_problem, expect_status, spawn_app};

fn expiry(token: &Value) -> DateTime<Utc> {
    token["expires_at"]
        .as_str()
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .map(|at| at.with_timezone(&Utc))
        .unwrap_or_else(|| panic!("a token always expires now: {token}"))
}

async fn new_token(app: &TestApp, with: &str, body: Value) -> Value {
    expect_status(
        app.post("/api/v1/tokens", with, &body).await,
        StatusCode::CREATED,
    )
    .await
}

#[tokio::test]
async fn a_token_made_with_a_token_never_outlives_it_nor_survives_its_revocation() {
    let app = spawn_app().await;
    let parent = new_token(&app, &app.admin_token, json!({"expires_in_days": 1})).await;
    let parent_secret = parent["secret"].as_str().unwrap();
    // Asked for no expiry, then for ten years: either way it ends with its parent.
    for body in [json!({}), json!({"expires_in_days": 3650})] {
        let child = new_token(&app, parent_secret, body).await;
        assert!(
            expiry(&child) <= expiry(&parent),
            "{child} outlives {parent}"
        );
        assert_eq!(child["parent_id"], parent["id"]);
    }
    let child = new_token(&app, parent_secret, json!({"name": "child"})).await;
    let grandchild = new_token(&app, child["secret"].as_str().unwrap(), json!({})).await;
    for secret in [&child["secret"], &grandchild["secret"]] {
        expect_status(
            app.get("/api/v1/me", secret.as_str().unwrap()).await,
            StatusCode::OK,
        )
        .await;
    }
    let parent_id = parent["id"].as_str().unwrap();
    expect_status(
        app.delete(&format!("/api/v1/tokens/{parent_id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    for secret in [&parent["secret"], &child["secret"], &grandchild["secret"]] {
        expect_problem(
            app.get("/api/v1/me", secret.as_str().unwrap()).await,
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        )
        .await;
    }
}

#[tokio::test]
async fn token_lifetimes_are_capped_by_the_organisation() {
    let app = spawn_app().await;
    let today = Utc::now();
    let default = new_token(&app, &app.admin_token, json!({})).await;
    let days = (expiry(&default) - today).num_days();
    assert!((89..=90).contains(&days), "{days} days: {default}");
    let organisation = expect_status(
        app.patch(
            "/api/v1/organisation",
            &app.admin_token,
            &json!({"token_lifetime_days": 7}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(organisation["token_lifetime_days"], 7);
    let long = new_token(&app, &app.admin_token, json!({"expires_in_days": 365})).await;
    assert!(expiry(&long) <= Utc::now() + Duration::days(7), "{long}");
    expect_problem(
        app.patch(
            "/api/v1/organisation",
            &app.admin_token,
            &json!({"token_lifetime_days": 0}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
}

#[tokio::test]
async fn a_token_made_for_someone_else_names_its_maker_in_the_token_and_the_history() {
    let app = spawn_app().await;
    let (auditor, _) = app
        .user_with_role("auditor@example.test", Role::Auditor)
        .await;
    let admin = expect_status(
        app.get("/api/v1/me", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let made = new_token(
        &app,
        &app.admin_token,
        json!({"user_id": auditor, "name": "acting as the auditor"}),
    )
    .await;
    assert_eq!(made["user_id"], auditor.as_str());
    assert_eq!(made["created_by"], admin["id"]);
    // What is done with it is the auditor's act with the administrator behind it.
    let audit = app.create_audit("Stage 2").await;
    let secret = made["secret"].as_str().unwrap();
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            secret,
            &json!({"name": "Renamed"}),
        )
        .await,
        StatusCode::FORBIDDEN,
    )
    .await;
    // An auditor may make their own tokens: the one made with this token still names the
    // administrator, so the person behind is never laundered.
    let grandchild = new_token(&app, secret, json!({})).await;
    assert_eq!(grandchild["created_by"], admin["id"]);
    assert_eq!(grandchild["user_id"], auditor.as_str());
}

#[tokio::test]
async fn making_tokens_is_limited_per_person_and_hour() {
    let app = spawn_app().await;
    for _ in 0..closeout_model::limits::TOKENS_PER_HOUR {
        new_token(&app, &app.admin_token, json!({})).await;
    }
    let refused = app
        .post("/api/v1/tokens", &app.admin_token, &json!({}))
        .await;
    assert_eq!(
        refused
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("3600")
    );
    let problem = expect_problem(refused, StatusCode::TOO_MANY_REQUESTS, "too-many-requests").await;
    assert!(
        problem["detail"].as_str().unwrap().contains("past hour"),
        "{problem}"
    );
}

#[tokio::test]
async fn a_part_sent_twice_is_refused_so_uploads_have_a_bounded_number_of_parts() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "Reference,Grade,Statement\nNC-1,Minor,Logs are kept 7 days\n";
    let mut form = reqwest::multipart::Form::new();
    for _ in 0..3 {
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("r.csv"),
        );
    }
    let response = app
        .client
        .post(app.url(&format!("/api/v1/audits/{audit}/imports")))
        .bearer_auth(&app.admin_token)
        .multipart(form)
        .send()
        .await
        .expect("request");
    let problem = expect_problem(response, StatusCode::BAD_REQUEST, "bad-request").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("more than once"),
        "{problem}"
    );
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/sign-in", "/api/v1/audits", "/healthz"] {
        let response = app
            .client
            .get(app.url(path))
            .bearer_auth(&app.admin_token)
            .send()
            .await
            .expect("request");
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let policy = header("content-security-policy");
        assert!(policy.contains("script-src 'self'"), "{path}: {policy}");
        assert!(!policy.contains("unsafe-inline"), "{path}: {policy}");
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
        // Served over plain http here: HSTS would be meaningless and is not sent.
        assert_eq!(header("strict-transport-security"), "", "{path}");
    }
}
