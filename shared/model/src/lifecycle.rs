//! The corrective action lifecycle, enforced: open -> plan drafted -> plan submitted -> plan
//! accepted -> in progress -> evidence submitted -> verified -> closed, with the rejection
//! paths and reopening, and who may take each step. Every step is written to the history
//! (the corrective action log) and to the outbox.

use crate::id::FindingId;
use crate::id::UserId;
use crate::scope::Scope;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::db::{DbConnection, backend};
use crate::error::ModelError;
use crate::finding::{self, Finding, FindingStatus, Grade};
use crate::history::{self, Change, Entity};
use crate::outbox::{self, Message};
use crate::user::Role;

/// A step someone takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Send the drafted plan for acceptance.
    SubmitPlan,
    /// Record that the plan was accepted.
    AcceptPlan,
    /// Send the plan back, with a reason.
    RejectPlan,
    /// Start the corrective actions.
    Start,
    /// Declare the evidence of correction complete and ask for verification.
    SubmitEvidence,
    /// Send the evidence back, with a reason.
    RejectEvidence,
    /// Confirm the correction removed the root cause (an auditor, not on their own work).
    Verify,
    /// Close the finding.
    Close,
    /// Reopen a verified or closed finding, with a reason.
    Reopen,
}

impl Action {
    /// Every step, in the order a finding meets them.
    pub const ALL: [Action; 9] = [
        Action::SubmitPlan,
        Action::AcceptPlan,
        Action::RejectPlan,
        Action::Start,
        Action::SubmitEvidence,
        Action::RejectEvidence,
        Action::Verify,
        Action::Close,
        Action::Reopen,
    ];

    /// Whether taking it needs a reason.
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            Action::RejectPlan | Action::RejectEvidence | Action::Reopen
        )
    }

    /// The name used in the history and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::SubmitPlan => "submit_plan",
            Action::AcceptPlan => "accept_plan",
            Action::RejectPlan => "reject_plan",
            Action::Start => "start",
            Action::SubmitEvidence => "submit_evidence",
            Action::RejectEvidence => "reject_evidence",
            Action::Verify => "verify",
            Action::Close => "close",
            Action::Reopen => "reopen",
        }
    }
}

/// Who is acting, as far as the rules care.
#[derive(Debug, Clone, Copy)]
pub struct Who {
    /// Their role.
    pub role: Role,
    /// Whether the finding is assigned to them.
    pub owns: bool,
    /// Whether they submitted the evidence being verified.
    pub submitted_evidence: bool,
}

/// Why a step is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not from this status.
    NotNow(String),
    /// Not by this person.
    NotYou(String),
}

use FindingStatus as S;

/// The status a step leads to, or why it may not be taken. Pure: the whole rulebook.
pub fn next(
    grade: Grade,
    status: FindingStatus,
    action: Action,
    who: Who,
) -> Result<FindingStatus, Refusal> {
    let manager = matches!(who.role, Role::Admin | Role::Manager);
    let worker = manager || (who.role == Role::Contributor && who.owns);
    let not_now = || {
        Refusal::NotNow(format!(
            "a finding that is {} cannot be moved by `{}`",
            status.as_str().replace('_', " "),
            action.as_str()
        ))
    };
    let nonconformity = grade.is_nonconformity();
    let (to, allowed, who_may) = match (action, status) {
        (Action::SubmitPlan, S::PlanDrafted) => (S::PlanSubmitted, manager, "a manager"),
        (Action::AcceptPlan, S::PlanSubmitted) => (S::PlanAccepted, manager, "a manager"),
        (Action::RejectPlan, S::PlanSubmitted) => (
            S::PlanDrafted,
            manager || who.role == Role::Auditor,
            "a manager or an auditor",
        ),
        (Action::Start, S::PlanAccepted) => {
            (S::InProgress, worker, "the finding's owner or a manager")
        }
        (Action::SubmitEvidence, S::InProgress) => (
            S::EvidenceSubmitted,
            worker,
            "the finding's owner or a manager",
        ),
        (Action::RejectEvidence, S::EvidenceSubmitted) => (
            S::InProgress,
            manager || who.role == Role::Auditor,
            "a manager or an auditor",
        ),
        (Action::Verify, S::EvidenceSubmitted) => {
            if who.role != Role::Auditor {
                return Err(Refusal::NotYou(
                    "only a user with the auditor role verifies a correction".into(),
                ));
            }
            if who.owns || who.submitted_evidence {
                return Err(Refusal::NotYou(
                    "an auditor may not verify their own work".into(),
                ));
            }
            (S::Verified, true, "an auditor")
        }
        (Action::Close, S::Verified) => (S::Closed, manager, "a manager"),
        // OFIs and observations need no formal response: a manager may close them at any time.
        (Action::Close, from) if !nonconformity && from != S::Closed => {
            (S::Closed, manager, "a manager")
        }
        (Action::Close, _) if nonconformity => {
            return Err(Refusal::NotNow(
                "a major or minor nonconformity is closed only after its evidence is submitted and verified".into(),
            ));
        }
        (Action::Reopen, S::Verified | S::Closed) => (
            if nonconformity {
                S::InProgress
            } else {
                S::Open
            },
            manager,
            "a manager",
        ),
        _ => return Err(not_now()),
    };
    if allowed {
        Ok(to)
    } else {
        Err(Refusal::NotYou(format!(
            "`{}` is for {who_may}",
            action.as_str()
        )))
    }
}

/// Moves a finding's status, writing the status, its counts, the history and the outbox.
/// `action` is the step taken, or `None` when the first plan was drafted.
pub(crate) fn set_status(
    connection: &mut DbConnection,
    scope: &Scope,
    finding: &Finding,
    to: FindingStatus,
    action: Option<Action>,
    reason: Option<&str>,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    use crate::schema::findings;
    use diesel::prelude::*;
    diesel::update(
        findings::table
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(findings::id.eq(&finding.id)),
    )
    .set((
        findings::status.eq(to.as_str()),
        findings::updated_at.eq(crate::id::now()),
    ))
    .execute(connection)?;
    crate::deadline::store_current(connection, scope, &finding.id)?;
    let grade = finding.grade.as_str();
    backend::add_to_finding_count(
        connection,
        organisation_id,
        &finding.audit_id,
        grade,
        finding.status.as_str(),
        -1,
    )?;
    backend::add_to_finding_count(
        connection,
        organisation_id,
        &finding.audit_id,
        grade,
        to.as_str(),
        1,
    )?;
    let change = Change {
        field: "status".into(),
        from: json!(finding.status),
        to: json!(to),
    };
    history::record(
        connection,
        scope,
        Entity::Finding,
        &finding.id,
        action.map_or("draft_plan", Action::as_str),
        &[change],
        reason,
    )?;
    let message = match action {
        Some(action) => Message::StepTaken {
            finding_id: finding.id.to_string(),
            action,
            from: finding.status,
            to,
            reason: reason.map(str::to_owned),
        },
        None => Message::PlanDrafted {
            finding_id: finding.id.to_string(),
        },
    };
    outbox::publish(connection, scope, &message)?;
    Ok(())
}

/// Who `actor` is to `found`: their role, whether they own it, whether they submitted its
/// evidence (from the corrective action log).
fn who(connection: &mut DbConnection, scope: &Scope, found: &Finding) -> Result<Who, ModelError> {
    // The role travels with the scope: a step is taken by a person, never by Closeout itself.
    let (Some(role), Some(user_id)) = (scope.role(), scope.actor().user_id()) else {
        return Err(ModelError::Forbidden(
            "lifecycle steps are taken by people, not by Closeout itself".into(),
        ));
    };
    let email = crate::user::get(connection, scope, &UserId::stored(user_id.to_owned()))?.email;
    // Whoever submitted the evidence, or stood behind the token it was submitted with, may not
    // verify it, whichever token they hold now.
    let submitters = history::last_people(
        connection,
        scope,
        Entity::Finding,
        &found.id,
        Action::SubmitEvidence.as_str(),
    )?;
    let submitted_evidence = scope
        .actor()
        .people()
        .iter()
        .any(|person| submitters.iter().any(|s| s == person));
    Ok(Who {
        role,
        owns: found.owner.as_deref() == Some(email.as_str()),
        submitted_evidence,
    })
}

/// A step and where it would lead, or why it may not be taken.
pub type Step = (Action, Result<FindingStatus, Refusal>);

/// Every step and whether `actor` may take it on `found` now, or why not: what a page offers
/// and explains.
pub fn steps(
    connection: &mut DbConnection,
    scope: &Scope,
    found: &Finding,
) -> Result<Vec<Step>, ModelError> {
    let who = who(connection, scope, found)?;
    Ok(Action::ALL
        .iter()
        .map(|&action| (action, next(found.grade, found.status, action, who)))
        .collect())
}

/// Takes a step on a finding, enforcing the rules, as `actor` with `role`.
pub fn take(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    action: Action,
    reason: Option<&str>,
) -> Result<Finding, ModelError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if action.needs_reason() && reason.is_none() {
        return Err(ModelError::invalid(
            "reason",
            format!("`{}` needs a reason", action.as_str()),
        ));
    }
    let found = finding::get(connection, scope, finding_id)?;
    let who = who(connection, scope, &found)?;
    let to = match next(found.grade, found.status, action, who) {
        Ok(to) => to,
        Err(Refusal::NotNow(message)) => return Err(ModelError::Conflict(message)),
        Err(Refusal::NotYou(message)) => return Err(ModelError::Forbidden(message)),
    };
    if action == Action::SubmitPlan {
        let plan = crate::plan::get(connection, scope, finding_id)?.unwrap_or_default();
        let missing = plan.missing_for_submission();
        if !missing.is_empty() {
            return Err(ModelError::Invalid(missing));
        }
    }
    set_status(connection, scope, &found, to, Some(action), reason)?;
    finding::get(connection, scope, finding_id)
}

/// Whether `who` may write a finding's plan now, or why not: its owner or a manager, before
/// the plan is submitted. Pure.
pub fn plan_editable(status: FindingStatus, who: Who) -> Result<(), Refusal> {
    let may = matches!(who.role, Role::Admin | Role::Manager)
        || (who.role == Role::Contributor && who.owns);
    if !may {
        return Err(Refusal::NotYou(
            "a plan is written by the finding's owner or a manager".into(),
        ));
    }
    if !matches!(status, S::Open | S::PlanDrafted) {
        return Err(Refusal::NotNow(format!(
            "the plan cannot be edited once the finding is {}; reject the plan to edit it again",
            status.as_str().replace('_', " ")
        )));
    }
    Ok(())
}

/// Whether `actor` may write `found`'s plan now: what a page offers.
pub fn may_edit_plan(
    connection: &mut DbConnection,
    scope: &Scope,
    found: &Finding,
) -> Result<bool, ModelError> {
    let who = who(connection, scope, found)?;
    Ok(plan_editable(found.status, who).is_ok())
}

/// Saves a plan and, when the finding was open (or its plan was rejected), marks it drafted.
/// Plans are edited only before submission.
pub fn draft_plan(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    plan: &crate::plan::Plan,
) -> Result<crate::plan::Plan, ModelError> {
    let found = finding::get(connection, scope, finding_id)?;
    let who = who(connection, scope, &found)?;
    match plan_editable(found.status, who) {
        Ok(()) => {}
        Err(Refusal::NotYou(message)) => return Err(ModelError::Forbidden(message)),
        Err(Refusal::NotNow(message)) => return Err(ModelError::Conflict(message)),
    }
    let saved = crate::plan::save(connection, scope, finding_id, plan)?;
    first_plan_saved(connection, scope, &found)?;
    Ok(saved)
}

/// A finding's first plan moves it from `open` to `plan_drafted`.
fn first_plan_saved(
    connection: &mut DbConnection,
    scope: &Scope,
    found: &finding::Finding,
) -> Result<(), ModelError> {
    if found.status == S::Open {
        set_status(connection, scope, found, S::PlanDrafted, None, None)?;
    }
    Ok(())
}

/// Writes a draft plan an import read from a register for a finding that already exists
/// (a re-import): a draft where there was none (the finding moves to `plan_drafted`, its
/// tasks are added), the import's own earlier draft updated, and a plan a person has saved
/// since, or one past drafting, left alone.
pub fn import_draft(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    draft: &crate::plan::Draft,
) -> Result<crate::plan::DraftOutcome, ModelError> {
    use crate::plan::{DraftOutcome, Source};
    let found = finding::get(connection, scope, finding_id)?;
    if !matches!(found.status, S::Open | S::PlanDrafted) {
        return Ok(DraftOutcome::PastDrafting);
    }
    match crate::plan::source(connection, scope, finding_id)? {
        Some(Source::Person) => Ok(DraftOutcome::KeptEdits),
        Some(Source::Import) => {
            let before = crate::plan::get(connection, scope, finding_id)?;
            if before.as_ref() == Some(&draft.plan) {
                return Ok(DraftOutcome::Unchanged);
            }
            crate::plan::save_as(connection, scope, finding_id, &draft.plan, Source::Import)?;
            Ok(DraftOutcome::Updated)
        }
        None => {
            crate::plan::save_as(connection, scope, finding_id, &draft.plan, Source::Import)?;
            for task in &draft.tasks {
                crate::task::create(connection, scope, finding_id, task.clone())?;
            }
            first_plan_saved(connection, scope, &found)?;
            Ok(DraftOutcome::Created)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANAGER: Who = Who {
        role: Role::Manager,
        owns: false,
        submitted_evidence: false,
    };
    const OWNER: Who = Who {
        role: Role::Contributor,
        owns: true,
        submitted_evidence: false,
    };
    const STRANGER: Who = Who {
        role: Role::Contributor,
        owns: false,
        submitted_evidence: false,
    };
    const AUDITOR: Who = Who {
        role: Role::Auditor,
        owns: false,
        submitted_evidence: false,
    };

    #[test]
    fn the_whole_path_of_a_nonconformity() {
        let steps = [
            (
                S::PlanDrafted,
                Action::SubmitPlan,
                MANAGER,
                S::PlanSubmitted,
            ),
            (
                S::PlanSubmitted,
                Action::AcceptPlan,
                MANAGER,
                S::PlanAccepted,
            ),
            (S::PlanAccepted, Action::Start, OWNER, S::InProgress),
            (
                S::InProgress,
                Action::SubmitEvidence,
                OWNER,
                S::EvidenceSubmitted,
            ),
            (S::EvidenceSubmitted, Action::Verify, AUDITOR, S::Verified),
            (S::Verified, Action::Close, MANAGER, S::Closed),
        ];
        for (from, action, who, to) in steps {
            assert_eq!(
                next(Grade::Major, from, action, who),
                Ok(to),
                "{action:?} from {from:?}"
            );
        }
    }

    #[test]
    fn rejections_and_reopening_go_back() {
        assert_eq!(
            next(Grade::Minor, S::PlanSubmitted, Action::RejectPlan, AUDITOR),
            Ok(S::PlanDrafted)
        );
        assert_eq!(
            next(
                Grade::Minor,
                S::EvidenceSubmitted,
                Action::RejectEvidence,
                MANAGER
            ),
            Ok(S::InProgress)
        );
        assert_eq!(
            next(Grade::Minor, S::Closed, Action::Reopen, MANAGER),
            Ok(S::InProgress)
        );
        assert_eq!(
            next(Grade::Ofi, S::Closed, Action::Reopen, MANAGER),
            Ok(S::Open)
        );
    }

    #[test]
    fn every_forbidden_transition_is_refused() {
        for grade in [Grade::Major, Grade::Minor] {
            for status in FindingStatus::ALL {
                for action in [
                    Action::SubmitPlan,
                    Action::AcceptPlan,
                    Action::RejectPlan,
                    Action::Start,
                    Action::SubmitEvidence,
                    Action::RejectEvidence,
                    Action::Verify,
                    Action::Close,
                    Action::Reopen,
                ] {
                    let allowed = matches!(
                        (action, status),
                        (Action::SubmitPlan, S::PlanDrafted)
                            | (Action::AcceptPlan | Action::RejectPlan, S::PlanSubmitted)
                            | (Action::Start, S::PlanAccepted)
                            | (Action::SubmitEvidence, S::InProgress)
                            | (
                                Action::RejectEvidence | Action::Verify,
                                S::EvidenceSubmitted
                            )
                            | (Action::Close, S::Verified)
                            | (Action::Reopen, S::Verified | S::Closed)
                    );
                    let who = if action == Action::Verify {
                        AUDITOR
                    } else {
                        MANAGER
                    };
                    assert_eq!(
                        next(grade, status, action, who).is_ok(),
                        allowed,
                        "{grade:?} {status:?} {action:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn who_may_take_each_step() {
        assert!(matches!(
            next(Grade::Major, S::PlanDrafted, Action::SubmitPlan, OWNER),
            Err(Refusal::NotYou(_))
        ));
        assert!(matches!(
            next(Grade::Major, S::PlanAccepted, Action::Start, STRANGER),
            Err(Refusal::NotYou(_))
        ));
        assert!(matches!(
            next(Grade::Major, S::EvidenceSubmitted, Action::Verify, MANAGER),
            Err(Refusal::NotYou(_))
        ));
        let own = Who {
            owns: true,
            ..AUDITOR
        };
        assert!(
            matches!(next(Grade::Major, S::EvidenceSubmitted, Action::Verify, own), Err(Refusal::NotYou(m)) if m.contains("own work"))
        );
        let submitter = Who {
            submitted_evidence: true,
            ..AUDITOR
        };
        assert!(
            next(
                Grade::Major,
                S::EvidenceSubmitted,
                Action::Verify,
                submitter
            )
            .is_err()
        );
        assert!(
            matches!(next(Grade::Major, S::Open, Action::Close, MANAGER), Err(Refusal::NotNow(m)) if m.contains("verified"))
        );
        assert_eq!(
            next(Grade::Ofi, S::Open, Action::Close, MANAGER),
            Ok(S::Closed)
        );
    }
}
