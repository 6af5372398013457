//! Informative references: `<Document>: <element>` lines, and how each cited document's
//! elements are written the way Closeout writes them.

/// The document whose references are always imported.
pub const ISO_DOCUMENT: &str = "ISO/IEC 27001:2022";
/// Closeout's id for ISO/IEC 27001:2022.
pub const ISO_FRAMEWORK: &str = "iso27001-2022";

/// Splits `ISO/IEC 27001:2022: Annex A Controls: 5.9` into its document and element.
///
/// The split is at the first colon followed by a space, because document names hold colons
/// of their own (`27001:2022`) and elements hold more (`Annex A Controls: 5.9`).
pub fn split_line(line: &str) -> Option<(&str, &str)> {
    let (document, element) = line.split_once(": ")?;
    let document = document.trim();
    (!document.is_empty()).then_some((document, element.trim()))
}

/// Whether a document name is ISO/IEC 27001:2022 (however spaced or cased).
pub fn is_iso(document: &str) -> bool {
    slug(document) == slug(ISO_DOCUMENT)
}

/// What an ISO/IEC 27001:2022 element cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IsoCitation {
    /// A clause (`6.1.2`) or an Annex A control (`A.5.9`).
    Target {
        /// The reference as Closeout writes it.
        target: String,
        /// When the file cites a list item of a clause (`4.2(a)`), which Closeout's catalog
        /// does not list: the target is the clause and this is the item as cited.
        list_item: Option<String>,
    },
    /// The file says `None`: there is nothing to map.
    Nothing,
    /// Not understood; the message says why.
    Unreadable(String),
}

/// Reads one ISO/IEC 27001:2022 element: `Annex A Controls: 5.9` -> `A.5.9`,
/// `Mandatory Clause: 6.1.2` -> `6.1.2`, a bare `6.1.2` -> the clause, `A.5.9` -> the control.
/// Several comma-separated numbers give several citations; a trailing comma is ignored.
pub fn iso_citations(element: &str) -> Vec<IsoCitation> {
    let strip = |prefixes: &[&str]| {
        prefixes.iter().find_map(|prefix| {
            let head = element.get(..prefix.len())?;
            head.eq_ignore_ascii_case(prefix)
                .then(|| element.get(prefix.len()..))
                .flatten()
        })
    };
    let (annex, numbers) =
        if let Some(rest) = strip(&["annex a controls:", "annex a control:", "annex a:"]) {
            (true, rest)
        } else if let Some(rest) = strip(&[
            "mandatory clauses:",
            "mandatory clause:",
            "clauses:",
            "clause:",
            "clause ",
        ]) {
            (false, rest)
        } else {
            (false, element)
        };
    let items: Vec<&str> = numbers
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    if items.is_empty() {
        let what = if annex { "Annex A control" } else { "clause" };
        return vec![IsoCitation::Unreadable(format!(
            "the reference names no {what}"
        ))];
    }
    items
        .into_iter()
        .map(|item| iso_citation(item, annex))
        .collect()
}

fn iso_citation(item: &str, annex: bool) -> IsoCitation {
    if item.eq_ignore_ascii_case("none") {
        return IsoCitation::Nothing;
    }
    let (annex, item) = match item.strip_prefix("A.").or_else(|| item.strip_prefix("a.")) {
        Some(rest) => (true, rest),
        None => (annex, item),
    };
    // `4.2(a)` or `4.2 (a)`: the number, then perhaps a list item in brackets.
    let end = item
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(item.len());
    let (number, list_item) = item.split_at(end);
    let parts: Option<Vec<u32>> = number.split('.').map(|p| p.parse().ok()).collect();
    let list_item = list_item.trim();
    let list_item_ok = list_item.is_empty()
        || list_item
            .strip_prefix('(')
            .and_then(|inside| inside.strip_suffix(')'))
            .is_some_and(|inside| {
                !inside.is_empty() && inside.chars().all(|c| c.is_ascii_alphanumeric())
            });
    let unreadable = || {
        IsoCitation::Unreadable(format!(
            "`{item}` is not a clause or an Annex A control number"
        ))
    };
    let (Some(parts), true) = (parts, list_item_ok) else {
        return unreadable();
    };
    let joined = parts
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(".");
    let target = match (annex, parts.as_slice()) {
        (true, [5..=8, _]) if list_item.is_empty() => format!("A.{joined}"),
        (false, [4..=10, ..]) if parts.len() <= 3 => joined,
        _ => return unreadable(),
    };
    IsoCitation::Target {
        list_item: (!list_item.is_empty()).then(|| format!("{target}{list_item}")),
        target,
    }
}

/// Closeout's id for a cited document: SP 800-53 Rev 5 is `nist-sp-800-53-rev5`; any other
/// document gets its name in lower case with runs of other characters turned into `-`.
pub fn framework_id(document: &str) -> String {
    let name = slug(document);
    if name.starts_with("sp-800-53-rev-5") || name.starts_with("nist-sp-800-53-rev-5") {
        "nist-sp-800-53-rev5".to_owned()
    } else if name == slug(ISO_DOCUMENT) {
        ISO_FRAMEWORK.to_owned()
    } else {
        name
    }
}

/// Whether a document is SP 800-53 (whose references are normalised and may come several to
/// a line).
pub fn is_sp800_53(document: &str) -> bool {
    framework_id(document) == "nist-sp-800-53-rev5"
}

/// `SP 800-53 Rev 5.1.1` -> `sp-800-53-rev-5-1-1`.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// NIST writes SP 800-53 controls without leading zeros: `AC-01` -> `AC-1`,
/// `AC-02(01)` -> `AC-2(1)`. Anything else (a family such as `PT`) is kept as written.
pub fn sp800_53(reference: &str) -> String {
    let reference = reference.trim();
    let normalised = (|| {
        let (family, rest) = reference.split_once('-')?;
        let (control, enhancement) = match rest.split_once('(') {
            Some((control, enhancement)) => (control, Some(enhancement.strip_suffix(')')?)),
            None => (rest, None),
        };
        if !family.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let control: u32 = control.trim().parse().ok()?;
        Some(match enhancement {
            Some(e) => format!("{family}-{control}({})", e.trim().parse::<u32>().ok()?),
            None => format!("{family}-{control}"),
        })
    })();
    normalised.unwrap_or_else(|| reference.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(target: &str, list_item: Option<&str>) -> IsoCitation {
        IsoCitation::Target {
            target: target.into(),
            list_item: list_item.map(Into::into),
        }
    }

    #[test]
    fn lines() {
        assert_eq!(
            split_line("ISO/IEC 27001:2022: Annex A Controls: 5.9"),
            Some(("ISO/IEC 27001:2022", "Annex A Controls: 5.9"))
        );
        assert_eq!(
            split_line("SP 800-53 Rev 5.1.1: AC-01"),
            Some(("SP 800-53 Rev 5.1.1", "AC-01"))
        );
        assert_eq!(split_line("just some words"), None);
        assert_eq!(split_line(": 5.9"), None);
    }

    #[test]
    fn iso_elements() {
        assert_eq!(
            iso_citations("Annex A Controls: 5.9"),
            vec![target("A.5.9", None)]
        );
        assert_eq!(
            iso_citations("Annex A Controls: 8.10"),
            vec![target("A.8.10", None)]
        );
        assert_eq!(
            iso_citations("Mandatory Clause:  6.1,"),
            vec![target("6.1", None)]
        );
        assert_eq!(
            iso_citations("Mandatory Clause: 6.1.2"),
            vec![target("6.1.2", None)]
        );
        assert_eq!(iso_citations("6.1.2"), vec![target("6.1.2", None)]);
        assert_eq!(iso_citations("Clause 9.2"), vec![target("9.2", None)]);
        assert_eq!(iso_citations("A.5.9"), vec![target("A.5.9", None)]);
        assert_eq!(
            iso_citations("Mandatory Clause: 4.2 (a)"),
            vec![target("4.2", Some("4.2(a)"))]
        );
        assert_eq!(
            iso_citations("Mandatory Clause: 5.1, 5.3"),
            vec![target("5.1", None), target("5.3", None)]
        );
        assert_eq!(
            iso_citations("Mandatory Clause: None"),
            vec![IsoCitation::Nothing]
        );
        for unreadable in [
            "Annex A Controls:",
            "Annex A Controls: All applicable controls",
            "Annex A Controls: 9.1",
            "Mandatory Clause: 3.1",
            "6..1",
        ] {
            assert!(
                matches!(
                    iso_citations(unreadable).as_slice(),
                    [IsoCitation::Unreadable(_)]
                ),
                "{unreadable}"
            );
        }
    }

    #[test]
    fn document_ids() {
        assert_eq!(framework_id("SP 800-53 Rev 5.1.1"), "nist-sp-800-53-rev5");
        assert_eq!(framework_id("CIS Controls v8.0"), "cis-controls-v8-0");
        assert_eq!(
            framework_id("NIST SP 800-171 Rev. 3"),
            "nist-sp-800-171-rev-3"
        );
        assert_eq!(framework_id("SP-800-37 Rev 2"), "sp-800-37-rev-2");
        assert_eq!(framework_id("ISO/IEC 27001:2022"), ISO_FRAMEWORK);
        assert!(is_iso(" iso/iec 27001:2022"));
    }

    #[test]
    fn sp800_53_references() {
        assert_eq!(sp800_53("AC-01"), "AC-1");
        assert_eq!(sp800_53("CP-02(08)"), "CP-2(8)");
        assert_eq!(sp800_53("PM-30(01)"), "PM-30(1)");
        assert_eq!(sp800_53("SI-4"), "SI-4");
        assert_eq!(sp800_53("PT"), "PT");
        assert_eq!(sp800_53("AC-x"), "AC-x");
    }
}
