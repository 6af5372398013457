//! Helpers for matching header cells against a plugin's vocabulary of column names: headers
//! are typed by people, so they are compared on their words, not their punctuation.

use std::collections::BTreeMap;

/// Lower-case words, punctuation dropped, so `Applicable?` and `ISO 27001:2022 Control` read
/// as `applicable` and `iso 27001 2022 control`. `keep` lists the punctuation a vocabulary
/// gives meaning to (`#` in `NC #`).
pub fn normalise(text: &str, keep: &[char]) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && !keep.contains(&c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a normalised header holds a phrase as whole words: `action` is in `corrective
/// action` but not in `transaction`.
pub fn has_phrase(text: &str, phrase: &str) -> bool {
    format!(" {text} ").contains(&format!(" {phrase} "))
}

/// A row's header texts by column, trimmed: only short text names a column, so longer
/// cells (a title, a paragraph of guidance) are left out.
pub fn header_texts<'a>(cells: impl IntoIterator<Item = (u32, &'a str)>) -> BTreeMap<u32, String> {
    cells
        .into_iter()
        .map(|(column, text)| (column, text.trim().to_owned()))
        .filter(|(_, text)| !text.is_empty() && text.chars().count() <= 120)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases() {
        assert_eq!(normalise(" NC #  (ref.)", &['#']), "nc # ref");
        assert_eq!(normalise("NC #", &[]), "nc");
        assert_eq!(
            normalise("ISO/IEC 27001:2022 Control", &[]),
            "iso iec 27001 2022 control"
        );
        assert!(has_phrase("corrective action plan", "action"));
        assert!(!has_phrase("transaction", "action"));
        let texts = header_texts([(0, " ID "), (1, "  "), (2, &*"x".repeat(121))]);
        assert_eq!(texts, BTreeMap::from([(0, "ID".to_owned())]));
    }
}
