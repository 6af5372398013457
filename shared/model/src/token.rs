//! API tokens: random 256-bit secrets, shown once, stored only as their SHA-256.
//!
//! A token is high-entropy, so a plain SHA-256 is enough to make a leaked table useless, and
//! checking one costs a microsecond rather than the tens of milliseconds a password hash would
//! cost on every request.

use crate::scope::Scope;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Actor, Change, Entity};
use crate::id::{TokenId, UserId, new_id, now};
use crate::schema::{api_tokens, users};
use crate::user::{Role, User, UserRow};

/// Every token starts with this, so a leaked one is easy to recognise in a log or a scanner.
pub const TOKEN_PREFIX: &str = "co_";

/// The shortest secret accepted from `CLOSEOUT_BOOTSTRAP_TOKEN`.
pub const MIN_CHOSEN_TOKEN_LEN: usize = 16;

/// A token's secret, in the clear. Exists only between its creation and the response that
/// shows it once; it is never logged (its `Debug` hides it).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// A new random secret: 32 bytes from the operating system, hex-encoded.
    pub fn generate() -> Result<Secret, ModelError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| ModelError::Corrupt(format!("no randomness available: {e}")))?;
        Ok(Secret(format!("{TOKEN_PREFIX}{}", hex::encode(bytes))))
    }

    /// A secret chosen by an operator (the bootstrap token).
    pub fn chosen(value: &str) -> Result<Secret, ModelError> {
        let value = value.trim();
        if value.len() < MIN_CHOSEN_TOKEN_LEN || value.chars().any(|c| c.is_whitespace()) {
            return Err(ModelError::invalid(
                "CLOSEOUT_BOOTSTRAP_TOKEN",
                format!(
                    "a chosen token needs at least {MIN_CHOSEN_TOKEN_LEN} characters and no spaces"
                ),
            ));
        }
        Ok(Secret(value.to_owned()))
    }

    /// The secret, to show once.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// The stored form of a secret.
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens)]
struct TokenRow {
    id: String,
    organisation_id: String,
    user_id: String,
    name: String,
    token_hash: String,
    created_at: NaiveDateTime,
    expires_at: Option<NaiveDateTime>,
    revoked_at: Option<NaiveDateTime>,
    created_by: Option<String>,
    parent_id: Option<String>,
}

/// A token's metadata, as the API lists it (never the secret or its hash).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Token {
    /// Identifier, used to revoke it.
    pub id: TokenId,
    /// The user the token acts as.
    pub user_id: String,
    /// A label chosen by its creator.
    pub name: String,
    /// When it was created (UTC).
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
    /// When it stops working (UTC), if ever.
    #[serde(serialize_with = "crate::id::as_utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub expires_at: Option<NaiveDateTime>,
    /// When it was revoked (UTC), if it was.
    #[serde(serialize_with = "crate::id::as_utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub revoked_at: Option<NaiveDateTime>,
    /// The person who made it (null when Closeout did: first run, the command line). When
    /// it is not `user_id`, everything done with the token is recorded as done by `user_id`
    /// with this person behind it.
    pub created_by: Option<String>,
    /// The token it was made with, if it was made through the API: it dies with that one.
    pub parent_id: Option<String>,
}

impl From<TokenRow> for Token {
    fn from(row: TokenRow) -> Token {
        Token {
            id: TokenId::stored(row.id),
            user_id: row.user_id,
            name: row.name,
            created_at: row.created_at,
            expires_at: row.expires_at,
            revoked_at: row.revoked_at,
            created_by: row.created_by,
            parent_id: row.parent_id,
        }
    }
}

/// Who a valid token belongs to: what every authenticated request knows about its caller.
///
/// Only this crate makes one (`non_exhaustive` forbids the struct literal elsewhere), from a
/// token or session it checked: a [`crate::Scope`] of a person is made from a `Principal`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Principal {
    /// The user.
    pub user_id: crate::id::UserId,
    /// The user's organisation: the only one whose data the request may touch.
    pub organisation_id: String,
    /// The user's email.
    pub email: String,
    /// The user's role.
    pub role: Role,
    /// The user's IANA time zone, for showing times and "today" as they live them.
    pub time_zone: String,
    /// The token the request carried (none for a browser session or the bootstrap token).
    pub token_id: Option<TokenId>,
    /// Whoever made that token, when it was someone other than the user: the person behind
    /// every action taken with it.
    pub behind: Option<String>,
}

impl Principal {
    /// The principal as the author of changes.
    pub fn actor(&self) -> Actor {
        Actor::User {
            id: self.user_id.to_string(),
            behind: self.behind.clone(),
        }
    }
}

/// Creates a token for a user of the organisation and returns it with its secret.
///
/// Its life is at most the organisation's token lifetime, and at most what is left of
/// `parent`'s, the token the request that makes it carried: a token never outlives the one
/// that made it, and revoking that one revokes it too.
#[allow(clippy::too_many_arguments)]
pub fn create(
    connection: &mut DbConnection,
    scope: &Scope,
    user: &User,
    name: &str,
    expires_at: Option<NaiveDateTime>,
    parent: Option<&TokenId>,
    secret: Secret,
) -> Result<(Token, Secret), ModelError> {
    let organisation_id = scope.organisation_id();
    let actor = scope.actor();
    let name = name.trim();
    if name.chars().count() > 100 {
        return Err(ModelError::invalid("name", "at most 100 characters"));
    }
    let created_at = now();
    let lifetime = crate::organisation::get(connection, scope)?.token_lifetime_days;
    let longest = created_at + chrono::Duration::days(i64::from(lifetime));
    let mut expires_at = expires_at.map_or(longest, |at| at.min(longest));
    if let Some(parent) = parent {
        let parent = get(connection, scope, parent)?;
        if parent.revoked_at.is_some() {
            return Err(ModelError::Forbidden(
                "the token this request carries has been revoked".into(),
            ));
        }
        if let Some(end) = parent.expires_at {
            expires_at = expires_at.min(end);
        }
    }
    // The maker is the person behind the request: acting through a token someone made for
    // you does not launder who you are.
    let maker = actor.people().last().map(|id| (*id).to_owned());
    let row = TokenRow {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        user_id: user.id.to_string(),
        name: if name.is_empty() { "token" } else { name }.to_owned(),
        token_hash: hash(secret.expose()),
        created_at,
        expires_at: Some(expires_at),
        revoked_at: None,
        created_by: maker,
        parent_id: parent.map(ToString::to_string),
    };
    diesel::insert_into(api_tokens::table)
        .values(&row)
        .execute(connection)?;
    history::record(
        connection,
        scope,
        Entity::Token,
        &row.id,
        "create",
        &[
            Change::set("user_id", &row.user_id),
            Change::set("name", &row.name),
            Change::set("expires_at", row.expires_at),
            Change::set("created_by", &row.created_by),
        ],
        None,
    )?;
    Ok((Token::from(row), secret))
}

/// How many tokens `person` made since `since`: what the creation limit counts.
pub fn made_since(
    connection: &mut DbConnection,
    scope: &Scope,
    person: &str,
    since: NaiveDateTime,
) -> Result<i64, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(api_tokens::table
        .filter(api_tokens::organisation_id.eq(organisation_id))
        .filter(api_tokens::created_by.eq(person))
        .filter(api_tokens::created_at.gt(since))
        .count()
        .get_result(connection)?)
}

/// Looks a presented secret up: the caller if the token exists, is not revoked and has not
/// expired at `at`; `None` otherwise (the caller does not learn which).
pub fn authenticate(
    connection: &mut DbConnection,
    secret: &str,
    at: NaiveDateTime,
) -> Result<Option<Principal>, ModelError> {
    let found = api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(hash(secret)))
        .filter(api_tokens::revoked_at.is_null())
        .filter(
            api_tokens::expires_at
                .is_null()
                .or(api_tokens::expires_at.gt(at)),
        )
        .select((TokenRow::as_select(), UserRow::as_select()))
        .first(connection)
        .optional()?;
    found
        .map(|(token, user)| {
            let behind = token.created_by.filter(|maker| *maker != user.id);
            Ok(Principal {
                role: user.role.parse().map_err(ModelError::Corrupt)?,
                user_id: UserId::stored(user.id),
                organisation_id: user.organisation_id,
                email: user.email,
                time_zone: user.time_zone,
                token_id: Some(TokenId::stored(token.id)),
                behind,
            })
        })
        .transpose()
}

/// The principal of a user acting as themselves without a stored token (the operator's
/// bootstrap token, a browser session).
pub(crate) fn principal_of(user: UserRow) -> Result<Principal, ModelError> {
    Ok(Principal {
        role: user.role.parse().map_err(ModelError::Corrupt)?,
        user_id: UserId::stored(user.id),
        organisation_id: user.organisation_id,
        email: user.email,
        time_zone: user.time_zone,
        token_id: None,
        behind: None,
    })
}

/// Lists an organisation's tokens, optionally only one user's.
pub fn list(
    connection: &mut DbConnection,
    scope: &Scope,
    user_id: Option<&crate::id::UserId>,
) -> Result<Vec<Token>, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut query = api_tokens::table
        .filter(api_tokens::organisation_id.eq(organisation_id))
        .select(TokenRow::as_select())
        .order(api_tokens::id)
        .into_boxed();
    if let Some(user_id) = user_id {
        query = query.filter(api_tokens::user_id.eq(user_id.to_owned()));
    }
    Ok(query
        .load(connection)?
        .into_iter()
        .map(Token::from)
        .collect())
}

/// Reads one token's metadata.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &TokenId,
) -> Result<Token, ModelError> {
    let organisation_id = scope.organisation_id();
    api_tokens::table
        .filter(api_tokens::organisation_id.eq(organisation_id))
        .filter(api_tokens::id.eq(id))
        .select(TokenRow::as_select())
        .first(connection)
        .optional()?
        .map(Token::from)
        .ok_or_else(|| ModelError::not_found("token", id.as_str()))
}

/// Revokes a token and every token made with it, and theirs in turn; revoking one already
/// revoked changes nothing.
pub fn revoke(
    connection: &mut DbConnection,
    scope: &Scope,
    id: &TokenId,
) -> Result<Token, ModelError> {
    let organisation_id = scope.organisation_id();
    let token = get(connection, scope, id)?;
    if token.revoked_at.is_some() {
        return Ok(token);
    }
    let at = now();
    let mut pending = vec![id.to_string()];
    while let Some(next) = pending.pop() {
        let revoked = diesel::update(
            api_tokens::table
                .filter(api_tokens::organisation_id.eq(organisation_id))
                .filter(api_tokens::id.eq(&next))
                .filter(api_tokens::revoked_at.is_null()),
        )
        .set(api_tokens::revoked_at.eq(Some(at)))
        .execute(connection)?;
        if revoked == 0 {
            continue;
        }
        history::record(
            connection,
            scope,
            Entity::Token,
            &next,
            "revoke",
            &[Change::set("revoked_at", at)],
            (*id != next).then_some("the token it was made with was revoked"),
        )?;
        pending.extend(
            api_tokens::table
                .filter(api_tokens::organisation_id.eq(organisation_id))
                .filter(api_tokens::parent_id.eq(&next))
                .filter(api_tokens::revoked_at.is_null())
                .select(api_tokens::id)
                .load::<String>(connection)?,
        );
    }
    Ok(Token {
        revoked_at: Some(at),
        ..token
    })
}
