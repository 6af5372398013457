//! The web interface's common parts: the layout every page shares, the signed-in [`Viewer`]
//! and checked form submissions ([`Submitted`], with its CSRF and origin checks), the one
//! mapping of errors to pages ([`PageError`]), the embedded assets, and the sign-in pages.
//!
//! Each service renders the content of the pages it owns with askama templates in its own
//! `templates/` folder; [`html`] wraps that content in `templates/layout.html` here, so no
//! service reaches into this crate's files. A page that shows something another service owns
//! loads that service's panel ([`fragment`]) with htmx and links to it, so every page also
//! reads without JavaScript.

pub mod assets;
pub mod labels;
pub(crate) mod page;
mod pager;
pub mod sign_in;
mod viewer;

pub use page::{
    Choice, Chrome, ChromeUser, FieldErrors, PageError, Screen, escape, fragment, html, redirect,
};
pub use pager::{Pager, SortHeader};
pub use viewer::{CSRF_HEADER, NoFields, SESSION_COOKIE, Submitted, Viewer};

/// Registers the routes every deployment serves: assets and signing in and out.
pub fn routes(config: &mut actix_web::web::ServiceConfig) {
    assets::routes(config);
    sign_in::routes(config);
}
