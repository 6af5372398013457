//! The import wizard for the organisation's other files: a crosswalk or framework library (the
//! mappings between ISO/IEC 27001 and other frameworks) and a Statement of Applicability.
//! Like the register's wizard: choose the file, see what its plugin read (and every issue, by
//! sheet, row and column) with nothing written, then import it all or nothing. The file is
//! kept in the organisation's stored files from the preview, so the import step does not
//! upload it again and any replica can take it.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use closeout_model::soa::Statement;
use closeout_model::stored_file;
use closeout_model::user::Role;
use closeout_plugin_abi::{ImportKind, Issue, Severity};
use closeout_web::ui::{Chrome, PageError, Submitted, Viewer, html};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

use super::imports::{IssueLine, located};
use crate::routes::run::{ReadOptions, read_file};
use crate::routes::{crosswalks, soa};

const IMPORTERS: &[Role] = &[Role::Admin, Role::Manager];

/// Issues listed on a page (the count covers them all).
const ISSUES_SHOWN: usize = 200;

/// Rows of a preview listed on a page.
const ROWS_SHOWN: usize = 100;

/// Which file the wizard imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileKind {
    /// A crosswalk or framework library.
    Crosswalk,
    /// A Statement of Applicability.
    Soa,
}

impl FileKind {
    /// Where its wizard lives.
    fn path(self) -> &'static str {
        match self {
            FileKind::Crosswalk => "/frameworks/import",
            FileKind::Soa => "/soa/import",
        }
    }

    fn title(self) -> &'static str {
        match self {
            FileKind::Crosswalk => "Import a crosswalk or framework",
            FileKind::Soa => "Import a Statement of Applicability",
        }
    }

    /// The file input's label.
    fn label(self) -> &'static str {
        match self {
            FileKind::Crosswalk => "Crosswalk or framework file",
            FileKind::Soa => "Statement of Applicability",
        }
    }

    fn explanation(self) -> &'static str {
        match self {
            FileKind::Crosswalk => {
                "A CISO Assistant mapping or framework library (YAML), NIST's CSF 2.0 export or \
                 SP 800-53 mapping workbook. Every reference is checked against its framework; \
                 the mappings are stored with where they came from."
            }
            FileKind::Soa => {
                "A spreadsheet with a line per Annex A control: whether it applies, why, and how \
                 far it is implemented. Controls the file does not mention keep their statement; \
                 each change goes into the control's history."
            }
        }
    }

    /// Where to go once imported.
    fn back(self) -> (&'static str, &'static str) {
        match self {
            FileKind::Crosswalk => ("/crosswalks", "Crosswalks"),
            FileKind::Soa => ("/soa", "Statement of Applicability"),
        }
    }

    fn section(self) -> &'static str {
        match self {
            FileKind::Crosswalk => "crosswalks",
            FileKind::Soa => "soa",
        }
    }

    fn plugin_kind(self) -> ImportKind {
        match self {
            FileKind::Crosswalk => ImportKind::Crosswalk,
            FileKind::Soa => ImportKind::StatementOfApplicability,
        }
    }
}

#[derive(Template)]
#[template(path = "file_import_start.html")]
struct StartPage {
    chrome: Chrome,
    kind: FileKind,
    problem: Option<String>,
}

closeout_web::screen!(StartPage);

/// What a plugin read, as the page shows it, whichever the kind.
#[derive(Template)]
#[template(path = "file_import_preview.html")]
struct PreviewPage {
    chrome: Chrome,
    kind: FileKind,
    file_name: String,
    sha256: String,
    /// What the file holds, label and value.
    facts: Vec<(&'static str, String)>,
    warnings: Vec<String>,
    issues: Vec<IssueLine>,
    more_issues: usize,
    has_errors: bool,
    /// The SoA's controls as they would be stated (empty for a crosswalk).
    rows: Vec<[String; 4]>,
    more_rows: usize,
    /// Set once imported: what happened.
    done: Option<String>,
    problem: Option<String>,
    skip_invalid_rows: bool,
}

closeout_web::screen!(PreviewPage);

impl PreviewPage {
    fn new(viewer: &Viewer, kind: FileKind, file_name: String, sha256: String) -> PreviewPage {
        PreviewPage {
            chrome: viewer.chrome(kind.title(), kind.section()),
            kind,
            file_name,
            sha256,
            facts: Vec::new(),
            warnings: Vec::new(),
            issues: Vec::new(),
            more_issues: 0,
            has_errors: false,
            rows: Vec::new(),
            more_rows: 0,
            done: None,
            problem: None,
            skip_invalid_rows: false,
        }
    }

    fn with_issues(mut self, issues: &[Issue], warnings: Vec<String>) -> PreviewPage {
        self.has_errors = issues.iter().any(|i| i.severity == Severity::Error);
        self.more_issues = issues.len().saturating_sub(ISSUES_SHOWN);
        self.issues = issues
            .iter()
            .take(ISSUES_SHOWN)
            .map(|i| IssueLine {
                place: located(i.sheet.as_deref(), i.row, i.column.as_deref()),
                severity: match i.severity {
                    Severity::Error => "error",
                    _ => "warning",
                },
                message: i.message.clone(),
            })
            .collect();
        self.warnings = warnings;
        self
    }

    fn crosswalk(mut self, answer: crosswalks::CrosswalkAnswer) -> PreviewPage {
        let done = answer.status != "preview";
        self.facts = vec![
            (
                "Read by",
                format!("{} {}", answer.plugin, answer.plugin_version),
            ),
            ("Frameworks", answer.frameworks.join(", ")),
            ("Mapping sets", answer.sets.join("; ")),
            (
                if done {
                    "Mappings stored"
                } else {
                    "Mappings read"
                },
                answer.mappings_created.to_string(),
            ),
        ];
        if done {
            self.facts.push((
                "Requirements added",
                answer.requirements_created.to_string(),
            ));
        }
        self.done = match answer.status {
            "imported" => Some(format!(
                "Imported: {} mappings stored, {} requirements added.",
                answer.mappings_created, answer.requirements_created
            )),
            "unchanged" => Some("Already imported: nothing changed.".to_owned()),
            _ => None,
        };
        self.with_issues(&answer.issues, answer.warnings)
    }

    fn soa(mut self, answer: soa::SoaAnswer) -> PreviewPage {
        self.facts = vec![
            ("Read by", answer.plugin.clone()),
            ("Controls stated", answer.controls_read.to_string()),
            (
                "Controls not mentioned (they keep their statement)",
                if answer.controls_missing.is_empty() {
                    "none".to_owned()
                } else {
                    answer.controls_missing.join(", ")
                },
            ),
        ];
        let rows = answer.rows.unwrap_or_default();
        self.more_rows = rows.len().saturating_sub(ROWS_SHOWN);
        self.rows = rows
            .into_iter()
            .take(ROWS_SHOWN)
            .map(|(control, statement)| statement_line(control, statement))
            .collect();
        self.done = match answer.status {
            "imported" => Some(format!(
                "Imported: {} of {} controls changed.",
                answer.controls_changed, answer.controls_read
            )),
            "unchanged" => Some("Already as the file states: nothing changed.".to_owned()),
            _ => None,
        };
        self.with_issues(&answer.issues, answer.warnings)
    }
}

fn statement_line(control: String, statement: Statement) -> [String; 4] {
    let applies = match (statement.applicable, statement.partial) {
        (Some(true), true) => "in part",
        (Some(true), false) => "yes",
        (Some(false), _) => "excluded",
        (None, _) => "not stated",
    };
    [
        control,
        applies.to_owned(),
        statement
            .status
            .map(|s| s.as_str().replace('_', " "))
            .unwrap_or_default(),
        statement.justification.unwrap_or_default(),
    ]
}

/// Reads the kept file with its plugin and checks or imports it.
async fn run(
    state: &AppState,
    viewer: &Viewer,
    kind: FileKind,
    file_name: String,
    sha256: String,
    bytes: Vec<u8>,
    import: Option<bool>,
) -> Result<(StatusCode, PreviewPage), ApiError> {
    let caller = &viewer.caller;
    let running = state.import_slot(caller.scope().organisation_id())?;
    let read = read_file(
        state,
        running,
        file_name.clone(),
        bytes,
        ReadOptions::default(),
        kind.plugin_kind(),
    )
    .await?;
    let page = PreviewPage::new(viewer, kind, file_name, sha256);
    let (dry_run, skip) = match import {
        None => (true, false),
        Some(skip) => (false, skip),
    };
    Ok(match kind {
        FileKind::Crosswalk => {
            let (code, answer) = crosswalks::import(state, caller, read, dry_run, skip).await?;
            (code, page.crosswalk(answer))
        }
        FileKind::Soa => {
            let (code, answer) = soa::import(state, caller, read, dry_run, skip).await?;
            (code, page.soa(answer))
        }
    })
}

/// `GET /frameworks/import`, `GET /soa/import`: choose the file.
pub(super) async fn start(viewer: Viewer, kind: FileKind) -> Result<HttpResponse, PageError> {
    viewer.caller.require(IMPORTERS, kind.title())?;
    html(
        StatusCode::OK,
        &StartPage {
            chrome: viewer.chrome(kind.title(), kind.section()),
            kind,
            problem: None,
        },
    )
}

/// `POST /frameworks/import`, `POST /soa/import` (multipart: `csrf`, `file`): keeps the file
/// and previews it.
pub(super) async fn upload(
    request: HttpRequest,
    state: web::Data<AppState>,
    viewer: Viewer,
    multipart: Multipart,
    kind: FileKind,
) -> Result<HttpResponse, PageError> {
    // The token is one of the parts, so the body is read (within the upload limit) first.
    let received =
        closeout_web::upload::read(multipart, state.config.max_upload_bytes, &["csrf"]).await?;
    viewer.verify(&request, received.fields.get("csrf").map(String::as_str))?;
    viewer.caller.require(IMPORTERS, kind.title())?;
    let scope = viewer.caller.scope().clone();
    let kept = received.bytes.clone();
    let sha256 = state
        .write(move |c| stored_file::put(c, &scope, &kept))
        .await?;
    match run(
        &state,
        &viewer,
        kind,
        received.file_name,
        sha256,
        received.bytes,
        None,
    )
    .await
    {
        Ok((_, page)) => html(StatusCode::OK, &page),
        Err(
            error @ (ApiError::UnsupportedMediaType(_)
            | ApiError::UnprocessableFile(_)
            | ApiError::PayloadTooLarge(_)),
        ) => {
            let status = actix_web::ResponseError::status_code(&error);
            html(
                status,
                &StartPage {
                    chrome: viewer.chrome(kind.title(), kind.section()),
                    kind,
                    problem: Some(error.to_string()),
                },
            )
        }
        Err(error) => Err(error.into()),
    }
}

/// The preview's form.
#[derive(Debug, Default, Deserialize)]
pub(super) struct ImportForm {
    #[serde(default)]
    sha256: String,
    #[serde(default)]
    file_name: String,
    #[serde(default)]
    skip_invalid_rows: Option<String>,
}

/// `POST /frameworks/import/commit`, `POST /soa/import/commit`: imports the previewed file, or
/// shows why not in place.
pub(super) async fn commit(
    state: web::Data<AppState>,
    submitted: Submitted<ImportForm>,
    kind: FileKind,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer.caller.require(IMPORTERS, kind.title())?;
    let sha256 = form.sha256.trim().to_owned();
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::invalid("sha256", "choose the file again").into());
    }
    let scope = viewer.caller.scope().clone();
    let digest = sha256.clone();
    let bytes = state
        .read(move |c| stored_file::get(c, &scope, &digest))
        .await?;
    let skip = form.skip_invalid_rows.is_some();
    let (code, mut page) = run(
        &state,
        &viewer,
        kind,
        form.file_name,
        sha256,
        bytes,
        Some(skip),
    )
    .await?;
    page.skip_invalid_rows = skip;
    if page.done.is_none() {
        page.problem = Some(
            "Nothing was imported: some rows have errors. Correct the file and choose it again, \
             or tick “Skip the rows with errors”."
                .to_owned(),
        );
    }
    html(code, &page)
}
