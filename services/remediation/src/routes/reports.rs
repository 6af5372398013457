//! `/audits/{id}/reports/...`: what the certification body receives.

use actix_web::{HttpResponse, get, web};
use closeout_model::report;
use closeout_model::user::Role;
use closeout_web::access::visible_audit;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};

use crate::report::{ExportError, oscal, xlsx};

const READERS: &[Role] = &[Role::Admin, Role::Manager, Role::Auditor];
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The head of an audit's report, for whoever may export it.
async fn head(
    state: &AppState,
    caller: &Caller,
    audit_id: &str,
) -> Result<report::ReportHead, ApiError> {
    caller.require(READERS, "exporting reports")?;
    let audit = visible_audit(state, caller, audit_id).await?;
    let scope = caller.scope().clone();
    state
        .read(move |c| report::ReportHead::read(c, &scope, &audit.id))
        .await
}

fn file_name(head: &report::ReportHead, what: &str, extension: &str) -> String {
    closeout_model::stored_file::clean_name(
        &format!("{what} {}.{extension}", head.audit.name),
        what,
    )
}

/// A report the certification body receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Report {
    /// The Corrective Action Plan workbook.
    Plan,
    /// The Evidence of Correction workbook.
    Evidence,
    /// The OSCAL POA&M.
    Poam,
}

impl Report {
    /// The report a download's file name asks for.
    pub(crate) fn from_file(name: &str) -> Option<Report> {
        match name {
            "corrective-action-plan.xlsx" => Some(Report::Plan),
            "evidence-of-correction.xlsx" => Some(Report::Evidence),
            "poam.json" => Some(Report::Poam),
            _ => None,
        }
    }
}

/// Builds a report of an audit for whoever may export it: what the API and the audit's page
/// both serve.
pub(crate) async fn download(
    state: &AppState,
    caller: &Caller,
    audit_id: &str,
    which: Report,
) -> Result<HttpResponse, ApiError> {
    type Build =
        fn(&mut closeout_model::DbConnection, &report::ReportHead) -> Result<Vec<u8>, ExportError>;
    let (what, build): (&str, Build) = match which {
        Report::Poam => return poam_streamed(state, caller, audit_id).await,
        Report::Plan => ("Corrective Action Plan", xlsx::corrective_action_plan),
        Report::Evidence => ("Evidence of Correction", xlsx::evidence_of_correction),
    };
    let head = head(state, caller, audit_id).await?;
    let name = file_name(&head, what, "xlsx");
    let db = state.db.clone();
    let bytes = actix_web::web::block(move || db.read(|c| Ok(build(c, &head))))
        .await
        .map_err(|e| ApiError::internal(format!("blocking task failed: {e}")))??
        .map_err(|e| match e {
            ExportError::Model(error) => ApiError::from(error),
            other => ApiError::internal(other.to_string()),
        })?;
    Ok(closeout_web::upload::attachment(bytes, XLSX, &name))
}

/// The POA&M, written while the audit's findings are read a page at a time.
async fn poam_streamed(
    state: &AppState,
    caller: &Caller,
    audit_id: &str,
) -> Result<HttpResponse, ApiError> {
    let head = head(state, caller, audit_id).await?;
    if head.is_empty() {
        return Err(ApiError::Conflict(
            "the audit has no findings: a POA&M needs at least one item".into(),
        ));
    }
    let now = closeout_model::id::now();
    Ok(closeout_web::streamed::response(
        state.db.clone(),
        "application/json",
        move |c, out| oscal::write_poam(c, &head, now, out),
    ))
}

/// The Corrective Action Plan workbook.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/reports/corrective-action-plan.xlsx", tag = "remediation",
    responses((status = 200, description = "xlsx"), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/reports/corrective-action-plan.xlsx")]
pub(crate) async fn plan(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    download(&state, &caller, &path, Report::Plan).await
}

/// The Evidence of Correction workbook.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/reports/evidence-of-correction.xlsx", tag = "remediation",
    responses((status = 200, description = "xlsx"), (status = 403, body = Problem), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/reports/evidence-of-correction.xlsx")]
pub(crate) async fn evidence(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    download(&state, &caller, &path, Report::Evidence).await
}

/// The OSCAL Plan of Action and Milestones (JSON, OSCAL 1.0.6).
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/reports/poam.json", tag = "remediation",
    responses((status = 200, description = "OSCAL POA&M"), (status = 404, body = Problem), (status = 409, body = Problem)))]
#[get("/audits/{audit_id}/reports/poam.json")]
pub(crate) async fn poam(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    download(&state, &caller, &path, Report::Poam).await
}
