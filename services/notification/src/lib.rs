//! The notification service: emailed deadline reminders and escalations, exactly once.
//!
//! - [`rules`]: an organisation's reminder rules and which step of them is due on a day;
//! - [`schedule`]: what each person is due now and in the coming days, in their time zone;
//! - [`message`]: templates, rendering and escaping of untrusted values;
//! - [`mailer`]: SMTP through lettre, or `.eml` files when no server is configured;
//! - [`worker`]: the tick that schedules, turns outbox events into messages, and sends;
//! - [`calendar`]: the iCalendar feeds;
//! - `routes`: the HTTP API; [`store`]: the service's reads.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod calendar;
mod feeds;
pub mod group;
pub mod mailer;
pub mod message;
mod pages;
mod routes;
pub mod rules;
pub mod schedule;
pub mod store;
pub mod worker;

use std::time::Duration;

use closeout_web::service::Background;
use closeout_web::{AppState, Service};
use utoipa::OpenApi;

/// The paths this service answers, for the ingress (see `closeout_web::ingress`): prefixes,
/// or regular expressions for paths nested under another service's resource.
const ROUTES: &[&str] = &[
    // The API.
    "/api/v1/notifications",
    "/api/v1/notification-settings",
    "/api/v1/me/notification-preferences",
    "/api/v1/calendar-feeds",
    "/api/v1/calendar",
    "/api/v1/audits/[^/]+/manager",
    // The web pages.
    "/calendar-feeds",
    "/reminders",
];

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "notification",
        summary: "Deadline reminders, escalations, digests and calendar feeds by email",
        routes: ROUTES,
        configure: routes::configure,
        // A calendar client has no token: the secret in the address is the credential.
        public: &["/calendar/"],
        pages: pages::configure,
        openapi: || routes::ApiDoc::openapi(),
        background: Some(start),
    }
}

/// Starts the scheduler on its own thread, unless `CLOSEOUT_NOTIFY_TICK` is 0. A mail
/// configuration that cannot work stops the start-up with the reason.
fn start(state: &AppState) -> anyhow::Result<Option<Background>> {
    if state.config.notify_tick_secs == 0 {
        tracing::info!("notification scheduler off (CLOSEOUT_NOTIFY_TICK=0)");
        return Ok(None);
    }
    let mailer = mailer::Mailer::from_config(&state.config)?;
    let every = Duration::from_secs(state.config.notify_tick_secs);
    // Another replica takes the scheduling over after three ticks without one from its holder.
    let notifier = worker::Notifier::new(
        state.db.clone(),
        mailer,
        &state.config.base_url,
        state.config.notify_local_hour,
    )
    .lease_for(every * 3);
    let stop = notifier.stop_flag();
    let thread = std::thread::Builder::new()
        .name("notification-scheduler".to_owned())
        .spawn(move || notifier.run(every))?;
    Ok(Some(Background {
        name: "notification scheduler",
        stop,
        thread,
    }))
}
