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

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "intake",
        summary: "Audits and findings, users and API tokens; imports of auditors' reports",
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
