//! A framework library: the framework and its requirement tree.

use std::collections::HashMap;

use closeout_plugin_abi::{FrameworkRecord, RequirementRecord, Severity};

use crate::lines::Locator;
use crate::raw::{RawFramework, RawNode, Scalar, scalar};
use crate::reference::{framework_id, reference, split_requirement_urn};
use crate::{Context, issue};

/// One node as read, before it is placed in the tree.
struct Node {
    /// Lower-cased, for parent look-ups (urns are case-insensitive).
    urn: Option<String>,
    reference: String,
    title: Option<String>,
    parent_urn: Option<String>,
    /// Where it is, for messages.
    at: String,
    row: u32,
}

/// Reads `objects.framework`. `library_urn` names the framework when it has no urn itself.
pub fn read(
    framework: &RawFramework,
    library_urn: Option<&str>,
    library_name: Option<&str>,
    locator: &Locator,
    context: &mut Context,
) -> Option<FrameworkRecord> {
    let id = match scalar(&framework.urn)
        .text()
        .and_then(|urn| framework_id(&urn))
    {
        Some(id) => id,
        None => {
            // The library's urn ends in the same id (`urn:intuitem:risk:library:iso27001-2022`).
            let id = library_urn.and_then(framework_id);
            let message = match &id {
                Some(id) => format!("The framework has no urn; it is read as `{id}`, from the library's urn."),
                None => "The framework has no urn and the library none either, so it cannot be named; it was not imported.".to_string(),
            };
            let severity = if id.is_some() {
                Severity::Warning
            } else {
                Severity::Error
            };
            context.issues.push(issue(None, message, severity));
            id?
        }
    };
    let name = scalar(&framework.name)
        .text()
        .or_else(|| library_name.map(str::to_string))
        .unwrap_or_else(|| id.clone());

    let raw_nodes = framework.requirement_nodes.as_deref().unwrap_or_default();
    let raw_nodes = context.cap(raw_nodes, "requirement nodes");
    let nodes: Vec<Node> = raw_nodes
        .iter()
        .enumerate()
        .filter_map(|(index, raw)| read_node(&id, raw, index, locator, context))
        .collect();
    let requirements = place(nodes, context);
    context.logs.push(format!(
        "framework `{id}`: {} requirements",
        requirements.len()
    ));
    Some(FrameworkRecord {
        id,
        name,
        // The library's `version` counts its own revisions, not the framework's; the
        // framework's version is part of its id (`iso27001-2022`).
        version: None,
        requirements,
    })
}

fn read_node(
    framework: &str,
    raw: &RawNode,
    index: usize,
    locator: &Locator,
    context: &mut Context,
) -> Option<Node> {
    let at = locator.describe(index);
    let row = locator.row(index);
    let urn = scalar(&raw.urn).text();
    // The reference the urn implies, by the same rules as mappings use, so both agree.
    let from_urn = urn.as_deref().map(|urn| match split_requirement_urn(urn) {
        Some((_, segment)) => reference(framework, segment),
        None => urn.rsplit(':').next().unwrap_or(urn).to_string(),
    });
    let reference = match scalar(&raw.ref_id) {
        Scalar::Text(text) => Some(text),
        // YAML reads `ref_id: 4.10` as the number 4.1: the urn keeps the digits as written.
        Scalar::Number(number) => from_urn.or(Some(number)),
        Scalar::Missing | Scalar::NotScalar => from_urn,
    };
    let Some(reference) = reference else {
        context.issues.push(issue(
            Some(row),
            format!("The requirement node at {at} has neither a ref_id nor a urn; it was skipped."),
            Severity::Error,
        ));
        return None;
    };
    let title = scalar(&raw.name)
        .text()
        .or_else(|| scalar(&raw.description).text());
    let parent_urn = scalar(&raw.parent_urn).text();
    Some(Node {
        urn: urn.map(|urn| urn.to_ascii_lowercase()),
        reference,
        title,
        parent_urn: parent_urn.map(|urn| urn.to_ascii_lowercase()),
        at,
        row,
    })
}

/// Orders the nodes parents first (depth-first, siblings in file order, which is the file's
/// own order for a well-formed library) and computes depths from the tree, so that `parent`
/// and `depth` always agree. A node whose parent is missing, or that sits in a parent cycle,
/// becomes a top node, with a warning.
fn place(nodes: Vec<Node>, context: &mut Context) -> Vec<RequirementRecord> {
    let mut by_urn: HashMap<&str, usize> = HashMap::new();
    let mut duplicate = vec![false; nodes.len()];
    for (index, node) in nodes.iter().enumerate() {
        if let Some(urn) = node.urn.as_deref() {
            if by_urn.contains_key(urn) {
                duplicate[index] = true;
                context.issues.push(issue(
                    Some(node.row),
                    format!(
                        "The requirement node at {} repeats the urn `{urn}`; it was skipped.",
                        node.at
                    ),
                    Severity::Error,
                ));
            } else {
                by_urn.insert(urn, index);
            }
        }
    }

    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    for (index, node) in nodes.iter().enumerate() {
        if duplicate[index] {
            continue;
        }
        match node.parent_urn.as_deref() {
            None => roots.push(index),
            Some(parent) => match by_urn.get(parent) {
                Some(&parent) if parent != index => children[parent].push(index),
                _ => {
                    context.issues.push(issue(
                        Some(node.row),
                        format!(
                            "The parent `{parent}` of requirement `{}` ({}) is not in the file; it is read as a top-level requirement.",
                            node.reference, node.at
                        ),
                        Severity::Warning,
                    ));
                    roots.push(index);
                }
            },
        }
    }

    let mut placed = vec![false; nodes.len()];
    let mut records = Vec::with_capacity(nodes.len());
    for &root in &roots {
        visit(root, &nodes, &children, &mut placed, &mut records);
    }
    // What is left hangs off a parent cycle (a -> b -> a): break the cycle at its first node.
    for index in 0..nodes.len() {
        if !duplicate[index] && !placed[index] {
            context.issues.push(issue(
                Some(nodes[index].row),
                format!(
                    "Requirement `{}` ({}) is its own ancestor through parent_urn; it is read as a top-level requirement.",
                    nodes[index].reference, nodes[index].at
                ),
                Severity::Warning,
            ));
            visit(index, &nodes, &children, &mut placed, &mut records);
        }
    }
    records
}

/// Emits `start` as a top node and its subtree under it, depth first. Iterative: a hostile
/// file may chain thousands of nodes.
fn visit(
    start: usize,
    nodes: &[Node],
    children: &[Vec<usize>],
    placed: &mut [bool],
    records: &mut Vec<RequirementRecord>,
) {
    let mut stack = vec![(start, None::<usize>, 1u32)];
    while let Some((index, parent, depth)) = stack.pop() {
        if placed[index] {
            continue;
        }
        placed[index] = true;
        records.push(RequirementRecord {
            reference: nodes[index].reference.clone(),
            title: nodes[index].title.clone(),
            parent: parent.map(|parent| nodes[parent].reference.clone()),
            depth,
        });
        // Reversed, so that siblings come off the stack in file order.
        for &child in children[index].iter().rev() {
            stack.push((child, Some(index), depth.saturating_add(1)));
        }
    }
}
