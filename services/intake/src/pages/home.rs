//! The home page: the person's audits with their progress, and (from remediation's panel)
//! what needs them, by due date.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::audit::{self, Audit, AuditFilter};
use closeout_model::finding::{self, Tally};
use closeout_model::id::AuditId;
use closeout_model::page::PageRequest;
use closeout_web::ui::{Chrome, PageError, Viewer, html};
use closeout_web::{ApiError, AppState};

/// How many audits the home page shows (the rest are on the audits page).
const AUDITS_SHOWN: i64 = 12;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    audits: Vec<(Audit, Tally)>,
    more_audits: bool,
}

closeout_web::screen!(HomePage);

/// `GET /`.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    let caller = &viewer.caller;
    let filter = AuditFilter {
        kind: None,
        with_findings_owned_by: caller.visibility().assigned_to().map(ToString::to_string),
    };
    let page = PageRequest::parse(Some(AUDITS_SHOWN), None, None).map_err(ApiError::from)?;
    let scope = caller.scope().clone();
    let (audits, mut tallies) = state
        .read(move |c| {
            let audits = audit::list(c, &scope, &filter, page)?;
            let ids: Vec<AuditId> = audits.items.iter().map(|a| a.id.clone()).collect();
            let tallies = finding::tally(c, &scope, &ids)?;
            Ok((audits, tallies))
        })
        .await?;
    let more_audits = audits.total > audits.items.len() as i64;
    let audits = audits
        .items
        .into_iter()
        .map(|a| {
            let tally = tallies.remove(a.id.as_str()).unwrap_or_default();
            (a, tally)
        })
        .collect();
    html(
        StatusCode::OK,
        &HomePage {
            chrome: viewer.chrome("Home", "home"),
            audits,
            more_audits,
        },
    )
}
