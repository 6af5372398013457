//! `/status` and `/audits/{id}/status`: what is due, due soon, overdue and blocked.

use actix_web::{HttpRequest, HttpResponse, get, web};
use closeout_model::glance::{self, GlancePage, Place};
use closeout_model::page::PageRequest;
use closeout_web::access::visible_audit;
use closeout_web::params;
use closeout_web::problem::Problem;
use closeout_web::{ApiError, AppState, Caller};
use serde::Deserialize;

/// The day to look from, and the page.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct On {
    /// YYYY-MM-DD; today (UTC) when left out.
    on: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    limit: Option<i64>,
    /// The `next_after` value of the previous page.
    after: Option<String>,
}

impl On {
    /// The day, the page size and where the page starts, each checked.
    fn parse(&self) -> Result<(chrono::NaiveDate, usize, Option<Place>), ApiError> {
        let today = params::date_or_today("on", self.on.as_deref())?;
        let page = PageRequest::parse(self.limit, None, None)?;
        let after = self
            .after
            .as_deref()
            .filter(|a| !a.is_empty())
            .map(Place::parse)
            .transpose()?;
        Ok((today, page.limit as usize, after))
    }
}

/// A contributor sees only what is assigned to them.
fn own_only(caller: &Caller) -> Option<closeout_model::id::UserId> {
    caller.visibility().assigned_to().cloned()
}

/// Every unfinished finding of the organisation, most urgent first, a page at a time, with the
/// counts of the whole list.
#[utoipa::path(get, path = "/api/v1/status", tag = "remediation", params(On),
    responses((status = 200, body = GlancePage), (status = 401, body = Problem), (status = 422, body = Problem)))]
#[get("/status")]
pub(crate) async fn organisation(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    on: web::Query<On>,
) -> Result<HttpResponse, ApiError> {
    let (today, limit, after) = on.parse()?;
    let scope = caller.scope().clone();
    let owner = own_only(&caller);
    let page = state.read(move |c| {
        glance::page(
            c,
            &scope,
            None,
            owner.as_ref(),
            today,
            limit,
            after.as_ref(),
        )
    });
    state.kept_json(&caller, &request, today, page).await
}

/// One audit's unfinished findings, most urgent first, a page at a time.
#[utoipa::path(get, path = "/api/v1/audits/{audit_id}/status", tag = "remediation", params(On),
    responses((status = 200, body = GlancePage), (status = 404, body = Problem), (status = 422, body = Problem)))]
#[get("/audits/{audit_id}/status")]
pub(crate) async fn audit(
    state: web::Data<AppState>,
    caller: Caller,
    request: HttpRequest,
    path: web::Path<String>,
    on: web::Query<On>,
) -> Result<HttpResponse, ApiError> {
    let (today, limit, after) = on.parse()?;
    state
        .kept_json(&caller, &request, today, async {
            let audit = visible_audit(&state, &caller, &path).await?;
            let scope = caller.scope().clone();
            let owner = own_only(&caller);
            state
                .read(move |c| {
                    glance::page(
                        c,
                        &scope,
                        Some(&audit.id),
                        owner.as_ref(),
                        today,
                        limit,
                        after.as_ref(),
                    )
                })
                .await
        })
        .await
}
