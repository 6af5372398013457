//! The plugin ABI: how Closeout and an importer plugin talk across a `cdylib` boundary.
//!
//! A plugin exports one symbol, [`DESCRIPTOR_SYMBOL`], a function returning a pointer to a
//! static [`PluginDescriptor`]. The descriptor carries the [`ABI_VERSION`] it was built for,
//! the plugin's name, version, the kinds of document it imports and the file types it reads,
//! and three functions:
//!
//! - `sniff(bytes, file name) -> confidence 0-100`: can this plugin read the file?
//! - `import(bytes, options JSON) -> buffer`: the file's content as JSON ([`ImportResponse`]);
//! - `free_buffer(buffer)`: gives the buffer back to the plugin, which allocated it.
//!
//! Only bytes and JSON cross the boundary, never Rust types whose layout could differ between
//! compilers. A panic inside the plugin is caught there and returned as an error response; it
//! never unwinds into the host. Plugin authors do not write any of this by hand: they
//! implement [`Importer`] and call [`export_plugin!`].
//!
//! This crate is small on purpose (serde and nothing else), so a plugin builds quickly and the
//! host and plugins agree on one set of types.

pub mod wire;

#[cfg(feature = "testing")]
pub mod mutate;
use std::collections::BTreeMap;
use std::os::raw::c_char;

use serde::{Deserialize, Serialize};

/// Bumped whenever the descriptor's layout or the JSON contract changes incompatibly (2: the
/// options name the organisation's `people`, which a plugin of 1 refuses as unknown).
pub const ABI_VERSION: u32 = 2;

/// The symbol every plugin exports (NUL-terminated for `dlsym`).
pub const DESCRIPTOR_SYMBOL: &[u8] = b"closeout_plugin_descriptor\0";

/// A byte buffer allocated by the plugin and handed to the host, which must give it back
/// through [`PluginDescriptor::free_buffer`].
#[repr(C)]
#[derive(Debug)]
pub struct OwnedBuffer {
    /// Start of the bytes.
    pub ptr: *mut u8,
    /// Number of bytes.
    pub len: usize,
    /// Allocated capacity, needed to free it.
    pub capacity: usize,
}

impl OwnedBuffer {
    /// Hands a vector's allocation over to the other side.
    pub fn from_vec(bytes: Vec<u8>) -> OwnedBuffer {
        let mut bytes = std::mem::ManuallyDrop::new(bytes);
        OwnedBuffer {
            ptr: bytes.as_mut_ptr(),
            len: bytes.len(),
            capacity: bytes.capacity(),
        }
    }

    /// Takes an allocation back. Only the side that made the buffer may call this.
    ///
    /// # Safety
    /// `self` must come from [`OwnedBuffer::from_vec`] in the same library and not have been
    /// freed before.
    pub unsafe fn into_vec(self) -> Vec<u8> {
        // SAFETY: guaranteed by the caller: ptr, len and capacity come from a Vec<u8> of this
        // allocator that nobody else owns.
        unsafe { Vec::from_raw_parts(self.ptr, self.len, self.capacity) }
    }
}

/// The descriptor a plugin exports. All strings are static, NUL-terminated UTF-8.
#[repr(C)]
pub struct PluginDescriptor {
    /// [`ABI_VERSION`] at the plugin's build.
    pub abi_version: u32,
    /// Plugin name, e.g. `nonconformity-report`.
    pub name: *const c_char,
    /// Plugin version.
    pub version: *const c_char,
    /// What it imports, comma-separated [`ImportKind`] names.
    pub kinds: *const c_char,
    /// File types it reads, comma-separated extensions (`xlsx,csv`).
    pub file_types: *const c_char,
    /// How confident (0-100) the plugin is that it can read the file.
    pub sniff: unsafe extern "C" fn(
        data: *const u8,
        len: usize,
        file_name: *const u8,
        file_name_len: usize,
    ) -> u8,
    /// Imports the file: `options` is [`ImportOptions`] as JSON; the answer is
    /// [`ImportResponse`] as JSON in a buffer the host must free with `free_buffer`.
    pub import: unsafe extern "C" fn(
        data: *const u8,
        len: usize,
        options: *const u8,
        options_len: usize,
    ) -> OwnedBuffer,
    /// Frees a buffer returned by `import`.
    pub free_buffer: unsafe extern "C" fn(buffer: OwnedBuffer),
}

// SAFETY: the descriptor is immutable static data (pointers to static strings and functions).
unsafe impl Sync for PluginDescriptor {}

/// The kinds of document a plugin can import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportKind {
    /// A certification body's (or internal auditor's) register of findings.
    NonconformityReport,
    /// A Statement of Applicability.
    StatementOfApplicability,
    /// A mapping between frameworks.
    Crosswalk,
}

impl ImportKind {
    /// The name used in descriptors and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportKind::NonconformityReport => "nonconformity-report",
            ImportKind::StatementOfApplicability => "statement-of-applicability",
            ImportKind::Crosswalk => "crosswalk",
        }
    }
}

/// Day order for dates written with slashes, `03/04/2026`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Day first (`dd/mm/yyyy`), as in most of the world.
    Dmy,
    /// Month first (`mm/dd/yyyy`), as in the United States.
    Mdy,
}

/// Limits on what a plugin reads, so a hostile file cannot exhaust memory or time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Rows read per sheet.
    pub max_rows: u32,
    /// Columns read per row.
    pub max_columns: u32,
    /// Non-empty cells read in the whole file.
    pub max_cells: u64,
    /// Bytes a compressed container (xlsx, ods) may expand to.
    pub max_uncompressed_bytes: u64,
    /// Bytes in one cell.
    pub max_cell_bytes: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_rows: 200_000,
            max_columns: 200,
            max_cells: 5_000_000,
            max_uncompressed_bytes: 512 * 1024 * 1024,
            max_cell_bytes: 32 * 1024,
        }
    }
}

/// The fields a register importer's `columns` option may name, in the order a person reads
/// them: the contract between the host's import wizard and the register plugin (which checks
/// its own field names against this list in its tests).
pub const REGISTER_FIELDS: [&str; 18] = [
    "reference",
    "title",
    "grade",
    "requirements",
    "requirement_title",
    "statement",
    "objective_evidence",
    "owner",
    "raised_on",
    "root_cause",
    "correction",
    "corrective_action",
    "action_owner",
    "due_date",
    "status",
    "verification",
    "comments",
    "area",
];

/// What the host asks of an import.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImportOptions {
    /// Read only this sheet (by name).
    pub sheet: Option<String>,
    /// The header is on this row (1-based); found automatically when absent.
    pub header_row: Option<u32>,
    /// Column overrides: field name (`reference`, `grade`...) to a header text or a column
    /// letter (`C`).
    pub columns: BTreeMap<String, String>,
    /// How to read slashed dates when the file does not settle it.
    pub date_order: Option<DateOrder>,
    /// The organisation's default, used when neither the file nor `date_order` settles it.
    pub default_date_order: Option<DateOrder>,
    /// Grade overrides: a value found in the grade column (`High`) to a grade (`major`).
    pub grades: BTreeMap<String, String>,
    /// The original file name, for sniffing CSV against TSV and for messages.
    pub file_name: Option<String>,
    /// The names and email addresses of the organisation's people: a column whose values
    /// name them holds owners, whatever its header says and in whatever language.
    pub people: Vec<String>,
    /// Limits.
    pub limits: Limits,
}

/// How serious an issue found while reading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The row (or file) cannot be imported as it is.
    Error,
    /// Imported, but a person should look.
    Warning,
    /// For information (a row skipped as a section title, say).
    Info,
}

/// Something found while reading, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Sheet name (none for CSV or the whole file).
    pub sheet: Option<String>,
    /// 1-based row, as a spreadsheet shows it.
    pub row: Option<u32>,
    /// Column letter (`C`).
    pub column: Option<String>,
    /// What is wrong, in words a user can act on.
    pub message: String,
    /// How serious it is.
    pub severity: Severity,
}

/// One column of a sheet matched to a field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// Column letter.
    pub column: String,
    /// The header text found.
    pub header: String,
    /// The field it feeds (`reference`, `grade`, `requirements`, `statement`...).
    pub field: String,
    /// 0.0-1.0: 1.0 for an exact synonym, less for a partial match, 1.0 for an override.
    pub confidence: f32,
    /// Why: the header word matched and the share of the column's values that read as this
    /// field (`header "Clause" names requirements (en); 12 of 12 values are requirement
    /// references`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

/// What the plugin made of one sheet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SheetReport {
    /// Sheet name.
    pub name: String,
    /// Whether its rows were imported.
    pub imported: bool,
    /// Why it was skipped, or how it was read.
    pub reason: Option<String>,
    /// The header's (last) row, 1-based.
    pub header_row: Option<u32>,
    /// Columns matched to fields.
    pub columns: Vec<ColumnMapping>,
    /// Columns read but not used, each with why (its `field` is empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmapped: Vec<ColumnMapping>,
    /// `table` (a header above rows) or `form` (label and value pairs, one finding each).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// The language whose words the header matched (`en`, `de`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Data rows read.
    pub rows: u32,
}

/// One finding read from a file, before the host checks it against the catalog.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FindingRecord {
    /// Sheet it came from (none for CSV).
    pub sheet: Option<String>,
    /// 1-based row.
    pub row: u32,
    /// The report's reference, e.g. `NC-03`.
    pub reference: Option<String>,
    /// A short title, when the register gives one apart from the statement.
    #[serde(default)]
    pub title: Option<String>,
    /// `major`, `minor`, `ofi` or `observation`, when the plugin could tell.
    pub grade: Option<String>,
    /// The text the grade was read from (or, with no grade, the word that is not one).
    pub grade_text: Option<String>,
    /// Where the grade came from: `column D`, `the reference NC-MAJOR-01`, `section row 7`,
    /// `the sheet's name`, `text in column H`.
    #[serde(default)]
    pub grade_source: Option<String>,
    /// Requirement references as written (one cell may hold several).
    pub requirements: Vec<String>,
    /// The column the requirements came from.
    pub requirements_column: Option<String>,
    /// Where they came from, when not from a requirements column (`the statement`).
    #[serde(default)]
    pub requirements_source: Option<String>,
    /// The requirements cell held a number, not text: `5.1` may have been typed as `5.10`.
    pub requirements_numeric: bool,
    /// The nonconformity statement.
    pub statement: Option<String>,
    /// Objective evidence.
    pub objective_evidence: Option<String>,
    /// Root cause, if the register has one.
    pub root_cause: Option<String>,
    /// Correction, if the register has one.
    pub correction: Option<String>,
    /// Corrective action, if the register has one.
    pub corrective_action: Option<String>,
    /// Owner as written: an email address, a name or a role, perhaps several.
    pub owner: Option<String>,
    /// The corrective action's owner, when the register names one apart from the finding's.
    #[serde(default)]
    pub action_owner: Option<String>,
    /// How the action's effectiveness is (or was) verified.
    #[serde(default)]
    pub verification: Option<String>,
    /// Date raised, `YYYY-MM-DD`.
    pub raised_on: Option<String>,
    /// Due date, `YYYY-MM-DD`.
    pub due_date: Option<String>,
    /// Status as written.
    pub status: Option<String>,
}

/// One requirement of a framework's catalog.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RequirementRecord {
    /// The reference as the framework writes it (`AC-2`, `GV.OC-01`, `A.5.1`).
    pub reference: String,
    /// Its title or text.
    pub title: Option<String>,
    /// The reference of its parent, if it has one in the file.
    pub parent: Option<String>,
    /// Depth in the framework's tree, 1 for the top.
    pub depth: u32,
}

/// A framework described by a file (its catalog, or only its identity when the file maps to
/// it without listing it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FrameworkRecord {
    /// Stable id (`nist-csf-2.0`, `nist-sp-800-53-rev5`, `iso27001-2022`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Version, if the file says.
    pub version: Option<String>,
    /// Requirements, parents before children; empty when the file does not list them.
    pub requirements: Vec<RequirementRecord>,
}

/// One mapping between two requirements.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MappingRecord {
    /// The source requirement's reference.
    pub source: String,
    /// The target requirement's reference.
    pub target: String,
    /// `equal`, `subset`, `superset`, `intersect`, `not_related`, or `related` when the file
    /// gives no type.
    pub relationship: String,
    /// `syntactic`, `semantic` or `functional`, if given.
    pub rationale: Option<String>,
    /// 0-10, if given.
    pub strength: Option<u8>,
    /// A remark, if given.
    pub annotation: Option<String>,
    /// Where in the file (1-based row or line), for messages.
    pub row: Option<u32>,
}

/// Mappings from one framework to another, as one file states them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MappingSetRecord {
    /// Source framework id.
    pub source_framework: String,
    /// Target framework id.
    pub target_framework: String,
    /// The licence or copyright text the file carries.
    pub licence: Option<String>,
    /// The mappings.
    pub mappings: Vec<MappingRecord>,
}

/// One row of a Statement of Applicability.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ControlRecord {
    /// Sheet it came from (none for CSV).
    pub sheet: Option<String>,
    /// 1-based row.
    pub row: u32,
    /// The control as written (`A.5.1`, `5.1`, `A5.1`); the host reads it against the catalog.
    pub control: String,
    /// Whether the control applies: `Some(true)` for Yes/Y/Applicable/Partial, `Some(false)` for
    /// No/N/Not applicable, `None` when the cell is blank or unreadable.
    pub applicable: Option<bool>,
    /// The applicability cell said "partial" (applies to part of the scope).
    pub partial: bool,
    /// The applicability cell as written.
    pub applicability_text: Option<String>,
    /// Why it applies or is excluded.
    pub justification: Option<String>,
    /// Implementation status, normalised: `implemented`, `partially_implemented`, `planned`
    /// or `not_implemented`; none when blank or not recognised.
    pub status: Option<String>,
    /// The status cell as written.
    pub status_text: Option<String>,
}

/// A successful import. Every part may be left out (a crosswalk plugin has no findings).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportOutput {
    /// Findings, in file order.
    pub findings: Vec<FindingRecord>,
    /// Frameworks a crosswalk or framework file describes.
    pub frameworks: Vec<FrameworkRecord>,
    /// Mapping sets a crosswalk file states.
    pub mapping_sets: Vec<MappingSetRecord>,
    /// Rows of a Statement of Applicability.
    pub controls: Vec<ControlRecord>,
    /// What was done with each sheet.
    pub sheets: Vec<SheetReport>,
    /// Problems and remarks, located.
    pub issues: Vec<Issue>,
    /// Remarks about the whole file (a grade rule applied, a date order inferred).
    pub warnings: Vec<String>,
    /// The plugin's log lines, for the host's log.
    pub logs: Vec<String>,
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportFailure {
    /// `unreadable`, `unsupported`, `too-large`, `encrypted`, `no-register`, `panic`.
    pub kind: String,
    /// What is wrong, for a person.
    pub message: String,
}

/// What `import` returns: JSON, its finding records perhaps in binary ([`wire`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportResponse {
    /// The file was read.
    Ok(ImportOutput),
    /// It could not be.
    Failed(ImportFailure),
}

/// What a plugin implements; [`export_plugin!`] turns it into the C ABI.
pub trait Importer {
    /// How confident (0-100) the plugin is that it can read this file.
    fn sniff(data: &[u8], file_name: &str) -> u8;
    /// Reads the file.
    fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure>;
}

/// Runs an import behind the ABI: parses the options, catches panics, serialises the answer.
/// Used by [`export_plugin!`]; public so the macro can reach it.
pub fn run_import<I: Importer>(data: &[u8], options: &[u8]) -> Vec<u8> {
    let response = match serde_json::from_slice::<ImportOptions>(options) {
        Err(error) => ImportResponse::Failed(ImportFailure {
            kind: "unsupported".into(),
            message: format!("the import options are not valid: {error}"),
        }),
        Ok(options) => {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                I::import(data, &options)
            })) {
                Ok(Ok(output)) => ImportResponse::Ok(output),
                Ok(Err(failure)) => ImportResponse::Failed(failure),
                Err(panic) => ImportResponse::Failed(ImportFailure {
                    kind: "panic".into(),
                    message: format!(
                        "the importer failed on this file ({}); the file was not imported",
                        panic
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "no message".into())
                    ),
                }),
            }
        }
    };
    wire::encode(response)
}

/// Runs a sniff behind the ABI, treating a panic as "cannot read".
pub fn run_sniff<I: Importer>(data: &[u8], file_name: &[u8]) -> u8 {
    let file_name = String::from_utf8_lossy(file_name);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| I::sniff(data, &file_name)))
        .unwrap_or(0)
        .min(100)
}

/// Exports an [`Importer`] as a plugin: `export_plugin!(MyImporter, name = "x", kinds =
/// "nonconformity-report", file_types = "xlsx,csv");` in the plugin's `lib.rs`.
#[macro_export]
macro_rules! export_plugin {
    ($importer:ty, name = $name:literal, kinds = $kinds:literal, file_types = $types:literal) => {
        mod closeout_plugin_exports {
            #![allow(unsafe_code)]
            use super::*;

            unsafe extern "C" fn sniff(
                data: *const u8,
                len: usize,
                file_name: *const u8,
                file_name_len: usize,
            ) -> u8 {
                // SAFETY: the host passes valid (pointer, length) pairs that live for the call.
                let (data, file_name) = unsafe {
                    (
                        $crate::slice(data, len),
                        $crate::slice(file_name, file_name_len),
                    )
                };
                $crate::run_sniff::<$importer>(data, file_name)
            }

            unsafe extern "C" fn import(
                data: *const u8,
                len: usize,
                options: *const u8,
                options_len: usize,
            ) -> $crate::OwnedBuffer {
                // SAFETY: as above.
                let (data, options) = unsafe {
                    (
                        $crate::slice(data, len),
                        $crate::slice(options, options_len),
                    )
                };
                $crate::OwnedBuffer::from_vec($crate::run_import::<$importer>(data, options))
            }

            unsafe extern "C" fn free_buffer(buffer: $crate::OwnedBuffer) {
                // SAFETY: the host returns buffers that `import` above made, once each.
                drop(unsafe { buffer.into_vec() });
            }

            static DESCRIPTOR: $crate::PluginDescriptor = $crate::PluginDescriptor {
                abi_version: $crate::ABI_VERSION,
                name: concat!($name, "\0").as_ptr().cast(),
                version: concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast(),
                kinds: concat!($kinds, "\0").as_ptr().cast(),
                file_types: concat!($types, "\0").as_ptr().cast(),
                sniff,
                import,
                free_buffer,
            };

            #[unsafe(no_mangle)]
            pub extern "C" fn closeout_plugin_descriptor() -> *const $crate::PluginDescriptor {
                &DESCRIPTOR
            }
        }
    };
}

/// Builds a slice from an FFI (pointer, length) pair; a null pointer is an empty slice.
///
/// # Safety
/// A non-null `ptr` must point to `len` readable bytes that outlive the returned slice.
pub unsafe fn slice<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if ptr.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}
