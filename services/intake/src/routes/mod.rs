//! The intake service's routes, one module per resource.

mod audits;
mod catalog;
pub(crate) mod crosswalks;
mod findings;
pub(crate) mod imports;
mod organisation;
mod plugins;
pub(crate) mod run;
pub(crate) mod soa;
mod tokens;
mod users;

use actix_web::web::ServiceConfig;
use utoipa::OpenApi;

pub(crate) fn configure(config: &mut ServiceConfig) {
    config
        .service(audits::create)
        .service(audits::list)
        .service(audits::get)
        .service(audits::update)
        .service(audits::history)
        .service(findings::create)
        .service(findings::list)
        .service(findings::get)
        .service(findings::update)
        .service(findings::history)
        .service(users::me)
        .service(users::list)
        .service(users::create)
        .service(tokens::create)
        .service(tokens::list)
        .service(tokens::revoke)
        .service(catalog::list)
        .service(imports::upload)
        .service(imports::list)
        .service(imports::get)
        .service(imports::file)
        .service(plugins::list)
        .service(crosswalks::upload)
        .service(crosswalks::sets)
        .service(crosswalks::list)
        .service(crosswalks::requirements)
        .service(soa::list)
        .service(soa::upload)
        .service(soa::update)
        .service(soa::control_history)
        .service(organisation::get)
        .service(organisation::update);
}

#[derive(OpenApi)]
#[openapi(
    paths(
        audits::create,
        audits::list,
        audits::get,
        audits::update,
        audits::history,
        findings::create,
        findings::list,
        findings::get,
        findings::update,
        findings::history,
        users::me,
        users::list,
        users::create,
        tokens::create,
        tokens::list,
        tokens::revoke,
        catalog::list,
        imports::upload,
        imports::list,
        imports::get,
        imports::file,
        plugins::list,
        crosswalks::upload,
        crosswalks::sets,
        crosswalks::list,
        crosswalks::requirements,
        soa::list,
        soa::upload,
        soa::update,
        soa::control_history,
        organisation::get,
        organisation::update,
    ),
    components(schemas(
        closeout_model::audit::Audit,
        closeout_model::audit::AuditKind,
        closeout_model::finding::Finding,
        closeout_model::finding::Grade,
        closeout_model::finding::FindingStatus,
        closeout_model::history::HistoryEntry,
        closeout_model::history::Change,
        closeout_model::user::User,
        closeout_model::user::Role,
        closeout_model::token::Token,
        closeout_model::catalog::Requirement,
        closeout_model::catalog::RequirementKind,
        closeout_model::catalog::Theme,
        closeout_model::import::ImportRecord,
        closeout_model::organisation::Organisation,
        closeout_model::framework::Framework,
        closeout_model::framework::FrameworkRequirement,
        closeout_model::framework::MappingSet,
        crosswalks::CrosswalkAnswer,
        run::ReadOptions,
        closeout_model::soa::Entry,
        closeout_model::soa::Statement,
        closeout_model::soa::Implementation,
        soa::StatementInput,
        soa::SoaAnswer,
    ))
)]
pub(crate) struct ApiDoc;
