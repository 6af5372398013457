//! `/audits`: create, list, read and update audits.

use actix_web::{HttpResponse, get, patch, post, web};
use closeout_model::audit::{self, Audit, AuditFields, AuditFilter, AuditInput, AuditKind};
use closeout_model::history::{Entity, HistoryEntry};
use closeout_model::page::Page;
use closeout_model::user::Role;
use closeout_web::params::{self, PageParams, nullable, parse_optional};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A new audit.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateAudit {
    /// A name people recognise ("2026 surveillance audit").
    name: String,
    /// stage1, stage2, surveillance, recertification or internal.
    kind: String,
    /// The certification body (leave out for internal audits).
    certification_body: Option<String>,
    /// The standard; ISO/IEC 27001:2022 when left out.
    standard: Option<String>,
    /// First audit day, YYYY-MM-DD.
    start_date: Option<String>,
    /// Last audit day, YYYY-MM-DD.
    end_date: Option<String>,
    /// The nonconformity report's date, YYYY-MM-DD.
    report_date: Option<String>,
    /// When the certificate expires, YYYY-MM-DD.
    certificate_expiry: Option<String>,
}

/// Changes to an audit: fields left out stay as they are; `null` clears an optional field.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct UpdateAudit {
    name: Option<String>,
    kind: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    certification_body: Option<Option<String>>,
    standard: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    start_date: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    end_date: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    report_date: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    certificate_expiry: Option<Option<String>>,
    /// Why, for the history.
    reason: Option<String>,
}

/// Filters for the audit list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct AuditQuery {
    /// Only audits of this kind.
    kind: Option<String>,
}

const WRITERS: &[Role] = &[Role::Admin, Role::Manager];

/// Create an audit (admin, manager).
#[utoipa::path(post, path = "/api/v1/audits", tag = "intake", request_body = CreateAudit,
    responses(
        (status = 201, body = Audit),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem),
    ))]
#[post("/audits")]
pub(crate) async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<CreateAudit>,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "creating an audit")?;
    let body = body.into_inner();
    let mut errors = Vec::new();
    let input = AuditInput {
        start_date: params::date("start_date", body.start_date.as_deref(), &mut errors),
        end_date: params::date("end_date", body.end_date.as_deref(), &mut errors),
        report_date: params::date("report_date", body.report_date.as_deref(), &mut errors),
        certificate_expiry: params::date(
            "certificate_expiry",
            body.certificate_expiry.as_deref(),
            &mut errors,
        ),
        name: body.name,
        kind: body.kind,
        certification_body: body.certification_body,
        standard: body.standard,
    };
    let fields = params::with_errors(AuditFields::parse(input), errors)?;
    let scope = caller.scope().clone();
    let created = state
        .write(move |c| audit::create(c, &scope, fields))
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// List the organisation's audits, newest first.
#[utoipa::path(get, path = "/api/v1/audits", tag = "intake", params(AuditQuery, PageParams),
    responses((status = 200, body = Page<Audit>), (status = 401, body = Problem)))]
#[get("/audits")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<AuditQuery>,
    page: web::Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    let page = page.parse()?;
    let filter = AuditFilter {
        kind: parse_optional::<AuditKind>("kind", query.kind.as_deref())?,
        with_findings_owned_by: caller.visibility().assigned_to().map(ToString::to_string),
    };
    let scope = caller.scope().clone();
    let audits = state
        .read(move |c| audit::list(c, &scope, &filter, page))
        .await?;
    Ok(HttpResponse::Ok().json(audits))
}

/// Read an audit.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}", tag = "intake",
    responses((status = 200, body = Audit), (status = 401, body = Problem), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}")]
pub(crate) async fn get(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let audit = closeout_web::access::visible_audit(&state, &caller, &path).await?;
    Ok(HttpResponse::Ok().json(audit))
}

/// Update an audit (admin, manager). Every change is recorded in its history.
#[utoipa::path(patch, path = "/api/v1/audits/{audit_id}", tag = "intake", request_body = UpdateAudit,
    responses(
        (status = 200, body = Audit), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem),
    ))]
#[patch("/audits/{audit_id}")]
pub(crate) async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<UpdateAudit>,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "changing an audit")?;
    let current = closeout_web::access::visible_audit(&state, &caller, &path).await?;
    let body = body.into_inner();
    let mut errors = Vec::new();
    let mut input = AuditFields::to_input(&current);
    if let Some(name) = body.name {
        input.name = name;
    }
    if let Some(kind) = body.kind {
        input.kind = kind;
    }
    if let Some(body_) = body.certification_body {
        input.certification_body = body_;
    }
    if let Some(standard) = body.standard {
        input.standard = Some(standard);
    }
    let mut date = |field: &str,
                    patch: Option<Option<String>>,
                    current: Option<chrono::NaiveDate>| match patch {
        None => current,
        Some(value) => params::date(field, value.as_deref(), &mut errors),
    };
    input.start_date = date("start_date", body.start_date, input.start_date);
    input.end_date = date("end_date", body.end_date, input.end_date);
    input.report_date = date("report_date", body.report_date, input.report_date);
    input.certificate_expiry = date(
        "certificate_expiry",
        body.certificate_expiry,
        input.certificate_expiry,
    );
    let fields = params::with_errors(AuditFields::parse(input), errors)?;
    let scope = caller.scope().clone();
    let id = current.id;
    let reason = body.reason;
    let updated = state
        .write(move |c| audit::update(c, &scope, &id, fields, reason.as_deref()))
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}

/// An audit's history: who changed what, when, from what to what.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/history", tag = "intake",
    responses((status = 200, body = Vec<HistoryEntry>), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/history")]
pub(crate) async fn history(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let audit = closeout_web::access::visible_audit(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let entries = state
        .read(move |c| closeout_model::history::list(c, &scope, Entity::Audit, &audit.id))
        .await?;
    Ok(HttpResponse::Ok().json(entries))
}
