//! The crosswalk explorer: pick a framework and a requirement (suggestions as you type) and
//! see what it maps to in every framework the organisation loaded, with the relationship,
//! strength and path; and a framework's coverage by the ISO programme, with its gaps.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use closeout_model::Scope;
use closeout_model::framework::{self, ISO};
use closeout_web::ui::{Choice, Chrome, PageError, Viewer, html};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;
use std::collections::BTreeMap;

use crate::coverage::Coverage;
use crate::crosswalk::Related;
use crate::routes::crosswalks::{CoverageQuery, assess, resolve};

/// Suggestions listed for what was typed.
const SUGGESTIONS: usize = 20;

/// Mappings followed from the requirement at most.
const HOPS: usize = 2;

#[derive(Debug, Default, Deserialize)]
pub(super) struct ExploreQuery {
    #[serde(default)]
    framework: String,
    #[serde(default)]
    requirement: String,
}

/// One requirement that maps to the one asked about.
struct Row {
    framework: String,
    requirement: String,
    relationship: &'static str,
    strength: String,
    path: String,
}

impl Row {
    fn of(related: &Related<'_>) -> Row {
        Row {
            framework: related.framework.to_owned(),
            requirement: related.requirement.to_owned(),
            relationship: related.relationship.as_str(),
            strength: related
                .strength
                .map_or_else(|| "not stated".to_owned(), |s| s.to_string()),
            path: related
                .path
                .iter()
                .map(|hop| {
                    format!(
                        "{} {} → {} {} ({})",
                        hop.from_framework,
                        hop.from,
                        hop.to_framework,
                        hop.to,
                        hop.relationship.as_str()
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

#[derive(Template)]
#[template(path = "crosswalks.html")]
struct ExplorePage {
    chrome: Chrome,
    frameworks: Vec<Choice>,
    /// The frameworks with coverage to show: every loaded one but ISO itself.
    others: Vec<(String, String)>,
    framework: String,
    requirement: String,
    /// The requirement as found, when one was.
    found: Option<String>,
    rows: Vec<Row>,
    suggestions: Vec<(String, String)>,
    problem: Option<String>,
    /// Whether the viewer may import crosswalk files (intake's wizard).
    may_import: bool,
}

closeout_web::screen!(ExplorePage);

/// `GET /crosswalks`: the form, and what the requirement maps to once one is chosen.
pub(super) async fn explore(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<ExploreQuery>,
) -> Result<HttpResponse, PageError> {
    let ExploreQuery {
        framework,
        requirement,
    } = query.into_inner();
    let framework = Some(framework.trim().to_owned())
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| ISO.to_owned());
    let scope = viewer.caller.scope().clone();
    let loaded = {
        let scope = scope.clone();
        state.read(move |c| framework::list(c, &scope)).await?
    };
    let mut names: Vec<(String, String)> = vec![(ISO.to_owned(), "ISO/IEC 27001:2022".to_owned())];
    names.extend(
        loaded
            .iter()
            .filter(|f| f.id != ISO)
            .map(|f| (f.id.clone(), f.name.clone())),
    );
    let others: Vec<(String, String)> = names.iter().skip(1).cloned().collect();
    let frameworks = Choice::list(names.clone(), &framework);

    let typed = requirement.trim().to_owned();
    let suggestions = if typed.is_empty() {
        Vec::new()
    } else {
        suggest(&state, &scope, &framework, &typed).await?
    };
    let (mut found, mut rows, mut problem) = (None, Vec::new(), None);
    if !typed.is_empty() {
        match resolve(&state, &scope, &framework, &typed).await {
            Ok((reference, index)) => {
                rows = index
                    .map(&framework, &reference, None, HOPS)
                    .iter()
                    .map(Row::of)
                    .collect();
                found = Some(reference);
            }
            Err(ApiError::NotFound(_)) if !suggestions.is_empty() => {}
            Err(ApiError::NotFound(detail)) => problem = Some(detail),
            Err(other) => return Err(other.into()),
        }
    }
    html(
        StatusCode::OK,
        &ExplorePage {
            chrome: viewer.chrome("Crosswalks", "crosswalks"),
            frameworks,
            others,
            framework,
            requirement: typed,
            found,
            rows,
            suggestions,
            problem,
            may_import: matches!(
                viewer.caller.role(),
                closeout_model::user::Role::Admin | closeout_model::user::Role::Manager
            ),
        },
    )
}

/// The framework's requirements whose reference or title holds what was typed.
async fn suggest(
    state: &AppState,
    scope: &Scope,
    framework_id: &str,
    typed: &str,
) -> Result<Vec<(String, String)>, ApiError> {
    let needle = typed.to_lowercase();
    let matches = |reference: &str, title: &str| {
        reference.to_lowercase().contains(&needle) || title.to_lowercase().contains(&needle)
    };
    if framework_id == ISO {
        return Ok(state
            .catalog
            .requirements()
            .iter()
            .filter(|r| matches(&r.id, &r.title))
            .take(SUGGESTIONS)
            .map(|r| (r.id.clone(), r.title.clone()))
            .collect());
    }
    let scope = scope.clone();
    let id = framework_id.to_owned();
    let requirements = state
        .read(move |c| framework::requirements(c, &scope, &id))
        .await?;
    Ok(requirements
        .into_iter()
        .filter(|r| matches(&r.reference, r.title.as_deref().unwrap_or_default()))
        .take(SUGGESTIONS)
        .map(|r| (r.reference, r.title.unwrap_or_default()))
        .collect())
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CoverageForm {
    #[serde(default)]
    framework: String,
    /// Only what nothing in the ISO programme reaches.
    #[serde(default)]
    gaps: Option<String>,
}

/// One requirement of the framework, as covered.
struct Covered {
    requirement: String,
    title: String,
    depth: i32,
    level: &'static str,
    reason: String,
    from: String,
}

/// A framework's coverage, owned (the assessment borrows from the mapping index).
struct Assessed {
    framework: String,
    summary: crate::coverage::Summary,
    items: Vec<Covered>,
}

impl Assessed {
    fn of(coverage: Coverage<'_>, gaps_only: bool) -> Assessed {
        Assessed {
            framework: coverage.framework,
            summary: coverage.summary,
            items: coverage
                .items
                .into_iter()
                .filter(|i| !gaps_only || i.contributions.is_empty())
                .map(|i| Covered {
                    from: i
                        .contributions
                        .iter()
                        .map(|c| c.iso)
                        .collect::<Vec<_>>()
                        .join(", "),
                    requirement: i.requirement,
                    title: i.title.unwrap_or_default(),
                    depth: i.depth,
                    level: i.coverage.as_str(),
                    reason: i.reason,
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "coverage.html")]
struct CoveragePage {
    chrome: Chrome,
    name: String,
    gaps_only: bool,
    assessed: Assessed,
}

closeout_web::screen!(CoveragePage);

/// `GET /crosswalks/coverage?framework=...[&gaps=1]`.
pub(super) async fn coverage(
    state: web::Data<AppState>,
    viewer: Viewer,
    form: web::Query<CoverageForm>,
) -> Result<HttpResponse, PageError> {
    let CoverageForm { framework, gaps } = form.into_inner();
    let gaps_only = gaps.is_some_and(|g| !g.is_empty());
    let query = CoverageQuery {
        framework: framework.trim().to_owned(),
        max_hops: None,
    };
    let assessed = assess(&state, &viewer.caller, &query, move |coverage| {
        Ok(Assessed::of(coverage, gaps_only))
    })
    .await?;
    let scope = viewer.caller.scope().clone();
    let id = assessed.framework.clone();
    let name = state
        .read(move |c| framework::list(c, &scope))
        .await?
        .into_iter()
        .find(|f| f.id == id)
        .map_or_else(|| assessed.framework.clone(), |f| f.name);
    html(
        StatusCode::OK,
        &CoveragePage {
            chrome: viewer.chrome(format!("Coverage of {name}"), "crosswalks"),
            name,
            gaps_only,
            assessed,
        },
    )
}

/// What one requirement a finding cites reaches in other frameworks.
struct Reach {
    requirement: String,
    rows: Vec<Row>,
}

/// Where a finding counts: its requirements in every other framework loaded.
struct Impact {
    finding: closeout_model::finding::Finding,
    reaches: Vec<Reach>,
    /// Frameworks reached, with how many of their requirements.
    frameworks: Vec<(String, usize)>,
}

async fn impact_of(
    state: &AppState,
    viewer: &Viewer,
    finding_id: &str,
) -> Result<Impact, PageError> {
    let finding = closeout_web::access::visible_finding(state, &viewer.caller, finding_id).await?;
    let index = crate::routes::crosswalks::index(state, viewer.caller.scope()).await?;
    let mut frameworks: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    let reaches = finding
        .requirements
        .iter()
        .map(|requirement| {
            let related = index.map(ISO, requirement, None, HOPS);
            for r in &related {
                frameworks
                    .entry(r.framework.to_owned())
                    .or_default()
                    .insert(r.requirement.to_owned());
            }
            Reach {
                requirement: requirement.clone(),
                rows: related.iter().map(Row::of).collect(),
            }
        })
        .collect();
    Ok(Impact {
        finding,
        reaches,
        frameworks: frameworks
            .into_iter()
            .map(|(id, requirements)| (id, requirements.len()))
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "impact_panel.html")]
struct ImpactPanel {
    i: Impact,
}

#[derive(Template)]
#[template(path = "impact.html")]
struct ImpactPage {
    chrome: Chrome,
    i: Impact,
}

closeout_web::screen!(ImpactPage);

/// `GET /panels/findings/{id}/impact`: the finding page's panel, loaded by htmx.
pub(super) async fn impact_panel(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let i = impact_of(&state, &viewer, &path).await?;
    closeout_web::ui::fragment(StatusCode::OK, &ImpactPanel { i })
}

/// `GET /findings/{id}/impact`: the same as a page of its own.
pub(super) async fn impact_page(
    state: web::Data<AppState>,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let i = impact_of(&state, &viewer, &path).await?;
    html(
        StatusCode::OK,
        &ImpactPage {
            chrome: viewer.chrome(
                format!("{}: other frameworks", i.finding.reference),
                "audits",
            ),
            i,
        },
    )
}
