//! Comparing words as people type them: case, accents and punctuation do not matter.

/// Lower-case words with accents folded (`Échéance` -> `echeance`, `Maßnahme` ->
/// `massnahme`), punctuation dropped except `#` and `§`, single spaces.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() || c == '#' || c == '§' {
            for lower in c.to_lowercase() {
                push_folded(&mut out, lower);
            }
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn push_folded(out: &mut String, c: char) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'º' | 'ª' => ' ',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        other => other,
    };
    if folded == ' ' {
        if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    } else {
        out.push(folded);
    }
}

/// Whether normalised `text` holds `phrase` starting at a word, its last word possibly the
/// start of a longer word: `action` is in `corrective action`, `categori` in `categorisation`,
/// `ursache` in `ursachenanalyse`, but `action` is not in `transaction`.
pub fn has_phrase(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = text[from..].find(phrase) {
        let at = from + found;
        if at == 0 || text.as_bytes()[at - 1] == b' ' {
            return true;
        }
        from = at + 1;
        while from < text.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_compared_without_case_accents_or_punctuation() {
        assert_eq!(normalise("  Échéance / Délai "), "echeance delai");
        assert_eq!(normalise("Maßnahme"), "massnahme");
        assert_eq!(normalise("NC #"), "nc #");
        assert_eq!(normalise("N° NC"), "n nc");
        assert_eq!(normalise("Nº"), "n");
        assert_eq!(normalise("Non-conformité"), "non conformite");
        assert_eq!(normalise("§ 7.2"), "§ 7 2");
    }

    #[test]
    fn phrases_start_at_a_word() {
        assert!(has_phrase("corrective action plan", "action"));
        assert!(has_phrase("finding categorisation", "categori"));
        assert!(has_phrase("ursachenanalyse 5 why", "ursache"));
        assert!(!has_phrase("transaction", "action"));
        assert!(!has_phrase("", "action"));
    }
}
