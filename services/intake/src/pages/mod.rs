//! The intake service's web pages: home, audits, an audit's findings, a finding.
//!
//! Handlers take a [`closeout_web::ui::Viewer`] (pages) or a [`closeout_web::ui::Submitted`]
//! form, apply the same access rules as the API (`closeout_web::access`), call the model, and
//! render a template from `templates/`. What remediation owns on these pages (deadlines, the
//! plan, evidence, the lifecycle) is its panel, loaded with htmx and linked for readers
//! without JavaScript.

mod audits;
mod file_imports;
mod findings;
mod home;
mod imports;
mod organisation;
mod people;
mod settings;
mod soa;
mod tokens;

use actix_web::web;

use file_imports::FileKind;

pub(crate) fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/", web::get().to(home::page))
        .route("/audits", web::get().to(audits::list))
        .route("/audits", web::post().to(audits::create))
        .route("/audits/{audit_id}", web::get().to(audits::page))
        .route("/audits/{audit_id}", web::post().to(audits::save))
        .route("/audits/{audit_id}/edit", web::get().to(audits::edit))
        .route("/audits/{audit_id}/assign", web::post().to(audits::assign))
        .route("/audits/{audit_id}/board", web::get().to(audits::board))
        .route("/audits/{audit_id}/import", web::get().to(imports::start))
        .route("/audits/{audit_id}/import", web::post().to(imports::upload))
        .route(
            "/audits/{audit_id}/import/review",
            web::post().to(imports::review),
        )
        .route(
            "/imports/progress/{ticket}",
            web::get().to(imports::progress),
        )
        .route("/imports/{import_id}", web::get().to(imports::record))
        .route("/imports/{import_id}/file", web::get().to(imports::file))
        .route("/findings/{finding_id}", web::get().to(findings::page))
        .route("/organisation", web::get().to(organisation::show))
        .route("/organisation", web::post().to(organisation::save))
        .route("/people", web::get().to(people::list))
        .route("/people", web::post().to(people::invite))
        .route("/people/{user_id}/role", web::post().to(people::set_role))
        .route("/settings", web::get().to(settings::page))
        .route(
            "/frameworks/import",
            web::get().to(|v| file_imports::start(v, FileKind::Crosswalk)),
        )
        .route(
            "/frameworks/import",
            web::post().to(|r, s, v, m| file_imports::upload(r, s, v, m, FileKind::Crosswalk)),
        )
        .route(
            "/frameworks/import/commit",
            web::post().to(|s, f| file_imports::commit(s, f, FileKind::Crosswalk)),
        )
        .route(
            "/soa/import",
            web::get().to(|v| file_imports::start(v, FileKind::Soa)),
        )
        .route(
            "/soa/import",
            web::post().to(|r, s, v, m| file_imports::upload(r, s, v, m, FileKind::Soa)),
        )
        .route(
            "/soa/import/commit",
            web::post().to(|s, f| file_imports::commit(s, f, FileKind::Soa)),
        )
        .route("/soa", web::get().to(soa::page))
        .route("/soa", web::post().to(soa::save))
        .route("/tokens", web::get().to(tokens::list))
        .route("/tokens", web::post().to(tokens::create))
        .route("/tokens/{token_id}/revoke", web::post().to(tokens::revoke));
}
