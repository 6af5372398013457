//! What of an organisation's findings a reader may see: the one rule every list, count and
//! summary applies. Everyone but a contributor sees every finding; a contributor sees those
//! assigned to them, as owner or as the owner of one of its tasks. A summary that would name or
//! count anything else (the certification cycle's open nonconformities, a framework's coverage
//! and gaps) leaves it out or withholds its reference.

use crate::scope::Scope;
use std::collections::HashSet;

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::schema::{findings, tasks};

/// Whose findings a reader may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visibility {
    /// All of the organisation's.
    All,
    /// Only those assigned to this user.
    AssignedTo(crate::id::UserId),
}

/// What a summary shows in place of a reference its reader may not see.
pub const WITHHELD: &str = "(one not assigned to you)";

impl Visibility {
    /// The user whose assignments bound what is seen, if any.
    pub fn assigned_to(&self) -> Option<&crate::id::UserId> {
        match self {
            Visibility::All => None,
            Visibility::AssignedTo(user) => Some(user),
        }
    }

    /// The ids of the findings the reader may see, or `None` when they may see all.
    pub fn finding_ids(
        &self,
        connection: &mut DbConnection,
        scope: &Scope,
    ) -> Result<Option<HashSet<String>>, ModelError> {
        let organisation_id = scope.organisation_id();
        let Visibility::AssignedTo(user) = self else {
            return Ok(None);
        };
        let mut ids: HashSet<String> = findings::table
            .filter(findings::organisation_id.eq(organisation_id))
            .filter(findings::owner_id.eq(user))
            .select(findings::id)
            .load::<String>(connection)?
            .into_iter()
            .collect();
        ids.extend(
            tasks::table
                .filter(tasks::organisation_id.eq(organisation_id))
                .filter(tasks::owner_id.eq(user))
                .select(tasks::finding_id)
                .load::<String>(connection)?,
        );
        Ok(Some(ids))
    }
}
