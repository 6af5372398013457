//! From CISO Assistant urns to framework ids and Closeout's requirement references.
//!
//! CISO Assistant names a framework `urn:intuitem:risk:framework:<id>` and a requirement
//! `urn:intuitem:risk:req_node:<id>:<segment>`, the segment lower-cased. Closeout writes
//! references the way each framework does, so the segment is rewritten per framework:
//!
//! - NIST (`nist-*`): upper case (`ac-1` -> `AC-1`, `gv.oc-01` -> `GV.OC-01`); for SP 800-53
//!   an enhancement written `ac-2.1` becomes `AC-2(1)`, the NIST notation, which CISO
//!   Assistant's mapping libraries already use (`ac-2(12)`).
//! - ISO/IEC 27001 (`iso27001-*`): in CISO Assistant's `iso27001-2022` library the Annex A
//!   controls have segments `a.5.1` ... `a.8.34`, `ref_id` `A.5.1` ... and sit under the
//!   `annex-a` node ("Statement of Applicability"); the clauses have segments `4.1` ...
//!   `10.2`, the same `ref_id`, and sit under the `core` node ("Clauses"). So `a.` marks an
//!   Annex A control (`a.5.2` -> `A.5.2`) and a bare number is a clause (`5.2` stays `5.2`,
//!   clause 5.2 "Policy", not control A.5.2).
//! - Any other framework: the segment as written.

/// The framework id of a framework urn: its last segment, lower-cased (`nist-sp-800-53-rev5`).
/// `None` when the urn has no such segment.
pub fn framework_id(urn: &str) -> Option<String> {
    let id = urn.trim().rsplit(':').next()?.trim();
    (!id.is_empty()).then(|| id.to_ascii_lowercase())
}

/// Splits a requirement urn `...:req_node:<framework>:<segment>` into the framework id
/// (lower-cased) and the segment as written. `None` when it is not a requirement urn.
pub fn split_requirement_urn(urn: &str) -> Option<(String, &str)> {
    let urn = urn.trim();
    // Find the `req_node` segment whatever the urn's namespace (`intuitem` or a custom one).
    let mut position = 0;
    for segment in urn.split(':') {
        position += segment.len() + 1;
        if segment.eq_ignore_ascii_case("req_node") {
            let rest = urn.get(position..)?;
            let (framework, segment) = rest.split_once(':')?;
            let framework = framework.trim();
            let segment = segment.trim();
            if framework.is_empty() || segment.is_empty() {
                return None;
            }
            return Some((framework.to_ascii_lowercase(), segment));
        }
    }
    None
}

/// The reference Closeout uses for a requirement urn's segment in a framework (see the module
/// documentation for the rules).
pub fn reference(framework: &str, segment: &str) -> String {
    if framework.starts_with("nist-sp-800-53") {
        nist_800_53(segment)
    } else if framework.starts_with("nist-") {
        segment.to_ascii_uppercase()
    } else if framework.starts_with("iso27001") {
        iso_27001(segment)
    } else {
        segment.to_string()
    }
}

/// `ac-1` -> `AC-1`, `ac-2.1` and `ac-2(1)` -> `AC-2(1)`, anything else upper-cased.
fn nist_800_53(segment: &str) -> String {
    let upper = segment.to_ascii_uppercase();
    if let Some((control, enhancement)) = upper.split_once('.')
        && is_control(control)
        && is_number(enhancement)
    {
        return format!("{control}({enhancement})");
    }
    upper
}

/// A base control, `AC-2`: two or three letters, a dash, a number.
fn is_control(text: &str) -> bool {
    text.split_once('-').is_some_and(|(family, number)| {
        (2..=3).contains(&family.len())
            && family.bytes().all(|b| b.is_ascii_alphabetic())
            && is_number(number)
    })
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// `a.5.1` -> `A.5.1` (Annex A); clauses (`9.2.1`) and headings as written.
fn iso_27001(segment: &str) -> String {
    match segment
        .strip_prefix("a.")
        .or_else(|| segment.strip_prefix("A."))
    {
        Some(control) if control.starts_with(|c: char| c.is_ascii_digit()) => {
            format!("A.{control}")
        }
        _ => segment.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framework_ids_are_the_last_segment() {
        assert_eq!(
            framework_id("urn:intuitem:risk:framework:nist-sp-800-53-rev5").as_deref(),
            Some("nist-sp-800-53-rev5")
        );
        assert_eq!(framework_id("urn:intuitem:risk:framework:"), None);
    }

    #[test]
    fn requirement_urns_split_into_framework_and_segment() {
        assert_eq!(
            split_requirement_urn("urn:intuitem:risk:req_node:iso27001-2022:a.5.1"),
            Some(("iso27001-2022".to_string(), "a.5.1"))
        );
        assert_eq!(
            split_requirement_urn("urn:custom:risk:REQ_NODE:My-Fw:x:y"),
            Some(("my-fw".to_string(), "x:y"))
        );
        assert_eq!(
            split_requirement_urn("urn:intuitem:risk:framework:iso27001-2022"),
            None
        );
        assert_eq!(split_requirement_urn("urn:intuitem:risk:req_node:x:"), None);
    }

    #[test]
    fn nist_references_are_upper_case_with_enhancements_in_parentheses() {
        let nist = "nist-sp-800-53-rev5";
        assert_eq!(reference(nist, "ac-1"), "AC-1");
        assert_eq!(reference(nist, "ac-2.1"), "AC-2(1)");
        assert_eq!(reference(nist, "ac-2(12)"), "AC-2(12)");
        assert_eq!(reference(nist, "ac"), "AC");
        assert_eq!(reference("nist-csf-2.0", "gv.oc-01"), "GV.OC-01");
    }

    #[test]
    fn iso_annex_a_controls_get_the_a_prefix_and_clauses_stay() {
        let iso = "iso27001-2022";
        assert_eq!(reference(iso, "a.5.1"), "A.5.1");
        assert_eq!(reference(iso, "a.8.34"), "A.8.34");
        assert_eq!(reference(iso, "5.2"), "5.2");
        assert_eq!(reference(iso, "10.1"), "10.1");
        assert_eq!(reference(iso, "annex-a"), "annex-a");
        assert_eq!(reference("other", "a.5.1"), "a.5.1");
    }
}
