//! The mapping engine: for a requirement in any framework, the related requirements in every
//! other framework, directly and through pivot frameworks, with the relationship the path
//! composes to, the strength of its weakest hop, and the path itself.
//!
//! Mappings are usable both ways (read from the target's side, subset and superset swap). The
//! index lives in memory, one per organisation, and is rebuilt when its mapping sets change.

use closeout_model::Scope;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use closeout_model::framework::{self, Relationship, StoredMapping};
use serde::Serialize;

/// What two hops in a row amount to. `None`: the path stops (a `not_related` hop says
/// nothing about what lies beyond it).
///
/// equal passes the other through; subset then subset is subset and superset then superset is
/// superset; anything through intersects is intersects; an untyped hop makes the result
/// untyped. Two requirements that both contain the pivot (superset then subset) intersect;
/// two that both sit inside it (subset then superset) may not overlap at all, so all the path
/// shows is that they are related.
pub fn compose(first: Relationship, then: Relationship) -> Option<Relationship> {
    use Relationship::*;
    Some(match (first, then) {
        (NotRelated, _) | (_, NotRelated) => return None,
        (Related, _) | (_, Related) => Related,
        (Equal, other) | (other, Equal) => other,
        (IntersectsWith, _) | (_, IntersectsWith) => IntersectsWith,
        (SubsetOf, SubsetOf) => SubsetOf,
        (SupersetOf, SupersetOf) => SupersetOf,
        (SupersetOf, SubsetOf) => IntersectsWith,
        (SubsetOf, SupersetOf) => Related,
    })
}

/// How good a relationship is as an answer: lower is better.
fn rank(relationship: Relationship) -> u8 {
    match relationship {
        Relationship::Equal => 0,
        Relationship::SubsetOf | Relationship::SupersetOf => 1,
        Relationship::IntersectsWith => 2,
        Relationship::Related => 3,
        Relationship::NotRelated => 4,
    }
}

/// A requirement in the graph; its framework is an index into `Index::frameworks`, so a walk
/// compares frameworks as integers.
#[derive(Debug)]
struct Node {
    framework: u32,
    reference: Box<str>,
}

#[derive(Debug, Clone, Copy)]
struct Edge {
    to: u32,
    /// `to`'s framework, kept here so a walk need not look the node up.
    framework: u32,
    relationship: Relationship,
    strength: Option<u8>,
}

/// One hop of a path. Answers borrow their strings from the index, so building thousands of
/// them copies no text.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Hop<'a> {
    /// From this framework...
    pub from_framework: &'a str,
    /// ...and requirement.
    pub from: &'a str,
    /// To this framework...
    pub to_framework: &'a str,
    /// ...and requirement.
    pub to: &'a str,
    /// As the mapping states it, read in this direction.
    pub relationship: Relationship,
    /// As the mapping states it.
    pub strength: Option<u8>,
}

/// A related requirement in another framework.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Related<'a> {
    /// Its framework.
    pub framework: &'a str,
    /// Its reference.
    pub requirement: &'a str,
    /// What the path composes to.
    pub relationship: Relationship,
    /// The weakest hop's strength (none when no hop states one).
    pub strength: Option<u8>,
    /// Hops taken: 1 for a direct mapping.
    pub hops: usize,
    /// The path that produced this answer (the best one, when there are several).
    pub path: Vec<Hop<'a>>,
    /// How many paths lead here.
    pub paths: usize,
}

/// The mapping graph of one organisation.
#[derive(Debug, Default)]
pub struct Index {
    frameworks: Vec<Box<str>>,
    nodes: Vec<Node>,
    ids: HashMap<(String, String), u32>,
    /// Every node's edges, one after another (node n's are `edges[starts[n]..starts[n + 1]]`):
    /// one array, so a walk does not chase a pointer per node.
    edges: Vec<Edge>,
    starts: Vec<u32>,
}

impl Index {
    /// Builds the graph: every mapping is an edge each way.
    pub fn build(mappings: &[StoredMapping]) -> Index {
        let mut index = Index::default();
        let mut adjacent: Vec<Vec<Edge>> = Vec::new();
        for m in mappings {
            let Some(relationship) = Relationship::parse(&m.relationship) else {
                continue;
            };
            let strength = m.strength.and_then(|s| u8::try_from(s).ok());
            let source = index.node(&m.source_framework, &m.source);
            let target = index.node(&m.target_framework, &m.target);
            adjacent.resize_with(index.nodes.len(), Vec::new);
            index.add(&mut adjacent, source, target, relationship, strength);
            index.add(
                &mut adjacent,
                target,
                source,
                relationship.inverse(),
                strength,
            );
        }
        // Number the nodes in (framework, reference) order: answers then sort by their node
        // number, and a framework's requirements sit together in memory.
        let mut sorted: Vec<usize> = (0..index.nodes.len()).collect();
        sorted.sort_by(|a, b| {
            let (a, b) = (&index.nodes[*a], &index.nodes[*b]);
            (&index.frameworks[a.framework as usize], &a.reference)
                .cmp(&(&index.frameworks[b.framework as usize], &b.reference))
        });
        let mut renumbered = vec![0u32; sorted.len()];
        for (place, old) in sorted.iter().enumerate() {
            renumbered[*old] = place as u32;
        }
        let mut nodes: Vec<Option<Node>> = std::mem::take(&mut index.nodes)
            .into_iter()
            .map(Some)
            .collect();
        index.starts.push(0);
        for old in sorted {
            index.nodes.extend(nodes[old].take());
            index.edges.extend(adjacent[old].iter().map(|edge| Edge {
                to: renumbered[edge.to as usize],
                ..*edge
            }));
            index.starts.push(index.edges.len() as u32);
        }
        for id in index.ids.values_mut() {
            *id = renumbered[*id as usize];
        }
        index
    }

    fn node(&mut self, framework_id: &str, reference: &str) -> u32 {
        let key = (framework_id.to_owned(), framework::key(reference));
        if let Some(id) = self.ids.get(&key) {
            return *id;
        }
        let framework = match self.framework(framework_id) {
            Some(n) => n,
            None => {
                self.frameworks.push(Box::from(framework_id));
                (self.frameworks.len() - 1) as u32
            }
        };
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            framework,
            reference: Box::from(reference.trim()),
        });
        self.ids.insert(key, id);
        id
    }

    fn framework(&self, framework_id: &str) -> Option<u32> {
        self.frameworks
            .iter()
            .position(|f| &**f == framework_id)
            .map(|n| n as u32)
    }

    fn add(
        &self,
        adjacent: &mut [Vec<Edge>],
        from: u32,
        to: u32,
        relationship: Relationship,
        strength: Option<u8>,
    ) {
        let framework = self.nodes[to as usize].framework;
        let edges = &mut adjacent[from as usize];
        // A file often states a pair in both directions; the better statement stands.
        match edges.iter_mut().find(|e| e.to == to) {
            Some(existing) if rank(relationship) < rank(existing.relationship) => {
                existing.relationship = relationship;
                existing.strength = strength;
            }
            Some(_) => {}
            None => edges.push(Edge {
                to,
                framework,
                relationship,
                strength,
            }),
        }
    }

    /// Edges in the graph.
    pub fn edges(&self) -> usize {
        self.edges.len()
    }

    /// Whether any mapping cites this requirement.
    pub fn knows(&self, framework_id: &str, reference: &str) -> bool {
        self.ids
            .contains_key(&(framework_id.to_owned(), framework::key(reference)))
    }

    /// The requirements related to `reference` of `framework_id` in other frameworks (only in
    /// `to` when given), through at most `max_hops` mappings, best answer per requirement,
    /// best first.
    pub fn map(
        &self,
        framework_id: &str,
        reference: &str,
        to: Option<&str>,
        max_hops: usize,
    ) -> Vec<Related<'_>> {
        let Some(&start) = self
            .ids
            .get(&(framework_id.to_owned(), framework::key(reference)))
        else {
            return Vec::new();
        };
        let from = self.nodes[start as usize].framework;
        let to = match to {
            None => None,
            Some(to) => match self.framework(to) {
                Some(n) => Some(n),
                None => return Vec::new(),
            },
        };
        // Walks are kept in one arena as (node, parent) links, so extending a path allocates
        // nothing and a cycle check follows at most `max_hops` parents; only the best path to
        // each requirement is turned into an answer at the end.
        let mut arena = Vec::with_capacity(1024);
        arena.push(Step {
            node: start,
            parent: u32::MAX,
            relationship: Relationship::Equal,
            strength: None,
            hops: 0,
            edge: None,
        });
        // The best step to each node found so far, with how many paths lead there.
        let mut found: Vec<(u32, u32)> = Vec::new();
        SEEN.with_borrow_mut(|seen| {
            let walk = seen.start(self.nodes.len());
            let mut frontier = vec![0u32];
            // Hops are counted in a byte; no question needs more than a handful.
            for hop in 1..=max_hops.min(usize::from(u8::MAX)) as u8 {
                let mut next = Vec::new();
                for &at in &frontier {
                    let here = arena[at as usize];
                    for edge in self.edges_of(here.node) {
                        if on_path(&arena, at, edge.to) {
                            continue;
                        }
                        let relationship = if hop == 1 {
                            Some(edge.relationship)
                        } else {
                            compose(here.relationship, edge.relationship)
                        };
                        let Some(relationship) = relationship else {
                            continue;
                        };
                        let strength = match (here.strength, edge.strength) {
                            (Some(a), Some(b)) => Some(a.min(b)),
                            (a, b) => a.or(b),
                        };
                        let step = arena.len() as u32;
                        arena.push(Step {
                            node: edge.to,
                            parent: at,
                            relationship,
                            strength,
                            hops: hop,
                            edge: Some(*edge),
                        });
                        if edge.framework != from && to.is_none_or(|t| t == edge.framework) {
                            let slot = &mut seen.slots[edge.to as usize];
                            if slot.0 == walk {
                                let (kept, paths) = &mut found[slot.1 as usize];
                                *paths += 1;
                                if arena[step as usize].better_than(&arena[*kept as usize]) {
                                    *kept = step;
                                }
                            } else {
                                *slot = (walk, found.len() as u32);
                                found.push((step, 1));
                            }
                        }
                        // Nothing lies beyond "not related".
                        if relationship != Relationship::NotRelated && usize::from(hop) < max_hops {
                            next.push(step);
                        }
                    }
                }
                frontier = next;
            }
        });
        // One integer per answer orders them: hops, then relationship, then by number.
        let mut found: Vec<(u64, u32, u32)> = found
            .into_iter()
            .map(|(step, paths)| {
                let s = &arena[step as usize];
                let key = (u64::from(s.hops) << 40)
                    | (u64::from(rank(s.relationship)) << 32)
                    | u64::from(s.node);
                (key, step, paths)
            })
            .collect();
        found.sort_unstable_by_key(|(key, _, _)| *key);
        found
            .into_iter()
            .map(|(_, step, paths)| self.answer(&arena, step, paths))
            .collect()
    }

    fn edges_of(&self, node: u32) -> &[Edge] {
        let node = node as usize;
        &self.edges[self.starts[node] as usize..self.starts[node + 1] as usize]
    }

    fn requirement(&self, node: u32) -> (&str, &str) {
        let node = &self.nodes[node as usize];
        (&self.frameworks[node.framework as usize], &node.reference)
    }

    fn answer(&self, arena: &[Step], step: u32, paths: u32) -> Related<'_> {
        let end = arena[step as usize];
        let mut path = Vec::with_capacity(usize::from(end.hops));
        let mut at = step as usize;
        while let Some(edge) = arena[at].edge {
            let parent = arena[at].parent as usize;
            let (from_framework, from) = self.requirement(arena[parent].node);
            let (to_framework, to) = self.requirement(edge.to);
            path.push(Hop {
                from_framework,
                from,
                to_framework,
                to,
                relationship: edge.relationship,
                strength: edge.strength,
            });
            at = parent;
        }
        path.reverse();
        let (framework, requirement) = self.requirement(end.node);
        Related {
            framework,
            requirement,
            relationship: end.relationship,
            strength: end.strength,
            hops: usize::from(end.hops),
            path,
            paths: paths as usize,
        }
    }
}

/// For each node, where the current walk keeps its best answer. One per thread, reused by every
/// walk and stamped with the walk's number, so a walk neither allocates nor clears it and
/// finds a node's answer by indexing instead of hashing.
struct Seen {
    walk: u32,
    /// Per node: the walk that last reached it, and the place of its answer in that walk.
    slots: Vec<(u32, u32)>,
}

impl Seen {
    /// Starts a walk over a graph of `nodes` nodes; returns its stamp.
    fn start(&mut self, nodes: usize) -> u32 {
        if self.slots.len() < nodes {
            self.slots.resize(nodes, (0, 0));
        }
        self.walk = self.walk.wrapping_add(1);
        if self.walk == 0 {
            // Four billion walks later, old stamps could be mistaken for this one.
            self.slots.fill((0, 0));
            self.walk = 1;
        }
        self.walk
    }
}

thread_local! {
    static SEEN: std::cell::RefCell<Seen> = const {
        std::cell::RefCell::new(Seen { walk: 0, slots: Vec::new() })
    };
}

/// One step of a walk: where it is, how it got there, and what the path so far amounts to.
#[derive(Debug, Clone, Copy)]
struct Step {
    node: u32,
    parent: u32,
    relationship: Relationship,
    strength: Option<u8>,
    hops: u8,
    edge: Option<Edge>,
}

impl Step {
    /// Fewer hops first, then the firmer relationship, then the stronger path.
    fn better_than(&self, other: &Step) -> bool {
        (
            self.hops,
            rank(self.relationship),
            std::cmp::Reverse(self.strength),
        ) < (
            other.hops,
            rank(other.relationship),
            std::cmp::Reverse(other.strength),
        )
    }
}

/// Whether `node` is already on the walk ending at `step`.
fn on_path(arena: &[Step], mut step: u32, node: u32) -> bool {
    loop {
        let here = &arena[step as usize];
        if here.node == node {
            return true;
        }
        if here.parent == u32::MAX {
            return false;
        }
        step = here.parent;
    }
}

type Cache = Mutex<HashMap<String, (String, Arc<Index>)>>;

/// The organisation's index, rebuilt when `version` (see
/// [`closeout_model::framework::mappings_version`]) differs from the one it was built at.
pub fn cached(
    scope: &Scope,
    version: &str,
    load: impl FnOnce() -> Result<Vec<StoredMapping>, closeout_model::ModelError>,
) -> Result<Arc<Index>, closeout_model::ModelError> {
    let organisation_id = scope.organisation_id();
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some((built_at, index)) = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .get(organisation_id)
        && built_at == version
    {
        return Ok(index.clone());
    }
    let index = Arc::new(Index::build(&load()?));
    cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(
            organisation_id.to_owned(),
            (version.to_owned(), index.clone()),
        );
    Ok(index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Relationship::*;

    fn mapping(
        source: (&str, &str),
        target: (&str, &str),
        relationship: &str,
        strength: Option<i32>,
    ) -> StoredMapping {
        StoredMapping {
            mapping_set_id: "s".into(),
            source_framework: source.0.into(),
            source: source.1.into(),
            target_framework: target.0.into(),
            target: target.1.into(),
            relationship: relationship.into(),
            rationale: None,
            strength,
        }
    }

    #[test]
    fn composition_follows_the_set_rules() {
        assert_eq!(compose(Equal, Equal), Some(Equal));
        assert_eq!(compose(SubsetOf, SubsetOf), Some(SubsetOf));
        assert_eq!(compose(SupersetOf, SupersetOf), Some(SupersetOf));
        assert_eq!(compose(Equal, SubsetOf), Some(SubsetOf));
        assert_eq!(compose(SupersetOf, Equal), Some(SupersetOf));
        for other in [Equal, SubsetOf, SupersetOf, IntersectsWith] {
            assert_eq!(compose(IntersectsWith, other), Some(IntersectsWith));
            assert_eq!(compose(other, IntersectsWith), Some(IntersectsWith));
            assert_eq!(compose(Related, other), Some(Related));
            assert_eq!(compose(other, Related), Some(Related));
            assert_eq!(compose(NotRelated, other), None);
            assert_eq!(compose(other, NotRelated), None);
        }
        assert_eq!(compose(SupersetOf, SubsetOf), Some(IntersectsWith));
        assert_eq!(compose(SubsetOf, SupersetOf), Some(Related));
    }

    #[test]
    fn paths_through_pivots_compose_keep_the_weakest_strength_and_both_directions() {
        // iso A.5.1 == scf GOV-01 (strength 9), pci 12.1 is a subset of scf GOV-01 (strength 6),
        // so from ISO, PCI 12.1 is reached through SCF: equal then superset = superset, strength 6.
        let index = Index::build(&[
            mapping(("iso", "A.5.1"), ("scf", "GOV-01"), "equal", Some(9)),
            mapping(("pci", "12.1"), ("scf", "GOV-01"), "subset", Some(6)),
            mapping(("scf", "GOV-01"), ("soc2", "CC1.1"), "not_related", None),
            mapping(("soc2", "CC1.1"), ("hipaa", "164.308"), "equal", None),
        ]);
        let answers = index.map("iso", "a.5.1", None, 2);
        let found: Vec<(&str, &str, Relationship, Option<u8>, usize)> = answers
            .iter()
            .map(|a| {
                (
                    a.framework,
                    a.requirement,
                    a.relationship,
                    a.strength,
                    a.hops,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("scf", "GOV-01", Equal, Some(9), 1),
                ("pci", "12.1", SupersetOf, Some(6), 2),
            ]
        );
        assert_eq!(answers[1].path.len(), 2);
        assert_eq!(answers[1].path[1].relationship, SupersetOf);
        // Not related stops the path: neither SOC 2 nor what lies beyond it is reached, even
        // with more hops; from SCF itself, the direct statement is an answer.
        assert!(
            index
                .map("iso", "A.5.1", None, 4)
                .iter()
                .all(|a| a.framework != "hipaa" && a.framework != "soc2")
        );
        let direct = index.map("scf", "GOV-01", Some("soc2"), 2);
        assert_eq!(direct[0].relationship, NotRelated);
        // One hop: only the direct mapping; `to` filters by framework.
        assert_eq!(index.map("iso", "A.5.1", None, 1).len(), 1);
        assert_eq!(index.map("iso", "A.5.1", Some("pci"), 2).len(), 1);
        // From the other end, the same mapping reads the other way.
        let back = index.map("pci", "12.1", Some("iso"), 2);
        assert_eq!(back[0].relationship, SubsetOf);
    }

    #[test]
    fn cycles_end_and_the_best_of_several_paths_is_kept() {
        let index = Index::build(&[
            mapping(("a", "1"), ("b", "1"), "intersect", Some(5)),
            mapping(("b", "1"), ("c", "1"), "equal", Some(8)),
            mapping(("c", "1"), ("a", "1"), "equal", Some(8)),
            mapping(("a", "1"), ("c", "1"), "related", None),
        ]);
        let answers = index.map("a", "1", None, 5);
        let c = answers
            .iter()
            .find(|a| a.framework == "c")
            .expect("c reached");
        // Direct (related, 1 hop) beats the two-hop intersects; the other paths are counted.
        assert_eq!((c.hops, c.relationship), (1, Equal));
        assert!(c.paths >= 2);
        assert!(answers.iter().all(|a| a.framework != "a"));
    }

    #[test]
    fn untyped_hops_make_untyped_answers() {
        let index = Index::build(&[
            mapping(("csf", "GV.OC-01"), ("iso", "A.5.1"), "related", None),
            mapping(("iso", "A.5.1"), ("nist", "AC-1"), "intersect", None),
        ]);
        let answers = index.map("csf", "GV.OC-01", Some("nist"), 2);
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0].relationship, Related);
        assert_eq!(answers[0].path[0].to, "A.5.1");
    }
}
