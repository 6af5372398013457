//! `/audits/{audit_id}/imports`, `/imports/{id}`: uploading an auditor's register.

use closeout_model::Scope;
use closeout_model::id::AuditId;
use std::collections::BTreeMap;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use closeout_model::finding::NewFinding;
use closeout_model::import::{self, ImportRecord, NewImport};
use closeout_model::plan::DraftOutcome;
use closeout_model::user::{self, Email, NewUser, Role};
use closeout_model::{finding, lifecycle, organisation, stored_file};
use closeout_plugin_abi::{DateOrder, ImportKind, ImportOptions, ImportOutput, Limits};
use closeout_web::problem::Problem;
use closeout_web::state::Reporter;
use closeout_web::{ApiError, AppState, Caller};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::import::{Action, Context, Person, Plan, SkippedRow, plan};
use crate::routes::run::{ImportQuery, read_with_plugin};

const WRITERS: &[Role] = &[Role::Admin, Role::Manager];
const READERS: &[Role] = &[Role::Admin, Role::Manager, Role::Auditor];

/// The `options` part of an upload (JSON).
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct UploadOptions {
    /// Read only this sheet.
    pub(crate) sheet: Option<String>,
    /// The header is on this row (1-based).
    pub(crate) header_row: Option<u32>,
    /// Field name to header text or column letter, e.g. `{"grade": "D"}`.
    pub(crate) columns: BTreeMap<String, String>,
    /// `dmy` or `mdy`, for slashed dates the file does not settle.
    #[schema(value_type = Option<String>)]
    pub(crate) date_order: Option<DateOrder>,
    /// Grade column values to grades, e.g. `{"High": "minor"}`.
    pub(crate) grades: BTreeMap<String, String>,
    /// Use this plugin instead of the one that sniffs best.
    pub(crate) plugin: Option<String>,
    /// Add the owners the register names by email as contributors (and so let Closeout
    /// email them), for addresses of the organisation's `invite_domains` only. Off by
    /// default: an owner who is not a user is kept on the finding as a pending owner.
    pub(crate) invite_owners: bool,
}

/// The answer to an upload.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct ImportAnswer {
    /// The import's id (null for a preview or a rejected import).
    pub(crate) id: Option<String>,
    /// `preview`, `imported`, `unchanged` or `rejected`.
    pub(crate) status: &'static str,
    /// The plugin that read the file.
    pub(crate) plugin: String,
    /// Its version.
    pub(crate) plugin_version: String,
    /// The file's SHA-256.
    pub(crate) sha256: String,
    /// What was done with each sheet: header row, column mapping with confidence.
    #[schema(value_type = Vec<Object>)]
    pub(crate) sheets: Vec<closeout_plugin_abi::SheetReport>,
    pub(crate) findings_created: usize,
    pub(crate) findings_updated: usize,
    pub(crate) findings_unchanged: usize,
    /// Rows not imported, with why.
    #[schema(value_type = Vec<Object>)]
    pub(crate) skipped_rows: Vec<SkippedRow>,
    /// Everything found: `sheet`, `row`, `column`, `message`, `severity`.
    #[schema(value_type = Vec<Object>)]
    pub(crate) issues: Vec<closeout_plugin_abi::Issue>,
    /// Remarks about the whole file.
    pub(crate) warnings: Vec<String>,
    /// Owners who would be (or were) invited as contributors.
    pub(crate) new_owners: Vec<String>,
    /// Findings whose draft corrective action plan the register's plan columns give (created,
    /// or, on a re-import, updated where nobody has edited it since).
    pub(crate) plans_drafted: usize,
    /// Findings whose plan a re-import left alone, and why.
    #[schema(value_type = Vec<Object>)]
    pub(crate) plans_left_alone: Vec<PlanLeftAlone>,
    /// In a preview: each finding as the findings endpoint would show it, with its `sheet`,
    /// `row` and `action` (create, update, unchanged), `grade_source`, `requirements_source`,
    /// `draft_plan`: a page of them (`preview_offset`, `preview_limit`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub(crate) findings: Option<Vec<Value>>,
    /// Grade words nothing knows, each with the rows that use it (map them with `grades`).
    #[schema(value_type = Object)]
    pub(crate) unknown_grades: BTreeMap<String, Vec<u32>>,
    /// In a preview: how many findings the file gives in all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) findings_total: Option<usize>,
}

/// A plan a re-import did not touch.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PlanLeftAlone {
    pub(crate) reference: String,
    pub(crate) reason: &'static str,
}

/// A register to read, with how to read it.
pub(crate) struct Upload {
    pub(crate) file_name: String,
    pub(crate) bytes: Vec<u8>,
    pub(crate) options: UploadOptions,
}

async fn read_upload(multipart: Multipart, max_bytes: u64) -> Result<Upload, ApiError> {
    let received = closeout_web::upload::read(multipart, max_bytes, &["options"]).await?;
    let options = match received.fields.get("options") {
        Some(text) => serde_json::from_str(text)
            .map_err(|e| ApiError::invalid("options", format!("not valid import options: {e}")))?,
        None => UploadOptions::default(),
    };
    Ok(Upload {
        file_name: received.file_name,
        bytes: received.bytes,
        options,
    })
}

fn answer(
    status: &'static str,
    output: &ImportOutput,
    plan: &Plan,
    plugin: (&str, &str),
    sha256: &str,
    skipped: Vec<SkippedRow>,
) -> ImportAnswer {
    let (created, updated, unchanged) = plan.counts();
    ImportAnswer {
        id: None,
        status,
        plugin: plugin.0.to_owned(),
        plugin_version: plugin.1.to_owned(),
        sha256: sha256.to_owned(),
        sheets: output.sheets.clone(),
        findings_created: created,
        findings_updated: updated,
        findings_unchanged: unchanged,
        skipped_rows: skipped,
        issues: plan.issues.clone(),
        warnings: output.warnings.clone(),
        new_owners: plan.new_owners.iter().cloned().collect(),
        plans_drafted: plan
            .findings
            .iter()
            .filter(|p| p.draft.is_some() && p.action == Action::Create)
            .count(),
        plans_left_alone: Vec::new(),
        unknown_grades: plan.unknown_grades.clone(),
        findings: None,
        findings_total: None,
    }
}

/// The page of a preview's findings: a register of 100,000 rows is previewed in pages.
fn preview(
    plan: &Plan,
    audit_id: &AuditId,
    catalog: &closeout_model::catalog::Catalog,
    offset: usize,
    limit: usize,
) -> Vec<Value> {
    plan.findings
        .iter()
        .skip(offset)
        .take(limit)
        .map(|planned| {
            let mut value =
                serde_json::to_value(planned.fields.preview(audit_id)).unwrap_or_default();
            if let Some(object) = value.as_object_mut() {
                let (action, id) = match &planned.action {
                    Action::Create => ("create", Value::Null),
                    Action::Update(id) => ("update", json!(id)),
                    Action::Unchanged(id) => ("unchanged", json!(id)),
                };
                object.insert("id".into(), id);
                object.insert("action".into(), json!(action));
                object.insert("sheet".into(), json!(planned.sheet));
                object.insert("row".into(), json!(planned.row));
                object.insert("grade_source".into(), json!(planned.grade_source));
                object.insert(
                    "requirements_source".into(),
                    json!(planned.requirements_source),
                );
                if let Some(draft) = &planned.draft {
                    let draft = crate::import::complete(draft.clone(), &planned.fields, catalog);
                    object.insert("draft_plan".into(), json!(draft.plan));
                    let tasks: Vec<Value> = draft
                        .tasks
                        .iter()
                        .map(|t| {
                            json!({"title": t.title, "owner": t.owner.as_ref().map(|e| e.as_str()),
                                   "due_on": t.due_on, "done": t.done})
                        })
                        .collect();
                    object.insert("draft_tasks".into(), json!(tasks));
                }
                object.remove("created_at");
                object.remove("updated_at");
            }
            value
        })
        .collect()
}

/// Upload an auditor's register (multipart: `file`, optional `options` JSON).
///
/// With `dry_run=true` nothing is written and the answer is the preview. Otherwise the import
/// is all or nothing: rows with errors refuse it (422, status `rejected`) unless
/// `skip_invalid_rows=true`. The same file again changes nothing (`unchanged`); a revised
/// report updates findings matched by reference, with history, and never duplicates them.
#[utoipa::path(post, path = "/api/v1/audits/{audit_id}/imports", tag = "intake", params(ImportQuery),
    request_body(content_type = "multipart/form-data", description = "`file`: the register; `options`: UploadOptions as JSON"),
    responses(
        (status = 200, description = "preview or unchanged", body = ImportAnswer),
        (status = 201, description = "imported", body = ImportAnswer),
        (status = 413, body = Problem), (status = 415, body = Problem),
        (status = 422, description = "rejected rows (an ImportAnswer) or an unreadable file (a problem)", body = ImportAnswer),
    ))]
#[post("/audits/{audit_id}/imports")]
pub(crate) async fn upload(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    query: web::Query<ImportQuery>,
    multipart: Multipart,
) -> Result<HttpResponse, ApiError> {
    caller.require(WRITERS, "importing a register")?;
    let audit = closeout_web::access::visible_audit(&state, &caller, &path).await?;
    let upload = read_upload(multipart, state.config.max_upload_bytes).await?;
    let (code, body) = run(&state, &caller, &audit, upload, &query, None).await?;
    Ok(HttpResponse::build(code).json(body))
}

/// The steps of an import, as its page says them while it runs.
const READING: &str = "Reading the file";
const CHECKING: &str = "Checking the rows";
const WRITING: &str = "Writing the new findings";
const UPDATING: &str = "Updating the findings the register revises";
const RECORDING: &str = "Recording the import";

/// Findings taken between two progress reports.
const PROGRESS_EVERY: usize = 1_000;

/// Reads a register with its plugin and previews it (`query.dry_run`) or imports it in one
/// transaction: what the API's upload and the web interface's import wizard both do. A page
/// that names a `ticket` can watch its progress (`ImportSlots::progress`).
pub(crate) async fn run(
    state: &AppState,
    caller: &Caller,
    audit: &closeout_model::audit::Audit,
    register: Upload,
    query: &ImportQuery,
    ticket: Option<String>,
) -> Result<(StatusCode, ImportAnswer), ApiError> {
    let scope = caller.scope().clone();
    let running = state.import_slot(scope.organisation_id())?.watched(ticket);
    let progress = running.reporter();
    progress.report(READING, 0, 0);
    let (organisation, people) = {
        let scope = scope.clone();
        state
            .read(move |c| Ok((organisation::get(c, &scope)?, user::list(c, &scope)?)))
            .await?
    };
    let default_date_order = organisation
        .date_order
        .and_then(|o| serde_json::from_value(json!(o)).ok());
    // The plugin recognises a column of the organisation's people by their names, whatever
    // its header; matching owners to users stays the host's, after the plugin.
    let people = people
        .into_iter()
        .flat_map(|u| u.name.into_iter().chain([u.email]))
        .collect();
    let plugin_options = ImportOptions {
        sheet: register.options.sheet.clone(),
        header_row: register.options.header_row,
        columns: register.options.columns.clone(),
        date_order: register.options.date_order,
        default_date_order,
        grades: register.options.grades.clone(),
        file_name: Some(register.file_name.clone()),
        people,
        limits: Limits::default(),
    };
    let started = std::time::Instant::now();
    let registry = state.plugins.clone();
    let db = state.db.clone();
    let catalog = state.catalog.clone();
    let audit_id = audit.id.clone();
    let actor_id = caller.user_id().to_owned();
    let file_name = register.file_name.clone();
    let stored_options = serde_json::to_value(&register.options).unwrap_or_default();
    let invite_owners = register.options.invite_owners;
    let wanted = register.options.plugin.clone();
    let skip = query.skip_invalid_rows;
    let dry_run = query.dry_run;
    let page = (
        query.preview_offset,
        query.preview_limit.unwrap_or(500).clamp(1, 5_000),
    );
    // The whole import, from the plugin's reading to the answer, runs on one blocking thread,
    // which frees the rows it read and planned before it answers. mimalloc keeps memory that
    // another thread frees in the allocating thread's pages until that thread allocates
    // again: with the rows read on one pool thread, planned on a second and dropped on an
    // async worker, 220 MB of a 100,000-row register stayed resident after each preview, and
    // the next import, handed to another pool thread, took its own on top (peaks of 480-650
    // MB). The organisation's import place goes with it: a client that hangs up does not stop
    // the thread, so the place is held until the import ends.
    let answered = web::block(move || -> Result<(StatusCode, ImportAnswer), ApiError> {
        let _running = running;
        let (bytes, info, output) = read_with_plugin(
            &registry,
            ImportKind::NonconformityReport,
            register.bytes,
            &file_name,
            wanted,
            plugin_options,
        )?;
        let read_ms = started.elapsed().as_millis() as u64;
        // Checking is one step over every row: no count to show until it ends.
        progress.report(CHECKING, 0, 0);
        let sha256 = stored_file::sha256(&bytes);
        let plugin = (info.name.as_str(), info.version.as_str());

        if dry_run {
            let planning = std::time::Instant::now();
            let mut output = output;
            let plan = db.read(|c| {
                let context = context(c, &scope, &audit_id, invite_owners)?;
                planned(c, &scope, &mut output, &catalog, &context)
            })?;
            let plan_ms = planning.elapsed().as_millis() as u64;
            let answering = std::time::Instant::now();
            let mut body = answer(
                "preview",
                &output,
                &plan,
                plugin,
                &sha256,
                plan.invalid_rows.clone(),
            );
            body.findings = Some(preview(&plan, &audit_id, &catalog, page.0, page.1));
            body.findings_total = Some(plan.findings.len());
            tracing::info!(
                read_ms,
                plan_ms,
                answer_ms = answering.elapsed().as_millis() as u64,
                findings = plan.findings.len(),
                "import previewed"
            );
            return Ok((StatusCode::OK, body));
        }

        let organisation_id = scope.organisation_id().to_owned();
        let written = db.write_for(&organisation_id, |c| {
            let mut output = output;
            let planning = std::time::Instant::now();
            let context = context(c, &scope, &audit_id, invite_owners)?;
            let plan = planned(c, &scope, &mut output, &catalog, &context)?;
            let plan_ms = planning.elapsed().as_millis() as u64;
            if !plan.invalid_rows.is_empty() && !skip {
                let body = answer(
                    "rejected",
                    &output,
                    &plan,
                    plugin,
                    &sha256,
                    plan.invalid_rows.clone(),
                );
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, body));
            }
            let mut body = answer(
                "imported",
                &output,
                &plan,
                plugin,
                &sha256,
                plan.invalid_rows.clone(),
            );
            let findings = plan.findings.len();
            let writing = std::time::Instant::now();
            let drafts = apply(
                c,
                &scope,
                (&audit_id, &catalog),
                &file_name,
                plan,
                &progress,
            )?;
            progress.report(RECORDING, 0, 0);
            body.plans_drafted += drafts.written;
            body.plans_left_alone = drafts.left_alone;
            let changed = body.findings_created + body.findings_updated + drafts.written;
            let status = if changed == 0 {
                "unchanged"
            } else {
                "imported"
            };
            body.status = status;
            let digest = stored_file::put(c, &scope, &bytes)?;
            let record = import::create(
                c,
                &scope,
                NewImport {
                    audit_id: audit_id.to_string(),
                    actor_id: Some(actor_id.into()),
                    file_name: file_name.clone(),
                    sha256: digest,
                    size: bytes.len() as i64,
                    plugin: info.name.clone(),
                    plugin_version: info.version.clone(),
                    options: stored_options,
                    status: status.to_owned(),
                    findings_created: body.findings_created as i64,
                    findings_updated: body.findings_updated as i64,
                    findings_unchanged: body.findings_unchanged as i64,
                    skipped_rows: json!(body.skipped_rows),
                    issues: json!(body.issues),
                    warnings: json!(body.warnings),
                },
            )?;
            tracing::info!(
                read_ms,
                plan_ms,
                write_ms = writing.elapsed().as_millis() as u64,
                findings,
                status,
                "import applied"
            );
            closeout_web::metrics::import(changed, started.elapsed());
            body.id = Some(record.id.into());
            let code = if status == "imported" {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            Ok((code, body))
        })?;
        Ok(written)
    })
    .await
    .map_err(|e| ApiError::internal(format!("import task failed: {e}")))?;
    let (code, body) = answered?;
    if dry_run {
        return Ok((code, body));
    }
    if body.findings_created + body.findings_updated >= BULK_WRITE {
        let db = state.db.clone();
        // The import is committed whatever happens here: a failure only leaves the planner to
        // autovacuum, so it is logged, not answered.
        match actix_web::web::block(move || db.refresh_statistics()).await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::warn!(%error, "refreshing planner statistics failed"),
            Err(error) => tracing::warn!(%error, "refreshing planner statistics failed"),
        }
    }
    Ok((code, body))
}

/// Findings written by one import past which the database's planner statistics are refreshed
/// at once (see `Database::refresh_statistics`).
const BULK_WRITE: usize = 1_000;

/// What planning needs from the database: the audit's findings, the organisation's people,
/// and whether (and where) owners may be invited.
fn context(
    connection: &mut closeout_model::DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    invite_owners: bool,
) -> Result<Context, closeout_model::ModelError> {
    let people = user::list(connection, scope)?
        .into_iter()
        .map(|u| Person {
            email: u.email,
            name: u.name,
        })
        .collect();
    let invite = if invite_owners {
        Some(organisation::get(connection, scope)?.invite_domains)
    } else {
        None
    };
    Ok(Context {
        existing: finding::all_in_audit(connection, scope, audit_id)?,
        people,
        invite,
    })
}

/// Plans the import and links the other frameworks' references it cites to loaded
/// frameworks.
/// Plans the import (taking the output's findings, which become the plan's) and links the
/// other frameworks' references it cites to loaded frameworks.
fn planned(
    connection: &mut closeout_model::DbConnection,
    scope: &Scope,
    output: &mut ImportOutput,
    catalog: &closeout_model::catalog::Catalog,
    context: &Context,
) -> Result<Plan, closeout_model::ModelError> {
    let records = std::mem::take(&mut output.findings);
    let mut plan = plan(records, &output.issues, catalog, context);
    let others = crate::import::other_references(&plan);
    if !others.is_empty() {
        let frameworks = closeout_model::framework::locate(connection, scope, &others)?;
        crate::import::link_other_references(&mut plan, &frameworks);
    }
    Ok(plan)
}

/// What applying a plan did to the drafts of findings that existed.
struct Drafts {
    /// Drafts written (new findings' drafts are counted by the plan).
    written: usize,
    left_alone: Vec<PlanLeftAlone>,
}

/// Writes a plan (taking it, so its findings move into the rows instead of being copied):
/// invited owners as contributors, new findings in bulk with their draft plans, changed
/// findings one by one with their history, and the drafts of findings that existed where no
/// person has edited the plan since. Runs inside the import's transaction. New findings'
/// history names the file they came from.
fn apply(
    connection: &mut closeout_model::DbConnection,
    scope: &Scope,
    (audit_id, catalog): (&AuditId, &closeout_model::catalog::Catalog),
    file_name: &str,
    plan: Plan,
    progress: &Reporter,
) -> Result<Drafts, closeout_model::ModelError> {
    for email in &plan.new_owners {
        let email = Email::parse(email).map_err(closeout_model::ModelError::Corrupt)?;
        user::create(
            connection,
            scope,
            NewUser {
                email,
                name: None,
                role: Role::Contributor,
            },
        )?;
    }
    let (new, others): (Vec<_>, Vec<_>) = plan
        .findings
        .into_iter()
        .partition(|p| p.action == Action::Create);
    // Drafts are completed as they are written, a chunk at a time; the model takes findings
    // from the iterator as it writes, so counting them taken follows the writing.
    let total = new.len();
    progress.report(WRITING, 0, total);
    finding::create_many(
        connection,
        scope,
        audit_id,
        &format!("imported from {file_name}"),
        new.into_iter().enumerate().map(|(n, p)| {
            if n % PROGRESS_EVERY == 0 {
                progress.report(WRITING, n, total);
            }
            NewFinding {
                draft: p
                    .draft
                    .map(|draft| crate::import::complete(draft, &p.fields, catalog)),
                fields: p.fields,
            }
        }),
    )?;
    progress.report(UPDATING, 0, others.len());
    let mut drafts = Drafts {
        written: 0,
        left_alone: Vec::new(),
    };
    for planned in others {
        let id = match &planned.action {
            Action::Update(id) => {
                finding::update(
                    connection,
                    scope,
                    id,
                    planned.fields.clone(),
                    Some("revised report imported"),
                )?;
                id
            }
            Action::Unchanged(id) => id,
            Action::Create => continue,
        };
        let Some(draft) = &planned.draft else {
            continue;
        };
        let draft = crate::import::complete(draft.clone(), &planned.fields, catalog);
        let reason = match lifecycle::import_draft(connection, scope, id, &draft)? {
            DraftOutcome::Created | DraftOutcome::Updated => {
                drafts.written += 1;
                continue;
            }
            DraftOutcome::Unchanged => continue,
            DraftOutcome::KeptEdits => "the plan was edited in Closeout since it was imported",
            DraftOutcome::PastDrafting => "the plan is submitted or accepted",
        };
        drafts.left_alone.push(PlanLeftAlone {
            reference: planned.fields.reference().to_owned(),
            reason,
        });
    }
    Ok(drafts)
}

/// Read an import: file, plugin, options, counts, skipped rows and issues.
#[utoipa::path(get, path = "/api/v1/imports/{import_id}", tag = "intake",
    responses((status = 200, body = ImportRecord), (status = 404, body = Problem)))]
#[get("/imports/{import_id}")]
pub(crate) async fn get(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    caller.require(READERS, "reading imports")?;
    let id = path.into_inner();
    let id = closeout_model::id::ImportId::parse(&id)?;
    let scope = caller.scope().clone();
    let record = state.read(move |c| import::get(c, &scope, &id)).await?;
    Ok(HttpResponse::Ok().json(record))
}

/// An audit's imports, newest first.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/imports", tag = "intake",
    responses((status = 200, body = Vec<ImportRecord>), (status = 404, body = Problem)))]
#[get("/audits/{audit_id}/imports")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    caller.require(READERS, "reading imports")?;
    let audit_id = path.into_inner();
    let audit_id = closeout_model::id::AuditId::parse(&audit_id)?;
    let scope = caller.scope().clone();
    let records = state
        .read(move |c| import::list(c, &scope, &audit_id))
        .await?;
    Ok(HttpResponse::Ok().json(records))
}

/// Download the original file of an import.
#[utoipa::path(get, path = "/api/v1/imports/{import_id}/file", tag = "intake",
    responses((status = 200, description = "the file as uploaded"), (status = 404, body = Problem)))]
#[get("/imports/{import_id}/file")]
pub(crate) async fn file(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    original(&state, &caller, &path).await
}

/// An import's original file, as uploaded, for whoever may read imports: what the API and
/// the import's page both serve.
pub(crate) async fn original(
    state: &AppState,
    caller: &Caller,
    import_id: &str,
) -> Result<HttpResponse, ApiError> {
    caller.require(READERS, "downloading imported files")?;
    let id = closeout_model::id::ImportId::parse(import_id)?;
    let scope = caller.scope().clone();
    let (record, bytes) = state
        .read(move |c| {
            let record = import::get(c, &scope, &id)?;
            let bytes = stored_file::get(c, &scope, &record.sha256)?;
            Ok((record, bytes))
        })
        .await?;
    let content_type = stored_file::sniff(&bytes);
    let name = stored_file::clean_name(&record.file_name, "register");
    Ok(closeout_web::upload::attachment(bytes, content_type, &name))
}
