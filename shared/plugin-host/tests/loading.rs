//! Loading plugins from a folder: the real plugin, and the libraries the host must refuse.

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use closeout_plugin_abi::{ImportKind, ImportOptions};
use closeout_plugin_host::PluginRegistry;

/// The plugin library cargo built next to this test binary.
fn built_plugin() -> PathBuf {
    let folder = closeout_plugin_host::default_folder();
    let path = folder.join("libcloseout_nonconformity_report.so");
    assert!(
        path.exists(),
        "{} is missing: build the workspace (cargo test --workspace)",
        path.display()
    );
    path
}

fn folder_with(files: &[(&Path, &str)]) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("folder");
    for (source, name) in files {
        let target = folder.path().join(name);
        std::fs::copy(source, &target).expect("copy");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    folder
}

#[test]
fn the_plugin_loads_answers_and_reads_a_file() {
    let folder = folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]);
    let registry = PluginRegistry::load(folder.path(), None);
    assert!(registry.failures().is_empty(), "{:?}", registry.failures());
    let plugin = registry.get("nonconformity-report").expect("loaded");
    assert!(plugin.imports(ImportKind::NonconformityReport));
    assert!(plugin.info().file_types.contains(&"xlsx".to_owned()));
    assert_eq!(plugin.info().sha256.len(), 64);
    let csv = b"NC ID,Grade,Description\nNC-1,Minor,Something is missing\n";
    assert!(plugin.sniff(csv, "x.csv") > 0);
    assert_eq!(plugin.sniff(b"%PDF-1.7", "x.pdf"), 0);
    let output = plugin.import(csv, &ImportOptions::default()).expect("read");
    assert_eq!(output.findings.len(), 1);
    assert_eq!(output.findings[0].reference.as_deref(), Some("NC-1"));
    let failure = plugin
        .import(b"%PDF-1.7", &ImportOptions::default())
        .expect_err("a PDF");
    assert_eq!(failure.kind, "unsupported");
    let (chosen, _) = registry
        .choose(ImportKind::NonconformityReport, csv, "x.csv")
        .expect("chosen");
    assert_eq!(chosen.info().name, "nonconformity-report");
    assert!(
        registry
            .choose(ImportKind::Crosswalk, csv, "x.csv")
            .is_none()
    );
}

#[test]
fn a_world_writable_library_is_refused_and_the_rest_still_load() {
    let folder = folder_with(&[
        (&built_plugin(), "libcloseout_nonconformity_report.so"),
        (&built_plugin(), "libcloseout_writable.so"),
    ]);
    let writable = folder.path().join("libcloseout_writable.so");
    std::fs::set_permissions(&writable, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let registry = PluginRegistry::load(folder.path(), None);
    assert_eq!(registry.plugins().len(), 1);
    let refused = &registry.failures()[0];
    assert_eq!(refused.file, "libcloseout_writable.so");
    assert!(refused.error.contains("writable"), "{}", refused.error);
}

#[test]
fn the_allowlist_decides_which_libraries_load() {
    let folder = folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]);
    let digest = closeout_plugin_host::PluginRegistry::load(folder.path(), None).plugins()[0]
        .info()
        .sha256
        .clone();
    let allowed = BTreeSet::from([digest]);
    assert_eq!(
        PluginRegistry::load(folder.path(), Some(&allowed))
            .plugins()
            .len(),
        1
    );
    let other = BTreeSet::from(["0".repeat(64)]);
    let registry = PluginRegistry::load(folder.path(), Some(&other));
    assert!(registry.plugins().is_empty());
    assert!(
        registry.failures()[0].error.contains("allowlist"),
        "{:?}",
        registry.failures()
    );
}

#[test]
fn libraries_that_are_not_plugins_are_listed_as_refused() {
    // Any shared library without the descriptor symbol: the C library will do.
    let libc = [
        "/lib/x86_64-linux-gnu/libm.so.6",
        "/usr/lib/x86_64-linux-gnu/libm.so.6",
        "/lib64/libm.so.6",
    ]
    .into_iter()
    .map(Path::new)
    .find(|p| p.exists())
    .expect("a system library to copy");
    let folder = folder_with(&[
        (libc, "libcloseout_impostor.so"),
        (&built_plugin(), "libcloseout_nonconformity_report.so"),
    ]);
    std::fs::write(
        folder.path().join("libcloseout_garbage.so"),
        b"not an ELF file",
    )
    .expect("write");
    std::fs::write(
        folder.path().join("notes.txt"),
        b"ignored: not a plugin file name",
    )
    .expect("write");
    let registry = PluginRegistry::load(folder.path(), None);
    assert_eq!(registry.plugins().len(), 1);
    let mut refused: Vec<(&str, &str)> = registry
        .failures()
        .iter()
        .map(|f| (f.file.as_str(), f.error.as_str()))
        .collect();
    refused.sort();
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(
        refused[0].0 == "libcloseout_garbage.so" && refused[0].1.contains("cannot load"),
        "{refused:?}"
    );
    assert!(
        refused[1].0 == "libcloseout_impostor.so" && refused[1].1.contains("not a Closeout plugin"),
        "{refused:?}"
    );
}

#[test]
fn a_missing_folder_loads_nothing_without_failing() {
    let registry = PluginRegistry::load(Path::new("/nonexistent/closeout/plugins"), None);
    assert!(registry.plugins().is_empty() && registry.failures().is_empty());
}

#[test]
fn a_symbolic_link_is_refused_even_to_a_good_library() {
    let folder = folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]);
    std::os::unix::fs::symlink(
        folder.path().join("libcloseout_nonconformity_report.so"),
        folder.path().join("libcloseout_linked.so"),
    )
    .expect("symlink");
    let registry = PluginRegistry::load(folder.path(), None);
    assert_eq!(registry.plugins().len(), 1);
    let refused = &registry.failures()[0];
    assert_eq!(refused.file, "libcloseout_linked.so");
    assert!(refused.error.contains("symbolic link"), "{}", refused.error);
}

#[test]
fn a_group_writable_library_or_folder_is_refused() {
    let folder = folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]);
    let library = folder.path().join("libcloseout_nonconformity_report.so");
    std::fs::set_permissions(&library, std::fs::Permissions::from_mode(0o775)).expect("chmod");
    let registry = PluginRegistry::load(folder.path(), None);
    assert!(registry.plugins().is_empty());
    assert!(
        registry.failures()[0]
            .error
            .contains("writable by its group"),
        "{:?}",
        registry.failures()
    );

    std::fs::set_permissions(&library, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let registry = PluginRegistry::load(folder.path(), None);
    assert!(
        registry.plugins().is_empty(),
        "nothing loads from an open folder"
    );
    assert!(
        registry.failures()[0].error.contains("plugin folder"),
        "{:?}",
        registry.failures()
    );
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
}

#[test]
fn what_runs_is_the_checked_bytes_even_if_the_file_changes_afterwards() {
    let folder = folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]);
    let library = folder.path().join("libcloseout_nonconformity_report.so");
    let original = std::fs::read(&library).expect("read");
    let registry = PluginRegistry::load(folder.path(), None);
    let plugin = registry.get("nonconformity-report").expect("loaded");
    // The file is replaced after the check: the loaded plugin is the copy of what was hashed.
    std::fs::write(&library, b"not a library any more").expect("overwrite");
    use sha2::Digest as _;
    assert_eq!(
        plugin.info().sha256,
        hex::encode(sha2::Sha256::digest(&original))
    );
    let csv = b"NC ID,Grade,Description\nNC-1,Minor,Something is missing\n";
    let output = plugin.import(csv, &ImportOptions::default()).expect("read");
    assert_eq!(output.findings.len(), 1);
}

/// A service loads the plugin once per registry and calls it from whichever blocking thread is
/// free; threads come and go. Each loaded copy brings its own allocator, which must set itself
/// up and tear itself down on every such thread without crashing the process. (mimalloc 3.3
/// is reported to crash now and then doing this, microsoft/mimalloc#1287; a browser test died
/// of signal 11 with it, though this test never made it crash here.)
#[test]
fn short_lived_threads_read_through_several_loaded_copies_at_once() {
    let folders = [
        folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]),
        folder_with(&[(&built_plugin(), "libcloseout_nonconformity_report.so")]),
    ];
    let registries: Vec<PluginRegistry> = folders
        .iter()
        .map(|folder| PluginRegistry::load(folder.path(), None))
        .collect();
    let mut csv = String::from("NC ID,Grade,Clause,Description\n");
    for row in 1..=300 {
        csv.push_str(&format!(
            "NC-{row},Minor,A.5.{},Access reviews were not done for system {row}\n",
            row % 37 + 1
        ));
    }
    let csv = csv.as_bytes();
    for wave in 0..6 {
        std::thread::scope(|scope| {
            for thread in 0..12 {
                let registry = &registries[(wave + thread) % registries.len()];
                scope.spawn(move || {
                    let plugin = registry.get("nonconformity-report").expect("loaded");
                    let output = plugin.import(csv, &ImportOptions::default()).expect("read");
                    assert_eq!(output.findings.len(), 300);
                    assert_eq!(output.findings[299].reference.as_deref(), Some("NC-300"));
                });
            }
        });
    }
}
