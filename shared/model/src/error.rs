//! The model's one error type.
//!
//! Policy: model functions return `Result<_, ModelError>`. Input problems are
//! [`ModelError::Invalid`] with one [`FieldError`] per field, so a caller can show them all at
//! once; a missing or foreign row is [`ModelError::NotFound`] (another organisation's data is
//! reported exactly like data that does not exist); everything else is a failure of the
//! database itself. The HTTP layer maps these to problem responses in one place.

use serde::Serialize;

/// One thing wrong with one input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as the client named it (`grade`, `requirements[1]`).
    pub field: String,
    /// What is wrong, in words a user can act on.
    pub message: String,
}

impl FieldError {
    /// A field error from anything printable.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Everything that can go wrong below the HTTP layer.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The input does not describe a valid value; every field that is wrong is listed.
    #[error("invalid input: {}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// No such row in the caller's organisation.
    #[error("{entity} {id} not found")]
    NotFound {
        /// What kind of thing was looked for (`audit`, `finding`).
        entity: &'static str,
        /// The identifier that was asked for.
        id: String,
    },
    /// The caller may not do this (a rule of the domain, such as who verifies).
    #[error("{0}")]
    Forbidden(String),
    /// The change conflicts with data already there (a duplicate reference, say).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts in too short a time: a limit of [`crate::limits`].
    #[error("{detail}")]
    Limited {
        /// What was refused and why.
        detail: String,
        /// Seconds until an attempt may succeed again.
        retry_after: u64,
    },
    /// Storing this would take the organisation over its storage quota.
    #[error("{0}")]
    Quota(String),
    /// A stored value the code cannot read back: a bug or a hand-edited database.
    #[error("corrupt data: {0}")]
    Corrupt(String),
    /// The database could not be reached.
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migration(String),
    /// No connection came free in time.
    #[error("database pool: {0}")]
    Pool(#[from] r2d2::Error),
    /// A query failed.
    #[error("database: {0}")]
    Database(#[from] diesel::result::Error),
}

impl ModelError {
    /// An [`ModelError::Invalid`] with a single field error.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> ModelError {
        ModelError::Invalid(vec![FieldError::new(field, message)])
    }

    /// A [`ModelError::NotFound`].
    pub fn not_found(entity: &'static str, id: impl Into<String>) -> ModelError {
        ModelError::NotFound {
            entity,
            id: id.into(),
        }
    }
}
