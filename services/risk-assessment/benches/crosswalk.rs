//! Benchmark: the mapping engine with 200,000 mapping edges across 10 frameworks (2-hop `map`
//! queries from memory, and a full coverage report), and importing CISO Assistant's SP 800-53
//! mapping file over HTTP into a real server on SQLite. Prints figures; asserts nothing.
//!
//! Run: `cargo bench -p closeout-risk-assessment --bench crosswalk`
//! Targets (issue 6): a 2-hop map query p99 under 1 ms; a full coverage report under 1 s; the
//! SP 800-53 mapping file imported in under 1 s.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use closeout_model::catalog::{Catalog, Requirement, RequirementKind};
use closeout_model::framework::{FrameworkRequirement, ISO, StoredMapping};
use closeout_model::soa::{Implementation, Statement};
use closeout_risk_assessment::coverage::{self, Programme};
use closeout_risk_assessment::crosswalk::Index;

const FRAMEWORKS: usize = 10;
const EDGES: usize = 200_000;
const PER_FRAMEWORK: usize = 10_000;
const QUERIES: usize = 5_000;
const WARM_UP: usize = 500;

/// A small deterministic generator, so every run measures the same graph.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below
    }
}

fn framework(n: usize) -> String {
    if n == 0 {
        ISO.to_owned()
    } else {
        format!("framework-{n}")
    }
}

fn reference(framework: usize, n: usize) -> String {
    if framework == 0 {
        // The 93 Annex A controls, cycled.
        let controls = [(5, 37), (6, 8), (7, 14), (8, 34)];
        let mut left = n % 93;
        for (theme, count) in controls {
            if left < count {
                return format!("A.{theme}.{}", left + 1);
            }
            left -= count;
        }
        "A.5.1".to_owned()
    } else {
        format!("R-{n:05}")
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index].as_secs_f64() * 1_000_000.0
}

fn main() {
    let mut random = Lcg(20261126);
    let relationships = [
        "equal",
        "subset",
        "superset",
        "intersect",
        "related",
        "not_related",
    ];
    // Shaped like real crosswalks: nine frameworks of 10,000 requirements, each requirement
    // mapped to one ISO/IEC 27001:2022 control (the pivot; its 93 controls become hubs of about
    // 1,000 mappings each) and, for the rest of the 200,000, to requirements of another
    // framework.
    let mappings: Vec<StoredMapping> = (0..EDGES)
        .map(|n| {
            let source = 1 + n % (FRAMEWORKS - 1);
            let to_iso = n < (FRAMEWORKS - 1) * PER_FRAMEWORK;
            let target = if to_iso {
                0
            } else {
                1 + random.next(FRAMEWORKS - 1)
            };
            let source_ref = if to_iso {
                n / (FRAMEWORKS - 1)
            } else {
                random.next(PER_FRAMEWORK)
            };
            StoredMapping {
                mapping_set_id: "bench".into(),
                source_framework: framework(source),
                source: reference(source, source_ref),
                target_framework: framework(target),
                target: reference(target, random.next(PER_FRAMEWORK)),
                relationship: relationships[random.next(relationships.len())].into(),
                rationale: None,
                strength: Some(random.next(11) as i32),
            }
        })
        .collect();
    let started = Instant::now();
    let index = Index::build(&mappings);
    println!(
        "crosswalk benchmark: {EDGES} mappings across {FRAMEWORKS} frameworks ({} directed edges), index built in {:.0} ms",
        index.edges(),
        started.elapsed().as_secs_f64() * 1000.0
    );

    for (label, from_iso) in [
        ("from a requirement of another framework", false),
        ("from an ISO control (a hub)", true),
    ] {
        let mut timings = Vec::with_capacity(QUERIES);
        let mut answers = 0;
        // Warm up first (caches, the allocator, the walk's per-thread table); not measured.
        for n in 0..WARM_UP {
            let f = if from_iso {
                0
            } else {
                1 + n % (FRAMEWORKS - 1)
            };
            index.map(&framework(f), &reference(f, n), None, 2);
        }
        for _ in 0..QUERIES {
            let f = if from_iso {
                0
            } else {
                1 + random.next(FRAMEWORKS - 1)
            };
            let r = reference(f, random.next(PER_FRAMEWORK));
            let started = Instant::now();
            answers += index.map(&framework(f), &r, None, 2).len();
            timings.push(started.elapsed());
        }
        timings.sort();
        println!(
            "  map, 2 hops, from memory, {label}: p50 {:.0} us, p99 {:.0} us, max {:.0} us ({:.0} answers a query)",
            percentile(&timings, 0.50),
            percentile(&timings, 0.99),
            percentile(&timings, 1.0),
            answers as f64 / QUERIES as f64
        );
    }

    let catalog = Catalog::new(
        (0..93)
            .map(|n| Requirement {
                id: reference(0, n),
                kind: RequirementKind::Control,
                title: reference(0, n),
                theme: None,
                parent_id: None,
            })
            .collect(),
        Vec::new(),
    );
    let statuses = [
        Implementation::Implemented,
        Implementation::PartiallyImplemented,
        Implementation::Planned,
        Implementation::NotImplemented,
    ];
    let soa: HashMap<String, Statement> = (0..93)
        .map(|n| {
            (
                reference(0, n),
                Statement {
                    applicable: Some(n % 10 != 0),
                    partial: false,
                    justification: None,
                    status: Some(statuses[n % statuses.len()]),
                },
            )
        })
        .collect();
    let open = HashMap::new();
    let programme = Programme {
        catalog: &catalog,
        soa: &soa,
        open: &open,
    };
    let requirements: Vec<FrameworkRequirement> = (0..PER_FRAMEWORK)
        .map(|n| FrameworkRequirement {
            reference: reference(1, n),
            title: Some(format!("Requirement {n}")),
            parent: None,
            depth: 1,
        })
        .collect();
    let started = Instant::now();
    let report = coverage::coverage(&framework(1), &requirements, &index, &programme, 2);
    let json = serde_json::to_vec(&report).map(|b| b.len()).unwrap_or(0);
    println!(
        "  coverage of a {PER_FRAMEWORK}-requirement framework: {:.0} ms ({} full, {} partial, {} none, {} gaps; {} KB of JSON)",
        started.elapsed().as_secs_f64() * 1000.0,
        report.summary.full,
        report.summary.partial,
        report.summary.none,
        report.summary.gaps,
        json / 1024
    );

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let app = closeout_testing::spawn_app(&[closeout_intake::service()]).await;
        let file = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml"
        ))
        .expect("the SP 800-53 mapping file");
        let size = file.len();
        let started = Instant::now();
        let response = app.upload_crosswalk("", "mapping.yaml", file, None).await;
        let elapsed = started.elapsed();
        let status = response.status();
        let body: serde_json::Value = response.json().await.unwrap_or_default();
        println!(
            "  import of the SP 800-53 <-> ISO mapping file ({} KB, {} mappings) over HTTP on SQLite: {:.0} ms ({status})",
            size / 1024,
            body["mappings_created"],
            elapsed.as_secs_f64() * 1000.0
        );
    });
}
