//! What a caller may see, shared by every service: everyone but a contributor sees all of
//! the organisation's audits and findings; a contributor sees the findings assigned to them and
//! the audits holding them. Anything else answers 404, exactly like something that does not
//! exist.

use closeout_model::audit::{self, Audit};
use closeout_model::finding::{self, Finding};
use closeout_model::user::Role;

use crate::params::check_id;
use crate::{ApiError, AppState, Caller};

/// The audit, if the caller may see it.
pub async fn visible_audit(
    state: &AppState,
    caller: &Caller,
    audit_id: &str,
) -> Result<Audit, ApiError> {
    check_id("audit", audit_id)?;
    let organisation_id = caller.organisation_id().to_owned();
    let audit_id = audit_id.to_owned();
    let contributor = (caller.role() == Role::Contributor).then(|| caller.user_id().to_owned());
    state
        .read(move |c| {
            let audit = audit::get(c, &organisation_id, &audit_id)?;
            if let Some(user_id) = contributor
                && !finding::owns_any_in_audit(c, &organisation_id, &audit_id, &user_id)?
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
    check_id("finding", id)?;
    let organisation_id = caller.organisation_id().to_owned();
    let id = id.to_owned();
    let found = state
        .read({
            let id = id.clone();
            move |c| finding::get(c, &organisation_id, &id)
        })
        .await?;
    if caller.role() == Role::Contributor && found.owner.as_deref() != Some(caller.0.email.as_str())
    {
        return Err(ApiError::NotFound(format!(
            "no finding {id} in your organisation"
        )));
    }
    Ok(found)
}
