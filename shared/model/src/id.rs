//! Identifiers and clocks shared by every table.

use chrono::{NaiveDateTime, Timelike as _, Utc};

/// A new row identifier: a UUIDv7, so identifiers sort by creation time and keyset pagination
/// by id returns rows in the order they were made.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The current time as stored: UTC without an offset, to the microsecond (PostgreSQL's
/// precision), so a value reads back equal to what was written on both backends.
pub fn now() -> NaiveDateTime {
    let now = Utc::now().naive_utc();
    now.with_nanosecond((now.and_utc().timestamp_subsec_micros()) * 1_000)
        .unwrap_or(now)
}

/// Checks that a path or query parameter looks like one of our identifiers before it reaches a
/// query, so a typo is a clear 404 rather than a scan for a string that cannot match.
pub fn is_id(candidate: &str) -> bool {
    uuid::Uuid::try_parse(candidate).is_ok()
}

/// Serialises a stored UTC time as RFC 3339 with its `Z`, so clients never guess the zone.
pub fn as_utc<S: serde::Serializer>(
    value: &NaiveDateTime,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(
        &value
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
    )
}

/// [`as_utc`] for optional times.
pub fn as_utc_opt<S: serde::Serializer>(
    value: &Option<NaiveDateTime>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => as_utc(value, serializer),
        None => serializer.serialize_none(),
    }
}
