//! Evidence of correction: files, links, notes; limits and hostile names.

use closeout_model::user::Role;
use closeout_testing::{TestApp, complete_plan, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

async fn upload(
    app: &TestApp,
    token: &str,
    finding: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        )
        .text("title", "Reconciliation report");
    app.client
        .post(app.url(&format!("/api/v1/findings/{finding}/evidence/files")))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn files_links_and_notes_are_kept_and_files_come_back_with_their_real_type() {
    let app = spawn_app().await;
    let (_, owner) = app
        .user_with_role("owner@example.test", Role::Contributor)
        .await;
    let (_, other) = app
        .user_with_role("other@example.test", Role::Contributor)
        .await;
    let (_, auditor) = app
        .user_with_role("auditor@example.test", Role::Auditor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"})).await;
    let id = finding["id"].as_str().expect("id");

    let pdf = b"%PDF-1.7\n% reconciliation\n%%EOF\n".to_vec();
    let added = expect_status(
        upload(&app, &owner, id, "../../etc/report.exe", pdf.clone()).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        added["content_type"], "application/pdf",
        "told from the bytes, not the name"
    );
    assert_eq!(added["file_name"], "report.exe");
    assert_eq!(added["size"], pdf.len());
    assert_eq!(added["title"], "Reconciliation report");
    assert_eq!(added["sha256"].as_str().expect("digest").len(), 64);
    // The same bytes again are stored once but listed twice, as shown twice.
    expect_status(
        upload(&app, &app.admin_token, id, "copy.pdf", pdf.clone()).await,
        StatusCode::CREATED,
    )
    .await;

    let link = app.post(&format!("/api/v1/findings/{id}/evidence"), &owner, &json!({"kind": "link", "url": "https://tickets.example.test/IT-4711", "title": "Change ticket"})).await;
    expect_status(link, StatusCode::CREATED).await;
    let note = app
        .post(
            &format!("/api/v1/findings/{id}/evidence"),
            &owner,
            &json!({"kind": "note", "text": "Checked with HR on 2 April."}),
        )
        .await;
    expect_status(note, StatusCode::CREATED).await;
    let script = app
        .post(
            &format!("/api/v1/findings/{id}/evidence"),
            &owner,
            &json!({"kind": "link", "url": "javascript:alert(1)"}),
        )
        .await;
    expect_problem(script, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;

    let listed = expect_status(
        app.get(&format!("/api/v1/findings/{id}/evidence"), &auditor)
            .await,
        StatusCode::OK,
    )
    .await;
    let kinds: Vec<&str> = listed
        .as_array()
        .expect("list")
        .iter()
        .map(|e| e["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["file", "file", "link", "note"]);
    let download = app
        .get(
            &format!(
                "/api/v1/evidence/{}/file",
                added["id"].as_str().expect("id")
            ),
            &auditor,
        )
        .await;
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(
        download.headers()["content-disposition"],
        "attachment; filename=\"report.exe\""
    );
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    assert_eq!(download.bytes().await.expect("bytes").to_vec(), pdf);

    // Who may add, who may see.
    expect_problem(
        upload(&app, &auditor, id, "a.pdf", b"%PDF-".to_vec()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    expect_problem(
        upload(&app, &other, id, "a.pdf", b"%PDF-".to_vec()).await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
    let stranger = app.second_organisation_admin().await;
    expect_problem(
        app.get(
            &format!(
                "/api/v1/evidence/{}/file",
                added["id"].as_str().expect("id")
            ),
            &stranger,
        )
        .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
    expect_problem(
        app.get(&format!("/api/v1/findings/{id}/evidence"), &stranger)
            .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
}

#[tokio::test]
async fn uploads_have_limits_and_evidence_survives_a_rejection() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-01", "grade": "minor", "statement": "s"}),
        )
        .await;
    let id = finding["id"].as_str().expect("id");
    let too_big = vec![b'x'; 20 * 1024 * 1024 + 1];
    let problem = expect_problem(
        upload(&app, &app.admin_token, id, "big.txt", too_big).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload-too-large",
    )
    .await;
    assert!(
        problem["detail"].as_str().expect("detail").contains("file"),
        "{problem}"
    );
    expect_problem(
        upload(&app, &app.admin_token, id, "empty.txt", Vec::new()).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    let odd = reqwest::multipart::Form::new().text("payload", "x");
    let response = app
        .client
        .post(app.url(&format!("/api/v1/findings/{id}/evidence/files")))
        .bearer_auth(&app.admin_token)
        .multipart(odd)
        .send()
        .await
        .expect("request");
    expect_problem(response, StatusCode::BAD_REQUEST, "bad-request").await;

    app.save_plan(id, &complete_plan()).await;
    app.take_steps(id, &["submit_plan", "accept_plan", "start"])
        .await;
    expect_status(
        upload(
            &app,
            &app.admin_token,
            id,
            "log.txt",
            b"0 active leavers".to_vec(),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    expect_status(
        app.post(
            &format!("/api/v1/findings/{id}/transitions"),
            &app.admin_token,
            &json!({"action": "submit_evidence"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    expect_status(
        app.post(
            &format!("/api/v1/findings/{id}/transitions"),
            &app.admin_token,
            &json!({"action": "reject_evidence", "reason": "one month is not enough"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let listed = expect_status(
        app.get(&format!("/api/v1/findings/{id}/evidence"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        listed.as_array().expect("list").len(),
        1,
        "kept after the rejection"
    );
    assert_eq!(listed[0]["content_type"], "text/plain; charset=utf-8");
}

#[tokio::test]
async fn files_past_the_organisations_storage_quota_are_refused_and_nothing_is_kept() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-01", "grade": "minor", "statement": "s"}),
        )
        .await;
    let id = finding["id"].as_str().expect("id");
    // The operator gives this organisation 1 MB.
    let db = app.db.clone();
    let scope = app.system_scope();
    tokio::task::spawn_blocking(move || {
        db.write(|c| closeout_model::organisation::set_storage_quota(c, &scope, 1_000_000))
    })
    .await
    .expect("task")
    .expect("set the quota");
    expect_status(
        upload(&app, &app.admin_token, id, "first.pdf", vec![b'a'; 600_000]).await,
        StatusCode::CREATED,
    )
    .await;
    let refused = upload(
        &app,
        &app.admin_token,
        id,
        "second.pdf",
        vec![b'b'; 600_000],
    )
    .await;
    let problem = expect_problem(refused, StatusCode::PAYLOAD_TOO_LARGE, "storage-quota").await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("quota"),
        "{problem}"
    );
    // The same bytes again take no more room: they are stored once.
    expect_status(
        upload(&app, &app.admin_token, id, "again.pdf", vec![b'a'; 600_000]).await,
        StatusCode::CREATED,
    )
    .await;
    let evidence = expect_status(
        app.get(&format!("/api/v1/findings/{id}/evidence"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(evidence.as_array().expect("list").len(), 2, "{evidence}");
}
