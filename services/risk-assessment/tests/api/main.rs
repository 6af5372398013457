//! The risk-assessment service's API over real HTTP, on SQLite by default and PostgreSQL when
//! `CLOSEOUT_TEST_DATABASE_URL` is set. Intake and remediation are mounted to record the work.

mod crosswalks;
mod risk;

use closeout_testing::TestApp;

/// Intake, remediation and risk assessment on a random port, with a fresh organisation.
pub async fn spawn_app() -> TestApp {
    closeout_testing::spawn_app(&[
        closeout_intake::service(),
        closeout_remediation::service(),
        closeout_risk_assessment::service(),
    ])
    .await
}
