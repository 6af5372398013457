//! The notification service against a real SMTP server on loopback, over real HTTP, on SQLite
//! by default and PostgreSQL when `CLOSEOUT_TEST_DATABASE_URL` is set. Most tests drive the
//! scheduler's tick with a chosen clock, so days and local hours can be walked through; one
//! runs the scheduler on its own thread with a one-second tick.

mod delivery;
mod events;
mod feeds;
mod reminders;

use chrono::{DateTime, Utc};
use closeout_model::config::Config;
use closeout_model::user::Role;
use closeout_notification::mailer::Mailer;
use closeout_notification::worker::{Notifier, TickReport};
use closeout_testing::smtp::SmtpServer;
use closeout_testing::{TestApp, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Intake, remediation and notification on a random port, with a fresh organisation.
pub async fn spawn_app() -> TestApp {
    closeout_testing::spawn_app(&[
        closeout_intake::service(),
        closeout_remediation::service(),
        closeout_notification::service(),
    ])
    .await
}

/// A notifier for the test's organisation, sending to `smtp_url`.
pub fn notifier(app: &TestApp, smtp_url: &str, hour: u32) -> Notifier {
    let config = Config {
        smtp_url: Some(smtp_url.to_owned()),
        mail_from: "Closeout <closeout@example.test>".to_owned(),
        ..Config::load(|_| None).expect("defaults")
    };
    let mailer = Mailer::from_config(&config).expect("mailer");
    Notifier::new(
        app.db.clone(),
        mailer,
        "https://closeout.example.test",
        hour,
    )
    .for_organisation(&app.organisation_id)
}

/// Runs one tick at `now` on a blocking thread.
pub async fn tick(notifier: &Notifier, now: DateTime<Utc>) -> TickReport {
    let notifier = notifier.clone();
    let report = tokio::task::spawn_blocking(move || notifier.tick(now))
        .await
        .expect("tick task")
        .expect("tick");
    assert_eq!(report.errors, 0, "{report:?}");
    report
}

/// A time from RFC 3339 text.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("RFC 3339 time")
        .with_timezone(&Utc)
}

/// A user with a role, a display name and a time zone; returns their id and token.
pub async fn person(app: &TestApp, email: &str, role: Role, time_zone: &str) -> (String, String) {
    let (id, token) = app.user_with_role(email, role).await;
    let response = app
        .client
        .put(app.url("/api/v1/me/notification-preferences"))
        .bearer_auth(&token)
        .json(&json!({"time_zone": time_zone}))
        .send()
        .await
        .expect("request");
    let body = expect_status(response, StatusCode::OK).await;
    assert_eq!(body["time_zone"], time_zone);
    (id, token)
}

/// Replaces the organisation's reminder rules.
pub async fn set_rules(app: &TestApp, rules: Value) {
    let response = app
        .client
        .put(app.url("/api/v1/notification-settings"))
        .bearer_auth(&app.admin_token)
        .json(&json!({"rules": rules}))
        .send()
        .await
        .expect("request");
    expect_status(response, StatusCode::OK).await;
}

/// The default rules without the weekly digest, so only deadline messages are counted.
pub fn rules_without_digest() -> Value {
    json!({"before_days": [7, 3, 1], "on_the_day": true, "overdue_every_days": 3, "escalate_after_days": 2, "digest_weekday": null})
}

/// The organisation's notifications, newest first (up to 500).
pub async fn notifications(app: &TestApp, query: &str) -> Vec<Value> {
    let response = app
        .get(
            &format!("/api/v1/notifications?limit=500{query}"),
            &app.admin_token,
        )
        .await;
    let body = expect_status(response, StatusCode::OK).await;
    body["items"].as_array().expect("items").clone()
}

/// Starts a test SMTP server.
pub fn smtp() -> SmtpServer {
    SmtpServer::start()
}
