//! What a service tells the runner about itself. Each service crate exposes one
//! `service() -> Service`; the runner mounts any selection of them (the `--target` flag).

use actix_web::web::ServiceConfig;

/// A Closeout service: its routes and its part of the OpenAPI document.
#[derive(Clone, Copy)]
pub struct Service {
    /// The target name (`intake`, `risk-assessment`...).
    pub name: &'static str,
    /// One line on what it does, shown by `closeout targets` and in the OpenAPI tags.
    pub summary: &'static str,
    /// Registers the service's routes, relative to `/api/v1`.
    pub configure: fn(&mut ServiceConfig),
    /// The service's paths and schemas.
    pub openapi: fn() -> utoipa::openapi::OpenApi,
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Service").field("name", &self.name).finish()
    }
}
