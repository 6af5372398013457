//! Who is looking at a page ([`Viewer`], from the session cookie), and forms they send
//! ([`Submitted`], which checks the session's CSRF token and the request's origin first).

use std::future::Future;
use std::pin::Pin;

use actix_web::http::{Method, header};
use actix_web::{FromRequest, HttpRequest, web};
use closeout_model::sign_in;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::page::{Chrome, ChromeUser, PageError};
use crate::{ApiError, AppState, Caller};

/// The cookie holding a browser's session secret.
pub const SESSION_COOKIE: &str = "closeout_session";
/// The header htmx sends the CSRF token in (the layout sets it on every htmx request).
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The largest form body accepted.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// The signed-in person looking at a page. Extracting one sends anyone without a valid
/// session to the sign-in page (and back here afterwards), so a page handler that takes a
/// `Viewer` cannot be reached anonymously. Sessions follow the same role and organisation
/// rules as API tokens: `caller` is what the API's handlers get.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// The person, as every access rule sees them.
    pub caller: Caller,
    csrf_token: String,
}

impl Viewer {
    /// The layout's view of the page.
    pub fn chrome(&self, title: impl Into<String>, section: &'static str) -> Chrome {
        Chrome {
            title: title.into(),
            section,
            user: Some(ChromeUser {
                email: self.caller.principal().email.clone(),
                role: self.caller.role().as_str(),
                csrf_token: self.csrf_token.clone(),
            }),
        }
    }

    /// The viewer's time zone (UTC if their setting cannot be read).
    pub fn time_zone(&self) -> chrono_tz::Tz {
        self.caller
            .principal()
            .time_zone
            .parse()
            .unwrap_or(chrono_tz::UTC)
    }

    /// Today, where the viewer is: what "due tomorrow" and "overdue" count from.
    pub fn today(&self) -> chrono::NaiveDate {
        chrono::Utc::now()
            .with_timezone(&self.time_zone())
            .date_naive()
    }

    /// A stored (UTC) time as the viewer's local time, with the zone's abbreviation.
    pub fn local_time(&self, at: chrono::NaiveDateTime) -> String {
        at.and_utc()
            .with_timezone(&self.time_zone())
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }

    /// The token forms of this session send back.
    pub fn csrf_token(&self) -> &str {
        &self.csrf_token
    }

    /// Refuses a state-changing request unless it carries this session's CSRF token (the
    /// form's `csrf` field, or the `X-CSRF-Token` header htmx sends) and comes from our own
    /// pages. [`Submitted`] calls it for ordinary forms; a handler reading a multipart upload
    /// calls it with the upload's `csrf` part.
    pub fn verify(&self, request: &HttpRequest, sent: Option<&str>) -> Result<(), PageError> {
        let base_url = request
            .app_data::<web::Data<AppState>>()
            .map(|s| s.config.base_url.clone())
            .unwrap_or_default();
        let header = request
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok());
        let token_ok = sent
            .or(header)
            .is_some_and(|t| same_secret(t, &self.csrf_token));
        if token_ok && same_origin(request, &base_url) {
            Ok(())
        } else {
            Err(forged())
        }
    }
}

fn forged() -> PageError {
    ApiError::Forbidden(
        "this form has expired or was sent from another site; reload the page and try again".into(),
    )
    .into()
}

/// The path and query to come back to after signing in.
fn here(request: &HttpRequest) -> String {
    let uri = request.uri();
    uri.path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| uri.path().to_owned())
}

fn from_htmx(request: &HttpRequest) -> bool {
    request.headers().contains_key("hx-request")
}

impl FromRequest for Viewer {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Viewer, PageError>>>>;

    fn from_request(request: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        let secret = request.cookie(SESSION_COOKIE).map(|c| c.value().to_owned());
        let state = request.app_data::<web::Data<AppState>>().cloned();
        let sign_in = PageError::SignIn {
            next: if request.method() == Method::GET {
                here(request)
            } else {
                "/".to_owned()
            },
            htmx: from_htmx(request),
        };
        Box::pin(async move {
            let (Some(secret), Some(state)) = (secret, state) else {
                return Err(sign_in);
            };
            let now = closeout_model::id::now();
            let session = state
                .read(move |c| sign_in::session(c, &secret, now))
                .await?;
            match session {
                Some(session) => Ok(Viewer {
                    caller: Caller::new(session.principal),
                    csrf_token: session.csrf_token,
                }),
                None => Err(sign_in),
            }
        })
    }
}

/// Whether a state-changing request comes from our own pages: its `Origin` (or, without one,
/// `Sec-Fetch-Site`) must be this server or the configured base URL. Requests from tools that
/// send neither pass this check; they still need the session's CSRF token.
pub(crate) fn same_origin(request: &HttpRequest, base_url: &str) -> bool {
    let headers = request.headers();
    if let Some(origin) = headers.get(header::ORIGIN) {
        let Ok(origin) = origin.to_str() else {
            return false;
        };
        let info = request.connection_info();
        let own = format!("{}://{}", info.scheme(), info.host());
        return origin == own || origin == base_url.trim_end_matches('/');
    }
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => true,
    }
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A form whose only field is its CSRF token (a button: sign out, revoke).
#[derive(Debug, Deserialize)]
pub struct NoFields {}

#[derive(Deserialize)]
struct CsrfField {
    csrf: Option<String>,
}

/// A form a signed-in person sent, read only after its CSRF token (the `csrf` field or the
/// `X-CSRF-Token` header) matched their session's and its origin is ours; otherwise 403.
#[derive(Debug)]
pub struct Submitted<T> {
    /// Who sent it.
    pub viewer: Viewer,
    /// What they sent.
    pub form: T,
}

impl<T: DeserializeOwned + 'static> FromRequest for Submitted<T> {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Submitted<T>, PageError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let viewer = Viewer::from_request(request, payload);
        let body = web::Bytes::from_request(request, payload);
        let request = request.clone();
        let too_large = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok())
            .is_some_and(|n| n > MAX_FORM_BYTES);
        Box::pin(async move {
            let viewer = viewer.await?;
            if too_large {
                return Err(ApiError::PayloadTooLarge(format!(
                    "forms are limited to {MAX_FORM_BYTES} bytes"
                ))
                .into());
            }
            let body = body
                .await
                .map_err(|e| ApiError::BadRequest(format!("the form could not be read: {e}")))?;
            let sent = serde_urlencoded::from_bytes::<CsrfField>(&body)
                .ok()
                .and_then(|f| f.csrf);
            viewer.verify(&request, sent.as_deref())?;
            let form = serde_urlencoded::from_bytes::<T>(&body)
                .map_err(|e| ApiError::BadRequest(format!("the form could not be read: {e}")))?;
            Ok(Submitted { viewer, form })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_equal_only_when_identical() {
        assert!(same_secret("abc123", "abc123"));
        assert!(!same_secret("abc123", "abc124"));
        assert!(!same_secret("abc123", "abc12"));
        assert!(!same_secret("", "a"));
    }
}
