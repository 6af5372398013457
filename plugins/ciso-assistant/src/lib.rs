//! The `ciso-assistant` importer plugin: reads CISO Assistant libraries (YAML).
//!
//! Two kinds of library are read:
//!
//! - mapping libraries (`objects.requirement_mapping_sets`): each set maps the requirements
//!   of one framework to another's and becomes a [`MappingSetRecord`]; the frameworks it
//!   names become [`FrameworkRecord`]s without requirements;
//! - framework libraries (`objects.framework`): the framework and its requirement tree.
//!
//! Requirement urns become Closeout's references by the rules in [`reference`]. A row that
//! cannot be read is skipped with a located [`Issue`]; only a file that cannot be read at all
//! fails. The YAML is parsed by serde-saphyr, a panic-free deserializer built for hostile
//! input: its budget ([`yaml_options`]) bounds the events, nesting, anchors and alias replay a
//! file may cost, so an alias bomb or a file of millions of tiny items fails quickly.

// `deny`, not `forbid`: the exports `export_plugin!` generates allow unsafe code locally.
#![deny(unsafe_code)]

pub mod framework;
pub mod lines;
pub mod mapping;
pub mod raw;
pub mod reference;

use closeout_plugin_abi::{
    FrameworkRecord, ImportFailure, ImportOptions, ImportOutput, Importer, Issue, MappingSetRecord,
    Severity,
};

use crate::lines::{Locator, block_list_items};
use crate::raw::{Document, Library, RawMappingSet, scalar};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// How much of the file `sniff` looks at.
const SNIFF_BYTES: usize = 64 * 1024;

/// The importer.
pub struct CisoAssistant;

impl Importer for CisoAssistant {
    fn sniff(data: &[u8], _file_name: &str) -> u8 {
        sniff(data)
    }

    fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
        import(data, options)
    }
}

closeout_plugin_abi::export_plugin!(
    CisoAssistant,
    name = "ciso-assistant",
    kinds = "crosswalk",
    file_types = "yaml,yml"
);

/// How confident the plugin is that `data` is a CISO Assistant library: 90 when its start
/// names intuitem urns and mapping sets or requirement nodes; 70 for a library header alone
/// (a framework library lists its reference controls first, so its `requirement_nodes` may
/// start well past the first 64 KB: at 246 KB in `iso27001-2022.yaml`); else 0.
pub fn sniff(data: &[u8]) -> u8 {
    let head = &data[..data.len().min(SNIFF_BYTES)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|window| window == needle);
    if !has(b"urn:intuitem") {
        0
    } else if has(b"requirement_mapping_set") || has(b"requirement_nodes") {
        90
    } else if has(b"urn:intuitem:risk:library:") && has(b"objects:") {
        70
    } else {
        0
    }
}

/// Reads a library.
pub fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
    if data.len() > MAX_FILE_BYTES {
        return Err(failure(
            "too-large",
            format!(
                "The file is {} MB; CISO Assistant libraries over {} MB are not read.",
                data.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let text = std::str::from_utf8(data).map_err(|error| {
        failure(
            "unreadable",
            format!(
                "The file is not UTF-8 text (invalid bytes at offset {}); CISO Assistant libraries are UTF-8 YAML.",
                error.valid_up_to()
            ),
        )
    })?;
    let library = match serde_saphyr::from_str_with_options::<Document>(text, yaml_options()) {
        Ok(Document::Library(library)) => library,
        Ok(Document::NotAMapping) => return Err(not_a_library()),
        Err(error) => return Err(yaml_failure(&error)),
    };

    let mut context = Context::new(options.limits.max_rows);
    let mut output = ImportOutput::default();
    let library_urn = scalar(&library.urn).text();
    let Some(objects) = &library.objects else {
        return Err(nothing_to_read(&library));
    };
    if objects.framework.is_none()
        && objects.requirement_mapping_sets.is_none()
        && objects.requirement_mapping_set.is_none()
    {
        return Err(nothing_to_read(&library));
    }

    if let Some(framework) = &objects.framework {
        let nodes = framework.requirement_nodes.as_ref().map_or(0, Vec::len);
        let lines = block_list_items(text, "requirement_nodes");
        // One framework per library, so one `requirement_nodes:` list is expected.
        let locator = Locator::new(lines.first().filter(|_| lines.len() == 1), nodes);
        let library_name = scalar(&library.name).text();
        if let Some(record) = framework::read(
            framework,
            library_urn.as_deref(),
            library_name.as_deref(),
            &locator,
            &mut context,
        ) {
            output.frameworks.push(record);
        }
    }

    let sets: Vec<&RawMappingSet> = objects
        .requirement_mapping_sets
        .iter()
        .flatten()
        .chain(objects.requirement_mapping_set.as_ref())
        .collect();
    let licence = scalar(&library.copyright).text();
    let lines = block_list_items(text, "requirement_mappings");
    // Lines are trusted only when there is one `requirement_mappings:` list per set.
    let aligned = lines.len() == sets.len();
    for (index, set) in sets.iter().enumerate() {
        let items = set.requirement_mappings.as_ref().map_or(0, Vec::len);
        let locator = Locator::new(lines.get(index).filter(|_| aligned), items);
        if let Some(record) =
            mapping::read_set(set, index + 1, licence.as_deref(), &locator, &mut context)
        {
            add_frameworks_of(&record, &mut output.frameworks);
            output.mapping_sets.push(record);
        }
    }
    if !sets.is_empty()
        && output
            .mapping_sets
            .iter()
            .all(|set| set.mappings.is_empty())
    {
        output
            .warnings
            .push("The library holds mapping sets but no mapping could be read.".to_string());
    }
    if let Some(version) = scalar(&library.version).text() {
        context.logs.push(format!(
            "library `{}`, revision {version}",
            library_urn.as_deref().unwrap_or("(no urn)")
        ));
    }
    output.issues = context.issues;
    output.logs = context.logs;
    Ok(output)
}

/// Adds the frameworks a mapping set names, once each; a framework the library describes in
/// full is kept as it is.
fn add_frameworks_of(set: &MappingSetRecord, frameworks: &mut Vec<FrameworkRecord>) {
    for id in [&set.source_framework, &set.target_framework] {
        if !frameworks.iter().any(|framework| &framework.id == id) {
            frameworks.push(FrameworkRecord {
                id: id.clone(),
                // A mapping library names its frameworks only by urn.
                name: id.clone(),
                version: None,
                requirements: Vec::new(),
            });
        }
    }
}

/// What the readers collect besides records.
pub struct Context {
    /// Located problems.
    pub issues: Vec<Issue>,
    /// Log lines for the host.
    pub logs: Vec<String>,
    /// The most items read from one list (the host's `max_rows`).
    max_items: usize,
}

impl Context {
    fn new(max_rows: u32) -> Context {
        Context {
            issues: Vec::new(),
            logs: Vec::new(),
            max_items: usize::try_from(max_rows).unwrap_or(usize::MAX),
        }
    }

    /// The first `max_rows` items of a list, with an error issue when there were more.
    pub fn cap<'a, T>(&mut self, items: &'a [T], what: &str) -> &'a [T] {
        if items.len() > self.max_items {
            self.issues.push(issue(
                None,
                format!(
                    "The file has {} {what}; only the first {} were read.",
                    items.len(),
                    self.max_items
                ),
                Severity::Error,
            ));
            &items[..self.max_items]
        } else {
            items
        }
    }
}

/// An issue located by row only (a line of the file, or an item's position in its list).
pub fn issue(row: Option<u32>, message: String, severity: Severity) -> Issue {
    Issue {
        sheet: None,
        row,
        column: None,
        message,
        severity,
    }
}

fn failure(kind: &str, message: String) -> ImportFailure {
    ImportFailure {
        kind: kind.to_string(),
        message,
    }
}

/// The most YAML events read: one per 20 bytes of the largest file read (2.6 million). Real
/// libraries measure one per 27-31 bytes, so any library under the size limit fits.
pub const MAX_EVENTS: usize = MAX_FILE_BYTES / 20;

/// The deepest nesting read. A CISO Assistant library nests about ten levels.
pub const MAX_DEPTH: usize = 64;

/// How a library is parsed: the deserializer's budget and alias limits sized for CISO
/// Assistant libraries, whose real files use no aliases at all.
pub fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = MAX_EVENTS;
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_documents = 1;
    budget.max_total_scalar_bytes = MAX_FILE_BYTES;
    let mut aliases = serde_saphyr::options::AliasLimits::default();
    aliases.max_total_replayed_events = 100_000;
    aliases.max_alias_expansions_per_anchor = 1_000;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.alias_limits = aliases;
    // The message names the line and column; it never quotes the file back.
    options.with_snippet = false;
    options
}

fn not_a_library() -> ImportFailure {
    failure(
        "no-register",
        "This YAML file is not a CISO Assistant library (no `objects` with a framework or requirement mapping sets).".to_string(),
    )
}

/// A mapping without a framework or mapping sets: a CISO Assistant library of something else
/// (threats, reference controls, a risk matrix) is `unsupported`; any other YAML is not a
/// library at all.
fn nothing_to_read(library: &Library) -> ImportFailure {
    let is_library = library.objects.is_some()
        || scalar(&library.urn)
            .text()
            .is_some_and(|urn| urn.starts_with("urn:intuitem:"));
    if is_library {
        failure(
            "unsupported",
            "This CISO Assistant library holds no framework and no requirement mapping sets (it may hold threats, reference controls or a risk matrix); there is nothing to import.".to_string(),
        )
    } else {
        not_a_library()
    }
}

/// The deserializer's refusal: a file over the budget is `too-large`, anything else
/// `unreadable`, with the line and column where it went wrong.
fn yaml_failure(error: &serde_saphyr::Error) -> ImportFailure {
    let message = error.to_string();
    let message = match error.location() {
        Some(location) if !message.contains("line") => format!(
            "{message} at line {} column {}",
            location.line(),
            location.column()
        ),
        _ => message,
    };
    let mut cause = error;
    while let serde_saphyr::Error::AliasError { error, .. }
    | serde_saphyr::Error::WithSnippet { error, .. } = cause
    {
        cause = error;
    }
    if let serde_saphyr::Error::Budget { breach, .. } = cause {
        return failure(
            "too-large",
            format!(
                "The file goes past what this importer reads ({breach:?}; at most {MAX_EVENTS} \
                 YAML items nested {MAX_DEPTH} deep), so it was refused before it could take \
                 minutes or gigabytes: {}.",
                message.trim_end_matches('.')
            ),
        );
    }
    failure(
        "unreadable",
        format!(
            "The file is not a readable CISO Assistant library: {}.",
            message.trim_end_matches('.')
        ),
    )
}
