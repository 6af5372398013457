//! The people a register names: an owner cell split into its names, and a set of known
//! people to recognise a column of them by its values.

use std::collections::HashSet;

use crate::text::normalise;

/// The names and addresses in an owner cell: `GRC Lead + IT Admin`, `a@x.org; b@x.org`,
/// `Security/GRC (Badr)`. A cell that names one known person whole is not split by the host,
/// which looks the whole cell up first.
pub fn owner_names(cell: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = cell.to_owned();
    // A slash between words (`Projects / IT`) separates people; inside a name
    // (`Security/GRC`) it does not.
    for joiner in [" and ", " und ", " et ", " y ", " e ", " en ", " & ", " / "] {
        rest = rest.replace(joiner, ";");
    }
    for part in rest.split([',', ';', '\n', '+', '|', '&']) {
        let mut part = part.trim().trim_matches(['-', '*', '.']).trim();
        // An initial's dot stays (`Ivanov I. I.`, `J. R. Smith.` is `J. R. Smith`).
        if let Some(whole) = initial_dot(cell, part) {
            part = whole;
        }
        if !part.is_empty() && !names.iter().any(|n: &String| n == part) {
            names.push(part.to_owned());
        }
    }
    names
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
        self.known.contains(&normalise(cell))
            || owner_names(cell)
                .iter()
                .any(|name| self.known.contains(&normalise(name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_cells_split_on_the_words_people_use() {
        assert_eq!(owner_names("GRC Lead + IT Admin"), ["GRC Lead", "IT Admin"]);
        assert_eq!(owner_names("DIR, RSGC"), ["DIR", "RSGC"]);
        // An initial keeps its dot; a sentence's full stop goes.
        assert_eq!(owner_names("Иванов И. И."), ["Иванов И. И."]);
        assert_eq!(
            owner_names("Smith J., Petrov A.A."),
            ["Smith J.", "Petrov A.A."]
        );
        assert_eq!(owner_names("IT Operations."), ["IT Operations"]);
        assert_eq!(owner_names("Alice and Bob"), ["Alice", "Bob"]);
        assert_eq!(
            owner_names("Tatiane Dias de Moraes / Projetos DTI"),
            ["Tatiane Dias de Moraes", "Projetos DTI"]
        );
        assert_eq!(owner_names("Security/GRC (Badr)"), ["Security/GRC (Badr)"]);
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
