//! This service's `spawn_app`, on the shared test support.

pub use closeout_testing::{TestApp, expect_problem, expect_status};

/// The intake service on a random port, with a fresh organisation.
pub async fn spawn_app() -> TestApp {
    closeout_testing::spawn_app(&[closeout_intake::service()]).await
}
