//! The remediation service's web pages and panels: what needs the signed-in person, and a
//! finding's deadlines, plan, tasks, evidence and lifecycle steps. Each panel is also a page
//! of its own, for readers without JavaScript and for links in emails.

mod deadlines;
mod evidence;
mod finding;
mod needs_me;
mod plan;
mod reports;

use actix_web::web;

pub(crate) fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/needs-me", web::get().to(needs_me::page))
        .route("/deadlines", web::get().to(deadlines::page))
        .route("/deadlines/holidays", web::post().to(deadlines::holidays))
        .route("/deadlines/policies", web::post().to(deadlines::add_policy))
        .route(
            "/deadlines/audits/{audit_id}",
            web::post().to(deadlines::audit_policy),
        )
        .route("/panels/needs-me", web::get().to(needs_me::panel))
        .route(
            "/findings/{finding_id}/remediation",
            web::get().to(finding::page),
        )
        .route(
            "/panels/findings/{finding_id}/remediation",
            web::get().to(finding::panel),
        )
        .route(
            "/findings/{finding_id}/steps",
            web::post().to(finding::step),
        )
        .route(
            "/findings/{finding_id}/deadlines/{kind}",
            web::post().to(finding::override_deadline),
        )
        .route(
            "/findings/{finding_id}/plan/edit",
            web::get().to(plan::edit),
        )
        .route("/findings/{finding_id}/plan", web::post().to(plan::save))
        .route("/tasks/{task_id}", web::post().to(finding::change_task))
        .route(
            "/findings/{finding_id}/evidence",
            web::post().to(evidence::add),
        )
        .route(
            "/evidence/{evidence_id}/file",
            web::get().to(evidence::file),
        )
        .route(
            "/audits/{audit_id}/reports/{file}",
            web::get().to(reports::file),
        );
}
