//! The HTTP error type and its one mapping to RFC 9457 problem details.
//!
//! Handlers return `Result<_, ApiError>`. Model errors convert with `?`; the conversion below is
//! the only place that decides which status and problem `type` a failure becomes. Internal
//! errors are logged here, once, with their cause chain, and the client gets a generic detail.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use closeout_model::{FieldError, ModelError};
use serde::Serialize;

/// What a client learns when the database cannot be reached (the cause is logged).
const DATABASE_UNAVAILABLE: &str = "the database cannot be reached right now; try again shortly";

/// The media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem details body.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A stable identifier of the kind of problem, e.g. `urn:closeout:problem:validation`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What went wrong this time, for a person.
    pub detail: String,
    /// For validation problems: each field at fault.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No valid credentials.
    #[error("{0}")]
    Unauthorized(String),
    /// Valid credentials, not allowed.
    #[error("{0}")]
    Forbidden(String),
    /// Nothing there, or nothing the caller may see.
    #[error("{0}")]
    NotFound(String),
    /// The request could not be read (malformed JSON, a bad query string).
    #[error("{0}")]
    BadRequest(String),
    /// Fields are invalid.
    #[error("{}", describe(.0))]
    Validation(Vec<FieldError>),
    /// The change conflicts with existing data.
    #[error("{0}")]
    Conflict(String),
    /// The request body is larger than allowed.
    #[error("{0}")]
    PayloadTooLarge(String),
    /// Storing the upload would take the organisation over its storage quota.
    #[error("{0}")]
    QuotaExceeded(String),
    /// The uploaded file is of a kind nothing here reads.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The uploaded file is of a supported kind but cannot be used (damaged, encrypted, no
    /// register in it).
    #[error("{0}")]
    UnprocessableFile(String),
    /// A dependency (the database) is not available.
    #[error("{0}")]
    Unavailable(String),
    /// Too many attempts or too much in flight; try again after `retry_after` seconds.
    #[error("{detail}")]
    TooManyRequests {
        /// What was refused and why.
        detail: String,
        /// Seconds until a new attempt may succeed (sent as `Retry-After`).
        retry_after: u64,
    },
    /// A bug or an unexpected failure.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

fn describe(errors: &[FieldError]) -> String {
    let fields: Vec<String> = errors
        .iter()
        .map(|e| format!("{}: {}", e.field, e.message))
        .collect();
    format!("the request has invalid fields ({})", fields.join("; "))
}

impl ApiError {
    /// An internal error from a message (the cause is logged, not shown).
    pub fn internal(message: impl std::fmt::Display) -> ApiError {
        ApiError::Internal(anyhow::anyhow!("{message}"))
    }

    /// A validation problem on one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::Validation(vec![FieldError::new(field, message)])
    }

    fn slug_and_title(&self) -> (&'static str, &'static str) {
        match self {
            ApiError::Unauthorized(_) => ("unauthorized", "Authentication required"),
            ApiError::Forbidden(_) => ("forbidden", "Not allowed"),
            ApiError::NotFound(_) => ("not-found", "Not found"),
            ApiError::BadRequest(_) => ("bad-request", "Malformed request"),
            ApiError::Validation(_) => ("validation", "Invalid input"),
            ApiError::Conflict(_) => ("conflict", "Conflict"),
            ApiError::PayloadTooLarge(_) => ("payload-too-large", "Request too large"),
            ApiError::QuotaExceeded(_) => ("storage-quota", "Storage quota exceeded"),
            ApiError::UnsupportedMediaType(_) => ("unsupported-file", "Unsupported file"),
            ApiError::UnprocessableFile(_) => ("unreadable-file", "The file cannot be imported"),
            ApiError::Unavailable(_) => ("unavailable", "Service unavailable"),
            ApiError::TooManyRequests { .. } => ("too-many-requests", "Too many requests"),
            ApiError::Internal(_) => ("internal", "Internal error"),
        }
    }

    /// The problem body for this error.
    pub fn problem(&self) -> Problem {
        let (slug, title) = self.slug_and_title();
        let detail = match self {
            ApiError::Internal(_) => {
                "something went wrong on our side; it has been logged".to_owned()
            }
            other => other.to_string(),
        };
        Problem {
            problem_type: format!("urn:closeout:problem:{slug}"),
            title: title.to_owned(),
            status: self.status_code().as_u16(),
            detail,
            errors: match self {
                ApiError::Validation(errors) => errors.clone(),
                _ => Vec::new(),
            },
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::PayloadTooLarge(_) | ApiError::QuotaExceeded(_) => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::UnprocessableFile(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(error) => {
                tracing::error!(error = ?error, "request failed");
            }
            ApiError::Unavailable(detail) => tracing::warn!(%detail, "dependency unavailable"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        response.content_type(PROBLEM_JSON);
        if matches!(self, ApiError::Unauthorized(_)) {
            response.insert_header((header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")));
        }
        if let ApiError::TooManyRequests { retry_after, .. } = self {
            response.insert_header((header::RETRY_AFTER, retry_after.to_string()));
        }
        response.json(self.problem())
    }
}

impl From<ModelError> for ApiError {
    fn from(error: ModelError) -> ApiError {
        match error {
            ModelError::Invalid(errors) => ApiError::Validation(errors),
            ModelError::NotFound { entity, id } => {
                ApiError::NotFound(format!("no {entity} {id} in your organisation"))
            }
            ModelError::Conflict(detail) => ApiError::Conflict(detail),
            ModelError::Limited {
                detail,
                retry_after,
            } => ApiError::TooManyRequests {
                detail,
                retry_after,
            },
            ModelError::Quota(detail) => ApiError::QuotaExceeded(detail),
            ModelError::Forbidden(detail) => ApiError::Forbidden(detail),
            // The database's own words (its address, a constraint's name) go to the log only.
            ModelError::Pool(e) => {
                tracing::warn!(error = %e, "no database connection");
                ApiError::Unavailable(DATABASE_UNAVAILABLE.to_owned())
            }
            ModelError::Connect(e) => {
                tracing::warn!(error = %e, "no database connection");
                ApiError::Unavailable(DATABASE_UNAVAILABLE.to_owned())
            }
            ModelError::Database(diesel_error) => match &diesel_error {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    info,
                ) => {
                    tracing::warn!(
                        constraint = info.constraint_name().unwrap_or(""),
                        table = info.table_name().unwrap_or(""),
                        message = info.message(),
                        "unique constraint refused a write"
                    );
                    ApiError::Conflict(
                        "this would duplicate something that already exists (the same name, \
                         email or reference)"
                            .to_owned(),
                    )
                }
                _ => ApiError::Internal(anyhow::Error::new(diesel_error)),
            },
            other @ (ModelError::Corrupt(_) | ModelError::Migration(_)) => {
                ApiError::Internal(anyhow::Error::new(other))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unique_violation_is_a_conflict_without_the_databases_words() {
        let error = ModelError::Database(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            Box::new("UNIQUE constraint failed: findings.audit_id, findings.reference".to_owned()),
        ));
        let problem = ApiError::from(error).problem();
        assert_eq!(problem.status, 409);
        assert!(
            problem.detail.contains("already exists"),
            "{}",
            problem.detail
        );
        for internal in ["UNIQUE", "constraint", "findings."] {
            assert!(!problem.detail.contains(internal), "{}", problem.detail);
        }
    }
}
