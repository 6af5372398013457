//! Organisations: the tenant boundary. Every other table carries an organisation id and every
//! query filters on it.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::id::{new_id, now};
use crate::schema::organisations;

/// An organisation whose ISMS is audited.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    /// Identifier.
    pub id: String,
    /// Display name.
    pub name: String,
    /// When it was created (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::NaiveDateTime,
}

/// Creates an organisation.
pub fn create(connection: &mut DbConnection, name: &str) -> Result<Organisation, ModelError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ModelError::invalid(
            "name",
            "an organisation needs a name of 1 to 200 characters",
        ));
    }
    let organisation = Organisation {
        id: new_id(),
        name: name.to_owned(),
        created_at: now(),
    };
    diesel::insert_into(organisations::table)
        .values(&organisation)
        .execute(connection)?;
    Ok(organisation)
}

/// Reads an organisation.
pub fn get(connection: &mut DbConnection, id: &str) -> Result<Organisation, ModelError> {
    organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("organisation", id))
}

/// Lists every organisation (for administrators on the command line).
pub fn list(connection: &mut DbConnection) -> Result<Vec<Organisation>, ModelError> {
    Ok(organisations::table
        .select(Organisation::as_select())
        .order(organisations::id)
        .load(connection)?)
}
