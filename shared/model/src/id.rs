//! Identifiers and clocks shared by every table.
//!
//! Each kind of row has its own identifier type ([`AuditId`], [`FindingId`], ...), so one
//! cannot be handed where another is meant:
//!
//! ```
//! use closeout_model::{DbConnection, ModelError, Scope, audit, finding::Finding};
//! fn audit_name(c: &mut DbConnection, scope: &Scope, f: &Finding) -> Result<String, ModelError> {
//!     Ok(audit::get(c, scope, &f.audit_id)?.name)
//! }
//! ```
//!
//! ```compile_fail
//! use closeout_model::{DbConnection, ModelError, Scope, audit, finding::Finding};
//! fn audit_name(c: &mut DbConnection, scope: &Scope, f: &Finding) -> Result<String, ModelError> {
//!     Ok(audit::get(c, scope, &f.id)?.name) // a finding's id, not its audit's
//! }
//! ```

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

/// Declares an identifier type for one kind of row. A value is had two ways: parsed from what
/// a client sent ([`parse`](AuditId::parse): not found unless it is one of our identifiers),
/// or read from a stored row inside this crate. A function that takes an `AuditId` cannot be
/// handed a finding's id, nor an unchecked path segment.
macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $entity:literal) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize,
            diesel::expression::AsExpression,
        )]
        #[serde(transparent)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub struct $name(String);

        // Queries compare the typed id directly (`findings::id.eq(id)`), on either backend.
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    self.0.as_str(),
                    out,
                )
            }
        }

        impl $name {
            /// Reads an identifier a client sent: not found (naming it) unless it is one.
            pub fn parse(raw: &str) -> Result<$name, crate::ModelError> {
                let raw = raw.trim();
                if is_id(raw) {
                    Ok($name(raw.to_owned()))
                } else {
                    Err(crate::ModelError::not_found($entity, raw))
                }
            }

            /// A new identifier, for a row about to be written.
            #[allow(dead_code)] // not every kind of row is written through its typed id yet
            pub(crate) fn generate() -> $name {
                $name(new_id())
            }

            /// An identifier read from a stored row.
            #[allow(dead_code)] // some rows are still read with plain text ids
            pub(crate) fn stored(raw: String) -> $name {
                $name(raw)
            }

            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<&$name> for String {
            fn eq(&self, other: &&$name) -> bool {
                *self == other.0
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let raw = String::deserialize(deserializer)?;
                $name::parse(&raw).map_err(serde::de::Error::custom)
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                <String as utoipa::PartialSchema>::schema()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

typed_id!(
    /// An audit's identifier.
    AuditId,
    "audit"
);
typed_id!(
    /// A finding's identifier.
    FindingId,
    "finding"
);
typed_id!(
    /// A task's identifier.
    TaskId,
    "task"
);
typed_id!(
    /// An evidence item's identifier.
    EvidenceId,
    "evidence"
);
typed_id!(
    /// An API token's identifier.
    TokenId,
    "token"
);
typed_id!(
    /// An import's identifier.
    ImportId,
    "import"
);
typed_id!(
    /// A person's identifier.
    UserId,
    "user"
);
typed_id!(
    /// A queued email's identifier.
    NotificationId,
    "notification"
);
typed_id!(
    /// A calendar feed's identifier.
    FeedId,
    "calendar feed"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_id_is_one_of_ours_or_not_found_naming_its_kind() {
        let raw = new_id();
        let id = FindingId::parse(&format!(" {raw} ")).expect("a fresh id parses");
        assert_eq!(id.as_str(), raw);
        match AuditId::parse("NC-01") {
            Err(crate::ModelError::NotFound { entity, id }) => {
                assert_eq!((entity, id.as_str()), ("audit", "NC-01"));
            }
            other => panic!("expected not found, got {other:?}"),
        }
        assert!(TaskId::parse("").is_err());
    }

    #[test]
    fn a_typed_id_reads_and_writes_as_plain_text() {
        let raw = new_id();
        let id: UserId = serde_json::from_value(serde_json::json!(raw)).expect("an id");
        assert_eq!(
            serde_json::to_value(&id).expect("json"),
            serde_json::json!(raw)
        );
        assert!(serde_json::from_value::<UserId>(serde_json::json!("alice")).is_err());
    }
}
