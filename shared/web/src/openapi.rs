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
    describe_problems(&mut document);
    document
}

/// Every error is a problem (RFC 9457) served as `application/problem+json`: the responses
/// the handlers document with a `Problem` body get that media type, and every operation gets
/// a `default` response saying so, so a status it does not list (400 for a malformed query,
/// 429 past a limit, 503 when the database is away) is still described.
fn describe_problems(document: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let problem = || {
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build()
    };
    for item in document.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.patch,
            &mut item.delete,
        ];
        for operation in operations.into_iter().flatten() {
            for response in operation.responses.responses.values_mut() {
                let RefOr::T(response) = response else {
                    continue;
                };
                let is_problem = response.content.get("application/json").is_some_and(|c| {
                    matches!(&c.schema, Some(RefOr::Ref(r)) if r.ref_location.ends_with("/Problem"))
                });
                if is_problem {
                    response.content.shift_remove("application/json");
                    response
                        .content
                        .insert(crate::problem::PROBLEM_JSON.to_owned(), problem());
                }
            }
            operation
                .responses
                .responses
                .entry("default".to_owned())
                .or_insert_with(|| {
                    RefOr::T(
                        ResponseBuilder::new()
                            .description("A problem (RFC 9457); its `status` and `type` say which")
                            .content(crate::problem::PROBLEM_JSON, problem())
                            .build(),
                    )
                });
        }
    }
}
