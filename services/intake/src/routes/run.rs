//! Running an importer plugin on an upload: the one asked for, or the one of the import's kind
//! that recognises the file best, off the async workers. Every import route goes through here,
//! so a file nobody reads, or one its plugin refuses, gets the same clear problem everywhere.

use actix_multipart::Multipart;
use actix_web::web;
use closeout_model::Scope;
use closeout_plugin_abi::{ImportFailure, ImportKind, ImportOptions, ImportOutput, Limits};
use closeout_plugin_host::{PluginInfo, PluginRegistry};
use closeout_web::{ApiError, AppState};
use serde::Deserialize;

/// Query parameters of every import.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ImportQuery {
    /// Read the file and answer with the preview; write nothing.
    #[serde(default)]
    pub(crate) dry_run: bool,
    /// Keep the valid rows and list the others as skipped, instead of refusing the import.
    #[serde(default)]
    pub(crate) skip_invalid_rows: bool,
    /// In a register's preview, list this many findings (1-5000, default 500) ...
    pub(crate) preview_limit: Option<usize>,
    /// ... from this one on (0-based), so a register of 100,000 rows previews in pages.
    #[serde(default)]
    pub(crate) preview_offset: usize,
}

/// The `options` part of a crosswalk or SoA upload (JSON).
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct ReadOptions {
    /// Read only this sheet.
    pub(crate) sheet: Option<String>,
    /// Column overrides (field to header text or column letter), or `{"documents": "all"}`
    /// for the NIST CSF export's other informative references.
    pub(crate) columns: std::collections::BTreeMap<String, String>,
    /// Use this plugin instead of the one that sniffs best.
    pub(crate) plugin: Option<String>,
}

/// An upload as its plugin read it.
pub(crate) struct Read {
    pub(crate) file_name: String,
    pub(crate) bytes: Vec<u8>,
    pub(crate) info: PluginInfo,
    pub(crate) output: ImportOutput,
    /// The organisation's import place, held while the handler writes what was read.
    pub(crate) _running: closeout_web::state::ImportSlot,
}

/// Reads a crosswalk or SoA upload (multipart `file`, optional `options`: [`ReadOptions`]) and
/// runs the plugin of `kind` on it.
pub(crate) async fn read_upload(
    state: &AppState,
    scope: &Scope,
    multipart: Multipart,
    kind: ImportKind,
) -> Result<Read, ApiError> {
    let running = state.import_slot(scope.organisation_id())?;
    let received =
        closeout_web::upload::read(multipart, state.config.max_upload_bytes, &["options"]).await?;
    let options: ReadOptions = match received.fields.get("options") {
        Some(text) => serde_json::from_str(text)
            .map_err(|e| ApiError::invalid("options", format!("not valid import options: {e}")))?,
        None => ReadOptions::default(),
    };
    read_file(
        state,
        running,
        received.file_name,
        received.bytes,
        options,
        kind,
    )
    .await
}

/// Runs the plugin of `kind` on a file already received (the import wizard keeps it between
/// its steps), holding the organisation's import place `running` while its answer is used.
pub(crate) async fn read_file(
    state: &AppState,
    running: closeout_web::state::ImportSlot,
    file_name: String,
    bytes: Vec<u8>,
    options: ReadOptions,
    kind: ImportKind,
) -> Result<Read, ApiError> {
    let plugin_options = ImportOptions {
        sheet: options.sheet,
        columns: options.columns,
        file_name: Some(file_name.clone()),
        limits: Limits::default(),
        ..ImportOptions::default()
    };
    let (bytes, info, output) = run_plugin(
        state,
        kind,
        bytes,
        &file_name,
        options.plugin,
        plugin_options,
    )
    .await?;
    Ok(Read {
        file_name,
        bytes,
        info,
        output,
        _running: running,
    })
}

/// Maps a plugin's refusal to a problem that says what is wrong, naming the file.
pub(crate) fn refused(failure: ImportFailure, file_name: &str) -> ApiError {
    let detail = format!("{file_name}: {}", failure.message);
    match failure.kind.as_str() {
        "too-large" => ApiError::PayloadTooLarge(detail),
        "unsupported" => ApiError::UnsupportedMediaType(detail),
        _ => ApiError::UnprocessableFile(detail),
    }
}

/// Reads `bytes` with the plugin named `wanted`, or the best of `kind`, on a blocking thread
/// (see [`read_with_plugin`]).
pub(crate) async fn run_plugin(
    state: &AppState,
    kind: ImportKind,
    bytes: Vec<u8>,
    file_name: &str,
    wanted: Option<String>,
    options: ImportOptions,
) -> Result<(Vec<u8>, PluginInfo, ImportOutput), ApiError> {
    let registry = state.plugins.clone();
    let name = file_name.to_owned();
    web::block(move || read_with_plugin(&registry, kind, bytes, &name, wanted, options))
        .await
        .map_err(|e| ApiError::internal(format!("import task failed: {e}")))?
}

/// Reads `bytes` with the plugin named `wanted`, or the best of `kind`; when none is
/// confident, the registry's fallback for the file reads it anyway so that it can say what is
/// wrong. Blocks while the plugin reads.
/// Gives the bytes back with the plugin and what it read.
pub(crate) fn read_with_plugin(
    registry: &PluginRegistry,
    kind: ImportKind,
    bytes: Vec<u8>,
    file_name: &str,
    wanted: Option<String>,
    options: ImportOptions,
) -> Result<(Vec<u8>, PluginInfo, ImportOutput), ApiError> {
    let chosen = match &wanted {
        Some(name) => registry.get(name),
        None => registry
            .choose(kind, &bytes, file_name)
            .map(|(plugin, _)| plugin)
            .or_else(|| registry.fallback(kind, file_name)),
    };
    let Some(plugin) = chosen else {
        return Err(match wanted {
            Some(name) => ApiError::invalid(
                "options",
                format!("no plugin named `{name}` is loaded (see GET /api/v1/plugins)"),
            ),
            None => ApiError::UnsupportedMediaType(format!(
                "{file_name}: no {} importer plugin is loaded (see GET /api/v1/plugins)",
                kind.as_str()
            )),
        });
    };
    let info = plugin.info().clone();
    let output = plugin
        .import(&bytes, &options)
        .map_err(|failure| refused(failure, file_name))?;
    for line in &output.logs {
        tracing::info!(plugin = info.name, "{line}");
    }
    Ok((bytes, info, output))
}
