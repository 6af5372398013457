//! A finding's page: what the auditor wrote, the requirements it cites, who owns it, and its
//! history; the plan, evidence, deadlines and lifecycle come from remediation's panel.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::finding::Finding;
use closeout_model::history::{self, Entity, HistoryEntry};
use closeout_model::{audit, user};
use closeout_web::AppState;
use closeout_web::access::visible_finding;
use closeout_web::ui::{Chrome, PageError, Viewer, html, labels};

/// A cited requirement with its title from the catalog.
struct Cited {
    id: String,
    title: String,
}

/// One line of the history.
struct Event {
    at: String,
    who: String,
    action: String,
    changes: String,
    reason: Option<String>,
}

#[derive(Template)]
#[template(path = "finding.html")]
struct FindingPage {
    chrome: Chrome,
    finding: Finding,
    audit_name: String,
    grade: &'static str,
    status: &'static str,
    cited: Vec<Cited>,
    events: Vec<Event>,
}

closeout_web::screen!(FindingPage);

fn describe(entry: &HistoryEntry) -> String {
    entry
        .changes
        .iter()
        .map(|change| {
            let value = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => "nothing".to_owned(),
                other => other.to_string(),
            };
            if change.from.is_null() {
                format!("{} set to {}", change.field, value(&change.to))
            } else {
                format!(
                    "{} from {} to {}",
                    change.field,
                    value(&change.from),
                    value(&change.to)
                )
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `GET /findings/{id}`.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let finding = visible_finding(&state, &viewer.caller, &path).await?;
    let scope = viewer.caller.scope().clone();
    let (finding_id, audit_id) = (finding.id.clone(), finding.audit_id.clone());
    let (audit, entries, people) = state
        .read(move |c| {
            let audit = audit::get(c, &scope, &audit_id)?;
            let entries = history::list(c, &scope, Entity::Finding, &finding_id)?;
            let people: HashMap<String, String> = user::list(c, &scope)?
                .into_iter()
                .map(|u| (u.id.to_string(), u.name.unwrap_or(u.email)))
                .collect();
            Ok((audit, entries, people))
        })
        .await?;
    let cited = finding
        .requirements
        .iter()
        .map(|id| Cited {
            title: state
                .catalog
                .get(id)
                .map(|r| r.title.clone())
                .unwrap_or_default(),
            id: id.clone(),
        })
        .collect();
    let events = entries
        .iter()
        .rev()
        .map(|entry| Event {
            at: viewer.local_time(entry.at),
            who: entry
                .actor_id
                .as_ref()
                .map(|id| people.get(id).cloned().unwrap_or_else(|| id.clone()))
                .unwrap_or_else(|| "Closeout".to_owned()),
            action: entry.action.replace('_', " "),
            changes: describe(entry),
            reason: entry.reason.clone(),
        })
        .collect();
    html(
        StatusCode::OK,
        &FindingPage {
            chrome: viewer.chrome(finding.reference.clone(), "audits"),
            audit_name: audit.name,
            grade: labels::grade(finding.grade),
            status: labels::status(finding.status),
            cited,
            events,
            finding,
        },
    )
}
