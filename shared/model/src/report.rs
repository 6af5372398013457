//! Everything the certification body's reports need about an audit, loaded in one place.

use crate::audit::{self, Audit};
use crate::db::DbConnection;
use crate::deadline::{self, Deadline};
use crate::error::ModelError;
use crate::evidence::{self, Evidence};
use crate::finding::{self, Finding};
use crate::history::{self, Entity, HistoryEntry};
use crate::plan::{self, Plan};

/// One finding with its plan, deadlines, evidence and log.
#[derive(Debug, Clone)]
pub struct ReportItem {
    /// The finding.
    pub finding: Finding,
    /// Its corrective action plan.
    pub plan: Option<Plan>,
    /// Its deadlines.
    pub deadlines: Vec<Deadline>,
    /// Its evidence.
    pub evidence: Vec<Evidence>,
    /// Its history, oldest first.
    pub history: Vec<HistoryEntry>,
}

/// An audit and its findings, in the order they were added.
#[derive(Debug, Clone)]
pub struct AuditReport {
    /// The audit.
    pub audit: Audit,
    /// The findings.
    pub items: Vec<ReportItem>,
    /// User ids to emails, to name who did what.
    pub people: std::collections::BTreeMap<String, String>,
}

/// Loads an audit's report data.
pub fn load(
    connection: &mut DbConnection,
    organisation_id: &str,
    audit_id: &str,
) -> Result<AuditReport, ModelError> {
    let audit = audit::get(connection, organisation_id, audit_id)?;
    let mut findings: Vec<Finding> = finding::all_in_audit(connection, organisation_id, audit_id)?
        .into_values()
        .collect();
    findings.sort_by(|a, b| a.id.cmp(&b.id));
    let mut plans = plan::for_audit(connection, organisation_id, audit_id)?;
    let mut items = Vec::with_capacity(findings.len());
    for finding in findings {
        items.push(ReportItem {
            plan: plans.remove(&finding.id),
            deadlines: deadline::for_finding(connection, organisation_id, &finding.id)?,
            evidence: evidence::list(connection, organisation_id, &finding.id)?,
            history: history::list(connection, organisation_id, Entity::Finding, &finding.id)?,
            finding,
        });
    }
    let people = crate::user::list(connection, organisation_id)?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    Ok(AuditReport {
        audit,
        items,
        people,
    })
}
