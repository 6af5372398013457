//! What one person, one address or one organisation may do in a given time: limits that keep a
//! guessing attacker or a runaway script from spending everyone's resources. Each refusal is a
//! [`ModelError::Limited`] that says when to try again, or a [`ModelError::Quota`].
//!
//! The counts live in the database, so every replica enforces the same limit.

use crate::scope::Scope;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::schema::{organisations, sign_in_throttles, stored_files};

/// Failed sign-ins an account may have before each further attempt has to wait.
pub const FREE_SIGN_IN_FAILURES: i32 = 5;

/// Failed sign-ins one address may make before each further attempt has to wait: more than an
/// account's, since an office behind one address holds many people.
pub const FREE_ADDRESS_FAILURES: i32 = 20;

/// The longest wait between sign-in attempts, in seconds.
pub const MAX_SIGN_IN_DELAY_SECS: i64 = 15 * 60;

/// After this long without a failure, an account's or address's failures are forgotten.
const FORGET_AFTER_HOURS: i64 = 24;

/// Tokens one person may make in an hour.
pub const TOKENS_PER_HOUR: i64 = 20;

/// The wait after `failures` failed attempts of which `free` cost nothing: then 1 s, 2 s,
/// 4 s... up to [`MAX_SIGN_IN_DELAY_SECS`].
pub fn sign_in_delay(failures: i32, free: i32) -> Duration {
    let over = failures - free;
    if over <= 0 {
        return Duration::zero();
    }
    let secs = 1i64 << (over - 1).min(20);
    Duration::seconds(secs.min(MAX_SIGN_IN_DELAY_SECS))
}

/// The keys an attempt of `kind` (`password`, `link`) is counted under: the account (its
/// email, in lower case) and the address it came from.
pub fn sign_in_keys(kind: &str, email: &str, address: Option<&str>) -> Vec<String> {
    let mut keys = vec![account_key(kind, email)];
    if let Some(address) = address {
        keys.push(format!("{kind}:address:{address}"));
    }
    keys
}

fn account_key(kind: &str, email: &str) -> String {
    format!("{kind}:account:{}", email.trim().to_lowercase())
}

/// Refuses a sign-in attempt while any of `keys` must still wait.
pub fn sign_in_allowed(
    connection: &mut DbConnection,
    keys: &[String],
    at: NaiveDateTime,
) -> Result<(), ModelError> {
    let blocked_until: Option<NaiveDateTime> = sign_in_throttles::table
        .filter(sign_in_throttles::key.eq_any(keys))
        .filter(sign_in_throttles::blocked_until.gt(at))
        .select(diesel::dsl::max(sign_in_throttles::blocked_until))
        .first::<Option<NaiveDateTime>>(connection)?;
    match blocked_until {
        None => Ok(()),
        Some(until) => {
            let wait = (until - at).num_seconds().max(1);
            Err(ModelError::Limited {
                detail: format!(
                    "too many attempts for this account or from this address; try again in \
                     {wait} seconds"
                ),
                retry_after: u64::try_from(wait).unwrap_or(1),
            })
        }
    }
}

/// Counts a failed sign-in against each of `keys` and sets the wait before the next attempt.
pub fn sign_in_failed(
    connection: &mut DbConnection,
    keys: &[String],
    at: NaiveDateTime,
) -> Result<(), ModelError> {
    for key in keys {
        let before: Option<(i32, NaiveDateTime)> = sign_in_throttles::table
            .find(key)
            .select((sign_in_throttles::failures, sign_in_throttles::updated_at))
            .first(connection)
            .optional()?;
        let failures = match before {
            Some((failures, updated_at))
                if at - updated_at < Duration::hours(FORGET_AFTER_HOURS) =>
            {
                failures.saturating_add(1)
            }
            _ => 1,
        };
        let free = if key.contains(":address:") {
            FREE_ADDRESS_FAILURES
        } else {
            FREE_SIGN_IN_FAILURES
        };
        let delay = sign_in_delay(failures, free);
        let blocked_until = (delay > Duration::zero()).then(|| at + delay);
        if before.is_some() {
            diesel::update(sign_in_throttles::table.find(key))
                .set((
                    sign_in_throttles::failures.eq(failures),
                    sign_in_throttles::blocked_until.eq(blocked_until),
                    sign_in_throttles::updated_at.eq(at),
                ))
                .execute(connection)?;
        } else {
            diesel::insert_into(sign_in_throttles::table)
                .values((
                    sign_in_throttles::key.eq(key),
                    sign_in_throttles::failures.eq(failures),
                    sign_in_throttles::blocked_until.eq(blocked_until),
                    sign_in_throttles::updated_at.eq(at),
                ))
                .execute(connection)?;
        }
    }
    Ok(())
}

/// Deletes the failures that no longer count: none for a day and no wait still running. Without
/// it every account and address that ever failed once would keep its row, and an attacker
/// spraying addresses would grow the table without bound. Answers how many were forgotten.
pub fn forget_old_sign_in_failures(
    connection: &mut DbConnection,
    at: NaiveDateTime,
) -> Result<usize, ModelError> {
    let quiet_since = at - Duration::hours(FORGET_AFTER_HOURS);
    Ok(diesel::delete(
        sign_in_throttles::table
            .filter(sign_in_throttles::updated_at.lt(quiet_since))
            .filter(
                sign_in_throttles::blocked_until
                    .is_null()
                    .or(sign_in_throttles::blocked_until.le(at)),
            ),
    )
    .execute(connection)?)
}

/// Forgets an account's failed passwords once its owner has signed in.
pub fn sign_in_succeeded(connection: &mut DbConnection, email: &str) -> Result<(), ModelError> {
    let key = account_key("password", email);
    diesel::delete(sign_in_throttles::table.find(key)).execute(connection)?;
    Ok(())
}

/// Refuses a new token when the person behind `actor` has made [`TOKENS_PER_HOUR`] in the
/// past hour.
pub fn token_creation(connection: &mut DbConnection, scope: &Scope) -> Result<(), ModelError> {
    let actor = scope.actor();
    let Some(person) = actor.people().last().map(|p| (*p).to_owned()) else {
        return Ok(());
    };
    let since = crate::id::now() - Duration::hours(1);
    let made = crate::token::made_since(connection, scope, &person, since)?;
    if made >= TOKENS_PER_HOUR {
        return Err(ModelError::Limited {
            detail: format!(
                "you have made {made} tokens in the past hour; at most {TOKENS_PER_HOUR} may be \
                 made in an hour"
            ),
            retry_after: 3600,
        });
    }
    Ok(())
}

/// Refuses to store `adding` more bytes when the organisation's stored files (evidence, the
/// registers it imported) would then exceed its quota.
pub fn storage(
    connection: &mut DbConnection,
    scope: &Scope,
    adding: u64,
) -> Result<(), ModelError> {
    let organisation_id = scope.organisation_id();
    let quota: i64 = organisations::table
        .find(organisation_id)
        .select(organisations::storage_quota_bytes)
        .first(connection)?;
    // SUM of a BIGINT is NUMERIC on PostgreSQL: cast it back so both backends read an i64.
    let used: i64 = stored_files::table
        .filter(stored_files::organisation_id.eq(organisation_id))
        .select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
            "CAST(COALESCE(SUM(size), 0) AS BIGINT)",
        ))
        .first(connection)?;
    let adding = i64::try_from(adding).unwrap_or(i64::MAX);
    if used.saturating_add(adding) > quota {
        return Err(ModelError::Quota(format!(
            "the organisation's file storage is {} of its {} quota; this file ({}) does not fit. \
             Remove files or ask the operator to raise the quota",
            megabytes(used),
            megabytes(quota),
            megabytes(adding)
        )));
    }
    Ok(())
}

fn megabytes(bytes: i64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_after_the_free_failures_and_stops_at_fifteen_minutes() {
        let free = FREE_SIGN_IN_FAILURES;
        assert_eq!(sign_in_delay(free, free), Duration::zero());
        assert_eq!(sign_in_delay(free + 1, free), Duration::seconds(1));
        assert_eq!(sign_in_delay(free + 3, free), Duration::seconds(4));
        assert_eq!(
            sign_in_delay(free + 40, free),
            Duration::seconds(MAX_SIGN_IN_DELAY_SECS)
        );
    }
}
