//! The reports for the certification body: the OSCAL POA&M validates against the official
//! schema, and the workbooks hold what an auditor reads, with no cell turned into a formula.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use closeout_model::user::Role;
use closeout_testing::{TestApp, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::spawn_app;

const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../testdata/oscal/oscal_poam_schema.v1.0.6.json"
);

/// An audit with a closed major, a minor in progress with an injection attempt, and an OFI.
async fn worked_audit(app: &TestApp) -> String {
    let (_, auditor) = app
        .user_with_role("verifier@example.test", Role::Auditor)
        .await;
    app.user_with_role("owner@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2 2026").await;
    let major = app.create_finding(&audit, json!({"reference": "NC-01", "grade": "major", "requirements": ["A.5.18"], "statement": "Leavers keep access.", "owner": "owner@example.test", "objective_evidence": "3 of 20 leavers active"})).await;
    let minor = app.create_finding(&audit, json!({"reference": "NC-02", "grade": "minor", "statement": "=HYPERLINK(\"http://evil.test\",\"click\")"})).await;
    app.create_finding(
        &audit,
        json!({"reference": "OFI-1", "grade": "ofi", "statement": "Automate reviews."}),
    )
    .await;
    let plan = json!({
        "requirement": "A.5.18 access rights", "evidence": "3 of 20", "nonconformity": "Leavers keep access.",
        "correction": "Accounts disabled.", "root_cause_whys": ["Manual e-mail", "No HR-IT link"], "cause_category": "process",
        "corrective_actions": [{"description": "Automate deprovisioning", "owner": "owner@example.test", "target_date": "2026-05-15"}],
        "isms_documents": ["Leaver procedure"], "effectiveness": "Three monthly reconciliations", "effort_days": 5
    });
    for (finding, steps) in [
        (
            &major,
            vec!["submit_plan", "accept_plan", "start", "submit_evidence"],
        ),
        (&minor, vec!["submit_plan", "accept_plan", "start"]),
    ] {
        let id = finding["id"].as_str().expect("id");
        app.save_plan(id, &plan).await;
        app.take_steps(id, &steps).await;
    }
    let id = major["id"].as_str().expect("id");
    expect_status(
        app.post(
            &format!("/api/v1/findings/{id}/evidence"),
            &app.admin_token,
            &json!({"kind": "link", "url": "https://tickets.example.test/1"}),
        )
        .await,
        StatusCode::CREATED,
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
    audit
}

#[tokio::test]
async fn the_poam_validates_against_the_oscal_schema_and_says_what_happened() {
    let app = spawn_app().await;
    let audit = worked_audit(&app).await;
    let response = app
        .get(
            &format!("/api/v1/audits/{audit}/reports/poam.json"),
            &app.admin_token,
        )
        .await;
    let document = expect_status(response, StatusCode::OK).await;
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(SCHEMA).expect("the OSCAL schema in testdata/"),
    )
    .expect("schema JSON");
    let validator = jsonschema::draft7::new(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "OSCAL validation failed:\n{}",
        errors.join("\n")
    );
    // The validator does reject what OSCAL forbids: a version-7 UUID, a date without a zone.
    let mut broken = document.clone();
    broken["plan-of-action-and-milestones"]["uuid"] = json!(uuid_v7_like());
    broken["plan-of-action-and-milestones"]["risks"][1]["deadline"] = json!("2026-05-19");
    let refused: Vec<String> = validator
        .iter_errors(&broken)
        .map(|e| e.instance_path().to_string())
        .collect();
    assert!(refused.iter().any(|p| p.ends_with("/uuid")), "{refused:?}");
    assert!(
        refused.iter().any(|p| p.ends_with("/deadline")),
        "{refused:?}"
    );

    let poam = &document["plan-of-action-and-milestones"];
    assert_eq!(poam["metadata"]["oscal-version"], "1.0.6");
    assert_eq!(poam["poam-items"].as_array().expect("items").len(), 3);
    let risks = poam["risks"].as_array().expect("risks");
    let status: Vec<&str> = risks
        .iter()
        .map(|r| r["status"].as_str().expect("status"))
        .collect();
    assert_eq!(status, ["closed", "remediating", "open"]);
    let closed = &risks[0];
    assert_eq!(closed["remediations"][0]["lifecycle"], "completed");
    let log: Vec<&str> = closed["risk-log"]["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["title"].as_str().expect("title"))
        .collect();
    assert_eq!(
        log,
        [
            "finding raised",
            "draft plan",
            "submit plan",
            "accept plan",
            "start",
            "submit evidence",
            "verify",
            "close"
        ]
    );
    let tasks = risks[1]["remediations"][0]["tasks"]
        .as_array()
        .expect("tasks");
    assert!(
        tasks
            .iter()
            .any(|t| t["type"] == "action"
                && t["timing"]["on-date"]["date"] == "2026-05-15T00:00:00Z")
    );
    assert!(
        tasks.iter().any(|t| t["type"] == "milestone"
            && t["timing"]["on-date"]["date"] == "2026-04-03T00:00:00Z")
    );
    assert_eq!(risks[1]["deadline"], "2026-05-19T00:00:00Z");
    // Exported twice, the identifiers do not change.
    let again = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit}/reports/poam.json"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        again["plan-of-action-and-milestones"]["risks"],
        poam["risks"]
    );
}

fn uuid_v7_like() -> &'static str {
    "01a21722-b718-70fa-b93a-463059cedf4f"
}

fn sheet(bytes: Vec<u8>) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("an xlsx");
    let name = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&name).expect("sheet");
    range.rows().map(|r| r.to_vec()).collect()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        other => panic!("a cell that should be text is {other:?}"),
    }
}

#[tokio::test]
async fn the_workbooks_hold_the_plan_and_the_evidence_and_no_formula() {
    let app = spawn_app().await;
    let audit = worked_audit(&app).await;
    let response = app
        .get(
            &format!("/api/v1/audits/{audit}/reports/corrective-action-plan.xlsx"),
            &app.admin_token,
        )
        .await;
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"Corrective_Action_Plan_Stage_2_2026.xlsx\""
    );
    let bytes = response.bytes().await.expect("bytes").to_vec();
    let rows = sheet(bytes.clone());
    assert_eq!(text(&rows[0][0]), "Corrective Action Plan");
    assert_eq!(text(&rows[3][0]), "Ref");
    let nc1 = &rows[4];
    assert_eq!(text(&nc1[0]), "NC-01");
    assert_eq!(text(&nc1[7]), "1. Manual e-mail\n2. No HR-IT link");
    assert_eq!(
        text(&nc1[9]),
        "Automate deprovisioning (owner@example.test, 2026-05-15)"
    );
    assert_eq!(text(&nc1[14]), "closed");
    let nc2 = &rows[5];
    assert_eq!(
        text(&nc2[5]),
        "Leavers keep access.",
        "the plan's nonconformity part"
    );
    // The hostile statement is stored as text in the finding, and no cell of any sheet is a formula.
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive
            .by_name("xl/worksheets/sheet1.xml")
            .expect("sheet xml"),
        &mut xml,
    )
    .expect("read");
    assert!(
        !xml.contains("<f>") && !xml.contains("<f "),
        "a formula was written"
    );

    let response = app
        .get(
            &format!("/api/v1/audits/{audit}/reports/evidence-of-correction.xlsx"),
            &app.admin_token,
        )
        .await;
    let rows = sheet(response.bytes().await.expect("bytes").to_vec());
    let nc1 = &rows[4];
    assert!(text(&nc1[4]).contains("https://tickets.example.test/1"));
    assert_eq!(text(&nc1[6]), "verifier@example.test");
    assert!(!text(&nc1[7]).is_empty());
    let ofi = &rows[6];
    assert_eq!(text(&ofi[8]), "open");
}

#[tokio::test]
async fn reports_are_for_managers_and_auditors_of_the_organisation() {
    let app = spawn_app().await;
    let audit = app.create_audit("Empty").await;
    expect_problem(
        app.get(
            &format!("/api/v1/audits/{audit}/reports/poam.json"),
            &app.admin_token,
        )
        .await,
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;
    let (_, contributor) = app
        .user_with_role("c@example.test", Role::Contributor)
        .await;
    expect_problem(
        app.get(
            &format!("/api/v1/audits/{audit}/reports/poam.json"),
            &contributor,
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let stranger = app.second_organisation_admin().await;
    expect_problem(
        app.get(
            &format!("/api/v1/audits/{audit}/reports/corrective-action-plan.xlsx"),
            &stranger,
        )
        .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
}
