//! What every handler can reach: the database, the catalog and the configuration.

use std::sync::Arc;

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
}

impl AppState {
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
