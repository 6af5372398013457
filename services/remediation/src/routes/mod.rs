//! The remediation service's routes.

mod deadlines;
mod evidence;
mod glance;
mod holidays;
mod plans;
mod policies;
pub(crate) mod reports;
mod tasks;

use actix_web::web::ServiceConfig;
use utoipa::OpenApi;

pub(crate) fn configure(config: &mut ServiceConfig) {
    config
        .service(policies::list)
        .service(policies::create)
        .service(policies::choose)
        .service(holidays::get)
        .service(holidays::replace)
        .service(deadlines::list)
        .service(deadlines::set)
        .service(plans::get)
        .service(plans::save)
        .service(plans::transition)
        .service(glance::organisation)
        .service(glance::audit)
        .service(evidence::upload)
        .service(evidence::add)
        .service(evidence::list)
        .service(evidence::download)
        .service(reports::plan)
        .service(reports::evidence)
        .service(reports::poam)
        .service(tasks::list)
        .service(tasks::create)
        .service(tasks::update);
}

#[derive(OpenApi)]
#[openapi(
    paths(
        policies::list,
        policies::create,
        policies::choose,
        holidays::get,
        holidays::replace,
        deadlines::list,
        deadlines::set,
        plans::get,
        plans::save,
        plans::transition,
        glance::organisation,
        glance::audit,
        evidence::upload,
        evidence::add,
        evidence::list,
        evidence::download,
        reports::plan,
        reports::evidence,
        reports::poam,
        tasks::list,
        tasks::create,
        tasks::update,
    ),
    components(schemas(
        closeout_model::deadline::Policy,
        closeout_model::deadline::NewPolicy,
        closeout_model::deadline::GradeRule,
        closeout_model::deadline::Anchor,
        closeout_model::deadline::DayKind,
        closeout_model::deadline::Deadline,
        closeout_model::deadline::DeadlineKind,
        closeout_model::plan::Plan,
        closeout_model::plan::CorrectiveAction,
        closeout_model::plan::CauseCategory,
        closeout_model::lifecycle::Action,
        closeout_model::glance::GlancePage,
        closeout_model::glance::Item,
        closeout_model::glance::Standing,
        closeout_model::evidence::Evidence,
        evidence::NewEvidence,
        closeout_model::task::Task,
    ))
)]
pub(crate) struct ApiDoc;
