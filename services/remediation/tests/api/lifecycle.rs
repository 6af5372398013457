//! The corrective action plan and the enforced lifecycle, through the API.

use closeout_model::user::Role;
use closeout_testing::{TestApp, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::spawn_app;

fn full_plan() -> Value {
    json!({
        "requirement": "ISO/IEC 27001 A.5.18 requires access rights to be removed at termination.",
        "evidence": "3 of 20 sampled leavers kept active accounts.",
        "nonconformity": "Leavers' access is not removed on time.",
        "correction": "The three accounts were disabled on 18 March.",
        "root_cause_whys": ["HR tells IT by email", "Emails are missed during holidays", "No system link between HR and IT"],
        "cause_category": "process",
        "corrective_actions": [{"description": "Automate deprovisioning from the HR system", "owner": "it.lead@example.test", "target_date": "2026-05-15"}],
        "isms_documents": ["Access control policy", "Leaver procedure"],
        "effectiveness": "Monthly reconciliation for three months shows no active leaver account.",
        "effort_days": 8
    })
}

async fn step(
    app: &TestApp,
    token: &str,
    finding: &str,
    action: &str,
    reason: Option<&str>,
) -> reqwest::Response {
    app.post(
        &format!("/api/v1/findings/{finding}/transitions"),
        token,
        &json!({"action": action, "reason": reason}),
    )
    .await
}

async fn put_plan(app: &TestApp, token: &str, finding: &str, plan: &Value) -> reqwest::Response {
    app.client
        .put(app.url(&format!("/api/v1/findings/{finding}/plan")))
        .bearer_auth(token)
        .json(plan)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn a_major_goes_from_report_to_closed_with_every_step_in_the_log() {
    let app = spawn_app().await;
    let (_, owner) = app
        .user_with_role("it.lead@example.test", Role::Contributor)
        .await;
    let (_, auditor) = app
        .user_with_role("internal.auditor@example.test", Role::Auditor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app.create_finding(&audit, json!({"reference": "NC-01", "grade": "major", "statement": "Leavers keep access.", "owner": "it.lead@example.test"})).await;
    let id = finding["id"].as_str().expect("id");
    expect_problem(
        app.get(&format!("/api/v1/findings/{id}/plan"), &owner)
            .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;

    // The owner drafts; an incomplete plan cannot be submitted.
    expect_status(
        put_plan(
            &app,
            &owner,
            id,
            &json!({"correction": "Disabled the accounts."}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let incomplete = step(&app, &app.admin_token, id, "submit_plan", None).await;
    let problem = expect_problem(incomplete, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert!(
        problem["errors"].to_string().contains("root_cause_whys"),
        "{problem}"
    );
    expect_status(
        put_plan(&app, &owner, id, &full_plan()).await,
        StatusCode::OK,
    )
    .await;
    // A contributor does not submit; a manager does.
    expect_problem(
        step(&app, &owner, id, "submit_plan", None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    expect_status(
        step(&app, &app.admin_token, id, "submit_plan", None).await,
        StatusCode::OK,
    )
    .await;
    expect_problem(
        put_plan(&app, &owner, id, &full_plan()).await,
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;
    // Rejected with a reason, revised, resubmitted, accepted.
    expect_problem(
        step(&app, &auditor, id, "reject_plan", None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    expect_status(
        step(
            &app,
            &auditor,
            id,
            "reject_plan",
            Some("the root cause stops at the symptom"),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let mut revised = full_plan();
    revised["root_cause_whys"]
        .as_array_mut()
        .expect("whys")
        .push(json!("Nobody owns the leaver process end to end"));
    expect_status(put_plan(&app, &owner, id, &revised).await, StatusCode::OK).await;
    expect_status(
        step(&app, &app.admin_token, id, "submit_plan", None).await,
        StatusCode::OK,
    )
    .await;
    expect_status(
        step(&app, &app.admin_token, id, "accept_plan", None).await,
        StatusCode::OK,
    )
    .await;
    // Work, evidence, a rejection of the evidence, then verification by an auditor.
    expect_status(step(&app, &owner, id, "start", None).await, StatusCode::OK).await;
    app.assert_status_follows_deadlines().await;
    expect_problem(
        step(&app, &app.admin_token, id, "close", None).await,
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;
    expect_status(
        step(&app, &owner, id, "submit_evidence", None).await,
        StatusCode::OK,
    )
    .await;
    expect_problem(
        step(&app, &app.admin_token, id, "verify", None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    expect_status(
        step(
            &app,
            &auditor,
            id,
            "reject_evidence",
            Some("the reconciliation report is missing"),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    expect_status(
        step(&app, &owner, id, "submit_evidence", None).await,
        StatusCode::OK,
    )
    .await;
    let verified = expect_status(
        step(&app, &auditor, id, "verify", None).await,
        StatusCode::OK,
    )
    .await;
    app.assert_status_follows_deadlines().await;
    assert_eq!(verified["status"], "verified");
    let closed = expect_status(
        step(&app, &app.admin_token, id, "close", None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(closed["status"], "closed");
    expect_problem(
        step(&app, &app.admin_token, id, "close", None).await,
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;

    let log = expect_status(
        app.get(&format!("/api/v1/findings/{id}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let moves: Vec<(String, String, Value)> = log
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| {
            e["action"] != "create"
                && e["changes"]
                    .as_array()
                    .is_some_and(|c| c.iter().any(|c| c["field"] == "status"))
        })
        .map(|e| {
            (
                e["action"].as_str().expect("action").to_owned(),
                e["changes"][0]["to"].as_str().expect("to").to_owned(),
                e["reason"].clone(),
            )
        })
        .collect();
    let expected = [
        ("draft_plan", "plan_drafted", Value::Null),
        ("submit_plan", "plan_submitted", Value::Null),
        (
            "reject_plan",
            "plan_drafted",
            json!("the root cause stops at the symptom"),
        ),
        ("submit_plan", "plan_submitted", Value::Null),
        ("accept_plan", "plan_accepted", Value::Null),
        ("start", "in_progress", Value::Null),
        ("submit_evidence", "evidence_submitted", Value::Null),
        (
            "reject_evidence",
            "in_progress",
            json!("the reconciliation report is missing"),
        ),
        ("submit_evidence", "evidence_submitted", Value::Null),
        ("verify", "verified", Value::Null),
        ("close", "closed", Value::Null),
    ];
    let expected: Vec<(String, String, Value)> = expected
        .into_iter()
        .map(|(a, t, r)| (a.to_owned(), t.to_owned(), r))
        .collect();
    assert_eq!(moves, expected);
    assert!(
        log.as_array()
            .expect("entries")
            .iter()
            .all(|e| e["actor_id"].is_string())
    );
    // The counts behind list totals follow the status.
    let closed_list = app.findings(&audit, "?status=closed").await;
    assert_eq!(closed_list["total"], 1);
    let open_list = app.findings(&audit, "?status=open").await;
    assert_eq!(open_list["total"], 0);
    // Reopening needs a reason.
    expect_status(
        step(
            &app,
            &app.admin_token,
            id,
            "reopen",
            Some("recurred at the surveillance audit"),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let plan = expect_status(
        app.get(&format!("/api/v1/findings/{id}/plan"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(plan["root_cause_whys"].as_array().expect("whys").len(), 4);
}

#[tokio::test]
async fn an_auditor_may_not_verify_their_own_work_and_strangers_may_not_touch_a_plan() {
    let app = spawn_app().await;
    let (_, auditor) = app
        .user_with_role("auditor@example.test", Role::Auditor)
        .await;
    let (_, someone) = app
        .user_with_role("someone@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Internal").await;
    let finding = app.create_finding(&audit, json!({"reference": "NC-02", "grade": "minor", "statement": "s", "owner": "auditor@example.test"})).await;
    let id = finding["id"].as_str().expect("id");
    expect_problem(
        put_plan(&app, &someone, id, &full_plan()).await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
    expect_status(
        put_plan(&app, &app.admin_token, id, &full_plan()).await,
        StatusCode::OK,
    )
    .await;
    for action in ["submit_plan", "accept_plan", "start", "submit_evidence"] {
        expect_status(
            step(&app, &app.admin_token, id, action, None).await,
            StatusCode::OK,
        )
        .await;
    }
    let refused = step(&app, &auditor, id, "verify", None).await;
    let problem = expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("own work"),
        "{problem}"
    );
    let bad = put_plan(
        &app,
        &app.admin_token,
        id,
        &json!({"corrective_actions": [{"description": "", "owner": "not an email"}]}),
    )
    .await;
    expect_problem(bad, StatusCode::CONFLICT, "conflict").await;
}

#[tokio::test]
async fn an_ofi_closes_without_a_plan_and_plans_are_checked() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let ofi = app
        .create_finding(
            &audit,
            json!({"reference": "OFI-1", "grade": "ofi", "statement": "s"}),
        )
        .await;
    let id = ofi["id"].as_str().expect("id");
    let closed = expect_status(
        step(&app, &app.admin_token, id, "close", None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(closed["status"], "closed");
    let nc = app
        .create_finding(
            &audit,
            json!({"reference": "NC-1", "grade": "minor", "statement": "s"}),
        )
        .await;
    let nc = nc["id"].as_str().expect("id");
    let bad = put_plan(&app, &app.admin_token, nc, &json!({"corrective_actions": [{"description": " ", "owner": "not an email"}], "effort_days": -3})).await;
    let problem = expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    assert_eq!(
        fields,
        [
            "corrective_actions[0].description",
            "corrective_actions[0].owner",
            "effort_days"
        ]
    );
    let unknown = app
        .post(
            &format!("/api/v1/findings/{nc}/transitions"),
            &app.admin_token,
            &json!({"action": "approve"}),
        )
        .await;
    expect_problem(unknown, StatusCode::BAD_REQUEST, "bad-request").await;
    let stranger = app.second_organisation_admin().await;
    expect_problem(
        step(&app, &stranger, nc, "close", None).await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
}

#[tokio::test]
async fn an_admin_acting_through_a_token_made_for_the_auditor_may_not_verify_their_own_evidence() {
    let app = spawn_app().await;
    let (auditor_id, auditor) = app
        .user_with_role("auditor@example.test", Role::Auditor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-03", "grade": "minor", "statement": "s"}),
        )
        .await;
    let id = finding["id"].as_str().expect("id");
    expect_status(
        put_plan(&app, &app.admin_token, id, &full_plan()).await,
        StatusCode::OK,
    )
    .await;
    for action in ["submit_plan", "accept_plan", "start", "submit_evidence"] {
        expect_status(
            step(&app, &app.admin_token, id, action, None).await,
            StatusCode::OK,
        )
        .await;
    }
    // The administrator makes themselves a token that acts as the auditor...
    let made = expect_status(
        app.post(
            "/api/v1/tokens",
            &app.admin_token,
            &json!({"user_id": auditor_id}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let as_auditor = made["secret"].as_str().expect("secret");
    // ...and may still not verify what they submitted: the rule compares people.
    let refused = step(&app, as_auditor, id, "verify", None).await;
    let problem = expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("own work"),
        "{problem}"
    );
    // The auditor, with a token of their own, verifies.
    expect_status(
        step(&app, &auditor, id, "verify", None).await,
        StatusCode::OK,
    )
    .await;
    // The history names the person behind an act done through a token made for another.
    let (manager_id, _) = app.user_with_role("mia@example.test", Role::Manager).await;
    let as_manager = expect_status(
        app.post(
            "/api/v1/tokens",
            &app.admin_token,
            &json!({"user_id": manager_id}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let other = app
        .create_finding(
            &audit,
            json!({"reference": "NC-04", "grade": "minor", "statement": "s"}),
        )
        .await;
    let other = other["id"].as_str().expect("id");
    expect_status(
        app.patch(
            &format!("/api/v1/findings/{other}"),
            as_manager["secret"].as_str().expect("secret"),
            &json!({"statement": "Changed through a token made by the administrator"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let admin = expect_status(
        app.get("/api/v1/me", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let history = expect_status(
        app.get(
            &format!("/api/v1/findings/{other}/history"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let update = history
        .as_array()
        .expect("entries")
        .iter()
        .rfind(|e| e["action"] == "update")
        .cloned()
        .expect("the change is in the history");
    assert_eq!(update["actor_id"], manager_id.as_str());
    assert_eq!(update["behind_id"], admin["id"], "{update}");
}
