//! The Statement of Applicability: imported from a spreadsheet through its plugin, all or
//! nothing, each change in the control's history.

use crate::helpers::{expect_problem, expect_status, spawn_app};
use reqwest::StatusCode;
use rust_xlsxwriter::Workbook;
use serde_json::{Value, json};

/// A real-looking SoA: a title row, a spacer, the table from column B, a group row.
fn soa_workbook(rows: &[(&str, &str, &str, &str)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("SoA").expect("name");
    sheet
        .write_string(0, 1, "Statement of Applicability - ACME Ltd")
        .expect("cell");
    for (column, header) in [
        "Control",
        "Control name",
        "Applicable",
        "Justification",
        "Implementation status",
    ]
    .iter()
    .enumerate()
    {
        sheet
            .write_string(2, 1 + column as u16, *header)
            .expect("cell");
    }
    sheet
        .write_string(3, 1, "5 Organizational controls")
        .expect("cell");
    for (n, (control, applicable, justification, status)) in rows.iter().enumerate() {
        let row = 4 + n as u32;
        sheet.write_string(row, 1, *control).expect("cell");
        sheet.write_string(row, 2, "title").expect("cell");
        sheet.write_string(row, 3, *applicable).expect("cell");
        sheet.write_string(row, 4, *justification).expect("cell");
        sheet.write_string(row, 5, *status).expect("cell");
    }
    book.save_to_buffer().expect("workbook")
}

async fn upload(app: &crate::helpers::TestApp, query: &str, bytes: Vec<u8>) -> reqwest::Response {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name("soa.xlsx"),
    );
    app.client
        .post(app.url(&format!("/api/v1/soa/imports{query}")))
        .bearer_auth(&app.admin_token)
        .multipart(form)
        .send()
        .await
        .expect("request")
}

fn entry<'a>(soa: &'a Value, control: &str) -> &'a Value {
    soa.as_array()
        .expect("entries")
        .iter()
        .find(|e| e["control"] == control)
        .unwrap_or_else(|| panic!("{control} missing"))
}

#[tokio::test]
async fn an_soa_spreadsheet_is_read_checked_and_stored_with_its_history() {
    let app = spawn_app().await;
    let file = soa_workbook(&[
        (
            "A.5.1",
            "Yes",
            "Policies are required by the board",
            "Implemented",
        ),
        ("A5.2 ", " y ", "Roles defined", "In progress"),
        ("5.3", "Partial", "Only in the UK entity", "Planned"),
        ("A.7.4", "No", "No physical premises of our own", "N/A"),
    ]);
    let preview = expect_status(
        upload(&app, "?dry_run=true", file.clone()).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(preview["status"], "preview");
    assert_eq!(preview["plugin"], "statement-of-applicability");
    assert_eq!(preview["controls_read"], 4);
    assert_eq!(
        preview["controls_missing"]
            .as_array()
            .expect("missing")
            .len(),
        89
    );
    let soa = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert!(
        entry(&soa, "A.5.1")["applicable"].is_null(),
        "a preview writes nothing"
    );

    let imported = expect_status(upload(&app, "", file.clone()).await, StatusCode::CREATED).await;
    assert_eq!(imported["controls_changed"], 4);
    let soa = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(soa.as_array().expect("entries").len(), 93);
    assert_eq!(entry(&soa, "A.5.1")["status"], "implemented");
    assert_eq!(entry(&soa, "A.5.2")["status"], "partially_implemented");
    assert_eq!(entry(&soa, "A.5.3")["partial"], true);
    assert_eq!(entry(&soa, "A.5.3")["status"], "planned");
    assert_eq!(entry(&soa, "A.7.4")["applicable"], false);
    assert_eq!(
        entry(&soa, "A.7.4")["justification"],
        "No physical premises of our own"
    );
    let history = expect_status(
        app.get("/api/v1/soa/A.5.1/history", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(history[0]["action"], "import");
    assert_eq!(history[0]["reason"], "imported from soa.xlsx");
    // The same file again changes nothing.
    let again = expect_status(upload(&app, "", file).await, StatusCode::OK).await;
    assert_eq!(again["status"], "unchanged");

    // A control that does not exist, or one stated twice, refuses the whole file.
    let bad = soa_workbook(&[
        ("A.5.1", "Yes", "", "Not implemented"),
        ("A.5.99", "Yes", "", "Implemented"),
        ("5.1", "No", "", ""),
    ]);
    let rejected = expect_status(
        upload(&app, "", bad).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(rejected["status"], "rejected");
    let errors: Vec<(u64, String)> = rejected["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .filter(|i| i["severity"] == "error")
        .map(|i| {
            (
                i["row"].as_u64().unwrap_or(0),
                i["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert!(
        errors
            .iter()
            .any(|(row, m)| *row == 6 && m.contains("A.5.99")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|(row, _)| *row == 7),
        "the duplicate on row 7: {errors:?}"
    );
    let soa = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        entry(&soa, "A.5.1")["status"],
        "implemented",
        "nothing was written"
    );

    // Contributors read the SoA but do not change it.
    let (_, contributor) = app
        .user_with_role(
            "owner@example.test",
            closeout_model::user::Role::Contributor,
        )
        .await;
    let refused = app
        .client
        .put(app.url("/api/v1/soa/A.5.1"))
        .bearer_auth(&contributor)
        .json(&json!({"applicable": false}))
        .send()
        .await
        .expect("request");
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
}
