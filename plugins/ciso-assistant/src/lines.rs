//! Line numbers of list items, for messages.
//!
//! The deserializer does not say where a value came from, so the lines are found by reading the
//! text: after a block key such as `requirement_mappings:`, each `- ` at the list's
//! indentation starts an item. This is a heuristic (flow style or odd quoting defeat it), so
//! the caller uses the lines only when they agree with what the deserializer parsed (same number of
//! lists, same number of items in each) and otherwise counts items instead.

/// For each occurrence of `key:` in the text, in order, the 1-based line of each item of the
/// block list under it. An occurrence whose value is written on the same line (`key: []`)
/// gives an empty list, so occurrences still line up with the parsed lists.
pub fn block_list_items(text: &str, key: &str) -> Vec<Vec<u32>> {
    let mut lists: Vec<Vec<u32>> = Vec::new();
    // The list being read: the key's indentation and, once the first item is seen, the items'.
    let mut open: Option<(usize, Option<usize>)> = None;
    for (index, line) in text.lines().enumerate() {
        let line_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let content = line.trim_start_matches(' ').trim_end();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indent = line.len() - line.trim_start_matches(' ').len();
        let is_item = content == "-" || content.starts_with("- ");

        if let Some((key_indent, item_indent)) = open {
            match item_indent {
                // A compact list may sit at the key's own indentation.
                None if is_item && indent >= key_indent => {
                    open = Some((key_indent, Some(indent)));
                    push(&mut lists, line_number);
                    continue;
                }
                Some(items) if indent > items => continue,
                Some(items) if indent == items && is_item => {
                    push(&mut lists, line_number);
                    continue;
                }
                _ => open = None,
            }
        }

        // `key:` may follow list markers (`- key:`), which count as indentation.
        let (mut key_indent, mut rest) = (indent, content);
        while let Some(stripped) = rest.strip_prefix("- ") {
            let stripped_trimmed = stripped.trim_start_matches(' ');
            key_indent += rest.len() - stripped_trimmed.len();
            rest = stripped_trimmed;
        }
        if let Some(value) = rest.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            let value = value.trim();
            if value.is_empty() || value.starts_with('#') {
                lists.push(Vec::new());
                open = Some((key_indent, None));
            } else {
                // Written inline (`key: []`): no block items to find.
                lists.push(Vec::new());
            }
        }
    }
    lists
}

fn push(lists: &mut [Vec<u32>], line: u32) {
    if let Some(last) = lists.last_mut() {
        last.push(line);
    }
}

/// Where each item of a parsed list is, for messages and records.
#[derive(Debug, Clone)]
pub enum Locator {
    /// The 1-based line of each item in the file.
    Lines(Vec<u32>),
    /// The lines could not be told; items are numbered from 1 in their list.
    Positions,
}

impl Locator {
    /// Uses `lines` when it holds one line per item, else counts.
    pub fn new(lines: Option<&Vec<u32>>, items: usize) -> Locator {
        match lines {
            Some(lines) if lines.len() == items => Locator::Lines(lines.clone()),
            _ => Locator::Positions,
        }
    }

    /// The row to report for item `index` (0-based): its line, or its 1-based position.
    pub fn row(&self, index: usize) -> u32 {
        match self {
            Locator::Lines(lines) => lines.get(index).copied().unwrap_or(0),
            Locator::Positions => u32::try_from(index + 1).unwrap_or(u32::MAX),
        }
    }

    /// Words for item `index`, `line 40` or `item 12`, for messages.
    pub fn describe(&self, index: usize) -> String {
        match self {
            Locator::Lines(_) => format!("line {}", self.row(index)),
            Locator::Positions => format!("item {}", self.row(index)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_of_compact_and_indented_lists_are_found() {
        let text = "\
objects:
  sets:
  - urn: a
    maps:
    - x: 1
      y: 2
    # a comment
    - x: 3
  - maps:
      - x: 4

      - x: 5
        z:
        - nested
    other: 1
  - maps: []
";
        assert_eq!(
            block_list_items(text, "maps"),
            vec![vec![5, 8], vec![10, 12], vec![]]
        );
        assert_eq!(block_list_items(text, "sets"), vec![vec![3, 9, 16]]);
    }
}
