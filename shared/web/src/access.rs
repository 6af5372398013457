//! What a caller may see and work on, shared by every service: everyone but a contributor sees
//! all of the organisation's audits and findings; a contributor sees the findings assigned to
//! them (as owner, or as owner of one of their tasks) and the audits holding findings they own.
//! Anything else answers 404, exactly like something that does not exist.

use closeout_model::audit::{self, Audit};
use closeout_model::finding::{self, Finding};
use closeout_model::user::Role;

use crate::{ApiError, AppState, Caller};
use closeout_model::id::{AuditId, FindingId};

/// The audit, if the caller may see it.
pub async fn visible_audit(
    state: &AppState,
    caller: &Caller,
    audit_id: &str,
) -> Result<Audit, ApiError> {
    let audit_id = AuditId::parse(audit_id)?;
    let scope = caller.scope().clone();
    let contributor = caller.visibility().assigned_to().cloned();
    state
        .read(move |c| {
            let audit = audit::get(c, &scope, &audit_id)?;
            if let Some(user_id) = contributor
                && !finding::owns_any_in_audit(c, &scope, &audit_id, &user_id)?
            {
                return Err(closeout_model::ModelError::not_found("audit", audit_id));
            }
            Ok(audit)
        })
        .await
}

/// The finding, if the caller may see it.
pub async fn visible_finding(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<Finding, ApiError> {
    let id = FindingId::parse(id)?;
    let scope = caller.scope().clone();
    let contributor = caller.visibility().assigned_to().cloned();
    state
        .read(move |c| {
            let found = finding::get(c, &scope, &id)?;
            if let Some(user_id) = contributor
                && !finding::assigned_to(c, &scope, &id, &user_id)?
            {
                return Err(closeout_model::ModelError::not_found("finding", id));
            }
            Ok(found)
        })
        .await
}

/// Refuses work on a finding unless the caller is a manager (or admin) or a contributor the
/// finding reached through `visible_finding` (so assigned to them). Auditors only read.
pub fn require_worker(caller: &Caller, action: &str) -> Result<(), ApiError> {
    match caller.role() {
        Role::Admin | Role::Manager | Role::Contributor => Ok(()),
        Role::Auditor => Err(ApiError::Forbidden(format!(
            "{action} is for the people assigned to the finding or a manager; you are auditor"
        ))),
    }
}
