//! Tasks under a plan: owners, dates, who may change what, evidence per task.

use closeout_model::user::Role;
use closeout_testing::{expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn a_fix_is_split_among_people_and_each_marks_their_part_done() {
    let app = spawn_app().await;
    let (_, owner) = app
        .user_with_role("it.lead@example.test", Role::Contributor)
        .await;
    let (_, helper) = app
        .user_with_role("hr@example.test", Role::Contributor)
        .await;
    let (_, outsider) = app
        .user_with_role("outsider@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "it.lead@example.test"})).await;
    let id = finding["id"].as_str().expect("id");

    let task = app.post(&format!("/api/v1/findings/{id}/tasks"), &owner, &json!({"title": "Send the leaver list weekly", "owner": "hr@example.test", "due_on": "2026-04-10"})).await;
    let task = expect_status(task, StatusCode::CREATED).await;
    assert_eq!(task["owner"], "hr@example.test");
    assert_eq!(task["due_on"], "2026-04-10");
    assert_eq!(task["done"], false);
    let task_id = task["id"].as_str().expect("id");
    let bad = app
        .post(
            &format!("/api/v1/findings/{id}/tasks"),
            &app.admin_token,
            &json!({"title": " ", "owner": "ghost@example.test", "due_on": "soon"}),
        )
        .await;
    let problem = expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert_eq!(problem["errors"][0]["field"], "due_on");
    expect_problem(
        app.post(
            &format!("/api/v1/findings/{id}/tasks"),
            &outsider,
            &json!({"title": "x"}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;

    // The task's owner may mark it done, and nothing else.
    expect_problem(
        app.patch(
            &format!("/api/v1/tasks/{task_id}"),
            &helper,
            &json!({"due_on": "2026-06-01"}),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let done = expect_status(
        app.patch(
            &format!("/api/v1/tasks/{task_id}"),
            &helper,
            &json!({"done": true}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(done["done"], true);
    let moved = expect_status(
        app.patch(
            &format!("/api/v1/tasks/{task_id}"),
            &app.admin_token,
            &json!({"due_on": null}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(moved["due_on"], json!(null));

    let evidence = app
        .post(
            &format!("/api/v1/findings/{id}/evidence"),
            &owner,
            &json!({"kind": "note", "text": "List sent on 3 April", "task_id": task_id}),
        )
        .await;
    assert_eq!(
        expect_status(evidence, StatusCode::CREATED).await["task_id"],
        task_id
    );
    let listed = expect_status(
        app.get(&format!("/api/v1/findings/{id}/tasks"), &owner)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed.as_array().expect("tasks").len(), 1);
    let history = expect_status(
        app.get(&format!("/api/v1/findings/{id}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let changed = history
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["action"] == "task changed")
        .expect("logged");
    assert!(
        changed["changes"]
            .as_array()
            .expect("changes")
            .contains(&json!({"field": "task.done", "from": false, "to": true}))
    );
    let stranger = app.second_organisation_admin().await;
    expect_problem(
        app.patch(
            &format!("/api/v1/tasks/{task_id}"),
            &stranger,
            &json!({"done": false}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
}
