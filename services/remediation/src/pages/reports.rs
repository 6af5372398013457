//! The reports for the certification body, downloaded from an audit's page.

use actix_web::{HttpResponse, web};
use closeout_web::AppState;
use closeout_web::ui::{PageError, Viewer};

use crate::routes::reports::{Report, download};

/// `GET /audits/{id}/reports/{file}`: the CAP workbook, the evidence workbook or the POA&M.
pub(super) async fn file(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (audit_id, file) = path.into_inner();
    let which = Report::from_file(&file)
        .ok_or_else(|| closeout_web::ApiError::NotFound(format!("no report called {file}")))?;
    Ok(download(&state, &viewer.caller, &audit_id, which).await?)
}
