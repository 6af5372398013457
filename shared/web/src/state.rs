//! What every handler can reach: the database, the catalog and the configuration.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use closeout_model::catalog::Catalog;
use closeout_model::config::Config;
use closeout_model::{Database, ModelError};

use crate::problem::ApiError;

/// Shared application state, cheap to clone.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database.
    pub db: Database,
    /// The ISO/IEC 27001:2022 catalog, loaded once at start-up.
    pub catalog: Arc<Catalog>,
    /// The configuration the process started with.
    pub config: Arc<Config>,
    /// Importer plugins, loaded once at start-up and kept for the life of the process.
    pub plugins: Arc<closeout_plugin_host::PluginRegistry>,
    /// Imports running now, by organisation.
    pub imports: Arc<ImportSlots>,
    /// Answers kept until the next write ([`AppState::kept_json`]).
    pub kept: Arc<crate::kept::KeptAnswers>,
}

/// How many imports one organisation may run at once in one process: a file takes a plugin
/// run and a transaction, so one organisation uploading in a loop must not take every worker.
pub const CONCURRENT_IMPORTS: usize = 2;

/// The imports running now in this process, counted by organisation, and how far those a page
/// is watching have got (by the ticket the page chose).
#[derive(Debug, Default)]
pub struct ImportSlots {
    running: Mutex<HashMap<String, usize>>,
    progress: Mutex<HashMap<String, Progress>>,
}

/// One running import; dropping it frees its place (and marks its progress finished).
#[derive(Debug)]
pub struct ImportSlot {
    slots: Arc<ImportSlots>,
    organisation_id: String,
    ticket: Option<String>,
}

/// How far one import has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    organisation_id: String,
    /// What it is doing (`Reading the file`, `Writing findings`).
    pub step: &'static str,
    /// Items of the step done.
    pub done: usize,
    /// Items of the step in all (0 when not known).
    pub total: usize,
    /// The import has ended (imported, refused or failed).
    pub finished: bool,
    updated: std::time::Instant,
}

/// How long a finished import's progress stays readable: the page that watched it reads it
/// once more at most.
const FINISHED_KEPT: std::time::Duration = std::time::Duration::from_secs(120);

/// Reports an import's progress under its ticket; does nothing without one (the API's imports).
#[derive(Debug, Clone)]
pub struct Reporter {
    slots: Arc<ImportSlots>,
    organisation_id: String,
    ticket: Option<String>,
}

impl Reporter {
    /// Says the import is at `step`, `done` of `total`.
    pub fn report(&self, step: &'static str, done: usize, total: usize) {
        let Some(ticket) = &self.ticket else { return };
        let mut progress = self
            .slots
            .progress
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        progress.retain(|_, p| !p.finished || p.updated.elapsed() < FINISHED_KEPT);
        progress.insert(
            ticket.clone(),
            Progress {
                organisation_id: self.organisation_id.clone(),
                step,
                done,
                total,
                finished: false,
                updated: std::time::Instant::now(),
            },
        );
    }
}

impl ImportSlot {
    /// Follows this import's progress under `ticket` (a page's own identifier for it).
    pub fn watched(mut self, ticket: Option<String>) -> ImportSlot {
        self.ticket = ticket;
        self
    }

    /// The handle that reports its progress.
    pub fn reporter(&self) -> Reporter {
        Reporter {
            slots: self.slots.clone(),
            organisation_id: self.organisation_id.clone(),
            ticket: self.ticket.clone(),
        }
    }
}

impl ImportSlots {
    /// Takes one of the organisation's places, or refuses with 429 while
    /// [`CONCURRENT_IMPORTS`] of its imports are running.
    pub fn take(slots: &Arc<ImportSlots>, organisation_id: &str) -> Result<ImportSlot, ApiError> {
        let mut running = slots.running.lock().unwrap_or_else(|p| p.into_inner());
        let count = running.entry(organisation_id.to_owned()).or_default();
        if *count >= CONCURRENT_IMPORTS {
            return Err(ApiError::TooManyRequests {
                detail: format!(
                    "{CONCURRENT_IMPORTS} imports of your organisation are running; try again \
                     when one has finished"
                ),
                retry_after: 5,
            });
        }
        *count += 1;
        Ok(ImportSlot {
            slots: slots.clone(),
            organisation_id: organisation_id.to_owned(),
            ticket: None,
        })
    }

    /// The progress of the import watched under `ticket`, if it is one of the organisation's
    /// and runs (or ran lately) in this process.
    pub fn progress(&self, ticket: &str, organisation_id: &str) -> Option<Progress> {
        let progress = self.progress.lock().unwrap_or_else(|p| p.into_inner());
        progress
            .get(ticket)
            .filter(|p| p.organisation_id == organisation_id)
            .cloned()
    }
}

impl Drop for ImportSlot {
    fn drop(&mut self) {
        if let Some(ticket) = &self.ticket {
            let mut progress = self
                .slots
                .progress
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            if let Some(p) = progress.get_mut(ticket) {
                p.finished = true;
                p.updated = std::time::Instant::now();
            }
        }
        let mut running = self.slots.running.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = running.get_mut(&self.organisation_id) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                running.remove(&self.organisation_id);
            }
        }
    }
}

impl AppState {
    /// Takes one of the organisation's import places, or refuses with 429 while
    /// [`CONCURRENT_IMPORTS`] of its imports are running.
    pub fn import_slot(&self, organisation_id: &str) -> Result<ImportSlot, ApiError> {
        ImportSlots::take(&self.imports, organisation_id)
    }

    /// Runs `f` with the database on a blocking thread, so a slow query never stalls the async
    /// workers. What [`AppState::read`], the writes and kept answers share.
    pub async fn with_db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Database) -> Result<T, ModelError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.db.clone();
        actix_web::web::block(move || f(&db))
            .await
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
            .map_err(ApiError::from)
    }

    /// Runs a read on a blocking thread.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut closeout_model::DbConnection) -> Result<T, ModelError> + Send + 'static,
    ) -> Result<T, ApiError> {
        self.with_db(move |db| db.read(f)).await
    }

    /// Like [`AppState::write`], for a write that changes `scope`'s organisation and no other:
    /// other organisations' kept answers stay ([`closeout_model::Database::write_for`]).
    pub async fn write_in<T: Send + 'static>(
        &self,
        scope: &closeout_model::Scope,
        f: impl FnOnce(&mut closeout_model::DbConnection) -> Result<T, ModelError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let organisation_id = scope.organisation_id().to_owned();
        self.with_db(move |db| db.write_for(&organisation_id, f))
            .await
    }

    /// Runs a write transaction on a blocking thread: all of `f`'s changes, or none.
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut closeout_model::DbConnection) -> Result<T, ModelError> + Send + 'static,
    ) -> Result<T, ApiError> {
        self.with_db(move |db| db.write(f)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_runs_two_imports_at_once_and_others_are_not_held_up() {
        let slots = Arc::new(ImportSlots::default());
        let first = ImportSlots::take(&slots, "acme").expect("first");
        let _second = ImportSlots::take(&slots, "acme").expect("second");
        let refused = ImportSlots::take(&slots, "acme").expect_err("a third");
        assert!(matches!(
            refused,
            ApiError::TooManyRequests { retry_after: 5, .. }
        ));
        ImportSlots::take(&slots, "globex").expect("another organisation");
        drop(first);
        ImportSlots::take(&slots, "acme").expect("a place came free");
    }

    #[test]
    fn a_watched_import_reports_to_its_own_organisation_until_it_has_finished() {
        let slots = Arc::new(ImportSlots::default());
        let unwatched = ImportSlots::take(&slots, "acme").expect("slot");
        unwatched.reporter().report("Reading the file", 0, 0);
        assert!(
            slots.progress.lock().expect("lock").is_empty(),
            "nothing kept without a ticket"
        );
        drop(unwatched);

        let slot = ImportSlots::take(&slots, "acme")
            .expect("slot")
            .watched(Some("ticket-1".to_owned()));
        assert_eq!(slots.progress("ticket-1", "acme"), None, "not started");
        let reporter = slot.reporter();
        reporter.report("Writing the new findings", 3_000, 10_000);
        let seen = slots.progress("ticket-1", "acme").expect("reported");
        assert_eq!(
            (seen.step, seen.done, seen.total, seen.finished),
            ("Writing the new findings", 3_000, 10_000, false)
        );
        assert_eq!(
            slots.progress("ticket-1", "globex"),
            None,
            "another organisation cannot read it"
        );
        drop(slot);
        let seen = slots.progress("ticket-1", "acme").expect("kept a while");
        assert!(seen.finished);
    }
}
