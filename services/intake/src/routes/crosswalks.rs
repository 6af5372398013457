//! `/crosswalks/imports`, `/crosswalks/sets` and `/frameworks`: importing crosswalk and
//! framework files through plugins, and what is known.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use closeout_model::framework::{
    self, Framework, FrameworkRequirement, ISO, MappingSet, Provenance,
};
use closeout_model::stored_file;
use closeout_model::user::Role;
use closeout_plugin_abi::{ImportKind, Issue};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Serialize;

use crate::crosswalk::plan;
use crate::routes::run::{ImportQuery, Read, read_upload};

/// The answer to a crosswalk upload.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct CrosswalkAnswer {
    /// `preview`, `imported`, `unchanged` or `rejected`.
    pub(crate) status: &'static str,
    /// The plugin that read the file.
    pub(crate) plugin: String,
    /// Its version.
    pub(crate) plugin_version: String,
    /// The file's SHA-256.
    pub(crate) sha256: String,
    /// The frameworks the file describes or maps.
    pub(crate) frameworks: Vec<String>,
    /// Mapping sets in the file, `source -> target`.
    pub(crate) sets: Vec<String>,
    /// Mappings read (in a preview) or stored.
    pub(crate) mappings_created: usize,
    /// Requirements added to frameworks.
    pub(crate) requirements_created: usize,
    /// Everything found: `row`, `message`, `severity`.
    #[schema(value_type = Vec<Object>)]
    pub(crate) issues: Vec<Issue>,
    /// Remarks about the whole file.
    pub(crate) warnings: Vec<String>,
}

const WRITERS: &[Role] = &[Role::Admin, Role::Manager];

/// Import a crosswalk or framework file (admin, manager): a CISO Assistant mapping or framework
/// library, the NIST CSF 2.0 export... The plugin that recognises the file reads it; every
/// reference is checked against its framework's catalog; the whole file is stored or nothing
/// is, with its provenance. Importing the same file again changes nothing.
#[utoipa::path(post, path = "/api/v1/crosswalks/imports", tag = "intake", params(ImportQuery),
    request_body(content_type = "multipart/form-data", description = "`file`; `options`: ReadOptions as JSON"),
    responses(
        (status = 200, description = "preview or unchanged", body = CrosswalkAnswer),
        (status = 201, description = "imported", body = CrosswalkAnswer),
        (status = 413, body = Problem), (status = 415, body = Problem),
        (status = 422, description = "invalid mappings (a CrosswalkAnswer) or an unreadable file (a problem)", content((CrosswalkAnswer = "application/json"), (Problem = "application/problem+json"))),
    ))]
#[post("/crosswalks/imports")]
pub(crate) async fn upload(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ImportQuery>,
    multipart: Multipart,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "importing a crosswalk")?;
    let read = read_upload(&state, caller.scope(), multipart, ImportKind::Crosswalk).await?;
    let (code, body) = import(
        &state,
        &caller,
        read,
        query.dry_run,
        query.skip_invalid_rows,
    )
    .await?;
    Ok(HttpResponse::build(code).json(body))
}

/// Checks a crosswalk file as its plugin read it and, unless `dry_run`, stores it (refused
/// with its issues when rows have errors and `skip` is false): the API and the wizard's core.
pub(crate) async fn import(
    state: &AppState,
    caller: &Caller,
    read: Read,
    dry_run: bool,
    skip: bool,
) -> Result<(StatusCode, CrosswalkAnswer), ApiError> {
    caller.require(WRITERS, "importing a crosswalk")?;
    let Read {
        file_name,
        bytes,
        info,
        output,
        _running,
    } = read;
    let sha256 = stored_file::sha256(&bytes);
    let scope = caller.scope().clone();
    let catalog = state.catalog.clone();
    let provenance = Provenance {
        file_name,
        sha256: sha256.clone(),
        plugin: info.name.clone(),
        plugin_version: info.version.clone(),
        imported_by: Some(caller.user_id().to_string()),
    };
    state
        .write(move |c| {
            let stored = framework::references(c, &scope)?;
            let plan = plan(&output, &catalog, &stored);
            let mut body = CrosswalkAnswer {
                status: "preview",
                plugin: provenance.plugin.clone(),
                plugin_version: provenance.plugin_version.clone(),
                sha256: provenance.sha256.clone(),
                frameworks: plan.frameworks.iter().map(|f| f.id.clone()).collect(),
                sets: plan
                    .sets
                    .iter()
                    .map(|s| format!("{} -> {}", s.source, s.target))
                    .collect(),
                mappings_created: plan.mappings(),
                requirements_created: 0,
                issues: plan.issues.clone(),
                warnings: plan.warnings.clone(),
            };
            if dry_run {
                return Ok((StatusCode::OK, body));
            }
            if plan.has_errors() && !skip {
                body.status = "rejected";
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, body));
            }
            let saved = framework::save(c, &scope, &plan.frameworks, &plan.sets, &provenance)?;
            body.mappings_created = saved.mappings_created;
            body.requirements_created = saved.requirements_created;
            let changed =
                saved.sets_created + saved.requirements_created + saved.frameworks_created;
            body.status = if changed == 0 {
                "unchanged"
            } else {
                "imported"
            };
            let code = if changed == 0 {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            Ok((code, body))
        })
        .await
}

/// The frameworks known to the organisation: ISO/IEC 27001:2022, built in, and those its
/// crosswalk and framework files brought, with their requirement counts.
#[utoipa::path(get, path = "/api/v1/frameworks", tag = "intake",
    responses((status = 200, body = Vec<Framework>), (status = 401, body = Problem)))]
#[get("/frameworks")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let mut all = vec![Framework {
        id: ISO.to_owned(),
        name: "ISO/IEC 27001:2022".to_owned(),
        version: Some("2022".to_owned()),
        built_in: true,
        requirements: i64::try_from(state.catalog.requirements().len()).unwrap_or(i64::MAX),
    }];
    all.extend(state.read(move |c| framework::list(c, &scope)).await?);
    Ok(HttpResponse::Ok().json(all))
}

/// A framework's requirements.
#[utoipa::path(get, path = "/api/v1/frameworks/{framework_id}/requirements", tag = "intake",
    responses((status = 200, body = Vec<FrameworkRequirement>), (status = 404, body = Problem)))]
#[get("/frameworks/{framework_id}/requirements")]
pub(crate) async fn requirements(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    if id == ISO {
        let all: Vec<FrameworkRequirement> = state
            .catalog
            .requirements()
            .iter()
            .map(|r| FrameworkRequirement {
                reference: r.id.clone(),
                title: Some(r.title.clone()),
                parent: r.parent_id.clone(),
                // Annex A controls sit at the top of their own list; clauses nest by their dots.
                depth: if r.id.starts_with("A.") {
                    1
                } else {
                    i32::try_from(r.id.matches('.').count() + 1).unwrap_or(1)
                },
            })
            .collect();
        return Ok(HttpResponse::Ok().json(all));
    }
    let scope = caller.scope().clone();
    let found = state
        .read(move |c| {
            let known = framework::list(c, &scope)?.into_iter().any(|f| f.id == id);
            if !known {
                return Err(closeout_model::ModelError::not_found("framework", id));
            }
            framework::requirements(c, &scope, &id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// The organisation's mapping sets with their provenance: file, SHA-256, plugin and version,
/// licence, who imported it and when.
#[utoipa::path(get, path = "/api/v1/crosswalks/sets", tag = "intake",
    responses((status = 200, body = Vec<MappingSet>), (status = 401, body = Problem)))]
#[get("/crosswalks/sets")]
pub(crate) async fn sets(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let all = state.read(move |c| framework::sets(c, &scope)).await?;
    Ok(HttpResponse::Ok().json(all))
}
