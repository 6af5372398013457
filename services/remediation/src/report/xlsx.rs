//! The two workbooks an auditor reads. Every cell from a person or a spreadsheet is written as
//! a string, never as a formula, so `=HYPERLINK(...)` in a statement stays text.

use closeout_model::DbConnection;
use closeout_model::audit::Audit;
use closeout_model::deadline::DeadlineKind;
use closeout_model::report::{Detail, ReportHead, ReportItem};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::{ExportError, due};

fn header(
    sheet: &mut Worksheet,
    title: &str,
    audit: &Audit,
    columns: &[(&str, f64)],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let head = Format::new()
        .set_bold()
        .set_background_color("#D9E1F2")
        .set_text_wrap();
    sheet.write_string_with_format(0, 0, title, &bold)?;
    let subtitle = format!(
        "{} ({}), {}; report date {}",
        audit.name,
        audit.kind,
        audit
            .certification_body
            .as_deref()
            .unwrap_or("no certification body"),
        audit
            .report_date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "not set".into())
    );
    sheet.write_string(1, 0, &subtitle)?;
    for (column, (name, width)) in columns.iter().enumerate() {
        sheet.write_string_with_format(3, column as u16, *name, &head)?;
        sheet.set_column_width(column as u16, *width)?;
    }
    sheet.set_freeze_panes(4, 1)?;
    Ok(())
}

/// A workbook of one sheet, a row per finding, written as the audit's findings are read a
/// page at a time: the sheet keeps one row in memory (the rest goes to a temporary file), so
/// the memory does not grow with the audit; only the finished, compressed file is held.
fn workbook(
    connection: &mut DbConnection,
    head: &ReportHead,
    title: &str,
    columns: &[(&str, f64)],
    cells: impl Fn(&ReportHead, &ReportItem) -> Vec<String>,
) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name(title)?;
    header(sheet, title, &head.audit, columns)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut row = 4u32;
    head.each_page(connection, Detail::Everything, |page| {
        for item in &page {
            for (column, text) in cells(head, item).iter().enumerate() {
                sheet.write_string_with_format(row, column as u16, text, &wrap)?;
            }
            row += 1;
        }
        Ok::<(), ExportError>(())
    })?;
    Ok(workbook.save_to_buffer()?)
}

/// The Corrective Action Plan: one row per finding, the plan's parts in columns.
pub fn corrective_action_plan(
    connection: &mut DbConnection,
    head: &ReportHead,
) -> Result<Vec<u8>, ExportError> {
    let columns = [
        ("Ref", 10.0),
        ("Grade", 10.0),
        ("Requirements", 16.0),
        ("Requirement", 40.0),
        ("Evidence", 40.0),
        ("Nonconformity", 40.0),
        ("Correction", 36.0),
        ("Root cause (why, why...)", 44.0),
        ("Cause category", 14.0),
        ("Corrective actions (owner, target date)", 48.0),
        ("ISMS documents to amend", 28.0),
        ("Evaluation of effectiveness", 36.0),
        ("Plan due", 12.0),
        ("Evidence due", 12.0),
        ("Status", 16.0),
        ("Owner", 26.0),
    ];
    workbook(
        connection,
        head,
        "Corrective Action Plan",
        &columns,
        |_, item| {
            let finding = &item.finding;
            let plan = item.plan.clone().unwrap_or_default();
            vec![
                finding.reference.clone(),
                finding.grade.to_string(),
                finding.requirements.join(", "),
                if plan.requirement.is_empty() {
                    String::new()
                } else {
                    plan.requirement.clone()
                },
                plan.evidence.clone(),
                if plan.nonconformity.is_empty() {
                    finding.statement.clone()
                } else {
                    plan.nonconformity.clone()
                },
                plan.correction.clone(),
                plan.root_cause_whys
                    .iter()
                    .enumerate()
                    .map(|(n, why)| format!("{}. {why}", n + 1))
                    .collect::<Vec<_>>()
                    .join("\n"),
                plan.cause_category
                    .map(|c| format!("{c:?}").to_lowercase())
                    .unwrap_or_default(),
                plan.corrective_actions
                    .iter()
                    .map(|a| {
                        let owner = a.owner.clone().unwrap_or_else(|| "no owner".into());
                        let date = a
                            .target_date
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "no date".into());
                        format!("{} ({owner}, {date})", a.description)
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                plan.isms_documents.join("\n"),
                plan.effectiveness.clone().unwrap_or_default(),
                due(&item.deadlines, DeadlineKind::Plan),
                due(&item.deadlines, DeadlineKind::Evidence),
                finding.status.as_str().replace('_', " "),
                finding.owner.clone().unwrap_or_default(),
            ]
        },
    )
}

/// The Evidence of Correction: per finding, what was shown, and who verified it when.
pub fn evidence_of_correction(
    connection: &mut DbConnection,
    head: &ReportHead,
) -> Result<Vec<u8>, ExportError> {
    let columns = [
        ("Ref", 10.0),
        ("Grade", 10.0),
        ("Nonconformity", 40.0),
        ("Correction", 36.0),
        ("Evidence", 60.0),
        ("Submitted", 22.0),
        ("Verified by", 26.0),
        ("Verified on", 22.0),
        ("Status", 16.0),
        ("Closure due", 12.0),
    ];
    workbook(
        connection,
        head,
        "Evidence of Correction",
        &columns,
        |head, item| {
            let finding = &item.finding;
            let plan = item.plan.clone().unwrap_or_default();
            let evidence = item
                .evidence
                .iter()
                .map(|e| match e.kind.as_str() {
                    "file" => format!(
                        "{} [file {}, SHA-256 {}]",
                        e.title,
                        e.file_name.clone().unwrap_or_default(),
                        e.sha256.clone().unwrap_or_default()
                    ),
                    "link" => format!("{} [{}]", e.title, e.url.clone().unwrap_or_default()),
                    _ => format!("{}: {}", e.title, e.note.clone().unwrap_or_default()),
                })
                .collect::<Vec<_>>()
                .join("\n");
            let last = |action: &str| item.history.iter().rev().find(|h| h.action == action);
            let submitted = last("submit_evidence")
                .map(|h| h.at.and_utc().to_rfc3339())
                .unwrap_or_default();
            let verified = last("verify");
            vec![
                finding.reference.clone(),
                finding.grade.to_string(),
                if plan.nonconformity.is_empty() {
                    finding.statement.clone()
                } else {
                    plan.nonconformity
                },
                plan.correction,
                evidence,
                submitted,
                verified
                    .and_then(|h| h.actor_id.as_ref())
                    .map(|id| head.people.get(id).cloned().unwrap_or_else(|| id.clone()))
                    .unwrap_or_default(),
                verified
                    .map(|h| h.at.and_utc().to_rfc3339())
                    .unwrap_or_default(),
                finding.status.as_str().replace('_', " "),
                due(&item.deadlines, DeadlineKind::Closure),
            ]
        },
    )
}
