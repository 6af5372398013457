//! Reading grades as auditors write them.

use std::collections::BTreeMap;

/// How a grade was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GradeReading {
    /// An ISO grade or one of its synonyms ("Major NC", "Cat 2", "NCMin", "OFI").
    Grade(&'static str),
    /// A severity scale value mapped by the default rule (Critical/High/Medium/Low).
    Severity(&'static str),
    /// Mapped by the import's `grades` option.
    Override(String),
}

impl GradeReading {
    /// The grade name.
    pub fn grade(&self) -> &str {
        match self {
            GradeReading::Grade(g) | GradeReading::Severity(g) => g,
            GradeReading::Override(g) => g,
        }
    }
}

/// The default rule for severity scales, reported with every import that used it.
pub const SEVERITY_RULE: &str = "severity values are not ISO grades; mapped by the rule \
    Critical and High -> major, Medium -> minor, Low -> ofi (set the `grades` option to map them otherwise)";

fn key(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "major",
        &[
            "major",
            "major nc",
            "major ncs",
            "major non conformity",
            "major nonconformity",
            "major nonconformities",
            "major non conformance",
            "cat 1",
            "cat1",
            "category 1",
            "category i",
            "ncmaj",
            "nc maj",
            "maj",
            "nc major",
            "major finding",
        ],
    ),
    (
        "minor",
        &[
            "minor",
            "minor nc",
            "minor ncs",
            "minor non conformity",
            "minor nonconformity",
            "minor nonconformities",
            "minor non conformance",
            "cat 2",
            "cat2",
            "category 2",
            "category ii",
            "ncmin",
            "nc min",
            "min",
            "nc minor",
            "minor finding",
        ],
    ),
    (
        "ofi",
        &[
            "ofi",
            "ofis",
            "opportunity for improvement",
            "opportunities for improvement",
            "improvement opportunity",
            "opportunity",
            "improvement",
            "recommendation",
        ],
    ),
    (
        "observation",
        &[
            "observation",
            "observations",
            "obs",
            "area of concern",
            "areas of concern",
            "aoc",
            "concern",
            "note",
        ],
    ),
];

const SEVERITIES: &[(&str, &str)] = &[
    ("critical", "major"),
    ("very high", "major"),
    ("high", "major"),
    ("medium", "minor"),
    ("moderate", "minor"),
    ("low", "ofi"),
    ("very low", "ofi"),
    ("informational", "observation"),
    ("info", "observation"),
];

/// Reads a grade cell. `overrides` maps cell values (case-insensitive) to grades.
pub fn read(text: &str, overrides: &BTreeMap<String, String>) -> Result<GradeReading, String> {
    let wanted = key(text);
    if let Some((_, grade)) = overrides.iter().find(|(from, _)| key(from) == wanted) {
        return match key(grade).as_str() {
            g @ ("major" | "minor" | "ofi" | "observation") => {
                Ok(GradeReading::Override(g.to_owned()))
            }
            _ => Err(format!(
                "the `grades` option maps `{text}` to `{grade}`, which is not major, minor, ofi or observation"
            )),
        };
    }
    for (grade, synonyms) in SYNONYMS {
        if synonyms.contains(&wanted.as_str()) {
            return Ok(GradeReading::Grade(grade));
        }
    }
    if let Some((_, grade)) = SEVERITIES.iter().find(|(s, _)| *s == wanted) {
        return Ok(GradeReading::Severity(grade));
    }
    Err(format!(
        "`{}` is not a grade (major, minor, OFI, observation or a synonym such as Cat 1, NCMin); map it with the `grades` option",
        text.trim()
    ))
}

/// Finds a grade named in free text (a section title, a sheet name, a description), or none
/// when the text names no grade or more than one.
pub fn named_in(text: &str) -> Option<&'static str> {
    let text = format!(" {} ", key(text));
    let mut found = None;
    for (grade, synonyms) in SYNONYMS {
        // Short synonyms ("min", "obs", "note") are too common inside sentences.
        if synonyms
            .iter()
            .filter(|s| s.len() > 4 || s.starts_with("ofi") || s.starts_with("nc"))
            .any(|s| text.contains(&format!(" {s} ")))
        {
            if found.is_some_and(|g| g != *grade) {
                return None;
            }
            found = Some(*grade);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_from_real_reports() {
        let none = BTreeMap::new();
        for (text, grade) in [
            ("Major NC", "major"),
            ("Cat 1", "major"),
            ("NCMaj", "major"),
            ("Category 1", "major"),
            ("Minor", "minor"),
            ("Cat 2", "minor"),
            ("NC-Min", "minor"),
            ("minor non-conformity", "minor"),
            ("OFI", "ofi"),
            ("Opportunity for Improvement", "ofi"),
            ("Observation", "observation"),
            ("Area of Concern", "observation"),
        ] {
            assert_eq!(
                read(text, &none).map(|r| r.grade().to_owned()),
                Ok(grade.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn severity_scales_map_by_the_reported_rule_or_the_override() {
        let none = BTreeMap::new();
        assert_eq!(read("Critical", &none), Ok(GradeReading::Severity("major")));
        assert_eq!(read(" Medium ", &none), Ok(GradeReading::Severity("minor")));
        let overrides = BTreeMap::from([("High".to_owned(), "minor".to_owned())]);
        assert_eq!(
            read("high", &overrides),
            Ok(GradeReading::Override("minor".into()))
        );
        assert!(read("Cat 9", &none).is_err());
    }

    #[test]
    fn grades_named_in_titles_and_descriptions() {
        assert_eq!(named_in("Minor nonconformities"), Some("minor"));
        assert_eq!(named_in("OFIs"), Some("ofi"));
        assert_eq!(
            named_in("A major nonconformity was raised because..."),
            Some("major")
        );
        assert_eq!(named_in("Summary"), None);
        assert_eq!(named_in("Major and minor NCs"), None);
    }
}
