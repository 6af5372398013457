//! Deadline policies, holidays, recomputation, overrides, the recertification cap.

use closeout_model::user::Role;
use closeout_testing::{TestApp, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::spawn_app;

async fn audit(app: &TestApp, body: Value) -> String {
    let created = expect_status(
        app.post("/api/v1/audits", &app.admin_token, &body).await,
        StatusCode::CREATED,
    )
    .await;
    created["id"].as_str().expect("id").to_owned()
}

async fn finding(app: &TestApp, audit: &str, reference: &str, grade: &str) -> String {
    let created = app
        .create_finding(
            audit,
            json!({"reference": reference, "grade": grade, "statement": "s"}),
        )
        .await;
    created["id"].as_str().expect("id").to_owned()
}

/// `{"plan": "2026-04-03", ...}` for a finding.
async fn due(app: &TestApp, finding: &str) -> Value {
    let list = expect_status(
        app.get(
            &format!("/api/v1/findings/{finding}/deadlines"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let mut map = serde_json::Map::new();
    for deadline in list.as_array().expect("deadlines") {
        map.insert(
            deadline["kind"].as_str().expect("kind").to_owned(),
            deadline["due_on"].clone(),
        );
    }
    Value::Object(map)
}

async fn history(app: &TestApp, finding: &str) -> Vec<Value> {
    let entries = expect_status(
        app.get(
            &format!("/api/v1/findings/{finding}/history"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    entries
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["action"] != "create")
        .cloned()
        .collect()
}

#[tokio::test]
async fn without_a_policy_the_source_guide_applies_and_ofis_get_no_deadline() {
    let app = spawn_app().await;
    let audit = audit(
        &app,
        json!({"name": "Stage 2", "kind": "stage2", "report_date": "2026-03-20"}),
    )
    .await;
    let major = finding(&app, &audit, "NC-01", "major").await;
    let ofi = finding(&app, &audit, "OFI-01", "ofi").await;
    assert_eq!(
        due(&app, &major).await,
        json!({"plan": "2026-04-03", "evidence": "2026-04-19", "closure": "2026-05-19"})
    );
    assert_eq!(due(&app, &ofi).await, json!({}));
    let policies = expect_status(
        app.get("/api/v1/deadline-policies", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let ids: Vec<&str> = policies
        .as_array()
        .expect("policies")
        .iter()
        .map(|p| p["id"].as_str().expect("id"))
        .collect();
    for preset in ["source-guide", "wcs", "bureau-veritas", "auva"] {
        assert!(ids.contains(&preset), "{preset} missing from {ids:?}");
    }
}

#[tokio::test]
async fn working_days_skip_weekends_and_the_organisations_holidays() {
    let app = spawn_app().await;
    let audit = audit(&app, json!({"name": "Stage 2", "kind": "stage2", "certification_body": "WCS", "report_date": "2026-03-20"})).await;
    let major = finding(&app, &audit, "NC-01", "major").await;
    let minor = finding(&app, &audit, "NC-02", "minor").await;
    let chosen = app
        .client
        .put(app.url(&format!("/api/v1/audits/{audit}/deadline-policy")))
        .bearer_auth(&app.admin_token)
        .json(&json!({"policy": "wcs"}))
        .send()
        .await
        .expect("request");
    assert_eq!(
        expect_status(chosen, StatusCode::OK).await["deadline_policy"],
        "wcs"
    );
    // Friday 20 March: 10 working days is Friday 3 April, 21 is Monday 20 April.
    assert_eq!(due(&app, &major).await, json!({"plan": "2026-04-03"}));
    assert_eq!(due(&app, &minor).await, json!({"plan": "2026-04-20"}));
    let change = &history(&app, &minor).await[0];
    assert_eq!(change["action"], "deadlines");
    assert_eq!(change["reason"], "the audit's deadline policy changed");
    assert!(
        change["changes"]
            .as_array()
            .expect("changes")
            .contains(&json!({"field": "plan_due", "from": "2026-04-03", "to": "2026-04-20"})),
        "{change}"
    );
    assert!(
        change["changes"]
            .as_array()
            .expect("changes")
            .contains(&json!({"field": "evidence_due", "from": "2026-04-19", "to": null})),
        "{change}"
    );

    let holidays = json!([{"day": "2026-04-03", "name": "Good Friday"}, {"day": "2026-04-06", "name": "Easter Monday"}]);
    let saved = app
        .client
        .put(app.url("/api/v1/holidays"))
        .bearer_auth(&app.admin_token)
        .json(&holidays)
        .send()
        .await
        .expect("request");
    assert_eq!(
        expect_status(saved, StatusCode::OK)
            .await
            .as_array()
            .expect("list")
            .len(),
        2
    );
    assert_eq!(due(&app, &major).await, json!({"plan": "2026-04-07"}));
    assert_eq!(due(&app, &minor).await, json!({"plan": "2026-04-22"}));
    let bad = app
        .client
        .put(app.url("/api/v1/holidays"))
        .bearer_auth(&app.admin_token)
        .json(&json!([{"day": "Easter", "name": "x"}]))
        .send()
        .await
        .expect("request");
    let problem = expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert_eq!(problem["errors"][0]["field"], "[0].day");
    app.assert_status_follows_deadlines().await;
}

#[tokio::test]
async fn a_new_report_date_or_grade_moves_the_deadlines_and_says_why() {
    let app = spawn_app().await;
    let audit = audit(
        &app,
        json!({"name": "Stage 2", "kind": "stage2", "report_date": "2026-03-20"}),
    )
    .await;
    let nc = finding(&app, &audit, "NC-01", "minor").await;
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": "2026-03-27"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        due(&app, &nc).await,
        json!({"plan": "2026-04-10", "evidence": "2026-04-26", "closure": "2026-05-26"})
    );
    let moved = &history(&app, &nc).await[0];
    assert_eq!(moved["reason"], "the audit's report date changed");
    expect_status(
        app.patch(
            &format!("/api/v1/findings/{nc}"),
            &app.admin_token,
            &json!({"grade": "ofi", "reason": "downgraded at the closing meeting"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(due(&app, &nc).await, json!({}));
    let entries = history(&app, &nc).await;
    let last = entries.last().expect("an entry");
    assert_eq!(last["reason"], "the grade changed from minor to ofi");
    // The notification service learns of it through the outbox, in the same transaction.
    let db = app.db.clone();
    let organisation = app.organisation_id.clone();
    let id = nc.clone();
    let events = tokio::task::spawn_blocking(move || {
        db.read(|c| {
            closeout_model::outbox::for_subject(
                c,
                &closeout_model::Scope::system(organisation.clone()),
                &id,
            )
        })
    })
    .await
    .expect("task")
    .expect("events");
    assert_eq!(
        events
            .iter()
            .filter(|e| e.topic == "finding.deadline_changed")
            .count(),
        2
    );
    app.assert_status_follows_deadlines().await;
}

#[tokio::test]
async fn an_override_needs_a_reason_survives_recomputation_and_can_be_cleared() {
    let app = spawn_app().await;
    let audit = audit(
        &app,
        json!({"name": "Stage 2", "kind": "stage2", "report_date": "2026-03-20"}),
    )
    .await;
    let nc = finding(&app, &audit, "NC-01", "major").await;
    let url = app.url(&format!("/api/v1/findings/{nc}/deadlines/plan"));
    let no_reason = app
        .client
        .put(&url)
        .bearer_auth(&app.admin_token)
        .json(&json!({"due_on": "2026-04-17", "reason": " "}))
        .send()
        .await
        .expect("request");
    expect_problem(no_reason, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    let set = app
        .client
        .put(&url)
        .bearer_auth(&app.admin_token)
        .json(&json!({"due_on": "2026-04-17", "reason": "extension agreed with the lead auditor"}))
        .send()
        .await
        .expect("request");
    let list = expect_status(set, StatusCode::OK).await;
    assert_eq!(
        list[0],
        json!({"kind": "plan", "due_on": "2026-04-17", "overridden": true, "capped": false, "reason": "extension agreed with the lead auditor"})
    );
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": "2026-03-27"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        due(&app, &nc).await["plan"],
        "2026-04-17",
        "an override is kept"
    );
    assert_eq!(
        due(&app, &nc).await["evidence"],
        "2026-04-26",
        "the others move"
    );
    let overridden = history(&app, &nc)
        .await
        .into_iter()
        .find(|e| e["action"] == "deadline overridden")
        .expect("entry");
    assert_eq!(
        overridden["reason"],
        "extension agreed with the lead auditor"
    );
    let cleared = app
        .client
        .put(&url)
        .bearer_auth(&app.admin_token)
        .json(&json!({"due_on": null, "reason": "extension withdrawn"}))
        .send()
        .await
        .expect("request");
    expect_status(cleared, StatusCode::OK).await;
    assert_eq!(due(&app, &nc).await["plan"], "2026-04-10");
    let (_, contributor) = app
        .user_with_role("owner@example.test", Role::Contributor)
        .await;
    let refused = app
        .client
        .put(&url)
        .bearer_auth(&contributor)
        .json(&json!({"due_on": "2026-05-01", "reason": "x"}))
        .send()
        .await
        .expect("request");
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    let unknown = app
        .client
        .put(app.url(&format!("/api/v1/findings/{nc}/deadlines/someday")))
        .bearer_auth(&app.admin_token)
        .json(&json!({"due_on": null, "reason": "x"}))
        .send()
        .await
        .expect("request");
    expect_problem(unknown, StatusCode::NOT_FOUND, "not-found").await;
    app.assert_status_follows_deadlines().await;
}

#[tokio::test]
async fn at_recertification_deadlines_stop_at_the_certificate_expiry() {
    let app = spawn_app().await;
    let audit = audit(&app, json!({"name": "Recertification", "kind": "recertification", "report_date": "2026-03-20", "certificate_expiry": "2026-04-30"})).await;
    let nc = finding(&app, &audit, "NC-01", "minor").await;
    let list = expect_status(
        app.get(
            &format!("/api/v1/findings/{nc}/deadlines"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(list[1]["due_on"], "2026-04-19");
    assert_eq!(list[1]["capped"], false);
    assert_eq!(list[2]["due_on"], "2026-04-30");
    assert_eq!(list[2]["capped"], true);
}

#[tokio::test]
async fn policies_anchored_on_the_last_audit_day_and_policies_of_ones_own() {
    let app = spawn_app().await;
    let audit = audit(&app, json!({"name": "Stage 2", "kind": "stage2", "start_date": "2026-02-24", "end_date": "2026-02-26", "report_date": "2026-03-05"})).await;
    let nc = finding(&app, &audit, "NC-01", "major").await;
    let choose = |policy: Value| {
        app.client
            .put(app.url(&format!("/api/v1/audits/{audit}/deadline-policy")))
            .bearer_auth(&app.admin_token)
            .json(&json!({"policy": policy}))
            .send()
    };
    expect_status(
        choose(json!("bureau-veritas")).await.expect("request"),
        StatusCode::OK,
    )
    .await;
    // 90 days after Thursday 26 February 2026 (no leap day) is Wednesday 27 May.
    assert_eq!(due(&app, &nc).await, json!({"evidence": "2026-05-27"}));

    let invalid = app.post("/api/v1/deadline-policies", &app.admin_token, &json!({"name": "Our CB", "anchor": "report_date", "day_kind": "working", "rules": {"major": {"plan_days": 0}}})).await;
    let problem = expect_problem(invalid, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert_eq!(problem["errors"][0]["field"], "rules.major.plan_days");
    let created = app.post("/api/v1/deadline-policies", &app.admin_token, &json!({"name": "Our CB", "certification_body": "Example CB", "anchor": "report_date", "day_kind": "calendar", "rules": {"major": {"plan_days": 7, "closure_days": 45}, "ofi": {"closure_days": 180}}})).await;
    let created = expect_status(created, StatusCode::CREATED).await;
    assert_eq!(created["preset"], false);
    let policy = created["id"].as_str().expect("id").to_owned();
    expect_status(
        choose(json!(policy)).await.expect("request"),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        due(&app, &nc).await,
        json!({"plan": "2026-03-12", "closure": "2026-04-19"})
    );
    let ofi = finding(&app, &audit, "OFI-1", "ofi").await;
    assert_eq!(
        due(&app, &ofi).await,
        json!({"closure": "2026-09-01"}),
        "a policy may give OFIs a deadline"
    );

    // Another organisation can neither use this policy nor see these deadlines.
    let stranger = app.second_organisation_admin().await;
    let theirs = expect_status(
        app.post(
            "/api/v1/audits",
            &stranger,
            &json!({"name": "Theirs", "kind": "stage2"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let refused = app
        .client
        .put(app.url(&format!(
            "/api/v1/audits/{}/deadline-policy",
            theirs["id"].as_str().expect("id")
        )))
        .bearer_auth(&stranger)
        .json(&json!({"policy": policy}))
        .send()
        .await
        .expect("request");
    expect_problem(refused, StatusCode::NOT_FOUND, "not-found").await;
    let listed = expect_status(
        app.get("/api/v1/deadline-policies", &stranger).await,
        StatusCode::OK,
    )
    .await;
    assert!(!listed.to_string().contains(&policy));
    expect_problem(
        app.get(&format!("/api/v1/findings/{nc}/deadlines"), &stranger)
            .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
    let foreign = app
        .client
        .put(app.url(&format!("/api/v1/audits/{audit}/deadline-policy")))
        .bearer_auth(&stranger)
        .json(&json!({"policy": "wcs"}))
        .send()
        .await
        .expect("request");
    expect_problem(foreign, StatusCode::NOT_FOUND, "not-found").await;
    app.assert_status_follows_deadlines().await;
}
