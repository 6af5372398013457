//! What the risk assessment stores: an organisation's risk settings (escalation thresholds and
//! scales), a manager's own likelihood and impact for a finding (with the reason), and decisions
//! on potential majors.
//! The reasoning itself lives in the risk-assessment service; this is its database access.

use crate::id::{AuditId, FindingId};
use crate::scope::Scope;
use std::collections::BTreeMap;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Change, Entity};
use crate::id::now;
use crate::schema::{escalation_decisions, risk_overrides, risk_settings};

/// Within a write, makes other writes of the organisation's risk settings and assessments wait
/// until this one ends, so each checks its rules against what the other committed.
pub fn lock(connection: &mut DbConnection, scope: &Scope) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    crate::db::backend::lock_organisation(connection, organisation_id)
}

/// An organisation's risk settings as stored (the service supplies defaults for missing ones).
pub fn settings(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<Option<serde_json::Value>, ModelError> {
    let organisation_id = scope.organisation_id();
    risk_settings::table
        .find(organisation_id)
        .select(risk_settings::thresholds)
        .first::<String>(connection)
        .optional()?
        .map(|text| {
            serde_json::from_str(&text)
                .map_err(|e| ModelError::Corrupt(format!("risk settings: {e}")))
        })
        .transpose()
}

/// Stores an organisation's risk settings, recording the change.
pub fn set_settings(
    connection: &mut DbConnection,
    scope: &Scope,
    value: serde_json::Value,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let before = settings(connection, scope)?;
    if before.as_ref() == Some(&value) {
        return Ok(());
    }
    if before.is_some() {
        diesel::update(risk_settings::table.find(organisation_id))
            .set((
                risk_settings::thresholds.eq(value.to_string()),
                risk_settings::updated_at.eq(now()),
            ))
            .execute(connection)?;
    } else {
        diesel::insert_into(risk_settings::table)
            .values((
                risk_settings::organisation_id.eq(organisation_id),
                risk_settings::thresholds.eq(value.to_string()),
                risk_settings::updated_at.eq(now()),
            ))
            .execute(connection)?;
    }
    history::record(
        connection,
        scope,
        Entity::Organisation,
        organisation_id,
        "risk settings changed",
        &[Change {
            field: "risk_settings".into(),
            from: json!(before),
            to: value,
        }],
        None,
    )
}

/// A manager's own likelihood and impact for a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Override {
    /// Likelihood, 0 to the top of the organisation's scale (5 by default).
    pub likelihood: i32,
    /// Impact, 1 to the top of the organisation's scale (5 by default).
    pub impact: i32,
    /// Why.
    pub reason: String,
}

/// The tops of an organisation's likelihood and impact scales, which an override must fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scales {
    /// The highest likelihood.
    pub likelihood_max: i32,
    /// The highest impact.
    pub impact_max: i32,
}

impl Override {
    /// Whether it fits the scales.
    pub fn fits(&self, scales: Scales) -> bool {
        (0..=scales.likelihood_max).contains(&self.likelihood)
            && (1..=scales.impact_max).contains(&self.impact)
    }
}

/// Every override of an organisation's findings.
pub fn overrides(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<BTreeMap<FindingId, Override>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(risk_overrides::table
        .filter(risk_overrides::organisation_id.eq(organisation_id))
        .select((
            risk_overrides::finding_id,
            risk_overrides::likelihood,
            risk_overrides::impact,
            risk_overrides::reason,
        ))
        .load::<(String, i32, i32, String)>(connection)?
        .into_iter()
        .map(|(id, likelihood, impact, reason)| {
            (
                FindingId::stored(id),
                Override {
                    likelihood,
                    impact,
                    reason,
                },
            )
        })
        .collect())
}

/// Sets (or with `None` clears) a finding's override, recording the change and its reason.
pub fn set_override(
    connection: &mut DbConnection,
    scope: &Scope,
    finding_id: &FindingId,
    value: Option<Override>,
    scales: Scales,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    crate::finding::get(connection, scope, finding_id)?;
    if let Some(value) = &value {
        let mut errors = Vec::new();
        if !(0..=scales.likelihood_max).contains(&value.likelihood) {
            errors.push(crate::FieldError::new(
                "likelihood",
                format!("between 0 and {}", scales.likelihood_max),
            ));
        }
        if !(1..=scales.impact_max).contains(&value.impact) {
            errors.push(crate::FieldError::new(
                "impact",
                format!("between 1 and {}", scales.impact_max),
            ));
        }
        if value.reason.trim().is_empty() {
            errors.push(crate::FieldError::new(
                "reason",
                "say why the risk differs from the method's",
            ));
        }
        if !errors.is_empty() {
            return Err(ModelError::Invalid(errors));
        }
    }
    let before = overrides(connection, scope)?.remove(finding_id.as_str());
    diesel::delete(risk_overrides::table.find(finding_id)).execute(connection)?;
    if let Some(value) = &value {
        diesel::insert_into(risk_overrides::table)
            .values((
                risk_overrides::finding_id.eq(finding_id),
                risk_overrides::organisation_id.eq(organisation_id),
                risk_overrides::likelihood.eq(value.likelihood),
                risk_overrides::impact.eq(value.impact),
                risk_overrides::reason.eq(value.reason.trim()),
                risk_overrides::updated_at.eq(now()),
            ))
            .execute(connection)?;
    }
    let reason = value.as_ref().map(|v| v.reason.trim().to_owned());
    history::record(
        connection,
        scope,
        Entity::Finding,
        finding_id,
        "risk assessed",
        &[Change {
            field: "risk".into(),
            from: json!(before.map(|b| json!({"likelihood": b.likelihood, "impact": b.impact}))),
            to: json!(value.map(|v| json!({"likelihood": v.likelihood, "impact": v.impact}))),
        }],
        reason.as_deref(),
    )
}

/// A manager's decision on a potential major.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Decision {
    /// `accepted` or `dismissed`.
    pub decision: String,
    /// Why.
    pub reason: String,
    /// Who decided.
    pub decided_by: Option<String>,
}

/// The decisions taken on an audit's potential majors, by warning key.
pub fn decisions(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
) -> Result<BTreeMap<String, Decision>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(escalation_decisions::table
        .filter(escalation_decisions::organisation_id.eq(organisation_id))
        .filter(escalation_decisions::audit_id.eq(audit_id))
        .select((
            escalation_decisions::warning_key,
            escalation_decisions::decision,
            escalation_decisions::reason,
            escalation_decisions::decided_by,
        ))
        .load::<(String, String, String, Option<String>)>(connection)?
        .into_iter()
        .map(|(key, decision, reason, decided_by)| {
            (
                key,
                Decision {
                    decision,
                    reason,
                    decided_by,
                },
            )
        })
        .collect())
}

/// Records a decision on a potential major (one per warning; a second is a conflict).
pub fn decide(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: &AuditId,
    key: &str,
    decision: &str,
    reason: &str,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let actor = scope.actor();
    crate::audit::get(connection, scope, audit_id)?;
    if reason.trim().is_empty() {
        return Err(ModelError::invalid("reason", "say why"));
    }
    if decisions(connection, scope, audit_id)?.contains_key(key) {
        return Err(ModelError::Conflict(format!(
            "a decision on `{key}` was already taken"
        )));
    }
    diesel::insert_into(escalation_decisions::table)
        .values((
            escalation_decisions::organisation_id.eq(organisation_id),
            escalation_decisions::audit_id.eq(audit_id),
            escalation_decisions::warning_key.eq(key),
            escalation_decisions::decision.eq(decision),
            escalation_decisions::reason.eq(reason.trim()),
            escalation_decisions::decided_by.eq(actor.user_id().map(str::to_owned)),
            escalation_decisions::decided_at.eq(now()),
        ))
        .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Audit,
        audit_id,
        &format!("potential major {decision}"),
        &[Change::set("potential_major", key)],
        Some(reason.trim()),
    )
}
