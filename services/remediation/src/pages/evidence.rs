//! Adding evidence from the finding's page (a file, a link or a note) and downloading it.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, web};
use closeout_model::evidence::{self, Content};
use closeout_model::stored_file;
use closeout_web::access::{require_worker, visible_finding};
use closeout_web::ui::{PageError, Viewer, redirect};
use closeout_web::{ApiError, AppState};

/// `POST /findings/{id}/evidence` (multipart: `csrf`, `title`, and one of `file`, `link`,
/// `note`).
pub(super) async fn add(
    request: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
    multipart: Multipart,
) -> Result<HttpResponse, PageError> {
    // The token is one of the parts, so the body is read (within the upload limit) first.
    let (file, fields) = closeout_web::upload::read_parts(
        multipart,
        state.config.max_upload_bytes,
        &["csrf", "title", "link", "note"],
    )
    .await?;
    viewer.verify(&request, fields.get("csrf").map(String::as_str))?;
    let finding = visible_finding(&state, &viewer.caller, &path).await?;
    require_worker(&viewer.caller, "adding evidence")?;
    let text = |name: &str| {
        fields
            .get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let file = file.filter(|(_, bytes)| !bytes.is_empty());
    let content = match (file, text("link"), text("note")) {
        (Some((file_name, bytes)), None, None) => Content::File { bytes, file_name },
        (None, Some(url), None) => Content::Link(url),
        (None, None, Some(note)) => Content::Note(note),
        (None, None, None) => {
            return Err(
                ApiError::invalid("file", "choose a file, or give a link or a note").into(),
            );
        }
        _ => {
            return Err(ApiError::invalid(
                "file",
                "give one piece of evidence at a time: a file, a link or a note",
            )
            .into());
        }
    };
    let title = text("title").unwrap_or_default();
    let scope = viewer.caller.scope().clone();
    let finding_id = finding.id.clone();
    state
        .write(move |c| evidence::add(c, &scope, &finding_id, None, &title, content))
        .await?;
    Ok(redirect(&format!(
        "/findings/{}#evidence-heading",
        finding.id
    )))
}

/// `GET /evidence/{id}/file`: an evidence file, for whoever may see its finding.
pub(super) async fn file(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let id = closeout_model::id::EvidenceId::parse(&id)?;
    let scope = viewer.caller.scope().clone();
    let item = state.read(move |c| evidence::get(c, &scope, &id)).await?;
    visible_finding(&state, &viewer.caller, &item.finding_id).await?;
    let Some(digest) = item.sha256.clone() else {
        return Err(ApiError::NotFound("this evidence is not a file".into()).into());
    };
    let scope = viewer.caller.scope().clone();
    let bytes = state
        .read(move |c| stored_file::get(c, &scope, &digest))
        .await?;
    let content_type = item
        .content_type
        .clone()
        .unwrap_or_else(|| stored_file::sniff(&bytes).to_owned());
    let name = item
        .file_name
        .clone()
        .unwrap_or_else(|| "evidence".to_owned());
    Ok(closeout_web::upload::attachment(
        bytes,
        &content_type,
        &name,
    ))
}
