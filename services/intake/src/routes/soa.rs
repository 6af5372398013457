//! `/soa`: the organisation's Statement of Applicability, one control at a time or imported
//! from a spreadsheet through a plugin.

use std::collections::HashSet;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, put, web};
use closeout_model::catalog::{Catalog, RequirementKind};
use closeout_model::history::{self, Entity, HistoryEntry};
use closeout_model::soa::{self, Entry, Implementation, Statement};
use closeout_model::user::Role;
use closeout_plugin_abi::{ControlRecord, ImportKind, Issue, Severity};

use crate::routes::run::{ImportQuery, Read, read_upload};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};

const WRITERS: &[Role] = &[Role::Admin, Role::Manager];

/// The Annex A control a cell names: `A.5.1`, `A5.1`, `a.5.1` or, in an SoA where every line is
/// an Annex A control, `5.1`.
pub(crate) fn annex_a_control(catalog: &Catalog, written: &str) -> Option<String> {
    let compact: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    let number = compact
        .strip_prefix("A.")
        .or_else(|| compact.strip_prefix("a."))
        .or_else(|| compact.strip_prefix('A'))
        .or_else(|| compact.strip_prefix('a'))
        .unwrap_or(&compact);
    let id = format!("A.{number}");
    catalog
        .get(&id)
        .filter(|r| r.kind == RequirementKind::Control)
        .map(|r| r.id.clone())
}

/// The SoA: all 93 Annex A controls, with what is stated about each.
#[utoipa::path(get, path = "/api/v1/soa", tag = "intake",
    responses((status = 200, body = Vec<Entry>), (status = 401, body = Problem)))]
#[get("/soa")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let scope = caller.scope().clone();
    let catalog = state.catalog.clone();
    let entries = state.read(move |c| soa::get(c, &scope, &catalog)).await?;
    Ok(HttpResponse::Ok().json(entries))
}

/// A control's statement, replacing the previous one.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct StatementInput {
    /// Whether the control applies.
    applicable: Option<bool>,
    /// It applies to part of the scope only.
    #[serde(default)]
    partial: bool,
    /// Why it applies or is excluded.
    justification: Option<String>,
    /// `implemented`, `partially_implemented`, `planned` or `not_implemented`.
    status: Option<String>,
    /// Why it changed, for the history.
    reason: Option<String>,
}

/// State one control (admin, manager); the change is in its history.
#[utoipa::path(put, path = "/api/v1/soa/{control}", tag = "intake", request_body = StatementInput,
    responses((status = 200, body = Entry), (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[put("/soa/{control}")]
pub(crate) async fn update(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<StatementInput>,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "changing the Statement of Applicability")?;
    let control = annex_a_control(&state.catalog, &path).ok_or_else(|| {
        ApiError::NotFound(format!("{} is not an Annex A control", path.as_str()))
    })?;
    let body = body.into_inner();
    let status = body
        .status
        .as_deref()
        .map(Implementation::parse)
        .transpose()
        .map_err(|e| ApiError::invalid("status", e))?;
    let statement = Statement {
        applicable: body.applicable,
        partial: body.partial,
        justification: body
            .justification
            .map(|j| j.trim().to_owned())
            .filter(|j| !j.is_empty()),
        status,
    };
    let scope = caller.scope().clone();
    let catalog = state.catalog.clone();
    let entry = state
        .write(move |c| {
            soa::set(
                c,
                &scope,
                &[(control.clone(), statement)],
                "update",
                body.reason.as_deref(),
            )?;
            soa::get(c, &scope, &catalog)?
                .into_iter()
                .find(|e| e.control == control)
                .ok_or_else(|| closeout_model::ModelError::not_found("control", control))
        })
        .await?;
    Ok(HttpResponse::Ok().json(entry))
}

/// Every change to a control's statement, oldest first.
#[utoipa::path(get, path = "/api/v1/soa/{control}/history", tag = "intake",
    responses((status = 200, body = Vec<HistoryEntry>), (status = 404, body = Problem)))]
#[get("/soa/{control}/history")]
pub(crate) async fn control_history(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let control = annex_a_control(&state.catalog, &path).ok_or_else(|| {
        ApiError::NotFound(format!("{} is not an Annex A control", path.as_str()))
    })?;
    let scope = caller.scope().clone();
    let entries = state
        .read(move |c| history::list(c, &scope, Entity::Soa, &control))
        .await?;
    Ok(HttpResponse::Ok().json(entries))
}

/// The answer to an SoA upload.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct SoaAnswer {
    /// `preview`, `imported`, `unchanged` or `rejected`.
    pub(crate) status: &'static str,
    /// The plugin that read the file.
    pub(crate) plugin: String,
    /// Controls the file states.
    pub(crate) controls_read: usize,
    /// Controls whose statement changed (or would).
    pub(crate) controls_changed: usize,
    /// Annex A controls the file does not mention; they keep their statement.
    pub(crate) controls_missing: Vec<String>,
    /// Everything found, located.
    #[schema(value_type = Vec<Object>)]
    pub(crate) issues: Vec<Issue>,
    /// Remarks about the whole file.
    pub(crate) warnings: Vec<String>,
    /// In a preview: each control as it would be stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) rows: Option<Vec<(String, Statement)>>,
}

fn located(record: &ControlRecord, message: String, severity: Severity) -> Issue {
    Issue {
        sheet: record.sheet.clone(),
        row: Some(record.row),
        column: None,
        message,
        severity,
    }
}

/// Checks the plugin's rows against the catalog: known Annex A controls, each once.
fn plan(records: &[ControlRecord], catalog: &Catalog) -> (Vec<(String, Statement)>, Vec<Issue>) {
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    let mut issues = Vec::new();
    for record in records {
        let Some(control) = annex_a_control(catalog, &record.control) else {
            issues.push(located(
                record,
                format!(
                    "`{}` is not an ISO/IEC 27001:2022 Annex A control",
                    record.control
                ),
                Severity::Error,
            ));
            continue;
        };
        if !seen.insert(control.clone()) {
            issues.push(located(
                record,
                format!("{control} is stated twice; the first is kept"),
                Severity::Error,
            ));
            continue;
        }
        let status = match record.status.as_deref().map(Implementation::parse) {
            Some(Ok(status)) => Some(status),
            Some(Err(message)) => {
                issues.push(located(record, message, Severity::Warning));
                None
            }
            None => None,
        };
        rows.push((
            control,
            Statement {
                applicable: record.applicable,
                partial: record.partial,
                justification: record
                    .justification
                    .clone()
                    .map(|j| j.trim().to_owned())
                    .filter(|j| !j.is_empty()),
                status,
            },
        ));
    }
    (rows, issues)
}

/// Import a Statement of Applicability spreadsheet (admin, manager). The plugin finds the
/// table; every control is checked against the catalog; the statements change together or not
/// at all, each change in its control's history. Controls the file does not mention keep
/// their statement.
#[utoipa::path(post, path = "/api/v1/soa/imports", tag = "intake", params(ImportQuery),
    request_body(content_type = "multipart/form-data", description = "`file`; `options`: ReadOptions as JSON"),
    responses(
        (status = 200, description = "preview or unchanged", body = SoaAnswer),
        (status = 201, description = "imported", body = SoaAnswer),
        (status = 413, body = Problem), (status = 415, body = Problem),
        (status = 422, description = "invalid rows (an SoaAnswer) or an unreadable file (a problem)", content((SoaAnswer = "application/json"), (Problem = "application/problem+json"))),
    ))]
#[post("/soa/imports")]
pub(crate) async fn upload(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ImportQuery>,
    multipart: Multipart,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "importing a Statement of Applicability")?;
    let read = read_upload(
        &state,
        caller.scope(),
        multipart,
        ImportKind::StatementOfApplicability,
    )
    .await?;
    let (code, answer) = import(
        &state,
        &caller,
        read,
        query.dry_run,
        query.skip_invalid_rows,
    )
    .await?;
    Ok(HttpResponse::build(code).json(answer))
}

/// Checks an SoA file as its plugin read it and, unless `dry_run`, states its controls
/// (refused with its issues when rows have errors and `skip` is false): the API and the
/// wizard's core.
pub(crate) async fn import(
    state: &AppState,
    caller: &Caller,
    read: Read,
    dry_run: bool,
    skip: bool,
) -> Result<(StatusCode, SoaAnswer), ApiError> {
    caller.require(WRITERS, "importing a Statement of Applicability")?;
    let Read {
        file_name,
        info,
        output,
        _running,
        ..
    } = read;
    let (rows, mut issues) = plan(&output.controls, &state.catalog);
    issues.splice(0..0, output.issues.clone());
    let all_controls: Vec<String> = state
        .catalog
        .requirements()
        .iter()
        .filter(|r| r.kind == RequirementKind::Control)
        .map(|r| r.id.clone())
        .collect();
    let stated: HashSet<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    let missing: Vec<String> = all_controls
        .into_iter()
        .filter(|c| !stated.contains(c.as_str()))
        .collect();
    let has_errors = issues.iter().any(|i| i.severity == Severity::Error);
    let mut answer = SoaAnswer {
        status: "preview",
        plugin: info.name,
        controls_read: rows.len(),
        controls_changed: 0,
        controls_missing: missing,
        issues,
        warnings: output.warnings,
        rows: None,
    };
    if dry_run {
        answer.rows = Some(rows);
        return Ok((StatusCode::OK, answer));
    }
    if has_errors && !skip {
        answer.status = "rejected";
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, answer));
    }
    let scope = caller.scope().clone();
    let file = file_name.clone();
    let changed = state
        .write(move |c| {
            soa::set(
                c,
                &scope,
                &rows,
                "import",
                Some(&format!("imported from {file}")),
            )
        })
        .await?;
    answer.controls_changed = changed;
    answer.status = if changed == 0 {
        "unchanged"
    } else {
        "imported"
    };
    let code = if changed == 0 {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((code, answer))
}
