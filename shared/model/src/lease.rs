//! Leases: work that one replica does on behalf of all of them, such as the notifier's
//! scheduling pass. The holder renews its lease each time it does the work; another replica
//! takes the work over once the lease has lapsed, so a replica that dies is replaced within
//! one lease. A lease saves repeated work and never guards correctness: two holders at once
//! (a pass that outlasted its lease) do the same work twice, which the work must tolerate.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::backend;
use crate::error::ModelError;
use crate::schema::leases;
use crate::{Database, DbConnection};

/// Takes or renews the lease `name` for `holder` until `until`, if it is free, lapsed at
/// `now`, or already `holder`'s. Returns whether `holder` holds it. On PostgreSQL two
/// replicas claiming at once take turns on the row, and the second sees the first's claim.
pub fn claim(
    db: &Database,
    name: &str,
    holder: &str,
    now: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<bool, ModelError> {
    // No answer is computed from leases: renewing one must not drop the kept answers.
    db.write_unseen(|c| claim_in(c, name, holder, now, until))
}

fn claim_in(
    connection: &mut DbConnection,
    name: &str,
    holder: &str,
    now: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<bool, ModelError> {
    backend::insert_lease_once(connection, name)?;
    let taken = diesel::update(
        leases::table
            .find(name)
            .filter(leases::holder.eq(holder).or(leases::expires_at.le(now))),
    )
    .set((leases::holder.eq(holder), leases::expires_at.eq(until)))
    .execute(connection)?;
    Ok(taken == 1)
}
