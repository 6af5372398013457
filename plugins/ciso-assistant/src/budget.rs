//! A look at the text before parsing, to refuse files the YAML parser would spend minutes or
//! gigabytes on.
//!
//! serde_yaml refuses alias bombs and deep recursion, but two costs remain, measured on
//! serde_yaml 0.9 (libyaml underneath):
//!
//! - it loads every YAML event of the document before deserializing, about 115 bytes each:
//!   10 MB of `1,1,1,...` takes 600 MB, where a real library has an event per ~30 bytes;
//! - the scanner rechecks every open flow collection (`[`, `{`) at every token, so time grows
//!   with tokens x flow depth: 20,000 nested `[` take half a second, 50 MB of them hours.
//!
//! Both are bounded from above here in one pass. CISO Assistant libraries are block-style
//! YAML with about one token per 30 bytes, so a 50 MB library stays well inside both limits.

/// The most token starts read: one per 20 bytes of the largest file read (2.6 million). Real
/// libraries measure one per 27-31 bytes, so any library under the size limit fits. The
/// worst hostile shape measured (`- - - `, two events a token) peaks near 800 MB at this
/// limit, and parses in about a second.
pub const MAX_TOKENS: usize = crate::MAX_FILE_BYTES / 20;

/// The most flow collections open at once. serde_yaml reads 128 levels of nesting at most, so
/// a file that truly nests deeper could not be read anyway.
pub const MAX_FLOW_DEPTH: usize = 128;

/// What the scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    /// An upper bound of the tokens that can start an event: flow indicators, line breaks,
    /// and `-`, `:` and `?` followed by a blank.
    pub tokens: usize,
    /// An upper bound of how many flow collections are open at once.
    pub flow_depth: usize,
}

/// Scans the text.
///
/// The flow depth counts every `[` and `{`, wherever it is (in a string or a comment it only
/// makes the bound larger). A closing bracket takes one off only when it closes a bracket
/// opened earlier on the same line with no quote or `#` in between: then both are structure,
/// or both are inside the same string or comment, and either way the pair adds nothing. A
/// closing bracket on a later line may be text inside a multi-line string, so it is not
/// trusted; a file that breaks flow collections over many lines (JSON style) is over-counted.
pub fn scan(text: &str) -> Work {
    let bytes = text.as_bytes();
    let mut tokens = 0usize;
    // Openers no longer cancellable, and this line's openers that a closer may still cancel.
    let (mut committed, mut pending) = (0usize, 0usize);
    let mut flow_depth = 0usize;
    for (index, &byte) in bytes.iter().enumerate() {
        match byte {
            b'\n' => {
                tokens += 1;
                committed += pending;
                pending = 0;
            }
            b',' => tokens += 1,
            b'[' | b'{' => {
                tokens += 1;
                pending += 1;
                flow_depth = flow_depth.max(committed + pending);
            }
            b']' | b'}' => pending = pending.saturating_sub(1),
            b'\'' | b'"' | b'#' => {
                committed += pending;
                pending = 0;
            }
            b'-' | b':' | b'?' => {
                if matches!(
                    bytes.get(index + 1),
                    None | Some(b' ' | b'\t' | b'\r' | b'\n')
                ) {
                    tokens += 1;
                }
            }
            _ => {}
        }
    }
    Work { tokens, flow_depth }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_on_one_line_cancel_and_others_count() {
        assert_eq!(scan("a: [b, [c]]\n").flow_depth, 2);
        let work = scan("a: [b, c]\nd: [e]\nf: {g: h}\n");
        assert_eq!(work.flow_depth, 1);
        // Broken over lines, or past a quote: counted as still open.
        assert_eq!(scan("a: [\n b\n]\nc: [\n]\n").flow_depth, 2);
        assert_eq!(scan("a: ['x]', [\"]\"]]\n").flow_depth, 2);
        assert_eq!(scan("a: [\"]]]]\n[[\"]\n").flow_depth, 3);
    }

    #[test]
    fn tokens_are_indicators_and_lines() {
        // Lines (3), `-` + blank (2), `:` + blank (2), `[` (1), `,` (1); not `urn:x` or `a-b`.
        assert_eq!(scan("- a: urn:x\n- b: [c, a-b]\n\n").tokens, 9);
    }

    #[test]
    fn the_real_libraries_are_far_inside_the_limits() {
        for path in [
            "/../../testdata/ciso-assistant/iso27001-2022.yaml",
            "/../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml",
        ] {
            let path = format!("{}{path}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("test file");
            let work = scan(&text);
            assert!(work.flow_depth <= 2, "{path}: {work:?}");
            // Well under one token per 20 bytes, the density MAX_TOKENS allows.
            assert!(work.tokens * 25 < text.len(), "{path}: {work:?}");
        }
    }
}
