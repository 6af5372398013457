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

/// This service, for the runner.
pub fn service() -> Service {
    Service {
        name: "remediation",
        summary: "Deadline policies and deadlines; corrective action plans, evidence, verification and reports to come",
        configure: routes::configure,
        public: &[],
        pages: pages::configure,
        openapi: || routes::ApiDoc::openapi(),
        background: None,
    }
}
