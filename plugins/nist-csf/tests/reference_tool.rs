//! The real NIST CSF 2.0 Reference Tool export (`testdata/nist/csf2.xlsx`).

use std::collections::{BTreeMap, HashSet};

use closeout_nist_csf::{NistCsf, import};
use closeout_plugin_abi::{ImportOptions, ImportOutput, Importer, MappingSetRecord};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/nist/csf2.xlsx");

fn read(options: &ImportOptions) -> ImportOutput {
    let data = std::fs::read(FILE).expect("the reference file is readable");
    import(&data, options).expect("the reference file imports")
}

fn set<'a>(output: &'a ImportOutput, target: &str) -> &'a MappingSetRecord {
    output
        .mapping_sets
        .iter()
        .find(|s| s.target_framework == target)
        .unwrap_or_else(|| panic!("no set to {target}"))
}

fn has(set: &MappingSetRecord, source: &str, target: &str) -> bool {
    set.mappings
        .iter()
        .any(|m| m.source == source && m.target == target)
}

#[test]
fn sniffs_the_export() {
    let data = std::fs::read(FILE).unwrap();
    assert_eq!(NistCsf::sniff(&data, "csf2.xlsx"), 90);
}

#[test]
fn reads_the_core() {
    let output = read(&ImportOptions::default());
    assert_eq!(
        output.frameworks.len(),
        1,
        "only the CSF without `documents`"
    );
    let csf = &output.frameworks[0];
    assert_eq!(
        (csf.id.as_str(), csf.name.as_str(), csf.version.as_deref()),
        (
            "nist-csf-2.0",
            "NIST Cybersecurity Framework 2.0",
            Some("2.0")
        )
    );
    let count = |depth| csf.requirements.iter().filter(|r| r.depth == depth).count();
    // The sheet also lists CSF 1.1's withdrawn elements (`ID.BE-01: [Withdrawn: ...]`: 12
    // categories, 79 subcategories) and closes each function with a bare `GOVERN (GV)` row;
    // neither adds a requirement.
    assert_eq!((count(1), count(2), count(3)), (6, 22, 106));
    assert!(output.logs[0].contains("91 withdrawn"), "{:?}", output.logs);
    assert!(!csf.requirements.iter().any(|r| r.reference == "ID.BE-01"));

    let find = |reference: &str| {
        csf.requirements
            .iter()
            .find(|r| r.reference == reference)
            .unwrap()
    };
    let govern = find("GV");
    assert_eq!((govern.depth, govern.parent.as_deref()), (1, None));
    assert!(
        govern
            .title
            .as_deref()
            .unwrap()
            .starts_with("The organization's cybersecurity risk management strategy")
    );
    let context = find("GV.OC");
    assert_eq!((context.depth, context.parent.as_deref()), (2, Some("GV")));
    assert!(
        context
            .title
            .as_deref()
            .unwrap()
            .starts_with("The circumstances")
    );
    let mission = find("GV.OC-01");
    assert_eq!(
        (mission.depth, mission.parent.as_deref()),
        (3, Some("GV.OC"))
    );
    assert_eq!(
        mission.title.as_deref(),
        Some("The organizational mission is understood and informs cybersecurity risk management")
    );
    // Parents before children, every parent present.
    let mut seen = HashSet::new();
    for requirement in &csf.requirements {
        if let Some(parent) = &requirement.parent {
            assert!(
                seen.contains(parent),
                "{} before {parent}",
                requirement.reference
            );
        } else {
            assert_eq!(requirement.depth, 1, "{}", requirement.reference);
        }
        seen.insert(requirement.reference.clone());
    }
}

#[test]
fn maps_to_iso_27001() {
    let output = read(&ImportOptions::default());
    assert_eq!(output.mapping_sets.len(), 1);
    let iso = set(&output, "iso27001-2022");
    assert_eq!(iso.source_framework, "nist-csf-2.0");
    assert!(iso.mappings.iter().all(|m| m.relationship == "related"));

    let annex: Vec<_> = iso
        .mappings
        .iter()
        .filter(|m| m.target.starts_with("A."))
        .collect();
    let clauses = iso.mappings.len() - annex.len();
    let on_subcategories: Vec<_> = annex.iter().filter(|m| m.source.contains('-')).collect();
    let subcategories: HashSet<_> = on_subcategories.iter().map(|m| &m.source).collect();
    // The data README's "244 Annex A pairs over 97 subcategories" holds for subcategories.
    // Functions and categories carry references of their own too (GV cites Annex A 5.1):
    // 47 more Annex A pairs (5 on functions, 42 on categories), which are imported as well.
    assert_eq!((on_subcategories.len(), subcategories.len()), (244, 97));
    assert_eq!(annex.len(), 291);
    // The README does not count clause references (`Mandatory Clause: 6.1.2`): 123 cited
    // clauses give 121 pairs, as `4.2(a)` and `4.2(b)` on one element are one pair to 4.2.
    assert_eq!(clauses, 121);
    assert_eq!(iso.mappings.len(), 412);

    // Verified in the file: GV.OC-03 (row 7) cites Annex A Controls 5.20 and 5.31.
    let oc03: Vec<_> = iso
        .mappings
        .iter()
        .filter(|m| m.source == "GV.OC-03")
        .collect();
    assert!(has(iso, "GV.OC-03", "A.5.20") && has(iso, "GV.OC-03", "A.5.31"));
    assert!(oc03.iter().all(|m| m.row == Some(7)));
    // `Mandatory Clause: 4.2(a)` and `4.2(b)`: one mapping to clause 4.2, with a remark.
    let clause = oc03.iter().find(|m| m.target == "4.2").unwrap();
    assert_eq!(clause.annotation.as_deref(), Some("cites 4.2(a), 4.2(b)"));
    // GV.OC-01 cites `Mandatory Clause:  6.1,` (two spaces, trailing comma) and 6.1.2 style
    // clauses appear on GV.RM-01.
    assert!(has(iso, "GV.OC-01", "6.1") && has(iso, "GV.RM-01", "6.1.2"));
    assert!(has(iso, "GV", "A.5.1"));

    // `Annex A Controls:` with nothing after it (GV.OC-01, GV.OC-02, GV.RR-03) and
    // `Annex A Controls: All applicable controls` (PROTECT) are located warnings.
    let located: Vec<_> = output
        .issues
        .iter()
        .map(|i| (i.sheet.as_deref(), i.row, i.column.as_deref()))
        .collect();
    assert_eq!(
        located,
        [5, 6, 21, 90].map(|row| (Some("CSF 2.0"), Some(row), Some("E")))
    );

    // One warning names the other documents and how to ask for them.
    assert_eq!(output.warnings.len(), 1);
    let warning = &output.warnings[0];
    assert!(warning.contains("11 other documents"), "{warning}");
    assert!(warning.contains("SP 800-53 Rev 5.1.1 (740)"), "{warning}");
    assert!(warning.contains("`documents`") && warning.contains("`all`"));
}

#[test]
fn maps_the_other_documents_on_request() {
    let options = ImportOptions {
        columns: BTreeMap::from([("documents".to_owned(), "all".to_owned())]),
        ..ImportOptions::default()
    };
    let output = read(&options);
    assert!(output.warnings.is_empty(), "{:?}", output.warnings);
    let targets: Vec<_> = output
        .mapping_sets
        .iter()
        .map(|s| s.target_framework.as_str())
        .collect();
    for id in [
        "iso27001-2022",
        "nist-sp-800-53-rev5",
        "cis-controls-v8-0",
        "csf-v1-1",
        "nist-sp-800-171-rev-3",
        "sp-800-37-rev-2",
    ] {
        assert!(targets.contains(&id), "{id} in {targets:?}");
    }
    // ISO plus 11 other documents, each also named as a framework.
    assert_eq!(output.mapping_sets.len(), 12);
    assert_eq!(output.frameworks.len(), 12);

    let sp = set(&output, "nist-sp-800-53-rev5");
    assert_eq!(sp.mappings.len(), 740);
    // `AC-01` -> `AC-1`, `CP-02(08)` -> `CP-2(8)`, a family (`PT`) as written.
    assert!(has(sp, "GV.OC-03", "AC-1"));
    assert!(has(sp, "GV.OC-04", "CP-2(8)") && has(sp, "GV.OC-04", "PM-30(1)"));
    assert!(has(sp, "GV.OC-03", "PT"));
    assert!(!sp.mappings.iter().any(|m| m.target.contains("-0")));

    // Only SP 800-53, asked for by name.
    let options = ImportOptions {
        columns: BTreeMap::from([("documents".to_owned(), "SP 800-53 Rev 5.1.1".to_owned())]),
        ..ImportOptions::default()
    };
    let output = read(&options);
    let targets: Vec<_> = output
        .mapping_sets
        .iter()
        .map(|s| s.target_framework.as_str())
        .collect();
    assert_eq!(targets, ["iso27001-2022", "nist-sp-800-53-rev5"]);
}
