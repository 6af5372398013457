//! Optional trace export: every span (each request's root span and the spans inside it) sent
//! to an OpenTelemetry collector over OTLP/HTTP with the JSON encoding (`POST
//! {endpoint}/v1/traces`), when `CLOSEOUT_OTLP_ENDPOINT` is set.
//!
//! Written here rather than with the opentelemetry crates: those bring a second HTTP stack and
//! protobuf code into every build for a feature most installations leave off. Only plain
//! `http://` is spoken: the collector is expected beside the service (an OpenTelemetry
//! Collector sidecar or node agent on `http://localhost:4318`), which forwards over TLS.
//!
//! Spans are batched by a thread of their own (up to 512, or what a second brought) and
//! dropped, never waited for, when the collector is down or slow: tracing must not hold up a
//! request.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Subscriber, warn};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

/// Spans sent in one request at most.
const BATCH: usize = 512;
/// Spans waiting to be sent at most; more are dropped.
const QUEUE: usize = 8_192;
/// How long a batch gathers before it is sent.
const LINGER: Duration = Duration::from_secs(1);
const TIMEOUT: Duration = Duration::from_secs(5);

/// Where traces go: a collector's host and port, and the path of its traces endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    host: String,
    port: u16,
    path: String,
}

impl Endpoint {
    /// Reads `http://host[:port][/base]`; the traces go to `{base}/v1/traces` unless the
    /// address already ends so.
    pub fn parse(url: &str) -> Result<Endpoint, String> {
        let rest = url.trim().strip_prefix("http://").ok_or_else(|| {
            format!(
                "CLOSEOUT_OTLP_ENDPOINT `{url}`: only http:// is spoken; run a collector beside \
                 Closeout (http://localhost:4318) and let it forward over TLS"
            )
        })?;
        let (authority, base) = rest.split_once('/').unwrap_or((rest, ""));
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (
                host,
                port.parse::<u16>().map_err(|_| {
                    format!("CLOSEOUT_OTLP_ENDPOINT `{url}`: `{port}` is not a port")
                })?,
            ),
            None => (authority, 80),
        };
        if host.is_empty() {
            return Err(format!("CLOSEOUT_OTLP_ENDPOINT `{url}`: no host"));
        }
        let base = base.trim_end_matches('/');
        let path = if base.ends_with("v1/traces") {
            format!("/{base}")
        } else if base.is_empty() {
            "/v1/traces".to_owned()
        } else {
            format!("/{base}/v1/traces")
        };
        Ok(Endpoint {
            host: host.to_owned(),
            port,
            path,
        })
    }
}

/// A span being recorded, kept in the span's extensions.
struct Open {
    trace_id: [u8; 16],
    span_id: [u8; 8],
    parent_id: Option<[u8; 8]>,
    start: u64,
    attributes: Vec<(&'static str, Value)>,
}

/// A span ended, on its way to the collector.
struct Finished {
    name: &'static str,
    open: Open,
    end: u64,
}

/// The layer that records spans for export.
pub struct OtlpLayer {
    spans: SyncSender<Finished>,
}

/// A layer sending spans to `endpoint` as `service` (the `service.name` collectors show),
/// with the thread that sends them.
pub fn layer(endpoint: Endpoint, service: &str) -> std::io::Result<OtlpLayer> {
    let (spans, queue) = mpsc::sync_channel(QUEUE);
    let service = service.to_owned();
    std::thread::Builder::new()
        .name("otlp-export".to_owned())
        .spawn(move || export(&queue, &endpoint, &service))?;
    Ok(OtlpLayer { spans })
}

fn now_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // Without the system's randomness, ids from the clock still tell spans apart.
    if getrandom::fill(&mut bytes).is_err() {
        for (i, byte) in now_nanos().to_le_bytes().iter().cycle().take(N).enumerate() {
            bytes[i] = *byte;
        }
    }
    bytes
}

/// Collects a span's fields as OTLP attribute values.
struct Fields<'a>(&'a mut Vec<(&'static str, Value)>);

impl Fields<'_> {
    fn set(&mut self, field: &Field, value: Value) {
        match self.0.iter_mut().find(|(name, _)| *name == field.name()) {
            Some((_, old)) => *old = value,
            None => self.0.push((field.name(), value)),
        }
    }
}

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.set(field, json!({"stringValue": value}));
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        // Protobuf's JSON writes 64-bit integers as strings.
        self.set(field, json!({"intValue": value.to_string()}));
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.set(field, json!({"intValue": value.to_string()}));
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.set(field, json!({"boolValue": value}));
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.set(field, json!({"stringValue": format!("{value:?}")}));
    }
}

impl<S> Layer<S> for OtlpLayer
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attributes: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else {
            return;
        };
        let parent = span.parent().and_then(|parent| {
            parent
                .extensions()
                .get::<Open>()
                .map(|open| (open.trace_id, open.span_id))
        });
        let mut open = Open {
            trace_id: parent.map_or_else(random, |(trace, _)| trace),
            span_id: random(),
            parent_id: parent.map(|(_, span)| span),
            start: now_nanos(),
            attributes: Vec::new(),
        };
        attributes.record(&mut Fields(&mut open.attributes));
        span.extensions_mut().insert(open);
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id)
            && let Some(open) = span.extensions_mut().get_mut::<Open>()
        {
            values.record(&mut Fields(&mut open.attributes));
            // A root span given the caller's trace context continues the caller's trace.
            if open.parent_id.is_none()
                && let Some((trace_id, parent_id)) =
                    attribute(&open.attributes, "otel.traceparent").and_then(|t| traceparent(&t))
            {
                open.trace_id = trace_id;
                open.parent_id = Some(parent_id);
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else {
            return;
        };
        let Some(open) = span.extensions_mut().remove::<Open>() else {
            return;
        };
        let finished = Finished {
            name: span.name(),
            open,
            end: now_nanos(),
        };
        // A full queue means the collector is not keeping up: the span is dropped.
        let _ = self.spans.try_send(finished);
    }
}

/// The trace and parent span of a W3C `traceparent` header (`00-<trace>-<span>-<flags>`);
/// `None` for anything else, and for the all-zero ids the standard calls invalid.
fn traceparent(header: &str) -> Option<([u8; 16], [u8; 8])> {
    fn bytes<const N: usize>(text: &str) -> Option<[u8; N]> {
        if text.len() != N * 2 {
            return None;
        }
        let mut out = [0u8; N];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(text.get(i * 2..i * 2 + 2)?, 16).ok()?;
        }
        (out != [0u8; N]).then_some(out)
    }
    let mut parts = header.trim().split('-');
    let (Some(version), Some(trace), Some(span), Some(_flags)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if version.len() != 2 || version == "ff" {
        return None;
    }
    Some((bytes(trace)?, bytes(span)?))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn attribute(attributes: &[(&'static str, Value)], key: &str) -> Option<String> {
    attributes
        .iter()
        .find(|(name, _)| *name == key)
        .and_then(|(_, value)| value.get("stringValue")?.as_str().map(str::to_owned))
}

/// A span in OTLP's JSON form. A request's root span (it carries `http.method`) is a server
/// span named `METHOD /route`, as collectors and tracing front ends expect.
fn span_json(span: &Finished) -> Value {
    let Finished { name, open, end } = span;
    let method = attribute(&open.attributes, "http.method");
    let route = attribute(&open.attributes, "http.route").filter(|r| !r.is_empty());
    let (name, kind) = match (&method, &route) {
        (Some(method), Some(route)) => (format!("{method} {route}"), 2),
        (Some(method), None) => (format!("{method} (no route)"), 2),
        _ => ((*name).to_owned(), 1),
    };
    let failed = attribute(&open.attributes, "otel.status_code").as_deref() == Some("ERROR");
    json!({
        "traceId": hex(&open.trace_id),
        "spanId": hex(&open.span_id),
        "parentSpanId": open.parent_id.map(|id| hex(&id)).unwrap_or_default(),
        "name": name,
        "kind": kind,
        "startTimeUnixNano": open.start.to_string(),
        "endTimeUnixNano": end.to_string(),
        "attributes": open
            .attributes
            .iter()
            .filter(|(key, _)| !key.starts_with("otel."))
            .map(|(key, value)| json!({"key": key, "value": value}))
            .collect::<Vec<_>>(),
        "status": {"code": if failed { 2 } else { 0 }},
    })
}

/// The body of one export request.
fn request_body(service: &str, spans: &[Finished]) -> Vec<u8> {
    json!({
        "resourceSpans": [{
            "resource": {"attributes": [
                {"key": "service.name", "value": {"stringValue": service}},
                {"key": "service.version", "value": {"stringValue": env!("CARGO_PKG_VERSION")}},
            ]},
            "scopeSpans": [{
                "scope": {"name": "closeout"},
                "spans": spans.iter().map(span_json).collect::<Vec<_>>(),
            }],
        }],
    })
    .to_string()
    .into_bytes()
}

/// Gathers spans into batches and posts each, until every sender is gone.
fn export(queue: &Receiver<Finished>, endpoint: &Endpoint, service: &str) {
    let mut failing = false;
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        let until = Instant::now() + LINGER;
        while batch.len() < BATCH {
            match queue.recv_timeout(until.saturating_duration_since(Instant::now())) {
                Ok(span) => batch.push(span),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
            }
        }
        match post(endpoint, &request_body(service, &batch)) {
            Ok(()) => failing = false,
            // Said once per outage, not once a second.
            Err(error) if !failing => {
                failing = true;
                warn!(%error, spans = batch.len(), "traces could not reach the collector; dropping them until it answers");
            }
            Err(_) => {}
        }
    }
}

/// One HTTP/1.1 POST; anything but a 2xx answer is an error.
fn post(endpoint: &Endpoint, body: &[u8]) -> Result<(), String> {
    let address = (endpoint.host.as_str(), endpoint.port)
        .to_socket_addrs()
        .map_err(|e| format!("{}: {e}", endpoint.host))?
        .next()
        .ok_or_else(|| format!("{}: no address", endpoint.host))?;
    let mut stream =
        TcpStream::connect_timeout(&address, TIMEOUT).map_err(|e| format!("{address}: {e}"))?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
        .map_err(|e| e.to_string())?;
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {}:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        endpoint.path,
        endpoint.host,
        endpoint.port,
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body))
        .map_err(|e| format!("{address}: {e}"))?;
    let mut answer = [0u8; 64];
    let read = stream
        .read(&mut answer)
        .map_err(|e| format!("{address}: {e}"))?;
    let status_line = String::from_utf8_lossy(&answer[..read]);
    match status_line.split_whitespace().nth(1) {
        Some(code) if code.starts_with('2') => Ok(()),
        _ => Err(format!(
            "{address} answered `{}`",
            status_line.lines().next().unwrap_or("")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_read_with_their_traces_path_and_https_is_refused_clearly() {
        let plain = Endpoint::parse("http://localhost:4318").expect("plain");
        assert_eq!(
            (plain.host.as_str(), plain.port, plain.path.as_str()),
            ("localhost", 4318, "/v1/traces")
        );
        let based = Endpoint::parse("http://collector/otlp/").expect("with a base");
        assert_eq!((based.port, based.path.as_str()), (80, "/otlp/v1/traces"));
        let full = Endpoint::parse("http://10.0.0.1:4318/v1/traces").expect("full");
        assert_eq!(full.path, "/v1/traces");
        let refused = Endpoint::parse("https://collector:4318").expect_err("https");
        assert!(refused.contains("only http://"), "{refused}");
        assert!(Endpoint::parse("http://:4318").is_err());
        assert!(Endpoint::parse("http://collector:port").is_err());
    }

    #[test]
    fn a_callers_trace_context_is_read_and_anything_else_refused() {
        let (trace, span) =
            traceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").expect("valid");
        assert_eq!(hex(&trace), "0af7651916cd43dd8448eb211c80319c");
        assert_eq!(hex(&span), "b7ad6b7169203331");
        for wrong in [
            "",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331",
            "00-00000000000000000000000000000000-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",
            "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c8031-b7ad6b7169203331-01",
            "00-zzf7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "00-é€f7651916cd43dd8448eb211c8031-b7ad6b7169203331-01",
        ] {
            assert_eq!(traceparent(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn a_request_span_is_a_server_span_named_by_its_route() {
        let mut attributes = Vec::new();
        attributes.push(("http.method", json!({"stringValue": "GET"})));
        attributes.push((
            "http.route",
            json!({"stringValue": "/api/v1/audits/{audit_id}"}),
        ));
        attributes.push(("http.status_code", json!({"intValue": "500"})));
        attributes.push(("otel.status_code", json!({"stringValue": "ERROR"})));
        let span = Finished {
            name: "HTTP request",
            open: Open {
                trace_id: [0xab; 16],
                span_id: [0x01; 8],
                parent_id: None,
                start: 1,
                attributes,
            },
            end: 2,
        };
        let written = span_json(&span);
        assert_eq!(written["name"], "GET /api/v1/audits/{audit_id}");
        assert_eq!(written["kind"], 2);
        assert_eq!(written["traceId"], "ab".repeat(16));
        assert_eq!(written["spanId"], "01".repeat(8));
        assert_eq!(written["startTimeUnixNano"], "1");
        assert_eq!(written["status"]["code"], 2);
        assert_eq!(written["attributes"].as_array().map(Vec::len), Some(3));
    }
}
