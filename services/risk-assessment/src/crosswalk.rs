//! The mapping engine: for a requirement in any framework, the related requirements in every
//! other framework, directly and through pivot frameworks, with the relationship the path
//! composes to, the strength of its weakest hop, and the path itself.
//!
//! Mappings are usable both ways (read from the target's side, subset and superset swap). The
//! index lives in memory, one per organisation, and is rebuilt when its mapping sets change.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
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

#[derive(Debug, Clone)]
struct Node {
    framework: Arc<str>,
    reference: Arc<str>,
}

#[derive(Debug, Clone, Copy)]
struct Edge {
    to: usize,
    relationship: Relationship,
    strength: Option<u8>,
}

/// One hop of a path.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Hop {
    /// From this framework...
    #[schema(value_type = String)]
    pub from_framework: Arc<str>,
    /// ...and requirement.
    #[schema(value_type = String)]
    pub from: Arc<str>,
    /// To this framework...
    #[schema(value_type = String)]
    pub to_framework: Arc<str>,
    /// ...and requirement.
    #[schema(value_type = String)]
    pub to: Arc<str>,
    /// As the mapping states it, read in this direction.
    pub relationship: Relationship,
    /// As the mapping states it.
    pub strength: Option<u8>,
}

/// A related requirement in another framework.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Related {
    /// Its framework.
    #[schema(value_type = String)]
    pub framework: Arc<str>,
    /// Its reference.
    #[schema(value_type = String)]
    pub requirement: Arc<str>,
    /// What the path composes to.
    pub relationship: Relationship,
    /// The weakest hop's strength (none when no hop states one).
    pub strength: Option<u8>,
    /// Hops taken: 1 for a direct mapping.
    pub hops: usize,
    /// The path that produced this answer (the best one, when there are several).
    pub path: Vec<Hop>,
    /// How many paths lead here.
    pub paths: usize,
}

/// The mapping graph of one organisation.
#[derive(Debug, Default)]
pub struct Index {
    nodes: Vec<Node>,
    ids: HashMap<(String, String), usize>,
    edges: Vec<Vec<Edge>>,
    /// Each node's place in (framework, reference) order, so answers sort by number.
    order: Vec<usize>,
}

impl Index {
    /// Builds the graph: every mapping is an edge each way.
    pub fn build(mappings: &[StoredMapping]) -> Index {
        let mut index = Index::default();
        for m in mappings {
            let Some(relationship) = Relationship::parse(&m.relationship) else {
                continue;
            };
            let strength = m.strength.and_then(|s| u8::try_from(s).ok());
            let source = index.node(&m.source_framework, &m.source);
            let target = index.node(&m.target_framework, &m.target);
            index.add(source, target, relationship, strength);
            index.add(target, source, relationship.inverse(), strength);
        }
        let mut sorted: Vec<usize> = (0..index.nodes.len()).collect();
        sorted.sort_by(|a, b| {
            let (a, b) = (&index.nodes[*a], &index.nodes[*b]);
            (&a.framework, &a.reference).cmp(&(&b.framework, &b.reference))
        });
        index.order = vec![0; index.nodes.len()];
        for (place, node) in sorted.into_iter().enumerate() {
            index.order[node] = place;
        }
        index
    }

    fn node(&mut self, framework_id: &str, reference: &str) -> usize {
        let key = (framework_id.to_owned(), framework::key(reference));
        if let Some(id) = self.ids.get(&key) {
            return *id;
        }
        let id = self.nodes.len();
        self.nodes.push(Node {
            framework: Arc::from(framework_id),
            reference: Arc::from(reference.trim()),
        });
        self.edges.push(Vec::new());
        self.ids.insert(key, id);
        id
    }

    fn add(&mut self, from: usize, to: usize, relationship: Relationship, strength: Option<u8>) {
        let edges = &mut self.edges[from];
        // A file often states a pair in both directions; the better statement stands.
        match edges.iter_mut().find(|e| e.to == to) {
            Some(existing) if rank(relationship) < rank(existing.relationship) => {
                existing.relationship = relationship;
                existing.strength = strength;
            }
            Some(_) => {}
            None => edges.push(Edge {
                to,
                relationship,
                strength,
            }),
        }
    }

    /// Edges in the graph.
    pub fn edges(&self) -> usize {
        self.edges.iter().map(Vec::len).sum()
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
    ) -> Vec<Related> {
        let Some(&start) = self
            .ids
            .get(&(framework_id.to_owned(), framework::key(reference)))
        else {
            return Vec::new();
        };
        // Walks are kept in one arena as (node, parent) links, so extending a path allocates
        // nothing and a cycle check follows at most `max_hops` parents; only the best path to
        // each requirement is turned into an answer at the end.
        let mut arena = vec![Step {
            node: start,
            parent: usize::MAX,
            relationship: Relationship::Equal,
            strength: None,
            hops: 0,
            edge: None,
        }];
        let mut best: HashMap<usize, (usize, usize), BuildHasherDefault<NodeHasher>> =
            HashMap::default();
        let mut frontier = vec![0usize];
        for hop in 1..=max_hops {
            let mut next = Vec::new();
            for &walk in &frontier {
                let here = arena[walk];
                for edge in &self.edges[here.node] {
                    if on_path(&arena, walk, edge.to) {
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
                    let step = arena.len();
                    arena.push(Step {
                        node: edge.to,
                        parent: walk,
                        relationship,
                        strength,
                        hops: hop,
                        edge: Some(*edge),
                    });
                    let node = &self.nodes[edge.to];
                    if &*node.framework != framework_id && to.is_none_or(|t| t == &*node.framework)
                    {
                        best.entry(edge.to)
                            .and_modify(|(kept, paths)| {
                                *paths += 1;
                                if arena[step].better_than(&arena[*kept]) {
                                    *kept = step;
                                }
                            })
                            .or_insert((step, 1));
                    }
                    // Nothing lies beyond "not related".
                    if relationship != Relationship::NotRelated && hop < max_hops {
                        next.push(step);
                    }
                }
            }
            frontier = next;
        }
        let mut found: Vec<(usize, usize)> = best.into_values().collect();
        found.sort_by_key(|(step, _)| {
            let s = &arena[*step];
            (s.hops, rank(s.relationship), self.order[s.node])
        });
        found
            .into_iter()
            .map(|(step, paths)| self.answer(&arena, step, paths))
            .collect()
    }

    fn answer(&self, arena: &[Step], step: usize, paths: usize) -> Related {
        let end = arena[step];
        let mut path = Vec::with_capacity(end.hops);
        let mut at = step;
        while let Some(edge) = arena[at].edge {
            let from = &self.nodes[arena[arena[at].parent].node];
            let to = &self.nodes[edge.to];
            path.push(Hop {
                from_framework: from.framework.clone(),
                from: from.reference.clone(),
                to_framework: to.framework.clone(),
                to: to.reference.clone(),
                relationship: edge.relationship,
                strength: edge.strength,
            });
            at = arena[at].parent;
        }
        path.reverse();
        let node = &self.nodes[end.node];
        Related {
            framework: node.framework.clone(),
            requirement: node.reference.clone(),
            relationship: end.relationship,
            strength: end.strength,
            hops: end.hops,
            path,
            paths,
        }
    }
}

/// Node ids are small distinct integers: they need no hashing beyond themselves.
#[derive(Default)]
struct NodeHasher(u64);

impl std::hash::Hasher for NodeHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 << 8) | u64::from(*byte);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = n as u64;
    }
}

/// One step of a walk: where it is, how it got there, and what the path so far amounts to.
#[derive(Debug, Clone, Copy)]
struct Step {
    node: usize,
    parent: usize,
    relationship: Relationship,
    strength: Option<u8>,
    hops: usize,
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
fn on_path(arena: &[Step], mut step: usize, node: usize) -> bool {
    loop {
        if arena[step].node == node {
            return true;
        }
        if arena[step].parent == usize::MAX {
            return false;
        }
        step = arena[step].parent;
    }
}

type Cache = Mutex<HashMap<String, (String, Arc<Index>)>>;

/// The organisation's index, rebuilt when `version` (see
/// [`closeout_model::framework::mappings_version`]) differs from the one it was built at.
pub fn cached(
    organisation_id: &str,
    version: &str,
    load: impl FnOnce() -> Result<Vec<StoredMapping>, closeout_model::ModelError>,
) -> Result<Arc<Index>, closeout_model::ModelError> {
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
                    &*a.framework,
                    &*a.requirement,
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
                .all(|a| &*a.framework != "hipaa" && &*a.framework != "soc2")
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
            .find(|a| &*a.framework == "c")
            .expect("c reached");
        // Direct (related, 1 hop) beats the two-hop intersects; the other paths are counted.
        assert_eq!((c.hops, c.relationship), (1, Equal));
        assert!(c.paths >= 2);
        assert!(answers.iter().all(|a| &*a.framework != "a"));
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
        assert_eq!(&*answers[0].path[0].to, "A.5.1");
    }
}
