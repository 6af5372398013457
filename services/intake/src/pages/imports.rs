//! The import wizard: choose the auditor's register, see what Closeout made of it (sheets,
//! header row, each column's field with its confidence and evidence, every issue, the findings
//! as they will be created, updated or left unchanged), correct it in place and preview again,
//! then import; afterwards the import's record, with the original file to download.
//!
//! The uploaded file is kept in the organisation's stored files (by SHA-256) from the first
//! preview, so the corrections and the import do not upload it again, and any replica of the
//! service can serve the next step.

use std::collections::BTreeMap;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use closeout_model::audit::Audit;
use closeout_model::id::new_id;
use closeout_model::user::Role;
use closeout_model::{import, stored_file};
use closeout_plugin_abi::{DateOrder, REGISTER_FIELDS, SheetReport};
use closeout_web::access::visible_audit;
use closeout_web::ui::{Choice, Chrome, PageError, Submitted, Viewer, html, redirect};
use closeout_web::{ApiError, AppState, Caller};
use serde_json::Value;

use crate::routes::imports::{ImportAnswer, Upload, UploadOptions, run};
use crate::routes::run::ImportQuery;

/// Findings listed in a preview (the counts cover them all).
const PREVIEW_LINES: usize = 100;
/// Issues listed in a preview.
const ISSUES_SHOWN: usize = 200;

const IMPORTERS: &[Role] = &[Role::Admin, Role::Manager];

#[derive(Template)]
#[template(path = "import_start.html")]
struct StartPage {
    chrome: Chrome,
    audit: Audit,
    problem: Option<String>,
    /// This page's name for the preview it starts, so it can show its progress.
    ticket: String,
}

closeout_web::screen!(StartPage);

/// `GET /audits/{id}/import`: choose the file.
pub(super) async fn start(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    viewer.caller.require(IMPORTERS, "importing a register")?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    html(
        StatusCode::OK,
        &StartPage {
            chrome: viewer.chrome(format!("Import into {}", audit.name), "audits"),
            audit,
            problem: None,
            ticket: new_id(),
        },
    )
}

/// One column of a sheet, with the field it feeds and the fields it could feed.
struct ColumnLine {
    column: String,
    header: String,
    confidence: String,
    evidence: String,
    fields: Vec<Choice>,
    detected: String,
}

/// One sheet, as read.
struct SheetLine {
    sheet: SheetReport,
    columns: Vec<ColumnLine>,
}

/// One finding of the preview.
struct PreviewLine {
    place: String,
    action: String,
    reference: String,
    grade: String,
    grade_source: String,
    requirements: String,
    owner: String,
    text: String,
}

/// A grade word nothing knows, with the rows using it.
struct UnknownGrade {
    word: String,
    rows: String,
    choices: Vec<Choice>,
}

/// An issue, located.
pub(super) struct IssueLine {
    pub(super) place: String,
    pub(super) severity: &'static str,
    pub(super) message: String,
}

#[derive(Template)]
#[template(path = "import_preview.html")]
struct PreviewPage {
    chrome: Chrome,
    audit: Audit,
    file_name: String,
    sha256: String,
    answer: ImportAnswer,
    sheets: Vec<SheetLine>,
    header_row: String,
    detected_header_row: String,
    date_orders: Vec<Choice>,
    unknown: Vec<UnknownGrade>,
    issues: Vec<IssueLine>,
    more_issues: usize,
    lines: Vec<PreviewLine>,
    skip_invalid_rows: bool,
    invite_owners: bool,
    problem: Option<String>,
    /// This page's name for the preview or import it starts, so it can show its progress.
    ticket: String,
}

closeout_web::screen!(PreviewPage);

/// Where an issue is: `sheet S, row 4, column C`, or `the file`.
pub(super) fn located(sheet: Option<&str>, row: Option<u32>, column: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(sheet) = sheet {
        parts.push(format!("sheet {sheet}"));
    }
    if let Some(row) = row {
        parts.push(format!("row {row}"));
    }
    if let Some(column) = column {
        parts.push(format!("column {column}"));
    }
    if parts.is_empty() {
        "the file".to_owned()
    } else {
        parts.join(", ")
    }
}

fn text(value: &Value, key: &str) -> String {
    match value.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_owned))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn field_choices(current: &str) -> Vec<Choice> {
    let mut pairs: Vec<(String, String)> = vec![(String::new(), "(not imported)".to_owned())];
    pairs.extend(
        REGISTER_FIELDS
            .iter()
            .map(|f| ((*f).to_owned(), f.replace('_', " "))),
    );
    Choice::list(pairs, current)
}

/// What the person chose on the preview page.
#[derive(Debug, Default)]
struct Corrections {
    header_row: String,
    date_order: String,
    grades: BTreeMap<String, String>,
    columns: BTreeMap<String, String>,
    skip_invalid_rows: bool,
    invite_owners: bool,
}

impl Corrections {
    /// Reads the preview form: fixed fields plus `grade.<word>`, `column.<letter>` and the
    /// `detected.*` values the page was drawn with, so only what the person changed becomes
    /// an option (a column letter forced on every sheet would misread the others).
    fn read(pairs: &[(String, String)]) -> Corrections {
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default()
        };
        let mut corrections = Corrections {
            date_order: get("date_order"),
            skip_invalid_rows: get("skip_invalid_rows") == "on",
            invite_owners: get("invite_owners") == "on",
            ..Corrections::default()
        };
        let header_row = get("header_row");
        if header_row != get("detected_header_row") {
            corrections.header_row = header_row;
        }
        for (key, value) in pairs {
            if let Some(word) = key.strip_prefix("grade.")
                && !value.is_empty()
            {
                corrections.grades.insert(word.to_owned(), value.clone());
            }
            if let Some(letter) = key.strip_prefix("column.") {
                let detected = get(&format!("detected.{letter}"));
                if *value != detected && !value.is_empty() {
                    corrections.columns.insert(value.clone(), letter.to_owned());
                }
            }
        }
        corrections
    }

    fn options(&self) -> Result<UploadOptions, ApiError> {
        let header_row = match self.header_row.as_str() {
            "" => None,
            text => Some(
                text.parse::<u32>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| {
                        ApiError::invalid("header_row", "give the header's row number, 1 or more")
                    })?,
            ),
        };
        let date_order = match self.date_order.as_str() {
            "dmy" => Some(DateOrder::Dmy),
            "mdy" => Some(DateOrder::Mdy),
            _ => None,
        };
        Ok(UploadOptions {
            header_row,
            date_order,
            grades: self.grades.clone(),
            columns: self.columns.clone(),
            invite_owners: self.invite_owners,
            ..UploadOptions::default()
        })
    }
}

#[allow(clippy::too_many_arguments)]
fn preview_page(
    viewer: &Viewer,
    audit: Audit,
    file_name: String,
    sha256: String,
    answer: ImportAnswer,
    corrections: &Corrections,
    problem: Option<String>,
) -> PreviewPage {
    let sheets = answer
        .sheets
        .iter()
        .map(|sheet| SheetLine {
            columns: sheet
                .columns
                .iter()
                .chain(sheet.unmapped.iter())
                .map(|c| ColumnLine {
                    column: c.column.clone(),
                    header: c.header.clone(),
                    confidence: if c.field.is_empty() {
                        String::new()
                    } else {
                        format!("{:.0}%", c.confidence * 100.0)
                    },
                    evidence: c.evidence.clone(),
                    fields: field_choices(&c.field),
                    detected: c.field.clone(),
                })
                .collect(),
            sheet: sheet.clone(),
        })
        .collect();
    let detected_header_row = answer
        .sheets
        .iter()
        .find(|s| s.imported)
        .and_then(|s| s.header_row)
        .map(|r| r.to_string())
        .unwrap_or_default();
    let unknown = answer
        .unknown_grades
        .iter()
        .map(|(word, rows)| UnknownGrade {
            word: word.clone(),
            rows: rows
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            choices: Choice::list(
                [
                    ("", "(choose)"),
                    ("major", "Major nonconformity"),
                    ("minor", "Minor nonconformity"),
                    ("ofi", "Opportunity for improvement"),
                    ("observation", "Observation"),
                    ("skip", "Not a finding: skip these rows"),
                ],
                corrections.grades.get(word).map_or("", String::as_str),
            ),
        })
        .collect();
    let issues: Vec<IssueLine> = answer
        .issues
        .iter()
        .take(ISSUES_SHOWN)
        .map(|i| IssueLine {
            place: located(i.sheet.as_deref(), i.row, i.column.as_deref()),
            severity: match i.severity {
                closeout_plugin_abi::Severity::Error => "error",
                _ => "warning",
            },
            message: i.message.clone(),
        })
        .collect();
    let lines = answer
        .findings
        .iter()
        .flatten()
        .map(|f| PreviewLine {
            place: located(
                f.get("sheet").and_then(Value::as_str),
                f.get("row").and_then(Value::as_u64).map(|r| r as u32),
                None,
            ),
            action: text(f, "action"),
            reference: text(f, "reference"),
            grade: text(f, "grade"),
            grade_source: text(f, "grade_source"),
            requirements: text(f, "requirements"),
            owner: {
                let owner = text(f, "owner");
                if owner.is_empty() {
                    text(f, "pending_owners")
                } else {
                    owner
                }
            },
            text: {
                let title = text(f, "title");
                if title.is_empty() {
                    text(f, "statement").chars().take(160).collect()
                } else {
                    title
                }
            },
        })
        .collect();
    PreviewPage {
        chrome: viewer.chrome(format!("Import into {}", audit.name), "audits"),
        audit,
        file_name,
        sha256,
        more_issues: answer.issues.len().saturating_sub(ISSUES_SHOWN),
        header_row: if corrections.header_row.is_empty() {
            detected_header_row.clone()
        } else {
            corrections.header_row.clone()
        },
        detected_header_row,
        date_orders: Choice::list(
            [
                ("", "As the file's language implies"),
                ("dmy", "Day first (31/12/2026)"),
                ("mdy", "Month first (12/31/2026)"),
            ],
            &corrections.date_order,
        ),
        sheets,
        unknown,
        issues,
        lines,
        skip_invalid_rows: corrections.skip_invalid_rows,
        invite_owners: corrections.invite_owners,
        answer,
        problem,
        ticket: new_id(),
    }
}

async fn preview(
    state: &AppState,
    caller: &Caller,
    audit: &Audit,
    upload: Upload,
    ticket: Option<String>,
) -> Result<ImportAnswer, ApiError> {
    let query = ImportQuery {
        dry_run: true,
        preview_limit: Some(PREVIEW_LINES),
        ..ImportQuery::default()
    };
    Ok(run(state, caller, audit, upload, &query, ticket).await?.1)
}

/// A page's ticket, when it is one (an id, so a client cannot fill the registry with text).
fn ticket(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| closeout_model::id::is_id(t))
        .map(str::to_owned)
}

/// `POST /audits/{id}/import` (multipart: `csrf`, `file`): keeps the file and previews it.
pub(super) async fn upload(
    request: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
    multipart: Multipart,
) -> Result<HttpResponse, PageError> {
    // The token is one of the parts, so the body is read (within the upload limit) first.
    let received = closeout_web::upload::read(
        multipart,
        state.config.max_upload_bytes,
        &["csrf", "ticket"],
    )
    .await?;
    viewer.verify(&request, received.fields.get("csrf").map(String::as_str))?;
    viewer.caller.require(IMPORTERS, "importing a register")?;
    let watched = ticket(received.fields.get("ticket").map(String::as_str));
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let scope = viewer.caller.scope().clone();
    let bytes = received.bytes;
    let kept = bytes.clone();
    let sha256 = state
        .write(move |c| stored_file::put(c, &scope, &kept))
        .await?;
    let upload = Upload {
        file_name: received.file_name.clone(),
        bytes,
        options: UploadOptions::default(),
    };
    let corrections = Corrections::default();
    match preview(&state, &viewer.caller, &audit, upload, watched).await {
        Ok(answer) => html(
            StatusCode::OK,
            &preview_page(
                &viewer,
                audit,
                received.file_name,
                sha256,
                answer,
                &corrections,
                None,
            ),
        ),
        Err(error @ (ApiError::UnsupportedMediaType(_) | ApiError::UnprocessableFile(_))) => {
            let status = actix_web::ResponseError::status_code(&error);
            html(
                status,
                &StartPage {
                    chrome: viewer.chrome(format!("Import into {}", audit.name), "audits"),
                    audit,
                    problem: Some(error.to_string()),
                    ticket: new_id(),
                },
            )
        }
        Err(error) => Err(error.into()),
    }
}

/// `POST /audits/{id}/import/review`: previews again with the corrections, or imports.
pub(super) async fn review(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(IMPORTERS, "importing a register")?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let get = |key: &str| {
        form.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (sha256, file_name, step) = (get("sha256"), get("file_name"), get("step"));
    let watched = ticket(Some(&get("ticket")));
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::invalid("sha256", "choose the file again").into());
    }
    let corrections = Corrections::read(&form);
    let options = corrections.options()?;
    let scope = viewer.caller.scope().clone();
    let digest = sha256.clone();
    let bytes = state
        .read(move |c| stored_file::get(c, &scope, &digest))
        .await?;
    let upload = Upload {
        file_name: file_name.clone(),
        bytes,
        options,
    };
    if step == "import" {
        let query = ImportQuery {
            skip_invalid_rows: corrections.skip_invalid_rows,
            ..ImportQuery::default()
        };
        let (_, answer) = run(&state, &viewer.caller, &audit, upload, &query, watched).await?;
        if let Some(id) = &answer.id {
            return Ok(redirect(&format!("/imports/{id}")));
        }
        // Rejected: rows with errors and no permission to skip them. Show why, in place.
        let problem = format!(
            "Nothing was imported: {} row(s) have errors. Correct them below, or tick “Skip the rows with errors”.",
            answer.skipped_rows.len()
        );
        return html(
            StatusCode::UNPROCESSABLE_ENTITY,
            &preview_page(
                &viewer,
                audit,
                file_name,
                sha256,
                answer,
                &corrections,
                Some(problem),
            ),
        );
    }
    let answer = preview(&state, &viewer.caller, &audit, upload, watched).await?;
    html(
        StatusCode::OK,
        &preview_page(
            &viewer,
            audit,
            file_name,
            sha256,
            answer,
            &corrections,
            None,
        ),
    )
}

#[derive(Template)]
#[template(path = "import_record.html")]
struct RecordPage {
    chrome: Chrome,
    /// When it happened, in the viewer's time zone.
    when: String,
    record: import::ImportRecord,
    audit: Audit,
    issues: Vec<IssueLine>,
    skipped: Vec<IssueLine>,
}

closeout_web::screen!(RecordPage);

/// `GET /imports/{id}`: what an import did.
pub(super) async fn record(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    viewer.caller.require(
        &[Role::Admin, Role::Manager, Role::Auditor],
        "reading imports",
    )?;
    let id = path.into_inner();
    let id = closeout_model::id::ImportId::parse(&id)?;
    let scope = viewer.caller.scope().clone();
    let record = state.read(move |c| import::get(c, &scope, &id)).await?;
    let audit = visible_audit(&state, &viewer.caller, &record.audit_id).await?;
    let issues = serde_json::from_value::<Vec<closeout_plugin_abi::Issue>>(record.issues.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|i| IssueLine {
            place: located(i.sheet.as_deref(), i.row, i.column.as_deref()),
            severity: match i.severity {
                closeout_plugin_abi::Severity::Error => "error",
                _ => "warning",
            },
            message: i.message,
        })
        .collect();
    let skipped = record
        .skipped_rows
        .as_array()
        .into_iter()
        .flatten()
        .map(|row| IssueLine {
            place: located(
                row.get("sheet").and_then(Value::as_str),
                row.get("row").and_then(Value::as_u64).map(|r| r as u32),
                None,
            ),
            severity: "error",
            message: text(row, "reasons"),
        })
        .collect();
    html(
        StatusCode::OK,
        &RecordPage {
            chrome: viewer.chrome(format!("Import of {}", record.file_name), "audits"),
            when: viewer.local_time(record.created_at),
            record,
            audit,
            issues,
            skipped,
        },
    )
}

/// `GET /imports/{id}/file`: the original file, as uploaded.
pub(super) async fn file(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    Ok(crate::routes::imports::original(&state, &viewer.caller, &path).await?)
}

#[derive(Template)]
#[template(path = "import_progress.html")]
struct ProgressPanel {
    ticket: String,
    progress: Option<closeout_web::state::Progress>,
}

/// `GET /imports/progress/{ticket}`: how far the preview or import a wizard page started has
/// got, as a panel that asks again every second until it has finished. Another replica's
/// import is not known here: the panel then says only that the work goes on.
pub(super) async fn progress(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    viewer.caller.require(IMPORTERS, "importing a register")?;
    let ticket = path.into_inner();
    let progress = state
        .imports
        .progress(&ticket, viewer.caller.scope().organisation_id());
    closeout_web::ui::fragment(StatusCode::OK, &ProgressPanel { ticket, progress })
}
