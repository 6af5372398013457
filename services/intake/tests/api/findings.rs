//! Findings: the contract fields, requirement normalisation, validation, filters, pagination
//! and history.

use closeout_model::user::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{expect_problem, expect_status, spawn_app};

#[tokio::test]
async fn a_finding_answers_with_the_contract_fields_and_normalised_requirements() {
    let app = spawn_app().await;
    app.user_with_role("it.lead@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-03", "grade": "major", "requirements": ["A8.8", "Clause 9.2 / A.5.31", "8.20–8.22"],
                   "statement": "Vulnerability scans are not reviewed.", "owner": "IT.Lead@example.test",
                   "objective_evidence": "No review records for Q1", "raised_on": "2026-03-18"}),
        )
        .await;
    assert!(finding["id"].is_string());
    assert_eq!(finding["reference"], "NC-03");
    assert_eq!(finding["grade"], "major");
    assert_eq!(
        finding["requirements"],
        json!(["A.8.8", "9.2", "A.5.31", "A.8.20", "A.8.21", "A.8.22"])
    );
    assert_eq!(
        finding["statement"],
        "Vulnerability scans are not reviewed."
    );
    assert_eq!(finding["status"], "open");
    assert_eq!(finding["owner"], "it.lead@example.test");
    assert_eq!(finding["warnings"], json!([]));
    assert_eq!(finding["raised_on"], "2026-03-18");
}

#[tokio::test]
async fn a_2013_reference_is_accepted_and_mapped_with_a_warning() {
    let app = spawn_app().await;
    let audit = app.create_audit("Surveillance").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.12.6.1"], "statement": "s"}))
        .await;
    assert_eq!(finding["requirements"], json!(["A.8.8"]));
    let warnings = finding["warnings"].as_array().expect("warnings");
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].as_str().expect("text").contains("2013"),
        "{finding}"
    );
    // The warning is kept with the finding.
    let id = finding["id"].as_str().expect("id");
    let read = expect_status(
        app.get(&format!("/api/v1/findings/{id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read["warnings"], finding["warnings"]);
}

#[tokio::test]
async fn an_unknown_control_is_an_error_that_names_it() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let response = app
        .post(
            &format!("/api/v1/audits/{audit}/findings"),
            &app.admin_token,
            &json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.5.1", "A.5.99"], "statement": "s"}),
        )
        .await;
    let problem = expect_problem(response, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert_eq!(problem["errors"][0]["field"], "requirements[1]");
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("A.5.99"),
        "{problem}"
    );
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("A.5.99"),
        "{problem}"
    );
    // Nothing was written.
    let listed = app.findings(&audit, "").await;
    assert_eq!(listed["total"], 0);
}

#[tokio::test]
async fn every_invalid_field_is_reported_at_once() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let response = app
        .post(
            &format!("/api/v1/audits/{audit}/findings"),
            &app.admin_token,
            &json!({"reference": "", "grade": "Cat 9", "statement": "  ", "raised_on": "yesterday", "owner": "nobody"}),
        )
        .await;
    let problem = expect_problem(response, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    let mut fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        ["grade", "owner", "raised_on", "reference", "statement"],
        "{problem}"
    );

    let unknown_owner = app
        .post(&format!("/api/v1/audits/{audit}/findings"), &app.admin_token, &json!({"reference": "NC-1", "grade": "minor", "statement": "s", "owner": "ghost@example.test"}))
        .await;
    let problem = expect_problem(
        unknown_owner,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("ghost@example.test")
    );
}

#[tokio::test]
async fn a_reference_is_unique_within_an_audit() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let other = app.create_audit("Surveillance").await;
    let body = json!({"reference": "NC-01", "grade": "minor", "statement": "s"});
    app.create_finding(&audit, body.clone()).await;
    let again = app
        .post(
            &format!("/api/v1/audits/{audit}/findings"),
            &app.admin_token,
            &body,
        )
        .await;
    let problem = expect_problem(again, StatusCode::CONFLICT, "conflict").await;
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("NC-01")
    );
    app.create_finding(&other, body).await;
}

#[tokio::test]
async fn a_finding_in_an_unknown_audit_is_404() {
    let app = spawn_app().await;
    let missing = "01a21722-0000-7000-8000-000000000000";
    let response = app
        .post(
            &format!("/api/v1/audits/{missing}/findings"),
            &app.admin_token,
            &json!({"reference": "NC-1", "grade": "minor", "statement": "s"}),
        )
        .await;
    expect_problem(response, StatusCode::NOT_FOUND, "not-found").await;
    let garbage = app
        .get("/api/v1/audits/not-an-id/findings", &app.admin_token)
        .await;
    expect_problem(garbage, StatusCode::NOT_FOUND, "not-found").await;
}

fn references(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|f| f["reference"].as_str().expect("reference").to_owned())
        .collect()
}

#[tokio::test]
async fn findings_paginate_and_filter_by_grade_status_reference_and_requirement() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let grades = ["major", "minor", "minor", "ofi", "observation"];
    for n in 0..120 {
        let grade = grades[n % grades.len()];
        let requirement = if n % 10 == 0 { "A.8.8" } else { "9.2" };
        app.create_finding(&audit, json!({"reference": format!("NC-{n:03}"), "grade": grade, "requirements": [requirement], "statement": format!("finding {n}")}))
            .await;
    }
    let base = format!("/api/v1/audits/{audit}/findings");
    let first = expect_status(app.get(&base, &app.admin_token).await, StatusCode::OK).await;
    assert_eq!(first["total"], 120);
    assert_eq!(
        first["items"].as_array().expect("items").len(),
        50,
        "the default page is 50"
    );
    assert_eq!(references(&first)[0], "NC-000");

    let third = expect_status(
        app.get(&format!("{base}?limit=50&offset=100"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        references(&third),
        (100..120).map(|n| format!("NC-{n:03}")).collect::<Vec<_>>()
    );
    assert_eq!(third["next_after"], Value::Null);

    // Keyset paging walks the same list.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let path = match &after {
            Some(a) => format!("{base}?limit=40&after={a}"),
            None => format!("{base}?limit=40"),
        };
        let page = expect_status(app.get(&path, &app.admin_token).await, StatusCode::OK).await;
        seen.extend(references(&page));
        match page["next_after"].as_str() {
            Some(next) => after = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 120);
    assert_eq!(
        seen,
        (0..120).map(|n| format!("NC-{n:03}")).collect::<Vec<_>>()
    );

    let minors = expect_status(
        app.get(&format!("{base}?grade=minor&limit=5"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(minors["total"], 48);
    assert!(
        minors["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|f| f["grade"] == "minor")
    );
    let open_majors = expect_status(
        app.get(&format!("{base}?grade=major&status=open"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(open_majors["total"], 24);
    let closed = expect_status(
        app.get(&format!("{base}?status=closed"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(closed["total"], 0);
    let one = expect_status(
        app.get(&format!("{base}?reference=NC-042"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(references(&one), ["NC-042"]);
    assert_eq!(one["total"], 1);
    let citing = expect_status(
        app.get(
            &format!("{base}?requirement=a8.8&limit=500"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(citing["total"], 12);
    assert_eq!(references(&citing)[1], "NC-010");

    for bad in [
        "limit=0",
        "limit=501",
        "offset=-1",
        "grade=catastrophic",
        "status=done",
        "after=xyz",
        "requirement=A.99.1",
    ] {
        let response = app.get(&format!("{base}?{bad}"), &app.admin_token).await;
        expect_problem(response, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    }
    let response = app
        .get(&format!("{base}?limit=ten"), &app.admin_token)
        .await;
    expect_problem(response, StatusCode::BAD_REQUEST, "bad-request").await;
}

#[tokio::test]
async fn findings_sort_by_reference_grade_status_and_due_and_each_order_reverses_exactly() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    for (reference, grade) in [
        ("NC-10", "minor"),
        ("NC-2", "major"),
        ("OFI-1", "ofi"),
        ("NC-1", "observation"),
        ("NC-3", "minor"),
    ] {
        app.create_finding(
            &audit,
            json!({"reference": reference, "grade": grade, "statement": "s"}),
        )
        .await;
    }
    let base = format!("/api/v1/audits/{audit}/findings");
    let sorted = |sort: &'static str| {
        let app = &app;
        let base = &base;
        async move {
            let page = expect_status(
                app.get(&format!("{base}?sort={sort}"), &app.admin_token)
                    .await,
                StatusCode::OK,
            )
            .await;
            assert_eq!(page["total"], 5, "{sort}");
            assert_eq!(page["next_after"], Value::Null, "{sort}: no keyset cursor");
            references(&page)
        }
    };
    // Shorter references first, so NC-2 comes before NC-10.
    assert_eq!(
        sorted("reference").await,
        ["NC-1", "NC-2", "NC-3", "NC-10", "OFI-1"]
    );
    // By meaning, not spelling: majors, minors (in the order added), OFIs, observations.
    assert_eq!(
        sorted("grade").await,
        ["NC-2", "NC-10", "NC-3", "OFI-1", "NC-1"]
    );
    // Nonconformities have deadlines; an OFI and an observation have none and come last.
    let by_due = sorted("due").await;
    assert_eq!(&by_due[3..], ["OFI-1", "NC-1"], "{by_due:?}");
    for order in ["reference", "grade", "status", "due", "added"] {
        let forward = sorted(order).await;
        let mut backward = sorted(match order {
            "reference" => "-reference",
            "grade" => "-grade",
            "status" => "-status",
            "due" => "-due",
            _ => "-added",
        })
        .await;
        if order == "due" {
            // Without a deadline stays last either way (ties reversed too).
            assert_eq!(&backward[3..], ["NC-1", "OFI-1"]);
            backward.truncate(3);
            backward.reverse();
            assert_eq!(backward, forward[..3]);
        } else {
            backward.reverse();
            assert_eq!(backward, forward, "{order}");
        }
    }
    // Pages of a sorted list never overlap.
    let first = expect_status(
        app.get(&format!("{base}?sort=grade&limit=2"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let second = expect_status(
        app.get(
            &format!("{base}?sort=grade&limit=2&offset=2"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(references(&first), ["NC-2", "NC-10"]);
    assert_eq!(references(&second), ["NC-3", "OFI-1"]);

    let wrong = app
        .get(&format!("{base}?sort=severity"), &app.admin_token)
        .await;
    let problem = expect_problem(wrong, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert!(problem.to_string().contains("sort"), "{problem}");
    let cursor = first["items"][0]["id"].as_str().expect("id").to_owned();
    let mixed = app
        .get(&format!("{base}?sort=due&after={cursor}"), &app.admin_token)
        .await;
    let problem = expect_problem(mixed, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert!(problem.to_string().contains("after"), "{problem}");
}

#[tokio::test]
async fn a_regrade_updates_counts_and_is_in_the_history_with_its_reason() {
    let app = spawn_app().await;
    app.user_with_role("owner@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "requirements": ["A.5.1"], "statement": "s"}))
        .await;
    let id = finding["id"].as_str().expect("id");
    let updated = app
        .patch(
            &format!("/api/v1/findings/{id}"),
            &app.admin_token,
            &json!({"grade": "major", "owner": "owner@example.test", "requirements": ["A.5.15"], "reason": "systemic: three minors on access control"}),
        )
        .await;
    let updated = expect_status(updated, StatusCode::OK).await;
    assert_eq!(updated["grade"], "major");
    assert_eq!(updated["owner"], "owner@example.test");
    assert_eq!(updated["requirements"], json!(["A.5.15"]));

    let base = format!("/api/v1/audits/{audit}/findings");
    let majors = expect_status(
        app.get(&format!("{base}?grade=major"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(majors["total"], 1);
    let minors = expect_status(
        app.get(&format!("{base}?grade=minor"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(minors["total"], 0);
    let by_old = expect_status(
        app.get(&format!("{base}?requirement=A.5.1"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(by_old["total"], 0);

    let history = expect_status(
        app.get(&format!("/api/v1/findings/{id}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let entries = history.as_array().expect("entries");
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[1]["reason"],
        "systemic: three minors on access control"
    );
    let changes = entries[1]["changes"].as_array().expect("changes");
    assert!(
        changes.contains(&json!({"field": "grade", "from": "minor", "to": "major"})),
        "{history}"
    );
    assert!(
        changes.contains(&json!({"field": "owner", "from": null, "to": "owner@example.test"})),
        "{history}"
    );

    // Renaming to a reference already used in the audit is refused.
    app.create_finding(
        &audit,
        json!({"reference": "NC-02", "grade": "ofi", "statement": "s"}),
    )
    .await;
    let clash = app
        .patch(
            &format!("/api/v1/findings/{id}"),
            &app.admin_token,
            &json!({"reference": "NC-02"}),
        )
        .await;
    expect_problem(clash, StatusCode::CONFLICT, "conflict").await;
}

#[tokio::test]
async fn the_history_cannot_be_rewritten_even_by_sql() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let db = app.db.clone();
    let outcome = tokio::task::spawn_blocking(move || {
        db.write(|c| {
            use diesel::RunQueryDsl;
            diesel::sql_query("UPDATE history SET action = 'forged'").execute(c)?;
            Ok(())
        })
    })
    .await
    .expect("task");
    assert!(outcome.is_err(), "an UPDATE on history must fail");
    let history = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(history[0]["action"], "create");
}

/// Bulk writes build rows on one thread and write them on another, a chunk at a time: a
/// failure in a later chunk, on either side, must still leave nothing of the earlier ones.
#[tokio::test]
async fn a_bulk_write_failing_in_a_later_chunk_leaves_nothing_written() {
    use closeout_model::finding::{self, FindingFields, FindingInput, NewFinding};
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let organisation_id = app.organisation_id.clone();
    // 12,000 findings are three chunks; the bad one is in the third.
    let attempt = |bad: &'static str| {
        let db = app.db.clone();
        let organisation_id = organisation_id.clone();
        let audit = audit.clone();
        tokio::task::spawn_blocking(move || {
            db.write(|c| {
                let catalog = closeout_model::catalog::Catalog::load(c)?;
                let scope = closeout_model::Scope::system(organisation_id.clone());
                let new = (0..12_000)
                    .map(|n| {
                        let (reference, owner) = match (n, bad) {
                            // The same reference twice: the database's unique index refuses it.
                            (11_000, "duplicate") => ("NC-00001".to_owned(), None),
                            // An owner who is no user: the thread building rows refuses it.
                            (11_000, "stranger") => {
                                (format!("NC-{n:05}"), Some("nobody@else.test".to_owned()))
                            }
                            _ => (format!("NC-{n:05}"), None),
                        };
                        FindingFields::parse(
                            FindingInput {
                                reference,
                                grade: "minor".into(),
                                requirements: vec!["A.5.18".into()],
                                statement: "Access rights of leavers were not removed.".into(),
                                owner,
                                ..Default::default()
                            },
                            &catalog,
                        )
                        .map(|fields| NewFinding {
                            fields,
                            draft: None,
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let audit = closeout_model::id::AuditId::parse(&audit)?;
                finding::create_many(c, &scope, &audit, "written by the test", new)
            })
        })
    };
    for bad in ["duplicate", "stranger"] {
        let outcome = attempt(bad).await.expect("task");
        assert!(outcome.is_err(), "{bad}: the write must fail");
        let listed = app.findings(&audit, "").await;
        assert_eq!(listed["total"], 0, "{bad}: nothing written");
    }
}
