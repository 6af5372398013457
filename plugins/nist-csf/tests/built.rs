//! Hand-built workbooks for the cases the real file does not have, and files that are not
//! workbooks at all.

use std::collections::BTreeMap;

use closeout_nist_csf::{NistCsf, import};
use closeout_plugin_abi::{ImportOptions, ImportOutput, Importer, Limits, Severity};
use rust_xlsxwriter::Workbook;

const HEADER: [&str; 5] = [
    "Function",
    "Category",
    "Subcategory",
    "Implementation Examples",
    "Informative References",
];

/// A workbook with one sheet; `rows[0]` is row 1, and empty strings are empty cells.
fn xlsx(sheet: &str, rows: &[[&str; 5]]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                worksheet.write_string(r as u32, c as u16, *text).unwrap();
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// A small CSF sheet whose one subcategory (row 4) has the given references.
fn csf(references: &str) -> Vec<u8> {
    xlsx(
        "CSF 2.0",
        &[
            HEADER,
            ["GOVERN (GV): Strategy is established", "", "", "", ""],
            [
                "",
                "Organizational Context (GV.OC): Circumstances are understood",
                "",
                "",
                "",
            ],
            [
                "",
                "",
                "GV.OC-01: The mission is understood",
                "Ex1: Share it",
                references,
            ],
        ],
    )
}

fn targets(output: &ImportOutput) -> Vec<(&str, &str, Option<&str>)> {
    output.mapping_sets[0]
        .mappings
        .iter()
        .map(|m| {
            (
                m.source.as_str(),
                m.target.as_str(),
                m.annotation.as_deref(),
            )
        })
        .collect()
}

#[test]
fn unparseable_reference_line_is_a_located_warning() {
    let data = csf(
        "ISO/IEC 27001:2022: Annex A Controls: 5.9\nsee the appendix\nSP 800-53 Rev 5.1.1: AC-01",
    );
    assert_eq!(NistCsf::sniff(&data, "anything.bin"), 90);
    let output = import(&data, &ImportOptions::default()).unwrap();
    assert_eq!(targets(&output), [("GV.OC-01", "A.5.9", None)]);
    assert_eq!(output.mapping_sets[0].mappings[0].row, Some(4));

    assert_eq!(output.issues.len(), 1);
    let issue = &output.issues[0];
    assert_eq!(
        (
            issue.sheet.as_deref(),
            issue.row,
            issue.column.as_deref(),
            issue.severity
        ),
        (Some("CSF 2.0"), Some(4), Some("E"), Severity::Warning)
    );
    assert!(
        issue.message.contains("`see the appendix`"),
        "{}",
        issue.message
    );

    // The SP 800-53 line was read, and is only mentioned without `documents`.
    assert_eq!(output.mapping_sets.len(), 1);
    assert!(output.warnings[0].contains("SP 800-53 Rev 5.1.1 (1)"));
    let csf = &output.frameworks[0].requirements;
    let references: Vec<_> = csf
        .iter()
        .map(|r| (r.reference.as_str(), r.depth))
        .collect();
    assert_eq!(references, [("GV", 1), ("GV.OC", 2), ("GV.OC-01", 3)]);
}

#[test]
fn clause_references() {
    let data = csf("ISO/IEC 27001:2022: Clause 6.1.2\n\
         ISO/IEC 27001:2022: 9.2\n\
         ISO/IEC 27001:2022: Mandatory Clause: 4.2(a), 5.1\n\
         ISO/IEC 27001:2022: Mandatory Clause: None\n\
         ISO/IEC 27001:2022: Annex A Controls: 8.10");
    let output = import(&data, &ImportOptions::default()).unwrap();
    assert_eq!(
        targets(&output),
        [
            ("GV.OC-01", "6.1.2", None),
            ("GV.OC-01", "9.2", None),
            ("GV.OC-01", "4.2", Some("cites 4.2(a)")),
            ("GV.OC-01", "5.1", None),
            ("GV.OC-01", "A.8.10", None),
        ]
    );
    // `None` says there is nothing to map: not a problem.
    assert!(output.issues.is_empty(), "{:?}", output.issues);
    assert!(output.warnings.is_empty());
}

#[test]
fn flat_layout_and_documents_by_name() {
    // Every row repeats its function and category, as a filtered export might.
    let data = xlsx(
        "csf_2.0",
        &[
            ["NIST CSF 2.0", "", "", "", ""],
            HEADER,
            [
                "GOVERN (GV): Strategy",
                "Policy (GV.PO): Policy is set",
                "GV.PO-01: Policy is established",
                "",
                "SP 800-53 Rev 5.1.1: AC-01, AC-02(01)\nCIS Controls v8.0: 3.1",
            ],
            [
                "GOVERN (GV): Strategy",
                "Policy (GV.PO): Policy is set",
                "GV.PO-02: Policy is reviewed",
                "",
                "SP 800-53 Rev 5.1.1: PM-09",
            ],
        ],
    );
    let options = ImportOptions {
        columns: BTreeMap::from([(
            "documents".to_owned(),
            "nist-sp-800-53-rev5, Not Cited".to_owned(),
        )]),
        ..ImportOptions::default()
    };
    let output = import(&data, &options).unwrap();
    let csf = &output.frameworks[0].requirements;
    assert_eq!(csf.len(), 4, "GV, GV.PO and two subcategories, once each");
    let sets: Vec<_> = output
        .mapping_sets
        .iter()
        .map(|s| (s.target_framework.as_str(), s.mappings.len()))
        .collect();
    assert_eq!(sets, [("iso27001-2022", 0), ("nist-sp-800-53-rev5", 3)]);
    let sp: Vec<_> = output.mapping_sets[1]
        .mappings
        .iter()
        .map(|m| (m.source.as_str(), m.target.as_str(), m.row))
        .collect();
    assert_eq!(
        sp,
        [
            ("GV.PO-01", "AC-1", Some(3)),
            ("GV.PO-01", "AC-2(1)", Some(3)),
            ("GV.PO-02", "PM-9", Some(4)),
        ]
    );
    assert_eq!(output.warnings.len(), 1, "{:?}", output.warnings);
    assert!(output.warnings[0].contains("`not-cited`"));
}

#[test]
fn missing_csf_sheet_is_no_register() {
    let data = xlsx("Sheet1", &[HEADER]);
    assert_eq!(NistCsf::sniff(&data, "csf2.xlsx"), 0);
    let failure = import(&data, &ImportOptions::default()).unwrap_err();
    assert_eq!(failure.kind, "no-register");
    assert!(failure.message.contains("Sheet1"), "{}", failure.message);

    // A CSF sheet without the header.
    let data = xlsx("CSF 2.0", &[["GV.OC-01: text", "", "", "", ""]]);
    let failure = import(&data, &ImportOptions::default()).unwrap_err();
    assert_eq!(failure.kind, "no-register");
}

#[test]
fn limits_are_enforced() {
    let data = csf("ISO/IEC 27001:2022: Annex A Controls: 5.9");
    let options = ImportOptions {
        limits: Limits {
            max_rows: 3,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    assert_eq!(import(&data, &options).unwrap_err().kind, "too-large");
    let options = ImportOptions {
        limits: Limits {
            max_uncompressed_bytes: 1000,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    assert_eq!(import(&data, &options).unwrap_err().kind, "too-large");
}

#[test]
fn truncated_and_foreign_files_fail_cleanly() {
    let real = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/nist/csf2.xlsx"
    ))
    .unwrap();
    let built = csf("ISO/IEC 27001:2022: Annex A Controls: 5.9");
    let cases: [(&[u8], &str); 6] = [
        (&real[..real.len() / 2], "unreadable"),
        (&built[..built.len() - 10], "unreadable"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "unsupported"),
        (b"", "unreadable"),
        (b"Function,Category,Subcategory\n", "unsupported"),
        (b"PK\x03\x04 not really a zip", "unreadable"),
    ];
    for (data, kind) in cases {
        assert_eq!(NistCsf::sniff(data, "csf2.xlsx"), 0);
        let failure = import(data, &ImportOptions::default()).unwrap_err();
        assert_eq!(failure.kind, kind, "{}", failure.message);
        assert!(!failure.message.is_empty());
        // Through the ABI too: a failure, not a panic.
        let answer = closeout_plugin_abi::run_import::<NistCsf>(data, b"{}");
        assert!(
            answer.starts_with(br#"{"failed":{"kind":""#)
                && !answer.windows(5).any(|w| w == b"panic"),
            "{}",
            String::from_utf8_lossy(&answer)
        );
    }
}

#[test]
fn damaged_exports_always_get_an_answer() {
    let originals = [
        csf("ISO/IEC 27001:2022: A.5.1, 4.1\nSP 800-53 Rev 5.1.1: PM-11"),
        csf("CIS Controls v8: 1.1"),
    ];
    let answered = closeout_plugin_abi::mutate::damaged_files_are_answered::<NistCsf>(
        &originals,
        &[b"PK\x03\x04", b"<row>", b"GV.OC-01"],
        &ImportOptions::default(),
        1_000,
    );
    assert!(answered.refused > 100, "{answered:?}");
}
