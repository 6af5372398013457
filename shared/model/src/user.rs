//! People and their roles within one organisation.

use crate::id::UserId;
use crate::scope::Scope;
use std::fmt;
use std::str::FromStr;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Change};
use crate::id::{new_id, now};
use crate::schema::users;

/// What a user may do. Checked by the services on every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Manages users and tokens, and everything a manager does.
    Admin,
    /// Runs the audit follow-up: audits, findings, plans, submissions.
    Manager,
    /// A control owner: sees and works on what is assigned to them.
    Contributor,
    /// Reads everything and verifies corrective actions.
    Auditor,
}

impl Role {
    /// Every role, in order of decreasing power.
    pub const ALL: [Role; 4] = [Role::Admin, Role::Manager, Role::Contributor, Role::Auditor];

    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Contributor => "contributor",
            Role::Auditor => "auditor",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!("unknown role `{s}`; expected admin, manager, contributor or auditor")
            })
    }
}

/// An email address, trimmed and lower-cased so that one person is one user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Accepts `local@domain` with no spaces, control characters or angle brackets (the address
    /// ends up in mail headers, so nothing that could break out of one gets in).
    pub fn parse(raw: &str) -> Result<Email, String> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= 254
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && !domain.is_empty() && !domain.contains('@')
            })
            && !email
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c));
        if valid {
            Ok(Email(email))
        } else {
            Err(format!("`{}` is not an email address", raw.trim()))
        }
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person in an organisation.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
pub struct UserRow {
    /// Identifier.
    pub id: String,
    /// The organisation the user belongs to.
    pub organisation_id: String,
    /// Lower-cased email address, unique within the organisation.
    pub email: String,
    /// Display name, if known.
    pub name: Option<String>,
    /// Stored role name.
    pub role: String,
    /// IANA time zone name, for reminders at the user's local hour.
    pub time_zone: String,
    /// When the user was created (UTC).
    pub created_at: chrono::NaiveDateTime,
}

/// A user as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct User {
    /// Identifier.
    pub id: UserId,
    /// Email address.
    pub email: String,
    /// Display name.
    pub name: Option<String>,
    /// Role.
    pub role: Role,
    /// IANA time zone name.
    pub time_zone: String,
    /// When the user was created (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: chrono::NaiveDateTime,
}

impl TryFrom<UserRow> for User {
    type Error = ModelError;
    fn try_from(row: UserRow) -> Result<User, ModelError> {
        Ok(User {
            role: row.role.parse().map_err(ModelError::Corrupt)?,
            id: UserId::stored(row.id),
            email: row.email,
            name: row.name,
            time_zone: row.time_zone,
            created_at: row.created_at,
        })
    }
}

/// What is needed to add a user, already checked.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Email address.
    pub email: Email,
    /// Display name.
    pub name: Option<String>,
    /// Role.
    pub role: Role,
}

/// Adds a user to an organisation; an address already there is a conflict.
pub fn create(
    connection: &mut DbConnection,
    scope: &Scope,
    new: NewUser,
) -> Result<User, ModelError> {
    let organisation_id = scope.organisation_id();
    if find_by_email(connection, scope, &new.email)?.is_some() {
        return Err(ModelError::Conflict(format!(
            "a user with email {} already exists",
            new.email.as_str()
        )));
    }
    let row = UserRow {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        email: new.email.as_str().to_owned(),
        name: new
            .name
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty()),
        role: new.role.as_str().to_owned(),
        time_zone: "UTC".to_owned(),
        created_at: now(),
    };
    diesel::insert_into(users::table)
        .values(&row)
        .execute(connection)?;
    history::record(
        connection,
        scope,
        history::Entity::User,
        &row.id,
        "create",
        &[
            Change::set("email", &row.email),
            Change::set("role", &row.role),
        ],
        None,
    )?;
    User::try_from(row)
}

/// Sets a user's time zone (an IANA name the caller has checked), recording the change.
pub fn set_time_zone(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &UserId,
    time_zone: &str,
) -> Result<User, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    if before.time_zone == time_zone {
        return Ok(before);
    }
    diesel::update(
        users::table
            .filter(users::organisation_id.eq(organisation_id))
            .filter(users::id.eq(id)),
    )
    .set(users::time_zone.eq(time_zone))
    .execute(connection)?;
    history::record(
        connection,
        scope,
        history::Entity::User,
        id,
        "time zone",
        &[Change {
            field: "time_zone".into(),
            from: serde_json::json!(before.time_zone),
            to: serde_json::json!(time_zone),
        }],
        None,
    )?;
    get(connection, scope, id)
}

/// Changes a user's role, recording the change. The organisation keeps at least one
/// administrator: the last one cannot be made something else.
pub fn set_role(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &UserId,
    role: Role,
) -> Result<User, ModelError> {
    let organisation_id = scope.organisation_id();
    let before = get(connection, scope, id)?;
    if before.role == role {
        return Ok(before);
    }
    if before.role == Role::Admin {
        let admins: i64 = users::table
            .filter(users::organisation_id.eq(organisation_id))
            .filter(users::role.eq(Role::Admin.as_str()))
            .count()
            .get_result(connection)?;
        if admins <= 1 {
            return Err(ModelError::Conflict(
                "this is the organisation's only administrator; make someone else administrator first"
                    .into(),
            ));
        }
    }
    diesel::update(
        users::table
            .filter(users::organisation_id.eq(organisation_id))
            .filter(users::id.eq(id)),
    )
    .set(users::role.eq(role.as_str()))
    .execute(connection)?;
    history::record(
        connection,
        scope,
        history::Entity::User,
        id,
        "role",
        &[Change {
            field: "role".into(),
            from: serde_json::json!(before.role.as_str()),
            to: serde_json::json!(role.as_str()),
        }],
        None,
    )?;
    get(connection, scope, id)
}

/// Finds a user of the organisation by email.
pub fn find_by_email(
    connection: &mut DbConnection,
    scope: &Scope,
    email: &Email,
) -> Result<Option<User>, ModelError> {
    let organisation_id = scope.organisation_id();
    users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::email.eq(email.as_str()))
        .select(UserRow::as_select())
        .first(connection)
        .optional()?
        .map(User::try_from)
        .transpose()
}

/// The id of the user an owner email names, for assigning work; `None` for no owner. An email
/// that is not a user of the organisation is an `owner` field error.
pub fn owner_id(
    connection: &mut DbConnection,
    scope: &Scope,
    owner: Option<&Email>,
) -> Result<Option<String>, ModelError> {
    owner
        .map(|email| {
            find_by_email(connection, scope, email)?
                .map(|user| user.id.to_string())
                .ok_or_else(|| no_such_owner(email))
        })
        .transpose()
}

/// The `owner` error for an address no user of the organisation has.
pub(crate) fn no_such_owner(email: &Email) -> ModelError {
    ModelError::invalid(
        "owner",
        format!("no user with email {} in this organisation", email.as_str()),
    )
}

/// The ids of the organisation's users by email: owners of a whole import resolved in one query.
pub fn ids_by_email(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<std::collections::HashMap<String, String>, ModelError> {
    Ok(users::table
        .filter(users::organisation_id.eq(scope.organisation_id()))
        .select((users::email, users::id))
        .load::<(String, String)>(connection)?
        .into_iter()
        .collect())
}

/// Reads a user of the organisation.
pub fn get(connection: &mut DbConnection, scope: &Scope, id: &UserId) -> Result<User, ModelError> {
    let organisation_id = scope.organisation_id();
    users::table
        .filter(users::organisation_id.eq(organisation_id))
        .filter(users::id.eq(id))
        .select(UserRow::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("user", id.as_str()))
        .and_then(User::try_from)
}

/// Lists the organisation's users, oldest first.
pub fn list(connection: &mut DbConnection, scope: &Scope) -> Result<Vec<User>, ModelError> {
    let organisation_id = scope.organisation_id();
    users::table
        .filter(users::organisation_id.eq(organisation_id))
        .order(users::id)
        .select(UserRow::as_select())
        .load(connection)?
        .into_iter()
        .map(User::try_from)
        .collect()
}

/// Whether any user exists at all, in any organisation (first-run detection).
pub fn any_exist(connection: &mut DbConnection) -> Result<bool, ModelError> {
    Ok(users::table
        .select(users::id)
        .first::<String>(connection)
        .optional()?
        .is_some())
}
