//! The people a register names: an owner cell split into its names, and a set of known
//! people to recognise a column of them by its values.

use std::collections::HashSet;

use crate::text::normalise;

/// The names and addresses in an owner cell: `GRC Lead + IT Admin`, `a@x.org; b@x.org`,
/// `Security/GRC (Badr)`, `@Lena Fischer` (a mention pasted from a wiki or a chat). A cell
/// that names one known person whole is not split by the host, which looks the whole cell up
/// first.
///
/// Commas, semicolons, line breaks, `+`, `|` and ` / ` separate people always; a word for
/// "and" (`Alice and Bob`, `Rossi e Bianchi`, `Alice & Bob`) only where one of its sides is a
/// person `known` names, an address or a mention: roles are written with it (`Head of Risk and
/// Compliance`, `People & Culture Manager`), and two people no one knows stay one name.
pub fn owner_names(cell: &str, known: impl Fn(&str) -> bool) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    // A slash between words (`Projects / IT`) separates people; inside a name
    // (`Security/GRC`) it does not.
    let rest = bracketed_kept(cell).replace(" / ", ";");
    const SEPARATORS: [char; 5] = [',', ';', '\n', '+', '|'];
    let mut after_known = false;
    let mut after_comma = false;
    for piece in rest.split_inclusive(SEPARATORS) {
        let kept = piece.trim_end_matches(SEPARATORS);
        let comma_follows = piece.ends_with(',');
        let part = unkept(kept);
        // `Badr Karim, Director of Research Computing`: after a comma, the person's title, no
        // one else.
        let title = after_known && after_comma && !known(name_in(&part)) && is_title(&part);
        after_comma = comma_follows;
        if title {
            continue;
        }
        after_known = known(name_in(&part));
        let mut joined = kept.to_owned();
        for joiner in [" and ", " und ", " et ", " y ", " e ", " en ", " & "] {
            joined = joined.replace(joiner, ";");
        }
        // An address or a mention (`@Thomas Girard`) is a person's.
        let raw: Vec<String> = joined.split(';').map(unkept).collect();
        let split = raw.len() > 1 && raw.iter().any(|r| r.contains('@') || known(name_in(r)));
        let pieces: Vec<&str> = if split {
            raw.iter().map(|r| name_in(r)).collect()
        } else {
            vec![name_in(&part)]
        };
        for piece in pieces {
            let mut piece = piece;
            // An initial's dot stays (`Ivanov I. I.`, `J. R. Smith.` is `J. R. Smith`).
            if let Some(whole) = initial_dot(cell, piece) {
                piece = whole;
            }
            if !piece.is_empty() && !names.iter().any(|n: &String| n == piece) {
                names.push(piece.to_owned());
            }
        }
    }
    names
}

/// Stand-ins, in a bracket, for the characters that separate people outside one: `Lena
/// Fischer (Partner, Risk & Compliance)` is one person with her title.
const KEPT: [(char, char); 6] = [
    (',', '\u{E000}'),
    (';', '\u{E001}'),
    ('+', '\u{E002}'),
    ('|', '\u{E003}'),
    ('\n', '\u{E004}'),
    (' ', '\u{E005}'),
];

/// The cell with the separators inside brackets replaced by stand-ins.
fn bracketed_kept(cell: &str) -> String {
    let mut depth = 0u32;
    cell.chars()
        .map(|c| {
            match c {
                '(' | '[' | '（' | '［' => depth += 1,
                ')' | ']' | '）' | '］' => depth = depth.saturating_sub(1),
                _ => {}
            }
            match KEPT.iter().find(|(plain, _)| *plain == c) {
                Some((_, kept)) if depth > 0 => *kept,
                _ => c,
            }
        })
        .collect()
}

/// A part with its stand-ins turned back into what they stand for.
fn unkept(part: &str) -> String {
    part.chars()
        .map(|c| {
            KEPT.iter()
                .find(|(_, kept)| *kept == c)
                .map_or(c, |(plain, _)| *plain)
        })
        .collect()
}

/// Whether a part of an owner cell reads as a job title (`Director of Research Computing`,
/// `Head for Compliance`): words joined by a preposition that is no name's particle (`de`,
/// `da`, `van` are: `Ana da Silva`).
fn is_title(part: &str) -> bool {
    const OF: [&str; 3] = ["of", "for", "für"];
    let words: Vec<&str> = part.split_whitespace().collect();
    words.len() >= 3 && words[1..words.len() - 1].iter().any(|w| OF.contains(w))
}

/// One name as written in an owner cell, without the bullets and full stops around it and the
/// `@` of a mention (`@Lena Fischer`; an address keeps its `@`).
fn name_in(part: &str) -> &str {
    let part = part.trim().trim_matches(['-', '*', '.']).trim();
    match part.strip_prefix('@') {
        Some(mentioned) if !mentioned.contains('@') => mentioned.trim(),
        _ => part,
    }
}

/// `part` with the dot that followed it in `cell`, when it ends in an initial (a single
/// letter after a space or at the start): `Иванов И. И` in `Иванов И. И.`.
fn initial_dot<'c>(cell: &'c str, part: &str) -> Option<&'c str> {
    let mut letters = part.chars().rev();
    let last = letters.next()?;
    let initial = last.is_alphabetic() && letters.next().is_none_or(|c| c == ' ' || c == '.');
    let start = cell.find(part)?;
    let end = start + part.len();
    (initial && cell[end..].starts_with('.')).then(|| &cell[start..=end])
}

/// The organisation's people by name and address, compared as people type them (case and
/// accents aside): a register's column whose values name them holds owners, whatever its
/// header says and in whatever language.
#[derive(Debug, Clone, Default)]
pub struct People {
    known: HashSet<String>,
}

impl People {
    /// From names and email addresses, in any mix.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> People {
        People {
            known: names
                .into_iter()
                .map(normalise)
                .filter(|n| !n.is_empty())
                .collect(),
        }
    }

    /// Whether no one is known.
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Whether a cell names one of the people, whole (`Lena Fischer`) or as one of several
    /// (`Lena Fischer / Badr Karim`, `lena@acme.test; IT`).
    pub fn named_in(&self, cell: &str) -> bool {
        if self.known.is_empty() {
            return false;
        }
        let known = |name: &str| self.known.contains(&normalise(name));
        known(cell) || owner_names(cell, known).iter().any(|name| known(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_cells_split_on_the_words_people_use() {
        let nobody = |_: &str| false;
        assert_eq!(
            owner_names("GRC Lead + IT Admin", nobody),
            ["GRC Lead", "IT Admin"]
        );
        assert_eq!(owner_names("DIR, RSGC", nobody), ["DIR", "RSGC"]);
        // An initial keeps its dot; a sentence's full stop goes.
        assert_eq!(owner_names("Иванов И. И.", nobody), ["Иванов И. И."]);
        assert_eq!(
            owner_names("Smith J., Petrov A.A.", nobody),
            ["Smith J.", "Petrov A.A."]
        );
        assert_eq!(owner_names("IT Operations.", nobody), ["IT Operations"]);
        assert_eq!(
            owner_names("Tatiane Dias de Moraes / Projetos DTI", nobody),
            ["Tatiane Dias de Moraes", "Projetos DTI"]
        );
        assert_eq!(
            owner_names("Security/GRC (Badr)", nobody),
            ["Security/GRC (Badr)"]
        );
        // Mentions pasted from a wiki; an address keeps its `@`.
        assert_eq!(
            owner_names("@Lena Fischer, @Thomas Girard", nobody),
            ["Lena Fischer", "Thomas Girard"]
        );
        assert_eq!(owner_names("@ops@acme.test", nobody), ["@ops@acme.test"]);
        assert_eq!(
            owner_names("@Lena Fischer and @Thomas Girard", nobody),
            ["Lena Fischer", "Thomas Girard"]
        );
        // Separators inside brackets are a title's, not between people.
        assert_eq!(
            owner_names("Lena Fischer (Partner, Risk & Compliance)", nobody),
            ["Lena Fischer (Partner, Risk & Compliance)"]
        );
        // A known person's title after a comma names no one else; a second person does.
        let badr = |name: &str| name == "Badr Karim" || name == "Head of IT Operations";
        assert_eq!(
            owner_names("Badr Karim, Director of Research Computing", badr),
            ["Badr Karim"]
        );
        assert_eq!(
            owner_names("Badr Karim, Head of IT Operations", badr),
            ["Badr Karim", "Head of IT Operations"]
        );
        assert_eq!(
            owner_names("Thomas Girard, Director of Finance", nobody),
            ["Thomas Girard", "Director of Finance"]
        );
    }

    #[test]
    fn a_word_for_and_separates_people_but_not_the_words_of_a_role() {
        let alice = |name: &str| normalise(name) == "alice";
        assert_eq!(owner_names("Alice and Bob", alice), ["Alice", "Bob"]);
        assert_eq!(
            owner_names("Head of Risk and Compliance", alice),
            ["Head of Risk and Compliance"]
        );
        assert_eq!(
            owner_names("Responsabile Qualità e Sicurezza; Alice", alice),
            ["Responsabile Qualità e Sicurezza", "Alice"]
        );
        assert_eq!(
            owner_names("ops@acme.test und IT-Leitung", alice),
            ["ops@acme.test", "IT-Leitung"]
        );
        assert_eq!(
            owner_names("People & Culture Manager", alice),
            ["People & Culture Manager"]
        );
        assert_eq!(owner_names("Alice & R&D", alice), ["Alice", "R&D"]);
    }

    #[test]
    fn people_are_recognised_by_name_or_address_as_typed() {
        let people = People::new(["Martín Lombardi", "lena.fischer@acme.test"]);
        assert!(people.named_in("martin lombardi"));
        assert!(people.named_in("Lena.Fischer@ACME.test"));
        assert!(people.named_in("IT Operations / Martín Lombardi"));
        assert!(!people.named_in("Martín"));
        assert!(!people.named_in("IT Operations"));
        assert!(!People::default().named_in("Martín Lombardi"));
    }
}
