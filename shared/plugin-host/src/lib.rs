//! The plugin host: finds importer plugins in one folder, checks them, keeps them loaded for
//! the life of the process, and calls them through the ABI of `closeout-plugin-abi`.
//!
//! Checks before a library is loaded: its file name (`libcloseout_*.so`, `.dylib`,
//! `closeout_*.dll`), that it is not writable by everyone, and, when an allowlist is
//! configured, that its SHA-256 is on it. After loading: the descriptor symbol exists and its
//! ABI version is ours. A library that fails any check is listed with the reason and skipped;
//! the service starts anyway.
//!
//! This is the only crate with `unsafe` code in the host: loading a library runs its
//! initialisers, and calling into it trusts that it honours the ABI. The allowlist is how an
//! operator decides which libraries deserve that trust.

use std::collections::BTreeSet;
use std::ffi::CStr;
use std::os::raw::c_char;
use std::path::{Path, PathBuf};

use closeout_plugin_abi::{
    ABI_VERSION, DESCRIPTOR_SYMBOL, ImportFailure, ImportKind, ImportOptions, ImportOutput,
    ImportResponse, PluginDescriptor,
};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// What the API shows of a loaded plugin.
#[derive(Debug, Clone, Serialize)]
pub struct PluginInfo {
    /// Name, e.g. `nonconformity-report`.
    pub name: String,
    /// Version.
    pub version: String,
    /// Kinds of document it imports.
    pub kinds: Vec<String>,
    /// File types it reads.
    pub file_types: Vec<String>,
    /// The library's file name.
    pub file: String,
    /// The library's SHA-256.
    pub sha256: String,
}

/// A library that was not loaded, and why.
#[derive(Debug, Clone, Serialize)]
pub struct LoadFailure {
    /// The library's file name.
    pub file: String,
    /// Why it was refused.
    pub error: String,
}

/// A loaded plugin.
pub struct Plugin {
    info: PluginInfo,
    descriptor: &'static PluginDescriptor,
}

impl std::fmt::Debug for Plugin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Plugin").field("info", &self.info).finish()
    }
}

impl Plugin {
    /// Name, version and capabilities.
    pub fn info(&self) -> &PluginInfo {
        &self.info
    }

    /// Whether it imports `kind`.
    pub fn imports(&self, kind: ImportKind) -> bool {
        self.info.kinds.iter().any(|k| k == kind.as_str())
    }

    /// How confident (0-100) the plugin is that it can read the file.
    pub fn sniff(&self, data: &[u8], file_name: &str) -> u8 {
        // SAFETY: the descriptor was checked at load time and its library is never unloaded;
        // the slices live for the duration of the call.
        unsafe {
            (self.descriptor.sniff)(
                data.as_ptr(),
                data.len(),
                file_name.as_ptr(),
                file_name.len(),
            )
        }
    }

    /// Reads a file. Blocking and possibly slow: call it off the async runtime.
    pub fn import(
        &self,
        data: &[u8],
        options: &ImportOptions,
    ) -> Result<ImportOutput, ImportFailure> {
        let options = serde_json::to_vec(options).map_err(|e| ImportFailure {
            kind: "unsupported".into(),
            message: format!("cannot encode the options: {e}"),
        })?;
        // SAFETY: as in `sniff`. The buffer is copied, then returned to the plugin that
        // allocated it, exactly once.
        // Parsed straight from the plugin's buffer, which is then handed back: the answer can
        // be tens of megabytes, and a copy would double the peak memory of an import.
        let parsed = unsafe {
            let buffer = (self.descriptor.import)(
                data.as_ptr(),
                data.len(),
                options.as_ptr(),
                options.len(),
            );
            let parsed = closeout_plugin_abi::wire::decode(closeout_plugin_abi::slice(
                buffer.ptr, buffer.len,
            ));
            (self.descriptor.free_buffer)(buffer);
            release_freed_memory();
            parsed
        };
        match parsed {
            Ok(ImportResponse::Ok(output)) => Ok(output),
            Ok(ImportResponse::Failed(failure)) => Err(failure),
            Err(error) => Err(ImportFailure {
                kind: "panic".into(),
                message: format!(
                    "the plugin {} answered with something unreadable: {error}",
                    self.info.name
                ),
            }),
        }
    }
}

/// Gives back to the system the memory a plugin freed. Plugins allocate with the C library's
/// malloc (unless they bring their own allocator, as the register importer does), the service
/// with its own: what a plugin frees after reading a large file (its records, then the
/// answer's buffer) would otherwise stay in the process, unusable by the service, for the rest
/// of its life.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> std::ffi::c_int;
        }
        // SAFETY: malloc_trim only returns free heap pages to the system; it is safe to call
        // at any time from any thread.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// Every plugin found in the folder, and those refused.
#[derive(Debug, Default)]
pub struct PluginRegistry {
    folder: PathBuf,
    plugins: Vec<Plugin>,
    failures: Vec<LoadFailure>,
}

/// Whether a file name is a Closeout plugin library on this platform.
fn is_plugin_file(name: &str) -> bool {
    let (prefix, suffix) = if cfg!(target_os = "windows") {
        ("closeout_", ".dll")
    } else if cfg!(target_os = "macos") {
        ("libcloseout_", ".dylib")
    } else {
        ("libcloseout_", ".so")
    };
    name.starts_with(prefix) && name.ends_with(suffix)
}

impl PluginRegistry {
    /// Loads every plugin library in `folder`. With `allowlist`, only libraries whose SHA-256
    /// (lower-case hex) is listed are loaded. The folder and each library must not be
    /// writable by anyone but root or the service's user, libraries are never symbolic links,
    /// and what is loaded is a private copy of the bytes that were checked.
    pub fn load(folder: &Path, allowlist: Option<&BTreeSet<String>>) -> PluginRegistry {
        let mut registry = PluginRegistry {
            folder: folder.to_owned(),
            ..Default::default()
        };
        if folder.exists()
            && let Err(error) = check_folder(folder)
        {
            tracing::error!(folder = %folder.display(), %error, "plugin folder refused; no plugins loaded");
            registry.failures.push(LoadFailure {
                file: folder.display().to_string(),
                error,
            });
            return registry;
        }
        let entries = match std::fs::read_dir(folder) {
            Ok(entries) => entries,
            Err(error) => {
                tracing::warn!(folder = %folder.display(), %error, "cannot read the plugin folder; no plugins loaded");
                return registry;
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(is_plugin_file)
            })
            .collect();
        files.sort();
        for path in files {
            let file = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            match load_one(&path, allowlist) {
                Ok(plugin)
                    if registry
                        .plugins
                        .iter()
                        .any(|p| p.info.name == plugin.info.name) =>
                {
                    tracing::warn!(
                        file,
                        name = plugin.info.name,
                        "a plugin of this name is already loaded; skipped"
                    );
                }
                Ok(plugin) => {
                    tracing::info!(
                        name = plugin.info.name,
                        version = plugin.info.version,
                        file,
                        sha256 = plugin.info.sha256,
                        "plugin loaded"
                    );
                    registry.plugins.push(plugin);
                }
                Err(error) => {
                    tracing::error!(file, %error, "plugin refused");
                    registry.failures.push(LoadFailure { file, error });
                }
            }
        }
        registry
    }

    /// The folder plugins were loaded from.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Loaded plugins.
    pub fn plugins(&self) -> &[Plugin] {
        &self.plugins
    }

    /// Libraries that were refused.
    pub fn failures(&self) -> &[LoadFailure] {
        &self.failures
    }

    /// The plugin most confident it can read the file, among those importing `kind`, with its
    /// confidence; `None` when none gives it more than 0.
    pub fn choose(&self, kind: ImportKind, data: &[u8], file_name: &str) -> Option<(&Plugin, u8)> {
        self.plugins
            .iter()
            .filter(|p| p.imports(kind))
            .map(|p| (p, p.sniff(data, file_name)))
            .filter(|(_, confidence)| *confidence > 0)
            .max_by_key(|(_, confidence)| *confidence)
    }

    /// The plugin to read a file that no plugin of `kind` recognises, so that it can say what
    /// is wrong: one that declares the file's extension (a PDF named `.xlsx` is then told apart
    /// by a spreadsheet reader, not taken for YAML), else the first of the kind.
    pub fn fallback(&self, kind: ImportKind, file_name: &str) -> Option<&Plugin> {
        let extension = file_name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let mut candidates = self.plugins.iter().filter(|p| p.imports(kind));
        let first = candidates.clone().next();
        candidates
            .find(|p| p.info.file_types.contains(&extension))
            .or(first)
    }

    /// A plugin by name.
    pub fn get(&self, name: &str) -> Option<&Plugin> {
        self.plugins.iter().find(|p| p.info.name == name)
    }
}

fn string(pointer: *const c_char, what: &str) -> Result<String, String> {
    if pointer.is_null() {
        return Err(format!("its descriptor has no {what}"));
    }
    // SAFETY: non-null, and the ABI requires static NUL-terminated strings.
    unsafe { CStr::from_ptr(pointer) }
        .to_str()
        .map(str::to_owned)
        .map_err(|_| format!("its {what} is not UTF-8"))
}

fn list(text: String) -> Vec<String> {
    text.split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Refuses a file or folder that someone other than root or the service's own user could have
/// written: its group or every user may write it, or it belongs to another user.
#[cfg(unix)]
fn check_owner_and_mode(what: &str, metadata: &std::fs::Metadata) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    if metadata.mode() & 0o002 != 0 {
        return Err(format!(
            "{what} is writable by every user; fix its permissions (chmod o-w)"
        ));
    }
    if metadata.mode() & 0o020 != 0 {
        return Err(format!(
            "{what} is writable by its group; fix its permissions (chmod g-w)"
        ));
    }
    // SAFETY: geteuid cannot fail and touches no memory.
    let service_user = unsafe { libc::geteuid() };
    if metadata.uid() != 0 && metadata.uid() != service_user {
        return Err(format!(
            "{what} belongs to user {}, neither root nor the user Closeout runs as ({service_user})",
            metadata.uid()
        ));
    }
    Ok(())
}

/// Checks the plugin folder itself: a folder others can write to lets them add libraries.
fn check_folder(folder: &Path) -> Result<(), String> {
    let metadata = std::fs::metadata(folder).map_err(|e| format!("cannot read it: {e}"))?;
    if !metadata.is_dir() {
        return Err("it is not a folder".into());
    }
    #[cfg(unix)]
    check_owner_and_mode("the plugin folder", &metadata)?;
    Ok(())
}

/// A copy of a library's bytes in a folder only this process's user can reach, removed once
/// the library is loaded (its mapping outlives the file).
struct PrivateCopy {
    folder: PathBuf,
    file: PathBuf,
}

impl PrivateCopy {
    fn write(bytes: &[u8], name: &str) -> Result<PrivateCopy, String> {
        use std::io::Write as _;
        #[cfg(unix)]
        use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _};
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let folder = std::env::temp_dir().join(format!(
            "closeout-plugin-{}-{nanos}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        builder.mode(0o700);
        // `create`, not `create_all`: a folder that already exists (someone guessed the
        // name) is refused rather than used.
        builder
            .create(&folder)
            .map_err(|e| format!("cannot make a private copy: {e}"))?;
        let copy = PrivateCopy {
            file: folder.join(name),
            folder,
        };
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o500);
        let mut file = options
            .open(&copy.file)
            .map_err(|e| format!("cannot make a private copy: {e}"))?;
        // No fsync: the copy is loaded at once and removed, it never needs to outlive a crash.
        file.write_all(bytes)
            .map_err(|e| format!("cannot make a private copy: {e}"))?;
        Ok(copy)
    }
}

impl Drop for PrivateCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.file);
        let _ = std::fs::remove_dir(&self.folder);
    }
}

/// Opens a library without following a symbolic link and reads it through that one handle, so
/// the checks and the hash are of the very bytes that get loaded.
fn read_library(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return "it is a symbolic link; put the library itself in the folder".to_owned();
        }
        format!("cannot read it: {e}")
    })?;
    let metadata = file
        .metadata()
        .map_err(|e| format!("cannot read it: {e}"))?;
    if !metadata.is_file() {
        return Err("it is not a regular file".into());
    }
    #[cfg(unix)]
    check_owner_and_mode("it", &metadata)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read it: {e}"))?;
    Ok(bytes)
}

fn load_one(path: &Path, allowlist: Option<&BTreeSet<String>>) -> Result<Plugin, String> {
    let bytes = read_library(path)?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    if let Some(allowed) = allowlist
        && !allowed.contains(&sha256)
    {
        return Err(format!(
            "its SHA-256 {sha256} is not on the plugin allowlist"
        ));
    }
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("plugin")
        .to_owned();
    // What is loaded is a private copy of the bytes just hashed: the file in the folder may
    // change after the check, the copy cannot.
    let copy = PrivateCopy::write(&bytes, &file_name)?;
    // SAFETY: loading runs the library's initialisers. The checks above (name, owner,
    // permissions, allowlist) are what stand between an operator's folder and this call.
    let library = unsafe { libloading::Library::new(&copy.file) }
        .map_err(|e| format!("cannot load it: {e}"))?;
    drop(copy);
    // SAFETY: the symbol's type is fixed by the ABI.
    let descriptor = unsafe {
        let function = library
            .get::<unsafe extern "C" fn() -> *const PluginDescriptor>(DESCRIPTOR_SYMBOL)
            .map_err(|_| {
                "it is not a Closeout plugin (no closeout_plugin_descriptor)".to_owned()
            })?;
        function()
    };
    if descriptor.is_null() {
        return Err("its descriptor is null".into());
    }
    // Kept loaded for the life of the process: the descriptor and its functions live in it.
    std::mem::forget(library);
    // SAFETY: non-null, static (the library is never unloaded). Only the first field is read
    // before the version check, and every ABI version starts with it.
    let descriptor: &'static PluginDescriptor = unsafe { &*descriptor };
    if descriptor.abi_version != ABI_VERSION {
        return Err(format!(
            "it was built for plugin ABI {}, this Closeout speaks {ABI_VERSION}; rebuild it",
            descriptor.abi_version
        ));
    }
    Ok(Plugin {
        info: PluginInfo {
            name: string(descriptor.name, "name")?,
            version: string(descriptor.version, "version")?,
            kinds: list(string(descriptor.kinds, "kinds")?),
            file_types: list(string(descriptor.file_types, "file types")?),
            file: path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned(),
            sha256,
        },
        descriptor,
    })
}

/// Where plugins are looked for when no folder is configured: next to the running binary, so
/// `cargo build` output works as it is (test binaries run from `target/<profile>/deps`, where
/// cargo also puts the plugin libraries).
pub fn default_folder() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_owned))
        .unwrap_or_else(|| PathBuf::from("."))
}
