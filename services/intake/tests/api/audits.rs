//! Audits: create, read, list, update, history.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{expect_problem, expect_status, spawn_app};

#[tokio::test]
async fn an_audit_is_created_with_the_contract_fields_and_read_back() {
    let app = spawn_app().await;
    let response = app
        .post(
            "/api/v1/audits",
            &app.admin_token,
            &json!({"name": "2026 Stage 2", "kind": "stage2", "certification_body": "BSI", "report_date": "2026-03-20",
                    "start_date": "2026-03-16", "end_date": "2026-03-18", "certificate_expiry": "2029-03-31"}),
        )
        .await;
    let created = expect_status(response, StatusCode::CREATED).await;
    let id = created["id"].as_str().expect("id");
    assert_eq!(created["kind"], "stage2");
    assert_eq!(created["report_date"], "2026-03-20");
    assert_eq!(created["standard"], "ISO/IEC 27001:2022");
    assert!(created["created_at"].as_str().expect("time").ends_with('Z'));
    let read = expect_status(
        app.get(&format!("/api/v1/audits/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read, created);
}

#[tokio::test]
async fn invalid_audits_list_every_field_at_fault() {
    let app = spawn_app().await;
    let response = app
        .post(
            "/api/v1/audits",
            &app.admin_token,
            &json!({"name": " ", "kind": "stage3", "report_date": "20/03/2026", "start_date": "2026-03-18", "end_date": "2026-03-16"}),
        )
        .await;
    let problem = expect_problem(response, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    for field in ["name", "kind", "report_date", "end_date"] {
        assert!(fields.contains(&field), "{field} missing from {problem}");
    }
    let kind = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .find(|e| e["field"] == "kind")
        .expect("kind");
    assert!(
        kind["message"]
            .as_str()
            .expect("message")
            .contains("stage3")
    );
}

#[tokio::test]
async fn malformed_json_and_unknown_fields_are_400_problems() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/v1/audits"))
        .bearer_auth(&app.admin_token)
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .expect("request");
    expect_problem(response, StatusCode::BAD_REQUEST, "bad-request").await;
    let typo = app
        .post(
            "/api/v1/audits",
            &app.admin_token,
            &json!({"name": "x", "kind": "internal", "reprot_date": "2026-01-01"}),
        )
        .await;
    let problem = expect_problem(typo, StatusCode::BAD_REQUEST, "bad-request").await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("reprot_date"),
        "{problem}"
    );
}

#[tokio::test]
async fn updating_an_audit_records_each_change_with_its_author_and_reason() {
    let app = spawn_app().await;
    let id = app.create_audit("Stage 2").await;
    let updated = app
        .patch(&format!("/api/v1/audits/{id}"), &app.admin_token, &json!({"report_date": "2026-03-25", "certification_body": null, "reason": "report reissued"}))
        .await;
    let updated = expect_status(updated, StatusCode::OK).await;
    assert_eq!(updated["report_date"], "2026-03-25");
    assert_eq!(updated["certification_body"], serde_json::Value::Null);
    assert_eq!(updated["name"], "Stage 2");

    let history = expect_status(
        app.get(&format!("/api/v1/audits/{id}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let entries = history.as_array().expect("entries");
    assert_eq!(entries.len(), 2, "{history}");
    assert_eq!(entries[0]["action"], "create");
    let update = &entries[1];
    assert_eq!(update["action"], "update");
    assert_eq!(update["reason"], "report reissued");
    assert!(update["actor_id"].is_string());
    let changes = update["changes"].as_array().expect("changes");
    assert!(
        changes
            .contains(&json!({"field": "report_date", "from": "2026-03-20", "to": "2026-03-25"})),
        "{update}"
    );
    assert!(
        changes.contains(&json!({"field": "certification_body", "from": "BSI", "to": null})),
        "{update}"
    );

    // A patch that changes nothing writes nothing.
    app.patch(
        &format!("/api/v1/audits/{id}"),
        &app.admin_token,
        &json!({"name": "Stage 2"}),
    )
    .await;
    let history = expect_status(
        app.get(&format!("/api/v1/audits/{id}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(history.as_array().expect("entries").len(), 2);
}

#[tokio::test]
async fn audits_are_listed_newest_first_and_filter_by_kind() {
    let app = spawn_app().await;
    for (name, kind) in [
        ("a", "stage1"),
        ("b", "stage2"),
        ("c", "surveillance"),
        ("d", "stage2"),
    ] {
        expect_status(
            app.post(
                "/api/v1/audits",
                &app.admin_token,
                &json!({"name": name, "kind": kind}),
            )
            .await,
            StatusCode::CREATED,
        )
        .await;
    }
    let all = expect_status(
        app.get("/api/v1/audits", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(all["total"], 4);
    let names: Vec<&str> = all["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|a| a["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["d", "c", "b", "a"]);
    let stage2 = expect_status(
        app.get("/api/v1/audits?kind=stage2&limit=1", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(stage2["total"], 2);
    assert_eq!(stage2["items"][0]["name"], "d");
    let next = stage2["next_after"].as_str().expect("a next page");
    let page2 = expect_status(
        app.get(
            &format!("/api/v1/audits?kind=stage2&limit=1&after={next}"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(page2["items"][0]["name"], "b");
    let bad = app.get("/api/v1/audits?kind=final", &app.admin_token).await;
    expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
}
