//! The web interface, page by page, through real HTTP against every service mounted together
//! (as `closeout serve` runs them): signing in, the audits, an audit's findings, a finding and
//! its remediation panel, with the access rules of the API.

mod audits;
mod calendar;
mod deadlines;
mod findings;
mod imports;
mod risk;
mod settings;
mod sign_in;
mod soa;

use closeout_testing::TestApp;

/// Every service on a random port, with a fresh organisation.
pub async fn spawn_app() -> TestApp {
    closeout_testing::spawn_app(&[
        closeout_intake::service(),
        closeout_remediation::service(),
        closeout_risk_assessment::service(),
        closeout_notification::service(),
    ])
    .await
}
