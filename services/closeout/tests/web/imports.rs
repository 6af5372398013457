use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;
use rust_xlsxwriter::Workbook;

use crate::spawn_app;

/// A register whose grade column uses a word no vocabulary has ("Severe") on two rows.
fn register() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Findings").unwrap();
    let rows = [
        ["Ref", "Severity", "Clause", "Finding", "Owner"],
        [
            "NC-01",
            "Severe",
            "A.8.15",
            "Firewall logs are kept 7 days.",
            "ana@example.test",
        ],
        [
            "NC-02",
            "Minor",
            "A.5.15",
            "Access reviews are not recorded.",
            "Head of IT",
        ],
        ["NC-03", "Severe", "9.2", "No internal audit programme.", ""],
        [
            "OFI-01",
            "OFI",
            "A.6.3",
            "Awareness could use phishing drills.",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *value).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

fn form_value<'a>(body: &'a str, name: &str) -> &'a str {
    let marker = format!(r#"name="{name}" value=""#);
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("{name} missing: {body}"))
        + marker.len();
    &body[start..start + body[start..].find('"').unwrap()]
}

#[tokio::test]
async fn the_wizard_previews_asks_for_the_unknown_grade_word_and_imports_once_it_is_mapped() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;

    let audit = browser
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(
        audit
            .body
            .contains(&format!(r#"href="/audits/{audit_id}/import""#))
    );
    let start = browser
        .get(&format!("/audits/{audit_id}/import"))
        .await
        .expect(StatusCode::OK);
    assert!(
        start.body.contains("<label>Auditor's register"),
        "{}",
        start.body
    );
    assert!(start.body.contains(">Preview</button>"));

    let bytes = register();
    let preview = browser
        .upload(
            &format!("/audits/{audit_id}/import"),
            "register.xlsx",
            bytes.clone(),
            true,
        )
        .await
        .expect(StatusCode::OK);
    let body = &preview.body;
    assert!(body.contains("Preview of register.xlsx"), "{body}");
    assert!(body.contains("2 row(s) with errors"), "{body}");
    // The columns with their fields, confidence and evidence.
    assert!(body.contains(r#"<select name="column.B""#), "{body}");
    assert!(body.contains(r#"<option value="grade" selected>"#));
    assert!(body.contains("%</td>"), "confidence shown");
    // The unknown word, once, with its rows and a choice of grade.
    assert!(body.contains("Grade words to map"), "{body}");
    assert!(body.contains(r#"name="grade.Severe""#));
    assert!(body.contains("<td>2, 4</td>"), "rows using it: {body}");
    // The findings as they will be made, and the pending owner kept.
    assert!(body.contains("Head of IT"), "{body}");
    assert!(body.contains(">Import</button>"));
    let sha256 = form_value(body, "sha256").to_owned();

    // Importing now is refused as a whole: nothing is written.
    let refused = browser
        .post(
            &format!("/audits/{audit_id}/import/review"),
            &[
                ("sha256", &sha256),
                ("file_name", "register.xlsx"),
                ("step", "import"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Nothing was imported: 2 row(s) have errors"),
        "{}",
        refused.body
    );
    let findings = app.findings(&audit_id, "").await;
    assert_eq!(findings["total"], 0);

    // Map the word, preview again: no errors left, the choice kept.
    let corrected = browser
        .post(
            &format!("/audits/{audit_id}/import/review"),
            &[
                ("sha256", &sha256),
                ("file_name", "register.xlsx"),
                ("grade.Severe", "major"),
                ("step", "preview"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(
        corrected.body.contains("4 finding(s) to create"),
        "{}",
        corrected.body
    );
    assert!(!corrected.body.contains("with errors</strong>"));

    let imported = browser
        .post(
            &format!("/audits/{audit_id}/import/review"),
            &[
                ("sha256", &sha256),
                ("file_name", "register.xlsx"),
                ("grade.Severe", "major"),
                ("step", "import"),
            ],
        )
        .await;
    let record = imported.redirected_to().to_owned();
    assert!(record.starts_with("/imports/"), "{record}");
    let page = browser.get(&record).await.expect(StatusCode::OK);
    assert!(page.body.contains("4 finding(s) created"), "{}", page.body);
    let (status, original) = browser.download(&format!("{record}/file")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(original, bytes, "the original file, byte for byte");

    let audit = browser
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(audit.body.contains(">NC-03</a>"), "{}", audit.body);
    let majors = browser
        .get(&format!("/audits/{audit_id}?grade=major"))
        .await
        .expect(StatusCode::OK);
    assert!(majors.body.contains(">NC-01</a>") && majors.body.contains(">NC-03</a>"));
    assert!(!majors.body.contains(">NC-02</a>"));
}

#[tokio::test]
async fn a_column_chosen_in_the_preview_is_read_as_that_field() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    browser
        .get(&format!("/audits/{audit_id}/import"))
        .await
        .expect(StatusCode::OK);
    let preview = browser
        .upload(
            &format!("/audits/{audit_id}/import"),
            "register.xlsx",
            register(),
            true,
        )
        .await
        .expect(StatusCode::OK);
    let sha256 = form_value(&preview.body, "sha256").to_owned();
    let detected_owner = form_value(&preview.body, "detected.E").to_owned();
    assert_eq!(detected_owner, "owner");
    assert!(
        preview.body.contains("<td>Head of IT</td>"),
        "{}",
        preview.body
    );
    // Say column E is not to be imported: the owners disappear from the preview.
    let corrected = browser
        .post(
            &format!("/audits/{audit_id}/import/review"),
            &[
                ("sha256", &sha256),
                ("file_name", "register.xlsx"),
                ("grade.Severe", "minor"),
                ("detected.E", "owner"),
                ("column.E", "comments"),
                ("step", "preview"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(
        !corrected.body.contains("<td>Head of IT</td>"),
        "{}",
        corrected.body
    );
}

#[tokio::test]
async fn an_upload_without_the_session_token_or_by_a_contributor_is_refused() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let forged = manager
        .upload(
            &format!("/audits/{audit_id}/import"),
            "r.xlsx",
            register(),
            false,
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    contributor.get("/").await.expect(StatusCode::OK);
    let refused = contributor
        .upload(
            &format!("/audits/{audit_id}/import"),
            "r.xlsx",
            register(),
            true,
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_file_nothing_reads_comes_back_to_the_first_step_with_the_reason() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    browser
        .get(&format!("/audits/{audit_id}/import"))
        .await
        .expect(StatusCode::OK);
    let page = browser
        .upload(
            &format!("/audits/{audit_id}/import"),
            "photo.png",
            b"\x89PNG\r\n\x1a\nnot a register".to_vec(),
            true,
        )
        .await;
    assert!(page.status.is_client_error(), "{}", page.status);
    assert!(
        page.body.contains("<label>Auditor's register"),
        "{}",
        page.body
    );
    assert!(page.body.contains(r#"class="notice error""#));
}

#[tokio::test]
async fn a_file_over_the_upload_limit_is_refused_with_the_limit_named() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    browser
        .get(&format!("/audits/{audit_id}/import"))
        .await
        .expect(StatusCode::OK);
    let huge = vec![b'a'; 21 * 1024 * 1024];
    let page = browser
        .upload(
            &format!("/audits/{audit_id}/import"),
            "huge.csv",
            huge,
            true,
        )
        .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", page.body);
    assert!(
        page.body.contains("larger than 20971520 bytes"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<html"), "a page, not a JSON problem");
    let findings = app.findings(&audit_id, "").await;
    assert_eq!(findings["total"], 0);
}

#[tokio::test]
async fn a_crosswalk_is_previewed_with_nothing_written_then_imported_once() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mapping = std::fs::read(
        "../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml",
    )
    .expect("the CISO Assistant mapping in testdata");
    let frameworks = || async {
        expect_status(
            app.get("/api/v1/frameworks", &app.admin_token).await,
            StatusCode::OK,
        )
        .await
        .as_array()
        .expect("frameworks")
        .len()
    };
    let before = frameworks().await;

    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let crosswalks = manager.get("/crosswalks").await.expect(StatusCode::OK);
    assert!(crosswalks.body.contains(r#"href="/frameworks/import""#));
    let start = manager
        .get("/frameworks/import")
        .await
        .expect(StatusCode::OK);
    assert!(start.body.contains("Crosswalk or framework file"));
    // Without the session's token the upload is refused.
    manager
        .upload("/frameworks/import", "mapping.yaml", mapping.clone(), false)
        .await
        .expect(StatusCode::FORBIDDEN);
    manager
        .get("/frameworks/import")
        .await
        .expect(StatusCode::OK);
    let preview = manager
        .upload("/frameworks/import", "mapping.yaml", mapping.clone(), true)
        .await
        .expect(StatusCode::OK);
    assert!(
        preview.body.contains("Nothing is written yet"),
        "{}",
        preview.body
    );
    assert!(preview.body.contains("Mappings read"), "{}", preview.body);
    assert!(preview.body.contains("iso27001-2022"));
    assert_eq!(frameworks().await, before, "a preview writes nothing");

    let sha256 = form_value(&preview.body, "sha256").to_owned();
    let imported = manager
        .post(
            "/frameworks/import/commit",
            &[("sha256", &sha256), ("file_name", "mapping.yaml")],
        )
        .await
        .expect(StatusCode::CREATED);
    assert!(imported.body.contains("Imported: "), "{}", imported.body);
    assert!(imported.body.contains("mappings stored"));
    assert_eq!(frameworks().await, before + 1);
    manager
        .get("/frameworks/import")
        .await
        .expect(StatusCode::OK);
    let again = manager
        .post(
            "/frameworks/import/commit",
            &[("sha256", &sha256), ("file_name", "mapping.yaml")],
        )
        .await
        .expect(StatusCode::OK);
    assert!(again.body.contains("nothing changed"), "{}", again.body);

    // A file that is no crosswalk comes back to the first step, saying why.
    manager
        .get("/frameworks/import")
        .await
        .expect(StatusCode::OK);
    let pdf = manager
        .upload(
            "/frameworks/import",
            "crosswalk.xlsx",
            b"%PDF-1.7 not a spreadsheet".to_vec(),
            true,
        )
        .await
        .expect(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(pdf.body.contains("PDF"), "{}", pdf.body);
    assert!(pdf.body.contains("Crosswalk or framework file"));

    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    contributor
        .get("/frameworks/import")
        .await
        .expect(StatusCode::FORBIDDEN);
}

/// An SoA with a title row and one line naming a control that does not exist.
fn soa_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("SoA").unwrap();
    let rows = [
        ["Statement of Applicability - ACME Ltd", "", "", ""],
        [
            "Control",
            "Applicable",
            "Justification",
            "Implementation status",
        ],
        [
            "A.5.1",
            "Yes",
            "Policies are required by the board",
            "Implemented",
        ],
        ["A.7.4", "No", "No physical premises of our own", "N/A"],
        ["A.99.1", "Yes", "A control that does not exist", "Planned"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[tokio::test]
async fn an_soa_is_previewed_control_by_control_and_refused_whole_until_its_bad_rows_are_skipped() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    let applies = |soa: &serde_json::Value, control: &str| {
        soa.as_array()
            .expect("entries")
            .iter()
            .find(|e| e["control"] == control)
            .map(|e| e["applicable"].clone())
            .expect("the control")
    };
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let soa = manager.get("/soa").await.expect(StatusCode::OK);
    assert!(soa.body.contains(r#"href="/soa/import""#), "{}", soa.body);
    manager.get("/soa/import").await.expect(StatusCode::OK);
    let preview = manager
        .upload("/soa/import", "soa.xlsx", soa_workbook(), true)
        .await
        .expect(StatusCode::OK);
    assert!(
        preview.body.contains("A.99.1"),
        "the bad control is named: {}",
        preview.body
    );
    assert!(preview.body.contains("row 5"), "{}", preview.body);
    assert!(
        preview.body.contains("excluded"),
        "A.7.4's line: {}",
        preview.body
    );
    assert!(preview.body.contains("Skip the rows with errors"));
    let sha256 = form_value(&preview.body, "sha256").to_owned();

    let refused = manager
        .post(
            "/soa/import/commit",
            &[("sha256", &sha256), ("file_name", "soa.xlsx")],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("Nothing was imported"),
        "{}",
        refused.body
    );
    let stated = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        applies(&stated, "A.5.1"),
        serde_json::Value::Null,
        "all or nothing"
    );

    let imported = manager
        .post(
            "/soa/import/commit",
            &[
                ("sha256", &sha256),
                ("file_name", "soa.xlsx"),
                ("skip_invalid_rows", "on"),
            ],
        )
        .await
        .expect(StatusCode::CREATED);
    assert!(
        imported.body.contains("Imported: 2 of 2 controls changed"),
        "{}",
        imported.body
    );
    let stated = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(applies(&stated, "A.5.1"), true);
    assert_eq!(applies(&stated, "A.7.4"), false);
}

#[tokio::test]
async fn a_large_import_shows_its_progress_while_it_runs() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let start = manager
        .get(&format!("/audits/{audit_id}/import"))
        .await
        .expect(StatusCode::OK);
    // The page starts watching when its form is sent, and its button cannot be pressed again
    // until the answer comes.
    assert!(
        start
            .body
            .contains(r#"hx-trigger="submit from:#import-form""#),
        "{}",
        start.body
    );
    assert!(
        start.body.contains(r#"hx-disabled-elt="find button""#),
        "{}",
        start.body
    );
    let register = closeout_testing::generated_register(4_000, "NC").into_bytes();
    let preview = manager
        .upload_with(
            &format!("/audits/{audit_id}/import"),
            &[("ticket", form_value(&start.body, "ticket"))],
            "register.csv",
            register,
            true,
        )
        .await
        .expect(StatusCode::OK);
    let ticket = form_value(&preview.body, "ticket").to_owned();
    let sha256 = form_value(&preview.body, "sha256").to_owned();
    // The preview's Preview and Import buttons too.
    assert!(
        preview.body.contains(r#"hx-disabled-elt="find button""#),
        "{}",
        preview.body
    );

    // Import in the background, as the browser's form does, and watch the panel meanwhile.
    let mut importer = manager.clone();
    let path = format!("/audits/{audit_id}/import/review");
    let fields = [
        ("sha256".to_owned(), sha256),
        ("file_name".to_owned(), "register.csv".to_owned()),
        ("ticket".to_owned(), ticket.clone()),
        ("step".to_owned(), "import".to_owned()),
    ];
    let import = tokio::spawn(async move {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        importer.post(&path, &fields).await
    });
    let mut steps = std::collections::BTreeSet::new();
    while !import.is_finished() {
        let panel = manager
            .get(&format!("/imports/progress/{ticket}"))
            .await
            .expect(StatusCode::OK);
        for step in [
            "Reading the file",
            "Checking the rows",
            "Writing the new findings",
        ] {
            if panel.body.contains(step) {
                steps.insert(step);
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let done = import.await.expect("the import task");
    assert!(
        done.redirected_to().starts_with("/imports/"),
        "imported: {}",
        done.body
    );
    assert!(
        !steps.is_empty(),
        "the panel showed the import's steps while it ran"
    );
    let finished = manager
        .get(&format!("/imports/progress/{ticket}"))
        .await
        .expect(StatusCode::OK);
    assert!(finished.body.contains("Done"), "{}", finished.body);
    assert!(
        !finished.body.contains("hx-trigger"),
        "a finished panel stops asking"
    );

    // Nobody else's import, and not for contributors.
    let unknown = manager
        .get(&format!(
            "/imports/progress/{}",
            closeout_model::id::new_id()
        ))
        .await
        .expect(StatusCode::OK);
    assert!(unknown.body.contains("Working"));
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    contributor
        .get(&format!("/imports/progress/{ticket}"))
        .await
        .expect(StatusCode::FORBIDDEN);
}
