//! The CSF 2.0 Core as the Reference Tool writes it: functions (`GOVERN (GV): ...`),
//! categories (`Organizational Context (GV.OC): ...`) and subcategories
//! (`GV.OC-01: The organizational mission is ...`).

/// A function, category or subcategory read from a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// `GV`, `GV.OC` or `GV.OC-01`.
    pub reference: String,
    /// The text after the colon, if there is any.
    pub title: Option<String>,
    /// 1 for a function, 2 for a category, 3 for a subcategory.
    pub depth: u32,
    /// The Reference Tool keeps CSF 1.1 elements that 2.0 dropped as
    /// `ID.BE-01: [Withdrawn: Incorporated into GV.OC-05]`.
    pub withdrawn: bool,
}

impl Element {
    /// The parent's reference: `GV.OC-01 -> GV.OC -> GV`; none for a function.
    pub fn parent(&self) -> Option<String> {
        match self.depth {
            3 => self.reference.split_once('-').map(|(p, _)| p.to_owned()),
            2 => self.reference.split_once('.').map(|(p, _)| p.to_owned()),
            _ => None,
        }
    }
}

/// Reads a function, category or subcategory cell; `None` if it names none.
///
/// The depth is told from the reference's shape rather than from the column, so a file that
/// repeats the function and category on every subcategory row reads the same.
pub fn parse(text: &str) -> Option<Element> {
    let text = text.trim();
    // `GV.OC-01: text` (subcategories).
    let (head, rest) = text.split_once(':').unwrap_or((text, ""));
    if let Some(depth) = depth_of(head.trim()) {
        return Some(element(head.trim(), rest, depth));
    }
    // `Name (REF): text` or `Name (REF)` (functions and categories).
    let mut from = 0;
    while let Some(open) = text.get(from..)?.find('(').map(|i| i + from) {
        let close = open + text.get(open..)?.find(')')?;
        let inside = text.get(open + 1..close)?.trim();
        if let Some(depth) = depth_of(inside) {
            let rest = text.get(close + 1..)?.trim_start();
            return Some(element(
                inside,
                rest.strip_prefix(':').unwrap_or(rest),
                depth,
            ));
        }
        from = open + 1;
    }
    None
}

fn element(reference: &str, rest: &str, depth: u32) -> Element {
    let title = rest.trim();
    Element {
        reference: reference.to_owned(),
        title: (!title.is_empty()).then(|| title.to_owned()),
        depth,
        withdrawn: title.starts_with("[Withdrawn"),
    }
}

/// `GV` -> 1, `GV.OC` -> 2, `GV.OC-01` -> 3, anything else -> `None`.
fn depth_of(reference: &str) -> Option<u32> {
    let code = |s: &str| (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
    let (category, number) = match reference.split_once('-') {
        Some((category, number)) => (category, Some(number)),
        None => (reference, None),
    };
    let depth = match category.split_once('.') {
        None if code(category) => 1,
        Some((function, category)) if code(function) && code(category) => 2,
        _ => return None,
    };
    match number {
        None => Some(depth),
        Some(n)
            if depth == 2
                && (1..=3).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(3)
        }
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn functions_categories_subcategories() {
        let function = parse("GOVERN (GV): The organization's strategy is established").unwrap();
        assert_eq!(
            (
                function.reference.as_str(),
                function.depth,
                function.parent()
            ),
            ("GV", 1, None)
        );
        assert_eq!(
            function.title.as_deref(),
            Some("The organization's strategy is established")
        );
        let footer = parse("GOVERN (GV)").unwrap();
        assert_eq!((footer.reference.as_str(), footer.title), ("GV", None));

        let category =
            parse("Roles, Responsibilities, and Authorities (GV.RR): Roles are set").unwrap();
        assert_eq!((category.reference.as_str(), category.depth), ("GV.RR", 2));
        assert_eq!(category.parent().as_deref(), Some("GV"));
        assert_eq!(category.title.as_deref(), Some("Roles are set"));

        let sub = parse("GV.OC-01: The organizational mission is understood").unwrap();
        assert_eq!((sub.reference.as_str(), sub.depth), ("GV.OC-01", 3));
        assert_eq!(sub.parent().as_deref(), Some("GV.OC"));
        assert!(!sub.withdrawn);

        let withdrawn = parse("ID.BE-01: [Withdrawn: Incorporated into GV.OC-05]").unwrap();
        assert!(withdrawn.withdrawn);
        assert!(
            parse("Business Environment (ID.BE): [Withdrawn: Incorporated into GV.OC]")
                .unwrap()
                .withdrawn
        );
    }

    #[test]
    fn not_elements() {
        for text in [
            "Function",
            "Notes (see below): text",
            "gv.oc-01: lower case",
            "GV.OC-1234: x",
            "",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
