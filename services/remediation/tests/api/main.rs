//! The remediation service's API over real HTTP, on SQLite by default and PostgreSQL when
//! `CLOSEOUT_TEST_DATABASE_URL` is set. Intake is mounted too, to create audits and findings.

mod deadlines;
mod end_to_end;
mod evidence;
mod glance;
mod lifecycle;
mod reports;
mod tasks;

use closeout_testing::TestApp;

/// Intake and remediation on a random port, with a fresh organisation.
pub async fn spawn_app() -> TestApp {
    closeout_testing::spawn_app(&[closeout_intake::service(), closeout_remediation::service()])
        .await
}
