//! First run: when the database has no users, create an organisation and an administrator so
//! that someone can sign in at all.

use diesel::prelude::*;

use crate::db::Database;
use crate::error::ModelError;
use crate::history::Actor;
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
    /// The administrator's token, to print once.
    pub secret: Secret,
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
    let secret = match chosen_token {
        Some(value) => Secret::chosen(value)?,
        None => Secret::generate()?,
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
            &organisation.id,
            &Actor::System,
            NewUser {
                email: email.clone(),
                name: Some("Administrator".to_owned()),
                role: Role::Admin,
            },
        )?;
        let (_, secret) = token::create(
            connection,
            &organisation.id,
            &Actor::System,
            &admin,
            "bootstrap",
            None,
            secret,
        )?;
        let password_link = match &password {
            Some(password) => {
                sign_in::set_password(
                    connection,
                    &organisation.id,
                    &Actor::System,
                    &admin.id,
                    password,
                )?;
                None
            }
            None => Some(sign_in::create_link(
                connection,
                &organisation.id,
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
