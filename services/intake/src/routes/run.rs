//! Running an importer plugin on an upload: the one asked for, or the one of the import's kind
//! that recognises the file best, off the async workers. Every import route goes through here,
//! so a file nobody reads, or one its plugin refuses, gets the same clear problem everywhere.

use actix_web::web;
use closeout_plugin_abi::{ImportFailure, ImportKind, ImportOptions, ImportOutput};
use closeout_plugin_host::PluginInfo;
use closeout_web::{ApiError, AppState};

/// Maps a plugin's refusal to a problem that says what is wrong, naming the file.
pub(crate) fn refused(failure: ImportFailure, file_name: &str) -> ApiError {
    let detail = format!("{file_name}: {}", failure.message);
    match failure.kind.as_str() {
        "too-large" => ApiError::PayloadTooLarge(detail),
        "unsupported" => ApiError::UnsupportedMediaType(detail),
        _ => ApiError::UnprocessableFile(detail),
    }
}

/// Reads `bytes` with the plugin named `wanted`, or the best of `kind`; when none is
/// confident, the first plugin of that kind reads it anyway so that it can say what is wrong.
/// Gives the bytes back with the plugin and what it read.
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
    let asked = wanted.clone();
    let (bytes, outcome) = web::block(move || {
        let chosen = match &asked {
            Some(name) => registry.get(name),
            None => registry
                .choose(kind, &bytes, &name)
                .map(|(plugin, _)| plugin)
                .or_else(|| registry.plugins().iter().find(|p| p.imports(kind))),
        };
        let outcome = chosen.map(|plugin| (plugin.info().clone(), plugin.import(&bytes, &options)));
        (bytes, outcome)
    })
    .await
    .map_err(|e| ApiError::internal(format!("import task failed: {e}")))?;
    let Some((info, result)) = outcome else {
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
    let output = result.map_err(|failure| refused(failure, file_name))?;
    for line in &output.logs {
        tracing::info!(plugin = info.name, "{line}");
    }
    Ok((bytes, info, output))
}
