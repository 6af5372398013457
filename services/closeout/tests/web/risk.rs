use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn the_risk_page_forecasts_lists_what_to_fix_first_and_takes_the_managers_decision() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Surveillance 2026").await;
    for (reference, requirements) in [
        ("NC-01", json!(["A.5.15"])),
        ("NC-02", json!(["A.5.15", "9.2"])),
    ] {
        app.create_finding(
            &audit_id,
            json!({"reference": reference, "grade": "minor", "requirements": requirements, "statement": "s"}),
        )
        .await;
    }
    app.person("ana@example.test", Role::Manager).await;
    app.person("aud@example.test", Role::Auditor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let audit = manager
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(
        audit
            .body
            .contains(&format!(r#"href="/audits/{audit_id}/risk""#))
    );
    let page = manager
        .get(&format!("/audits/{audit_id}/risk"))
        .await
        .expect(StatusCode::OK);
    assert!(
        page.body
            .contains("Recommended once the plans for the open minors are accepted"),
        "{}",
        page.body
    );
    assert!(page.body.contains(">NC-01</a>") && page.body.contains(">NC-02</a>"));
    assert!(
        page.body.contains("Findings: NC-01, NC-02"),
        "{}",
        page.body
    );
    // Two minors cited: the manager chooses which one becomes the major.
    assert!(
        page.body.contains("Accept: make it a major"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"<option value="NC-02">NC-02</option>"#)
    );

    let no_reason = manager
        .post(
            &format!("/audits/{audit_id}/potential-majors"),
            &[("key", "x"), ("decision", "dismiss"), ("reason", " ")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let key = page
        .body
        .split(r#"name="key" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let accepted = manager
        .post(
            &format!("/audits/{audit_id}/potential-majors"),
            &[
                ("key", &key),
                ("decision", "accept"),
                ("reason", "same access control gap twice"),
                ("upgrade", "NC-02"),
            ],
        )
        .await;
    assert_eq!(accepted.redirected_to(), format!("/audits/{audit_id}/risk"));
    let after = manager
        .get(&format!("/audits/{audit_id}/risk"))
        .await
        .expect(StatusCode::OK);
    assert!(
        after.body.contains("Not recommended while a major is open"),
        "{}",
        after.body
    );
    let majors = app.findings(&audit_id, "?grade=major").await;
    assert_eq!(majors["items"][0]["reference"], "NC-02", "the one chosen");

    let mut auditor = Browser::signed_in(&app, "aud@example.test", PASSWORD).await;
    let read = auditor
        .get(&format!("/audits/{audit_id}/risk"))
        .await
        .expect(StatusCode::OK);
    assert!(
        !read.body.contains(">Dismiss</button>"),
        "an auditor reads, does not decide"
    );
}

#[tokio::test]
async fn the_crosswalk_explorer_suggests_requirements_and_shows_what_a_control_maps_to() {
    let app = spawn_app().await;
    let mapping = std::fs::read(
        "../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml",
    )
    .expect("the CISO Assistant mapping in testdata");
    expect_status(
        app.upload_crosswalk("", "mapping.yaml", mapping, None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let nist = expect_status(
        app.get("/api/v1/frameworks", &app.admin_token).await,
        StatusCode::OK,
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .filter_map(|f| f["id"].as_str())
    .find(|id| *id != "iso27001-2022")
    .expect("the imported framework")
    .to_owned();
    let audit = app.create_audit("Stage 2").await;
    let nc07 = app.create_finding(&audit, json!({"reference": "NC-07", "grade": "major", "requirements": ["A.5.15"], "statement": "Access rights are never reviewed."}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let home = manager.get("/").await.expect(StatusCode::OK);
    assert!(home.body.contains(r#"href="/crosswalks""#));

    // Typing part of a title suggests the requirements that hold it.
    let typed = manager
        .get("/crosswalks?framework=iso27001-2022&requirement=access+control")
        .await
        .expect(StatusCode::OK);
    assert!(
        typed.body.contains("Requirements matching"),
        "{}",
        typed.body
    );
    assert!(typed.body.contains("requirement=A.5.15"), "{}", typed.body);
    // Choosing one shows where it counts, with the relationship and the path.
    let mapped = manager
        .get("/crosswalks?framework=iso27001-2022&requirement=a.5.15")
        .await
        .expect(StatusCode::OK);
    assert!(
        mapped.body.contains("A.5.15 in other frameworks"),
        "{}",
        mapped.body
    );
    assert!(mapped.body.contains("AC-"), "{}", mapped.body);
    assert!(mapped.body.contains("intersects_with"), "{}", mapped.body);
    assert!(
        mapped
            .body
            .contains(&format!("iso27001-2022 A.5.15 → {nist}")),
        "{}",
        mapped.body
    );
    let unknown = manager
        .get("/crosswalks?framework=iso27001-2022&requirement=Z.9.9")
        .await
        .expect(StatusCode::OK);
    assert!(
        unknown.body.contains("no requirement Z.9.9"),
        "{}",
        unknown.body
    );

    // The framework's coverage: the open major against A.5.15 leaves what it reaches uncovered.
    let coverage = manager
        .get(&format!("/crosswalks/coverage?framework={nist}"))
        .await
        .expect(StatusCode::OK);
    assert!(coverage.body.contains("fully covered"), "{}", coverage.body);
    assert!(
        coverage.body.contains("major nonconformity NC-07 is open"),
        "{}",
        coverage.body
    );
    let gaps = manager
        .get(&format!("/crosswalks/coverage?framework={nist}&gaps=1"))
        .await
        .expect(StatusCode::OK);
    assert!(gaps.body.contains(": the gaps"));
    assert!(
        !gaps.body.contains("NC-07"),
        "gaps are what nothing reaches"
    );
    // A contributor sees the coverage without the reference of a finding not theirs.
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let theirs = contributor
        .get(&format!("/crosswalks/coverage?framework={nist}"))
        .await
        .expect(StatusCode::OK);
    assert!(!theirs.body.contains("NC-07"));
    assert!(theirs.body.contains("not assigned to you"));

    // The finding's page loads where fixing it counts, also a page of its own.
    let page = manager
        .get(&format!("/findings/{nc07}"))
        .await
        .expect(StatusCode::OK);
    assert!(
        page.body
            .contains(&format!("/panels/findings/{nc07}/impact"))
    );
    let panel = manager
        .get(&format!("/panels/findings/{nc07}/impact"))
        .await
        .expect(StatusCode::OK);
    assert!(
        panel.body.contains("Fixing this counts in"),
        "{}",
        panel.body
    );
    assert!(
        panel.body.contains(&format!("{nist} AC-")),
        "{}",
        panel.body
    );
    assert!(!panel.body.contains("<html"), "a panel, not a page");
    let own = manager
        .get(&format!("/findings/{nc07}/impact"))
        .await
        .expect(StatusCode::OK);
    assert!(own.body.contains("NC-07 in other frameworks"));
    // Someone the finding is not assigned to learns nothing of it.
    assert_eq!(
        contributor
            .get(&format!("/panels/findings/{nc07}/impact"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
