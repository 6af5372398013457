//! The security headers every answer carries: what a browser may load, frame or send on.

use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};

/// The pages' policy: everything from this origin, no inline script or style, no plugins,
/// never inside a frame, forms only back here.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Swagger UI styles its widgets inline; its pages get that and nothing else more.
const DOCS_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Adds the security headers to an answer (those a handler set itself are kept): the content
/// security policy (Swagger UI's looser one under `/api/docs`), no framing, no sniffing, the
/// referrer only to this origin, and HSTS when Closeout is served over https.
pub fn protect(headers: &mut HeaderMap, docs: bool, https: bool) {
    let policy = if docs {
        DOCS_POLICY
    } else {
        CONTENT_SECURITY_POLICY
    };
    let set = [
        (header::CONTENT_SECURITY_POLICY, policy),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in set {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
}
