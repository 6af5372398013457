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

/// One column of a header, matched to a field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapped {
    /// 0-based column.
    pub column: u32,
    /// The header text (the column letter when the header cell is empty).
    pub header: String,
    /// Confidence 0-1.
    pub confidence: f32,
    /// Why the column was matched (empty when the header alone says).
    pub evidence: String,
}

impl Mapped {
    /// How the import reports this column as feeding `field`.
    pub fn report(&self, field: &str) -> closeout_plugin_abi::ColumnMapping {
        closeout_plugin_abi::ColumnMapping {
            column: crate::column_letter(self.column),
            header: self.header.clone(),
            field: field.to_owned(),
            confidence: self.confidence,
            evidence: self.evidence.clone(),
        }
    }
}

/// Applies a `columns` option (field name -> header text or column letter) to a header's
/// `fields`, each field named as `parse` reads it; returns the problems, naming the `known`
/// fields when a name is not one of them.
pub fn override_fields<'a, F: Ord>(
    fields: &mut BTreeMap<F, Mapped>,
    texts: &BTreeMap<u32, String>,
    overrides: impl IntoIterator<Item = (&'a String, &'a String)>,
    parse: impl Fn(&str) -> Option<F>,
    known: &str,
    normalise: impl Fn(&str) -> String,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, wanted) in overrides {
        let Some(field) = parse(name) else {
            problems.push(format!(
                "the `columns` option names an unknown field `{name}` (known: {known})"
            ));
            continue;
        };
        if let Err(problem) = override_field(fields, texts, field, (name, wanted), &normalise) {
            problems.push(problem);
        }
    }
    problems
}

/// Gives `field` the column a `columns` option names (`name` -> `wanted`): a header text of
/// the row, compared as the plugin's `normalise` reads headers, or else a column letter. A
/// person said so, so the confidence is 1 and the column leaves any field it was matched to.
/// The error is the problem to report.
pub fn override_field<F: Ord>(
    fields: &mut BTreeMap<F, Mapped>,
    texts: &BTreeMap<u32, String>,
    field: F,
    (name, wanted): (&str, &str),
    normalise: impl Fn(&str) -> String,
) -> Result<(), String> {
    let by_text = texts
        .iter()
        .find(|(_, text)| normalise(text) == normalise(wanted))
        .map(|(column, _)| *column);
    let Some(column) = by_text.or_else(|| crate::column_index(wanted.trim())) else {
        return Err(format!(
            "the `columns` option maps `{name}` to `{wanted}`, which is neither a header of this sheet nor a column letter"
        ));
    };
    fields.retain(|_, m| m.column != column);
    let header = texts
        .get(&column)
        .cloned()
        .unwrap_or_else(|| crate::column_letter(column));
    fields.insert(
        field,
        Mapped {
            column,
            header,
            confidence: 1.0,
            evidence: String::new(),
        },
    );
    Ok(())
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

    #[test]
    fn an_override_names_a_header_or_a_letter_and_takes_the_column() {
        let texts = BTreeMap::from([(0, "Ref".to_owned()), (1, "Notes".to_owned())]);
        let mut fields = BTreeMap::from([(
            "comment",
            Mapped {
                column: 1,
                header: "Notes".into(),
                confidence: 0.6,
                evidence: String::new(),
            },
        )]);
        let plain = |t: &str| normalise(t, &[]);
        override_field(
            &mut fields,
            &texts,
            "statement",
            ("statement", "notes"),
            plain,
        )
        .expect("by text");
        assert_eq!(fields.keys().collect::<Vec<_>>(), [&"statement"]);
        assert_eq!(fields["statement"].confidence, 1.0);
        override_field(&mut fields, &texts, "owner", ("owner", "c"), plain).expect("by letter");
        assert_eq!(fields["owner"].header, "C");
        let problem = override_field(&mut fields, &texts, "x", ("x", "nowhere"), plain);
        assert!(problem.expect_err("neither").contains("`nowhere`"));
    }
}
