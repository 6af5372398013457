//! The remediation service: what must be done by when, and (next) the corrective action plans,
//! evidence, verification and reports. Today: deadline policies per certification body and
//! grade, the organisation's holidays, each finding's deadlines and their overrides.
//!
//! The arithmetic and the recomputation live in `closeout_model::deadline`, because intake
//! changes (a new finding, a regrade, a new report date) move deadlines too; these routes let
//! people choose policies and override dates.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod pages;
mod report;
mod routes;

use closeout_web::Service;
use utoipa::OpenApi;

/// The paths this service answers, for the ingress (see `closeout_web::ingress`): prefixes,
/// or regular expressions for paths nested under another service's resource.
const ROUTES: &[&str] = &[
    // The API.
    "/api/v1/deadline-policies",
    "/api/v1/holidays",
    "/api/v1/status",
    "/api/v1/evidence",
    "/api/v1/tasks",
    "/api/v1/findings/[^/]+/(plan|transitions|deadlines|evidence|tasks)",
    "/api/v1/audits/[^/]+/(deadline-policy|status|reports)",
    // The web pages.
    "/needs-me",
    "/deadlines",
    "/tasks",
    "/panels",
    "/findings/[^/]+/(remediation|steps|plan|evidence|deadlines)",
    "/evidence",
    "/audits/[^/]+/reports",
];

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "remediation",
        summary: "Deadline policies and deadlines; corrective action plans, evidence, verification and reports to come",
        routes: ROUTES,
        configure: routes::configure,
        public: &[],
        pages: pages::configure,
        openapi: || routes::ApiDoc::openapi(),
        background: None,
    }
}
