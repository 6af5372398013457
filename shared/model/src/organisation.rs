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
    /// How slashed dates in imported files are read when the file does not settle it:
    /// `dmy`, `mdy`, or null (day first, with a warning).
    pub date_order: Option<String>,
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
        date_order: None,
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

/// Sets how slashed dates are read for this organisation (`dmy`, `mdy` or none).
pub fn set_date_order(
    connection: &mut DbConnection,
    id: &str,
    actor: &crate::history::Actor,
    date_order: Option<&str>,
) -> Result<Organisation, ModelError> {
    if let Some(order) = date_order
        && order != "dmy"
        && order != "mdy"
    {
        return Err(ModelError::invalid(
            "date_order",
            "must be dmy, mdy or null",
        ));
    }
    let before = get(connection, id)?;
    if before.date_order.as_deref() == date_order {
        return Ok(before);
    }
    diesel::update(organisations::table.find(id))
        .set(organisations::date_order.eq(date_order))
        .execute(connection)?;
    crate::history::record(
        connection,
        id,
        actor,
        crate::history::Entity::Organisation,
        id,
        "update",
        &[crate::history::Change {
            field: "date_order".into(),
            from: serde_json::json!(before.date_order),
            to: serde_json::json!(date_order),
        }],
        None,
    )?;
    get(connection, id)
}
