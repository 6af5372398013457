use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn a_manager_creates_an_audit_with_the_form_and_finds_it_from_home_and_the_list() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let home = browser.get("/").await.expect(StatusCode::OK);
    assert!(home.body.contains("No audits yet"), "{}", home.body);

    let list = browser.get("/audits").await.expect(StatusCode::OK);
    for label in [
        "<label>Name",
        "<label>Kind",
        "<label>Certification body",
        "<label>Report date",
    ] {
        assert!(list.body.contains(label), "{label} missing: {}", list.body);
    }
    assert!(list.body.contains(">Create audit</button>"));

    let created = browser
        .post(
            "/audits",
            &[
                ("name", "2026 surveillance"),
                ("kind", "surveillance"),
                ("certification_body", "BSI"),
                ("report_date", "2026-11-20"),
            ],
        )
        .await;
    let location = created.redirected_to().to_owned();
    assert!(location.starts_with("/audits/"), "{location}");

    let audit = browser.get(&location).await.expect(StatusCode::OK);
    assert!(
        audit.body.contains("<h1>2026 surveillance</h1>"),
        "{}",
        audit.body
    );
    assert!(audit.body.contains("BSI"));
    assert!(audit.body.contains("2026-11-20"));
    assert!(audit.body.contains("No findings yet"));

    // The API sees the same audit.
    let audit_id = location.trim_start_matches("/audits/");
    let answer = expect_status(
        app.get(&format!("/api/v1/audits/{audit_id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(answer["kind"], "surveillance");

    let link = format!(r#"<a href="/audits/{audit_id}">2026 surveillance</a>"#);
    let home = browser.get("/").await.expect(StatusCode::OK);
    assert!(home.body.contains(&link), "{}", home.body);
    let list = browser.get("/audits").await.expect(StatusCode::OK);
    assert!(list.body.contains(&link), "{}", list.body);
}

#[tokio::test]
async fn a_form_with_problems_comes_back_with_each_next_to_its_field_and_what_was_typed() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    browser.get("/audits").await.expect(StatusCode::OK);
    let page = browser
        .post(
            "/audits",
            &[
                ("name", "  "),
                ("kind", "stage2"),
                ("certification_body", "Bureau Veritas"),
                ("report_date", "20/11/2026"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains(r#"id="name-error""#), "{}", page.body);
    assert!(
        page.body.contains(r#"id="report-date-error""#),
        "{}",
        page.body
    );
    assert!(page.body.contains("is not a date in the form YYYY-MM-DD"));
    assert!(
        page.body.contains(r#"value="Bureau Veritas""#),
        "typed value kept"
    );
    assert!(page.body.contains(r#"<option value="stage2" selected>"#));
    let audits = expect_status(
        app.get("/api/v1/audits", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(audits["total"], 0, "nothing created");
}

#[tokio::test]
async fn creating_an_audit_needs_the_session_token_and_a_manager() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let forged = manager
        .send_form("/audits", &[("name", "Forged"), ("kind", "internal")], None)
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let list = contributor.get("/audits").await.expect(StatusCode::OK);
    assert!(
        !list.body.contains("Create audit"),
        "no form for a contributor"
    );
    let refused = contributor
        .post("/audits", &[("name", "Mine"), ("kind", "internal")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.body.contains("needs the admin or manager role"),
        "{}",
        refused.body
    );
    let audits = expect_status(
        app.get("/api/v1/audits", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(audits["total"], 0);
}

#[tokio::test]
async fn the_findings_table_filters_by_the_url_pages_and_shows_a_contributor_only_their_own() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    let cy = app.person("cy@example.test", Role::Contributor).await;
    app.person("ana@example.test", Role::Manager).await;
    for n in 1..=55 {
        let grade = if n % 5 == 0 { "major" } else { "minor" };
        let owner = if n == 7 {
            json!("cy@example.test")
        } else {
            json!(null)
        };
        app.create_finding(
            &audit_id,
            json!({"reference": format!("NC-{n:02}"), "grade": grade, "requirements": ["A.8.15"],
                   "statement": format!("Finding number {n}"), "owner": owner}),
        )
        .await;
    }
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let first = manager
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(first.body.contains(&format!(
        r#"<th scope="col" aria-sort="none"><a href="/audits/{audit_id}?sort=reference">Reference</a></th>"#
    )));
    assert!(first.body.contains("Findings 1–50 of 55"), "{}", first.body);
    assert!(first.body.contains(&format!(
        r#"href="/audits/{audit_id}?offset=50" rel="next""#
    )));
    let second = manager
        .get(&format!("/audits/{audit_id}?offset=50"))
        .await
        .expect(StatusCode::OK);
    assert!(second.body.contains("Findings 51–55 of 55"));
    assert!(second.body.contains(">NC-55</a>"));

    // Sorted by a column header: reversed on the second click, the order kept by the pager.
    let reversed = manager
        .get(&format!("/audits/{audit_id}?sort=-reference"))
        .await
        .expect(StatusCode::OK);
    let at = |body: &str, reference: &str| {
        body.find(&format!(">{reference}</a>"))
            .unwrap_or_else(|| panic!("{reference} not shown"))
    };
    assert!(at(&reversed.body, "NC-55") < at(&reversed.body, "NC-54"));
    assert!(
        !reversed.body.contains(">NC-05</a>"),
        "NC-01 to NC-05 are on page 2"
    );
    assert!(reversed.body.contains(&format!(
        r#"<th scope="col" aria-sort="descending"><a href="/audits/{audit_id}?sort=reference">Reference ▼</a></th>"#
    )), "{}", reversed.body);
    assert!(
        reversed.body.contains(&format!(
            r#"href="/audits/{audit_id}?sort=-reference&#38;offset=50" rel="next""#
        )),
        "{}",
        reversed.body
    );
    let by_grade = manager
        .get(&format!("/audits/{audit_id}?grade=&sort=grade"))
        .await
        .expect(StatusCode::OK);
    assert!(
        at(&by_grade.body, "NC-50") < at(&by_grade.body, "NC-01"),
        "majors first"
    );
    let wrong = manager
        .get(&format!("/audits/{audit_id}?sort=severity"))
        .await
        .expect(StatusCode::OK);
    assert!(
        wrong.body.contains("`severity` is not an order"),
        "{}",
        wrong.body
    );

    let majors = manager
        .get(&format!("/audits/{audit_id}?grade=major"))
        .await
        .expect(StatusCode::OK);
    assert!(majors.body.contains("of 11"), "{}", majors.body);
    assert!(majors.body.contains(">NC-05</a>"));
    assert!(!majors.body.contains(">NC-01</a>"));
    assert!(
        majors.body.contains(r#"<option value="major" selected>"#),
        "filter kept in the form"
    );

    let by_owner = manager
        .get(&format!("/audits/{audit_id}?owner={cy}"))
        .await
        .expect(StatusCode::OK);
    assert!(by_owner.body.contains(">NC-07</a>") && by_owner.body.contains("of 1"));

    let unknown = manager
        .get(&format!("/audits/{audit_id}?grade=catastrophic"))
        .await
        .expect(StatusCode::OK);
    assert!(unknown.body.contains("unknown grade"), "{}", unknown.body);

    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let own = contributor
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(own.body.contains(">NC-07</a>"));
    assert!(
        !own.body.contains(">NC-01</a>"),
        "a contributor sees only their findings"
    );
    let home = contributor.get("/").await.expect(StatusCode::OK);
    assert!(home.body.contains("Stage 2"));
}

#[tokio::test]
async fn the_table_shows_each_findings_next_deadline_and_filters_the_overdue() {
    let app = spawn_app().await;
    // Reported on 20 March 2026: every plan deadline has passed.
    let audit_id = app.create_audit("Stage 2").await;
    app.person("ana@example.test", Role::Manager).await;
    let mut ids = Vec::new();
    for (reference, grade) in [("NC-1", "minor"), ("NC-2", "minor"), ("OFI-1", "ofi")] {
        let created = app
            .create_finding(
                &audit_id,
                json!({"reference": reference, "grade": grade, "statement": "s"}),
            )
            .await;
        ids.push(created["id"].as_str().expect("id").to_owned());
    }
    // NC-2's plan was given until next year.
    let next_year = (chrono::Utc::now().date_naive() + chrono::Days::new(365)).to_string();
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{}/deadlines/plan", ids[1])))
            .bearer_auth(&app.admin_token)
            .json(&json!({"due_on": next_year, "reason": "extension agreed"}))
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let all = manager
        .get(&format!("/audits/{audit_id}?sort=due"))
        .await
        .expect(StatusCode::OK);
    assert!(all.body.contains("(overdue)"), "{}", all.body);
    assert!(
        all.body.contains(&next_year),
        "NC-2's plan deadline is shown"
    );
    let at = |body: &str, reference: &str| body.find(&format!(">{reference}</a>")).expect("shown");
    assert!(
        at(&all.body, "NC-1") < at(&all.body, "NC-2"),
        "the overdue one first"
    );
    assert!(
        at(&all.body, "NC-2") < at(&all.body, "OFI-1"),
        "no deadline last"
    );

    let overdue = manager
        .get(&format!("/audits/{audit_id}?overdue=on"))
        .await
        .expect(StatusCode::OK);
    assert!(overdue.body.contains(">NC-1</a>"), "{}", overdue.body);
    assert!(!overdue.body.contains(">NC-2</a>"));
    assert!(!overdue.body.contains(">OFI-1</a>"));
    assert!(overdue.body.contains("Findings 1–1 of 1"));
    assert!(
        overdue
            .body
            .contains(r#"name="overdue" value="on" checked"#)
    );
}

#[tokio::test]
async fn another_organisations_audit_is_not_found_in_the_interface() {
    let app = spawn_app().await;
    let other_admin = app.second_organisation_admin().await;
    let response = app
        .post(
            "/api/v1/audits",
            &other_admin,
            &json!({"name": "Theirs", "kind": "internal"}),
        )
        .await;
    let theirs = expect_status(response, StatusCode::CREATED).await;
    app.person("ana@example.test", Role::Admin).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = browser
        .get(&format!("/audits/{}", theirs["id"].as_str().unwrap()))
        .await
        .expect(StatusCode::NOT_FOUND);
    assert!(!page.body.contains("Theirs"));
    let list = browser.get("/audits").await.expect(StatusCode::OK);
    assert!(!list.body.contains("Theirs"));
}

#[tokio::test]
async fn the_reports_download_from_the_audit_page_for_managers_and_auditors_only() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.create_finding(
        &audit_id,
        json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.8.15"], "statement": "Logs kept 7 days."}),
    )
    .await;
    app.person("aud@example.test", Role::Auditor).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut auditor = Browser::signed_in(&app, "aud@example.test", PASSWORD).await;
    let page = auditor
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    for file in [
        "corrective-action-plan.xlsx",
        "evidence-of-correction.xlsx",
        "poam.json",
    ] {
        let href = format!("/audits/{audit_id}/reports/{file}");
        assert!(page.body.contains(&href), "{file}: {}", page.body);
        let (status, bytes) = auditor.download(&href).await;
        assert_eq!(status, StatusCode::OK, "{file}");
        if file.ends_with(".xlsx") {
            assert!(bytes.starts_with(b"PK"), "{file} is a workbook");
        } else {
            let poam: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
            assert!(
                poam["plan-of-action-and-milestones"]["poam-items"].is_array(),
                "{poam}"
            );
        }
    }
    let (status, _) = auditor
        .download(&format!("/audits/{audit_id}/reports/everything.zip"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let (status, _) = contributor
        .download(&format!("/audits/{audit_id}/reports/poam.json"))
        .await;
    assert!(
        status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND,
        "{status}"
    );
}

#[tokio::test]
async fn a_manager_edits_the_audit_and_a_new_report_date_moves_the_deadlines() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit_id,
            json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.8.15"], "statement": "s"}),
        )
        .await;
    let id = finding["id"].as_str().unwrap();
    let deadlines_before = expect_status(
        app.get(
            &format!("/api/v1/findings/{id}/deadlines"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = browser
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(
        page.body
            .contains(&format!(r#"href="/audits/{audit_id}/edit""#))
    );
    let form = browser
        .get(&format!("/audits/{audit_id}/edit"))
        .await
        .expect(StatusCode::OK);
    assert!(form.body.contains(r#"value="2026-03-20""#), "{}", form.body);
    let bad = browser
        .post(
            &format!("/audits/{audit_id}"),
            &[
                ("name", "Stage 2"),
                ("kind", "stage2"),
                ("report_date", "20.04.2026"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains(r#"id="report_date-error""#),
        "{}",
        bad.body
    );
    let saved = browser
        .post(
            &format!("/audits/{audit_id}"),
            &[
                ("name", "Stage 2 (BSI)"),
                ("kind", "stage2"),
                ("certification_body", "BSI"),
                ("standard", "ISO/IEC 27001:2022"),
                ("report_date", "2026-04-20"),
                ("reason", "the final report came a month later"),
            ],
        )
        .await;
    assert_eq!(saved.redirected_to(), format!("/audits/{audit_id}"));
    let audit = expect_status(
        app.get(&format!("/api/v1/audits/{audit_id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(audit["name"], "Stage 2 (BSI)");
    assert_eq!(audit["report_date"], "2026-04-20");
    let deadlines_after = expect_status(
        app.get(
            &format!("/api/v1/findings/{id}/deadlines"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_ne!(
        deadlines_before, deadlines_after,
        "the deadlines followed the report date"
    );
    let history = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit_id}/history"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert!(
        history
            .to_string()
            .contains("the final report came a month later")
    );
}

#[tokio::test]
async fn a_manager_assigns_several_findings_at_once_from_the_table() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    let other_audit = app.create_audit("Internal").await;
    let mut ids = Vec::new();
    for n in 1..=3 {
        let created = app
            .create_finding(
                &audit_id,
                json!({"reference": format!("NC-0{n}"), "grade": "minor", "requirements": ["A.8.8"], "statement": "s"}),
            )
            .await;
        ids.push(created["id"].as_str().unwrap().to_owned());
    }
    let elsewhere = app
        .create_finding(
            &other_audit,
            json!({"reference": "IA-01", "grade": "minor", "requirements": ["A.8.8"], "statement": "s"}),
        )
        .await;
    let cy = app.person("cy@example.test", Role::Contributor).await;
    app.person("ana@example.test", Role::Manager).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(
        page.body.contains(r#"aria-label="Select NC-01""#),
        "{}",
        page.body
    );
    assert!(page.body.contains(">Assign selected</button>"));
    let path = format!("/audits/{audit_id}/assign");
    let forged = manager
        .send_form(&path, &[("finding", &ids[0]), ("owner", &cy)], None)
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let foreign = manager
        .post(
            &path,
            &[
                ("finding", elsewhere["id"].as_str().unwrap()),
                ("owner", &cy),
            ],
        )
        .await;
    assert_eq!(
        foreign.status,
        StatusCode::NOT_FOUND,
        "a finding of another audit"
    );
    let none = manager.post(&path, &[("owner", &cy)]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    manager
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    let assigned = manager
        .post(
            &path,
            &[("finding", &ids[0]), ("finding", &ids[2]), ("owner", &cy)],
        )
        .await;
    assert_eq!(assigned.redirected_to(), format!("/audits/{audit_id}"));
    for (index, id) in ids.iter().enumerate() {
        let finding = expect_status(
            app.get(&format!("/api/v1/findings/{id}"), &app.admin_token)
                .await,
            StatusCode::OK,
        )
        .await;
        let expected = if index == 1 {
            json!(null)
        } else {
            json!("cy@example.test")
        };
        assert_eq!(finding["owner"], expected, "NC-0{}", index + 1);
    }
    let history = expect_status(
        app.get(
            &format!("/api/v1/findings/{}/history", ids[0]),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert!(
        history
            .to_string()
            .contains("assigned to cy@example.test with others"),
        "{history}"
    );
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let theirs = contributor
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(theirs.body.contains(">NC-01</a>") && theirs.body.contains(">NC-03</a>"));
    assert!(!theirs.body.contains(">NC-02</a>"));
    assert!(
        !theirs.body.contains("Assign selected"),
        "no bulk form for a contributor"
    );
}

#[tokio::test]
async fn the_board_shows_each_status_with_its_count_and_only_a_contributors_own() {
    let app = spawn_app().await;
    let audit_id = app.create_audit("Stage 2").await;
    app.person("cy@example.test", Role::Contributor).await;
    app.person("ana@example.test", Role::Manager).await;
    for n in 1..=23 {
        let owner = if n <= 2 {
            json!("cy@example.test")
        } else {
            json!(null)
        };
        app.create_finding(
            &audit_id,
            json!({"reference": format!("NC-{n:02}"), "grade": "minor", "requirements": ["A.8.8"], "statement": "s", "owner": owner}),
        )
        .await;
    }
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let board = manager
        .get(&format!("/audits/{audit_id}/board"))
        .await
        .expect(StatusCode::OK);
    assert!(
        board
            .body
            .contains(r#"<h2 id="column-open">Open <span class="muted">(23)</span></h2>"#),
        "{}",
        board.body
    );
    assert!(
        board
            .body
            .contains(r#"<h2 id="column-closed">Closed <span class="muted">(0)</span></h2>"#)
    );
    assert_eq!(
        board.body.matches(r#"<li class="card">"#).count(),
        20,
        "twenty cards, then a link"
    );
    assert!(board.body.contains(&format!(
        r#"href="/audits/{audit_id}?status=open">All 23</a>"#
    )));
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let own = contributor
        .get(&format!("/audits/{audit_id}/board"))
        .await
        .expect(StatusCode::OK);
    assert!(
        own.body.contains(r#"Open <span class="muted">(2)</span>"#),
        "{}",
        own.body
    );
    assert!(!own.body.contains(">NC-03</a>"));
}
