//! A mapping library: requirement mapping sets between two frameworks.

use crate::raw::Value;
use closeout_plugin_abi::{MappingRecord, MappingSetRecord, Severity};

use crate::lines::Locator;
use crate::raw::{RawMapping, RawMappingSet, Scalar, scalar};
use crate::reference::{framework_id, reference, split_requirement_urn};
use crate::{Context, issue};

/// The relationships CISO Assistant (and NIST OLIR) define; passed through as written.
const RELATIONSHIPS: [&str; 5] = ["equal", "subset", "superset", "intersect", "not_related"];

/// Strength of relationship runs from 0 to 10.
const MAX_STRENGTH: u8 = 10;

/// Reads one set. `number` is its 1-based position, for messages. `None` (with an error
/// issue) when the set does not say which frameworks it maps.
pub fn read_set(
    set: &RawMappingSet,
    number: usize,
    licence: Option<&str>,
    locator: &Locator,
    context: &mut Context,
) -> Option<MappingSetRecord> {
    let name = match scalar(&set.urn).text() {
        Some(urn) => format!("mapping set {number} (`{urn}`)"),
        None => format!("mapping set {number}"),
    };
    let source = framework(&set.source_framework_urn, "source", &name, context);
    let target = framework(&set.target_framework_urn, "target", &name, context);
    let (source_framework, target_framework) = (source?, target?);

    let raw_mappings = set.requirement_mappings.as_deref().unwrap_or_default();
    let raw_mappings = context.cap(raw_mappings, "mappings in one set");
    let mut mappings = Vec::with_capacity(raw_mappings.len());
    for (index, raw) in raw_mappings.iter().enumerate() {
        let row = Row {
            row: locator.row(index),
            at: format!("{name}, {}", locator.describe(index)),
        };
        if let Some(mapping) =
            read_mapping(raw, &source_framework, &target_framework, &row, context)
        {
            mappings.push(mapping);
        }
    }
    context.logs.push(format!(
        "{name}: {source_framework} -> {target_framework}, {} of {} mappings read",
        mappings.len(),
        raw_mappings.len()
    ));
    Some(MappingSetRecord {
        source_framework,
        target_framework,
        licence: licence.map(str::to_string),
        mappings,
    })
}

/// Where a mapping is, for its record and messages.
struct Row {
    row: u32,
    at: String,
}

/// The id of a set's source or target framework; an error issue when it is missing.
fn framework(urn: &Option<Value>, side: &str, set: &str, context: &mut Context) -> Option<String> {
    let id = scalar(urn).text().and_then(|urn| framework_id(&urn));
    if id.is_none() {
        context.issues.push(issue(
            None,
            format!("The {set} has no {side}_framework_urn; the set was not imported."),
            Severity::Error,
        ));
    }
    id
}

fn read_mapping(
    raw: &RawMapping,
    source_framework: &str,
    target_framework: &str,
    row: &Row,
    context: &mut Context,
) -> Option<MappingRecord> {
    let source = requirement(
        &raw.source_requirement_urn,
        "source",
        source_framework,
        row,
        context,
    );
    let target = requirement(
        &raw.target_requirement_urn,
        "target",
        target_framework,
        row,
        context,
    );
    let relationship = relationship(&raw.relationship, row, context);
    let (source, target, relationship) = (source?, target?, relationship?);
    Some(MappingRecord {
        source,
        target,
        relationship,
        rationale: text(&raw.rationale, "rationale", row, context),
        strength: strength(&raw.strength_of_relationship, row, context),
        annotation: text(&raw.annotation, "annotation", row, context),
        row: Some(row.row),
    })
}

/// The reference of a mapping's source or target, which must belong to that side's framework.
fn requirement(
    urn: &Option<Value>,
    side: &str,
    framework: &str,
    row: &Row,
    context: &mut Context,
) -> Option<String> {
    let problem = match scalar(urn) {
        Scalar::Text(urn) => match split_requirement_urn(&urn) {
            Some((found, segment)) if found == framework => {
                return Some(reference(framework, segment));
            }
            Some((found, _)) => format!(
                "its {side} `{urn}` belongs to `{found}`, not to the set's {side} framework `{framework}`"
            ),
            None => format!(
                "its {side} `{urn}` is not a requirement urn (`...:req_node:<framework>:<id>`)"
            ),
        },
        Scalar::Missing => format!("it has no {side}_requirement_urn"),
        Scalar::Number(_) | Scalar::NotScalar => {
            format!("its {side}_requirement_urn is not a urn")
        }
    };
    skip(row, &problem, context);
    None
}

/// The relationship: one of [`RELATIONSHIPS`], or `related` when the file gives none.
fn relationship(value: &Option<Value>, row: &Row, context: &mut Context) -> Option<String> {
    match scalar(value) {
        Scalar::Missing => Some("related".to_string()),
        Scalar::Text(text) => {
            let lower = text.to_ascii_lowercase();
            if RELATIONSHIPS.contains(&lower.as_str()) {
                Some(lower)
            } else {
                skip(
                    row,
                    &format!(
                        "its relationship `{text}` is not one of {}",
                        RELATIONSHIPS.join(", ")
                    ),
                    context,
                );
                None
            }
        }
        Scalar::Number(_) | Scalar::NotScalar => {
            skip(row, "its relationship is not a word", context);
            None
        }
    }
}

/// Strength of relationship, 0-10; anything else is dropped with a warning.
fn strength(value: &Option<Value>, row: &Row, context: &mut Context) -> Option<u8> {
    let written = match scalar(value) {
        Scalar::Missing => return None,
        Scalar::Text(text) | Scalar::Number(text) => text,
        Scalar::NotScalar => "(not a number)".to_string(),
    };
    match written.parse::<u8>() {
        Ok(strength) if strength <= MAX_STRENGTH => Some(strength),
        _ => {
            context.issues.push(issue(
                Some(row.row),
                format!(
                    "The mapping at {} has strength_of_relationship `{written}`, not a whole number from 0 to {MAX_STRENGTH}; the mapping was imported without a strength.",
                    row.at
                ),
                Severity::Warning,
            ));
            None
        }
    }
}

/// Free text (rationale, annotation); a list or mapping there is dropped with a warning.
fn text(value: &Option<Value>, field: &str, row: &Row, context: &mut Context) -> Option<String> {
    match scalar(value) {
        Scalar::NotScalar => {
            context.issues.push(issue(
                Some(row.row),
                format!(
                    "The mapping at {} has a {field} that is not text; the mapping was imported without it.",
                    row.at
                ),
                Severity::Warning,
            ));
            None
        }
        other => other.text(),
    }
}

/// Records why a mapping was skipped.
fn skip(row: &Row, problem: &str, context: &mut Context) {
    context.issues.push(issue(
        Some(row.row),
        format!("The mapping at {} was skipped: {problem}.", row.at),
        Severity::Error,
    ));
}
