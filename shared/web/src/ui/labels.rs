//! Words people read for the model's values (the API keeps its snake_case names).

use closeout_model::audit::AuditKind;
use closeout_model::deadline::DeadlineKind;
use closeout_model::finding::{FindingStatus, Grade};
use closeout_model::lifecycle::Action;

/// A grade as an auditor would write it.
pub fn grade(grade: Grade) -> &'static str {
    match grade {
        Grade::Major => "Major nonconformity",
        Grade::Minor => "Minor nonconformity",
        Grade::Ofi => "Opportunity for improvement",
        Grade::Observation => "Observation",
    }
}

/// An audit's kind in words.
pub fn audit_kind(kind: AuditKind) -> &'static str {
    match kind {
        AuditKind::Stage1 => "Stage 1",
        AuditKind::Stage2 => "Stage 2",
        AuditKind::Surveillance => "Surveillance",
        AuditKind::Recertification => "Recertification",
        AuditKind::Internal => "Internal",
    }
}

/// A status in words.
pub fn status(status: FindingStatus) -> &'static str {
    match status {
        FindingStatus::Open => "Open",
        FindingStatus::PlanDrafted => "Plan drafted",
        FindingStatus::PlanSubmitted => "Plan submitted",
        FindingStatus::PlanAccepted => "Plan accepted",
        FindingStatus::InProgress => "In progress",
        FindingStatus::EvidenceSubmitted => "Evidence submitted",
        FindingStatus::Verified => "Verified",
        FindingStatus::Closed => "Closed",
    }
}

/// What a deadline is for.
pub fn deadline(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::Plan => "Corrective action plan",
        DeadlineKind::Evidence => "Evidence of correction",
        DeadlineKind::Closure => "Closure",
    }
}

/// A lifecycle step, as its button says it.
pub fn action(action: Action) -> &'static str {
    match action {
        Action::SubmitPlan => "Submit the plan",
        Action::AcceptPlan => "Accept the plan",
        Action::RejectPlan => "Send the plan back",
        Action::Start => "Start the actions",
        Action::SubmitEvidence => "Submit the evidence",
        Action::RejectEvidence => "Send the evidence back",
        Action::Verify => "Verify the correction",
        Action::Close => "Close the finding",
        Action::Reopen => "Reopen",
    }
}

/// "in 3 days", "today", "2 days ago".
pub fn days_left(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        d if d > 1 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_as_people_say_them() {
        assert_eq!(days_left(0), "today");
        assert_eq!(days_left(1), "tomorrow");
        assert_eq!(days_left(5), "in 5 days");
        assert_eq!(days_left(-3), "3 days ago");
    }
}
