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
}

/// How many imports one organisation may run at once in one process: a file takes a plugin
/// run and a transaction, so one organisation uploading in a loop must not take every worker.
pub const CONCURRENT_IMPORTS: usize = 2;

/// The imports running now in this process, counted by organisation.
#[derive(Debug, Default)]
pub struct ImportSlots(Mutex<HashMap<String, usize>>);

/// One running import; dropping it frees its place.
#[derive(Debug)]
pub struct ImportSlot {
    slots: Arc<ImportSlots>,
    organisation_id: String,
}

impl ImportSlots {
    /// Takes one of the organisation's places, or refuses with 429 while
    /// [`CONCURRENT_IMPORTS`] of its imports are running.
    pub fn take(slots: &Arc<ImportSlots>, organisation_id: &str) -> Result<ImportSlot, ApiError> {
        let mut running = slots.0.lock().unwrap_or_else(|p| p.into_inner());
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
        })
    }
}

impl Drop for ImportSlot {
    fn drop(&mut self) {
        let mut running = self.slots.0.lock().unwrap_or_else(|p| p.into_inner());
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

    /// Runs a read on a blocking thread, so a slow query never stalls the async workers.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut closeout_model::DbConnection) -> Result<T, ModelError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.db.clone();
        actix_web::web::block(move || db.read(f))
            .await
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
            .map_err(ApiError::from)
    }

    /// Runs a write transaction on a blocking thread: all of `f`'s changes, or none.
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut closeout_model::DbConnection) -> Result<T, ModelError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let db = self.db.clone();
        actix_web::web::block(move || db.write(f))
            .await
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
            .map_err(ApiError::from)
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
}
