//! Everything the certification body's reports need about an audit, read a page at a time.

use crate::audit::{self, Audit};
use crate::db::DbConnection;
use crate::deadline::{self, Deadline};
use crate::error::ModelError;
use crate::evidence::{self, Evidence};
use crate::finding::{self, Finding};
use crate::history::{self, Entity, HistoryEntry};
use crate::id::AuditId;
use crate::plan::{self, Plan};
use crate::scope::Scope;

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

/// How many findings a report reads at a time: its memory is bounded by a page, whatever the
/// audit's size.
pub const PAGE: i64 = 1_000;

/// How much of each finding a pass over a report reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The findings alone.
    Findings,
    /// Each finding with its plan, deadlines, evidence and history.
    Everything,
}

/// What a report knows before it reads the findings: the audit, who is who, and the audit's
/// newest finding, where every pass stops (a finding added while a report is written is in
/// none of its passes rather than in some).
#[derive(Debug, Clone)]
pub struct ReportHead {
    /// The audit.
    pub audit: Audit,
    /// User ids to emails, to name who did what.
    pub people: std::collections::BTreeMap<String, String>,
    scope: Scope,
    through: Option<String>,
}

impl ReportHead {
    /// Reads an audit's head; not found when the audit is not the organisation's.
    pub fn read(
        connection: &mut DbConnection,
        scope: &Scope,
        audit_id: &AuditId,
    ) -> Result<ReportHead, ModelError> {
        let audit = audit::get(connection, scope, audit_id)?;
        let through = finding::last_in_audit(connection, scope, audit_id)?;
        let people = crate::user::list(connection, scope)?
            .into_iter()
            .map(|u| (u.id.to_string(), u.email))
            .collect();
        Ok(ReportHead {
            audit,
            people,
            scope: scope.clone(),
            through,
        })
    }

    /// Whether the audit has no findings.
    pub fn is_empty(&self) -> bool {
        self.through.is_none()
    }

    /// Reads the audit's findings in pages of [`PAGE`], in the order they were added, and hands
    /// each page to `each`. Five queries a page with [`Detail::Everything`], one without.
    /// `each`'s own errors (a writer's, say) stop the reading and are returned as they are.
    pub fn each_page<E: From<ModelError>>(
        &self,
        connection: &mut DbConnection,
        detail: Detail,
        mut each: impl FnMut(Vec<ReportItem>) -> Result<(), E>,
    ) -> Result<(), E> {
        let Some(through) = &self.through else {
            return Ok(());
        };
        let scope = &self.scope;
        let mut after: Option<String> = None;
        loop {
            let findings = finding::page_in_audit(
                connection,
                scope,
                &self.audit.id,
                after.as_deref(),
                through,
                PAGE,
            )?;
            let Some(last) = findings.last() else {
                return Ok(());
            };
            after = Some(last.id.to_string());
            let full = findings.len() as i64 == PAGE;
            let ids: Vec<String> = findings.iter().map(|f| f.id.to_string()).collect();
            let (mut plans, mut deadlines, mut evidence, mut history) = match detail {
                Detail::Findings => Default::default(),
                Detail::Everything => (
                    plan::for_findings(connection, scope, &ids)?,
                    deadline::for_findings(connection, scope, &ids)?,
                    evidence::for_findings(connection, scope, &ids)?,
                    history::for_entities(connection, scope, Entity::Finding, &ids)?,
                ),
            };
            let items = findings
                .into_iter()
                .map(|finding| ReportItem {
                    plan: plans.remove(finding.id.as_str()),
                    deadlines: deadlines.remove(finding.id.as_str()).unwrap_or_default(),
                    evidence: evidence.remove(finding.id.as_str()).unwrap_or_default(),
                    history: history.remove(finding.id.as_str()).unwrap_or_default(),
                    finding,
                })
                .collect();
            each(items)?;
            if !full {
                return Ok(());
            }
        }
    }
}
