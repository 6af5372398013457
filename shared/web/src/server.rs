//! Builds and runs the HTTP server for any selection of services, on one port.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::{Server, Service as _};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{App, HttpMessage, HttpRequest, HttpServer, web};
use anyhow::Context;
use closeout_model::Database;
use closeout_model::catalog::Catalog;
use closeout_model::config::Config;
use tracing_actix_web::{RequestId, TracingLogger};
use utoipa_swagger_ui::SwaggerUi;

use crate::problem::ApiError;
use crate::service::Service;
use crate::state::AppState;

/// The largest JSON body accepted.
pub const MAX_JSON_BYTES: usize = 1024 * 1024;

/// Connects to the database, applies migrations and loads the catalog.
pub fn prepare(config: Config) -> anyhow::Result<AppState> {
    let db = Database::connect(&config.database_url, config.db_pool_size).with_context(|| {
        format!(
            "opening the {} database",
            closeout_model::Backend::of_url(&config.database_url).name()
        )
    })?;
    let applied = db.migrate().context("applying migrations")?;
    if !applied.is_empty() {
        tracing::info!(count = applied.len(), migrations = ?applied, "applied migrations");
    }
    let catalog = db
        .read(Catalog::load)
        .context("loading the ISO/IEC 27001 catalog")?;
    tracing::info!(
        backend = db.backend().name(),
        requirements = catalog.requirements().len(),
        "database ready"
    );
    let folder = config
        .plugin_dir
        .clone()
        .unwrap_or_else(closeout_plugin_host::default_folder);
    let allowlist: Option<std::collections::BTreeSet<String>> = config
        .plugin_allowlist
        .as_ref()
        .map(|l| l.iter().cloned().collect());
    let plugins = closeout_plugin_host::PluginRegistry::load(&folder, allowlist.as_ref());
    tracing::info!(
        folder = %folder.display(),
        loaded = plugins.plugins().len(),
        refused = plugins.failures().len(),
        "plugins"
    );
    Ok(AppState {
        db,
        catalog: Arc::new(catalog),
        config: Arc::new(config),
        plugins: Arc::new(plugins),
        imports: Arc::default(),
        kept: Arc::default(),
    })
}

async fn not_found(request: HttpRequest) -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound(format!(
        "no route for {} {}",
        request.method(),
        request.path()
    )))
}

/// `GET /metrics`: the process's metrics in Prometheus' text format.
async fn metrics(state: web::Data<AppState>) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body({
            let (connections, idle, max) = state.db.pool_state();
            crate::metrics::render(crate::metrics::Pool {
                connections,
                idle,
                max,
            })
        })
}

/// Starts serving the metrics alone on `listener`: a port of its own, which the ingress does
/// not route, for Prometheus inside the cluster.
pub fn start_metrics(state: AppState, listener: TcpListener) -> anyhow::Result<Server> {
    let data = web::Data::new(state);
    Ok(HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .route("/metrics", web::get().to(metrics))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)?
    .run())
}

/// Starts serving `services` on `listener` (bind port 0 in tests and read the port back).
/// The returned server stops gracefully on SIGTERM or SIGINT, letting requests in flight
/// finish within the configured timeout.
pub fn start(
    state: AppState,
    services: &[Service],
    listener: TcpListener,
) -> anyhow::Result<Server> {
    let openapi = crate::openapi::document(services);
    let services: Vec<Service> = services.to_vec();
    let shutdown_timeout = state.config.shutdown_timeout_secs;
    let https = state.config.base_url.starts_with("https://");
    let public: Arc<Vec<String>> = Arc::new(
        services
            .iter()
            .flat_map(|s| s.public.iter().map(|p| format!("/api/v1{p}")))
            .collect(),
    );
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        let services = services.clone();
        App::new()
            .app_data(data.clone())
            .app_data(
                web::JsonConfig::default()
                    .limit(MAX_JSON_BYTES)
                    .error_handler(|error, _| {
                        match error {
                            actix_web::error::JsonPayloadError::OverflowKnownLength { .. }
                            | actix_web::error::JsonPayloadError::Overflow { .. } => {
                                ApiError::PayloadTooLarge(format!(
                                    "JSON bodies are limited to {MAX_JSON_BYTES} bytes"
                                ))
                            }
                            other => ApiError::BadRequest(format!(
                                "the JSON body could not be read: {other}"
                            )),
                        }
                        .into()
                    }),
            )
            .app_data(web::QueryConfig::default().error_handler(|error, _| {
                ApiError::BadRequest(format!("the query string could not be read: {error}")).into()
            }))
            .app_data(web::PathConfig::default().error_handler(|error, _| {
                ApiError::NotFound(format!("the path could not be read: {error}")).into()
            }))
            .wrap_fn(move |request, service| {
                let request_id = request
                    .extensions()
                    .get::<RequestId>()
                    .map(|id| id.to_string());
                let docs = request.path().starts_with("/api/docs");
                let started = std::time::Instant::now();
                let method = request.method().clone();
                let response = service.call(request);
                async move {
                    let mut response = response.await?;
                    crate::metrics::request(
                        method.as_str(),
                        response.request().match_pattern().as_deref(),
                        response.status().as_u16(),
                        started.elapsed(),
                    );
                    if let Some(value) = request_id.and_then(|id| HeaderValue::from_str(&id).ok()) {
                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("x-request-id"), value);
                    }
                    crate::headers::protect(response.headers_mut(), docs, https);
                    Ok(response)
                }
            })
            .wrap(TracingLogger::<crate::telemetry::RedactedRootSpan>::new())
            .service(crate::health::healthz)
            .service(crate::health::readyz)
            .route(
                "/api/docs",
                web::get().to(|| async {
                    actix_web::HttpResponse::PermanentRedirect()
                        .insert_header((actix_web::http::header::LOCATION, "/api/docs/"))
                        .finish()
                }),
            )
            .service(
                SwaggerUi::new("/api/docs/{_:.*}").url("/api/v1/openapi.json", openapi.clone()),
            )
            .service(
                web::scope("/api/v1")
                    .wrap(actix_web::middleware::from_fn({
                        let public = public.clone();
                        move |request, next| {
                            crate::auth::require_caller(public.clone(), request, next)
                        }
                    }))
                    .configure({
                        let services = services.clone();
                        move |config| {
                            for service in &services {
                                (service.configure)(config);
                            }
                        }
                    }),
            )
            .configure(crate::ui::routes)
            .configure(move |config| {
                for service in &services {
                    (service.pages)(config);
                }
            })
            .default_service(web::to(not_found))
    })
    .shutdown_timeout(shutdown_timeout)
    .listen(listener)?
    .run();
    Ok(server)
}
