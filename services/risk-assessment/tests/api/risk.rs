//! Forecast, potential majors, ordering and the certification cycle.

use closeout_model::user::Role;
use closeout_testing::{TestApp, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::spawn_app;

/// The lifecycle steps from a drafted plan to a closed finding.
const TO_CLOSED: [&str; 6] = [
    "submit_plan",
    "accept_plan",
    "start",
    "submit_evidence",
    "verify",
    "close",
];

async fn risk(app: &TestApp, audit: &str, on: &str) -> Value {
    expect_status(
        app.get(
            &format!("/api/v1/audits/{audit}/risk?on={on}"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await
}

async fn finding(
    app: &TestApp,
    audit: &str,
    reference: &str,
    grade: &str,
    requirements: Value,
) -> String {
    let created = app.create_finding(audit, json!({"reference": reference, "grade": grade, "requirements": requirements, "statement": "s"})).await;
    created["id"].as_str().expect("id").to_owned()
}

async fn walk(app: &TestApp, id: &str, steps: &[&str], effort: Option<i64>) {
    let plan = json!({"requirement": "r", "evidence": "e", "nonconformity": "n", "correction": "c", "root_cause_whys": ["w"], "corrective_actions": [{"description": "d"}], "effort_days": effort});
    expect_status(
        app.client
            .put(app.url(&format!("/api/v1/findings/{id}/plan")))
            .bearer_auth(&app.admin_token)
            .json(&plan)
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    walk_steps(app, id, steps).await;
}

#[tokio::test]
async fn the_forecast_in_each_state_says_what_would_improve_it() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    assert_eq!(
        risk(&app, &audit, "2026-03-25").await["forecast"],
        json!({"outcome": "recommended", "to_improve": []})
    );
    let major = finding(&app, &audit, "NC-01", "major", json!(["A.8.8"])).await;
    let minor = finding(&app, &audit, "NC-02", "minor", json!(["A.5.15"])).await;
    finding(&app, &audit, "OFI-1", "ofi", json!([])).await;
    let first = risk(&app, &audit, "2026-03-25").await;
    assert_eq!(
        first["forecast"],
        json!({"outcome": "not_recommended", "to_improve": ["close NC-01", "submit plans for NC-02"]})
    );
    walk(&app, &major, &TO_CLOSED, None).await;
    let second = risk(&app, &audit, "2026-03-25").await;
    assert_eq!(
        second["forecast"],
        json!({"outcome": "recommended_upon_action_plan", "to_improve": ["submit plans for NC-02"]})
    );
    walk(&app, &minor, &["submit_plan"], None).await;
    assert_eq!(
        risk(&app, &audit, "2026-03-25").await["forecast"]["to_improve"],
        json!(["get the plans for NC-02 accepted"])
    );
    walk_steps(
        &app,
        &minor,
        &["accept_plan", "start", "submit_evidence", "verify", "close"],
    )
    .await;
    assert_eq!(
        risk(&app, &audit, "2026-03-25").await["forecast"]["outcome"],
        "recommended"
    );
}

/// Takes lifecycle steps as the administrator, verifying as an auditor of its own.
async fn walk_steps(app: &TestApp, id: &str, steps: &[&str]) {
    for step in steps {
        let token = if *step == "verify" {
            app.user_with_role(&format!("verifier-{id}@example.test"), Role::Auditor)
                .await
                .1
        } else {
            app.admin_token.clone()
        };
        expect_status(
            app.post(
                &format!("/api/v1/findings/{id}/transitions"),
                &token,
                &json!({"action": step}),
            )
            .await,
            StatusCode::OK,
        )
        .await;
    }
}

#[tokio::test]
async fn repeated_minors_recurrences_and_late_plans_are_potential_majors() {
    let app = spawn_app().await;
    let earlier = app.create_audit("Surveillance 2025").await;
    finding(&app, &earlier, "2025-NC-4", "minor", json!(["A.8.13"])).await;
    let audit = app.create_audit("Surveillance 2026").await;
    finding(&app, &audit, "NC-01", "minor", json!(["A.5.15"])).await;
    finding(&app, &audit, "NC-02", "minor", json!(["A.5.15", "9.2"])).await;
    finding(&app, &audit, "NC-03", "minor", json!(["9.2.1"])).await;
    finding(&app, &audit, "NC-04", "minor", json!(["9.3"])).await;
    finding(&app, &audit, "NC-05", "minor", json!(["A.8.13"])).await;
    finding(&app, &audit, "NC-06", "major", json!(["A.5.15"])).await;
    let answer = risk(&app, &audit, "2026-03-25").await;
    let warnings = answer["potential_majors"].as_array().expect("warnings");
    let by_rule = |rule: &str| {
        warnings
            .iter()
            .filter(|w| w["rule"] == rule)
            .cloned()
            .collect::<Vec<_>>()
    };
    let same = by_rule("same_requirement");
    assert_eq!(same.len(), 1, "{warnings:?}");
    assert_eq!(same[0]["on"], "A.5.15");
    assert_eq!(
        same[0]["findings"],
        json!(["NC-01", "NC-02"]),
        "the major is not counted"
    );
    let clause = by_rule("same_clause");
    assert_eq!(clause[0]["findings"], json!(["NC-02", "NC-03", "NC-04"]));
    let recurring = by_rule("recurring");
    assert_eq!(recurring[0]["findings"], json!(["NC-05", "2025-NC-4"]));
    assert!(by_rule("plan_missed").is_empty(), "plans are not due yet");
    // After the plan deadline (3 April), every minor without a plan is flagged.
    let late = risk(&app, &audit, "2026-04-06").await;
    let missed: Vec<&str> = late["potential_majors"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter(|w| w["rule"] == "plan_missed")
        .map(|w| w["on"].as_str().expect("on"))
        .collect();
    assert_eq!(missed, ["NC-01", "NC-02", "NC-03", "NC-04", "NC-05"]);
}

#[tokio::test]
async fn the_order_puts_the_best_gain_per_day_of_effort_first() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let big = finding(&app, &audit, "NC-01", "major", json!(["A.8.8"])).await;
    let quick = finding(&app, &audit, "NC-02", "minor", json!(["9.2"])).await;
    finding(&app, &audit, "OFI-1", "ofi", json!([])).await;
    walk(&app, &big, &[], Some(10)).await;
    walk(&app, &quick, &[], Some(1)).await;
    let answer = risk(&app, &audit, "2026-03-25").await;
    let order: Vec<(&str, u64, f64)> = answer["order"]
        .as_array()
        .expect("order")
        .iter()
        .map(|r| {
            (
                r["reference"].as_str().expect("ref"),
                r["score"].as_u64().expect("score"),
                r["gain_per_day"].as_f64().expect("gain"),
            )
        })
        .collect();
    // NC-02: minor on a clause (impact 4), plan drafted (likelihood 4): 16 points for a day's work.
    // NC-01: major (impact 5), plan drafted (4): 20 points for ten days. OFI-1: 5 x 1 = 5, no estimate.
    assert_eq!(
        order,
        [("NC-02", 16, 16.0), ("OFI-1", 5, 5.0), ("NC-01", 20, 2.0)]
    );
    assert_eq!(answer["order"][0]["priority"], "high");
    assert_eq!(answer["order"][1]["effort_estimated"], false);
    assert_eq!(
        answer["order"][0]["due_in_window"], true,
        "the plan is due on 3 April"
    );
    assert_eq!(answer["posture"], 45, "100 x (1 - 41/75)");
    assert_eq!(
        answer["order"][2]["posture_gain"], 26.7,
        "closing NC-01 lifts the posture by 100 x 20/75"
    );
    assert_eq!(answer["order_total"], 3);
    // A page of the order: the best first, and how many there are.
    let first = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit}/risk?on=2026-03-25&limit=1"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(first["order"].as_array().map(Vec::len), Some(1));
    assert_eq!(first["order"][0]["reference"], "NC-02");
    assert_eq!(first["order_total"], 3);
    assert_eq!(first["posture"], 45, "the posture counts every finding");
    let (_, contributor) = app
        .user_with_role("c@example.test", Role::Contributor)
        .await;
    expect_problem(
        app.get(&format!("/api/v1/audits/{audit}/risk"), &contributor)
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let stranger = app.second_organisation_admin().await;
    expect_problem(
        app.get(&format!("/api/v1/audits/{audit}/risk"), &stranger)
            .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
}

#[tokio::test]
async fn the_certification_cycle_across_a_leap_year() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    finding(&app, &audit, "NC-01", "minor", json!([])).await;
    finding(&app, &audit, "OFI-1", "ofi", json!([])).await;
    let answer = expect_status(
        app.get(
            "/api/v1/certification-cycle?decision_date=2024-02-29",
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(answer["expiry"], "2027-02-28");
    let milestones: Vec<(&str, &str)> = answer["milestones"]
        .as_array()
        .expect("milestones")
        .iter()
        .map(|m| {
            (
                m["name"].as_str().expect("name"),
                m["by"].as_str().expect("by"),
            )
        })
        .collect();
    assert_eq!(
        milestones,
        [
            ("surveillance-1", "2025-02-28"),
            ("surveillance-2", "2026-02-28"),
            ("recertification", "2027-02-27")
        ]
    );
    assert_eq!(answer["milestones"][2]["from"], "2026-11-28");
    assert_eq!(answer["open_nonconformities"], json!(["NC-01"]));
    // A contributor with nothing assigned learns of no nonconformity; with one, of that one.
    let (_, contributor) = app
        .user_with_role("dana@example.test", Role::Contributor)
        .await;
    let cycle = |token: String| {
        let app = &app;
        async move {
            expect_status(
                app.get(
                    "/api/v1/certification-cycle?decision_date=2024-02-29",
                    &token,
                )
                .await,
                StatusCode::OK,
            )
            .await
        }
    };
    assert_eq!(
        cycle(contributor.clone()).await["open_nonconformities"],
        json!([])
    );
    app.create_finding(&audit, json!({"reference": "NC-02", "grade": "minor", "statement": "s", "owner": "dana@example.test"}))
        .await;
    assert_eq!(
        cycle(contributor).await["open_nonconformities"],
        json!(["NC-02"])
    );
    assert_eq!(
        cycle(app.admin_token.clone()).await["open_nonconformities"],
        json!(["NC-01", "NC-02"])
    );
    expect_problem(
        app.get(
            "/api/v1/certification-cycle?decision_date=29/02/2024",
            &app.admin_token,
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
}

#[tokio::test]
async fn managers_tune_thresholds_assess_by_hand_and_decide_on_potential_majors() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let nc1 = finding(&app, &audit, "NC-01", "minor", json!(["A.8.13"])).await;
    finding(&app, &audit, "NC-02", "minor", json!(["A.8.13"])).await;
    finding(&app, &audit, "NC-03", "minor", json!(["A.8.15"])).await;
    let first = risk(&app, &audit, "2026-03-25").await;
    let warning = first["potential_majors"]
        .as_array()
        .expect("warnings")
        .iter()
        .find(|w| w["rule"] == "same_requirement")
        .expect("warning")
        .clone();
    assert_eq!(warning["decision"], json!(null));

    // Thresholds of the organisation's own.
    let put = |body: Value| {
        app.client
            .put(app.url("/api/v1/risk-settings"))
            .bearer_auth(&app.admin_token)
            .json(&body)
            .send()
    };
    expect_problem(
        put(json!({"same_requirement": 1})).await.expect("request"),
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    expect_status(
        put(json!({"same_requirement": 3, "same_theme": 3}))
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    let tuned = risk(&app, &audit, "2026-03-25").await;
    let rules: Vec<&str> = tuned["potential_majors"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| w["rule"].as_str().expect("rule"))
        .collect();
    assert_eq!(
        rules,
        ["same_theme"],
        "two minors are no longer enough; three technological controls are"
    );
    assert_eq!(
        tuned["thresholds"],
        json!({"same_requirement": 3, "same_clause": 3, "same_theme": 3})
    );
    expect_status(put(json!({})).await.expect("request"), StatusCode::OK).await;

    // A manager's own assessment, with the reason kept.
    let set = app.client.put(app.url(&format!("/api/v1/findings/{nc1}/risk"))).bearer_auth(&app.admin_token).json(&json!({"likelihood": 2, "impact": 2, "reason": "compensating control: nightly backup test"})).send().await.expect("request");
    expect_status(set, StatusCode::OK).await;
    let assessed = risk(&app, &audit, "2026-03-25").await;
    let row = assessed["order"]
        .as_array()
        .expect("order")
        .iter()
        .find(|r| r["reference"] == "NC-01")
        .expect("NC-01")
        .clone();
    assert_eq!(
        (row["score"].clone(), row["assessed_by_manager"].clone()),
        (json!(4), json!("compensating control: nightly backup test"))
    );
    let history = expect_status(
        app.get(&format!("/api/v1/findings/{nc1}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert!(
        history
            .as_array()
            .expect("entries")
            .iter()
            .any(|e| e["action"] == "risk assessed"
                && e["reason"] == "compensating control: nightly backup test")
    );
    let bad = app
        .client
        .put(app.url(&format!("/api/v1/findings/{nc1}/risk")))
        .bearer_auth(&app.admin_token)
        .json(&json!({"likelihood": 9, "impact": 0, "reason": ""}))
        .send()
        .await
        .expect("request");
    let problem = expect_problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation").await;
    assert_eq!(problem["errors"].as_array().expect("errors").len(), 3);

    // Accepting makes the chosen minor a major, with history; the decision is shown.
    let key = warning["key"].as_str().expect("key");
    let decided = app.post(&format!("/api/v1/audits/{audit}/potential-majors/decisions"), &app.admin_token, &json!({"key": key, "decision": "accept", "reason": "the CB will see one backup failure", "upgrade": "NC-02"})).await;
    let decided = expect_status(decided, StatusCode::OK).await;
    assert_eq!(decided["forecast"]["outcome"], "not_recommended");
    let findings = app.findings(&audit, "?reference=NC-02").await;
    assert_eq!(findings["items"][0]["grade"], "major");
    let nc2 = findings["items"][0]["id"].as_str().expect("id");
    let log = expect_status(
        app.get(&format!("/api/v1/findings/{nc2}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert!(
        log.as_array()
            .expect("entries")
            .iter()
            .any(|e| e["reason"] == "potential major accepted: the CB will see one backup failure")
    );
    let again = app
        .post(
            &format!("/api/v1/audits/{audit}/potential-majors/decisions"),
            &app.admin_token,
            &json!({"key": key, "decision": "dismiss", "reason": "x"}),
        )
        .await;
    expect_problem(again, StatusCode::NOT_FOUND, "not-found").await;
    let unknown = app
        .post(
            &format!("/api/v1/audits/{audit}/potential-majors/decisions"),
            &app.admin_token,
            &json!({"key": "same_requirement:A.1:NC-9", "decision": "dismiss", "reason": "x"}),
        )
        .await;
    expect_problem(unknown, StatusCode::NOT_FOUND, "not-found").await;
}

#[tokio::test]
async fn a_dismissed_potential_major_stays_listed_with_its_reason() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    finding(&app, &audit, "NC-01", "minor", json!(["A.5.15"])).await;
    finding(&app, &audit, "NC-02", "minor", json!(["A.5.15"])).await;
    let first = risk(&app, &audit, "2026-03-25").await;
    let key = first["potential_majors"][0]["key"]
        .as_str()
        .expect("key")
        .to_owned();
    let (_, manager) = app.user_with_role("m@example.test", Role::Manager).await;
    let (_, auditor) = app.user_with_role("a@example.test", Role::Auditor).await;
    let refused = app
        .post(
            &format!("/api/v1/audits/{audit}/potential-majors/decisions"),
            &auditor,
            &json!({"key": key, "decision": "dismiss", "reason": "x"}),
        )
        .await;
    expect_problem(refused, StatusCode::FORBIDDEN, "forbidden").await;
    let dismissed = app.post(&format!("/api/v1/audits/{audit}/potential-majors/decisions"), &manager, &json!({"key": key, "decision": "dismiss", "reason": "different systems, different owners"})).await;
    let dismissed = expect_status(dismissed, StatusCode::OK).await;
    assert_eq!(
        dismissed["potential_majors"][0]["decision"]["decision"],
        "dismissed"
    );
    assert_eq!(
        dismissed["potential_majors"][0]["decision"]["reason"],
        "different systems, different owners"
    );
    let twice = app
        .post(
            &format!("/api/v1/audits/{audit}/potential-majors/decisions"),
            &manager,
            &json!({"key": key, "decision": "accept", "reason": "changed my mind"}),
        )
        .await;
    expect_problem(twice, StatusCode::CONFLICT, "conflict").await;
    let history = expect_status(
        app.get(&format!("/api/v1/audits/{audit}/history"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert!(
        history
            .as_array()
            .expect("entries")
            .iter()
            .any(|e| e["action"] == "potential major dismissed")
    );
}

#[tokio::test]
async fn the_organisations_posture_weighs_every_audit() {
    let app = spawn_app().await;
    let empty = expect_status(
        app.get("/api/v1/posture", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        empty,
        json!({"posture": 100, "findings_posture": 100, "soa_implementation": null, "audits": []})
    );
    let first = app.create_audit("Internal").await;
    finding(&app, &first, "NC-01", "major", json!(["A.8.8"])).await; // 5 x 5 = 25
    let second = app.create_audit("Stage 2").await;
    finding(&app, &second, "OFI-1", "ofi", json!([])).await; // 5 x 1 = 5
    let answer = expect_status(
        app.get("/api/v1/posture?on=2026-03-25", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    // 100 x (1 - 30 / 50) = 40; the audits: 0 and 80.
    assert_eq!(answer["posture"], 40);
    let audits: Vec<(&str, u64)> = answer["audits"]
        .as_array()
        .expect("audits")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().expect("name"),
                a["posture"].as_u64().expect("posture"),
            )
        })
        .collect();
    assert_eq!(audits, [("Stage 2", 80), ("Internal", 0)]);
    // The SoA: two applicable controls, one implemented and one planned, and one excluded
    // (which does not count): 50% implemented, so 0.7 x 40 + 0.3 x 50 = 43.
    for (control, body) in [
        (
            "A.5.1",
            json!({"applicable": true, "status": "implemented"}),
        ),
        ("A.5.2", json!({"applicable": true, "status": "planned"})),
        (
            "A.7.1",
            json!({"applicable": false, "justification": "no premises"}),
        ),
    ] {
        let response = app
            .client
            .put(app.url(&format!("/api/v1/soa/{control}")))
            .bearer_auth(&app.admin_token)
            .json(&body)
            .send()
            .await
            .expect("request");
        expect_status(response, StatusCode::OK).await;
    }
    let answer = expect_status(
        app.get("/api/v1/posture?on=2026-03-25", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        (
            &answer["findings_posture"],
            &answer["soa_implementation"],
            &answer["posture"]
        ),
        (&json!(40), &json!(50), &json!(43))
    );
}

#[tokio::test]
async fn an_organisations_own_scales_drive_scores_priorities_and_posture() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await;
    let physical = finding(&app, &audit, "NC-01", "minor", json!(["A.7.4"])).await;
    finding(&app, &audit, "NC-02", "minor", json!(["A.5.15"])).await;
    let technological = finding(&app, &audit, "NC-03", "minor", json!(["A.8.8"])).await;
    let put = |body: Value| {
        app.client
            .put(app.url("/api/v1/risk-settings"))
            .bearer_auth(&app.admin_token)
            .json(&body)
            .send()
    };
    let defaults = expect_status(
        app.get("/api/v1/risk-settings", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        (&defaults["high_from"], &defaults["medium_from"]),
        (&json!(null), &json!(null)),
        "derived from the scales"
    );
    let rows = |answer: &Value| -> Vec<(String, u64, String, u64, String, u64, String)> {
        let mut rows: Vec<_> = answer["order"]
            .as_array()
            .expect("order")
            .iter()
            .map(|r| {
                let text = |k: &str| r[k].as_str().expect("text").to_owned();
                let number = |k: &str| r[k].as_u64().expect("number");
                (
                    text("reference"),
                    number("likelihood"),
                    text("likelihood_level"),
                    number("impact"),
                    text("impact_level"),
                    number("score"),
                    text("priority"),
                )
            })
            .collect();
        rows.sort();
        rows
    };
    let row = |r: &str, l: u64, ln: &str, i: u64, iname: &str, s: u64, p: &str| {
        (
            r.to_owned(),
            l,
            ln.to_owned(),
            i,
            iname.to_owned(),
            s,
            p.to_owned(),
        )
    };
    // Five by five: an open minor is likely (5) and moderate (3), a technological one more.
    assert_eq!(
        rows(&risk(&app, &audit, "2026-03-25").await),
        [
            row("NC-01", 5, "very high", 3, "medium", 15, "high"),
            row("NC-02", 5, "very high", 3, "medium", 15, "high"),
            row("NC-03", 5, "very high", 4, "high", 20, "high"),
        ]
    );

    // Three likelihood levels, four impact levels, physical controls weigh more.
    let set = expect_status(
        put(json!({
            "likelihood_levels": ["unlikely", "possible", "likely"],
            "impact_levels": ["limited", "serious", "severe", "critical"],
            "theme_impact": {"physical": 2, "technological": 0}
        }))
        .await
        .expect("request"),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        set["same_requirement"], 2,
        "the thresholds keep their defaults"
    );
    // What GET answers can be sent back as it is.
    let shown = expect_status(
        app.get("/api/v1/risk-settings", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(shown, set);
    expect_status(put(shown).await.expect("request"), StatusCode::OK).await;
    let own = risk(&app, &audit, "2026-03-25").await;
    assert_eq!(
        (&own["max_score"], &own["high_from"], &own["medium_from"]),
        (&json!(12), &json!(8), &json!(4)),
        "60% and 32% of 12, rounded up"
    );
    // A minor is 60% of 4 = 2.4, so level 2; physical adds 2; technological now adds nothing.
    assert_eq!(
        rows(&own),
        [
            row("NC-01", 3, "likely", 4, "critical", 12, "high"),
            row("NC-02", 3, "likely", 2, "serious", 6, "medium"),
            row("NC-03", 3, "likely", 2, "serious", 6, "medium"),
        ]
    );
    assert_eq!(own["posture"], 33, "100 x (1 - 24/36)");

    // A manager's own assessment must fit the scales, and then keeps them from shrinking.
    let assess = |body: Value| {
        app.client
            .put(app.url(&format!("/api/v1/findings/{physical}/risk")))
            .bearer_auth(&app.admin_token)
            .json(&body)
            .send()
    };
    let problem = expect_problem(
        assess(json!({"likelihood": 4, "impact": 5, "reason": "r"}))
            .await
            .expect("request"),
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    assert_eq!(
        problem["errors"],
        json!([{"field": "likelihood", "message": "between 0 and 3"}, {"field": "impact", "message": "between 1 and 4"}])
    );
    expect_status(
        assess(json!({"likelihood": 1, "impact": 4, "reason": "the server room is locked now"}))
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    let refused = expect_problem(
        put(json!({"likelihood_levels": ["low", "high"], "impact_levels": ["low", "high"]}))
            .await
            .expect("request"),
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;
    assert!(
        refused["detail"]
            .as_str()
            .expect("detail")
            .contains("NC-01"),
        "{refused}"
    );
    assert_eq!(
        expect_status(
            app.get("/api/v1/risk-settings", &app.admin_token).await,
            StatusCode::OK
        )
        .await["impact_levels"][3],
        "critical",
        "the refused change left the settings as they were"
    );
    expect_status(
        app.client
            .delete(app.url(&format!("/api/v1/findings/{physical}/risk")))
            .bearer_auth(&app.admin_token)
            .send()
            .await
            .expect("request"),
        StatusCode::NO_CONTENT,
    )
    .await;

    // A closed finding's own assessment no longer counts, so it does not hold the scales.
    let assess_closed = app
        .client
        .put(app.url(&format!("/api/v1/findings/{technological}/risk")))
        .bearer_auth(&app.admin_token)
        .json(&json!({"likelihood": 3, "impact": 4, "reason": "patching is manual"}))
        .send()
        .await
        .expect("request");
    expect_status(assess_closed, StatusCode::OK).await;
    walk(&app, &technological, &TO_CLOSED, None).await;
    expect_status(
        put(json!({"likelihood_levels": ["low", "high"], "impact_levels": ["low", "high"]}))
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;

    // Bad settings are named field by field; a contributor may not change them.
    let bad = expect_problem(
        put(json!({"impact_levels": ["one"], "high_from": 0, "same_theme": 1}))
            .await
            .expect("request"),
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    let fields: Vec<&str> = bad["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    assert_eq!(fields, ["same_theme", "impact_levels"]);
    expect_problem(
        put(json!({"likelihood_scale": 3})).await.expect("request"),
        StatusCode::BAD_REQUEST,
        "bad-request",
    )
    .await;
    let (_, contributor) = app
        .user_with_role("c@example.test", Role::Contributor)
        .await;
    expect_problem(
        app.client
            .put(app.url("/api/v1/risk-settings"))
            .bearer_auth(&contributor)
            .json(&json!({}))
            .send()
            .await
            .expect("request"),
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // Back to the defaults: the method's numbers come back.
    expect_status(put(json!({})).await.expect("request"), StatusCode::OK).await;
    assert_eq!(
        rows(&risk(&app, &audit, "2026-03-25").await)[0],
        row("NC-01", 5, "very high", 3, "medium", 15, "high")
    );
}

/// Risk, posture and status are kept between requests until something is written, by this
/// process or by another: a plan submitted through another replica (its own pool and kept
/// answers, the same database) shows in this replica's next answers.
#[tokio::test]
async fn kept_answers_give_way_to_a_write_through_another_replica() {
    let app = spawn_app().await;
    let other = app
        .replica(&[
            closeout_intake::service(),
            closeout_remediation::service(),
            closeout_risk_assessment::service(),
        ])
        .await;
    let audit = app.create_audit("Stage 2").await;
    let minor = finding(&app, &audit, "NC-01", "minor", json!(["A.5.15"])).await;
    let status = || async {
        expect_status(
            app.get("/api/v1/status?on=2026-03-25", &app.admin_token)
                .await,
            StatusCode::OK,
        )
        .await
    };
    let before = risk(&app, &audit, "2026-03-25").await;
    assert_eq!(
        before["forecast"]["to_improve"],
        json!(["submit plans for NC-01"])
    );
    assert_eq!(
        risk(&app, &audit, "2026-03-25").await,
        before,
        "asked twice"
    );
    let waiting = status().await;
    assert_eq!(waiting["items"][0]["status"], "open", "{waiting}");

    walk(&other, &minor, &["submit_plan"], None).await;

    let after = risk(&app, &audit, "2026-03-25").await;
    assert_eq!(
        after["forecast"]["to_improve"],
        json!(["get the plans for NC-01 accepted"]),
        "{after}"
    );
    let submitted = status().await;
    assert_eq!(
        submitted["items"][0]["status"], "plan_submitted",
        "{submitted}"
    );
}

/// The posture as `token`'s organisation sees it, and whether it was kept (`Cache-Status`).
async fn posture_as(app: &TestApp, token: &str) -> (String, Value) {
    let response = app.get("/api/v1/posture?on=2026-03-25", token).await;
    let cache = response
        .headers()
        .get("cache-status")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (cache, expect_status(response, StatusCode::OK).await)
}

/// Kept answers are per organisation: another organisation's work leaves them, and a write
/// for this one, or one that names no organisation, replaces them.
#[tokio::test]
async fn one_organisations_writes_leave_anothers_kept_answers() {
    let app = spawn_app().await;
    let other = app.second_organisation_admin().await;
    let audit = app.create_audit("Stage 2").await;
    finding(&app, &audit, "NC-01", "minor", json!(["A.5.15"])).await;
    assert_eq!(posture_as(&app, &other).await.0, "closeout; fwd=miss");
    let (kept, theirs) = posture_as(&app, &other).await;
    assert_eq!(kept, "closeout; hit");
    let (_, ours) = posture_as(&app, &app.admin_token).await;
    assert_eq!(ours["audits"][0]["findings"], 1, "{ours}");

    let id = finding(&app, &audit, "NC-02", "major", json!(["A.8.8"])).await;
    walk(&app, &id, &["submit_plan"], None).await;

    assert_eq!(
        posture_as(&app, &other).await,
        ("closeout; hit".into(), theirs.clone())
    );
    let (computed, ours) = posture_as(&app, &app.admin_token).await;
    assert_eq!(computed, "closeout; fwd=miss");
    assert_eq!(ours["audits"][0]["findings"], 2, "{ours}");
    // A write that names no organisation (one more organisation) replaces every answer.
    app.second_organisation_admin().await;
    assert_eq!(
        posture_as(&app, &other).await,
        ("closeout; fwd=miss".into(), theirs)
    );
}
