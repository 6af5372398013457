//! `/crosswalks/map` and `/findings/{id}/impact`: what a requirement, or a nonconformity, means
//! in the other frameworks the organisation imported.

use actix_web::{HttpResponse, get, web};
use closeout_model::framework::{self, ISO};
use closeout_web::access::visible_finding;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};

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
pub(crate) struct MapAnswer {
    /// The framework asked about.
    framework: String,
    /// The requirement asked about.
    requirement: String,
    /// Related requirements in other frameworks.
    items: Vec<Related>,
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
async fn index(state: &AppState, organisation_id: &str) -> Result<std::sync::Arc<Index>, ApiError> {
    let organisation_id = organisation_id.to_owned();
    state
        .read(move |c| {
            let version = framework::mappings_version(c, &organisation_id)?;
            crosswalk::cached(&organisation_id, &version, || {
                framework::all_mappings(c, &organisation_id)
            })
        })
        .await
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
    let mut requirement = query.requirement.trim().to_owned();
    if framework_id == ISO {
        // The catalog's spelling, so `a.5.1` and `A.5.1` are one control.
        requirement = state
            .catalog
            .requirements()
            .iter()
            .find(|r| framework::key(&r.id) == framework::key(&requirement))
            .map(|r| r.id.clone())
            .ok_or_else(|| ApiError::NotFound(format!("no requirement {requirement} in {ISO}")))?;
    }
    let index = index(&state, caller.organisation_id()).await?;
    if framework_id != ISO && !index.knows(&framework_id, &requirement) {
        let organisation_id = caller.organisation_id().to_owned();
        let id = framework_id.clone();
        let reference = requirement.clone();
        let known = state
            .read(move |c| {
                Ok(framework::references(c, &organisation_id)?
                    .get(&id)
                    .is_some_and(|refs| refs.contains_key(&framework::key(&reference))))
            })
            .await?;
        if !known {
            return Err(ApiError::NotFound(format!(
                "no requirement {requirement} in {framework_id} (see GET /api/v1/frameworks)"
            )));
        }
    }
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
pub(crate) struct Touched {
    /// The ISO/IEC 27001:2022 requirement the finding cites.
    requirement: String,
    /// Related requirements in other frameworks.
    items: Vec<Related>,
}

/// A nonconformity's reach.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Impact {
    /// The finding.
    finding_id: String,
    /// Its reference.
    reference: String,
    /// Per cited requirement, what it touches.
    requirements: Vec<Touched>,
    /// Every framework touched, with how many of its requirements.
    frameworks: std::collections::BTreeMap<String, usize>,
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
    let index = index(&state, caller.organisation_id()).await?;
    let mut frameworks: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    let requirements: Vec<Touched> = finding
        .requirements
        .iter()
        .map(|requirement| {
            let items = index.map(ISO, requirement, query.to.as_deref(), max_hops);
            for item in &items {
                frameworks
                    .entry(item.framework.clone())
                    .or_default()
                    .insert(framework::key(&item.requirement));
            }
            Touched {
                requirement: requirement.clone(),
                items,
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(Impact {
        finding_id: finding.id,
        reference: finding.reference,
        requirements,
        frameworks: frameworks.into_iter().map(|(f, r)| (f, r.len())).collect(),
    }))
}
