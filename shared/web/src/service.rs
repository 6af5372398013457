//! What a service tells the runner about itself. Each service crate exposes one
//! `service() -> Service`; the runner mounts any selection of them (the `--target` flag).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::web::ServiceConfig;

use crate::AppState;

/// A Closeout service: its API routes, its web pages and its part of the OpenAPI document.
#[derive(Clone, Copy)]
pub struct Service {
    /// The target name (`intake`, `risk-assessment`...).
    pub name: &'static str,
    /// One line on what it does, shown by `closeout targets` and in the OpenAPI tags.
    pub summary: &'static str,
    /// The paths it answers, API and pages: the route table the ingress is generated from
    /// ([`crate::ingress`]).
    pub routes: &'static [&'static str],
    /// Registers the service's routes, relative to `/api/v1`.
    pub configure: fn(&mut ServiceConfig),
    /// Paths under `/api/v1` that answer without a token, as prefixes (a calendar feed's
    /// secret address); every other `/api/v1` request is authenticated before it is read.
    pub public: &'static [&'static str],
    /// Registers the service's web pages and panels, relative to `/` (see [`crate::ui`]).
    pub pages: fn(&mut ServiceConfig),
    /// The service's paths and schemas.
    pub openapi: fn() -> utoipa::openapi::OpenApi,
    /// Work the service does besides answering requests (the notification scheduler), started
    /// by `serve`; `None` when it has none or when it is turned off by configuration.
    pub background: Option<StartBackground>,
}

/// Starts a service's background work; `Ok(None)` when configuration turns it off.
pub type StartBackground = fn(&AppState) -> anyhow::Result<Option<Background>>;

/// A running background worker: a thread and the flag that asks it to stop.
#[derive(Debug)]
pub struct Background {
    /// What it is, for logs.
    pub name: &'static str,
    /// Set to ask the worker to stop after what it is doing.
    pub stop: Arc<AtomicBool>,
    /// The worker's thread.
    pub thread: std::thread::JoinHandle<()>,
}

impl Background {
    /// Asks the worker to stop and waits for it to finish what it was doing.
    pub fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        if self.thread.join().is_err() {
            tracing::error!(worker = self.name, "background worker panicked");
        }
    }
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Service").field("name", &self.name).finish()
    }
}
