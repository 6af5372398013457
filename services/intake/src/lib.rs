//! The intake service: audits and their findings, the people who work on them, and their API
//! tokens. Later, the import of auditors' spreadsheets through plugins.
//!
//! Handlers are thin: authenticate and authorise the [`closeout_web::Caller`], parse the body
//! into a model type, run one model function in a blocking task, answer. The rules live in
//! `closeout-model`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod crosswalk;
mod import;
mod pages;
mod routes;

use actix_web::web::ServiceConfig;
use closeout_web::Service;
use utoipa::OpenApi;

/// The paths this service answers, for the ingress (see `closeout_web::ingress`): prefixes,
/// or regular expressions for paths nested under another service's resource.
const ROUTES: &[&str] = &[
    // The API.
    "/api/v1/audits",
    "/api/v1/findings",
    "/api/v1/users",
    "/api/v1/tokens",
    "/api/v1/me",
    "/api/v1/catalog",
    "/api/v1/imports",
    "/api/v1/plugins",
    "/api/v1/organisation",
    "/api/v1/openapi.json",
    "/api/docs",
    "/api/v1/crosswalks",
    "/api/v1/frameworks",
    "/api/v1/soa",
    // The web pages: every one the other services do not claim (home, audits, findings,
    // imports, people, tokens, organisation, SoA, sign-in, assets).
    "/",
];

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "intake",
        summary: "Audits and findings, users and API tokens; imports of auditors' reports",
        routes: ROUTES,
        configure,
        public: &[],
        pages: pages::configure,
        openapi: || routes::ApiDoc::openapi(),
        background: None,
    }
}

fn configure(config: &mut ServiceConfig) {
    routes::configure(config);
}
