//! The risk-assessment service. It runs, answers the health probes and appears in the OpenAPI
//! document; its endpoints and workers arrive with their issues.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use actix_web::web::ServiceConfig;
use closeout_web::Service;

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "risk-assessment",
        summary: "Grade checks, escalation of repeated minors, prioritisation and the audit-outcome forecast (no endpoints yet)",
        configure,
        openapi: || utoipa::openapi::OpenApiBuilder::new().build(),
    }
}

fn configure(_config: &mut ServiceConfig) {}
