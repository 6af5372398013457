//! Reads a register with the importer, in process, as many times as asked, and prints how long
//! each read took: for profiling the importer on a file of your own (`perf record`), which the
//! import benchmark's generated register may not resemble.
//!
//! `cargo build --release -p closeout-nonconformity-report --example time_import`, then
//! `target/release/examples/time_import register.xlsx 5`.

use std::time::Instant;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: time_import <register> [times]");
        return std::process::ExitCode::FAILURE;
    };
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let data = match std::fs::read(&path) {
        Ok(data) => data,
        Err(error) => {
            eprintln!("{path}: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    for _ in 0..times {
        let started = Instant::now();
        match closeout_nonconformity_report::import(&data, &Default::default()) {
            Ok(output) => println!(
                "{} findings, {} issues in {:.1} ms",
                output.findings.len(),
                output.issues.len(),
                started.elapsed().as_secs_f64() * 1000.0
            ),
            Err(failure) => {
                eprintln!("{path}: {} ({})", failure.message, failure.kind);
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    std::process::ExitCode::SUCCESS
}
