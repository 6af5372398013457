//! `/findings/{id}/evidence` and `/evidence/{id}/file`: evidence of correction.

use actix_multipart::Multipart;
use actix_web::{HttpResponse, get, post, web};
use closeout_model::evidence::{self, Content, Evidence};
use closeout_model::id::TaskId;
use closeout_model::stored_file;
use closeout_web::access::{require_worker, visible_finding};
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// A link or a note.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub(crate) enum NewEvidence {
    /// Where the evidence lives.
    Link {
        /// An http:// or https:// address.
        url: String,
        /// A title.
        #[serde(default)]
        title: String,
        /// The task it belongs to, if any.
        task_id: Option<String>,
    },
    /// A written note.
    Note {
        /// The note.
        text: String,
        /// A title.
        #[serde(default)]
        title: String,
        /// The task it belongs to, if any.
        task_id: Option<String>,
    },
}

/// Upload a file as evidence (multipart: `file`, optional `title`). Its type is told from its
/// bytes; it is stored once by SHA-256, whatever it is called.
#[utoipa::path(post, path = "/api/v1/findings/{finding_id}/evidence/files", tag = "remediation",
    request_body(content_type = "multipart/form-data", description = "`file` and optionally `title`"),
    responses((status = 201, body = Evidence), (status = 403, body = Problem), (status = 413, body = Problem), (status = 422, body = Problem)))]
#[post("/findings/{finding_id}/evidence/files")]
pub(crate) async fn upload(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    multipart: Multipart,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    require_worker(&caller, "adding evidence")?;
    let upload = closeout_web::upload::read(
        multipart,
        state.config.max_upload_bytes,
        &["title", "task_id"],
    )
    .await?;
    let scope = caller.scope().clone();
    let title = upload.fields.get("title").cloned().unwrap_or_default();
    let task_id = upload
        .fields
        .get("task_id")
        .filter(|t| !t.trim().is_empty())
        .map(|t| TaskId::parse(t))
        .transpose()?;
    let added = state
        .write_in(caller.scope(), move |c| {
            let content = Content::File {
                bytes: upload.bytes,
                file_name: upload.file_name,
            };
            evidence::add(c, &scope, &finding.id, task_id.as_ref(), &title, content)
        })
        .await?;
    Ok(HttpResponse::Created().json(added))
}

/// Add a link or a note as evidence.
#[utoipa::path(post, path = "/api/v1/findings/{finding_id}/evidence", tag = "remediation", request_body = NewEvidence,
    responses((status = 201, body = Evidence), (status = 403, body = Problem), (status = 422, body = Problem)))]
#[post("/findings/{finding_id}/evidence")]
pub(crate) async fn add(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    body: web::Json<NewEvidence>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    require_worker(&caller, "adding evidence")?;
    let scope = caller.scope().clone();
    let (title, task_id, content) = match body.into_inner() {
        NewEvidence::Link {
            url,
            title,
            task_id,
        } => (title, task_id, Content::Link(url)),
        NewEvidence::Note {
            text,
            title,
            task_id,
        } => (title, task_id, Content::Note(text)),
    };
    let task_id = task_id
        .filter(|t| !t.trim().is_empty())
        .map(|t| TaskId::parse(&t))
        .transpose()?;
    let added = state
        .write_in(caller.scope(), move |c| {
            evidence::add(c, &scope, &finding.id, task_id.as_ref(), &title, content)
        })
        .await?;
    Ok(HttpResponse::Created().json(added))
}

/// A finding's evidence, oldest first (nothing is ever removed).
#[utoipa::path(get, path = "/api/v1/findings/{finding_id}/evidence", tag = "remediation",
    responses((status = 200, body = Vec<Evidence>), (status = 404, body = Problem)))]
#[get("/findings/{finding_id}/evidence")]
pub(crate) async fn list(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let finding = visible_finding(&state, &caller, &path).await?;
    let scope = caller.scope().clone();
    Ok(HttpResponse::Ok().json(
        state
            .read(move |c| evidence::list(c, &scope, &finding.id))
            .await?,
    ))
}

/// Download an evidence file, with the type told from its bytes.
#[utoipa::path(get, path = "/api/v1/evidence/{evidence_id}/file", tag = "remediation",
    responses((status = 200, description = "the file"), (status = 404, body = Problem)))]
#[get("/evidence/{evidence_id}/file")]
pub(crate) async fn download(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let id = closeout_model::id::EvidenceId::parse(&id)?;
    let scope = caller.scope().clone();
    let found = {
        let scope = scope.clone();
        state.read(move |c| evidence::get(c, &scope, &id)).await?
    };
    // The finding's visibility decides the evidence's.
    visible_finding(&state, &caller, &found.finding_id).await?;
    let (Some(digest), Some(content_type)) = (found.sha256.clone(), found.content_type.clone())
    else {
        return Err(ApiError::NotFound(format!(
            "evidence {} is a {}, not a file",
            found.id, found.kind
        )));
    };
    let bytes = state
        .read(move |c| stored_file::get(c, &scope, &digest))
        .await?;
    let name = found.file_name.unwrap_or_else(|| "evidence".into());
    Ok(closeout_web::upload::attachment(
        bytes,
        &content_type,
        &name,
    ))
}
