//! Closeout's HTTP conventions and the runner every binary shares.
//!
//! - [`problem`]: the one error type of the HTTP layer and its mapping to RFC 9457 problems;
//! - [`auth`]: the [`auth::Caller`] extractor (bearer tokens) and role checks;
//! - [`state`]: what handlers reach (database, catalog, configuration), with helpers that run
//!   database work on blocking threads;
//! - [`kept`]: answers computed from all of an organisation's findings, kept until a write;
//! - [`params`]: pagination and filter parameters;
//! - [`service`], [`server`], [`openapi`], [`health`]: how services are described, mounted
//!   together on one port, documented and probed;
//! - [`cli`] and [`telemetry`]: the shared command line and logging;
//! - [`ui`]: the web interface's layout, sessions, forms and sign-in pages.
//!
//! The model crate knows nothing of HTTP; this crate is where HTTP meets it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod access;
pub mod auth;
pub mod cli;
pub mod headers;
pub mod health;
pub mod ingress;
pub mod kept;
pub mod metrics;
pub mod openapi;
pub mod otlp;
pub mod params;
pub mod problem;
pub mod server;
pub mod service;
pub mod state;
pub mod streamed;
pub mod telemetry;
pub mod ui;
pub mod upload;

pub use auth::Caller;
pub use problem::ApiError;
pub use service::Service;
pub use state::AppState;
