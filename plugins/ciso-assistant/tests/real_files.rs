//! The real CISO Assistant libraries in `testdata/ciso-assistant`.

use closeout_ciso_assistant::{import, sniff};
use closeout_plugin_abi::{ImportOptions, ImportOutput, Severity};

const MAPPING: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml"
);
const FRAMEWORK: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../testdata/ciso-assistant/iso27001-2022.yaml"
);

fn read(path: &str) -> (Vec<u8>, ImportOutput) {
    let data = std::fs::read(path).expect("the test file is readable");
    let output = import(&data, &ImportOptions::default()).expect("the library imports");
    (data, output)
}

fn errors(output: &ImportOutput) -> Vec<&str> {
    output
        .issues
        .iter()
        .filter(|issue| issue.severity == Severity::Error)
        .map(|issue| issue.message.as_str())
        .collect()
}

#[test]
fn nist_to_iso_mapping_library_gives_two_sets_of_642() {
    let (data, output) = read(MAPPING);
    assert_eq!(sniff(&data), 90);
    assert!(errors(&output).is_empty(), "{:?}", errors(&output));
    assert!(output.issues.is_empty(), "{:?}", output.issues);

    let ids: Vec<&str> = output.frameworks.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["nist-sp-800-53-rev5", "iso27001-2022"]);
    assert!(output.frameworks.iter().all(|f| f.requirements.is_empty()));

    assert_eq!(output.mapping_sets.len(), 2);
    let forward = &output.mapping_sets[0];
    let reverse = &output.mapping_sets[1];
    assert_eq!(
        (
            forward.source_framework.as_str(),
            forward.target_framework.as_str()
        ),
        ("nist-sp-800-53-rev5", "iso27001-2022")
    );
    assert_eq!(
        (
            reverse.source_framework.as_str(),
            reverse.target_framework.as_str()
        ),
        ("iso27001-2022", "nist-sp-800-53-rev5")
    );
    for set in [forward, reverse] {
        assert_eq!(set.mappings.len(), 642);
        assert!(set.mappings.iter().all(|m| m.relationship == "intersect"));
        let licence = set
            .licence
            .as_deref()
            .expect("the copyright is the licence");
        assert!(licence.starts_with("NIST"), "{licence}");
        assert_eq!(licence, licence.trim());
    }

    // `iso27001-2022:5.2` is clause 5.2 (Policy), `iso27001-2022:a.5.22` control A.5.22.
    let first = &forward.mappings[0];
    assert_eq!(
        (first.source.as_str(), first.target.as_str()),
        ("AC-1", "5.2")
    );
    assert_eq!(
        first.row,
        Some(35),
        "the line of its `- source_requirement_urn`"
    );
    assert!(
        forward
            .mappings
            .iter()
            .any(|m| m.source == "SR-6" && m.target == "A.5.22")
    );
    assert!(
        reverse
            .mappings
            .iter()
            .any(|m| m.source == "5.2" && m.target == "AC-1")
    );
    // Enhancements keep NIST's parentheses.
    assert!(forward.mappings.iter().any(|m| m.source == "AC-2(12)"));
    // Every reference is in Closeout's form: NIST upper case, ISO clauses or A.x.y.
    for m in &forward.mappings {
        assert_eq!(m.source, m.source.to_ascii_uppercase());
        assert!(
            m.target.starts_with("A.") || m.target.starts_with(|c: char| c.is_ascii_digit()),
            "{}",
            m.target
        );
    }
    // The reverse set states the same pairs the other way round.
    let mut there: Vec<(&str, &str)> = forward
        .mappings
        .iter()
        .map(|m| (m.source.as_str(), m.target.as_str()))
        .collect();
    let mut back: Vec<(&str, &str)> = reverse
        .mappings
        .iter()
        .map(|m| (m.target.as_str(), m.source.as_str()))
        .collect();
    there.sort_unstable();
    back.sort_unstable();
    assert_eq!(there, back);
}

#[test]
fn mapping_rows_are_the_lines_of_their_items() {
    let (data, output) = read(MAPPING);
    let text = std::str::from_utf8(&data).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    for set in &output.mapping_sets {
        for m in &set.mappings {
            let row = m.row.expect("a row") as usize;
            assert!(
                lines[row - 1]
                    .trim_start()
                    .starts_with("- source_requirement_urn:")
            );
        }
    }
}

#[test]
fn iso_27001_framework_library_gives_clauses_and_93_annex_a_controls() {
    let (data, output) = read(FRAMEWORK);
    assert_eq!(
        sniff(&data),
        70,
        "its requirement_nodes start past the first 64 KB"
    );
    assert!(output.issues.is_empty(), "{:?}", output.issues);
    assert!(output.mapping_sets.is_empty());
    assert_eq!(output.frameworks.len(), 1);
    let framework = &output.frameworks[0];
    assert_eq!(framework.id, "iso27001-2022");
    assert_eq!(framework.name, "International standard ISO/IEC 27001:2022");
    assert_eq!(framework.requirements.len(), 140);

    let find = |reference: &str| {
        framework
            .requirements
            .iter()
            .find(|r| r.reference == reference)
            .unwrap_or_else(|| panic!("{reference} is in the framework"))
    };
    let annex_a: Vec<&str> = framework
        .requirements
        .iter()
        .filter(|r| r.depth == 3 && r.parent.as_deref().is_some_and(|p| p.starts_with("A.")))
        .map(|r| r.reference.as_str())
        .collect();
    assert_eq!(annex_a.len(), 93);
    let expected: Vec<String> = [(5, 37), (6, 8), (7, 14), (8, 34)]
        .iter()
        .flat_map(|&(theme, count)| (1..=count).map(move |n| format!("A.{theme}.{n}")))
        .collect();
    assert_eq!(annex_a, expected);

    let policy = find("5.2");
    assert_eq!(policy.title.as_deref(), Some("Policy"));
    assert_eq!(policy.parent.as_deref(), Some("5"));
    assert_eq!(policy.depth, 3);
    let control = find("A.5.2");
    assert_eq!(control.parent.as_deref(), Some("A.5"));
    assert_eq!(find("A.5").parent.as_deref(), Some("annex-a"));
    assert_eq!(find("9.2.1").parent.as_deref(), Some("9.2"));
    assert_eq!(find("9.2.1").depth, 4);
    assert_eq!(
        find("10.2").title.as_deref(),
        Some("Nonconformity and corrective action")
    );
    assert_eq!(find("core").depth, 1);
    assert_eq!(find("core").parent, None);

    // Parents before children, depths consistent with parents.
    let mut seen = std::collections::HashMap::new();
    for requirement in &framework.requirements {
        match &requirement.parent {
            None => assert_eq!(requirement.depth, 1),
            Some(parent) => {
                let parent_depth = seen
                    .get(parent.as_str())
                    .unwrap_or_else(|| panic!("{parent} comes before {}", requirement.reference));
                assert_eq!(requirement.depth, parent_depth + 1);
            }
        }
        seen.insert(requirement.reference.as_str(), requirement.depth);
    }
}

#[test]
fn every_mapped_iso_reference_is_in_the_iso_framework() {
    let (_, mapping) = read(MAPPING);
    let (_, framework) = read(FRAMEWORK);
    let references: std::collections::HashSet<&str> = framework.frameworks[0]
        .requirements
        .iter()
        .map(|r| r.reference.as_str())
        .collect();
    for m in &mapping.mapping_sets[0].mappings {
        assert!(references.contains(m.target.as_str()), "{}", m.target);
    }
}
