//! The risk-assessment service's web pages: an audit's risk, the organisation's risk method,
//! and the crosswalks (what a
//! requirement maps to in every loaded framework, and a framework's coverage by the ISO
//! programme).

mod crosswalks;
mod method;
mod risk;

use actix_web::web;

pub(crate) fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/audits/{audit_id}/risk", web::get().to(risk::page))
        .route(
            "/audits/{audit_id}/potential-majors",
            web::post().to(risk::decide),
        )
        .route("/risk-method", web::get().to(method::page))
        .route("/risk-method", web::post().to(method::save))
        .route("/crosswalks", web::get().to(crosswalks::explore))
        .route("/crosswalks/coverage", web::get().to(crosswalks::coverage))
        .route(
            "/findings/{finding_id}/impact",
            web::get().to(crosswalks::impact_page),
        )
        .route(
            "/panels/findings/{finding_id}/impact",
            web::get().to(crosswalks::impact_panel),
        );
}
