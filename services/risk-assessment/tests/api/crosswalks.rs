//! Crosswalks end to end, with the real files in `testdata/`: the NIST CSF 2.0 export and
//! CISO Assistant's SP 800-53 <-> ISO/IEC 27001:2022 mapping, imported through their plugins,
//! then what a requirement and a nonconformity mean in the other frameworks.

use closeout_model::user::Role;
use closeout_testing::{expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::spawn_app;

fn data(path: &str) -> Vec<u8> {
    let full = format!("{}/../../testdata/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

const CSF: &str = "nist/csf2.xlsx";
const SP800_53: &str = "ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml";

fn frameworks_in(items: &[Value]) -> Vec<String> {
    let mut found: Vec<String> = items
        .iter()
        .map(|i| i["framework"].as_str().unwrap_or_default().to_owned())
        .collect();
    found.sort();
    found.dedup();
    found
}

#[tokio::test]
async fn the_csf_export_and_the_800_53_mapping_show_what_a_nonconformity_touches() {
    let app = spawn_app().await;
    // A preview writes nothing.
    let preview = expect_status(
        app.upload_crosswalk("?dry_run=true", "csf2.xlsx", data(CSF), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(preview["status"], "preview", "{preview}");
    assert_eq!(preview["plugin"], "nist-csf");
    assert_eq!(preview["sets"], json!(["nist-csf-2.0 -> iso27001-2022"]));
    let csf_pairs = preview["mappings_created"].as_u64().expect("count");
    assert!(csf_pairs >= 400, "{preview}");
    // NIST's export cites two clauses that do not exist: 6.11 and 6.13 (6.1.1 and 6.1.3 with
    // their dots lost). They are named, located, with the likely intent.
    let errors: Vec<(u64, String)> = preview["issues"]
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
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].0, 17);
    assert!(
        errors[0].1.contains("GV.RM-07") && errors[0].1.contains("no `6.11`; did you mean 6.1.1?"),
        "{}",
        errors[0].1
    );
    assert!(
        errors[1].1.contains("no `6.13`; did you mean 6.1.3?"),
        "{}",
        errors[1].1
    );
    // Importing refuses the whole file until the user agrees to leave those two out.
    let refused = expect_status(
        app.upload_crosswalk("", "csf2.xlsx", data(CSF), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(refused["status"], "rejected");
    let listed = expect_status(
        app.get("/api/v1/frameworks", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        listed.as_array().expect("list").len(),
        1,
        "only the built-in ISO: {listed}"
    );

    let imported = expect_status(
        app.upload_crosswalk("?skip_invalid_rows=true", "csf2.xlsx", data(CSF), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(imported["status"], "imported");
    assert_eq!(imported["mappings_created"].as_u64(), Some(csf_pairs));
    // The same file again changes nothing.
    let again = expect_status(
        app.upload_crosswalk("?skip_invalid_rows=true", "csf2.xlsx", data(CSF), None)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(again["status"], "unchanged");

    let nist = expect_status(
        app.upload_crosswalk("", "mapping.yaml", data(SP800_53), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(nist["plugin"], "ciso-assistant");
    assert_eq!(nist["mappings_created"].as_u64(), Some(642 * 2), "{nist}");
    assert!(
        nist["issues"]
            .as_array()
            .expect("issues")
            .iter()
            .all(|i| i["severity"] != "error")
    );

    let listed = expect_status(
        app.get("/api/v1/frameworks", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let ids: Vec<&str> = listed
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        ["iso27001-2022", "nist-csf-2.0", "nist-sp-800-53-rev5"]
    );
    let csf = &listed[1];
    assert!(csf["requirements"].as_i64().expect("count") > 100, "{csf}");

    // Provenance of each set.
    let sets = expect_status(
        app.get("/api/v1/crosswalks/sets", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let sets = sets.as_array().expect("sets");
    assert_eq!(sets.len(), 3);
    let from_nist = sets
        .iter()
        .find(|s| s["source_framework"] == "nist-sp-800-53-rev5")
        .expect("the forward set");
    assert_eq!(from_nist["file_name"], "mapping.yaml");
    assert_eq!(from_nist["plugin"], "ciso-assistant");
    assert_eq!(from_nist["sha256"].as_str().map(str::len), Some(64));
    assert!(
        from_nist["licence"]
            .as_str()
            .is_some_and(|l| l.contains("NIST"))
    );

    // ISO A.5.9 in the other frameworks: CSF (untyped) and 800-53 (intersects), direct.
    let mapped = expect_status(
        app.get(
            "/api/v1/crosswalks/map?framework=iso27001-2022&requirement=a.5.9",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(mapped["requirement"], "A.5.9");
    let items = mapped["items"].as_array().expect("items");
    assert_eq!(
        frameworks_in(items),
        ["nist-csf-2.0", "nist-sp-800-53-rev5"]
    );
    for item in items {
        let expected = if item["framework"] == "nist-csf-2.0" {
            "related"
        } else {
            "intersects_with"
        };
        assert_eq!(item["relationship"], expected, "{item}");
        assert_eq!(item["hops"], 1);
    }
    // From a CSF subcategory to SP 800-53 there is no direct mapping: the path goes through
    // ISO, and says so; untyped in, untyped out.
    let subcategory = items
        .iter()
        .find(|i| i["framework"] == "nist-csf-2.0")
        .and_then(|i| i["requirement"].as_str())
        .expect("a CSF subcategory")
        .to_owned();
    let through = expect_status(
        app.get(
            &format!("/api/v1/crosswalks/map?framework=nist-csf-2.0&requirement={subcategory}&to=nist-sp-800-53-rev5"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let through = through["items"].as_array().expect("items");
    assert!(!through.is_empty());
    for item in through {
        assert_eq!(item["hops"], 2, "{item}");
        assert_eq!(item["relationship"], "related");
        assert_eq!(item["path"][0]["to_framework"], "iso27001-2022");
        assert_eq!(item["path"][1]["to_framework"], "nist-sp-800-53-rev5");
    }
    let one_hop = expect_status(
        app.get(
            &format!("/api/v1/crosswalks/map?framework=nist-csf-2.0&requirement={subcategory}&to=nist-sp-800-53-rev5&max_hops=1"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(one_hop["items"], json!([]));

    // A nonconformity against A.5.9 touches both frameworks.
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.5.9"], "statement": "The asset inventory is incomplete."}))
        .await;
    let impact = expect_status(
        app.get(
            &format!(
                "/api/v1/findings/{}/impact",
                finding["id"].as_str().expect("id")
            ),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(impact["requirements"][0]["requirement"], "A.5.9");
    let touched = impact["frameworks"].as_object().expect("frameworks");
    assert!(touched["nist-csf-2.0"].as_u64().expect("count") >= 1);
    assert!(touched["nist-sp-800-53-rev5"].as_u64().expect("count") >= 1);
    // And, in the same answer, how covered each of those frameworks is.
    for framework_id in ["nist-csf-2.0", "nist-sp-800-53-rev5"] {
        let summary = &impact["coverage"][framework_id];
        let total = summary["total"].as_u64().expect("total");
        assert!(total > 0, "{impact}");
        let levels: u64 = ["full", "partial", "none"]
            .iter()
            .map(|level| summary[level].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(levels, total);
    }

    // Unknown requirements and bad hops are named.
    let unknown = app
        .get(
            "/api/v1/crosswalks/map?framework=iso27001-2022&requirement=A.9.99",
            &app.admin_token,
        )
        .await;
    expect_problem(unknown, StatusCode::NOT_FOUND, "not-found").await;
    let unknown = app
        .get(
            "/api/v1/crosswalks/map?framework=nist-csf-2.0&requirement=XX.YY-99",
            &app.admin_token,
        )
        .await;
    expect_problem(unknown, StatusCode::NOT_FOUND, "not-found").await;
    let hops = app
        .get(
            "/api/v1/crosswalks/map?framework=iso27001-2022&requirement=A.5.9&max_hops=9",
            &app.admin_token,
        )
        .await;
    expect_problem(hops, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;

    // Another organisation sees none of it.
    let other = app.second_organisation_admin().await;
    let theirs = expect_status(app.get("/api/v1/frameworks", &other).await, StatusCode::OK).await;
    assert_eq!(theirs.as_array().expect("list").len(), 1);
    let theirs = expect_status(
        app.get(
            "/api/v1/crosswalks/map?framework=iso27001-2022&requirement=A.5.9",
            &other,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(theirs["items"], json!([]));
}

#[tokio::test]
async fn a_crosswalk_citing_what_does_not_exist_is_refused_whole_unless_asked_to_skip() {
    let app = spawn_app().await;
    let yaml = r#"
urn: urn:intuitem:risk:library:mapping-test
name: Test mapping
objects:
  requirement_mapping_sets:
  - urn: urn:intuitem:risk:req_mapping_set:test
    source_framework_urn: urn:intuitem:risk:framework:nist-sp-800-53-rev5
    target_framework_urn: urn:intuitem:risk:framework:iso27001-2022
    requirement_mappings:
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-1
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.15
      relationship: equal
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-2
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.99
      relationship: subset
"#;
    let refused = expect_status(
        app.upload_crosswalk("", "bad.yaml", yaml.as_bytes().to_vec(), None)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(refused["status"], "rejected");
    let messages: Vec<&str> = refused["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .filter(|i| i["severity"] == "error")
        .filter_map(|i| i["message"].as_str())
        .collect();
    assert_eq!(messages.len(), 1, "{refused}");
    assert!(
        messages[0].contains("A.5.99") || messages[0].contains("a.5.99"),
        "{}",
        messages[0]
    );
    let listed = expect_status(
        app.get("/api/v1/frameworks", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        listed.as_array().expect("list").len(),
        1,
        "nothing was stored"
    );

    let skipped = expect_status(
        app.upload_crosswalk(
            "?skip_invalid_rows=true",
            "bad.yaml",
            yaml.as_bytes().to_vec(),
            None,
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(skipped["mappings_created"], 1);
    let mapped = expect_status(
        app.get(
            "/api/v1/crosswalks/map?framework=nist-sp-800-53-rev5&requirement=ac-1",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(mapped["items"][0]["requirement"], "A.5.15");
    assert_eq!(mapped["items"][0]["relationship"], "equal");

    // A billion-laughs YAML is refused, quickly, as unreadable.
    let mut bomb = String::from(
        "urn: urn:intuitem:risk:library:bomb\nobjects:\n  requirement_mapping_sets:\n  - a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for n in 1..10 {
        let p = n - 1;
        bomb.push_str(&format!(
            "    a{n}: &a{n} [*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p}]\n"
        ));
    }
    let started = std::time::Instant::now();
    let response = app
        .upload_crosswalk("", "bomb.yaml", bomb.into_bytes(), None)
        .await;
    assert!(response.status().is_client_error(), "{}", response.status());
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    // Text that is no crosswalk: the plugin that tried says what it looked for.
    let response = app
        .upload_crosswalk("", "notes.txt", b"just some notes".to_vec(), None)
        .await;
    let problem = expect_problem(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unreadable-file",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("notes.txt: no crosswalk header")),
        "{problem}"
    );
    // A PDF: no crosswalk plugin reads it.
    let response = app
        .upload_crosswalk("", "scan.pdf", b"%PDF-1.7\n%binary".to_vec(), None)
        .await;
    assert!(response.status().is_client_error(), "{}", response.status());
    // A 50 MB file is refused before any plugin reads it.
    let huge = vec![b'#'; 50 * 1024 * 1024];
    let response = app.upload_crosswalk("", "huge.yaml", huge, None).await;
    expect_problem(response, StatusCode::PAYLOAD_TOO_LARGE, "payload-too-large").await;
}

#[tokio::test]
async fn the_soa_and_open_nonconformities_decide_how_covered_each_csf_requirement_is() {
    let app = spawn_app().await;
    expect_status(
        app.upload_crosswalk("?skip_invalid_rows=true", "csf2.xlsx", data(CSF), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    // The SoA always lists the 93 controls; nothing is stated yet.
    let soa = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let soa = soa.as_array().expect("entries");
    assert_eq!(soa.len(), 93);
    assert!(soa.iter().all(|e| e["applicable"].is_null()));
    // GV.OC-03 cites A.5.20 and A.5.31 (NIST's export, row 7).
    let put = |control: &'static str, body: Value| {
        let app = &app;
        async move {
            app.client
                .put(app.url(&format!("/api/v1/soa/{control}")))
                .bearer_auth(&app.admin_token)
                .json(&body)
                .send()
                .await
                .expect("request")
        }
    };
    expect_status(put("A.5.20", json!({"applicable": true, "status": "implemented", "justification": "Supplier contracts"})).await, StatusCode::OK).await;
    let entry = expect_status(put("a5.31", json!({"applicable": true, "status": "implemented", "reason": "legal register reviewed"})).await, StatusCode::OK).await;
    assert_eq!(entry["control"], "A.5.31");
    assert_eq!(entry["status"], "implemented");
    let bad = put("A.5.31", json!({"applicable": true, "status": "mostly"})).await;
    expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    let unknown = put("A.9.9", json!({"applicable": true})).await;
    expect_problem(unknown, StatusCode::NOT_FOUND, "not-found").await;
    let history = expect_status(
        app.get("/api/v1/soa/A.5.31/history", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(history.as_array().expect("entries").len(), 1);
    assert_eq!(history[0]["reason"], "legal register reviewed");

    let report = coverage(&app).await;
    let item = |report: &Value, reference: &str| -> Value {
        report["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["requirement"] == reference)
            .cloned()
            .unwrap_or_else(|| panic!("{reference} missing"))
    };
    // Both controls implemented, but the CSF export's mappings are untyped: partial at best.
    let gv_oc_03 = item(&report, "GV.OC-03");
    assert_eq!(gv_oc_03["coverage"], "partial", "{gv_oc_03}");
    assert!(
        gv_oc_03["reason"]
            .as_str()
            .expect("reason")
            .contains("only partly covers it")
    );
    let isos: Vec<&str> = gv_oc_03["contributions"]
        .as_array()
        .expect("contributions")
        .iter()
        .filter_map(|c| c["iso"].as_str())
        .collect();
    assert!(
        isos.contains(&"A.5.20") && isos.contains(&"A.5.31"),
        "{isos:?}"
    );
    // An open major against A.5.31 leaves GV.OC-03 uncovered, and says why.
    let audit = app.create_audit("Stage 2").await;
    app.create_finding(&audit, json!({"reference": "NC-07", "grade": "major", "requirements": ["A.5.31"], "statement": "The legal register is years out of date."}))
        .await;
    let report = coverage(&app).await;
    let gv_oc_03 = item(&report, "GV.OC-03");
    assert_eq!(gv_oc_03["coverage"], "none");
    assert!(
        gv_oc_03["reason"]
            .as_str()
            .expect("reason")
            .contains("major nonconformity NC-07 is open"),
        "{gv_oc_03}"
    );
    // A contributor sees the same coverage, but not the reference of a finding that is not
    // assigned to them.
    let (_, contributor) = app
        .user_with_role("dana@example.test", Role::Contributor)
        .await;
    let theirs = expect_status(
        app.get(
            "/api/v1/crosswalks/coverage?framework=nist-csf-2.0",
            &contributor,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let gv_oc_03 = item(&theirs, "GV.OC-03");
    assert_eq!(gv_oc_03["coverage"], "none");
    let reason = gv_oc_03["reason"].as_str().expect("reason");
    assert!(!theirs.to_string().contains("NC-07"), "{reason}");
    assert!(reason.contains("not assigned to you"), "{reason}");
    let summary = &report["summary"];
    let total = summary["total"].as_u64().expect("total");
    assert_eq!(
        summary["full"].as_u64().unwrap_or(0)
            + summary["partial"].as_u64().unwrap_or(0)
            + summary["none"].as_u64().unwrap_or(0),
        total
    );
    assert!(
        total >= 134,
        "functions, categories and subcategories: {summary}"
    );
    // The gaps: what nothing in the ISO programme reaches.
    let gaps = expect_status(
        app.get(
            "/api/v1/crosswalks/gaps?framework=nist-csf-2.0",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let gaps = gaps["items"].as_array().expect("items");
    assert_eq!(gaps.len() as u64, summary["gaps"].as_u64().expect("gaps"));
    assert!(
        gaps.iter()
            .all(|g| g["contributions"] == json!([]) && g["coverage"] == "none")
    );
    // The workbook carries the same rows.
    let response = app
        .get(
            "/api/v1/crosswalks/coverage.xlsx?framework=nist-csf-2.0",
            &app.admin_token,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.bytes().await.expect("workbook");
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx");
    use calamine::Reader as _;
    let sheet = book
        .worksheet_range("Coverage")
        .expect("the Coverage sheet");
    let row = sheet
        .rows()
        .find(|r| r.first().is_some_and(|c| *c == "GV.OC-03"))
        .expect("GV.OC-03's row");
    assert_eq!(row[2].to_string(), "none");
    let unknown = app
        .get(
            "/api/v1/crosswalks/coverage?framework=soc2",
            &app.admin_token,
        )
        .await;
    expect_problem(unknown, StatusCode::NOT_FOUND, "not-found").await;
}

async fn coverage(app: &closeout_testing::TestApp) -> Value {
    let url = "/api/v1/crosswalks/coverage?framework=nist-csf-2.0";
    expect_status(app.get(url, &app.admin_token).await, StatusCode::OK).await
}

#[tokio::test]
async fn a_crosswalk_spreadsheet_with_a_relationship_column_maps_iso_onto_soc_2() {
    let app = spawn_app().await;
    let csv = "ISO 27001 Control,SOC 2 Criteria,Relationship,Notes\n\
               A.5.15,CC6.1,Equivalent,access control policy\n\
               A.8.5,CC6.1,Subset,\n\
               A.5.24,CC7.3,,left blank: no relationship\n\
               A.8.8,\"CC7.1, CC7.2\",Superset,\n";
    let imported = expect_status(
        app.upload_crosswalk("", "iso-soc2.csv", csv.as_bytes().to_vec(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(imported["plugin"], "crosswalk-sheet");
    assert_eq!(imported["sets"], json!(["iso27001-2022 -> soc2-2017"]));
    assert_eq!(imported["mappings_created"], 4, "{imported}");
    let mapped = expect_status(
        app.get(
            "/api/v1/crosswalks/map?framework=soc2-2017&requirement=cc6.1",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let found: Vec<(String, String)> = mapped["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["requirement"].as_str().unwrap_or_default().to_owned(),
                i["relationship"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    // Read from SOC 2's side: equal stays equal; ISO A.8.5 being a subset of CC6.1 makes CC6.1
    // a superset of it.
    assert_eq!(
        found,
        [
            ("A.5.15".to_owned(), "equal".to_owned()),
            ("A.8.5".to_owned(), "superset_of".to_owned()),
        ]
    );
}

#[tokio::test]
async fn a_pdf_named_like_a_spreadsheet_is_told_to_be_a_pdf() {
    let app = spawn_app().await;
    let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".to_vec();
    let problem = expect_problem(
        app.upload_crosswalk("", "crosswalk.xlsx", pdf, None).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported-file",
    )
    .await;
    let detail = problem["detail"].as_str().expect("detail");
    assert!(
        detail.starts_with("crosswalk.xlsx: ") && detail.contains("PDF"),
        "read by a spreadsheet importer, not taken for YAML: {detail}"
    );
}
