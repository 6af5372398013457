//! The frameworks a crosswalk can name (in a header, a title row or an option), and how their
//! references are tidied.

use closeout_plugin_abi::FrameworkRecord;

/// A framework this plugin knows by name.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    /// Stable id, as the host's catalog uses it.
    pub id: &'static str,
    /// Full name.
    pub name: &'static str,
    /// Version.
    pub version: &'static str,
}

/// The id of ISO/IEC 27001:2022, whose references are normalised.
pub const ISO: &str = "iso27001-2022";

const KNOWN: [Known; 5] = [
    Known {
        id: ISO,
        name: "ISO/IEC 27001:2022",
        version: "2022",
    },
    Known {
        id: "soc2-2017",
        name: "SOC 2 Trust Services Criteria",
        version: "2017",
    },
    Known {
        id: "nist-csf-2.0",
        name: "NIST Cybersecurity Framework 2.0",
        version: "2.0",
    },
    Known {
        id: "nist-sp-800-53-rev5",
        name: "NIST SP 800-53 Rev. 5",
        version: "Rev. 5",
    },
    Known {
        id: "pci-dss-4.0",
        name: "PCI DSS",
        version: "4.0",
    },
];

/// Lower-case letters and digits only: `ISO/IEC 27001:2022` -> `isoiec270012022`.
fn compact(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The known framework a text names (`ISO 27001`, `SOC 2`, `CSF 2.0`, `NIST 800-53`,
/// `PCI DSS 4.0`, or an id such as `nist-csf-2.0`). Versions this plugin has no id for
/// (ISO 27001:2013, CSF 1.1 or an unversioned CSF, 800-53 Rev. 4, PCI DSS 3.2.1) name none.
pub fn identify(text: &str) -> Option<&'static Known> {
    let c = compact(text);
    let id = if c.contains("27001") {
        (!c.contains("2013")).then_some(ISO)
    } else if c.contains("soc2") || c.contains("trustservicescriteria") {
        Some("soc2-2017")
    } else if c.contains("80053") {
        let rev4 = ["rev4", "revision4"].iter().any(|r| c.contains(r)) || c.ends_with("r4");
        (!rev4).then_some("nist-sp-800-53-rev5")
    } else if c.contains("csf") || c.contains("cybersecurityframework") {
        let version = c.replace("version", "v").replace("csfv", "csf");
        let version = version.replace("frameworkv", "framework");
        (version.contains("csf2") || version.contains("framework2")).then_some("nist-csf-2.0")
    } else if c.contains("pcidss") || words(text).iter().any(|w| w == "pci") {
        (!(c.contains("dss3") || c.contains("dssv3"))).then_some("pci-dss-4.0")
    } else {
        None
    };
    id.and_then(|id| KNOWN.iter().find(|k| k.id == id))
}

/// Whether a header names a framework (known version or not), and if so whether it is ISO
/// 27001 (a source column) rather than another framework (a target column).
pub fn header_names_framework(text: &str) -> Option<bool> {
    let c = compact(text);
    let words = words(text);
    if c.contains("27001") || words.iter().any(|w| w == "iso") {
        return Some(true);
    }
    let other = [
        "soc2",
        "trustservices",
        "csf",
        "cybersecurityframework",
        "80053",
        "pcidss",
    ]
    .iter()
    .any(|f| c.contains(f))
        || words.iter().any(|w| w == "pci");
    other.then_some(false)
}

/// The identity record of a framework id: its name and version when known.
pub fn record(id: &str) -> FrameworkRecord {
    match KNOWN.iter().find(|k| k.id == id) {
        Some(known) => FrameworkRecord {
            id: known.id.to_owned(),
            name: known.name.to_owned(),
            version: Some(known.version.to_owned()),
            requirements: Vec::new(),
        },
        None => FrameworkRecord {
            id: id.to_owned(),
            name: id.to_owned(),
            ..FrameworkRecord::default()
        },
    }
}

/// An ISO/IEC 27001 reference as written, except that Annex A controls are spelled `A.5.1`
/// however spaced or dotted (`A5.1`, `a. 5.1`); clauses (`9.2`) and anything else stay.
pub fn iso_reference(reference: &str) -> String {
    let squeezed: String = reference.chars().filter(|c| !c.is_whitespace()).collect();
    let annex = squeezed
        .strip_prefix(['A', 'a'])
        .map(|rest| rest.strip_prefix('.').unwrap_or(rest))
        .filter(|number| {
            !number.is_empty()
                && number.split('.').all(|part| {
                    !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit())
                })
        });
    match annex {
        Some(number) => format!("A.{number}"),
        None => reference.trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> Option<&'static str> {
        identify(text).map(|k| k.id)
    }

    #[test]
    fn names_of_frameworks() {
        assert_eq!(id("ISO 27001"), Some(ISO));
        assert_eq!(id("ISO/IEC 27001:2022"), Some(ISO));
        assert_eq!(id("iso27001-2022"), Some(ISO));
        assert_eq!(id("ISO/IEC 27001:2013"), None);
        assert_eq!(id("SOC 2"), Some("soc2-2017"));
        assert_eq!(id("NIST CSF 2.0"), Some("nist-csf-2.0"));
        assert_eq!(id("CSF 2.0"), Some("nist-csf-2.0"));
        assert_eq!(id("nist-csf-2.0"), Some("nist-csf-2.0"));
        assert_eq!(id("NIST CSF"), None);
        assert_eq!(id("CSF 1.1"), None);
        assert_eq!(
            id("NIST Cybersecurity Framework Version 2.0"),
            Some("nist-csf-2.0")
        );
        assert_eq!(id("CSF v2.0"), Some("nist-csf-2.0"));
        assert_eq!(id("NIST SP 800-53 Revision 4"), None);
        assert_eq!(id("SP 800-53"), Some("nist-sp-800-53-rev5"));
        assert_eq!(id("NIST 800-53 Rev. 4"), None);
        assert_eq!(id("PCI DSS"), Some("pci-dss-4.0"));
        assert_eq!(id("PCI DSS 4.0"), Some("pci-dss-4.0"));
        assert_eq!(id("PCI DSS 3.2.1"), None);
        assert_eq!(id("Supervisor"), None);
    }

    #[test]
    fn framework_headers() {
        assert_eq!(header_names_framework("ISO Control"), Some(true));
        assert_eq!(header_names_framework("NIST CSF"), Some(false));
        assert_eq!(header_names_framework("SOC 2"), Some(false));
        assert_eq!(header_names_framework("Supervisor"), None);
        assert_eq!(header_names_framework("Relationship"), None);
    }

    #[test]
    fn iso_references() {
        assert_eq!(iso_reference("A5.1"), "A.5.1");
        assert_eq!(iso_reference(" a. 5 .15 "), "A.5.15");
        assert_eq!(iso_reference("A.8.8"), "A.8.8");
        assert_eq!(iso_reference("9.2"), "9.2");
        assert_eq!(iso_reference("Annex A"), "Annex A");
        assert_eq!(iso_reference("A.5.x"), "A.5.x");
    }
}
