//! Rendering pages, and the one mapping of errors to what a person sees.

use std::collections::BTreeMap;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;
use closeout_model::FieldError;

use crate::ApiError;

/// What the layout needs on every page: the title, where in the menu we are, and who is
/// signed in (none on the sign-in pages).
#[derive(Debug, Clone)]
pub struct Chrome {
    /// The page's title (the layout adds "· Closeout").
    pub title: String,
    /// The menu entry to mark as current (`home`, `audits`), or empty.
    pub section: &'static str,
    /// The person signed in.
    pub user: Option<ChromeUser>,
}

/// The signed-in person, as the layout shows them.
#[derive(Debug, Clone)]
pub struct ChromeUser {
    /// Their email.
    pub email: String,
    /// Their role.
    pub role: &'static str,
    /// The session's CSRF token, which the layout gives to htmx and to the sign-out form.
    pub csrf_token: String,
}

impl Chrome {
    /// The session's CSRF token, for a form's hidden `csrf` field (empty when signed out).
    pub fn csrf_token(&self) -> &str {
        self.user.as_ref().map_or("", |u| u.csrf_token.as_str())
    }

    /// The chrome of a page seen by nobody in particular (sign in, set a password).
    pub fn anonymous(title: impl Into<String>) -> Chrome {
        Chrome {
            title: title.into(),
            section: "",
            user: None,
        }
    }
}

/// A page's content: every page template has the layout's [`Chrome`] (declare it with
/// [`crate::screen!`]); [`html`] wraps the rendered content in the layout.
pub trait Screen: Template {
    /// What the layout needs.
    fn chrome(&self) -> &Chrome;
}

/// Declares that page templates carry their [`Chrome`] in a field named `chrome`.
#[macro_export]
macro_rules! screen {
    ($($page:ty),+ $(,)?) => {
        $(impl $crate::ui::Screen for $page {
            fn chrome(&self) -> &$crate::ui::Chrome {
                &self.chrome
            }
        })+
    };
}

/// The layout every page shares, around a page's rendered content.
#[derive(Template)]
#[template(path = "layout.html")]
struct Layout<'a> {
    chrome: &'a Chrome,
    main: &'a str,
}

fn rendered(template: &impl Template) -> Result<String, PageError> {
    template
        .render()
        .map_err(|e| PageError::Api(ApiError::internal(format!("rendering a page: {e}"))))
}

fn respond(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

/// Renders a page inside the layout into an HTML response.
pub fn html(status: StatusCode, page: &impl Screen) -> Result<HttpResponse, PageError> {
    let main = rendered(page)?;
    let whole = rendered(&Layout {
        chrome: page.chrome(),
        main: &main,
    })?;
    Ok(respond(status, whole))
}

/// Renders a panel (a part of a page that htmx loads into another) without the layout.
pub fn fragment(status: StatusCode, part: &impl Template) -> Result<HttpResponse, PageError> {
    Ok(respond(status, rendered(part)?))
}

/// "See other": where a form sends the browser after it did its work (post/redirect/get).
pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// Validation problems by field, for showing each next to its field.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    /// The problems of a validation error; `None` for any other error (which the page
    /// mapping handles).
    pub fn of(error: &ApiError) -> Option<FieldErrors> {
        match error {
            ApiError::Validation(errors) => Some(FieldErrors::from(errors.as_slice())),
            _ => None,
        }
    }

    /// The problem with `field`, if any.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    /// The first problem of a list field (`invite_domains[2]` for `invite_domains`), if any.
    pub fn first_with_prefix(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(name, _)| {
                name.as_str() == field
                    || name
                        .strip_prefix(field)
                        .is_some_and(|rest| rest.starts_with('['))
            })
            .map(|(_, message)| message.as_str())
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&[FieldError]> for FieldErrors {
    fn from(errors: &[FieldError]) -> FieldErrors {
        let mut map = BTreeMap::new();
        for error in errors {
            map.entry(error.field.clone())
                .and_modify(|m: &mut String| {
                    m.push_str("; ");
                    m.push_str(&error.message);
                })
                .or_insert_with(|| error.message.clone());
        }
        FieldErrors(map)
    }
}

/// Everything a page handler can fail with: the API's errors, shown as a page, and "sign in
/// first", which sends the browser to the sign-in page and back afterwards.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// Nobody is signed in (or the session ended): sign in, then come back to `next`.
    #[error("sign in first")]
    SignIn {
        /// The path to return to.
        next: String,
        /// The request came from htmx, which must be told to navigate rather than follow.
        htmx: bool,
    },
    /// Anything else.
    #[error(transparent)]
    Api(#[from] ApiError),
}

impl From<closeout_model::ModelError> for PageError {
    fn from(error: closeout_model::ModelError) -> PageError {
        PageError::Api(error.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: Chrome,
    heading: &'a str,
    detail: String,
}

crate::screen!(ErrorPage<'_>);

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::SignIn { .. } => StatusCode::SEE_OTHER,
            PageError::Api(error) => error.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let error = match self {
            PageError::SignIn { next, htmx } => {
                let location = format!(
                    "/sign-in?{}",
                    serde_urlencoded::to_string([("next", next.as_str())]).unwrap_or_default()
                );
                if *htmx {
                    return HttpResponse::Ok()
                        .insert_header(("HX-Redirect", location))
                        .finish();
                }
                return redirect(&location);
            }
            PageError::Api(error) => error,
        };
        if let ApiError::Internal(cause) = error {
            tracing::error!(error = ?cause, "page failed");
        }
        let problem = error.problem();
        let page = ErrorPage {
            chrome: Chrome::anonymous(problem.title.clone()),
            heading: &problem.title,
            detail: problem.detail,
        };
        let mut response = match html(self.status_code(), &page) {
            Ok(response) => response,
            Err(_) => respond(self.status_code(), problem.title.clone()),
        };
        if let ApiError::TooManyRequests { retry_after, .. } = error {
            response.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(*retry_after),
            );
        }
        response
    }
}

/// One option of a `<select>`, marked when it is the current value.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The value sent.
    pub value: String,
    /// What people read.
    pub label: String,
    /// Whether it is the current value.
    pub selected: bool,
}

impl Choice {
    /// The options for `(value, label)` pairs, with `current` selected.
    pub fn list<V: Into<String>, L: Into<String>>(
        pairs: impl IntoIterator<Item = (V, L)>,
        current: &str,
    ) -> Vec<Choice> {
        pairs
            .into_iter()
            .map(|(value, label)| {
                let value = value.into();
                Choice {
                    selected: value == current,
                    value,
                    label: label.into(),
                }
            })
            .collect()
    }
}

/// Escapes text for HTML content and attribute values (for HTML written outside templates,
/// such as an email's body).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
