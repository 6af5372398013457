//! SoAs exported as delimited text.

mod common;

use closeout_plugin_abi::{ImportOptions, Importer, Severity};
use closeout_statement_of_applicability::StatementOfApplicability;
use common::{import, located, on_row};

/// Row, control, applicable, partial, status.
type Summary<'a> = (u32, &'a str, Option<bool>, bool, Option<&'a str>);

#[test]
fn a_csv_soa_with_a_bom_and_semicolons() {
    let text = "\u{FEFF}Statement of Applicability;;;;\n\
                ;;;;\n\
                ISO 27001:2022 Control;Title;Applicable?;Justification for inclusion/exclusion;Implemented?\n\
                A.5.1;Policies for information security;Yes;Required by the Geschäftsführung;Yes\n\
                A.5.7;Threat intelligence;N;\"No feeds; too small\";N/A\n\
                A.7.1;Physical security perimeters; Partially ;Shared office;Partial\n\
                6 People controls;;;;\n\
                ISO 27001:2022 Control;Title;Applicable?;Justification;Implemented?\n\
                A.8.9;Configuration management;not applicable;Cloud only;\n\
                A.8.10;Information deletion;Maybe;;Done\n";
    let bytes = text.as_bytes();
    assert_eq!(StatementOfApplicability::sniff(bytes, "soa.csv"), 85);
    let output = import(bytes);
    assert!(
        output
            .logs
            .iter()
            .any(|l| l.contains("UTF-8, delimiter ';'")),
        "{:?}",
        output.logs
    );
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
            (4, "A.5.1", Some(true), false, Some("implemented")),
            (5, "A.5.7", Some(false), false, None),
            (6, "A.7.1", Some(true), true, Some("partially_implemented")),
            (9, "A.8.9", Some(false), false, None),
            (10, "A.8.10", None, false, Some("implemented")),
        ]
    );
    assert!(output.controls.iter().all(|c| c.sheet.is_none()));
    assert_eq!(
        on_row(&output, 4).justification.as_deref(),
        Some("Required by the Geschäftsführung")
    );
    assert_eq!(
        on_row(&output, 5).justification.as_deref(),
        Some("No feeds; too small")
    );
    assert_eq!(
        on_row(&output, 6).applicability_text.as_deref(),
        Some("Partially")
    );
    assert_eq!(
        located(&output.issues),
        [
            (
                Some(7),
                Some("A"),
                Severity::Info,
                "`6 People controls` read as a group heading; row skipped"
            ),
            (
                Some(8),
                Some("A"),
                Severity::Info,
                "the header repeated; row skipped"
            ),
            (
                Some(10),
                Some("C"),
                Severity::Warning,
                "applicability `Maybe` is not a known value (Yes, No, Partial, N/A...); left blank"
            ),
        ]
    );
    let sheet = &output.sheets[0];
    assert_eq!(
        (sheet.name.as_str(), sheet.header_row, sheet.rows),
        ("CSV", Some(3), 5)
    );
    assert!(
        sheet
            .columns
            .iter()
            .any(|m| m.field == "status" && m.column == "E")
    );
}

#[test]
fn a_comma_separated_windows_1252_soa() {
    let bytes = b"Control,Applicability,Reason,Status\n5.1,Yes,Caf\xe9 policy,In place\n";
    let output = import(bytes);
    assert_eq!(output.controls[0].control, "5.1");
    assert_eq!(
        output.controls[0].justification.as_deref(),
        Some("Café policy")
    );
    assert!(output.warnings.iter().any(|w| w.contains("Windows-1252")));
    // Text "5.1" in a CSV is as written: no warning about numbers.
    assert!(output.issues.is_empty(), "{:#?}", output.issues);
}

#[test]
fn a_csv_without_an_soa_is_no_register() {
    let bytes = b"Name,Email\nAda,ada@example.test\n";
    assert_eq!(StatementOfApplicability::sniff(bytes, "people.csv"), 10);
    let failure = closeout_statement_of_applicability::import(bytes, &ImportOptions::default())
        .expect_err("no SoA");
    assert_eq!(failure.kind, "no-register");
    assert!(
        failure.message.contains("CSV: no header row"),
        "{}",
        failure.message
    );
}
