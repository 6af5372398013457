//! Settings: one page that leads to every screen where the organisation or the person sets
//! how Closeout works, each offered only to the roles that may use it. The screens themselves
//! belong to the services that own what they set (deadlines to remediation, reminders to
//! notification, the risk method to risk-assessment); this page only links them.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;
use closeout_model::user::Role;
use closeout_web::ui::{Chrome, PageError, Viewer, html};

/// One settings screen as the hub offers it.
struct Entry {
    href: &'static str,
    name: &'static str,
    what: &'static str,
    roles: &'static [Role],
}

const EVERYONE: &[Role] = &Role::ALL;
const STAFF: &[Role] = &[Role::Admin, Role::Manager, Role::Auditor];

/// Every settings screen, in the order a new organisation would visit them.
const ENTRIES: &[Entry] = &[
    Entry {
        href: "/organisation",
        name: "Organisation",
        what: "How dates in imported registers are read, the email domains imports may invite \
               owners from, how long API tokens live.",
        roles: &[Role::Admin],
    },
    Entry {
        href: "/people",
        name: "People",
        what: "Who may sign in and with which role; invite someone by email.",
        roles: STAFF,
    },
    Entry {
        href: "/deadlines",
        name: "Deadlines",
        what: "Each certification body's deadline rules, and the holidays they skip.",
        roles: STAFF,
    },
    Entry {
        href: "/reminders",
        name: "Reminders",
        what: "When reminder and escalation emails go out, their wording, and a preview of \
               the next ones.",
        roles: STAFF,
    },
    Entry {
        href: "/risk-method",
        name: "Risk method",
        what: "Likelihood and impact scales, where priorities start, and when repeated minors \
               make a potential major.",
        roles: STAFF,
    },
    Entry {
        href: "/calendar-feeds",
        name: "Calendar feeds",
        what: "Your deadlines, or an audit's, in your calendar application.",
        roles: EVERYONE,
    },
    Entry {
        href: "/tokens",
        name: "API tokens",
        what: "Tokens for scripts and other tools to use Closeout's API as you.",
        roles: EVERYONE,
    },
];

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    chrome: Chrome,
    entries: Vec<&'static Entry>,
}

closeout_web::screen!(SettingsPage);

/// `GET /settings`.
pub(super) async fn page(viewer: Viewer) -> Result<HttpResponse, PageError> {
    let role = viewer.caller.role();
    let entries = ENTRIES.iter().filter(|e| e.roles.contains(&role)).collect();
    html(
        StatusCode::OK,
        &SettingsPage {
            chrome: viewer.chrome("Settings", "settings"),
            entries,
        },
    )
}
