//! The deadline settings page: holidays, a policy of the organisation's own, and which policy
//! each audit follows, with the deadlines they move.

use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;
use serde_json::json;

use crate::spawn_app;

#[tokio::test]
async fn a_manager_sets_holidays_adds_a_policy_and_gives_it_to_an_audit() {
    let app = spawn_app().await;
    // Report date 2026-03-20.
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-01", "grade": "minor", "statement": "s"}),
        )
        .await;
    let finding = finding["id"].as_str().unwrap().to_owned();
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let theirs = contributor.get("/").await.expect(StatusCode::OK);
    assert!(!theirs.body.contains(r#"href="/deadlines""#));

    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager.get("/deadlines").await.expect(StatusCode::OK);
    assert!(
        page.body.contains("Which policy each audit follows"),
        "{}",
        page.body
    );

    // A line that is not a date: nothing saved, the line named, the text kept.
    let refused = manager
        .post(
            "/deadlines/holidays",
            &[(
                "holidays",
                "2026-12-25 Christmas Day\n26/12/2026 Boxing Day",
            )],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("line 2: `26/12/2026`"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Boxing Day"));
    manager.get("/deadlines").await.expect(StatusCode::OK);
    let saved = manager
        .post(
            "/deadlines/holidays",
            &[(
                "holidays",
                "2026-12-25 Christmas Day\n2026-12-26 Boxing Day",
            )],
        )
        .await;
    assert_eq!(saved.redirected_to(), "/deadlines?saved=holidays");
    let holidays = expect_status(
        app.get("/api/v1/holidays", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(holidays[1]["name"], "Boxing Day");

    // A policy: minors' plans due 10 days after the report.
    manager.get("/deadlines").await.expect(StatusCode::OK);
    let bad = manager
        .post(
            "/deadlines/policies",
            &[("name", "Strict body"), ("minor_plan", "ten")],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("a whole number of days"), "{}", bad.body);
    assert!(bad.body.contains(r#"value="Strict body""#));
    let added = manager
        .post(
            "/deadlines/policies",
            &[
                ("name", "Strict body"),
                ("anchor", "report_date"),
                ("day_kind", "calendar"),
                ("minor_plan", "10"),
                ("minor_closure", "60"),
            ],
        )
        .await;
    assert_eq!(added.redirected_to(), "/deadlines?saved=policy");
    let policies = expect_status(
        app.get("/api/v1/deadline-policies", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let strict = policies
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Strict body")
        .expect("the new policy")
        .clone();
    assert_eq!(strict["rules"]["minor"]["plan_days"], 10);

    // The audit follows it: the plan is now due on 30 March.
    let page = manager.get("/deadlines").await.expect(StatusCode::OK);
    assert!(page.body.contains("Strict body"));
    let chosen = manager
        .post(
            &format!("/deadlines/audits/{audit}"),
            &[("policy", strict["id"].as_str().unwrap())],
        )
        .await;
    assert_eq!(chosen.redirected_to(), "/deadlines?saved=audit");
    let deadlines = expect_status(
        app.get(
            &format!("/api/v1/findings/{finding}/deadlines"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let plan = deadlines
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "plan")
        .expect("a plan deadline")
        .clone();
    assert_eq!(plan["due_on"], "2026-03-30", "{deadlines}");
    // A contributor may read the policies but not change them.
    contributor.get("/deadlines").await.expect(StatusCode::OK);
    let forbidden = contributor
        .post("/deadlines/holidays", &[("holidays", "")])
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
}
