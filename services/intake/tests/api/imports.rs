//! Importing auditors' registers through the plugin: real and generated spreadsheets, every
//! quirk the intake issue lists, atomicity, re-uploads, hostile files.

use std::io::Write as _;

use closeout_model::user::Role;
use reqwest::StatusCode;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::{Value, json};

use crate::helpers::{expect_problem, expect_status, spawn_app};

type Sheet<'a> = &'a mut rust_xlsxwriter::Worksheet;

fn xlsx(build: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    let mut workbook = Workbook::new();
    build(&mut workbook);
    workbook.save_to_buffer().expect("xlsx")
}

fn row(sheet: Sheet<'_>, row: u32, first_column: u16, cells: &[&str]) {
    for (offset, text) in cells.iter().enumerate() {
        if !text.is_empty() {
            sheet
                .write_string(row, first_column + offset as u16, *text)
                .expect("write");
        }
    }
}

fn findings_by_reference(answer: &Value) -> std::collections::BTreeMap<String, Value> {
    answer["findings"]
        .as_array()
        .expect("findings in the preview")
        .iter()
        .map(|f| {
            (
                f["reference"].as_str().expect("reference").to_owned(),
                f.clone(),
            )
        })
        .collect()
}

/// Each previewed finding's reference and grade, in the register's order.
fn references_and_grades(answer: &Value) -> Vec<(&str, &str)> {
    answer["findings"]
        .as_array()
        .expect("findings in the preview")
        .iter()
        .map(|f| {
            (
                f["reference"].as_str().expect("reference"),
                f["grade"].as_str().expect("grade"),
            )
        })
        .collect()
}

fn issues_matching<'a>(answer: &'a Value, needle: &str) -> Vec<&'a Value> {
    answer["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .filter(|i| i["message"].as_str().is_some_and(|m| m.contains(needle)))
        .collect()
}

/// A register with the quirks of real ones: title rows, a blank spacer, the table starting in
/// column B, Excel date cells and text dates, several references per cell, a 2013 number, a
/// number stored as a float, a whitespace-only cell, an owner by email, a summary row.
fn quirky_register() -> Vec<u8> {
    xlsx(|workbook| {
        let date = Format::new().set_num_format("dd/mm/yyyy");
        let sheet = workbook
            .add_worksheet()
            .set_name("NC Register")
            .expect("name");
        sheet
            .write_string(
                0,
                1,
                "ACME Ltd - ISO/IEC 27001 Stage 2 audit - Nonconformity report",
            )
            .expect("title");
        sheet
            .write_string(1, 1, "Certification body: Example Certification Ltd")
            .expect("title");
        row(
            sheet,
            3,
            1,
            &[
                "NC ID",
                "Grade",
                "Clause / Control",
                "Nonconformity Description",
                "Objective Evidence",
                "Action Owner",
                "Date Raised",
                "Due Date",
            ],
        );
        row(
            sheet,
            4,
            1,
            &[
                "NC-01",
                "Major NC",
                "Clause 4.2 / A.5.31",
                "Legal requirements are not identified.",
                "No register of legal requirements",
                "ciso@acme.test",
                "",
                "30 Apr 2026",
            ],
        );
        sheet
            .write_datetime_with_format(
                4,
                7,
                ExcelDateTime::from_ymd(2026, 3, 18).expect("date"),
                &date,
            )
            .expect("date");
        row(
            sheet,
            5,
            1,
            &[
                "NC-02",
                "Cat 2",
                "8.20–8.22",
                "Network segregation is incomplete.",
                "   ",
                "",
                "18 Mar 2026",
                "2026-05-15 (agreed with CB)",
            ],
        );
        row(
            sheet,
            6,
            1,
            &[
                "NC-03",
                "NCMin",
                "A.12.6.1",
                "Patches are not applied in time.",
                "",
                "ops@acme.test",
                "",
                "",
            ],
        );
        row(
            sheet,
            7,
            1,
            &[
                "NC-04",
                "OFI",
                "",
                "Consider automating access reviews.",
                "",
                "",
                "",
                "",
            ],
        );
        sheet.write_number(7, 3, 5.1).expect("number");
        row(
            sheet,
            8,
            1,
            &["Total: 4 findings", "", "", "", "", "", "", ""],
        );
    })
}

#[tokio::test]
async fn a_quirky_register_previews_right_and_writes_nothing() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let response = app
        .upload(
            &audit,
            "?dry_run=true",
            "nc-report.xlsx",
            quirky_register(),
            None,
        )
        .await;
    let preview = expect_status(response, StatusCode::OK).await;
    assert_eq!(preview["status"], "preview");
    assert_eq!(preview["plugin"], "nonconformity-report");
    let sheet = &preview["sheets"][0];
    assert_eq!(sheet["header_row"], 4, "{sheet}");
    let mapped: Vec<(&str, &str)> = sheet["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| {
            (
                c["field"].as_str().expect("field"),
                c["column"].as_str().expect("column"),
            )
        })
        .collect();
    for expected in [
        ("reference", "B"),
        ("grade", "C"),
        ("requirements", "D"),
        ("statement", "E"),
        ("owner", "G"),
        ("raised_on", "H"),
    ] {
        assert!(mapped.contains(&expected), "{expected:?} not in {mapped:?}");
    }
    assert_eq!(preview["findings_created"], 4);
    let findings = findings_by_reference(&preview);
    assert_eq!(findings.len(), 4, "the summary row is not a finding");
    let nc1 = &findings["NC-01"];
    assert_eq!(nc1["grade"], "major");
    assert_eq!(nc1["requirements"], json!(["4.2", "A.5.31"]));
    assert_eq!(nc1["raised_on"], "2026-03-18");
    // Not a user, and the import was not asked to invite: kept as a pending owner.
    assert_eq!(nc1["owner"], Value::Null);
    assert_eq!(nc1["pending_owners"], json!(["ciso@acme.test"]));
    assert_eq!(nc1["action"], "create");
    assert_eq!(nc1["row"], 5);
    let nc2 = &findings["NC-02"];
    assert_eq!(nc2["grade"], "minor");
    assert_eq!(nc2["requirements"], json!(["A.8.20", "A.8.21", "A.8.22"]));
    assert_eq!(
        nc2["objective_evidence"],
        Value::Null,
        "a whitespace-only cell is empty"
    );
    assert_eq!(nc2["raised_on"], "2026-03-18");
    assert_eq!(findings["NC-03"]["requirements"], json!(["A.8.8"]));
    assert!(
        findings["NC-03"]["warnings"][0]
            .as_str()
            .expect("warning")
            .contains("2013"),
        "{}",
        findings["NC-03"]
    );
    assert_eq!(findings["NC-04"]["grade"], "ofi");
    let float = issues_matching(&preview, "dropped its zero");
    assert_eq!(float.len(), 1, "{preview}");
    assert_eq!(float[0]["row"], 8);
    assert_eq!(float[0]["column"], "D");
    assert_eq!(issues_matching(&preview, "summary row").len(), 1);
    assert_eq!(preview["new_owners"], json!([]));
    assert!(
        !issues_matching(&preview, "kept as a pending owner").is_empty(),
        "{preview}"
    );
    // Nothing was written.
    assert_eq!(app.findings(&audit, "?limit=500").await["total"], 0);
    let imports = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/imports"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(imports, json!([]));
}

#[tokio::test]
async fn committing_creates_the_findings_owners_and_an_import_record_with_the_original() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let bytes = quirky_register();
    // Owners named by email become users only when asked, and from the organisation's
    // domains.
    expect_status(
        app.patch(
            "/api/v1/organisation",
            &app.admin_token,
            &json!({"invite_domains": ["acme.test"]}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let answer = expect_status(
        app.upload(
            &audit,
            "",
            "NC report (final).xlsx",
            bytes.clone(),
            Some(json!({"invite_owners": true})),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        answer["new_owners"],
        json!(["ciso@acme.test", "ops@acme.test"])
    );
    assert_eq!(answer["status"], "imported");
    assert_eq!(answer["findings_created"], 4);
    assert_eq!(
        (
            answer["findings_updated"].clone(),
            answer["findings_unchanged"].clone()
        ),
        (json!(0), json!(0))
    );
    assert!(answer["findings"].is_null(), "only previews list findings");
    let listed = app.findings(&audit, "?limit=500").await;
    assert_eq!(listed["total"], 4);
    assert_eq!(listed["items"][0]["reference"], "NC-01");
    assert_eq!(listed["items"][0]["owner"], "ciso@acme.test");
    let users = expect_status(
        app.get("/api/v1/users", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let ops = users
        .as_array()
        .expect("users")
        .iter()
        .find(|u| u["email"] == "ops@acme.test")
        .expect("owner created");
    assert_eq!(ops["role"], "contributor");

    let id = answer["id"].as_str().expect("import id");
    let record = expect_status(
        app.get(&format!("/api/v1/imports/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(record["file_name"], "NC report (final).xlsx");
    assert_eq!(record["size"], bytes.len());
    assert_eq!(record["plugin"], "nonconformity-report");
    assert_eq!(record["findings_created"], 4);
    assert_eq!(record["sha256"], answer["sha256"]);
    let download = app
        .get(&format!("/api/v1/imports/{id}/file"), &app.admin_token)
        .await;
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(
        download.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        download.headers()["content-disposition"],
        "attachment; filename=\"NC_report__final_.xlsx\""
    );
    assert_eq!(download.bytes().await.expect("bytes").to_vec(), bytes);
    let history = expect_status(
        app.get(
            &format!(
                "/api/v1/findings/{}/history",
                listed["items"][0]["id"].as_str().expect("id")
            ),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    // The creation names the file it came from (kept, downloadable above) and what grades
    // and assigns the finding; its statement is the finding's, not repeated in the history.
    assert_eq!(history[0]["action"], "create");
    assert_eq!(history[0]["reason"], "imported from NC report (final).xlsx");
    let created = history[0]["changes"].as_array().expect("changes");
    for field in ["reference", "grade", "requirements", "status", "owner"] {
        assert!(
            created.iter().any(|c| c["field"] == field),
            "{field} in {created:?}"
        );
    }
    assert!(
        !created.iter().any(|c| c["field"] == "statement"),
        "{created:?}"
    );
    assert!(
        !listed["items"][0]["statement"]
            .as_str()
            .unwrap_or_default()
            .is_empty()
    );
}

#[tokio::test]
async fn the_same_file_again_changes_nothing_and_a_revised_one_updates_by_reference() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let first = |grade: &str, extra: bool| {
        let grade = grade.to_owned();
        xlsx(move |workbook| {
            let sheet = workbook.add_worksheet();
            row(sheet, 0, 0, &["NC ID", "Grade", "Clause", "Description"]);
            row(
                sheet,
                1,
                0,
                &["NC-01", "Minor", "A.5.15", "Leavers keep access."],
            );
            row(
                sheet,
                2,
                0,
                &["NC-02", &grade, "A.8.8", "Patching is late."],
            );
            if extra {
                row(
                    sheet,
                    3,
                    0,
                    &[
                        "NC-03",
                        "OFI",
                        "9.2",
                        "Audit programme could cover suppliers.",
                    ],
                );
            }
        })
    };
    expect_status(
        app.upload(&audit, "", "r1.xlsx", first("Minor", false), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let again = expect_status(
        app.upload(&audit, "", "r1.xlsx", first("Minor", false), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(again["status"], "unchanged");
    assert_eq!(again["findings_unchanged"], 2);
    assert_eq!(app.findings(&audit, "?limit=500").await["total"], 2);

    let revised = expect_status(
        app.upload(&audit, "", "r2.xlsx", first("Major", true), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        (
            revised["findings_created"].clone(),
            revised["findings_updated"].clone(),
            revised["findings_unchanged"].clone()
        ),
        (json!(1), json!(1), json!(1))
    );
    let all = app.findings(&audit, "?limit=500").await;
    assert_eq!(all["total"], 3, "no duplicates");
    let nc2 = all["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|f| f["reference"] == "NC-02")
        .expect("NC-02");
    assert_eq!(nc2["grade"], "major");
    let history = expect_status(
        app.get(
            &format!(
                "/api/v1/findings/{}/history",
                nc2["id"].as_str().expect("id")
            ),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let update = &history[1];
    assert_eq!(update["reason"], "revised report imported");
    assert!(
        update["changes"]
            .as_array()
            .expect("changes")
            .contains(&json!({"field": "grade", "from": "minor", "to": "major"}))
    );
    assert_eq!(
        app.findings(&audit, "?limit=500&grade=major").await["total"],
        1
    );
    let imports = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/imports"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let statuses: Vec<&str> = imports
        .as_array()
        .expect("imports")
        .iter()
        .map(|i| i["status"].as_str().expect("status"))
        .collect();
    assert_eq!(statuses, ["imported", "unchanged", "imported"]);
}

#[tokio::test]
async fn rows_with_errors_refuse_the_import_unless_skipping_is_asked_for() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let bytes = xlsx(|workbook| {
        let sheet = workbook.add_worksheet().set_name("Findings").expect("name");
        row(sheet, 0, 0, &["Ref", "Severity", "Criteria", "Finding"]);
        row(
            sheet,
            1,
            0,
            &["NC-01", "Major", "A.5.15", "Leavers keep access."],
        );
        row(
            sheet,
            2,
            0,
            &["NC-02", "Cat 9", "A.8.8", "Patching is late."],
        );
        row(
            sheet,
            3,
            0,
            &["", "Minor", "A.8.9", "No baseline configuration."],
        );
        row(
            sheet,
            4,
            0,
            &["NC-01", "Minor", "A.8.9", "A duplicate reference."],
        );
    });
    let rejected = expect_status(
        app.upload(&audit, "", "bad.xlsx", bytes.clone(), None)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(rejected["status"], "rejected");
    let skipped: Vec<(u64, String)> = rejected["skipped_rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["row"].as_u64().expect("row"), r["reasons"].to_string()))
        .collect();
    assert_eq!(
        skipped.iter().map(|(r, _)| *r).collect::<Vec<_>>(),
        [3, 4, 5]
    );
    assert!(skipped[0].1.contains("Cat 9"), "{skipped:?}");
    assert!(skipped[1].1.contains("no reference"), "{skipped:?}");
    // Each reason once, however many checks met the same fault.
    for row in rejected["skipped_rows"].as_array().expect("rows") {
        let reasons = row["reasons"].as_array().expect("reasons");
        let distinct: std::collections::HashSet<&Value> = reasons.iter().collect();
        assert_eq!(distinct.len(), reasons.len(), "{row}");
    }
    assert!(skipped[2].1.contains("already appears"), "{skipped:?}");
    // A grade word the vocabulary does not know, in a register of its own: each row using it
    // says so once.
    let csv = "NC ID,Grade,Clause,Description\n\
               NC-7,Severe,A.8.9,No baseline configuration.\n\
               NC-8,Minor,A.8.9,No hardening guide.\n\
               NC-9,Severe,A.8.9,No patching window.\n";
    let unknown = expect_status(
        app.upload(&audit, "?dry_run=true", "grades.csv", csv.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    let reasons: Vec<usize> = unknown["skipped_rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| row["reasons"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(reasons, [1, 1], "{}", unknown["skipped_rows"]);
    assert_eq!(unknown["unknown_grades"], json!({"Severe": [2, 4]}));
    let located = issues_matching(&rejected, "Cat 9");
    assert_eq!(
        (
            located[0]["sheet"].clone(),
            located[0]["row"].clone(),
            located[0]["column"].clone()
        ),
        (json!("Findings"), json!(3), json!("B"))
    );
    assert_eq!(
        app.findings(&audit, "?limit=500").await["total"],
        0,
        "all or nothing"
    );

    let partial = expect_status(
        app.upload(&audit, "?skip_invalid_rows=true", "bad.xlsx", bytes, None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(partial["findings_created"], 1);
    assert_eq!(partial["skipped_rows"].as_array().expect("rows").len(), 3);
    let id = partial["id"].as_str().expect("id");
    let record = expect_status(
        app.get(&format!("/api/v1/imports/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(record["skipped_rows"].as_array().expect("rows").len(), 3);
    assert_eq!(app.findings(&audit, "?limit=500").await["total"], 1);
}

#[tokio::test]
async fn several_sheets_cover_skipped_ofis_graded_by_their_sheet_and_sections_by_their_title() {
    let app = spawn_app().await;
    let audit = app.create_audit("Surveillance").await;
    let bytes = xlsx(|workbook| {
        let cover = workbook.add_worksheet().set_name("Cover").expect("name");
        row(cover, 0, 0, &["Audit report", "ACME"]);
        row(cover, 1, 0, &["NC ID", "Description", "Grade"]);
        let ncs = workbook
            .add_worksheet()
            .set_name("Nonconformities")
            .expect("name");
        row(
            ncs,
            0,
            0,
            &[
                "#",
                "Requirement",
                "Nonconformity",
                "Objective evidence",
                "Owner",
            ],
        );
        row(ncs, 1, 0, &["Major nonconformities"]);
        row(
            ncs,
            2,
            0,
            &[
                "1",
                "A.5.15",
                "Access is never reviewed.",
                "No review records",
                "",
            ],
        );
        row(ncs, 3, 0, &["Minor nonconformities"]);
        row(
            ncs,
            4,
            0,
            &["2", "9.2", "The audit programme skips suppliers.", "", ""],
        );
        row(
            ncs,
            5,
            0,
            &["3", "A.6.3", "Training records are incomplete.", "", ""],
        );
        let ofis = workbook.add_worksheet().set_name("OFIs").expect("name");
        row(ofis, 0, 0, &["Ref", "Clause", "Finding"]);
        row(
            ofis,
            1,
            0,
            &[
                "OFI-1",
                "A.5.7",
                "Threat intelligence could feed the risk register.",
            ],
        );
        let legend = workbook.add_worksheet().set_name("Legend").expect("name");
        row(legend, 0, 0, &["Grade", "Meaning"]);
    });
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "report.xlsx", bytes, None)
            .await,
        StatusCode::OK,
    )
    .await;
    let sheets: Vec<(String, bool)> = preview["sheets"]
        .as_array()
        .expect("sheets")
        .iter()
        .map(|s| {
            (
                s["name"].as_str().expect("name").to_owned(),
                s["imported"].as_bool().expect("flag"),
            )
        })
        .collect();
    assert_eq!(
        sheets,
        [
            ("Cover".into(), false),
            ("Nonconformities".into(), true),
            ("OFIs".into(), true),
            ("Legend".into(), false)
        ]
    );
    let findings = findings_by_reference(&preview);
    assert_eq!(findings["1"]["grade"], "major");
    assert_eq!(findings["2"]["grade"], "minor");
    assert_eq!(findings["3"]["grade"], "minor");
    assert_eq!(findings["OFI-1"]["grade"], "ofi");
    assert_eq!(findings["OFI-1"]["sheet"], "OFIs");
    assert_eq!(issues_matching(&preview, "section row").len(), 2);
}

#[tokio::test]
async fn a_two_row_header_and_vertically_merged_cells() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let bytes = xlsx(|workbook| {
        let plain = Format::new();
        let sheet = workbook.add_worksheet();
        sheet
            .merge_range(0, 0, 0, 1, "Finding", &plain)
            .expect("merge");
        sheet.write_string(0, 2, "Classification").expect("write");
        sheet
            .merge_range(0, 3, 0, 4, "Follow-up", &plain)
            .expect("merge");
        row(sheet, 1, 0, &["ID", "Description", "", "Owner", "Due date"]);
        row(
            sheet,
            2,
            0,
            &[
                "NC-01",
                "Firewall rules are not reviewed.",
                "Minor",
                "",
                "2026-06-30",
            ],
        );
        row(
            sheet,
            3,
            0,
            &["NC-02", "VPN accounts of leavers stay active.", "", "", ""],
        );
        row(
            sheet,
            4,
            0,
            &["NC-03", "Backups are not tested.", "Major", "", ""],
        );
        // The grade of NC-01 and NC-02 is one merged cell.
        sheet
            .merge_range(2, 2, 3, 2, "Minor", &plain)
            .expect("merge");
    });
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "two-row.xlsx", bytes, None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(preview["sheets"][0]["header_row"], 2, "{preview}");
    let findings = findings_by_reference(&preview);
    assert_eq!(findings.len(), 3, "{preview}");
    assert_eq!(
        findings["NC-02"]["grade"], "minor",
        "the merged grade is filled down"
    );
    assert_eq!(findings["NC-03"]["grade"], "major");
}

#[tokio::test]
async fn a_severity_scale_is_mapped_by_a_reported_rule_or_by_the_options() {
    let app = spawn_app().await;
    let audit = app.create_audit("Internal").await;
    let bytes = xlsx(|workbook| {
        let sheet = workbook.add_worksheet();
        row(sheet, 0, 0, &["Finding ID", "Severity", "Condition"]);
        row(
            sheet,
            1,
            0,
            &["F-1", "Critical", "Domain admins share one account."],
        );
        row(sheet, 2, 0, &["F-2", "High", "MFA is missing for VPN."]);
        row(
            sheet,
            3,
            0,
            &["F-3", "Low", "Policy formatting is inconsistent."],
        );
    });
    let by_rule = expect_status(
        app.upload(&audit, "?dry_run=true", "s.xlsx", bytes.clone(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert!(
        by_rule["warnings"][0]
            .as_str()
            .expect("rule")
            .contains("Critical and High -> major")
    );
    let findings = findings_by_reference(&by_rule);
    assert_eq!(
        (
            findings["F-1"]["grade"].clone(),
            findings["F-2"]["grade"].clone(),
            findings["F-3"]["grade"].clone()
        ),
        (json!("major"), json!("major"), json!("ofi"))
    );
    let options =
        json!({"grades": {"High": "minor", "Low": "observation"}, "columns": {"statement": "C"}});
    let by_option = expect_status(
        app.upload(&audit, "?dry_run=true", "s.xlsx", bytes, Some(options))
            .await,
        StatusCode::OK,
    )
    .await;
    let findings = findings_by_reference(&by_option);
    assert_eq!(
        (
            findings["F-2"]["grade"].clone(),
            findings["F-3"]["grade"].clone()
        ),
        (json!("minor"), json!("observation"))
    );
}

#[tokio::test]
async fn grades_from_the_description_when_there_is_no_grade_column() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "NC No;Clause;Nonconformity\nNC1;A.5.24;A major nonconformity: no incident response plan exists.\nNC2;A.8.13;Minor nonconformity - one backup job failed unnoticed.\n";
    let preview = expect_status(
        app.upload(
            &audit,
            "?dry_run=true",
            "ncs.csv",
            csv.as_bytes().to_vec(),
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let findings = findings_by_reference(&preview);
    assert_eq!(findings["NC1"]["grade"], "major");
    assert_eq!(findings["NC2"]["grade"], "minor");
}

#[tokio::test]
async fn csv_with_bom_semicolons_and_day_first_dates_inferred_from_the_file() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let mut csv = b"\xEF\xBB\xBF".to_vec();
    csv.extend_from_slice("NC ID;Grade;Clause;Description;Date Raised\nNC-01;Minor;A.5.1;Policy not approved;03/04/2026\nNC-02;Minor;A.5.2;Roles unclear;20/03/2026\n".as_bytes());
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "ncs.csv", csv, None)
            .await,
        StatusCode::OK,
    )
    .await;
    let findings = findings_by_reference(&preview);
    assert_eq!(
        findings["NC-01"]["raised_on"], "2026-04-03",
        "20/03 proves the file is day first"
    );
    assert_eq!(findings["NC-02"]["raised_on"], "2026-03-20");
    assert!(preview["warnings"].to_string().contains("dd/mm/yyyy"));

    // Nothing settles it: the option, else the organisation's default, decides.
    let ambiguous =
        "NC ID,Grade,Description,Date Raised\nNC-01,Minor,Policy not approved,03/04/2026\n";
    let by_option = expect_status(
        app.upload(
            &audit,
            "?dry_run=true",
            "a.csv",
            ambiguous.into(),
            Some(json!({"date_order": "mdy"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        findings_by_reference(&by_option)["NC-01"]["raised_on"],
        "2026-03-04"
    );
    expect_status(
        app.patch(
            "/api/v1/organisation",
            &app.admin_token,
            &json!({"date_order": "mdy"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let by_default = expect_status(
        app.upload(&audit, "?dry_run=true", "a.csv", ambiguous.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        findings_by_reference(&by_default)["NC-01"]["raised_on"],
        "2026-03-04"
    );

    // Windows-1252 text and tabs.
    let tsv =
        b"NC ID\tGrade\tDescription\nNC-01\tMinor\tCaf\xe9 access badge not returned\n".to_vec();
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "ncs.tsv", tsv, None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        findings_by_reference(&preview)["NC-01"]["statement"],
        "Café access badge not returned"
    );
}

#[tokio::test]
async fn an_opendocument_spreadsheet() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="NCs">
<table:table-row><table:table-cell office:value-type="string"><text:p>NC ID</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Grade</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Description</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>NC-01</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Cat 1</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>No ISMS scope.</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#;
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("zip");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("zip");
        zip.start_file("content.xml", stored).expect("zip");
        zip.write_all(content.as_bytes()).expect("zip");
        zip.start_file("META-INF/manifest.xml", stored)
            .expect("zip");
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).expect("zip");
        zip.finish().expect("zip");
    }
    let answer = expect_status(
        app.upload(&audit, "", "ncs.ods", buffer.into_inner(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(answer["findings_created"], 1, "{answer}");
    let all = app.findings(&audit, "?limit=500").await;
    assert_eq!(all["items"][0]["grade"], "major");
}

#[tokio::test]
async fn a_legacy_excel_register() {
    // No Rust crate writes .xls: the fixture is made by tests/fixtures/make_register_xls.py.
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/register.xls"
    ))
    .expect("the xls fixture");
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "register.xls", bytes.clone(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    let found = findings_by_reference(&preview);
    let read: Vec<(&str, &str, Value, &str)> = found
        .values()
        .map(|f| {
            (
                f["reference"].as_str().expect("reference"),
                f["grade"].as_str().expect("grade"),
                f["requirements"].clone(),
                f["raised_on"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("NC-01", "minor", json!(["A.5.15"]), "2026-03-02"),
            ("NC-02", "minor", json!(["A.8.13"]), "2026-03-03"),
            ("OFI-01", "ofi", json!(["5.1"]), "2026-03-04"),
        ],
        "the merged grade reaches NC-02; Excel date cells are dates; the column writes \
         controls with A., so its bare 5.1 is the clause"
    );
    assert_eq!(preview["sheets"][0]["header_row"], 3);
    assert_eq!(preview["sheets"][0]["columns"][0]["column"], "B");
    let issues: Vec<(u64, &str, &str)> = preview["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| {
            (
                i["row"].as_u64().expect("row"),
                i["column"].as_str().expect("column"),
                i["message"].as_str().expect("message"),
            )
        })
        .collect();
    assert_eq!(issues.len(), 3, "{issues:?}");
    assert!(
        issues[0]
            .2
            .starts_with("section row `Observations` skipped")
    );
    assert_eq!((issues[1].0, issues[1].1), (7, "D"));
    assert!(
        issues[1].2.contains("the number 5.1"),
        "a clause typed as a number is flagged: {}",
        issues[1].2
    );
    assert!(
        issues[2]
            .2
            .contains("read as clause 5.1: beside it controls are written with A.")
    );
    let imported = expect_status(
        app.upload(&audit, "", "register.xls", bytes.clone(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(imported["findings_created"], 3);
    let again = expect_status(
        app.upload(&audit, "", "register.xls", bytes, None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(again["status"], "unchanged");
}

#[tokio::test]
async fn the_real_indusmach_register() {
    let app = spawn_app().await;
    let audit = app.create_audit("Internal audit 2026").await;
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/samples/indusmach-audit-findings.xlsx"
    ))
    .expect("the sample register in testdata/");
    let preview = expect_status(
        app.upload(
            &audit,
            "?dry_run=true",
            "Audit_Findings.xlsx",
            bytes.clone(),
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(preview["sheets"][0]["header_row"], 3);
    assert_eq!(preview["findings_created"], 30);
    assert!(preview["skipped_rows"].as_array().expect("rows").is_empty());
    assert!(
        preview["warnings"][0]
            .as_str()
            .expect("rule")
            .contains("Critical")
    );
    let findings = findings_by_reference(&preview);
    assert_eq!(findings["AUD-001"]["grade"], "major", "Critical");
    assert_eq!(
        findings["AUD-003"]["requirements"],
        json!(["A.5.19"]),
        "ISO 27001:2022 A.5.19"
    );
    assert!(
        issues_matching(&preview, "NIST CSF PR.AC-1")
            .iter()
            .all(|i| i["severity"] == "warning")
    );
    let answer = expect_status(
        app.upload(&audit, "", "Audit_Findings.xlsx", bytes, None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(answer["findings_created"], 30);
    assert_eq!(app.findings(&audit, "?limit=500").await["total"], 30);
}

#[tokio::test]
async fn hostile_files_get_a_clear_4xx_and_the_service_keeps_serving() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;

    // A tiny workbook whose only data cell sits at XFD1048576.
    let far = xlsx(|workbook| {
        let sheet = workbook.add_worksheet();
        row(sheet, 0, 0, &["NC ID", "Grade", "Description"]);
        sheet
            .write_string(1_048_575, 16_383, "boom")
            .expect("write");
    });
    assert!(far.len() < 10_000);
    let problem = expect_problem(
        app.upload(&audit, "", "far.xlsx", far, None).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload-too-large",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("XFD1048576"),
        "{problem}"
    );

    let mut truncated = quirky_register();
    truncated.truncate(truncated.len() / 2);
    let problem = expect_problem(
        app.upload(&audit, "", "cut.xlsx", truncated, None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unreadable-file",
    )
    .await;
    assert!(
        problem["detail"].as_str().expect("detail").contains("zip"),
        "{problem}"
    );

    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".to_vec();
    let problem = expect_problem(
        app.upload(&audit, "", "report.xlsx", pdf, None).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported-file",
    )
    .await;
    assert!(
        problem["detail"].as_str().expect("detail").contains("PDF"),
        "{problem}"
    );

    // An encrypted Office file is a compound document holding an `EncryptedPackage` stream.
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.resize(512, 0);
    encrypted.extend(
        "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    encrypted.resize(4096, 0);
    let problem = expect_problem(
        app.upload(&audit, "", "locked.xlsx", encrypted, None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unreadable-file",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("password"),
        "{problem}"
    );

    let mut wide = "NC ID,Grade,Description".to_owned();
    wide.push_str(&",x".repeat(1_000_000));
    let problem = expect_problem(
        app.upload(&audit, "", "wide.csv", wide.into_bytes(), None)
            .await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload-too-large",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("columns"),
        "{problem}"
    );

    let not_a_register = xlsx(|workbook| {
        let sheet = workbook.add_worksheet().set_name("Budget").expect("name");
        row(sheet, 0, 0, &["Quarter", "Spend"]);
    });
    let problem = expect_problem(
        app.upload(&audit, "", "budget.xlsx", not_a_register, None)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unreadable-file",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("Budget"),
        "{problem}"
    );

    assert_eq!(app.findings(&audit, "?limit=500").await["total"], 0);
    expect_status(
        app.client
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    expect_status(
        app.upload(&audit, "", "ok.xlsx", quirky_register(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
}

#[tokio::test]
async fn imports_need_a_manager_and_stay_inside_the_organisation() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let answer = expect_status(
        app.upload(&audit, "", "r.xlsx", quirky_register(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let id = answer["id"].as_str().expect("id");
    let (_, contributor) = app
        .user_with_role("someone@acme.test", Role::Contributor)
        .await;
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(quirky_register()).file_name("r.xlsx"),
    );
    let refused = app
        .client
        .post(app.url(&format!("/api/v1/audits/{audit}/imports")))
        .bearer_auth(&contributor)
        .multipart(form)
        .send()
        .await
        .expect("request");
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    let stranger = app.second_organisation_admin().await;
    for path in [
        format!("/api/v1/imports/{id}"),
        format!("/api/v1/imports/{id}/file"),
        format!("/api/v1/audits/{audit}/imports"),
    ] {
        expect_problem(
            app.get(&path, &stranger).await,
            StatusCode::NOT_FOUND,
            "not-found",
        )
        .await;
    }
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(quirky_register()).file_name("r.xlsx"),
    );
    let foreign = app
        .client
        .post(app.url(&format!("/api/v1/audits/{audit}/imports")))
        .bearer_auth(&stranger)
        .multipart(form)
        .send()
        .await
        .expect("request");
    expect_problem(foreign, StatusCode::NOT_FOUND, "not-found").await;
    let plugins = expect_status(
        app.get("/api/v1/plugins", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let names: Vec<&str> = plugins["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(names.contains(&"nonconformity-report"), "{names:?}");
    assert_eq!(plugins["refused"], json!([]));
}

#[tokio::test]
async fn a_register_without_a_grade_column_is_told_so_once_with_the_way_to_name_it() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "NC ID,Clause,Finding,Remark\nNC-1,A.5.1,Policy not approved,see evidence\nNC-2,A.8.8,No patching,urgent\n";
    let rejected = expect_status(
        app.upload(&audit, "", "ncs.csv", csv.into(), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let named = issues_matching(&rejected, "the header has no grade column");
    assert_eq!(named.len(), 1, "said once for the sheet: {rejected}");
    assert_eq!(named[0]["row"], 1, "at the header row: {}", named[0]);
    assert!(
        named[0]["message"]
            .as_str()
            .expect("message")
            .contains("`columns`"),
        "{}",
        named[0]
    );
    let listed = app.findings(&audit, "").await;
    assert_eq!(listed["total"], 0, "nothing written");
    let fixed = expect_status(
        app.upload(
            &audit,
            "",
            "ncs.csv",
            csv.into(),
            Some(json!({"grades": {"see evidence": "minor", "urgent": "major"}, "columns": {"grade": "Remark"}})),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(fixed["findings_created"], 2, "{fixed}");
}

#[tokio::test]
async fn a_missing_column_is_named_once_and_the_columns_option_fixes_it() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "NC ID,Grade,Clause,Text\nNC-1,Minor,A.5.1,Policy not approved\nNC-2,Major,A.8.8,No patching\n";
    let rejected = expect_status(
        app.upload(&audit, "", "ncs.csv", csv.into(), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(rejected["status"], "rejected");
    let named = issues_matching(
        &rejected,
        "the header has no nonconformity description column",
    );
    assert_eq!(named.len(), 1, "said once, not per row: {rejected}");
    assert!(
        named[0]["message"]
            .as_str()
            .expect("message")
            .contains("columns"),
        "{}",
        named[0]
    );
    let reasons = rejected["skipped_rows"].to_string();
    assert!(
        reasons.contains("the sheet has no nonconformity description column"),
        "{reasons}"
    );
    let fixed = app
        .upload(
            &audit,
            "",
            "ncs.csv",
            csv.into(),
            Some(json!({"columns": {"statement": "Text"}})),
        )
        .await;
    assert_eq!(
        expect_status(fixed, StatusCode::CREATED).await["findings_created"],
        2
    );
}

fn cap_register(corrective_action: &str) -> Vec<u8> {
    xlsx(|workbook| {
        let sheet = workbook.add_worksheet().set_name("CAP").expect("name");
        row(
            sheet,
            0,
            0,
            &[
                "NC Ref",
                "Grade",
                "Clause",
                "Finding",
                "Root Cause",
                "Corrective Action",
                "Action Owner",
                "Target Date",
                "Status",
            ],
        );
        for (r, reference) in [(1, "CAP-1"), (2, "CAP-2")] {
            row(
                sheet,
                r,
                0,
                &[
                    reference,
                    "Minor",
                    "A.8.8",
                    "Critical patches are applied late on the file servers.",
                    "No patch window was agreed with the business.",
                    corrective_action,
                    "Badr Karim",
                    "2026-05-31",
                    "In progress",
                ],
            );
        }
    })
}

#[tokio::test]
async fn a_cap_register_becomes_draft_plans_and_a_reimport_updates_only_untouched_drafts() {
    let app = spawn_app().await;
    expect_status(
        app.post(
            "/api/v1/users",
            &app.admin_token,
            &json!({"email": "badr@acme.test", "name": "Badr Karim", "role": "contributor"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let audit = app.create_audit("Internal audit").await;
    let first = expect_status(
        app.upload(
            &audit,
            "",
            "cap.xlsx",
            cap_register("Agree a monthly patch window."),
            None,
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(first["plans_drafted"], 2, "{first}");
    let findings = app.findings(&audit, "?limit=500").await;
    let ids: std::collections::BTreeMap<String, String> = findings["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|f| {
            assert_eq!(
                f["status"], "plan_drafted",
                "a draft plan makes the finding drafted"
            );
            assert_eq!(f["owner"], "badr@acme.test", "owner matched by name");
            (
                f["reference"].as_str().expect("reference").to_owned(),
                f["id"].as_str().expect("id").to_owned(),
            )
        })
        .collect();
    let plan_of = |id: &str| {
        let id = id.to_owned();
        let scope = app.system_scope();
        let db = app.db.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                db.read(|c| {
                    closeout_model::plan::get(
                        c,
                        &scope,
                        &closeout_model::id::FindingId::parse(&id).expect("an id"),
                    )
                })
            })
            .await
            .expect("task")
            .expect("plan")
            .expect("a plan")
        }
    };
    let drafted = plan_of(&ids["CAP-1"]).await;
    assert_eq!(
        drafted.root_cause_whys,
        ["No patch window was agreed with the business."]
    );
    assert_eq!(
        drafted.corrective_actions[0].owner.as_deref(),
        Some("badr@acme.test")
    );
    assert_eq!(
        drafted.corrective_actions[0]
            .target_date
            .map(|d| d.to_string()),
        Some("2026-05-31".to_owned())
    );
    assert!(
        drafted.requirement.starts_with("A.8.8 "),
        "{}",
        drafted.requirement
    );
    // The task of an action with an owner and a date.
    let tasks = {
        let scope = app.system_scope();
        let db = app.db.clone();
        let id = ids["CAP-1"].clone();
        tokio::task::spawn_blocking(move || {
            db.read(|c| {
                closeout_model::task::list(
                    c,
                    &scope,
                    &closeout_model::id::FindingId::parse(&id).expect("an id"),
                )
            })
        })
        .await
        .expect("task")
        .expect("tasks")
    };
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].owner.as_deref(), Some("badr@acme.test"));

    // A person edits CAP-2's plan; the register is revised and imported again.
    let mut edited = plan_of(&ids["CAP-2"]).await;
    edited.correction = "Patched the three servers the auditor found.".into();
    {
        let scope = app.system_scope();
        let db = app.db.clone();
        let id = ids["CAP-2"].clone();
        tokio::task::spawn_blocking(move || {
            db.write(|c| {
                closeout_model::plan::save(
                    c,
                    &scope,
                    &closeout_model::id::FindingId::parse(&id).expect("an id"),
                    &edited,
                )
            })
        })
        .await
        .expect("task")
        .expect("saved");
    }
    let second = expect_status(
        app.upload(
            &audit,
            "",
            "cap-v2.xlsx",
            cap_register("Agree a monthly patch window and report on it."),
            None,
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(second["plans_drafted"], 1, "{second}");
    assert_eq!(
        second["plans_left_alone"],
        json!([{"reference": "CAP-2", "reason": "the plan was edited in Closeout since it was imported"}])
    );
    assert_eq!(
        plan_of(&ids["CAP-1"]).await.corrective_actions[0].description,
        "Agree a monthly patch window and report on it."
    );
    let kept = plan_of(&ids["CAP-2"]).await;
    assert_eq!(
        kept.corrective_actions[0].description,
        "Agree a monthly patch window."
    );
    assert_eq!(
        kept.correction,
        "Patched the three servers the auditor found."
    );
}

#[tokio::test]
async fn an_import_writes_to_no_address_outside_the_organisations_domains() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "NC ID,Grade,Clause,Description,Owner\n\
               NC-1,Minor,A.5.15,Leavers keep their accounts for weeks.,new.hire@acme.test\n\
               NC-2,Minor,A.8.8,Patches are late on the file servers.,someone@elsewhere.test\n\
               NC-3,Major,9.2,No internal audit programme exists.,Head of Facilities\n";
    expect_status(
        app.patch(
            "/api/v1/organisation",
            &app.admin_token,
            &json!({"invite_domains": ["acme.test"]}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    // Not asked: nobody is invited.
    let plain = expect_status(
        app.upload(&audit, "?dry_run=true", "ncs.csv", csv.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(plain["new_owners"], json!([]));
    // Asked: only the organisation's domain.
    let invited = expect_status(
        app.upload(
            &audit,
            "",
            "ncs.csv",
            csv.into(),
            Some(json!({"invite_owners": true})),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(invited["new_owners"], json!(["new.hire@acme.test"]));
    let all = app.findings(&audit, "?limit=500").await;
    let by_reference = |r: &str| {
        all["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|f| f["reference"] == r)
            .cloned()
            .expect("finding")
    };
    assert_eq!(by_reference("NC-1")["owner"], "new.hire@acme.test");
    assert_eq!(by_reference("NC-2")["owner"], Value::Null);
    assert_eq!(
        by_reference("NC-2")["pending_owners"],
        json!(["someone@elsewhere.test"])
    );
    assert_eq!(
        by_reference("NC-3")["pending_owners"],
        json!(["Head of Facilities"])
    );
    let users = expect_status(
        app.get("/api/v1/users", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert!(
        !users.to_string().contains("elsewhere.test"),
        "no user for an outside address: {users}"
    );
    // Pending owners are searchable, and assigning someone clears them.
    let found = app
        .findings(&audit, "?limit=500&pending_owner=facilities")
        .await;
    assert_eq!(found["total"], 1);
    let id = by_reference("NC-3")["id"].as_str().expect("id").to_owned();
    let assigned = expect_status(
        app.patch(
            &format!("/api/v1/findings/{id}"),
            &app.admin_token,
            &json!({"owner": "new.hire@acme.test"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(assigned["pending_owners"], json!([]));
    assert_eq!(assigned["owner"], "new.hire@acme.test");
}

#[tokio::test]
async fn slashed_dates_follow_the_registers_language() {
    let app = spawn_app().await;
    let audit = app.create_audit("Auditoría").await;
    // No day over 12 settles the order; the Spanish headers do.
    let csv = "Nº;Tipo;Cláusula;Hallazgo;Fecha de detección\n\
               H-01;No conformidad menor;A.5.15;Las bajas no se eliminan a tiempo.;03/04/2026\n";
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "hallazgos.csv", csv.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        preview["findings"][0]["raised_on"], "2026-04-03",
        "{preview}"
    );
    assert_eq!(preview["sheets"][0]["language"], "es");
}

#[tokio::test]
async fn other_frameworks_references_are_kept_and_linked_when_their_framework_is_loaded() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    // NIST's CSF 2.0 export (testdata/nist), loaded as a crosswalk.
    let csf = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/nist/csf2.xlsx"
    ))
    .expect("the CSF export in testdata/");
    expect_status(
        app.upload_crosswalk("?skip_invalid_rows=true", "csf2.xlsx", csf, None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let csv = "NC ID,Grade,Controls,Description\n\
               NC-1,Minor,A.5.9 / GV.OC-01 / CC6.1,The asset inventory misses cloud resources.\n";
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "ncs.csv", csv.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    let finding = &preview["findings"][0];
    assert_eq!(finding["requirements"], json!(["A.5.9"]));
    assert_eq!(
        finding["other_references"],
        json!([
            {"framework": "NIST CSF", "id": "GV.OC-01", "linked_to": "nist-csf-2.0"},
            {"framework": "SOC 2", "id": "CC6.1", "linked_to": null},
        ]),
        "{preview}"
    );
    assert!(
        !issues_matching(
            &preview,
            "CC6.1 (SOC 2) is kept as another framework's reference"
        )
        .is_empty(),
        "{preview}"
    );
}

#[tokio::test]
async fn a_large_import_leaves_postgresql_planner_statistics_for_what_it_wrote() {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Table {
        #[diesel(sql_type = diesel::sql_types::Text)]
        relname: String,
    }
    let app = spawn_app().await;
    if app.db.backend() != closeout_model::Backend::Postgres {
        // SQLite's planner reads no statistics for these queries; there is nothing to refresh.
        return;
    }
    // The tables analysed by hand (autovacuum's runs are recorded apart) since `since`.
    let analysed = |since: Option<String>| {
        let db = app.db.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                db.read(|c| {
                    let since = since.unwrap_or_else(|| "now()".to_owned());
                    Ok(diesel::sql_query(format!(
                        "SELECT relname::text AS relname FROM pg_stat_user_tables \
                         WHERE last_analyze >= {since}"
                    ))
                    .load::<Table>(c)?
                    .into_iter()
                    .map(|t| t.relname)
                    .collect::<Vec<_>>())
                })
            })
            .await
            .expect("task")
            .expect("the statistics")
        }
    };
    let started = chrono::Utc::now().naive_utc();
    assert!(
        analysed(None).await.is_empty(),
        "nothing analysed in the future"
    );
    let audit = app.create_audit("Large").await;
    let register = closeout_testing::generated_register(1_000, "NC").into_bytes();
    let answer = expect_status(
        app.upload(&audit, "", "register.csv", register, None).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(answer["findings_created"], 1_000);
    // Without statistics the planner takes the freshly filled tables for empty, and a page
    // filtered by requirement joined 10,000 findings with each requirement row in turn.
    let since = format!(
        "'{}'::timestamp AT TIME ZONE 'UTC'",
        started.format("%Y-%m-%d %H:%M:%S%.6f")
    );
    let analysed = analysed(Some(since)).await;
    for table in ["findings", "finding_requirements", "finding_deadlines"] {
        assert!(
            analysed.iter().any(|t| t == table),
            "{table} analysed after the import: {analysed:?}"
        );
    }
}

/// Rows under a section of strengths are no findings, but a row there that grades itself is
/// one, and a lone `N/A` row is no section title that would hide the findings below it.
#[tokio::test]
async fn a_section_of_strengths_hides_no_graded_finding_and_a_lone_na_hides_none() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "Ref,Grade,Clause,Finding\n\
        STRENGTHS\n\
        S-1,,A.5.1,The policy set is well maintained and approved by top management.\n\
        NC-1,Minor NC,A.8.8,Patches are applied late on two servers of the DMZ.\n\
        MAJOR NONCONFORMITIES\n\
        N/A\n\
        NC-2,,9.2,The internal audit programme does not cover the whole scope.\n";
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "findings.csv", csv.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    let read = references_and_grades(&preview);
    assert_eq!(read, [("NC-1", "minor"), ("NC-2", "major")], "{preview}");
    assert_eq!(
        issues_matching(&preview, "under a section of no findings").len(),
        1,
        "S-1 is skipped, and said so: {preview}"
    );
}

/// A group's grade written on its first row only passes to the rows below it, and the
/// preview says how many took it that way.
#[tokio::test]
async fn a_groups_grade_written_once_carries_down_and_is_counted() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let csv = "Ref,Grade,Clause,Finding\n\
        F-1,Major NC,9.2,The internal audit programme does not cover the data centre.\n\
        F-2,,9.3,No management review was held in the last twelve months.\n\
        \n\
        F-3,Minor NC,A.8.8,Patches are applied late on two servers of the DMZ.\n\
        F-4,,A.5.18,Access reviews were not done in the second quarter.\n";
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "grouped.csv", csv.into(), None)
            .await,
        StatusCode::OK,
    )
    .await;
    let read = references_and_grades(&preview);
    assert_eq!(
        read,
        [
            ("F-1", "major"),
            ("F-2", "major"),
            ("F-3", "minor"),
            ("F-4", "minor")
        ],
        "{preview}"
    );
    let warnings = preview["warnings"].to_string();
    assert!(
        warnings.contains("2 finding(s) with an empty grade cell took the grade of the row above"),
        "{warnings}"
    );
}

/// A sheet of the auditor's notes before the register (no reference, no grade, no row that
/// grades itself) is set aside, said so, and takes nothing from the register.
#[tokio::test]
async fn a_sheet_of_notes_beside_the_register_is_set_aside_and_said_so() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let bytes = xlsx(|workbook| {
        let notes = workbook.add_worksheet();
        notes.set_name("Notes").expect("name");
        row(notes, 0, 0, &["Date", "Area", "Note"]);
        row(
            notes,
            1,
            0,
            &[
                "2026-03-09",
                "Management",
                "Interview with the board about clause 5.1; well anchored, no gaps.",
            ],
        );
        row(
            notes,
            2,
            0,
            &[
                "2026-03-10",
                "IT operations",
                "Patch reports reviewed (A.8.8), ten servers sampled, all current.",
            ],
        );
        let register = workbook.add_worksheet();
        register.set_name("Findings").expect("name");
        row(register, 0, 0, &["NC ID", "Grade", "Clause", "Description"]);
        row(
            register,
            1,
            0,
            &[
                "NC-1",
                "Minor NC",
                "9.1",
                "Effectiveness of the controls is not measured.",
            ],
        );
        row(
            register,
            2,
            0,
            &[
                "NC-2",
                "Major NC",
                "9.2",
                "No internal audit was carried out last year.",
            ],
        );
    });
    let preview = expect_status(
        app.upload(&audit, "?dry_run=true", "audit.xlsx", bytes, None)
            .await,
        StatusCode::OK,
    )
    .await;
    let read = references_and_grades(&preview);
    assert_eq!(read, [("NC-1", "minor"), ("NC-2", "major")], "{preview}");
    let notes = preview["sheets"]
        .as_array()
        .and_then(|sheets| sheets.iter().find(|s| s["name"] == "Notes"))
        .expect("the notes sheet is reported");
    assert_eq!(notes["imported"], false, "{preview}");
    assert!(
        notes["reason"]
            .as_str()
            .is_some_and(|r| r.contains("taken for notes")),
        "{preview}"
    );
    assert_eq!(
        issues_matching(&preview, "sheet `Notes` not read").len(),
        1,
        "{preview}"
    );
    assert!(
        preview["skipped_rows"]
            .as_array()
            .is_some_and(|r| r.is_empty()),
        "{preview}"
    );
}
