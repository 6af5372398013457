//! Hand-built libraries: odd rows, hostile YAML and files that are not libraries.

use std::time::{Duration, Instant};

use closeout_ciso_assistant::{CisoAssistant, MAX_FILE_BYTES, import, sniff};
use closeout_plugin_abi::{
    ImportFailure, ImportOptions, ImportOutput, Issue, Severity, run_import,
};

fn read(yaml: &str) -> Result<ImportOutput, ImportFailure> {
    import(yaml.as_bytes(), &ImportOptions::default())
}

fn ok(yaml: &str) -> ImportOutput {
    read(yaml).unwrap_or_else(|failure| panic!("imports: {failure:?}"))
}

fn failed(yaml: &[u8]) -> ImportFailure {
    match import(yaml, &ImportOptions::default()) {
        Ok(output) => panic!("should fail, got {output:?}"),
        Err(failure) => failure,
    }
}

/// A mapping's source, target, relationship, strength and row.
type Row<'a> = (&'a str, &'a str, &'a str, Option<u8>, Option<u32>);

fn with(output: &ImportOutput, severity: Severity) -> Vec<&Issue> {
    output
        .issues
        .iter()
        .filter(|i| i.severity == severity)
        .collect()
}

/// A mapping library from NIST SP 800-53 to ISO/IEC 27001:2022 with the given mappings.
fn mapping_library(mappings: &str) -> String {
    format!(
        "\
urn: urn:intuitem:risk:library:test-mapping
name: Test mapping
copyright: '  Test copyright  '
version: 3
objects:
  requirement_mapping_sets:
  - urn: urn:intuitem:risk:req_mapping_set:test
    source_framework_urn: urn:intuitem:risk:framework:nist-sp-800-53-rev5
    target_framework_urn: urn:intuitem:risk:framework:iso27001-2022
    requirement_mappings:
{mappings}"
    )
}

#[test]
fn odd_rows_are_skipped_or_kept_with_located_issues() {
    // A raw string: `\` line continuations would eat the indentation.
    let yaml = mapping_library(
        r"    - source_requirement_urn: urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-2.1
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.15
      relationship: equal
      rationale: semantic
      strength_of_relationship: 7
      annotation: A remark
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-3
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.15
      relationship: overlaps
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-csf-2.0:gv.oc-01
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:5.2
      relationship: subset
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-4
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:9.2.1
    - source_requirement_urn: urn:intuitem:risk:req_node:nist-sp-800-53-rev5:ac-5
      target_requirement_urn: urn:intuitem:risk:req_node:iso27001-2022:a.5.3
      relationship: not_related
      strength_of_relationship: 11
",
    );
    let output = ok(&yaml);
    let set = &output.mapping_sets[0];
    assert_eq!(set.licence.as_deref(), Some("Test copyright"));

    // The full row passes through; the unknown relationship and the CSF urn are skipped.
    let rows: Vec<Row> = set
        .mappings
        .iter()
        .map(|m| {
            (
                m.source.as_str(),
                m.target.as_str(),
                m.relationship.as_str(),
                m.strength,
                m.row,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("AC-2(1)", "A.5.15", "equal", Some(7), Some(11)),
            ("AC-4", "9.2.1", "related", None, Some(23)),
            ("AC-5", "A.5.3", "not_related", None, Some(25)),
        ]
    );
    assert_eq!(set.mappings[0].rationale.as_deref(), Some("semantic"));
    assert_eq!(set.mappings[0].annotation.as_deref(), Some("A remark"));

    let errors = with(&output, Severity::Error);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].row, Some(17));
    assert!(
        errors[0].message.contains("`overlaps`"),
        "{}",
        errors[0].message
    );
    assert!(
        errors[0].message.contains("line 17"),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[1].row, Some(20));
    assert!(
        errors[1].message.contains("`nist-csf-2.0`"),
        "{}",
        errors[1].message
    );

    let warnings = with(&output, Severity::Warning);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].row, Some(25));
    assert!(
        warnings[0].message.contains("`11`"),
        "{}",
        warnings[0].message
    );
}

#[test]
fn rows_are_numbered_by_position_when_lines_cannot_be_told() {
    // Flow style: no block list to find lines in.
    let yaml = "\
urn: urn:intuitem:risk:library:flow
objects: {requirement_mapping_sets: [{source_framework_urn: 'urn:intuitem:risk:framework:a',
  target_framework_urn: 'urn:intuitem:risk:framework:b', requirement_mappings: [
  {source_requirement_urn: 'urn:intuitem:risk:req_node:a:1', target_requirement_urn: 'urn:intuitem:risk:req_node:b:1'},
  {source_requirement_urn: 'urn:intuitem:risk:req_node:b:1', target_requirement_urn: 'urn:intuitem:risk:req_node:b:2'}]}]}
";
    let output = ok(yaml);
    let set = &output.mapping_sets[0];
    assert_eq!(set.mappings.len(), 1);
    assert_eq!(set.mappings[0].row, Some(1));
    assert_eq!(set.licence, None);
    let errors = with(&output, Severity::Error);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].row, Some(2));
    assert!(
        errors[0].message.contains("item 2"),
        "{}",
        errors[0].message
    );
}

#[test]
fn older_libraries_with_one_mapping_set_are_read() {
    let yaml = "\
urn: urn:intuitem:risk:library:old
objects:
  requirement_mapping_set:
    source_framework_urn: urn:intuitem:risk:framework:a
    target_framework_urn: urn:intuitem:risk:framework:b
    requirement_mappings:
    - source_requirement_urn: urn:intuitem:risk:req_node:a:x.1
      target_requirement_urn: urn:intuitem:risk:req_node:b:Y-2
      relationship: Intersect
";
    let output = ok(yaml);
    let m = &output.mapping_sets[0].mappings[0];
    assert_eq!((m.source.as_str(), m.target.as_str()), ("x.1", "Y-2"));
    assert_eq!(m.relationship, "intersect");
    assert_eq!(m.row, Some(7));
}

#[test]
fn a_set_without_frameworks_is_an_error_not_a_failure() {
    let yaml = "\
objects:
  requirement_mapping_sets:
  - requirement_mappings: []
";
    let output = ok(yaml);
    assert!(output.mapping_sets.is_empty());
    assert_eq!(with(&output, Severity::Error).len(), 2);
    assert_eq!(output.warnings.len(), 1);
}

#[test]
fn framework_nodes_are_ordered_parents_first() {
    let yaml = "\
urn: urn:intuitem:risk:library:tiny
name: Tiny library
objects:
  framework:
    urn: urn:intuitem:risk:framework:Tiny-1
    requirement_nodes:
    - urn: urn:intuitem:risk:req_node:tiny-1:1.1
      parent_urn: urn:intuitem:risk:req_node:tiny-1:1
      ref_id: 1.10
      description: Child written before its parent, with a numeric ref_id
    - urn: urn:intuitem:risk:req_node:tiny-1:1
      name: Top
    - urn: urn:intuitem:risk:req_node:tiny-1:orphan
      parent_urn: urn:intuitem:risk:req_node:tiny-1:missing
      ref_id: O-1
    - urn: urn:intuitem:risk:req_node:tiny-1:c1
      parent_urn: urn:intuitem:risk:req_node:tiny-1:c2
    - urn: urn:intuitem:risk:req_node:tiny-1:c2
      parent_urn: urn:intuitem:risk:req_node:tiny-1:c1
";
    let output = ok(yaml);
    let framework = &output.frameworks[0];
    assert_eq!(framework.id, "tiny-1");
    assert_eq!(
        framework.name, "Tiny library",
        "the library's name when the framework has none"
    );
    let tree: Vec<(&str, Option<&str>, u32)> = framework
        .requirements
        .iter()
        .map(|r| (r.reference.as_str(), r.parent.as_deref(), r.depth))
        .collect();
    assert_eq!(
        tree,
        [
            ("1", None, 1),
            // `ref_id: 1.10` is the YAML number 1.1: the urn's segment keeps what was meant.
            ("1.1", Some("1"), 2),
            ("O-1", None, 1),
            ("c1", None, 1),
            ("c2", Some("c1"), 2),
        ]
    );
    assert_eq!(
        framework.requirements[1].title.as_deref(),
        Some("Child written before its parent, with a numeric ref_id")
    );
    let warnings = with(&output, Severity::Warning);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(warnings[0].row, Some(13));
    assert!(warnings[0].message.contains("missing"));
    assert_eq!(warnings[1].row, Some(16));
    assert!(warnings[1].message.contains("own ancestor"));
}

#[test]
fn a_yaml_bomb_fails_quickly() {
    // Nine levels of nine aliases: 9^9 (387 million) strings if expanded.
    let mut yaml = String::from(
        "urn: urn:intuitem:risk:library:bomb\nobjects:\n  requirement_mapping_sets:\n  - urn: &a0 [lol]\n",
    );
    for level in 1..10 {
        let previous = format!("*a{}", level - 1);
        let list = [previous.as_str(); 9].join(", ");
        yaml.push_str(&format!("    x{level}: &a{level} [{list}]\n"));
    }
    yaml.push_str("    source_framework_urn: *a9\n");
    let started = Instant::now();
    let failure = failed(yaml.as_bytes());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(failure.kind, "unreadable");
    assert!(
        failure.message.contains("alias replay limit"),
        "{}",
        failure.message
    );

    // The same bomb where the plugin reads a leaf as any value.
    let yaml = yaml.replace(
        "source_framework_urn: *a9",
        "requirement_mappings:\n    - relationship: *a9",
    );
    let started = Instant::now();
    let failure = failed(yaml.as_bytes());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(failure.kind, "unreadable");
}

#[test]
fn deep_flow_nesting_is_refused_quickly() {
    // 100,000 nested `[`: a parser that rechecks every open collection at each token would
    // take minutes; the deserializer stops at its nesting limit.
    let yaml = format!(
        "objects:\n  requirement_mapping_sets:\n  - urn: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let started = Instant::now();
    let failure = failed(yaml.as_bytes());
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert!(
        failure.message.contains("limit") && failure.message.contains("line 3"),
        "{failure:?}"
    );
}

#[test]
fn deep_block_nesting_is_refused_at_the_depth_limit() {
    let mut yaml = String::from("objects:\n  requirement_mapping_sets:\n  - urn:\n");
    for level in 0..1_000 {
        yaml.push_str(&" ".repeat(6 + level));
        yaml.push_str("k:\n");
    }
    let failure = failed(yaml.as_bytes());
    assert_eq!(failure.kind, "too-large");
    assert!(failure.message.contains("Depth"), "{}", failure.message);
}

#[test]
fn files_with_too_many_items_are_refused_quickly() {
    // 10 MB of one-character items in a part of the library this importer skips: 5 million
    // YAML events, past the budget of one per 20 bytes of the largest file.
    let yaml = format!(
        "urn: urn:intuitem:risk:library:big\nobjects:\n  threats: [{}]\n  requirement_mapping_sets: []\n",
        "1,".repeat(5_000_000)
    );
    let started = Instant::now();
    let failure = failed(yaml.as_bytes());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(failure.kind, "too-large", "{}", failure.message);
}

#[test]
fn invalid_yaml_is_unreadable_with_its_line() {
    let yaml = "\
urn: urn:intuitem:risk:library:broken
objects:
  requirement_mapping_sets:
  - urn: x
    source_framework_urn: 'unterminated
";
    let failure = failed(yaml.as_bytes());
    assert_eq!(failure.kind, "unreadable");
    assert!(failure.message.contains("line 5"), "{}", failure.message);

    let yaml = "objects:\n  requirement_mapping_sets:\n    key: not a list\n";
    let failure = failed(yaml.as_bytes());
    assert_eq!(failure.kind, "unreadable");
    assert!(failure.message.contains("line 3"), "{}", failure.message);
}

#[test]
fn yaml_that_is_not_a_library_is_no_register() {
    for yaml in [
        "services:\n  web:\n    image: nginx\nversion: '3'\n",
        "- a\n- b\n",
        "just text\n",
        "",
        "# only a comment\n",
        "!tag {a: 1}\n",
    ] {
        let failure = failed(yaml.as_bytes());
        assert_eq!(failure.kind, "no-register", "{yaml:?}: {failure:?}");
    }
    // A CISO Assistant library of something else.
    let failure = failed(b"urn: urn:intuitem:risk:library:threats\nobjects:\n  threats: []\n");
    assert_eq!(failure.kind, "unsupported");
}

#[test]
fn non_utf8_and_oversized_files_are_refused() {
    let failure = failed(b"urn: urn:intuitem:risk:library:x\nname: caf\xe9\n");
    assert_eq!(failure.kind, "unreadable");
    assert!(failure.message.contains("UTF-8"));

    let mut big = b"urn: urn:intuitem:risk:library:x\n#".to_vec();
    big.resize(MAX_FILE_BYTES + 1, b'x');
    assert_eq!(failed(&big).kind, "too-large");
}

#[test]
fn sniff_needs_intuitem_urns_and_library_content() {
    let mapping = mapping_library("");
    assert_eq!(sniff(mapping.as_bytes()), 90);
    assert_eq!(sniff(b"requirement_nodes: []\n"), 0);
    assert_eq!(
        sniff(b"urn: urn:intuitem:risk:library:x\nobjects:\n  framework: {}\n"),
        70
    );
    assert_eq!(sniff(b"urn: urn:intuitem:risk:library:x\n"), 0);
    assert_eq!(sniff(b""), 0);
    // Past the first 64 KB does not count.
    let mut late = vec![b'#'; 70 * 1024];
    late.extend_from_slice(mapping.as_bytes());
    assert_eq!(sniff(&late), 0);
}

#[test]
fn the_exported_entry_points_answer_every_input() {
    let options = b"{}";
    for data in [
        &b""[..],
        b"\xff\xfe",
        b"a: [",
        mapping_library("").as_bytes(),
    ] {
        let response: Vec<u8> = run_import::<CisoAssistant>(data, options);
        let text = String::from_utf8(response).expect("JSON");
        assert!(
            text.starts_with("{\"ok\"") || text.starts_with("{\"failed\""),
            "{text}"
        );
        assert!(!text.contains("\"panic\""), "{text}");
    }
}

#[test]
fn damaged_libraries_always_get_an_answer() {
    let mapping = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml"
    ))
    .expect("test file");
    // The header and the first mappings of each set, to keep every case small.
    let original: String = mapping
        .lines()
        .take(120)
        .chain(mapping.lines().skip(1955).take(60))
        .fold(String::new(), |text, line| text + line + "\n");
    let tokens: &[&[u8]] = &[
        b"\n", b" ", b"- ", b": ", b"[", b"]", b"{", b"'", b"\"", b"&a ", b"*a", b"#", b"\t",
        b"\xff",
    ];
    let answered = closeout_plugin_abi::mutate::damaged_files_are_answered::<CisoAssistant>(
        &[original.into_bytes()],
        tokens,
        &ImportOptions::default(),
        1_500,
    );
    // The mutations exercise both paths.
    assert!(answered.read > 50 && answered.refused > 100, "{answered:?}");
}
