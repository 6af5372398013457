//! Prometheus metrics: requests and their latency by route template, imports, the outbox's
//! lag, emails sent and failed, kept answers served and computed, and the database pool, in the text exposition format.
//!
//! One registry per process (what Prometheus scrapes is a process). Recording is a short
//! mutex hold per request; nothing here reads the database except the pool's own counters.
//! Served at `/metrics` on a listener of its own (`CLOSEOUT_METRICS_BIND`), so that the public
//! ingress never exposes it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// A latency histogram.
#[derive(Debug, Default, Clone)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        for (bound, count) in BUCKETS.iter().zip(self.counts.iter_mut()) {
            if seconds <= *bound {
                *count += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }

    fn write(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (bound, count) in BUCKETS.iter().zip(self.counts.iter()) {
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let braces = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let _ = writeln!(out, "{name}_sum{braces} {}", self.sum);
        let _ = writeln!(out, "{name}_count{braces} {}", self.count);
    }
}

#[derive(Debug, Default)]
struct Registry {
    /// (method, route template, status) to count.
    requests: BTreeMap<(String, String, u16), u64>,
    /// Route template to latency.
    latency: BTreeMap<String, Histogram>,
    import_rows: u64,
    imports: Histogram,
    emails_sent: u64,
    emails_failed: u64,
    outbox_lag_seconds: f64,
    kept_served: u64,
    kept_computed: u64,
}

fn registry() -> &'static Mutex<Registry> {
    static REGISTRY: OnceLock<Mutex<Registry>> = OnceLock::new();
    REGISTRY.get_or_init(Mutex::default)
}

fn with(f: impl FnOnce(&mut Registry)) {
    // A panic while recording leaves counts that are still counts: keep going.
    let mut registry = registry()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut registry);
}

/// Records one answered request. `route` is the route template (`/api/v1/findings/{id}`), or
/// `unmatched` for a path no route knows, so that ids and probes never make new series.
pub fn request(method: &str, route: Option<&str>, status: u16, took: Duration) {
    let route = route.unwrap_or("unmatched").to_owned();
    with(|r| {
        *r.requests
            .entry((method.to_owned(), route.clone(), status))
            .or_default() += 1;
        r.latency
            .entry(route)
            .or_default()
            .observe(took.as_secs_f64());
    });
}

/// Records one import that wrote `rows` findings.
pub fn import(rows: usize, took: Duration) {
    with(|r| {
        r.import_rows += rows as u64;
        r.imports.observe(took.as_secs_f64());
    });
}

/// Records emails handed to the mail server, and those it refused or that could not be sent.
pub fn emails(sent: usize, failed: usize) {
    with(|r| {
        r.emails_sent += sent as u64;
        r.emails_failed += failed as u64;
    });
}

/// Records how long the oldest event handled in the last pass waited in the outbox.
pub fn outbox_lag(lag: Duration) {
    with(|r| r.outbox_lag_seconds = lag.as_secs_f64());
}

/// Records an answer that could be kept: served from those kept, or computed.
pub fn kept_answer(served: bool) {
    with(|r| {
        if served {
            r.kept_served += 1;
        } else {
            r.kept_computed += 1;
        }
    });
}

/// The database pool's state when scraped.
#[derive(Debug, Clone, Copy)]
pub struct Pool {
    /// Connections open.
    pub connections: u32,
    /// Of those, idle.
    pub idle: u32,
    /// The most it opens.
    pub max: u32,
}

/// Escapes a label value.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// One line per value of a series split by one label: `name{label="value"} count`.
fn by_label(out: &mut String, name: &str, label: &str, values: &[(&str, u64)]) {
    for (value, count) in values {
        let _ = writeln!(out, "{name}{{{label}=\"{value}\"}} {count}");
    }
}

/// Everything, in Prometheus' text format.
pub fn render(pool: Pool) -> String {
    let mut out = String::new();
    with(|r| {
        out.push_str("# HELP closeout_http_requests_total Requests answered, by method, route template and status.\n");
        out.push_str("# TYPE closeout_http_requests_total counter\n");
        for ((method, route, status), count) in &r.requests {
            let _ = writeln!(
                out,
                "closeout_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {count}",
                label(method),
                label(route)
            );
        }
        out.push_str(
            "# HELP closeout_http_request_duration_seconds Time to answer, by route template.\n",
        );
        out.push_str("# TYPE closeout_http_request_duration_seconds histogram\n");
        for (route, histogram) in &r.latency {
            histogram.write(
                &mut out,
                "closeout_http_request_duration_seconds",
                &format!("route=\"{}\"", label(route)),
            );
        }
        out.push_str("# HELP closeout_import_rows_total Findings written by imports.\n");
        out.push_str("# TYPE closeout_import_rows_total counter\n");
        let _ = writeln!(out, "closeout_import_rows_total {}", r.import_rows);
        out.push_str("# HELP closeout_import_duration_seconds Time an import took, end to end.\n");
        out.push_str("# TYPE closeout_import_duration_seconds histogram\n");
        r.imports
            .write(&mut out, "closeout_import_duration_seconds", "");
        out.push_str("# HELP closeout_emails_sent_total Emails the mail server accepted.\n");
        out.push_str("# TYPE closeout_emails_sent_total counter\n");
        let _ = writeln!(out, "closeout_emails_sent_total {}", r.emails_sent);
        out.push_str("# HELP closeout_emails_failed_total Emails refused or not delivered to the mail server.\n");
        out.push_str("# TYPE closeout_emails_failed_total counter\n");
        let _ = writeln!(out, "closeout_emails_failed_total {}", r.emails_failed);
        out.push_str("# HELP closeout_outbox_lag_seconds How long the oldest event of the last pass waited before it was handled.\n");
        out.push_str("# TYPE closeout_outbox_lag_seconds gauge\n");
        let _ = writeln!(out, "closeout_outbox_lag_seconds {}", r.outbox_lag_seconds);
        out.push_str("# HELP closeout_kept_answers_total Answers that may be kept until a write, served from those kept or computed.\n");
        out.push_str("# TYPE closeout_kept_answers_total counter\n");
        by_label(
            &mut out,
            "closeout_kept_answers_total",
            "outcome",
            &[("served", r.kept_served), ("computed", r.kept_computed)],
        );
    });
    out.push_str(
        "# HELP closeout_db_pool_connections Database connections open, idle and at most.\n",
    );
    out.push_str("# TYPE closeout_db_pool_connections gauge\n");
    by_label(
        &mut out,
        "closeout_db_pool_connections",
        "state",
        &[
            ("open", u64::from(pool.connections)),
            ("idle", u64::from(pool.idle)),
            ("max", u64::from(pool.max)),
        ],
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_counts_each_observation_in_every_bucket_it_fits() {
        let mut histogram = Histogram::default();
        histogram.observe(0.003);
        histogram.observe(0.2);
        let mut out = String::new();
        histogram.write(&mut out, "t", "route=\"/x\"");
        assert!(
            out.contains("t_bucket{route=\"/x\",le=\"0.0025\"} 0\n"),
            "{out}"
        );
        assert!(out.contains("t_bucket{route=\"/x\",le=\"0.005\"} 1\n"));
        assert!(out.contains("t_bucket{route=\"/x\",le=\"0.25\"} 2\n"));
        assert!(out.contains("t_bucket{route=\"/x\",le=\"+Inf\"} 2\n"));
        assert!(out.contains("t_count{route=\"/x\"} 2\n"));
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
