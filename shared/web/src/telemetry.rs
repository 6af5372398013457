//! Log set-up. Every line written while serving a request carries the request's span, and so
//! its `request_id`.

use closeout_model::config::LogFormat;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber: logs on standard error and, with `otlp`, spans to an
/// OpenTelemetry collector. A second call (tests start many servers) does nothing.
pub fn init(filter: &str, format: LogFormat, otlp: Option<crate::otlp::OtlpLayer>) {
    use tracing_subscriber::prelude::*;
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    use std::io::IsTerminal as _;
    let logs = tracing_subscriber::fmt::layer()
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let logs = match format {
        LogFormat::Text => logs.boxed(),
        LogFormat::Json => logs.json().flatten_event(true).boxed(),
    };
    let _ = tracing_subscriber::registry()
        .with(filter)
        .with(logs)
        .with(otlp)
        .try_init();
}

/// The root span of every request, like `tracing-actix-web`'s default but with the secrets
/// some addresses carry (a calendar feed's path, a sign-in or password link's `link`) replaced
/// by `[redacted]`: request logs are shipped and kept where secrets must not be.
pub struct RedactedRootSpan;

impl tracing_actix_web::RootSpanBuilder for RedactedRootSpan {
    fn on_request_start(request: &actix_web::dev::ServiceRequest) -> tracing::Span {
        let target = request
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("");
        let request_id = actix_web::HttpMessage::extensions(request)
            .get::<tracing_actix_web::RequestId>()
            .map(|id| id.to_string())
            .unwrap_or_default();
        let route = request.match_pattern().unwrap_or_default();
        let span = tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route,
            http.target = %redact(target),
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            request_id = %request_id,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
            otel.traceparent = tracing::field::Empty,
        );
        // A caller's W3C trace context: the request's spans join the caller's trace.
        if let Some(parent) = request
            .headers()
            .get("traceparent")
            .and_then(|value| value.to_str().ok())
        {
            span.record("otel.traceparent", parent);
        }
        span
    }

    fn on_request_end<B: actix_web::body::MessageBody>(
        span: tracing::Span,
        outcome: &Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>,
    ) {
        tracing_actix_web::DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

/// Query parameters whose value is a secret.
const SECRET_PARAMETERS: [&str; 3] = ["link", "token", "secret"];

/// A request target with its secrets replaced: the segment after `/calendar/` and the values
/// of [`SECRET_PARAMETERS`].
pub fn redact(target: &str) -> std::borrow::Cow<'_, str> {
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (target, None),
    };
    let secret_path = path.find("/calendar/").map(|at| at + "/calendar/".len());
    let secret_query = query.is_some_and(|q| {
        q.split('&')
            .any(|pair| SECRET_PARAMETERS.contains(&pair.split('=').next().unwrap_or("")))
    });
    if secret_path.is_none() && !secret_query {
        return std::borrow::Cow::Borrowed(target);
    }
    let mut out = match secret_path {
        Some(at) => format!("{}[redacted]", &path[..at]),
        None => path.to_owned(),
    };
    if let Some(query) = query {
        out.push('?');
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name, _)) if SECRET_PARAMETERS.contains(&name) => {
                    format!("{name}=[redacted]")
                }
                _ => pair.to_owned(),
            })
            .collect();
        out.push_str(&pairs.join("&"));
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn secrets_in_addresses_are_redacted_and_the_rest_kept() {
        assert_eq!(
            redact("/api/v1/calendar/co_5f2a9b.ics"),
            "/api/v1/calendar/[redacted]"
        );
        assert_eq!(
            redact("/sign-in/link?link=abc123&next=%2Ffindings"),
            "/sign-in/link?link=[redacted]&next=%2Ffindings"
        );
        assert_eq!(
            redact("/api/v1/findings?limit=50"),
            "/api/v1/findings?limit=50"
        );
    }
}
