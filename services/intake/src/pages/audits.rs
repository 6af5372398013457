//! The audits list (with the new-audit form) and an audit's page (its findings table).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::audit::{self, Audit, AuditFields, AuditFilter, AuditInput, AuditKind};
use closeout_model::deadline;
use closeout_model::finding::{
    self, Finding, FindingFilter, FindingSort, FindingStatus, Grade, Tally,
};
use closeout_model::id::{AuditId, FindingId};
use closeout_model::page::PageRequest;
use closeout_model::user::{self, Role};
use closeout_web::access::visible_audit;
use closeout_web::params;
use closeout_web::ui::{
    Choice, Chrome, FieldErrors, PageError, Pager, SortHeader, Submitted, Viewer, html, labels,
    redirect,
};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

const PAGE_SIZE: i64 = 50;

/// An audit as the list shows it.
struct AuditLine {
    audit: Audit,
    kind: &'static str,
    tally: Tally,
}

/// The new-audit form's fields, as typed (kept when it comes back with problems).
#[derive(Debug, Default, Deserialize)]
pub(super) struct AuditForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    certification_body: String,
    #[serde(default)]
    report_date: String,
}

#[derive(Template)]
#[template(path = "audits.html")]
struct AuditsPage {
    chrome: Chrome,
    audits: Vec<AuditLine>,
    pager: Pager,
    may_create: bool,
    kinds: Vec<Choice>,
    form: AuditForm,
    errors: FieldErrors,
}

closeout_web::screen!(AuditsPage);

#[derive(Debug, Deserialize)]
pub(super) struct Offset {
    offset: Option<i64>,
}

fn kinds(current: &str) -> Vec<Choice> {
    Choice::list(
        AuditKind::ALL
            .iter()
            .map(|k| (k.as_str(), labels::audit_kind(*k))),
        current,
    )
}

async fn audits_page(
    state: &AppState,
    viewer: &Viewer,
    offset: i64,
    form: AuditForm,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let caller = &viewer.caller;
    let page = PageRequest::parse(Some(PAGE_SIZE), Some(offset), None).map_err(ApiError::from)?;
    let filter = AuditFilter {
        kind: None,
        with_findings_owned_by: caller.visibility().assigned_to().map(ToString::to_string),
    };
    let scope = caller.scope().clone();
    let (audits, mut tallies) = state
        .read(move |c| {
            let audits = audit::list(c, &scope, &filter, page)?;
            let ids: Vec<AuditId> = audits.items.iter().map(|a| a.id.clone()).collect();
            let tallies = finding::tally(c, &scope, &ids)?;
            Ok((audits, tallies))
        })
        .await?;
    let pager = Pager::new(
        "/audits",
        &[],
        audits.offset,
        audits.limit,
        audits.items.len(),
        audits.total,
    );
    let lines = audits
        .items
        .into_iter()
        .map(|audit| AuditLine {
            kind: labels::audit_kind(audit.kind),
            tally: tallies.remove(audit.id.as_str()).unwrap_or_default(),
            audit,
        })
        .collect();
    html(
        status,
        &AuditsPage {
            chrome: viewer.chrome("Audits", "audits"),
            audits: lines,
            pager,
            may_create: matches!(caller.role(), Role::Admin | Role::Manager),
            kinds: kinds(&form.kind),
            form,
            errors,
        },
    )
}

/// `GET /audits`.
pub(super) async fn list(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<Offset>,
) -> Result<HttpResponse, PageError> {
    let offset = query.offset.unwrap_or(0);
    audits_page(
        &state,
        &viewer,
        offset,
        AuditForm::default(),
        FieldErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /audits`: creates an audit and opens it; problems come back next to their fields.
pub(super) async fn create(
    state: web::Data<AppState>,
    submitted: Submitted<AuditForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(&[Role::Admin, Role::Manager], "creating an audit")?;
    let mut errors = Vec::new();
    let input = AuditInput {
        name: form.name.clone(),
        kind: form.kind.clone(),
        certification_body: Some(form.certification_body.clone()),
        report_date: params::date("report_date", Some(&form.report_date), &mut errors),
        ..AuditInput::default()
    };
    let fields = match params::with_errors(AuditFields::parse(input), errors) {
        Ok(fields) => fields,
        Err(error) => {
            let Some(problems) = FieldErrors::of(&error) else {
                return Err(error.into());
            };
            return audits_page(
                &state,
                &viewer,
                0,
                form,
                problems,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let scope = viewer.caller.scope().clone();
    let created = state
        .write(move |c| audit::create(c, &scope, fields))
        .await?;
    Ok(redirect(&format!("/audits/{}", created.id)))
}

/// The findings table's filters, as they are in the URL.
#[derive(Debug, Default, Deserialize)]
pub(super) struct FindingQuery {
    #[serde(default)]
    grade: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    requirement: String,
    /// `on` for overdue findings only.
    #[serde(default)]
    overdue: String,
    /// The order, as [`FindingSort`] reads it (`due`, `-grade`).
    #[serde(default)]
    sort: String,
    offset: Option<i64>,
}

/// A finding as the table shows it.
struct FindingLine {
    finding: Finding,
    grade: &'static str,
    status: &'static str,
    /// The deadline that matters now: what, when, and whether it has passed.
    due: Option<(&'static str, chrono::NaiveDate, bool)>,
}

/// The table's sortable column headers.
struct SortHeaders {
    reference: SortHeader,
    grade: SortHeader,
    status: SortHeader,
    due: SortHeader,
}

impl SortHeaders {
    /// The sortable columns before the requirements and the finding's text.
    fn leading(&self) -> [&SortHeader; 2] {
        [&self.reference, &self.grade]
    }

    /// The sortable columns after them.
    fn trailing(&self) -> [&SortHeader; 2] {
        [&self.status, &self.due]
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    chrome: Chrome,
    audit: Audit,
    kind: &'static str,
    tally: Tally,
    findings: Vec<FindingLine>,
    pager: Pager,
    headers: SortHeaders,
    query: FindingQuery,
    grades: Vec<Choice>,
    statuses: Vec<Choice>,
    owners: Vec<Choice>,
    problem: Option<String>,
    may_import: bool,
    may_export: bool,
}

closeout_web::screen!(AuditPage);

/// `GET /audits/{id}`: the audit and its findings, filtered and paged by the URL.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
    query: web::Query<FindingQuery>,
) -> Result<HttpResponse, PageError> {
    let caller = &viewer.caller;
    let audit = visible_audit(&state, caller, &path).await?;
    let query = query.into_inner();
    let mut problems = Vec::new();
    let grade = params::parse_optional::<Grade>(
        "grade",
        Some(&query.grade)
            .filter(|g| !g.is_empty())
            .map(String::as_str),
    )
    .unwrap_or_else(|e| {
        problems.push(e.to_string());
        None
    });
    let status = params::parse_optional::<FindingStatus>(
        "status",
        Some(&query.status)
            .filter(|s| !s.is_empty())
            .map(String::as_str),
    )
    .unwrap_or_else(|e| {
        problems.push(e.to_string());
        None
    });
    let requirement = match query.requirement.trim() {
        "" => None,
        text => match state.catalog.normalise("requirement", &[text.to_owned()]) {
            Ok(normalised) if normalised.requirements.len() == 1 => {
                normalised.requirements.into_iter().next()
            }
            _ => {
                problems.push(format!("`{text}` is not one ISO/IEC 27001 requirement"));
                None
            }
        },
    };
    let owner_id = match caller.visibility().assigned_to() {
        Some(me) => Some(me.to_string()),
        None => Some(query.owner.clone()).filter(|o| closeout_model::id::is_id(o)),
    };
    let sort = params::parse_optional::<FindingSort>(
        "sort",
        Some(query.sort.as_str()).filter(|s| !s.is_empty()),
    )
    .unwrap_or_else(|e| {
        problems.push(e.to_string());
        None
    })
    .unwrap_or_default();
    let today = viewer.today();
    let filter = FindingFilter {
        grade,
        status,
        requirement,
        owner_id,
        overdue_on: (!query.overdue.is_empty()).then_some(today),
        ..FindingFilter::default()
    };
    let page = PageRequest::parse(
        Some(PAGE_SIZE),
        Some(query.offset.unwrap_or(0).max(0)),
        None,
    )
    .map_err(ApiError::from)?;
    let scope = caller.scope().clone();
    let audit_id = audit.id.clone();
    let list_owners = caller.role() != Role::Contributor;
    let (findings, due, tally, owners) = state
        .read(move |c| {
            let findings = finding::list(c, &scope, &audit_id, &filter, sort, &page)?;
            let ids: Vec<FindingId> = findings.items.iter().map(|f| f.id.clone()).collect();
            let due = deadline::current_of(c, &scope, &ids)?;
            let tally = finding::tally(c, &scope, std::slice::from_ref(&audit_id))?
                .remove(audit_id.as_str())
                .unwrap_or_default();
            let owners = if list_owners {
                user::list(c, &scope)?
                    .into_iter()
                    .map(|u| (u.id, u.name.unwrap_or(u.email)))
                    .collect()
            } else {
                Vec::new()
            };
            Ok((findings, due, tally, owners))
        })
        .await?;
    let path = format!("/audits/{}", audit.id);
    let filters = [
        ("grade", query.grade.as_str()),
        ("status", query.status.as_str()),
        ("owner", query.owner.as_str()),
        ("requirement", query.requirement.as_str()),
        ("overdue", query.overdue.as_str()),
    ];
    let current = if query.sort.is_empty() {
        String::new()
    } else {
        sort.to_string()
    };
    let header = |label, key| SortHeader::new(label, key, &current, &path, &filters);
    let headers = SortHeaders {
        reference: header("Reference", "reference"),
        grade: header("Grade", "grade"),
        status: header("Status", "status"),
        due: header("Due", "due"),
    };
    let mut paged = filters.to_vec();
    paged.push(("sort", current.as_str()));
    let pager = Pager::new(
        &path,
        &paged,
        findings.offset,
        findings.limit,
        findings.items.len(),
        findings.total,
    );
    let lines = findings
        .items
        .into_iter()
        .map(|finding| FindingLine {
            grade: labels::grade(finding.grade),
            status: labels::status(finding.status),
            due: due.get(finding.id.as_str()).and_then(|current| {
                let (kind, on) = (current.kind?, current.due_on?);
                Some((labels::deadline(kind), on, on < today))
            }),
            finding,
        })
        .collect();
    html(
        StatusCode::OK,
        &AuditPage {
            chrome: viewer.chrome(audit.name.clone(), "audits"),
            kind: labels::audit_kind(audit.kind),
            audit,
            tally,
            findings: lines,
            pager,
            headers,
            grades: Choice::list(
                Grade::ALL.iter().map(|g| (g.as_str(), labels::grade(*g))),
                &query.grade,
            ),
            statuses: Choice::list(
                FindingStatus::ALL
                    .iter()
                    .map(|s| (s.as_str(), labels::status(*s))),
                &query.status,
            ),
            owners: Choice::list(owners, &query.owner),
            problem: (!problems.is_empty()).then(|| problems.join("; ")),
            may_import: matches!(viewer.caller.role(), Role::Admin | Role::Manager),
            may_export: viewer.caller.role() != Role::Contributor,
            query,
        },
    )
}

/// The audit form's fields, as typed.
#[derive(Debug, Default, Deserialize)]
pub(super) struct EditForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    certification_body: String,
    #[serde(default)]
    standard: String,
    #[serde(default)]
    start_date: String,
    #[serde(default)]
    end_date: String,
    #[serde(default)]
    report_date: String,
    #[serde(default)]
    certificate_expiry: String,
    #[serde(default)]
    reason: String,
}

impl EditForm {
    fn of(audit: &Audit) -> EditForm {
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        EditForm {
            name: audit.name.clone(),
            kind: audit.kind.as_str().to_owned(),
            certification_body: audit.certification_body.clone().unwrap_or_default(),
            standard: audit.standard.clone(),
            start_date: day(audit.start_date),
            end_date: day(audit.end_date),
            report_date: day(audit.report_date),
            certificate_expiry: day(audit.certificate_expiry),
            reason: String::new(),
        }
    }
}

/// One date field of the audit form.
struct DateField {
    field: &'static str,
    label: &'static str,
    value: String,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "audit_edit.html")]
struct EditPage {
    chrome: Chrome,
    audit: Audit,
    form: EditForm,
    kinds: Vec<Choice>,
    dates: Vec<DateField>,
    errors: FieldErrors,
}

closeout_web::screen!(EditPage);

fn edit_page(
    viewer: &Viewer,
    audit: Audit,
    form: EditForm,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let dates = [
        ("start_date", "First audit day", &form.start_date),
        ("end_date", "Last audit day", &form.end_date),
        ("report_date", "Report date", &form.report_date),
        (
            "certificate_expiry",
            "Certificate expires",
            &form.certificate_expiry,
        ),
    ]
    .into_iter()
    .map(|(field, label, value)| DateField {
        field,
        label,
        value: value.clone(),
        problem: errors.get(field).map(str::to_owned),
    })
    .collect();
    html(
        status,
        &EditPage {
            chrome: viewer.chrome(format!("Edit {}", audit.name), "audits"),
            kinds: kinds(&form.kind),
            dates,
            audit,
            form,
            errors,
        },
    )
}

/// `GET /audits/{id}/edit`.
pub(super) async fn edit(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    viewer
        .caller
        .require(&[Role::Admin, Role::Manager], "changing an audit")?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let form = EditForm::of(&audit);
    edit_page(&viewer, audit, form, FieldErrors::default(), StatusCode::OK)
}

/// `POST /audits/{id}`: saves the audit (deadlines follow a new report date), back to its page.
pub(super) async fn save(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<EditForm>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(&[Role::Admin, Role::Manager], "changing an audit")?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let mut errors = Vec::new();
    let input = AuditInput {
        name: form.name.clone(),
        kind: form.kind.clone(),
        certification_body: Some(form.certification_body.clone()),
        standard: Some(form.standard.clone()).filter(|s| !s.trim().is_empty()),
        start_date: params::date("start_date", Some(&form.start_date), &mut errors),
        end_date: params::date("end_date", Some(&form.end_date), &mut errors),
        report_date: params::date("report_date", Some(&form.report_date), &mut errors),
        certificate_expiry: params::date(
            "certificate_expiry",
            Some(&form.certificate_expiry),
            &mut errors,
        ),
    };
    let fields = match params::with_errors(AuditFields::parse(input), errors) {
        Ok(fields) => fields,
        Err(error) => {
            let Some(problems) = FieldErrors::of(&error) else {
                return Err(error.into());
            };
            return edit_page(
                &viewer,
                audit,
                form,
                problems,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let scope = viewer.caller.scope().clone();
    let id = audit.id.clone();
    let reason = Some(form.reason.trim().to_owned()).filter(|r| !r.is_empty());
    state
        .write(move |c| audit::update(c, &scope, &id, fields, reason.as_deref()))
        .await?;
    Ok(redirect(&format!("/audits/{}", audit.id)))
}

/// `POST /audits/{id}/assign`: gives the selected findings (`finding`, repeated) to one owner
/// (`owner`, a user id), each change in the history with the same reason; names that were
/// pending on those findings are settled by the assignment.
pub(super) async fn assign(
    state: web::Data<AppState>,
    path: web::Path<String>,
    submitted: Submitted<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let Submitted { viewer, form } = submitted;
    viewer
        .caller
        .require(&[Role::Admin, Role::Manager], "assigning findings")?;
    let audit = visible_audit(&state, &viewer.caller, &path).await?;
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "finding")
        .map(|(_, v)| v.clone())
        .collect();
    let owner_id = form
        .iter()
        .find(|(k, _)| k == "owner")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    if chosen.is_empty() {
        return Err(ApiError::invalid("finding", "select at least one finding").into());
    }
    let Ok(owner_id) = closeout_model::id::UserId::parse(&owner_id) else {
        return Err(ApiError::invalid("owner", "choose who the findings go to").into());
    };
    let scope = viewer.caller.scope().clone();
    let catalog = state.catalog.clone();
    let audit_id = audit.id.clone();
    state
        .write(move |c| {
            let owner = user::get(c, &scope, &owner_id)?;
            let reason = format!(
                "assigned to {} with others from the audit's page",
                owner.email
            );
            for id in &chosen {
                let id = &closeout_model::id::FindingId::parse(id)?;
                let found = finding::get(c, &scope, id)?;
                if found.audit_id != audit_id {
                    return Err(closeout_model::ModelError::not_found("finding", id.clone()));
                }
                let mut input = closeout_model::finding::FindingFields::to_input(&found);
                input.owner = Some(owner.email.clone());
                input.pending_owners = Vec::new();
                let fields = closeout_model::finding::FindingFields::parse(input, &catalog)?;
                finding::update(c, &scope, id, fields, Some(&reason))?;
            }
            Ok(())
        })
        .await?;
    Ok(redirect(&format!("/audits/{}", audit.id)))
}

/// One column of the board: a status, how many findings are in it, the first few.
struct Column {
    status: &'static str,
    label: &'static str,
    total: i64,
    findings: Vec<FindingLine>,
}

#[derive(Template)]
#[template(path = "board.html")]
struct BoardPage {
    chrome: Chrome,
    audit: Audit,
    columns: Vec<Column>,
}

closeout_web::screen!(BoardPage);

/// Cards shown per column of the board (the table lists the rest).
const BOARD_CARDS: i64 = 20;

/// `GET /audits/{id}/board`: the findings by lifecycle status.
pub(super) async fn board(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let caller = &viewer.caller;
    let audit = visible_audit(&state, caller, &path).await?;
    let scope = caller.scope().clone();
    let audit_id = audit.id.clone();
    let owner_id = caller.visibility().assigned_to().map(ToString::to_string);
    let page = PageRequest::parse(Some(BOARD_CARDS), None, None).map_err(ApiError::from)?;
    let columns = state
        .read(move |c| {
            let mut columns = Vec::new();
            for status in FindingStatus::ALL {
                let filter = FindingFilter {
                    status: Some(status),
                    owner_id: owner_id.clone(),
                    ..FindingFilter::default()
                };
                let found =
                    finding::list(c, &scope, &audit_id, &filter, FindingSort::default(), &page)?;
                columns.push(Column {
                    status: status.as_str(),
                    label: labels::status(status),
                    total: found.total,
                    findings: found
                        .items
                        .into_iter()
                        .map(|finding| FindingLine {
                            due: None,
                            grade: labels::grade(finding.grade),
                            status: labels::status(finding.status),
                            finding,
                        })
                        .collect(),
                });
            }
            Ok(columns)
        })
        .await?;
    html(
        StatusCode::OK,
        &BoardPage {
            chrome: viewer.chrome(format!("{}: board", audit.name), "audits"),
            audit,
            columns,
        },
    )
}
