//! The issue's "done when": an imported audit taken from report received to all closed through
//! the API, with the deadlines of the chosen certification body, every step logged, and the
//! reports.

use closeout_model::user::Role;
use closeout_testing::expect_status;
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn from_report_received_to_all_closed() {
    let app = spawn_app().await;
    let (_, auditor) = app
        .user_with_role("internal.auditor@example.test", Role::Auditor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let register = "NC ID,Grade,Clause,Nonconformity Description,Owner\n\
                    NC-01,Major NC,A.5.18,Leavers keep access,it.lead@example.test\n\
                    NC-02,Cat 2,A.8.13,A backup job failed unnoticed,ops@example.test\n\
                    OFI-01,OFI,A.5.7,Threat intelligence could feed the risk register,\n";
    let imported = expect_status(
        app.upload(&audit, "", "ncs.csv", register.as_bytes().to_vec(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(imported["findings_created"], 3);
    let choose = app
        .client
        .put(app.url(&format!("/api/v1/audits/{audit}/deadline-policy")))
        .bearer_auth(&app.admin_token)
        .json(&json!({"policy": "wcs"}))
        .send()
        .await
        .expect("request");
    expect_status(choose, StatusCode::OK).await;
    let findings = app.findings(&audit, "").await;
    let plan = json!({"requirement": "r", "evidence": "e", "nonconformity": "n", "correction": "c", "root_cause_whys": ["why"], "corrective_actions": [{"description": "fix"}]});
    for finding in findings["items"].as_array().expect("items") {
        let id = finding["id"].as_str().expect("id");
        let deadlines = expect_status(
            app.get(
                &format!("/api/v1/findings/{id}/deadlines"),
                &app.admin_token,
            )
            .await,
            StatusCode::OK,
        )
        .await;
        match finding["grade"].as_str().expect("grade") {
            "major" => assert_eq!(deadlines[0]["due_on"], "2026-04-03"),
            "minor" => assert_eq!(deadlines[0]["due_on"], "2026-04-20"),
            _ => {
                assert_eq!(deadlines, json!([]));
                expect_status(
                    app.post(
                        &format!("/api/v1/findings/{id}/transitions"),
                        &app.admin_token,
                        &json!({"action": "close"}),
                    )
                    .await,
                    StatusCode::OK,
                )
                .await;
                continue;
            }
        }
        app.save_plan(id, &plan).await;
        app.take_steps(
            id,
            &["submit_plan", "accept_plan", "start", "submit_evidence"],
        )
        .await;
        expect_status(
            app.post(
                &format!("/api/v1/findings/{id}/transitions"),
                &auditor,
                &json!({"action": "verify"}),
            )
            .await,
            StatusCode::OK,
        )
        .await;
        expect_status(
            app.post(
                &format!("/api/v1/findings/{id}/transitions"),
                &app.admin_token,
                &json!({"action": "close"}),
            )
            .await,
            StatusCode::OK,
        )
        .await;
    }
    let closed = app.findings(&audit, "?status=closed").await;
    assert_eq!(closed["total"], 3);
    let glance = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/status"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(glance["items"], json!([]));
    let poam = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit}/reports/poam.json"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let statuses: Vec<&str> = poam["plan-of-action-and-milestones"]["risks"]
        .as_array()
        .expect("risks")
        .iter()
        .map(|r| r["status"].as_str().expect("status"))
        .collect();
    assert_eq!(statuses, ["closed", "closed", "closed"]);
}
