//! How people sign in to the web interface: passwords (argon2id), single-use links sent by
//! email (sign in, set a password), and the sessions a signed-in browser holds.
//!
//! Session and link secrets are random 256-bit values stored only as their SHA-256, like API
//! tokens; passwords are low-entropy, so they get a slow, salted argon2id hash instead.

use crate::scope::Scope;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::history::{self, Change, Entity};
use crate::id::new_id;
use crate::schema::{sign_in_links, users, web_sessions};
use crate::token::{Principal, hash};
use crate::user::{Email, UserRow};

/// How long a browser stays signed in.
pub const SESSION_DAYS: i64 = 7;
/// The shortest password accepted (long passphrases beat composition rules: NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password accepted, so hashing cost stays bounded.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// A password someone chose, checked for length. Its `Debug` hides it.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    /// Checks a new password.
    pub fn parse(raw: &str) -> Result<Password, ModelError> {
        let chars = raw.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            return Err(ModelError::invalid(
                "password",
                format!(
                    "use at least {MIN_PASSWORD_CHARS} characters; a few words make a good one"
                ),
            ));
        }
        if chars > MAX_PASSWORD_CHARS {
            return Err(ModelError::invalid(
                "password",
                format!("use at most {MAX_PASSWORD_CHARS} characters"),
            ));
        }
        Ok(Password(raw.to_owned()))
    }

    /// Its argon2id hash as a PHC string (salt and parameters included).
    fn hash(&self) -> Result<String, ModelError> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt)
            .map_err(|e| ModelError::Corrupt(format!("no randomness available: {e}")))?;
        let salt = SaltString::encode_b64(&salt)
            .map_err(|e| ModelError::Corrupt(format!("salt encoding: {e}")))?;
        argon2::Argon2::default()
            .hash_password(self.0.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ModelError::Corrupt(format!("password hashing: {e}")))
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

/// Whether `password` matches the stored PHC string. A malformed stored hash never matches.
fn verify(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Checked against when the email is unknown, so that a wrong address takes as long to refuse
/// as a wrong password (the answer must not tell which accounts exist).
const DECOY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2lnbi1pbi1kZWNveQ$3mZ+0tJbKQ1cO7mC0mFq0b3oV0lVq3o2b0mYQmY3n8Q";

/// Sets a user's password, recording that it changed (never the password), and ends the
/// user's other sessions: whoever knew the old one is signed out.
pub fn set_password(
    connection: &mut DbConnection,
    scope: &Scope,
    user_id: &crate::id::UserId,
    password: &Password,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let hashed = password.hash()?;
    let changed = diesel::update(
        users::table
            .filter(users::organisation_id.eq(organisation_id))
            .filter(users::id.eq(user_id)),
    )
    .set(users::password_hash.eq(Some(hashed)))
    .execute(connection)?;
    if changed == 0 {
        return Err(ModelError::not_found("user", user_id.as_str()));
    }
    end_all_sessions(connection, scope, user_id)?;
    history::record(
        connection,
        scope,
        Entity::User,
        user_id,
        "set_password",
        &[Change::set("password", "(changed)")],
        None,
    )
}

/// Everyone with this email and password: one person in each organisation whose account
/// matches (an email is unique within an organisation, not across them; a consultant may
/// have an account at each client). Empty when nothing matches.
pub fn check_password(
    connection: &mut DbConnection,
    email: &str,
    password: &str,
) -> Result<Vec<Principal>, ModelError> {
    let Ok(email) = Email::parse(email) else {
        verify(DECOY_HASH, password);
        return Ok(Vec::new());
    };
    let candidates: Vec<(UserRow, Option<String>)> = users::table
        .filter(users::email.eq(email.as_str()))
        .order(users::id)
        .select((UserRow::as_select(), users::password_hash))
        .load(connection)?;
    let mut matched = Vec::new();
    let mut checked = false;
    for (user, stored) in candidates {
        let Some(stored) = stored else { continue };
        checked = true;
        if verify(&stored, password) {
            matched.push(principal(user)?);
        }
    }
    if !checked {
        verify(DECOY_HASH, password);
    }
    Ok(matched)
}

/// Everyone with this email, in every organisation that has them (an address is unique
/// within an organisation, not across them).
pub fn people_with_email(
    connection: &mut DbConnection,
    email: &Email,
) -> Result<Vec<Principal>, ModelError> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .order(users::id)
        .select(UserRow::as_select())
        .load(connection)?
        .into_iter()
        .map(principal)
        .collect()
}

fn principal(user: UserRow) -> Result<Principal, ModelError> {
    crate::token::principal_of(user)
}

fn random_secret() -> Result<String, ModelError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| ModelError::Corrupt(format!("no randomness available: {e}")))?;
    Ok(hex::encode(bytes))
}

/// A signed-in browser, as the web layer sees it on each request.
#[derive(Debug, Clone)]
pub struct Session {
    /// Who signed in.
    pub principal: Principal,
    /// The token every form of this session must send back (the synchroniser token against
    /// cross-site request forgery).
    pub csrf_token: String,
}

/// Starts a session for someone who has just proved who they are; returns the secret for the
/// cookie (shown to the browser once, stored hashed).
pub fn start_session(
    connection: &mut DbConnection,
    principal: &Principal,
    at: NaiveDateTime,
) -> Result<String, ModelError> {
    let secret = random_secret()?;
    diesel::insert_into(web_sessions::table)
        .values((
            web_sessions::id.eq(new_id()),
            web_sessions::organisation_id.eq(&principal.organisation_id),
            web_sessions::user_id.eq(&principal.user_id),
            web_sessions::secret_hash.eq(hash(&secret)),
            web_sessions::csrf_token.eq(random_secret()?),
            web_sessions::created_at.eq(at),
            web_sessions::expires_at.eq(at + Duration::days(SESSION_DAYS)),
        ))
        .execute(connection)?;
    Ok(secret)
}

/// The session a cookie's secret belongs to, if it is neither ended nor expired at `at`.
pub fn session(
    connection: &mut DbConnection,
    secret: &str,
    at: NaiveDateTime,
) -> Result<Option<Session>, ModelError> {
    let found: Option<(UserRow, String)> = web_sessions::table
        .inner_join(users::table)
        .filter(web_sessions::secret_hash.eq(hash(secret)))
        .filter(web_sessions::revoked_at.is_null())
        .filter(web_sessions::expires_at.gt(at))
        .select((UserRow::as_select(), web_sessions::csrf_token))
        .first(connection)
        .optional()?;
    found
        .map(|(user, csrf_token)| {
            Ok(Session {
                principal: principal(user)?,
                csrf_token,
            })
        })
        .transpose()
}

/// Ends the session a cookie's secret belongs to (signing out this browser).
pub fn end_session(connection: &mut DbConnection, secret: &str) -> Result<(), ModelError> {
    diesel::update(web_sessions::table.filter(web_sessions::secret_hash.eq(hash(secret))))
        .set(web_sessions::revoked_at.eq(Some(crate::id::now())))
        .execute(connection)?;
    Ok(())
}

/// Ends every session of a user (signing out everywhere); returns how many were open.
pub fn end_all_sessions(
    connection: &mut DbConnection,
    scope: &Scope,
    user_id: &crate::id::UserId,
) -> Result<usize, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(diesel::update(
        web_sessions::table
            .filter(web_sessions::organisation_id.eq(organisation_id))
            .filter(web_sessions::user_id.eq(user_id))
            .filter(web_sessions::revoked_at.is_null()),
    )
    .set(web_sessions::revoked_at.eq(Some(crate::id::now())))
    .execute(connection)?)
}

/// What a single-use link lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Sign in without a password (valid 15 minutes).
    SignIn,
    /// Choose a password, then sign in (first run and resets; valid 24 hours).
    SetPassword,
}

impl LinkPurpose {
    fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::SignIn => "sign_in",
            LinkPurpose::SetPassword => "set_password",
        }
    }

    /// How long a link of this purpose works.
    pub fn lifetime(self) -> Duration {
        match self {
            LinkPurpose::SignIn => Duration::minutes(15),
            LinkPurpose::SetPassword => Duration::hours(24),
        }
    }
}

/// Creates a single-use link for a user; returns its secret, to put in the URL sent to them.
pub fn create_link(
    connection: &mut DbConnection,
    scope: &Scope,
    user_id: &crate::id::UserId,
    purpose: LinkPurpose,
    at: NaiveDateTime,
) -> Result<String, ModelError> {
    let organisation_id = scope.organisation_id();
    let secret = random_secret()?;
    diesel::insert_into(sign_in_links::table)
        .values((
            sign_in_links::id.eq(new_id()),
            sign_in_links::organisation_id.eq(organisation_id),
            sign_in_links::user_id.eq(user_id),
            sign_in_links::secret_hash.eq(hash(&secret)),
            sign_in_links::purpose.eq(purpose.as_str()),
            sign_in_links::created_at.eq(at),
            sign_in_links::expires_at.eq(at + purpose.lifetime()),
        ))
        .execute(connection)?;
    Ok(secret)
}

/// Whom a link is for, if it is unused and unexpired at `at` (without using it up: the page
/// that asks for a new password shows first, and the link is spent when the form is sent).
pub fn link_holder(
    connection: &mut DbConnection,
    secret: &str,
    purpose: LinkPurpose,
    at: NaiveDateTime,
) -> Result<Option<Principal>, ModelError> {
    let found: Option<UserRow> = sign_in_links::table
        .inner_join(users::table)
        .filter(sign_in_links::secret_hash.eq(hash(secret)))
        .filter(sign_in_links::purpose.eq(purpose.as_str()))
        .filter(sign_in_links::used_at.is_null())
        .filter(sign_in_links::expires_at.gt(at))
        .select(UserRow::as_select())
        .first(connection)
        .optional()?;
    found.map(principal).transpose()
}

/// Uses a link up: whom it was for, if it was still valid. Of two requests racing with the
/// same link, only one gets the person (the update is conditional on `used_at` being empty).
pub fn use_link(
    connection: &mut DbConnection,
    secret: &str,
    purpose: LinkPurpose,
    at: NaiveDateTime,
) -> Result<Option<Principal>, ModelError> {
    let Some(holder) = link_holder(connection, secret, purpose, at)? else {
        return Ok(None);
    };
    let spent = diesel::update(
        sign_in_links::table
            .filter(sign_in_links::secret_hash.eq(hash(secret)))
            .filter(sign_in_links::used_at.is_null()),
    )
    .set(sign_in_links::used_at.eq(Some(at)))
    .execute(connection)?;
    Ok((spent == 1).then_some(holder))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_endless_passwords_are_refused_with_the_reason() {
        let short = Password::parse("tooshort").unwrap_err().to_string();
        assert!(short.contains("at least 12"), "{short}");
        assert!(Password::parse(&"x".repeat(300)).is_err());
        assert!(Password::parse("correct horse battery").is_ok());
    }

    #[test]
    fn a_hash_verifies_its_password_and_no_other() {
        let password = Password::parse("correct horse battery").unwrap();
        let stored = password.hash().unwrap();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(verify(&stored, "correct horse battery"));
        assert!(!verify(&stored, "correct horse batterY"));
        assert!(!verify("not a hash", "correct horse battery"));
    }

    #[test]
    fn the_decoy_hash_is_well_formed_so_refusals_take_as_long() {
        assert!(PasswordHash::new(DECOY_HASH).is_ok());
        assert!(!verify(DECOY_HASH, "anything at all"));
    }

    #[test]
    fn a_password_never_shows_in_debug_output() {
        let password = Password::parse("correct horse battery").unwrap();
        assert_eq!(format!("{password:?}"), "Password(..)");
    }
}
