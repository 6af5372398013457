//! Findings of an audit: add, list, read, update.

use actix_web::{HttpResponse, get, patch, post, web};
use closeout_model::finding::{
    self, Finding, FindingFields, FindingFilter, FindingInput, FindingSort, FindingStatus, Grade,
};
use closeout_model::history::{Entity, HistoryEntry};
use closeout_model::page::Page;
use closeout_model::user::Role;
use closeout_web::params::{self, PageParams, nullable, parse_optional};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A new finding.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateFinding {
    /// The report's reference, e.g. `NC-03`; unique within the audit.
    reference: String,
    /// major, minor, ofi or observation.
    grade: String,
    /// Requirements as written in the report: `A.5.31`, `Clause 9.2`, `8.20–8.23`, 2013
    /// numbers (mapped to 2022 with a warning)...
    #[serde(default)]
    requirements: Vec<String>,
    /// The nonconformity statement.
    statement: String,
    /// The objective evidence the auditor cited.
    objective_evidence: Option<String>,
    /// The day it was raised, YYYY-MM-DD.
    raised_on: Option<String>,
    /// The owner's email; must be a user of the organisation.
    owner: Option<String>,
    /// A short title.
    title: Option<String>,
}

/// Changes to a finding: fields left out stay; `null` clears an optional field.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct UpdateFinding {
    reference: Option<String>,
    grade: Option<String>,
    requirements: Option<Vec<String>>,
    statement: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    objective_evidence: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    raised_on: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    owner: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    title: Option<Option<String>>,
    /// Owners named who match no user yet; assigning an owner clears them unless given.
    pending_owners: Option<Vec<String>>,
    /// Why, for the history (a regrade should say why).
    reason: Option<String>,
}

/// Filters for an audit's findings.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct FindingQuery {
    /// major, minor, ofi or observation.
    grade: Option<String>,
    /// A lifecycle status such as open or closed.
    status: Option<String>,
    /// An exact reference such as NC-03.
    reference: Option<String>,
    /// A catalog requirement such as A.8.8 or 9.2: findings citing it.
    requirement: Option<String>,
    /// Findings naming a pending owner that contains this text (any case), such as `IT`.
    pending_owner: Option<String>,
    /// The order: `added` (the default, the only one `after` pages), `reference`, `grade`,
    /// `status` or `due` (the deadline that matters now); a leading `-` reverses it.
    sort: Option<String>,
}

const WRITERS: &[Role] = &[Role::Admin, Role::Manager];

/// Add a finding to an audit (admin, manager).
///
/// Requirements are normalised to the ISO/IEC 27001:2022 catalog; an unknown one is a 422
/// naming it, and a 2013 number is mapped with a warning in the answer's `warnings`.
#[utoipa::path(post, path = "/api/v1/audits/{audit_id}/findings", tag = "intake", request_body = CreateFinding,
    responses(
        (status = 201, body = Finding), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem),
    ))]
#[post("/audits/{audit_id}/findings")]
pub(crate) async fn create(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<CreateFinding>,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "adding a finding")?;
    let audit = closeout_web::access::visible_audit(&state, &caller, &path).await?;
    let body = body.into_inner();
    let mut errors = Vec::new();
    let input = FindingInput {
        raised_on: params::date("raised_on", body.raised_on.as_deref(), &mut errors),
        reference: body.reference,
        grade: body.grade,
        requirements: body.requirements,
        statement: body.statement,
        objective_evidence: body.objective_evidence,
        owner: body.owner,
        title: body.title,
        ..Default::default()
    };
    let fields = params::with_errors(FindingFields::parse(input, &state.catalog), errors)?;
    let scope = caller.scope().clone();
    let created = state
        .write_in(caller.scope(), move |c| {
            finding::create(c, &scope, &audit.id, fields)
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// List an audit's findings, filtered, sorted (in the order they were added unless `sort` says
/// otherwise) and paginated. A contributor sees only the findings assigned to them.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/findings", tag = "intake",
    params(FindingQuery, PageParams),
    responses((status = 200, body = Page<Finding>), (status = 401, body = Problem), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/findings")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    query: web::Query<FindingQuery>,
    page: web::Query<PageParams>,
) -> Result<HttpResponse, ApiError> {
    let page = page.parse()?;
    let query = query.into_inner();
    let filter = FindingFilter {
        grade: parse_optional::<Grade>("grade", query.grade.as_deref())?,
        status: parse_optional::<FindingStatus>("status", query.status.as_deref())?,
        reference: query.reference.filter(|r| !r.is_empty()),
        requirement: query
            .requirement
            .filter(|r| !r.is_empty())
            .map(|r| normalise_one(&state, &r))
            .transpose()?,
        owner_id: caller.visibility().assigned_to().map(ToString::to_string),
        pending_owner: query.pending_owner.filter(|p| !p.trim().is_empty()),
        overdue_on: None,
    };
    let sort = parse_optional::<FindingSort>("sort", query.sort.as_deref())?.unwrap_or_default();
    let audit_id = path.into_inner();
    let audit_id = closeout_model::id::AuditId::parse(&audit_id)?;
    let scope = caller.scope().clone();
    // The audit itself is checked inside the same read: one blocking task per request.
    let findings = state
        .read(move |c| finding::list(c, &scope, &audit_id, &filter, sort, &page))
        .await?;
    Ok(HttpResponse::Ok().json(findings))
}

fn normalise_one(state: &AppState, requirement: &str) -> Result<String, ApiError> {
    let normalised = state
        .catalog
        .normalise("requirement", &[requirement.to_owned()])
        .map_err(|errors| {
            ApiError::Validation(
                errors
                    .into_iter()
                    .map(|e| closeout_model::FieldError::new("requirement", e.message))
                    .collect(),
            )
        })?;
    match normalised.requirements.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(ApiError::invalid(
            "requirement",
            "give exactly one requirement",
        )),
    }
}

/// Read a finding.
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}", tag = "intake",
    responses((status = 200, body = Finding), (status = 401, body = Problem), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}")]
pub(crate) async fn get(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok()
        .json(closeout_web::access::visible_finding(&state, &caller, &path).await?))
}

/// Update a finding (admin, manager). Every change is recorded in its history, with the
/// reason given.
#[utoipa::path(patch, path = "/api/v1/findings/{finding_id}", tag = "intake", request_body = UpdateFinding,
    responses(
        (status = 200, body = Finding), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem),
    ))]
#[patch("/findings/{finding_id}")]
pub(crate) async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<UpdateFinding>,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "changing a finding")?;
    let current = closeout_web::access::visible_finding(&state, &caller, &path).await?;
    let body = body.into_inner();
    let mut errors = Vec::new();
    let mut input = FindingFields::to_input(&current);
    if let Some(reference) = body.reference {
        input.reference = reference;
    }
    if let Some(grade) = body.grade {
        input.grade = grade;
    }
    if let Some(requirements) = body.requirements {
        input.requirements = requirements;
    }
    if let Some(statement) = body.statement {
        input.statement = statement;
    }
    if let Some(evidence) = body.objective_evidence {
        input.objective_evidence = evidence;
    }
    if let Some(raised_on) = body.raised_on {
        input.raised_on = params::date("raised_on", raised_on.as_deref(), &mut errors);
    }
    if let Some(owner) = body.owner {
        if owner.is_some() && body.pending_owners.is_none() {
            input.pending_owners.clear();
        }
        input.owner = owner;
    }
    if let Some(title) = body.title {
        input.title = title;
    }
    if let Some(pending) = body.pending_owners {
        input.pending_owners = pending;
    }
    let fields = params::with_errors(FindingFields::parse(input, &state.catalog), errors)?;
    let scope = caller.scope().clone();
    let reason = body.reason;
    let updated = state
        .write_in(caller.scope(), move |c| {
            finding::update(c, &scope, &current.id, fields, reason.as_deref())
        })
        .await?;
    Ok(HttpResponse::Ok().json(updated))
}

/// A finding's history: who changed what, when, from what to what, and why.
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}/history", tag = "intake",
    responses((status = 200, body = Vec<HistoryEntry>), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}/history")]
pub(crate) async fn history(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let found = closeout_web::access::visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    let entries = state
        .read(move |c| closeout_model::history::list(c, &scope, Entity::Finding, &found.id))
        .await?;
    Ok(HttpResponse::Ok().json(entries))
}
