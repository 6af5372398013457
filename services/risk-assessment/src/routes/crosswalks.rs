//! `/crosswalks/map` and `/findings/{id}/impact`: what a requirement, or a nonconformity, means
//! in the other frameworks the organisation imported.

use actix_web::{HttpResponse, get, web};
use closeout_model::Scope;
use closeout_model::framework::{self, ISO};
use closeout_model::{finding, soa};
use closeout_web::access::visible_finding;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};

use crate::coverage::{self, Coverage, Programme};
use crate::crosswalk::{self, Index, Related};

/// A requirement to map.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct MapQuery {
    /// The framework (`iso27001-2022`, `nist-csf-2.0`...).
    framework: String,
    /// The requirement as the framework writes it (`A.8.8`, `GV.OC-01`); any case.
    requirement: String,
    /// Only answers in this framework.
    to: Option<String>,
    /// Mappings to follow at most (1-4, default 2).
    max_hops: Option<usize>,
}

/// The answer: related requirements, best first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct MapAnswer<'a> {
    /// The framework asked about.
    framework: String,
    /// The requirement asked about.
    requirement: String,
    /// Related requirements in other frameworks.
    items: Vec<Related<'a>>,
}

fn hops(max_hops: Option<usize>) -> Result<usize, ApiError> {
    let hops = max_hops.unwrap_or(2);
    if (1..=4).contains(&hops) {
        Ok(hops)
    } else {
        Err(ApiError::invalid("max_hops", "from 1 to 4"))
    }
}

/// The organisation's mapping index, from memory unless its mappings changed.
pub(crate) async fn index(
    state: &AppState,
    scope: &Scope,
) -> Result<std::sync::Arc<Index>, ApiError> {
    let scope = scope.clone();
    state
        .read(move |c| {
            let version = framework::mappings_version(c, &scope)?;
            crosswalk::cached(&scope, &version, || framework::all_mappings(c, &scope))
        })
        .await
}

/// Finds a requirement of a framework the organisation knows (the catalog's spelling for an
/// ISO one, so `a.5.1` and `A.5.1` are one control) and the organisation's mapping index to
/// walk from it; 404 when the framework holds no such requirement.
pub(crate) async fn resolve(
    state: &AppState,
    scope: &Scope,
    framework_id: &str,
    requirement: &str,
) -> Result<(String, std::sync::Arc<Index>), ApiError> {
    let mut requirement = requirement.trim().to_owned();
    if framework_id == ISO {
        requirement = state
            .catalog
            .requirements()
            .iter()
            .find(|r| framework::key(&r.id) == framework::key(&requirement))
            .map(|r| r.id.clone())
            .ok_or_else(|| ApiError::NotFound(format!("no requirement {requirement} in {ISO}")))?;
    }
    let index = index(state, scope).await?;
    if framework_id != ISO && !index.knows(framework_id, &requirement) {
        let scope = scope.clone();
        let id = framework_id.to_owned();
        let reference = requirement.clone();
        let known = state
            .read(move |c| framework::has_requirement(c, &scope, &id, &reference))
            .await?;
        if !known {
            return Err(ApiError::NotFound(format!(
                "no requirement {requirement} in {framework_id} (see GET /api/v1/frameworks)"
            )));
        }
    }
    Ok((requirement, index))
}

/// A requirement of any framework in every other framework the organisation imported
/// mappings for: direct mappings and paths through pivots, with the composed relationship,
/// the weakest hop's strength and the path.
#[utoipa::path(get, path = "/api/v1/crosswalks/map", tag = "risk-assessment", params(MapQuery),
    responses((status = 200, body = MapAnswer), (status = 401, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[get("/crosswalks/map")]
pub(crate) async fn map(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<MapQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let max_hops = hops(query.max_hops)?;
    let framework_id = query.framework.trim().to_owned();
    let (requirement, index) =
        resolve(&state, caller.scope(), &framework_id, &query.requirement).await?;
    let items = index.map(&framework_id, &requirement, query.to.as_deref(), max_hops);
    Ok(HttpResponse::Ok().json(MapAnswer {
        framework: framework_id,
        requirement,
        items,
    }))
}

/// How far to look.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ImpactQuery {
    /// Only answers in this framework.
    to: Option<String>,
    /// Mappings to follow at most (1-4, default 2).
    max_hops: Option<usize>,
}

/// One requirement a finding cites and what it touches elsewhere.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Touched<'a> {
    /// The ISO/IEC 27001:2022 requirement the finding cites.
    requirement: String,
    /// Related requirements in other frameworks.
    items: Vec<Related<'a>>,
}

/// A nonconformity's reach.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Impact<'a> {
    /// The finding.
    finding_id: String,
    /// Its reference.
    reference: String,
    /// Per cited requirement, what it touches.
    requirements: Vec<Touched<'a>>,
    /// Every framework touched, with how many of its requirements.
    frameworks: std::collections::BTreeMap<String, usize>,
    /// How covered each framework touched is by the ISO programme as it stands (with this
    /// finding open), requirement counts per level; details at `/crosswalks/coverage`.
    coverage: std::collections::BTreeMap<String, coverage::Summary>,
}

/// Which requirements in which other frameworks a finding also touches, through the
/// requirements it cites.
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}/impact", tag = "risk-assessment", params(ImpactQuery),
    responses((status = 200, body = Impact), (status = 401, body = Problem), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}/impact")]
pub(crate) async fn impact(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    query: web::Query<ImpactQuery>,
) -> Result<HttpResponse, ApiError> {
    let max_hops = hops(query.max_hops)?;
    let finding = visible_finding(&state, &caller, &path).await?;
    let index = index(&state, caller.scope()).await?;
    let walk = index.clone();
    let mut frameworks: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    let requirements: Vec<Touched> = finding
        .requirements
        .iter()
        .map(|requirement| {
            let items = walk.map(ISO, requirement, query.to.as_deref(), max_hops);
            for item in &items {
                frameworks
                    .entry(item.framework.to_string())
                    .or_default()
                    .insert(framework::key(item.requirement));
            }
            Touched {
                requirement: requirement.clone(),
                items,
            }
        })
        .collect();
    let scope = caller.scope().clone();
    let seen_by = caller.visibility();
    let touched: Vec<String> = frameworks.keys().cloned().collect();
    let (soa, open, catalogs) = state
        .read(move |c| {
            let catalogs = touched
                .into_iter()
                .map(|id| {
                    let requirements = framework::requirements(c, &scope, &id)?;
                    Ok((id, requirements))
                })
                .collect::<Result<Vec<_>, closeout_model::ModelError>>()?;
            Ok((
                soa::statements(c, &scope)?,
                finding::open_nonconformities_by_requirement(c, &scope, &seen_by)?,
                catalogs,
            ))
        })
        .await?;
    // The coverage of a large framework takes a noticeable part of a second: off the async
    // workers, and with the database connection already back in the pool.
    let catalog = state.catalog.clone();
    let summaries = web::block(move || {
        let programme = Programme {
            catalog: &catalog,
            soa: &soa,
            open: &open,
        };
        catalogs
            .into_iter()
            .map(|(id, requirements)| {
                let assessed = coverage::coverage(&id, &requirements, &index, &programme, max_hops);
                (id, assessed.summary)
            })
            .collect::<std::collections::BTreeMap<_, _>>()
    })
    .await
    .map_err(|e| ApiError::internal(format!("blocking task failed: {e}")))?;
    Ok(HttpResponse::Ok().json(Impact {
        finding_id: finding.id.into(),
        reference: finding.reference,
        requirements,
        frameworks: frameworks.into_iter().map(|(f, r)| (f, r.len())).collect(),
        coverage: summaries,
    }))
}

/// Which framework to assess.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct CoverageQuery {
    /// The target framework (`nist-csf-2.0`...).
    pub(crate) framework: String,
    /// Mappings to follow at most (1-4, default 2).
    pub(crate) max_hops: Option<usize>,
}

/// Assesses a framework's coverage and hands it to `render`, both on a blocking thread: a
/// large framework takes a noticeable part of a second, and its answer borrows from the index.
pub(crate) async fn assess<T: Send + 'static>(
    state: &AppState,
    caller: &Caller,
    query: &CoverageQuery,
    render: impl FnOnce(Coverage<'_>) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let max_hops = hops(query.max_hops)?;
    let framework_id = query.framework.trim().to_owned();
    if framework_id == ISO {
        return Err(ApiError::invalid(
            "framework",
            "coverage is of another framework by the ISO/IEC 27001:2022 programme; for ISO itself see GET /api/v1/soa",
        ));
    }
    let index = index(state, caller.scope()).await?;
    let scope = caller.scope().clone();
    let id = framework_id.clone();
    let seen_by = caller.visibility();
    let (requirements, soa, open) = state
        .read(move |c| {
            if !framework::list(c, &scope)?.into_iter().any(|f| f.id == id) {
                return Err(closeout_model::ModelError::not_found("framework", id));
            }
            Ok((
                framework::requirements(c, &scope, &id)?,
                soa::statements(c, &scope)?,
                finding::open_nonconformities_by_requirement(c, &scope, &seen_by)?,
            ))
        })
        .await?;
    let catalog = state.catalog.clone();
    web::block(move || {
        let programme = Programme {
            catalog: &catalog,
            soa: &soa,
            open: &open,
        };
        render(coverage::coverage(
            &framework_id,
            &requirements,
            &index,
            &programme,
            max_hops,
        ))
    })
    .await
    .map_err(|e| ApiError::internal(format!("blocking task failed: {e}")))?
}

fn json(value: &impl Serialize) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(ApiError::internal)
}

fn json_response(body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(body)
}

/// How covered each requirement of a framework is by the organisation's ISO programme (the
/// SoA's implementation status and open nonconformities), fully, partly or not, with the
/// reason and the ISO requirements behind it.
#[utoipa::path(get, path = "/api/v1/crosswalks/coverage", tag = "risk-assessment", params(CoverageQuery),
    responses((status = 200, body = Coverage), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[get("/crosswalks/coverage")]
pub(crate) async fn coverage_json(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<CoverageQuery>,
) -> Result<HttpResponse, ApiError> {
    let body = assess(&state, &caller, &query, |coverage| json(&coverage)).await?;
    Ok(json_response(body))
}

/// The same as a workbook.
#[utoipa::path(get, path = "/api/v1/crosswalks/coverage.xlsx", tag = "risk-assessment", params(CoverageQuery),
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = Vec<u8>), (status = 404, body = Problem)))]
#[get("/crosswalks/coverage.xlsx")]
pub(crate) async fn coverage_xlsx(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<CoverageQuery>,
) -> Result<HttpResponse, ApiError> {
    let (bytes, framework_id) = assess(&state, &caller, &query, |coverage| {
        let bytes = coverage::workbook(&coverage)
            .map_err(|e| ApiError::internal(format!("writing the workbook: {e}")))?;
        Ok((bytes, coverage.framework))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"coverage-{framework_id}.xlsx\""),
        ))
        .body(bytes))
}

/// The gaps: requirements of a framework that nothing in the ISO programme reaches.
#[utoipa::path(get, path = "/api/v1/crosswalks/gaps", tag = "risk-assessment", params(CoverageQuery),
    responses((status = 200, body = Coverage), (status = 404, body = Problem)))]
#[get("/crosswalks/gaps")]
pub(crate) async fn gaps(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<CoverageQuery>,
) -> Result<HttpResponse, ApiError> {
    let body = assess(&state, &caller, &query, |mut coverage| {
        coverage.items.retain(|i| i.contributions.is_empty());
        json(&coverage)
    })
    .await?;
    Ok(json_response(body))
}
