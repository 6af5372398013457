//! First run: when the database has no users, create an organisation and an administrator so
//! that someone can sign in at all.

use crate::scope::Scope;
use diesel::prelude::*;

use crate::db::{Database, DbConnection};
use crate::error::ModelError;
use crate::organisation;
use crate::schema::settings;
use crate::sign_in::{self, LinkPurpose, Password};
use crate::token::{self, Secret};
use crate::user::{self, Email, NewUser, Role};

/// What first-run setup created.
#[derive(Debug)]
pub struct Bootstrapped {
    /// The new organisation's id.
    pub organisation_id: String,
    /// The administrator's email.
    pub email: String,
    /// The administrator's token, to print once; none when the operator chose one with
    /// `CLOSEOUT_BOOTSTRAP_TOKEN` (that one is never stored: see [`operator_principal`]).
    pub secret: Option<Secret>,
    /// When no password was given: the secret of a single-use link to choose one, to print
    /// once as `{base_url}/set-password?link={secret}`.
    pub password_link: Option<String>,
}

/// Creates the first organisation and administrator if there are no users yet; returns `None`
/// when the database already has users. Several processes starting at once create them once:
/// the first to insert the `bootstrapped` setting wins and the others' transactions fail and
/// roll back.
pub fn bootstrap_if_empty(
    database: &Database,
    organisation_name: &str,
    email: &str,
    chosen_token: Option<&str>,
    password: Option<&str>,
) -> Result<Option<Bootstrapped>, ModelError> {
    let password = password
        .map(|p| {
            Password::parse(p).map_err(|_| {
                ModelError::invalid(
                    "CLOSEOUT_BOOTSTRAP_PASSWORD",
                    format!(
                        "use at least {} characters",
                        crate::sign_in::MIN_PASSWORD_CHARS
                    ),
                )
            })
        })
        .transpose()?;
    let email =
        Email::parse(email).map_err(|e| ModelError::invalid("CLOSEOUT_BOOTSTRAP_EMAIL", e))?;
    if let Some(value) = chosen_token {
        Secret::chosen(value)?;
    }
    let secret = match chosen_token {
        Some(_) => None,
        None => Some(Secret::generate()?),
    };
    let outcome = database.write(|connection| {
        if user::any_exist(connection)? {
            return Ok(None);
        }
        diesel::insert_into(settings::table)
            .values((
                settings::key.eq("bootstrapped"),
                settings::value.eq(crate::id::now().to_string()),
            ))
            .execute(connection)?;
        let organisation = organisation::create(connection, organisation_name)?;
        let admin = user::create(
            connection,
            &Scope::system(&organisation.id),
            NewUser {
                email: email.clone(),
                name: Some("Administrator".to_owned()),
                role: Role::Admin,
            },
        )?;
        diesel::insert_into(settings::table)
            .values((
                settings::key.eq(OPERATOR_ADMIN),
                settings::value.eq(&admin.id),
            ))
            .execute(connection)?;
        let secret = secret
            .map(|secret| {
                token::create(
                    connection,
                    &Scope::system(&organisation.id),
                    &admin,
                    "bootstrap",
                    None,
                    None,
                    secret,
                )
                .map(|(_, secret)| secret)
            })
            .transpose()?;
        let password_link = match &password {
            Some(password) => {
                sign_in::set_password(
                    connection,
                    &Scope::system(&organisation.id),
                    &admin.id,
                    password,
                )?;
                None
            }
            None => Some(sign_in::create_link(
                connection,
                &Scope::system(&organisation.id),
                &admin.id,
                LinkPurpose::SetPassword,
                crate::id::now(),
            )?),
        };
        Ok(Some(Bootstrapped {
            organisation_id: organisation.id,
            email: admin.email,
            secret,
            password_link,
        }))
    });
    match outcome {
        // Another replica won the race: it has done the work.
        Err(ModelError::Database(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        ))) => Ok(None),
        other => other,
    }
}

/// The setting naming the administrator `CLOSEOUT_BOOTSTRAP_TOKEN` acts as.
const OPERATOR_ADMIN: &str = "bootstrap_admin";

/// The caller a request presenting the operator's `CLOSEOUT_BOOTSTRAP_TOKEN` is: the first
/// administrator, as they are now. That token is never stored, so it works exactly as long as
/// the environment sets it; `None` when no first administrator is recorded or they are gone.
pub fn operator_principal(
    connection: &mut DbConnection,
) -> Result<Option<token::Principal>, ModelError> {
    let Some(admin_id) = settings::table
        .find(OPERATOR_ADMIN)
        .select(settings::value)
        .first::<String>(connection)
        .optional()?
    else {
        return Ok(None);
    };
    crate::schema::users::table
        .find(admin_id)
        .select(user::UserRow::as_select())
        .first(connection)
        .optional()?
        .map(token::principal_of)
        .transpose()
}

/// Moves a database set up before the operator's token stopped being stored: the stored copy
/// of `chosen` is revoked and its user recorded as the one the environment's token acts as.
/// Does nothing when that is done already or no stored token matches.
pub fn adopt_operator_token(database: &Database, chosen: &str) -> Result<(), ModelError> {
    use crate::schema::api_tokens;
    database.write(|connection| {
        let stored: Option<(String, String, String)> = api_tokens::table
            .filter(api_tokens::token_hash.eq(token::hash(chosen.trim())))
            .filter(api_tokens::revoked_at.is_null())
            .select((
                api_tokens::id,
                api_tokens::organisation_id,
                api_tokens::user_id,
            ))
            .first(connection)
            .optional()?;
        let Some((id, organisation_id, user_id)) = stored else {
            return Ok(());
        };
        let recorded = settings::table
            .find(OPERATOR_ADMIN)
            .count()
            .get_result::<i64>(connection)?;
        if recorded == 0 {
            diesel::insert_into(settings::table)
                .values((
                    settings::key.eq(OPERATOR_ADMIN),
                    settings::value.eq(&user_id),
                ))
                .execute(connection)?;
        }
        token::revoke(
            connection,
            &Scope::system(organisation_id),
            &crate::id::TokenId::stored(id),
        )?;
        Ok(())
    })
}
