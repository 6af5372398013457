//! The `nist-csf` importer plugin: reads the NIST CSF 2.0 Reference Tool export (xlsx) and
//! returns the CSF 2.0 Core as the framework `nist-csf-2.0` (functions, categories and
//! subcategories) and its informative references as mapping sets.
//!
//! The sheet `CSF 2.0` has the columns Function, Category, Subcategory, Implementation
//! Examples and Informative References; each element has its own row, and the references cell
//! holds one `<Document>: <element>` line per reference. The references to ISO/IEC 27001:2022
//! are always imported (as `related`: the file gives no relationship type); those to the
//! other documents only when the import option `documents` asks for them.
//!
//! How it is read: the container is checked ([`workbook::open`]), the sheet streamed within
//! the limits ([`workbook::for_each_row`]), the elements read by [`csf`], the rows by
//! [`sheet`], and the references written Closeout's way by [`references`].

pub mod csf;
pub mod references;
pub mod sheet;
pub mod workbook;

use std::collections::{BTreeMap, HashMap};

use closeout_plugin_abi::{
    FrameworkRecord, ImportFailure, ImportOptions, ImportOutput, Importer, MappingRecord,
    MappingSetRecord, SheetReport,
};

use crate::references::IsoCitation;
use crate::sheet::{Citation, CsfSheet};
use crate::workbook::failure;

/// The id of the framework this file describes.
pub const CSF_FRAMEWORK: &str = "nist-csf-2.0";

/// The importer.
pub struct NistCsf;

impl Importer for NistCsf {
    fn sniff(data: &[u8], _file_name: &str) -> u8 {
        let names = workbook::sheet_names_cheaply(data);
        if names.iter().any(|name| workbook::is_csf_sheet_name(name)) {
            90
        } else {
            0
        }
    }

    fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
        import(data, options)
    }
}

// No crate-level `forbid(unsafe_code)`, as in the other plugins: the macro's exports are the
// one place that needs `unsafe` (and allow it themselves), which `forbid` would refuse.
closeout_plugin_abi::export_plugin!(
    NistCsf,
    name = "nist-csf",
    kinds = "crosswalk",
    file_types = "xlsx"
);

/// Reads a CSF 2.0 Reference Tool export.
pub fn import(data: &[u8], options: &ImportOptions) -> Result<ImportOutput, ImportFailure> {
    let mut book = workbook::open(data, &options.limits)?;
    let names = book.sheet_names();
    let chosen = match &options.sheet {
        Some(wanted) => names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted.trim())),
        None => names.iter().find(|n| workbook::is_csf_sheet_name(n)),
    }
    .cloned()
    .ok_or_else(|| {
        let wanted = match &options.sheet {
            Some(wanted) => format!("no sheet named `{wanted}`"),
            None => "no sheet named like `CSF 2.0`".to_owned(),
        };
        failure(
            "no-register",
            format!(
                "{wanted} in this workbook (its sheets: {}); is it the CSF 2.0 Reference Tool export?",
                names.join(", ")
            ),
        )
    })?;

    let mut sheet = CsfSheet::new(&chosen, options.header_row);
    workbook::for_each_row(&mut book, &chosen, &options.limits, &mut |row| {
        sheet.push(row);
        Ok(())
    })?;
    let Some(header_row) = sheet.header_found_on else {
        return Err(failure(
            "no-register",
            format!(
                "sheet `{chosen}` has no header with `Subcategory` and `Informative References` columns"
            ),
        ));
    };

    let mut output = ImportOutput::default();
    let iso = iso_set(&mut sheet);
    let mappings_read = iso.mappings.len();
    output.logs.push(format!(
        "sheet `{chosen}`: header on row {header_row}; {} functions, {} categories, {} subcategories; {} withdrawn CSF 1.1 elements skipped; {mappings_read} ISO/IEC 27001:2022 mappings",
        sheet.count(1),
        sheet.count(2),
        sheet.count(3),
        sheet.withdrawn,
    ));
    output.mapping_sets.push(iso);
    output.frameworks.push(FrameworkRecord {
        id: CSF_FRAMEWORK.into(),
        name: "NIST Cybersecurity Framework 2.0".into(),
        version: Some("2.0".into()),
        requirements: std::mem::take(&mut sheet.requirements),
    });
    other_documents(&sheet.citations, options, &mut output);

    output.sheets = names
        .iter()
        .map(|name| {
            if *name == chosen {
                SheetReport {
                    name: name.clone(),
                    imported: true,
                    reason: Some("the CSF 2.0 Core and its informative references".into()),
                    header_row: Some(header_row),
                    columns: sheet.columns.clone(),
                    rows: sheet.rows,
                    ..Default::default()
                }
            } else {
                SheetReport {
                    name: name.clone(),
                    imported: false,
                    reason: Some("not the CSF 2.0 sheet".into()),
                    header_row: None,
                    columns: Vec::new(),
                    rows: 0,
                    ..Default::default()
                }
            }
        })
        .collect();
    output.issues = std::mem::take(&mut sheet.issues);
    // The ISO warnings were added after the rows were read: put every issue in row order.
    output.issues.sort_by_key(|issue| issue.row);
    Ok(output)
}

/// The ISO/IEC 27001:2022 mapping set; unreadable ISO references become located warnings.
fn iso_set(sheet: &mut CsfSheet) -> MappingSetRecord {
    let mut set = SetBuilder::default();
    let mut warnings = Vec::new();
    for citation in sheet
        .citations
        .iter()
        .filter(|c| references::is_iso(&c.document))
    {
        for cited in references::iso_citations(&citation.element) {
            match cited {
                IsoCitation::Target { target, list_item } => {
                    set.add(citation, target, list_item);
                }
                IsoCitation::Nothing => {}
                IsoCitation::Unreadable(why) => warnings.push((
                    citation.row,
                    format!(
                        "`{}: {}` ({}): {why}; skipped",
                        citation.document, citation.element, citation.source
                    ),
                )),
            }
        }
    }
    // Citations exist only once the header (and so the references column) is known.
    if let Some(column) = sheet.references_column() {
        for (row, message) in warnings {
            sheet.warn(row, column, message);
        }
    }
    set.finish(references::ISO_FRAMEWORK)
}

/// The other documents' mapping sets when `documents` asks for them, else a warning saying
/// what they are.
fn other_documents(citations: &[Citation], options: &ImportOptions, output: &mut ImportOutput) {
    // Document name -> its citations, in file order.
    let mut by_document: BTreeMap<&str, Vec<&Citation>> = BTreeMap::new();
    for citation in citations
        .iter()
        .filter(|c| !references::is_iso(&c.document))
    {
        by_document
            .entry(citation.document.as_str())
            .or_default()
            .push(citation);
    }
    let asked = options.columns.get("documents").map(|v| v.trim());
    let wanted: Option<Vec<String>> = match asked {
        None | Some("") => None,
        Some(all) if all.eq_ignore_ascii_case("all") => Some(Vec::new()),
        Some(list) => Some(list.split(',').map(references::slug).collect()),
    };
    let Some(wanted) = wanted else {
        if by_document.is_empty() {
            return;
        }
        let mut counts: Vec<(&str, usize)> = by_document
            .iter()
            .map(|(document, cited)| (*document, cited.len()))
            .collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let listed: Vec<String> = counts
            .iter()
            .map(|(document, count)| format!("{document} ({count})"))
            .collect();
        output.warnings.push(format!(
            "only the ISO/IEC 27001:2022 references were imported; the file also cites {} other documents (references each): {}. To import them too, set the option `documents` to `all` or to a comma-separated list of their names.",
            counts.len(),
            listed.join(", ")
        ));
        return;
    };
    let is_wanted = |document: &str| {
        wanted.is_empty()
            || wanted.contains(&references::slug(document))
            || wanted.contains(&references::framework_id(document))
    };
    for name in &wanted {
        let cited = by_document
            .keys()
            .any(|d| references::slug(d) == *name || references::framework_id(d) == *name);
        if !cited && *name != references::slug(references::ISO_DOCUMENT) {
            output.warnings.push(format!(
                "the option `documents` asks for `{name}`, which this file does not cite (it cites: {})",
                by_document.keys().copied().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    for (document, cited) in by_document.iter().filter(|(d, _)| is_wanted(d)) {
        let id = references::framework_id(document);
        let mut set = SetBuilder::default();
        for citation in cited {
            if references::is_sp800_53(document) {
                // Control ids never hold commas, so a comma can only separate several.
                for control in citation.element.split(',').map(str::trim) {
                    if !control.is_empty() {
                        set.add(citation, references::sp800_53(control), None);
                    }
                }
            } else {
                // Other elements are free text (`RMF Prepare Step ...: TASK P-2 ...`): as written.
                let element = citation.element.trim_end_matches(',').trim();
                if !element.is_empty() {
                    set.add(citation, element.to_owned(), None);
                }
            }
        }
        output.frameworks.push(FrameworkRecord {
            id: id.clone(),
            name: (*document).to_owned(),
            version: None,
            requirements: Vec::new(),
        });
        output.mapping_sets.push(set.finish(&id));
    }
}

/// Collects one set's mappings, once per (source, target) pair: the file cites the same
/// target twice from one element when it names two list items of a clause (`4.2(a)`,
/// `4.2(b)`), and Closeout stores a pair once.
#[derive(Default)]
struct SetBuilder {
    mappings: Vec<MappingRecord>,
    /// List items cited per mapping; `None` once the whole target is cited.
    list_items: Vec<Option<Vec<String>>>,
    index: HashMap<(String, String), usize>,
}

impl SetBuilder {
    fn add(&mut self, citation: &Citation, target: String, list_item: Option<String>) {
        let key = (citation.source.clone(), target.clone());
        if let Some(&index) = self.index.get(&key) {
            let items = &mut self.list_items[index];
            match (items.as_mut(), list_item) {
                (Some(items), Some(item)) if !items.contains(&item) => items.push(item),
                (_, None) => *items = None,
                _ => {}
            }
            return;
        }
        self.index.insert(key, self.mappings.len());
        self.list_items.push(list_item.map(|item| vec![item]));
        self.mappings.push(MappingRecord {
            source: citation.source.clone(),
            target,
            relationship: "related".into(),
            rationale: None,
            strength: None,
            annotation: None,
            row: Some(citation.row),
        });
    }

    fn finish(mut self, target_framework: &str) -> MappingSetRecord {
        for (mapping, items) in self.mappings.iter_mut().zip(self.list_items) {
            mapping.annotation = items.map(|items| format!("cites {}", items.join(", ")));
        }
        MappingSetRecord {
            source_framework: CSF_FRAMEWORK.into(),
            target_framework: target_framework.into(),
            // The export carries no licence text; the CSF is a US Government work.
            licence: None,
            mappings: self.mappings,
        }
    }
}
