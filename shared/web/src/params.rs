//! Query parameters shared by list endpoints.

use closeout_model::page::PageRequest;
use serde::Deserialize;

use crate::problem::ApiError;

/// `limit`, `offset` and `after` of a paginated list.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Items per page (1-500, default 50).
    pub limit: Option<i64>,
    /// Items to skip (default 0).
    pub offset: Option<i64>,
    /// Keyset paging: the `next_after` of the previous page. Stays fast on long lists.
    pub after: Option<String>,
}

impl PageParams {
    /// The checked page request.
    pub fn parse(&self) -> Result<PageRequest, ApiError> {
        Ok(PageRequest::parse(
            self.limit,
            self.offset,
            self.after.clone(),
        )?)
    }
}

/// Reads an optional enum-valued query parameter, naming the parameter when it is wrong.
pub fn parse_optional<T: std::str::FromStr<Err = String>>(
    name: &str,
    value: Option<&str>,
) -> Result<Option<T>, ApiError> {
    value
        .filter(|v| !v.is_empty())
        .map(|v| v.parse::<T>().map_err(|e| ApiError::invalid(name, e)))
        .transpose()
}

/// Reads an optional `YYYY-MM-DD` date, adding a field error when it is not one.
pub fn date(
    field: &str,
    value: Option<&str>,
    errors: &mut Vec<closeout_model::FieldError>,
) -> Option<chrono::NaiveDate> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    match chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) => Some(date),
        Err(_) => {
            errors.push(closeout_model::FieldError::new(
                field,
                format!("`{value}` is not a date in the form YYYY-MM-DD"),
            ));
            None
        }
    }
}

/// Deserialises a field that may be absent (leave it alone), null (clear it) or a value (set
/// it), for PATCH bodies: `#[serde(default, deserialize_with = "nullable")]` on an
/// `Option<Option<T>>`.
pub fn nullable<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Combines field errors found while reading a request (a malformed date, say) with the model's
/// own validation of the rest, so a client sees every problem at once.
pub fn with_errors<T>(
    parsed: Result<T, closeout_model::ModelError>,
    mut errors: Vec<closeout_model::FieldError>,
) -> Result<T, ApiError> {
    match parsed {
        Ok(value) if errors.is_empty() => Ok(value),
        Ok(_) => Err(ApiError::Validation(errors)),
        Err(closeout_model::ModelError::Invalid(more)) => {
            errors.extend(more);
            Err(ApiError::Validation(errors))
        }
        Err(other) => Err(other.into()),
    }
}

/// Reads an optional `YYYY-MM-DD` query value, defaulting to today (UTC).
pub fn date_or_today(field: &str, value: Option<&str>) -> Result<chrono::NaiveDate, ApiError> {
    let mut errors = Vec::new();
    match date(field, value, &mut errors) {
        Some(day) => Ok(day),
        None if errors.is_empty() => Ok(chrono::Utc::now().date_naive()),
        None => Err(ApiError::Validation(errors)),
    }
}
