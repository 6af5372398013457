//! The risk-assessment service: which findings matter most, which minors risk becoming a
//! major, whether the audit will end in a recommendation, and the certification cycle. It
//! reads what intake and remediation record and shows its working; the rules are plain
//! functions in `scoring`, `escalation`, `forecast` and `cycle`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod coverage;
pub mod crosswalk;
pub mod cycle;
pub mod escalation;
pub mod forecast;
mod pages;
mod routes;
pub mod scoring;
pub mod settings;

use closeout_web::Service;
use utoipa::OpenApi;

/// The paths this service answers, for the ingress (see `closeout_web::ingress`): prefixes,
/// or regular expressions for paths nested under another service's resource.
const ROUTES: &[&str] = &[
    // The API.
    "/api/v1/certification-cycle",
    "/api/v1/audits/[^/]+/risk",
    "/api/v1/posture",
    "/api/v1/risk-settings",
    "/api/v1/findings/[^/]+/risk",
    "/api/v1/audits/[^/]+/potential-majors",
    "/api/v1/crosswalks/map",
    "/api/v1/findings/[^/]+/impact",
    "/api/v1/crosswalks/coverage",
    "/api/v1/crosswalks/gaps",
    // The web pages.
    "/audits/[^/]+/(risk|potential-majors)",
    "/risk-method",
    "/crosswalks",
    "/(panels/)?findings/[^/]+/impact",
];

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "risk-assessment",
        summary: "Risk scores, potential majors, the audit-outcome forecast, priorities and the certification cycle",
        routes: ROUTES,
        configure: routes::configure,
        public: &[],
        pages: pages::configure,
        openapi: || routes::ApiDoc::openapi(),
        background: None,
    }
}
