//! The OpenAPI document: the shared parts (health, problems, bearer security) merged with
//! each mounted service's own paths.

use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::tag::TagBuilder;

use crate::problem::Problem;
use crate::service::Service;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Closeout",
        description = "From the ISO 27001 auditor's report to every nonconformity closed. \
            Every `/api/v1` route needs `Authorization: Bearer <token>`; errors are \
            `application/problem+json` (RFC 9457).",
    ),
    paths(crate::health::healthz, crate::health::readyz),
    components(schemas(Problem, closeout_model::FieldError, crate::health::Readiness))
)]
struct Shared;

/// The document for a set of services.
pub fn document(services: &[Service]) -> utoipa::openapi::OpenApi {
    let mut document = Shared::openapi();
    let mut tags = vec![
        TagBuilder::new()
            .name("health")
            .description(Some("Liveness and readiness probes"))
            .build(),
    ];
    for service in services {
        document.merge((service.openapi)());
        tags.push(
            TagBuilder::new()
                .name(service.name)
                .description(Some(service.summary))
                .build(),
        );
    }
    document.tags = Some(tags);
    let components = document.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
    );
    document.security = Some(vec![utoipa::openapi::security::SecurityRequirement::new(
        "bearer",
        Vec::<String>::new(),
    )]);
    document
}
