//! Forms whose page opens with the report's own pairs: what holds for each finding goes to
//! each, the rest is said in an issue, nothing is dropped unseen.

use closeout_nonconformity_report::import;
use closeout_plugin_abi::{ImportOptions, Severity};

#[test]
fn the_pairs_above_the_findings_are_given_to_each_or_named() {
    let csv = "Audit date,12.03.2026\n\
        Title,Stage 2 findings\n\
        \n\
        Finding ID,F-1\n\
        Classification,Major NC\n\
        Clause,9.2\n\
        Finding,The internal audit programme was not implemented.\n\
        \n\
        Finding ID,F-2\n\
        Classification,Minor NC\n\
        Clause,A.5.15\n\
        Finding,Access rights are not reviewed.\n";
    let output = import(csv.as_bytes(), &ImportOptions::default()).expect("the form reads");
    let read: Vec<(Option<String>, Option<String>)> = output
        .findings
        .iter()
        .map(|f| (f.reference.clone(), f.raised_on.clone()))
        .collect();
    assert_eq!(
        read,
        [
            (Some("F-1".to_owned()), Some("2026-03-12".to_owned())),
            (Some("F-2".to_owned()), Some("2026-03-12".to_owned()))
        ]
    );
    let said: Vec<(&str, Option<u32>)> = output
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Info && i.message.contains("above the first finding"))
        .map(|i| (i.message.as_str(), i.row))
        .collect();
    assert_eq!(
        said,
        [
            (
                "`Audit date` (row 1) above the first finding: given to each finding that does not say its own",
                Some(1)
            ),
            (
                "`Title` (row 2) above the first finding: read as the report's, not a finding's",
                Some(2)
            )
        ]
    );
}
