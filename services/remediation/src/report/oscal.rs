//! The OSCAL Plan of Action and Milestones (POA&M, OSCAL 1.0.6): one poam-item per finding,
//! with the finding as an observation, its follow-up as a risk (status, deadline, the plan as a
//! remediation whose tasks are the corrective actions and deadlines), and the corrective action
//! log as the risk log.
//!
//! OSCAL identifiers must be UUID version 4 or 5; Closeout's are version 7, so each OSCAL uuid is
//! a version-5 UUID derived from Closeout's id: the same document exported twice has the same
//! identifiers.

use chrono::{NaiveDate, NaiveDateTime};
use closeout_model::DbConnection;
use closeout_model::deadline::DeadlineKind;
use closeout_model::finding::FindingStatus;
use closeout_model::report::{Detail, ReportHead, ReportItem};

use super::ExportError;
use serde_json::{Value, json};
use std::io::Write;
use uuid::Uuid;

/// The namespace of Closeout's OSCAL identifiers.
const NAMESPACE: Uuid = Uuid::from_u128(0x6f1c_2a5e_8d3b_4c71_9a0e_5b7d_2c4f_8e19);

/// OSCAL version of the schema the document follows.
pub const OSCAL_VERSION: &str = "1.0.6";

fn uuid(kind: &str, id: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{id}").as_bytes()).to_string()
}

fn at(time: NaiveDateTime) -> String {
    time.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn day(date: NaiveDate) -> String {
    format!("{date}T00:00:00Z")
}

/// OSCAL risk status for a finding's status.
pub fn risk_status(status: FindingStatus) -> &'static str {
    match status {
        FindingStatus::Open | FindingStatus::PlanDrafted => "open",
        FindingStatus::PlanSubmitted => "investigating",
        FindingStatus::PlanAccepted
        | FindingStatus::InProgress
        | FindingStatus::EvidenceSubmitted
        | FindingStatus::Verified => "remediating",
        FindingStatus::Closed => "closed",
    }
}

fn remediation(item: &ReportItem) -> Option<Value> {
    let plan = item.plan.as_ref()?;
    let finding = &item.finding;
    let lifecycle = match finding.status {
        FindingStatus::Verified | FindingStatus::Closed => "completed",
        FindingStatus::Open | FindingStatus::PlanDrafted | FindingStatus::PlanSubmitted => {
            "recommendation"
        }
        _ => "planned",
    };
    let mut tasks: Vec<Value> = plan
        .corrective_actions
        .iter()
        .enumerate()
        .map(|(index, action)| {
            let mut task = json!({
                "uuid": uuid("action", &format!("{}:{index}", finding.id)),
                "type": "action",
                "title": action.description,
            });
            if let Some(date) = action.target_date {
                task["timing"] = json!({"on-date": {"date": day(date)}});
            }
            if let Some(owner) = &action.owner {
                task["remarks"] = json!(format!("Owner: {owner}"));
            }
            task
        })
        .collect();
    for deadline in &item.deadlines {
        tasks.push(json!({
            "uuid": uuid("milestone", &format!("{}:{}", finding.id, deadline.kind.as_str())),
            "type": "milestone",
            "title": format!("{} due", match deadline.kind {
                DeadlineKind::Plan => "Corrective action plan",
                DeadlineKind::Evidence => "Evidence of correction",
                DeadlineKind::Closure => "Closure",
            }),
            "timing": {"on-date": {"date": day(deadline.due_on)}},
        }));
    }
    let mut description = String::new();
    if !plan.correction.is_empty() {
        description.push_str(&format!("Correction: {}\n", plan.correction));
    }
    if !plan.root_cause_whys.is_empty() {
        description.push_str(&format!(
            "Root cause: {}\n",
            plan.root_cause_whys.join(" -> ")
        ));
    }
    if let Some(effectiveness) = &plan.effectiveness {
        description.push_str(&format!("Effectiveness: {effectiveness}\n"));
    }
    if description.is_empty() {
        description.push_str("Corrective action plan in preparation.");
    }
    let mut response = json!({
        "uuid": uuid("remediation", &finding.id),
        "lifecycle": lifecycle,
        "title": format!("Corrective action plan for {}", finding.reference),
        "description": description.trim_end(),
    });
    if !tasks.is_empty() {
        response["tasks"] = json!(tasks);
    }
    Some(response)
}

fn risk_log(item: &ReportItem) -> Option<Value> {
    let entries: Vec<Value> = item
        .history
        .iter()
        .filter(|entry| entry.changes.iter().any(|c| c.field == "status"))
        .map(|entry| {
            let to = entry
                .changes
                .iter()
                .find(|c| c.field == "status")
                .and_then(|c| c.to.as_str())
                .and_then(|s| s.parse::<FindingStatus>().ok())
                .unwrap_or(FindingStatus::Open);
            let mut log = json!({
                "uuid": uuid("log", &entry.id),
                "title": if entry.action == "create" { "finding raised".to_owned() } else { entry.action.replace('_', " ") },
                "start": at(entry.at),
                "status-change": risk_status(to),
            });
            if let Some(reason) = &entry.reason {
                log["remarks"] = json!(reason);
            }
            log
        })
        .collect();
    (!entries.is_empty()).then(|| json!({"entries": entries}))
}

fn observation(item: &ReportItem) -> Value {
    let finding = &item.finding;
    let mut observed = json!({
        "uuid": uuid("observation", &finding.id),
        "title": format!("{} ({})", finding.reference, finding.grade),
        "description": finding.statement,
        "methods": ["EXAMINE"],
        "collected": at(finding.created_at),
    });
    if let Some(evidence) = &finding.objective_evidence {
        observed["remarks"] = json!(format!("Objective evidence: {evidence}"));
    }
    observed
}

fn risk(item: &ReportItem) -> Value {
    let finding = &item.finding;
    let mut entry = json!({
        "uuid": uuid("risk", &finding.id),
        "title": format!("{}: {} nonconformity", finding.reference, finding.grade),
        "description": finding.statement,
        "statement": format!(
            "Requirements: {}. Grade: {}.",
            if finding.requirements.is_empty() { "none cited".to_owned() } else { finding.requirements.join(", ") },
            finding.grade
        ),
        "status": risk_status(finding.status),
    });
    // The risk's deadline is its last milestone, while it is still open.
    let deadline = (finding.status != FindingStatus::Closed)
        .then(|| item.deadlines.iter().map(|d| d.due_on).max())
        .flatten();
    if let Some(deadline) = deadline {
        entry["deadline"] = json!(day(deadline));
    }
    if let Some(remediation) = remediation(item) {
        entry["remediations"] = json!([remediation]);
    }
    if let Some(log) = risk_log(item) {
        entry["risk-log"] = log;
    }
    entry
}

fn poam_item(item: &ReportItem) -> Value {
    let finding = &item.finding;
    let mut poam_item = json!({
        "uuid": uuid("poam-item", &finding.id),
        "title": format!("{}: {}", finding.reference, finding.statement.chars().take(120).collect::<String>()),
        "description": finding.statement,
        "related-observations": [{"observation-uuid": uuid("observation", &finding.id)}],
        "related-risks": [{"risk-uuid": uuid("risk", &finding.id)}],
    });
    if let Some(owner) = &finding.owner {
        poam_item["remarks"] = json!(format!("Owner: {owner}"));
    }
    poam_item
}

/// One array of the document, its items written as the audit's findings are read a page at a
/// time.
fn section(
    connection: &mut DbConnection,
    head: &ReportHead,
    out: &mut dyn Write,
    name: &str,
    detail: Detail,
    render: fn(&ReportItem) -> Value,
) -> Result<(), ExportError> {
    write!(out, ",{}:[", json!(name))?;
    let mut first = true;
    head.each_page(connection, detail, |page| {
        for item in &page {
            if !first {
                out.write_all(b",")?;
            }
            first = false;
            serde_json::to_writer(&mut *out, &render(item)).map_err(std::io::Error::from)?;
        }
        Ok::<(), ExportError>(())
    })?;
    out.write_all(b"]")?;
    Ok(())
}

/// Writes an audit's POA&M document to `out`. The observations, the risks and the poam-items
/// are each written in a pass over the findings a page at a time, so the memory it takes does
/// not grow with the audit. An audit without findings has no POA&M (it needs at least one
/// item): the caller checks [`ReportHead::is_empty`] first.
pub fn write_poam(
    connection: &mut DbConnection,
    head: &ReportHead,
    now: NaiveDateTime,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let audit = &head.audit;
    let mut metadata = json!({
        "title": format!("Plan of Action and Milestones: {}", audit.name),
        "last-modified": at(now),
        "version": at(audit.updated_at),
        "oscal-version": OSCAL_VERSION,
    });
    if let Some(body) = &audit.certification_body {
        metadata["remarks"] = json!(format!(
            "Certification body: {body}. Standard: {}.",
            audit.standard
        ));
    }
    let opening = json!({
        "uuid": uuid("poam", &audit.id),
        "metadata": metadata,
        "system-id": {"identifier-type": "http://ietf.org/rfc/rfc4122", "id": audit.id},
    })
    .to_string();
    // The opening object without its closing brace; the arrays follow it.
    let opening = opening.strip_suffix('}').unwrap_or(&opening);
    write!(out, "{{\"plan-of-action-and-milestones\":{opening}")?;
    section(
        connection,
        head,
        out,
        "observations",
        Detail::Findings,
        observation,
    )?;
    section(connection, head, out, "risks", Detail::Everything, risk)?;
    section(
        connection,
        head,
        out,
        "poam-items",
        Detail::Findings,
        poam_item,
    )?;
    out.write_all(b"}}")?;
    Ok(())
}
