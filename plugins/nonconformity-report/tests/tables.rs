//! Tables on a sheet: rows above the header read are never dropped unseen.

use closeout_nonconformity_report::import;
use closeout_plugin_abi::{ImportOptions, Severity};

/// Findings, then a second table; told to read the second, the importer says which rows above
/// it went unread.
#[test]
fn rows_of_sentences_above_the_header_read_are_named() {
    let csv = "Ref,Grade,Clause,Finding\n\
        NC-1,Major,9.2,The internal audit programme was not carried out in 2025.\n\
        NC-2,Minor,A.5.15,Access rights of leavers were not removed within a week.\n\
        \n\
        No.,Category,Requirement,Description\n\
        NC-3,Minor,A.8.13,No restore of the ERP backups has been tested since the upgrade.\n";
    let options = ImportOptions {
        header_row: Some(5),
        ..ImportOptions::default()
    };
    let output = import(csv.as_bytes(), &options).expect("the second table reads");
    let read: Vec<Option<String>> = output
        .findings
        .iter()
        .map(|f| f.reference.clone())
        .collect();
    assert_eq!(read, [Some("NC-3".to_owned())]);
    let said: Vec<(&str, Option<u32>)> = output
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Warning && i.message.contains("above the header"))
        .map(|i| (i.message.as_str(), i.row))
        .collect();
    assert_eq!(
        said,
        [(
            "rows 2 to 3 above the header (row 5) hold a grade and a sentence among other cells and were not read; if they are findings, name their header row with the `header_row` option",
            Some(2)
        )]
    );
    // Read as it comes, the sheet gives all three.
    let output = import(csv.as_bytes(), &ImportOptions::default()).expect("the register reads");
    assert_eq!(output.findings.len(), 3);
    assert!(
        !output
            .issues
            .iter()
            .any(|i| i.message.contains("above the header")),
        "{:?}",
        output.issues
    );
}
