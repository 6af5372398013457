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
    assert!(page.body.contains("Accept: make NC-01 a major"));

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
    let majors = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit_id}/findings?grade=major"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(majors["items"][0]["reference"], "NC-01");

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
