//! Crosswalks as people make them: a generic ISO -> SOC 2 sheet, the NIST OLIR template, a
//! semicolon CSV read with explicit overrides, and files that do not say their frameworks.

use std::collections::BTreeMap;

use closeout_crosswalk_sheet::{CrosswalkSheet, import};
use closeout_plugin_abi::{
    ImportOptions, ImportOutput, Importer, Issue, MappingRecord, MappingSetRecord, Severity,
};
use rust_xlsxwriter::{Workbook, Worksheet};

/// Writes text cells (row, column, text) and number cells into a sheet.
fn fill(sheet: &mut Worksheet, texts: &[(u32, u16, &str)], numbers: &[(u32, u16, f64)]) {
    for (row, column, text) in texts {
        sheet.write_string(*row, *column, *text).expect("write");
    }
    for (row, column, number) in numbers {
        sheet.write_number(*row, *column, *number).expect("write");
    }
}

fn options(columns: &[(&str, &str)]) -> ImportOptions {
    ImportOptions {
        columns: columns
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
        ..ImportOptions::default()
    }
}

/// (source, target, relationship, row) of every mapping.
fn pairs(set: &MappingSetRecord) -> Vec<(&str, &str, &str, Option<u32>)> {
    set.mappings
        .iter()
        .map(|m| {
            (
                m.source.as_str(),
                m.target.as_str(),
                m.relationship.as_str(),
                m.row,
            )
        })
        .collect()
}

/// (severity, row, column) of every issue, and the issue at a row.
fn located(output: &ImportOutput) -> Vec<(Severity, Option<u32>, Option<&str>)> {
    output
        .issues
        .iter()
        .map(|i| (i.severity, i.row, i.column.as_deref()))
        .collect()
}

fn issue_at(output: &ImportOutput, row: u32) -> &Issue {
    output
        .issues
        .iter()
        .find(|i| i.row == Some(row))
        .unwrap_or_else(|| panic!("no issue on row {row}: {:?}", output.issues))
}

/// A "Read me" sheet, then an ISO -> SOC 2 crosswalk under title rows, starting in column B.
fn iso_to_soc2() -> Vec<u8> {
    let mut workbook = Workbook::new();
    fill(
        workbook.add_worksheet().set_name("Read me").expect("name"),
        &[
            (0, 0, "How to use this crosswalk"),
            (1, 0, "Blank = no relationship"),
        ],
        &[],
    );
    fill(
        workbook
            .add_worksheet()
            .set_name("ISO to SOC 2")
            .expect("name"),
        &[
            (0, 1, "ISO/IEC 27001:2022 to SOC 2 crosswalk"),
            (1, 1, "© 2026 ACME Ltd, CC BY 4.0"),
            (3, 1, "ISO 27001"),
            (3, 2, "SOC 2"),
            (3, 3, "Relationship"),
            (3, 4, "Notes"),
            (4, 1, "A.5.1"),
            (4, 2, "CC1.1"),
            (4, 3, "Equivalent"),
            (4, 4, "Policies"),
            (5, 1, "A5.15"),
            (5, 2, "CC6.1, CC6.2"),
            (5, 3, "Subset"),
            (6, 1, "A.8.8"),
            (6, 2, "CC7.1"),
            (6, 3, "Superset"),
            (7, 1, "A.5.2"),
            (7, 2, "CC1.3"),
            (8, 1, "A.5.3"),
            (8, 2, "CC1.4"),
            (8, 3, "sort of"),
            (9, 1, "a. 5.1"),
            (9, 2, "CC1.1"),
            (9, 3, "Equal"),
            (10, 2, "CC4.1"),
            (10, 3, "Intersects with"),
        ],
        // A clause typed as a number.
        &[(10, 1, 9.2)],
    );
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn a_generic_iso_to_soc2_sheet() {
    let data = iso_to_soc2();
    assert_eq!(CrosswalkSheet::sniff(&data, "crosswalk.xlsx"), 80);
    let output = import(&data, &ImportOptions::default()).expect("imports");

    let frameworks: Vec<(&str, &str)> = output
        .frameworks
        .iter()
        .map(|f| (f.id.as_str(), f.name.as_str()))
        .collect();
    assert_eq!(
        frameworks,
        [
            ("iso27001-2022", "ISO/IEC 27001:2022"),
            ("soc2-2017", "SOC 2 Trust Services Criteria")
        ]
    );
    assert!(output.frameworks.iter().all(|f| f.requirements.is_empty()));

    assert_eq!(output.mapping_sets.len(), 1);
    let set = &output.mapping_sets[0];
    assert_eq!(
        (set.source_framework.as_str(), set.target_framework.as_str()),
        ("iso27001-2022", "soc2-2017")
    );
    assert_eq!(set.licence.as_deref(), Some("© 2026 ACME Ltd, CC BY 4.0"));
    assert_eq!(
        pairs(set),
        [
            ("A.5.1", "CC1.1", "equal", Some(5)),
            ("A.5.15", "CC6.1", "subset", Some(6)),
            ("A.5.15", "CC6.2", "subset", Some(6)),
            ("A.8.8", "CC7.1", "superset", Some(7)),
            ("9.2", "CC4.1", "intersect", Some(11)),
        ]
    );
    assert_eq!(set.mappings[0].annotation.as_deref(), Some("Policies"));
    assert_eq!(
        (
            set.mappings[0].rationale.as_deref(),
            set.mappings[0].strength
        ),
        (None, None)
    );

    assert_eq!(
        located(&output),
        [
            (Severity::Info, Some(8), Some("D")),
            (Severity::Error, Some(9), Some("D")),
            (Severity::Warning, Some(10), Some("B")),
            (Severity::Warning, Some(11), Some("B")),
        ]
    );
    assert!(
        output
            .issues
            .iter()
            .all(|i| i.sheet.as_deref() == Some("ISO to SOC 2"))
    );
    assert!(issue_at(&output, 8).message.contains("blank"));
    assert!(issue_at(&output, 9).message.contains("`sort of`"));
    let duplicate = &issue_at(&output, 10).message;
    assert!(
        duplicate.contains("A.5.1 -> CC1.1 is already mapped on row 5"),
        "{duplicate}"
    );
    assert!(issue_at(&output, 11).message.contains("number"));

    let [read_me, sheet] = output.sheets.as_slice() else {
        panic!("two sheets: {:?}", output.sheets);
    };
    assert!(!read_me.imported);
    assert!(
        read_me
            .reason
            .as_deref()
            .unwrap_or_default()
            .contains("no crosswalk header")
    );
    assert!(sheet.imported);
    assert_eq!((sheet.header_row, sheet.rows), (Some(4), 7));
    let columns: Vec<(&str, &str, &str)> = sheet
        .columns
        .iter()
        .map(|c| (c.column.as_str(), c.header.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        columns,
        [
            ("B", "ISO 27001", "source"),
            ("C", "SOC 2", "target"),
            ("D", "Relationship", "relationship"),
            ("E", "Notes", "annotation"),
        ]
    );
    assert!(sheet.columns.iter().all(|c| c.confidence >= 0.9));
}

#[test]
fn only_the_chosen_sheet_and_header_row() {
    let data = iso_to_soc2();
    let chosen = ImportOptions {
        sheet: Some("ISO to SOC 2".into()),
        header_row: Some(4),
        ..ImportOptions::default()
    };
    let output = import(&data, &chosen).expect("imports");
    assert_eq!(output.sheets.len(), 1);
    assert_eq!(output.mapping_sets[0].mappings.len(), 5);

    let missing = ImportOptions {
        sheet: Some("Mappings".into()),
        ..ImportOptions::default()
    };
    let failure = import(&data, &missing).expect_err("no such sheet");
    assert_eq!(failure.kind, "no-register");
    assert!(
        failure.message.contains("ISO to SOC 2"),
        "{}",
        failure.message
    );

    let wrong_row = ImportOptions {
        sheet: Some("ISO to SOC 2".into()),
        header_row: Some(2),
        ..ImportOptions::default()
    };
    let failure = import(&data, &wrong_row).expect_err("row 2 is a title");
    assert_eq!(failure.kind, "no-register");
    assert!(
        failure.message.contains("row 2 is not a crosswalk header"),
        "{}",
        failure.message
    );
}

fn olir() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let description = "Focal Document Element Description";
    fill(
        workbook
            .add_worksheet()
            .set_name("Relationships")
            .expect("name"),
        &[
            (0, 0, "Focal Document: NIST CSF 2.0"),
            (1, 0, "Reference Document:"),
            (1, 1, "ISO/IEC 27001:2022"),
            (3, 0, "Focal Document Element"),
            (3, 1, description),
            (3, 2, "Rationale"),
            (3, 3, "Relationship"),
            (3, 4, "Reference Document Element"),
            (3, 5, "Reference Document Element Description"),
            (3, 6, "Strength of Relationship"),
            (4, 0, "GV.OC-01"),
            (4, 1, "The organizational mission is understood"),
            (4, 2, "Semantic"),
            (4, 3, "subset of"),
            (4, 4, "4.1"),
            (4, 5, "Understanding the organization and its context"),
            (5, 0, "GV.PO-01"),
            (5, 2, "Syntactic"),
            (5, 3, "equal"),
            (5, 4, "A.5.1"),
            (6, 0, "ID.AM-01"),
            (6, 2, "Functional"),
            (6, 3, "intersects with"),
            (6, 4, "A5.9"),
            (7, 0, "PR.AA-01"),
            (7, 2, "semantic"),
            (7, 3, "superset of"),
            (7, 4, "A.5.16"),
            (8, 0, "DE.CM-01"),
            (8, 2, "Semantic"),
            (8, 3, "not related to"),
            (8, 4, "A.8.16"),
        ],
        &[
            (4, 6, 7.0),
            (5, 6, 10.0),
            (6, 6, 11.0),
            (7, 6, 5.0),
            (8, 6, 0.0),
        ],
    );
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn the_olir_template() {
    let data = olir();
    assert_eq!(CrosswalkSheet::sniff(&data, "olir.xlsx"), 80);
    let output = import(&data, &ImportOptions::default()).expect("imports");
    let ids: Vec<&str> = output.frameworks.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["nist-csf-2.0", "iso27001-2022"]);
    let set = &output.mapping_sets[0];
    assert_eq!(
        (set.source_framework.as_str(), set.target_framework.as_str()),
        ("nist-csf-2.0", "iso27001-2022")
    );
    let records: Vec<_> = set
        .mappings
        .iter()
        .map(|m: &MappingRecord| {
            (
                m.source.as_str(),
                m.target.as_str(),
                m.relationship.as_str(),
                m.rationale.as_deref(),
                m.strength,
            )
        })
        .collect();
    assert_eq!(
        records,
        [
            ("GV.OC-01", "4.1", "subset", Some("semantic"), Some(7)),
            ("GV.PO-01", "A.5.1", "equal", Some("syntactic"), Some(10)),
            ("ID.AM-01", "A.5.9", "intersect", Some("functional"), None),
            ("PR.AA-01", "A.5.16", "superset", Some("semantic"), Some(5)),
            (
                "DE.CM-01",
                "A.8.16",
                "not_related",
                Some("semantic"),
                Some(0)
            ),
        ]
    );
    assert_eq!(located(&output), [(Severity::Warning, Some(7), Some("G"))]);
    assert!(
        issue_at(&output, 7)
            .message
            .contains("`11` is outside 0-10")
    );
    let sheet = &output.sheets[0];
    assert!(sheet.reason.as_deref().unwrap_or_default().contains("OLIR"));
    let fields: Vec<(&str, &str)> = sheet
        .columns
        .iter()
        .map(|c| (c.column.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("A", "source"),
            ("E", "target"),
            ("D", "relationship"),
            ("C", "rationale"),
            ("G", "strength")
        ]
    );
}

#[test]
fn an_option_overrides_the_framework_the_file_names() {
    let output = import(
        &olir(),
        &options(&[("source_framework", "nist-sp-800-53-rev5")]),
    )
    .expect("imports");
    assert_eq!(
        output.mapping_sets[0].source_framework,
        "nist-sp-800-53-rev5"
    );
    assert!(
        output.warnings[0].contains("overrides the file"),
        "{:?}",
        output.warnings
    );
}

#[test]
fn a_semicolon_csv_with_a_bom_and_overrides_by_letter() {
    let text = "\u{FEFF}Control;Criterion;Kind;Why\n\
                A5.1;CC1.1;Equal;first\n\
                A 8.8;CC7.1 / CC7.2;Partial;\n\
                9.2;CC4.1;None;\n";
    let mut options = options(&[
        ("source", "A"),
        ("target", "b"),
        ("relationship", "C"),
        ("annotation", "D"),
        ("source_framework", "iso27001-2022"),
        ("target_framework", "soc2-2017"),
    ]);
    options.file_name = Some("mapping.csv".into());
    let output = import(text.as_bytes(), &options).expect("imports");
    assert!(output.logs[0].contains("UTF-8 (BOM)") && output.logs[0].contains("';'"));
    let set = &output.mapping_sets[0];
    assert_eq!(
        (set.source_framework.as_str(), set.target_framework.as_str()),
        ("iso27001-2022", "soc2-2017")
    );
    assert_eq!(
        pairs(set),
        [
            ("A.5.1", "CC1.1", "equal", Some(2)),
            ("A.8.8", "CC7.1", "intersect", Some(3)),
            ("A.8.8", "CC7.2", "intersect", Some(3)),
            ("9.2", "CC4.1", "not_related", Some(4)),
        ]
    );
    assert_eq!(set.mappings[0].annotation.as_deref(), Some("first"));
    assert!(output.issues.is_empty(), "{:?}", output.issues);
    let sheet = &output.sheets[0];
    assert_eq!(
        (sheet.name.as_str(), sheet.header_row),
        ("mapping.csv", Some(1))
    );
    let columns: Vec<(&str, &str, &str, f32)> = sheet
        .columns
        .iter()
        .map(|c| {
            (
                c.column.as_str(),
                c.header.as_str(),
                c.field.as_str(),
                c.confidence,
            )
        })
        .collect();
    assert_eq!(
        columns,
        [
            ("A", "Control", "source", 1.0),
            ("B", "Criterion", "target", 1.0),
            ("C", "Kind", "relationship", 1.0),
            ("D", "Why", "annotation", 1.0),
        ]
    );
}

#[test]
fn a_tsv_with_frameworks_named_in_options_and_headers_overridden_by_text() {
    let text = "Source Control\tTarget Control\tType\tRationale\n\
                A.5.15\tAC-2\tsubset of\tBoth require account management reviews\n\
                A.5.16\tIA-4\tequal\tSemantc\n";
    let mut options = options(&[
        ("relationship", "type"),
        ("source_framework", "ISO 27001"),
        ("target_framework", "NIST 800-53"),
    ]);
    options.file_name = Some("map.tsv".into());
    assert_eq!(CrosswalkSheet::sniff(text.as_bytes(), "map.tsv"), 80);
    let output = import(text.as_bytes(), &options).expect("imports");
    let set = &output.mapping_sets[0];
    assert_eq!(
        (set.source_framework.as_str(), set.target_framework.as_str()),
        ("iso27001-2022", "nist-sp-800-53-rev5")
    );
    assert_eq!(
        pairs(set),
        [
            ("A.5.15", "AC-2", "subset", Some(2)),
            ("A.5.16", "IA-4", "equal", Some(3))
        ]
    );
    // Prose is a remark, not a rationale type; a misspelt type is flagged.
    assert_eq!(set.mappings[0].rationale, None);
    assert_eq!(
        set.mappings[0].annotation.as_deref(),
        Some("Rationale: Both require account management reviews")
    );
    assert_eq!(located(&output), [(Severity::Warning, Some(3), Some("D"))]);
}

#[test]
fn frameworks_the_file_does_not_name_need_the_options() {
    let text = "Source,Target,Relationship\nA.5.1,X-1,Equal\n";
    let failure = import(text.as_bytes(), &ImportOptions::default()).expect_err("no frameworks");
    assert_eq!(failure.kind, "no-register");
    for advice in [
        "nothing in the file names the source framework",
        "columns.source_framework",
        "columns.target_framework",
    ] {
        assert!(failure.message.contains(advice), "{}", failure.message);
    }

    let failure = import(
        text.as_bytes(),
        &options(&[("source_framework", "iso27001-2022")]),
    )
    .expect_err("no target framework");
    assert!(
        failure.message.contains("columns.target_framework"),
        "{}",
        failure.message
    );
    assert!(
        !failure.message.contains("columns.source_framework"),
        "{}",
        failure.message
    );

    // A framework named in the header, but in a version without an id here.
    let text = "ISO/IEC 27001:2013,ISO/IEC 27001:2022,Relationship\nA.9.2.1,A.5.16,Equal\n";
    let failure = import(text.as_bytes(), &ImportOptions::default()).expect_err("2013");
    assert!(
        failure.message.contains("`ISO/IEC 27001:2013`"),
        "{}",
        failure.message
    );
    let output = import(
        text.as_bytes(),
        &options(&[("source_framework", "iso27001-2013")]),
    )
    .expect("with the option");
    assert_eq!(
        pairs(&output.mapping_sets[0]),
        [("A.9.2.1", "A.5.16", "equal", Some(2))]
    );
    assert_eq!(output.frameworks[0].name, "iso27001-2013");
}

#[test]
fn no_crosswalk_header_says_what_was_looked_for() {
    let text = "NC ID,Grade,Description\nNC-1,Major,Access reviews\n";
    assert!(CrosswalkSheet::sniff(text.as_bytes(), "register.csv") <= 10);
    let failure = import(text.as_bytes(), &ImportOptions::default()).expect_err("no header");
    assert_eq!(failure.kind, "no-register");
    for looked_for in [
        "Source Control",
        "Target Control",
        "Relationship",
        "Focal Document Element",
    ] {
        assert!(failure.message.contains(looked_for), "{}", failure.message);
    }
}

/// A minimal OpenDocument spreadsheet: one sheet of text rows (`None` for an empty cell).
fn ods(sheet: &str, rows: &[&[Option<&str>]], encrypted: bool) -> Vec<u8> {
    use std::io::Write;
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            match cell {
                Some(text) => table.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
                )),
                None => table.push_str("<table:table-cell/>"),
            }
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"{sheet}\">{table}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    let encryption = if encrypted {
        "<manifest:encryption-data manifest:checksum-type=\"SHA1\"/>"
    } else {
        ""
    };
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
         <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
         <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">{encryption}</manifest:file-entry>\
         </manifest:manifest>"
    );
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buffer);
    let options = zip::write::SimpleFileOptions::default();
    for (name, body) in [
        (
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet".to_owned(),
        ),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content),
    ] {
        zip.start_file(name, options).expect("entry");
        zip.write_all(body.as_bytes()).expect("write");
    }
    zip.finish().expect("zip");
    buffer.into_inner()
}

#[test]
fn an_ods_crosswalk_to_pci_dss() {
    let rows: &[&[Option<&str>]] = &[
        &[Some("Mapping of ISO 27001 onto PCI DSS 4.0")],
        &[],
        &[
            None,
            Some("ISO Control"),
            Some("PCI DSS Requirement"),
            Some("Match"),
            Some("Comment"),
        ],
        &[
            None,
            Some("A.8.24"),
            Some("3.6.1\n4.2.1"),
            Some("Overlap"),
            None,
        ],
        &[
            None,
            Some("A.5.1"),
            Some("12.1.1"),
            Some("Equal to"),
            Some("policy"),
        ],
    ];
    let data = ods("Crosswalk", rows, false);
    assert_eq!(CrosswalkSheet::sniff(&data, "crosswalk.ods"), 80);
    // `ISO Control` does not say which edition.
    let failure = import(&data, &ImportOptions::default()).expect_err("no ISO edition");
    assert!(
        failure.message.contains("`ISO Control`"),
        "{}",
        failure.message
    );
    let output = import(
        &data,
        &options(&[("source_framework", "ISO/IEC 27001:2022")]),
    )
    .expect("imports");
    let set = &output.mapping_sets[0];
    assert_eq!(
        (set.source_framework.as_str(), set.target_framework.as_str()),
        ("iso27001-2022", "pci-dss-4.0")
    );
    assert_eq!(
        pairs(set),
        [
            ("A.8.24", "3.6.1", "intersect", Some(4)),
            ("A.8.24", "4.2.1", "intersect", Some(4)),
            ("A.5.1", "12.1.1", "equal", Some(5)),
        ]
    );
    assert_eq!(set.mappings[2].annotation.as_deref(), Some("policy"));
    assert_eq!(output.sheets[0].header_row, Some(3));

    let locked = ods("Crosswalk", rows, true);
    let failure = import(&locked, &ImportOptions::default()).expect_err("encrypted");
    assert_eq!(failure.kind, "encrypted");
}

#[test]
fn a_control_merged_beside_the_criteria_it_maps_to_maps_to_each() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Map").expect("name");
    fill(
        sheet,
        &[
            (0, 0, "ISO 27001"),
            (0, 1, "SOC 2"),
            (0, 2, "Relationship"),
            (1, 1, "CC6.1"),
            (1, 2, "Subset"),
            (2, 1, "CC6.2"),
            (2, 2, "Subset"),
            (3, 1, "CC6.3"),
            (3, 2, "Equivalent"),
            (4, 0, "A.8.8"),
            (4, 1, "CC7.1"),
            (4, 2, "Equivalent"),
        ],
        &[],
    );
    // A2:A4: one control for three criteria, as crosswalks are often laid out.
    sheet
        .merge_range(1, 0, 3, 0, "A.5.15", &rust_xlsxwriter::Format::new())
        .expect("merge");
    let output = import(
        &workbook.save_to_buffer().expect("xlsx"),
        &ImportOptions::default(),
    )
    .expect("imports");
    assert!(output.issues.is_empty(), "{:?}", output.issues);
    assert_eq!(
        pairs(&output.mapping_sets[0]),
        [
            ("A.5.15", "CC6.1", "subset", Some(2)),
            ("A.5.15", "CC6.2", "subset", Some(3)),
            ("A.5.15", "CC6.3", "equal", Some(4)),
            ("A.8.8", "CC7.1", "equal", Some(5)),
        ]
    );
}
