//! SoA workbooks built with rust_xlsxwriter: a clean one of all 93 controls and a messy one
//! with every layout quirk the domain notes list, plus the options and an ods file.

mod common;

use std::collections::BTreeMap;

use closeout_plugin_abi::{ImportOptions, Importer, Severity};
use closeout_statement_of_applicability::StatementOfApplicability;
use common::{Cell, annex_a, import, import_with, located, merge, on_row, sheet};
use rust_xlsxwriter::Workbook;

/// Row, control, applicable, partial, status.
type Summary<'a> = (u32, &'a str, Option<bool>, bool, Option<&'a str>);

const APPLICABILITY: [&str; 3] = ["Yes", "No", "Partial"];
const STATUSES: [(&str, &str); 4] = [
    ("Implemented", "implemented"),
    ("Partially implemented", "partially_implemented"),
    ("Planned", "planned"),
    ("Not implemented", "not_implemented"),
];

/// A cover sheet that shows the columns (which must not be taken for the table), then the SoA
/// on row 1 of its own sheet, all 93 controls.
fn clean_soa() -> Vec<u8> {
    let mut workbook = Workbook::new();
    sheet(
        &mut workbook,
        "Cover",
        &[
            (0, 0, Cell::Text("How to fill in this SoA")),
            (2, 0, Cell::Text("Control ID")),
            (2, 1, Cell::Text("Applicable")),
            (2, 2, Cell::Text("Justification")),
        ],
    );
    let mut cells = vec![
        (0, 0, Cell::Text("Control ID")),
        (0, 1, Cell::Text("Control Name")),
        (0, 2, Cell::Text("Applicable")),
        (0, 3, Cell::Text("Justification")),
        (0, 4, Cell::Text("Implementation Status")),
    ];
    let controls = annex_a();
    let codes: Vec<String> = controls.iter().map(|c| format!("A.{c}")).collect();
    for (index, code) in codes.iter().enumerate() {
        let row = index as u32 + 1;
        let applicable = APPLICABILITY[index % 3];
        cells.push((row, 0, Cell::Text(code)));
        cells.push((row, 1, Cell::Text("Control title")));
        cells.push((row, 2, Cell::Text(applicable)));
        cells.push((row, 3, Cell::Text("Risk treatment plan RTP-1")));
        let status = if applicable == "No" {
            "N/A"
        } else {
            STATUSES[index % 4].0
        };
        cells.push((row, 4, Cell::Text(status)));
    }
    sheet(&mut workbook, "SoA", &cells);
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn a_clean_soa_of_all_93_controls() {
    let bytes = clean_soa();
    assert_eq!(StatementOfApplicability::sniff(&bytes, "soa.xlsx"), 85);
    let output = import(&bytes);
    assert_eq!(output.controls.len(), 93);
    assert!(output.issues.is_empty(), "{:#?}", output.issues);
    assert!(output.warnings.is_empty(), "{:?}", output.warnings);
    let expected = annex_a();
    for (index, record) in output.controls.iter().enumerate() {
        assert_eq!(record.control, format!("A.{}", expected[index]));
        assert_eq!(record.row, index as u32 + 2);
        assert_eq!(record.sheet.as_deref(), Some("SoA"));
        assert_eq!(
            record.justification.as_deref(),
            Some("Risk treatment plan RTP-1")
        );
        match APPLICABILITY[index % 3] {
            "Yes" => assert_eq!((record.applicable, record.partial), (Some(true), false)),
            "No" => {
                assert_eq!((record.applicable, record.partial), (Some(false), false));
                assert_eq!(record.status, None);
                assert_eq!(record.status_text.as_deref(), Some("N/A"));
                continue;
            }
            _ => assert_eq!((record.applicable, record.partial), (Some(true), true)),
        }
        assert_eq!(record.status.as_deref(), Some(STATUSES[index % 4].1));
        assert_eq!(record.status_text.as_deref(), Some(STATUSES[index % 4].0));
    }
    assert_eq!(
        output.controls[2].applicability_text.as_deref(),
        Some("Partial")
    );
    assert_eq!(
        output.controls.last().map(|c| c.control.as_str()),
        Some("A.8.34")
    );

    let [cover, soa] = &output.sheets[..] else {
        panic!("{:#?}", output.sheets)
    };
    assert_eq!((cover.name.as_str(), cover.imported), ("Cover", false));
    assert!(
        cover
            .reason
            .as_deref()
            .unwrap_or_default()
            .contains("named like a cover")
    );
    assert_eq!(
        (soa.name.as_str(), soa.imported, soa.rows),
        ("SoA", true, 93)
    );
    assert_eq!(soa.header_row, Some(1));
    let mapping: Vec<(&str, &str, &str, f32)> = soa
        .columns
        .iter()
        .map(|m| {
            (
                m.field.as_str(),
                m.column.as_str(),
                m.header.as_str(),
                m.confidence,
            )
        })
        .collect();
    assert_eq!(
        mapping,
        [
            ("control", "A", "Control ID", 1.0),
            ("title", "B", "Control Name", 1.0),
            ("applicable", "C", "Applicable", 1.0),
            ("justification", "D", "Justification", 1.0),
            ("status", "E", "Implementation Status", 1.0),
        ]
    );
}

/// Rows as a spreadsheet numbers them (the test writes 0-based).
fn messy_soa() -> Vec<u8> {
    use Cell::{Number, Text};
    let mut workbook = Workbook::new();
    sheet(
        &mut workbook,
        "Instructions",
        &[
            (0, 0, Text("Fill in one row per Annex A control.")),
            (1, 0, Text("Control")),
            (1, 1, Text("Applicable?")),
        ],
    );
    let r = |n: u32| n - 1;
    let (b, c, d, e, f) = (1, 2, 3, 4, 5);
    sheet(
        &mut workbook,
        "Statement of Applicability",
        &[
            (r(1), b, Text("ACME Ltd - Statement of Applicability")),
            (
                r(2),
                b,
                Text("ISO/IEC 27001:2022, version 3, approved 2026-01-10"),
            ),
            // Row 3 is a blank spacer; row 4 and 5 are the header, D4:E4 merged below.
            (r(4), b, Text("Annex A Control")),
            (r(4), c, Text("Control Name")),
            (r(4), f, Text("Implementation Status")),
            (r(5), d, Text("Applicable?")),
            (r(5), e, Text("Justification")),
            (r(6), b, Text("5 Organizational controls")),
            (r(7), b, Text("A.5.1 Policies for information security")),
            (r(7), d, Text(" Y ")),
            (r(7), e, Text("Required by the ISMS")),
            (r(7), f, Text("Implemented")),
            (r(8), b, Text("A5.2")),
            (
                r(8),
                c,
                Text("Information security roles and responsibilities"),
            ),
            (r(8), d, Text("n")),
            (r(8), e, Text("Covered by the group policy")),
            (r(8), f, Text("N/A")),
            (r(9), b, Text(" A.5.3 ")),
            (r(9), c, Text("Segregation of duties")),
            (r(9), d, Text("Partial ")),
            (r(9), e, Text("Finance only")),
            (r(9), f, Text("In progress ")),
            (r(10), b, Text("A.5.4")),
            (r(10), d, Text("Yes")),
            (r(10), f, Text("Outsourced")),
            (r(11), b, Text("A.5.5")),
            (r(11), f, Text("Planned")),
            (r(12), b, Text("A.5.6")),
            (r(12), f, Text("N/A")),
            // 5.10 typed into a number cell: Excel keeps 5.1.
            (r(13), b, Number(5.1)),
            (r(13), c, Text("Acceptable use of information")),
            (r(13), d, Text("Yes")),
            (r(13), f, Text("Implemented")),
            (r(14), b, Text("A.6 People controls")),
            (r(15), b, Text("A.6.1")),
            (r(15), c, Text("Screening")),
            (r(15), d, Text("YES")),
            (r(15), f, Text("done")),
            (r(16), c, Text("Technological controls")),
            (r(17), b, Text("A.8.1")),
            (r(17), d, Cell::Bool(true)),
            (r(17), f, Text("Fully implemented")),
            (r(18), b, Text("A5.2")),
            (r(18), d, Text("No")),
            (r(19), b, Text("Total")),
            (r(19), d, Number(8.0)),
            (r(20), b, Text("Legend: Y = applicable, N = not applicable")),
        ],
    );
    merge(&mut workbook, 1, (r(4), d, r(4), e), "Applicability");
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn a_messy_soa() {
    let bytes = messy_soa();
    assert_eq!(StatementOfApplicability::sniff(&bytes, "soa.xlsx"), 85);
    let output = import(&bytes);
    let summary: Vec<Summary<'_>> = output
        .controls
        .iter()
        .map(|c| {
            (
                c.row,
                c.control.as_str(),
                c.applicable,
                c.partial,
                c.status.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (7, "A.5.1", Some(true), false, Some("implemented")),
            (8, "A5.2", Some(false), false, None),
            (9, "A.5.3", Some(true), true, Some("partially_implemented")),
            (10, "A.5.4", Some(true), false, None),
            (11, "A.5.5", None, false, Some("planned")),
            (12, "A.5.6", Some(false), false, None),
            (13, "5.1", Some(true), false, Some("implemented")),
            (15, "A.6.1", Some(true), false, Some("implemented")),
            (17, "A.8.1", Some(true), false, Some("implemented")),
            (18, "A5.2", Some(false), false, None),
        ]
    );
    let a51 = on_row(&output, 7);
    assert_eq!(a51.applicability_text.as_deref(), Some("Y"));
    assert_eq!(a51.justification.as_deref(), Some("Required by the ISMS"));
    assert_eq!(a51.sheet.as_deref(), Some("Statement of Applicability"));
    assert_eq!(
        on_row(&output, 9).applicability_text.as_deref(),
        Some("Partial")
    );
    assert_eq!(
        on_row(&output, 10).status_text.as_deref(),
        Some("Outsourced")
    );
    assert_eq!(
        on_row(&output, 17).applicability_text.as_deref(),
        Some("TRUE")
    );

    let issues = located(&output.issues);
    let find = |row: u32, column: Option<&str>, severity: Severity, words: &str| {
        assert!(
            issues.iter().any(|(r, c, s, m)| *r == Some(row)
                && *c == column
                && *s == severity
                && m.contains(words)),
            "no {severity:?} at row {row} column {column:?} saying `{words}`: {issues:#?}"
        );
    };
    find(6, Some("B"), Severity::Info, "group heading");
    find(13, Some("B"), Severity::Warning, "5.1 may have been 5.10");
    find(10, Some("F"), Severity::Warning, "`Outsourced`");
    find(
        11,
        Some("D"),
        Severity::Warning,
        "applicability of A.5.5 is blank",
    );
    find(12, Some("F"), Severity::Info, "read as not applicable");
    find(13, Some("B"), Severity::Error, "also on row 7");
    find(14, Some("B"), Severity::Info, "group heading");
    find(
        16,
        Some("C"),
        Severity::Info,
        "`Technological controls` read as a group heading",
    );
    find(
        18,
        Some("B"),
        Severity::Error,
        "control A5.2 is listed twice: it is also on row 8",
    );
    find(19, Some("B"), Severity::Info, "footer");
    // Exactly those: the legend under the footer is skipped quietly, the rest is clean.
    assert_eq!(issues.len(), 10, "{issues:#?}");
    assert_eq!(
        output
            .issues
            .iter()
            .filter(|i| i.sheet.as_deref() == Some("Statement of Applicability"))
            .count(),
        10
    );

    let [instructions, soa] = &output.sheets[..] else {
        panic!("{:#?}", output.sheets)
    };
    assert!(!instructions.imported);
    assert!(soa.imported);
    assert_eq!(soa.header_row, Some(5));
    assert_eq!(soa.rows, 10);
    let columns: BTreeMap<&str, (&str, &str)> = soa
        .columns
        .iter()
        .map(|m| (m.field.as_str(), (m.column.as_str(), m.header.as_str())))
        .collect();
    assert_eq!(
        columns,
        BTreeMap::from([
            ("control", ("B", "Annex A Control")),
            ("title", ("C", "Control Name")),
            ("applicable", ("D", "Applicable?")),
            ("justification", ("E", "Justification")),
            ("status", ("F", "Implementation Status")),
        ])
    );
}

/// A findings register: no SoA in it.
fn not_an_soa() -> Vec<u8> {
    let mut workbook = Workbook::new();
    sheet(
        &mut workbook,
        "Findings",
        &[
            (0, 0, Cell::Text("NC ID")),
            (0, 1, Cell::Text("Grade")),
            (0, 2, Cell::Text("Description")),
            (1, 0, Cell::Text("NC-01")),
            (1, 1, Cell::Text("Minor")),
            (1, 2, Cell::Text("Leavers keep access")),
        ],
    );
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn a_sheet_without_an_soa_header_is_no_register() {
    let bytes = not_an_soa();
    assert!(StatementOfApplicability::sniff(&bytes, "findings.xlsx") <= 10);
    let failure = closeout_statement_of_applicability::import(&bytes, &ImportOptions::default())
        .expect_err("no SoA");
    assert_eq!(failure.kind, "no-register");
    for looked_for in [
        "Control ID",
        "Annex A",
        "Applicable?",
        "Implementation Status",
        "Findings:",
    ] {
        assert!(failure.message.contains(looked_for), "{}", failure.message);
    }
}

#[test]
fn options_choose_the_sheet_the_header_row_and_the_columns() {
    use Cell::Text;
    let mut workbook = Workbook::new();
    let table = |workbook: &mut Workbook, name: &str, code: &str| {
        sheet(
            workbook,
            name,
            &[
                (0, 0, Text("Clause")),
                (0, 1, Text("Applies to us")),
                (0, 2, Text("Why")),
                (0, 3, Text("Where we are")),
                (1, 0, Text(code)),
                (1, 1, Text("y")),
                (1, 2, Text("Contractual")),
                (1, 3, Text("Ongoing")),
            ],
        );
    };
    table(&mut workbook, "2025", "A.5.1");
    table(&mut workbook, "2026", "A.5.2");
    let bytes = workbook.save_to_buffer().expect("xlsx");
    // Without help, "Clause" is found but nothing says applicability, status or justification.
    let failure = closeout_statement_of_applicability::import(&bytes, &ImportOptions::default())
        .expect_err("no SoA header");
    assert_eq!(failure.kind, "no-register");

    let options = ImportOptions {
        sheet: Some("2026".into()),
        header_row: Some(1),
        columns: BTreeMap::from([
            ("applicable".to_owned(), "Applies to us".to_owned()),
            ("justification".to_owned(), "C".to_owned()),
            ("status".to_owned(), "where we are".to_owned()),
        ]),
        ..ImportOptions::default()
    };
    let output = import_with(&bytes, &options);
    assert_eq!(output.controls.len(), 1, "{:#?}", output.controls);
    let record = &output.controls[0];
    assert_eq!(record.control, "A.5.2");
    assert_eq!(record.applicable, Some(true));
    assert_eq!(record.justification.as_deref(), Some("Contractual"));
    assert_eq!(record.status.as_deref(), Some("partially_implemented"));
    assert_eq!(output.sheets.len(), 1);
    assert!(output.sheets[0].columns.iter().all(|m| m.confidence == 1.0));

    let failure = closeout_statement_of_applicability::import(
        &bytes,
        &ImportOptions {
            sheet: Some("2024".into()),
            ..options.clone()
        },
    )
    .expect_err("no such sheet");
    assert_eq!(failure.kind, "no-register");
    assert!(
        failure.message.contains("2025, 2026"),
        "{}",
        failure.message
    );

    // Both sheets read when none is chosen, with a warning; no duplicate (different controls).
    let options = ImportOptions {
        sheet: None,
        ..options
    };
    let output = import_with(&bytes, &options);
    assert_eq!(output.controls.len(), 2);
    assert!(
        output.warnings.iter().any(|w| w.contains("2 sheets")),
        "{:?}",
        output.warnings
    );
    assert!(output.issues.is_empty(), "{:#?}", output.issues);
}

/// A minimal ods file with the SoA table below a title.
fn ods(content_rows: &str) -> Vec<u8> {
    use std::io::Write as _;
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("zip");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("zip");
        zip.start_file("META-INF/manifest.xml", stored)
            .expect("zip");
        zip.write_all(
            br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#,
        )
        .expect("zip");
        zip.start_file("content.xml", stored).expect("zip");
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="SoA">{content_rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
        .expect("zip");
        zip.finish().expect("zip");
    }
    buffer.into_inner()
}

fn ods_row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|text| {
            if text.is_empty() {
                "<table:table-cell/>".to_owned()
            } else {
                format!(r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#)
            }
        })
        .collect();
    format!("<table:table-row>{cells}</table:table-row>")
}

#[test]
fn an_ods_soa() {
    let rows = [
        ods_row(&["Statement of Applicability"]),
        r#"<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#.to_owned(),
        ods_row(&["", "Ref", "Applicability", "Reason", "Status"]),
        ods_row(&["", "A.7.4", "Not applicable", "No premises", "N/A"]),
        ods_row(&["", "A.8.2", "x", "Admin accounts", "Scheduled"]),
        r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#.to_owned(),
    ];
    let bytes = ods(&rows.concat());
    assert_eq!(StatementOfApplicability::sniff(&bytes, "soa.ods"), 85);
    let output = import(&bytes);
    let summary: Vec<(u32, &str, Option<bool>, Option<&str>)> = output
        .controls
        .iter()
        .map(|c| (c.row, c.control.as_str(), c.applicable, c.status.as_deref()))
        .collect();
    assert_eq!(
        summary,
        [
            (5, "A.7.4", Some(false), None),
            (6, "A.8.2", Some(true), Some("planned")),
        ]
    );
    assert!(output.issues.is_empty(), "{:#?}", output.issues);
    assert_eq!(output.sheets[0].header_row, Some(4));
}

#[test]
fn an_ods_that_would_expand_beyond_the_limits_is_refused_before_it_is_opened() {
    // One non-empty cell repeated across 16 000 columns on a million rows.
    let rows = [
        ods_row(&["Control", "Applicable"]),
        r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>Yes</text:p></table:table-cell></table:table-row>"#.to_owned(),
    ];
    let bytes = ods(&rows.concat());
    let failure = closeout_statement_of_applicability::import(&bytes, &ImportOptions::default())
        .expect_err("too large");
    assert_eq!(failure.kind, "too-large", "{}", failure.message);
    assert!(
        failure.message.contains("1000001 rows by 16000 columns"),
        "{}",
        failure.message
    );
}

#[test]
fn a_justification_and_applicability_merged_across_controls_belong_to_each() {
    let mut workbook = Workbook::new();
    sheet(
        &mut workbook,
        "SoA",
        &[
            (0, 0, Cell::Text("Control")),
            (0, 1, Cell::Text("Applicable")),
            (0, 2, Cell::Text("Justification")),
            (0, 3, Cell::Text("Status")),
            (1, 0, Cell::Text("A.7.1")),
            (1, 3, Cell::Text("Implemented")),
            (2, 0, Cell::Text("A.7.2")),
            (2, 3, Cell::Text("Implemented")),
            (3, 0, Cell::Text("A.7.3")),
            (3, 3, Cell::Text("Planned")),
            (4, 0, Cell::Text("A.7.4")),
            (4, 1, Cell::Text("No")),
            (4, 2, Cell::Text("No monitored premises")),
        ],
    );
    // B2:B4 and C2:C4: one answer and one reason for the three physical entry controls.
    merge(&mut workbook, 0, (1, 1, 3, 1), "Yes");
    merge(&mut workbook, 0, (1, 2, 3, 2), "Secure areas policy SP-7");
    let output = import(&workbook.save_to_buffer().expect("xlsx"));
    let read: Vec<(&str, Option<bool>, Option<&str>)> = output
        .controls
        .iter()
        .map(|c| (c.control.as_str(), c.applicable, c.justification.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("A.7.1", Some(true), Some("Secure areas policy SP-7")),
            ("A.7.2", Some(true), Some("Secure areas policy SP-7")),
            ("A.7.3", Some(true), Some("Secure areas policy SP-7")),
            ("A.7.4", Some(false), Some("No monitored premises")),
        ]
    );
}
