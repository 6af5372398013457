//! Comparing words as people type them: case, accents and punctuation do not matter.

/// Lower-case words with accents folded (`Échéance` -> `echeance`, `Maßnahme` ->
/// `massnahme`), punctuation dropped except `#` and `§`, single spaces.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(narrow) {
        if is_combining_mark(c) {
            // An accent written as its own character (text from macOS is often decomposed,
            // `e` + U+0301): folded away like the precomposed `é`.
            continue;
        }
        if c == '№' {
            // The numero sign (`№ з/п`, `№ п/п`) says what `#` says.
            out.push('#');
        } else if c.is_alphanumeric() || c == '#' || c == '§' {
            // `İ` lower-cases to `i` and a combining dot, dropped like any other mark.
            for lower in c.to_lowercase().filter(|l| !is_combining_mark(*l)) {
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

/// A fullwidth letter, digit or sign as its ASCII self (`Ａ．５．１５` is `A.5.15`, `ＮＣ` is
/// `NC`), and the ideographic space as a space: Chinese and Japanese input methods type them.
/// Digits of other scripts as ASCII digits (Arabic-Indic `٩`, Persian `۹`, Devanagari `९`,
/// Bengali, Thai), and the Arabic decimal separator and comma as `.` and `,`: Persian and
/// Arabic registers write clause numbers and dates in their own digits (`۹٫۲` is `9.2`).
pub fn narrow(c: char) -> char {
    let digit = |zero: char| char::from_u32('0' as u32 + (c as u32 - zero as u32)).unwrap_or(c);
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{0660}'..='\u{0669}' => digit('\u{0660}'),
        '\u{06F0}'..='\u{06F9}' => digit('\u{06F0}'),
        '\u{0966}'..='\u{096F}' => digit('\u{0966}'),
        '\u{09E6}'..='\u{09EF}' => digit('\u{09E6}'),
        '\u{0E50}'..='\u{0E59}' => digit('\u{0E50}'),
        '\u{066B}' => '.',
        '\u{066C}' | '\u{060C}' => ',',
        _ => c,
    }
}

/// Whether `c` is an invisible mark: the right-to-left and left-to-right marks and embeddings
/// Hebrew and Arabic text carries, zero-width spaces and joiners, the byte order mark. A
/// reference or a date reads the same without them; words are compared through [`normalise`]
/// instead, where the zero-width non-joiner of Persian spelling separates as a space does.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// `text` with its fullwidth forms and other scripts' digits narrowed (see [`narrow`]) and its
/// invisible marks dropped, borrowed when it has none.
pub fn narrowed(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(|c| narrow(c) == c && !is_invisible(c)) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(
            text.chars()
                .filter(|c| !is_invisible(*c))
                .map(narrow)
                .collect(),
        )
    }
}

fn push_folded(out: &mut String, c: char) {
    // The lower-case letters of Latin-1 and Latin Extended-A (every European language written
    // in Latin letters, Polish, Czech, Nordic and Turkish included), to their base letter.
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        // Greek: the tonos and dialytika, the final sigma, and the micro sign old documents
        // type for mu (`Ηµεροµηνία`); capitals are typed without accents.
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        'µ' => 'μ',
        'ź' | 'ż' | 'ž' => 'z',
        'º' | 'ª' => ' ',
        'þ' => {
            out.push_str("th");
            return;
        }
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

/// Whether `c` is an accent or other mark written as a character of its own after its letter.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
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

/// Phrases indexed by their first bytes, to find every one a text holds (as [`has_phrase`]
/// does for one) without trying them all: a header is compared only with the phrases that
/// start like one of its words.
#[derive(Debug, Default)]
pub(crate) struct Phrases<T> {
    entries: Vec<(String, T)>,
    by_start: std::collections::HashMap<Vec<u8>, Vec<usize>>,
}

/// How many leading bytes of a phrase index it.
const INDEXED_BYTES: usize = 3;

impl<T> Phrases<T> {
    /// Adds a normalised phrase.
    pub(crate) fn push(&mut self, phrase: String, value: T) {
        if phrase.is_empty() {
            return;
        }
        let start = phrase.as_bytes()[..phrase.len().min(INDEXED_BYTES)].to_vec();
        self.by_start
            .entry(start)
            .or_default()
            .push(self.entries.len());
        self.entries.push((phrase, value));
    }

    /// Every phrase normalised `text` holds starting at a word, with its value (a phrase
    /// found at two words is given twice).
    pub(crate) fn found_in<'p, 't>(
        &'p self,
        text: &'t str,
    ) -> impl Iterator<Item = &'p (String, T)> + use<'p, 't, T> {
        let bytes = text.as_bytes();
        let word_starts = std::iter::once(0).chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b' ')
                .map(|(at, _)| at + 1),
        );
        word_starts.flat_map(move |at| {
            (1..=INDEXED_BYTES)
                .filter(move |length| at + length <= bytes.len())
                .flat_map(move |length| {
                    self.by_start
                        .get(&bytes[at..at + length])
                        .into_iter()
                        .flatten()
                })
                .map(|index| &self.entries[*index])
                .filter(move |(phrase, _)| bytes[at..].starts_with(phrase.as_bytes()))
        })
    }
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
        assert_eq!(normalise("№ з/п"), "# з п");
        assert_eq!(normalise("№"), "#");
        assert_eq!(normalise("ＮＣ番号"), "nc番号");
        assert_eq!(
            normalise("ΠΕΡΙΓΡΑΦΗ ΜΗ ΣΥΜΜΟΡΦΩΣΗΣ"),
            normalise("Περιγραφή μη συμμόρφωσης")
        );
        assert_eq!(normalise("Ηµεροµηνία"), "ημερομηνια");
        assert_eq!(narrowed("Ａ．５．１５、９．２"), "A.5.15、9.2");
    }

    #[test]
    fn other_scripts_digits_and_invisible_marks_read_as_plain_text() {
        // Persian digits with the Arabic decimal separator, Arabic-Indic digits and comma.
        assert_eq!(narrowed("بند ۹٫۲"), "بند 9.2");
        assert_eq!(narrowed("٨٫٢، ٨٫٣"), "8.2, 8.3");
        assert_eq!(narrowed("१४/०३/२०२६"), "14/03/2026");
        // A right-to-left mark copied from a Hebrew document, a zero-width space.
        assert_eq!(
            narrowed("\u{200F}A.5.15 ו-A.5.18\u{200B}"),
            "A.5.15 ו-A.5.18"
        );
        assert_eq!(normalise("بند ۶٫۱٫۳"), "بند 6 1 3");
        assert!(matches!(narrowed("A.5.15"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn the_letters_of_central_and_northern_europe_fold_too() {
        assert_eq!(normalise("Niezgodność duża"), "niezgodnosc duza");
        assert_eq!(
            normalise("Závažná neshoda, Příloha A"),
            "zavazna neshoda priloha a"
        );
        assert_eq!(normalise("Förbättringsmöjlighet"), "forbattringsmojlighet");
        assert_eq!(normalise("Større afvigelse"), "storre afvigelse");
        assert_eq!(
            normalise("Büyük uygunsuzluk, İyileştirme"),
            "buyuk uygunsuzluk iyilestirme"
        );
        // Decomposed accents (an `e` followed by U+0301), as macOS writes file names and text.
        assert_eq!(normalise("Non-confo\u{302}rmite\u{301}"), "non conformite");
    }

    #[test]
    fn indexed_phrases_are_found_as_has_phrase_finds_them() {
        let mut phrases = Phrases::default();
        for (n, phrase) in [
            "action",
            "corrective action",
            "categori",
            "ursache",
            "#",
            "no",
        ]
        .into_iter()
        .enumerate()
        {
            phrases.push(phrase.to_owned(), n);
        }
        for text in [
            "corrective action plan",
            "finding categorisation",
            "ursachenanalyse 5 why",
            "transaction",
            "nc #",
            "no of nc",
            "",
        ] {
            let mut indexed: Vec<&str> = phrases.found_in(text).map(|(p, _)| p.as_str()).collect();
            indexed.sort_unstable();
            indexed.dedup();
            let mut each: Vec<&str> = phrases
                .entries
                .iter()
                .map(|(p, _)| p.as_str())
                .filter(|p| has_phrase(text, p))
                .collect();
            each.sort_unstable();
            assert_eq!(indexed, each, "{text}");
        }
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
