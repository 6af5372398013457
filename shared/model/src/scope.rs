//! Whose data a call may touch, and who is acting: the first argument after the connection of
//! every public function here over an organisation's data.
//!
//! A scope can be had two ways. The web layer's authentication makes one from the
//! [`Principal`] that a valid token or session proved ([`Scope::of`]); a `Principal` cannot be
//! built outside this crate, so neither can a person's scope. Background workers, first-run
//! setup and the operator's command line act as Closeout itself through [`Scope::system`],
//! which is explicit and easy to find. With no `organisation_id` parameter left to fill in, a
//! query that forgets its organisation does not compile:
//!
//! ```
//! use closeout_model::{DbConnection, ModelError, Scope, audit};
//! fn audits(c: &mut DbConnection, scope: &Scope) -> Result<usize, ModelError> {
//!     Ok(audit::all(c, scope)?.len())
//! }
//! ```
//!
//! ```compile_fail
//! use closeout_model::{DbConnection, ModelError, audit};
//! fn audits(c: &mut DbConnection, organisation_id: &str) -> Result<usize, ModelError> {
//!     Ok(audit::all(c, organisation_id)?.len())
//! }
//! ```
//!
//! Nor can a handler make a person's scope from ids it read off a request:
//!
//! ```compile_fail
//! use closeout_model::{Scope, token::Principal, user::Role};
//! let forged = Principal {
//!     user_id: "someone".into(),
//!     organisation_id: "another organisation".into(),
//!     email: "someone@example.test".into(),
//!     role: Role::Admin,
//!     time_zone: "UTC".into(),
//!     token_id: None,
//!     behind: None,
//! };
//! let scope = Scope::of(&forged);
//! ```

use crate::history::Actor;
use crate::token::Principal;
use crate::user::Role;
use crate::visibility::Visibility;

/// One organisation's data, as seen and changed by one actor.
#[derive(Debug, Clone)]
pub struct Scope {
    organisation_id: String,
    actor: Actor,
    visibility: Visibility,
    role: Option<Role>,
}

impl Scope {
    /// The scope of an authenticated person: their organisation, themselves (and whoever made
    /// the token they carry) as the actor, and what their role lets them see.
    pub fn of(principal: &Principal) -> Scope {
        let visibility = match principal.role {
            Role::Contributor => Visibility::AssignedTo(principal.user_id.clone()),
            Role::Admin | Role::Manager | Role::Auditor => Visibility::All,
        };
        Scope {
            organisation_id: principal.organisation_id.clone(),
            actor: principal.actor(),
            visibility,
            role: Some(principal.role),
        }
    }

    /// Closeout itself working on an organisation's data (a worker's tick, first-run setup, the
    /// operator's command line): sees everything, and the history names no person.
    pub fn system(organisation_id: impl Into<String>) -> Scope {
        Scope {
            organisation_id: organisation_id.into(),
            actor: Actor::System,
            visibility: Visibility::All,
            role: None,
        }
    }

    /// The organisation: the only one whose rows the call reads or writes.
    pub fn organisation_id(&self) -> &str {
        &self.organisation_id
    }

    /// Who the history records as the author of changes.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Which findings the actor may see: every list, count and summary applies this one rule.
    pub fn visibility(&self) -> &Visibility {
        &self.visibility
    }

    /// The acting person's role; `None` for Closeout itself.
    pub fn role(&self) -> Option<Role> {
        self.role
    }
}
