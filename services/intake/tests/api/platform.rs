//! What every service shares: probes, the OpenAPI document, Swagger UI, request ids, problems
//! for unknown routes.

use reqwest::StatusCode;

use crate::helpers::{expect_problem, expect_status, spawn_app};

#[tokio::test]
async fn health_and_readiness_answer_without_a_token() {
    let app = spawn_app().await;
    let health = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("request");
    expect_status(health, StatusCode::OK).await;
    let ready = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("request");
    let ready = expect_status(ready, StatusCode::OK).await;
    assert_eq!(ready["status"], "ready");
    let expected =
        if std::env::var("CLOSEOUT_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
            "postgres"
        } else {
            "sqlite"
        };
    assert_eq!(ready["database"], expected);
}

#[tokio::test]
async fn the_openapi_document_describes_the_contract() {
    let app = spawn_app().await;
    let document = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .expect("request");
    let document = expect_status(document, StatusCode::OK).await;
    let paths = document["paths"].as_object().expect("paths");
    for path in [
        "/api/v1/audits",
        "/api/v1/audits/{audit_id}/findings",
        "/api/v1/findings/{finding_id}",
        "/healthz",
        "/readyz",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
    assert!(document["components"]["securitySchemes"]["bearer"].is_object());
    let finding = &document["components"]["schemas"]["Finding"]["properties"];
    for field in [
        "id",
        "reference",
        "grade",
        "requirements",
        "statement",
        "status",
        "owner",
        "warnings",
    ] {
        assert!(
            finding.get(field).is_some(),
            "Finding.{field} missing from the schema"
        );
    }
    let docs = app
        .client
        .get(app.url("/api/docs/"))
        .send()
        .await
        .expect("request");
    assert_eq!(docs.status(), StatusCode::OK);
    assert!(
        docs.text().await.expect("html").contains("swagger"),
        "Swagger UI is served"
    );
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_unknown_routes_are_problems() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/no-such-thing", &app.admin_token).await;
    let request_id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    assert!(request_id.is_some_and(|id| id.len() >= 32));
    expect_problem(response, StatusCode::NOT_FOUND, "not-found").await;
}
