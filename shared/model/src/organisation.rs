//! Organisations: the tenant boundary. Every other table carries an organisation id and every
//! query filters on it.

use crate::scope::Scope;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::id::{new_id, now};
use crate::schema::organisations;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organisations)]
struct OrganisationRow {
    id: String,
    name: String,
    created_at: chrono::NaiveDateTime,
    date_order: Option<String>,
    invite_domains: String,
    token_lifetime_days: i32,
}

impl OrganisationRow {
    fn into_organisation(self) -> Result<Organisation, ModelError> {
        Ok(Organisation {
            invite_domains: serde_json::from_str(&self.invite_domains).map_err(|e| {
                ModelError::Corrupt(format!("organisation {} invite domains: {e}", self.id))
            })?,
            id: self.id,
            name: self.name,
            created_at: self.created_at,
            date_order: self.date_order,
            token_lifetime_days: self.token_lifetime_days,
        })
    }
}

/// An organisation whose ISMS is audited.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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
    /// Email domains an import may invite the owners it names from (with `invite_owners`):
    /// an import never writes to an address outside them.
    pub invite_domains: Vec<String>,
    /// The longest a new API token may live, in days (1 to 3650; 90 unless changed). A token
    /// asked for with a longer life, or with none, gets this one.
    pub token_lifetime_days: i32,
}

impl Organisation {
    /// Whether an import may invite this address.
    pub fn may_invite(&self, email: &crate::user::Email) -> bool {
        let domain = email.as_str().rsplit('@').next().unwrap_or_default();
        self.invite_domains
            .iter()
            .any(|d| d.eq_ignore_ascii_case(domain))
    }
}

/// How long a new token may live unless the organisation says otherwise.
pub const DEFAULT_TOKEN_LIFETIME_DAYS: i32 = 90;

/// Creates an organisation.
pub fn create(connection: &mut DbConnection, name: &str) -> Result<Organisation, ModelError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ModelError::invalid(
            "name",
            "an organisation needs a name of 1 to 200 characters",
        ));
    }
    let row = OrganisationRow {
        id: new_id(),
        name: name.to_owned(),
        created_at: now(),
        date_order: None,
        invite_domains: "[]".to_owned(),
        token_lifetime_days: DEFAULT_TOKEN_LIFETIME_DAYS,
    };
    diesel::insert_into(organisations::table)
        .values(&row)
        .execute(connection)?;
    row.into_organisation()
}

/// Reads an organisation.
pub fn get(connection: &mut DbConnection, scope: &Scope) -> Result<Organisation, ModelError> {
    let id = scope.organisation_id();
    organisations::table
        .find(id)
        .select(OrganisationRow::as_select())
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("organisation", id))?
        .into_organisation()
}

/// Lists every organisation (for administrators on the command line).
pub fn list(connection: &mut DbConnection) -> Result<Vec<Organisation>, ModelError> {
    organisations::table
        .select(OrganisationRow::as_select())
        .order(organisations::id)
        .load::<OrganisationRow>(connection)?
        .into_iter()
        .map(OrganisationRow::into_organisation)
        .collect()
}

/// Sets how slashed dates are read for this organisation (`dmy`, `mdy` or none).
pub fn set_date_order(
    connection: &mut DbConnection,
    scope: &Scope,
    date_order: Option<&str>,
) -> Result<Organisation, ModelError> {
    let id = scope.organisation_id();
    if let Some(order) = date_order
        && order != "dmy"
        && order != "mdy"
    {
        return Err(ModelError::invalid(
            "date_order",
            "must be dmy, mdy or null",
        ));
    }
    let before = get(connection, scope)?;
    if before.date_order.as_deref() == date_order {
        return Ok(before);
    }
    diesel::update(organisations::table.find(id))
        .set(organisations::date_order.eq(date_order))
        .execute(connection)?;
    recorded(
        connection,
        scope,
        "date_order",
        serde_json::json!(before.date_order),
        serde_json::json!(date_order),
    )
}

/// Sets the email domains an import may invite owners from (`acme.com`), replacing the list.
pub fn set_invite_domains(
    connection: &mut DbConnection,
    scope: &Scope,
    domains: &[String],
) -> Result<Organisation, ModelError> {
    let id = scope.organisation_id();
    let mut cleaned: Vec<String> = Vec::new();
    let mut errors = Vec::new();
    for (index, domain) in domains.iter().enumerate() {
        let domain = domain.trim().trim_start_matches('@').to_lowercase();
        let valid = domain.len() <= 253
            && domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if !valid {
            errors.push(crate::error::FieldError::new(
                format!("invite_domains[{index}]"),
                format!("`{domain}` is not a domain name such as example.org"),
            ));
        } else if !cleaned.contains(&domain) {
            cleaned.push(domain);
        }
    }
    if !errors.is_empty() {
        return Err(ModelError::Invalid(errors));
    }
    let before = get(connection, scope)?;
    if before.invite_domains == cleaned {
        return Ok(before);
    }
    diesel::update(organisations::table.find(id))
        .set(organisations::invite_domains.eq(serde_json::json!(cleaned).to_string()))
        .execute(connection)?;
    recorded(
        connection,
        scope,
        "invite_domains",
        serde_json::json!(before.invite_domains),
        serde_json::json!(cleaned),
    )
}

/// Sets the longest life of a new API token, in days (1 to 3650). Tokens already made keep
/// their expiry.
pub fn set_token_lifetime_days(
    connection: &mut DbConnection,
    scope: &Scope,
    days: i32,
) -> Result<Organisation, ModelError> {
    let id = scope.organisation_id();
    if !(1..=3650).contains(&days) {
        return Err(ModelError::invalid(
            "token_lifetime_days",
            "must be between 1 and 3650",
        ));
    }
    let before = get(connection, scope)?;
    if before.token_lifetime_days == days {
        return Ok(before);
    }
    diesel::update(organisations::table.find(id))
        .set(organisations::token_lifetime_days.eq(days))
        .execute(connection)?;
    recorded(
        connection,
        scope,
        "token_lifetime_days",
        serde_json::json!(before.token_lifetime_days),
        serde_json::json!(days),
    )
}

/// Sets how many bytes the organisation's kept files may take (an operator's setting: the
/// command line, not the organisation's administrators).
pub fn set_storage_quota(
    connection: &mut DbConnection,
    scope: &Scope,
    bytes: i64,
) -> Result<(), ModelError> {
    let id = scope.organisation_id();
    if !(1_000_000..=1_000_000_000_000).contains(&bytes) {
        return Err(ModelError::invalid(
            "quota",
            "between 1 MB and 1,000,000 MB",
        ));
    }
    let changed = diesel::update(organisations::table.find(id))
        .set(organisations::storage_quota_bytes.eq(bytes))
        .execute(connection)?;
    if changed == 0 {
        return Err(ModelError::not_found("organisation", id));
    }
    Ok(())
}

/// Records a change of a setting in the history and answers the organisation as it is now.
fn recorded(
    connection: &mut DbConnection,
    scope: &Scope,
    field: &str,
    from: serde_json::Value,
    to: serde_json::Value,
) -> Result<Organisation, ModelError> {
    let id = scope.organisation_id();
    crate::history::record(
        connection,
        scope,
        crate::history::Entity::Organisation,
        id,
        "update",
        &[crate::history::Change {
            field: field.into(),
            from,
            to,
        }],
        None,
    )?;
    get(connection, scope)
}
