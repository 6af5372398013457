//! The Statement of Applicability editor.

use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;

use crate::spawn_app;

#[tokio::test]
async fn a_manager_states_controls_in_one_save_and_an_auditor_reads_them() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("aud@example.test", Role::Auditor).await;
    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = manager.get("/soa").await.expect(StatusCode::OK);
    assert_eq!(
        page.body.matches(r#".applicable""#).count(),
        93,
        "every control"
    );
    assert!(page.body.contains("0 of 93 stated"));
    assert!(page.body.contains("Technological controls"));

    // A value no control has: nothing saved, the rest kept as typed.
    let refused = manager
        .post(
            "/soa",
            &[
                ("A.5.1.applicable", "yes"),
                ("A.5.1.status", "mostly"),
                ("A.5.1.justification", "Policies approved by the board"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Nothing was saved"));
    assert!(refused.body.contains("Policies approved by the board"));
    manager.get("/soa").await.expect(StatusCode::OK);
    let saved = manager
        .post(
            "/soa",
            &[
                ("A.5.1.applicable", "yes"),
                ("A.5.1.status", "implemented"),
                ("A.5.1.justification", "Policies approved by the board"),
                ("A.7.5.applicable", "no"),
                ("A.7.5.justification", "No premises of our own"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(
        saved.body.contains("Saved: 2 controls changed"),
        "{}",
        saved.body
    );
    assert!(saved.body.contains("2 of 93 stated"));
    let soa = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let line = |control: &str| {
        soa.as_array()
            .unwrap()
            .iter()
            .find(|e| e["control"] == control)
            .unwrap()
            .clone()
    };
    assert_eq!(line("A.5.1")["status"], "implemented");
    assert_eq!(line("A.7.5")["applicable"], false);
    let history = expect_status(
        app.get("/api/v1/soa/A.7.5/history", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(history.as_array().unwrap().len(), 1);
    // Saving again unchanged records nothing.
    manager.get("/soa").await.expect(StatusCode::OK);
    let again = manager
        .post(
            "/soa",
            &[
                ("A.5.1.applicable", "yes"),
                ("A.5.1.status", "implemented"),
                ("A.5.1.justification", "Policies approved by the board"),
                ("A.7.5.applicable", "no"),
                ("A.7.5.justification", "No premises of our own"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(again.body.contains("Saved: 0 controls changed"));
    // A form that names one control leaves the others as they are.
    manager.get("/soa").await.expect(StatusCode::OK);
    manager
        .post("/soa", &[("A.5.2.applicable", "yes")])
        .await
        .expect(StatusCode::OK);
    let soa = expect_status(
        app.get("/api/v1/soa", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let stated = soa
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["applicable"].is_null())
        .count();
    assert_eq!(stated, 3);

    let mut auditor = Browser::signed_in(&app, "aud@example.test", PASSWORD).await;
    let read = auditor.get("/soa").await.expect(StatusCode::OK);
    assert!(read.body.contains("No premises of our own"));
    assert!(
        !read.body.contains(r#"name="A.5.1.status""#),
        "read-only for an auditor"
    );
    let forbidden = auditor.post("/soa", &[("A.5.1.applicable", "no")]).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
}
