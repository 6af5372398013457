//! What needs the signed-in person: their unfinished findings, overdue first.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::glance::{self, Item, Standing};
use closeout_web::AppState;
use closeout_web::ui::{Chrome, PageError, Pager, Viewer, fragment, html, labels};
use serde::Deserialize;

/// How many items the home page's panel lists.
const PANEL_ITEMS: usize = 10;
/// How many items a page of the whole list shows.
const PAGE_ITEMS: usize = 50;

/// One line: a finding and what is due next.
pub(super) struct Line {
    item: Item,
    grade: &'static str,
    status: &'static str,
    due: String,
    when: String,
    standing: &'static str,
}

/// The list, shared by the panel and the page.
pub(super) struct NeedsMe {
    lines: Vec<Line>,
    more: usize,
    total: usize,
    /// Shown on the home page, where a link leads to the rest.
    in_panel: bool,
}

#[derive(Template)]
#[template(path = "needs_me_panel.html")]
struct Panel {
    p: NeedsMe,
}

#[derive(Template)]
#[template(path = "needs_me.html")]
struct Page {
    chrome: Chrome,
    p: NeedsMe,
    pager: Pager,
}

closeout_web::screen!(Page);

fn standing(standing: Standing) -> &'static str {
    match standing {
        Standing::Overdue => "overdue",
        Standing::DueSoon => "due_soon",
        Standing::Due => "due",
        Standing::Blocked => "blocked",
        Standing::NoDeadline => "none",
    }
}

async fn needs_me(
    state: &AppState,
    viewer: &Viewer,
    offset: usize,
    limit: usize,
) -> Result<NeedsMe, PageError> {
    let scope = viewer.caller.scope().clone();
    let user_id = viewer.caller.user_id().to_owned();
    let today = viewer.today();
    let found = state
        .read(move |c| glance::glance(c, &scope, None, Some(&user_id), today))
        .await?;
    let total = found.items.len();
    let lines: Vec<Line> = found
        .items
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|item| Line {
            grade: labels::grade(item.grade),
            status: labels::status(item.status),
            due: item.deadline.map(labels::deadline).unwrap_or("").to_owned(),
            when: match (item.due_on, item.days_left) {
                (Some(day), Some(days)) => format!("{day} ({})", labels::days_left(days)),
                _ => String::new(),
            },
            standing: standing(item.standing),
            item,
        })
        .collect();
    Ok(NeedsMe {
        more: total.saturating_sub(offset + lines.len()),
        lines,
        total,
        in_panel: limit == PANEL_ITEMS && offset == 0,
    })
}

/// `GET /panels/needs-me`: the home page's panel.
pub(super) async fn panel(
    state: web::Data<AppState>,
    viewer: Viewer,
) -> Result<HttpResponse, PageError> {
    let p = needs_me(&state, &viewer, 0, PANEL_ITEMS).await?;
    fragment(StatusCode::OK, &Panel { p })
}

#[derive(Debug, Deserialize)]
pub(super) struct Offset {
    offset: Option<usize>,
}

/// `GET /needs-me`: the whole list, a page at a time.
pub(super) async fn page(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<Offset>,
) -> Result<HttpResponse, PageError> {
    let offset = query.offset.unwrap_or(0);
    let p = needs_me(&state, &viewer, offset, PAGE_ITEMS).await?;
    let pager = Pager::new(
        "/needs-me",
        &[],
        offset as i64,
        PAGE_ITEMS as i64,
        p.lines.len(),
        p.total as i64,
    );
    html(
        StatusCode::OK,
        &Page {
            chrome: viewer.chrome("What needs me", "home"),
            p,
            pager,
        },
    )
}
