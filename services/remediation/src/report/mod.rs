//! Reports for the certification body, rendered from `closeout_model::report::AuditReport`:
//! the Corrective Action Plan and the Evidence of Correction workbooks, and the OSCAL Plan of
//! Action and Milestones. Pure functions of the loaded data.

pub mod oscal;
pub mod xlsx;

use closeout_model::deadline::{Deadline, DeadlineKind};

/// The date of one kind of deadline, as text.
pub(crate) fn due(deadlines: &[Deadline], kind: DeadlineKind) -> String {
    deadlines
        .iter()
        .find(|d| d.kind == kind)
        .map(|d| d.due_on.to_string())
        .unwrap_or_default()
}
