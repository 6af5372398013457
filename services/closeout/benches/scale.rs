//! Benchmark: the organisation-wide answers with 100,000 findings in one audit (and 2,000 in an
//! earlier one, for recurring nonconformities), every service mounted together on SQLite (or
//! PostgreSQL with `CLOSEOUT_TEST_DATABASE_URL`), over loopback HTTP. The register is imported
//! through the API, so every finding has its requirement links, three deadlines and history,
//! and a quarter of them belong to each of four contributors. With its report date in March,
//! every deadline has passed: the worst case for the status, the cycle and the reminders.
//!
//! Prints each answer's p50 and slowest time (client-measured), the process's resident memory
//! before its requests and how far above that it peaked during them (server and client share
//! the process; the client reads each body as it comes and keeps none of it).
//! Each sample follows a new revision (`Database::raise_revision`), so every answer is
//! computed; the last column is one more request without a write, served from the
//! answers kept. Asserts only that each answer is a 200.
//!
//! Run: `cargo bench -p closeout --bench scale`
//! Targets (issue 15): risk, posture, status and cycle p50 under 500 ms; the POA&M under 10 s
//! and 200 MB; the notification preview paged.

use std::time::{Duration, Instant};

use closeout_model::user::Role;
use reqwest::StatusCode;

/// The binary's allocator (and its settings, `closeout_allocator::configure`), so the figures
/// are the binary's.
#[global_allocator]
static ALLOCATOR: closeout_allocator::MiMalloc = closeout_allocator::MiMalloc;

const FINDINGS: usize = 100_000;
const EARLIER: usize = 2_000;
/// Samples per answer, unless they take longer than [`BUDGET`] in all.
const SAMPLES: usize = 7;
const BUDGET: Duration = Duration::from_secs(40);

/// A line of `/proc/self/status` in MB: `VmHWM` (the peak since the last [`reset_peak`]) or
/// `VmRSS` (now).
fn status_mb(field: &str) -> f64 {
    let read = || -> Option<f64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with(field))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024.0)
    };
    read().unwrap_or(f64::NAN)
}

fn reset_peak() {
    // Linux: writing 5 resets the peak resident set size to the current one.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

async fn import(app: &closeout_testing::TestApp, audit: &str, csv: String, expected: usize) {
    let started = Instant::now();
    let response = app
        .upload(audit, "", "register.csv", csv.into_bytes(), None)
        .await;
    let answer = closeout_testing::expect_status(response, StatusCode::CREATED).await;
    assert_eq!(answer["findings_created"], expected);
    println!(
        "imported {expected} findings in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn main() {
    closeout_allocator::configure();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let app = closeout_testing::spawn_app(&[
            closeout_intake::service(),
            closeout_remediation::service(),
            closeout_risk_assessment::service(),
            closeout_notification::service(),
        ])
        .await;
        for n in 0..4 {
            app.user_with_role(&format!("owner{n}@example.test"), Role::Contributor)
                .await;
        }
        let earlier = app.create_audit("Last year's audit").await;
        import(
            &app,
            &earlier,
            closeout_testing::generated_register(EARLIER, "OLD"),
            EARLIER,
        )
        .await;
        let audit = app.create_audit("Benchmark audit").await;
        import(
            &app,
            &audit,
            closeout_testing::generated_register(FINDINGS, "NC"),
            FINDINGS,
        )
        .await;

        // `CLOSEOUT_SCALE_KEEP=/path/to.db` keeps a copy of the SQLite database, to study its
        // queries with the sqlite3 shell.
        if let Ok(keep) = std::env::var("CLOSEOUT_SCALE_KEEP") {
            let _ = std::fs::remove_file(&keep);
            app.db
                .read(|c| {
                    diesel::RunQueryDsl::execute(
                        diesel::sql_query(format!("VACUUM INTO '{}'", keep.replace('\'', "''"))),
                        c,
                    )?;
                    Ok(())
                })
                .expect("copy the database");
        }
        let answers = [
            format!("/api/v1/audits/{audit}/risk"),
            "/api/v1/posture".to_owned(),
            "/api/v1/status?limit=50".to_owned(),
            format!("/api/v1/audits/{audit}/status?limit=50"),
            "/api/v1/certification-cycle?decision_date=2026-06-01".to_owned(),
            "/api/v1/notifications/preview?days=14&limit=50".to_owned(),
            format!("/api/v1/audits/{audit}/reports/poam.json"),
            format!("/api/v1/audits/{audit}/reports/corrective-action-plan.xlsx"),
        ];
        println!(
            "\n{:<58} {:>7} {:>9} {:>9} {:>10} {:>8} {:>8} {:>8}",
            "answer", "samples", "p50 ms", "max ms", "bytes", "RSS MB", "+peak MB", "kept ms"
        );
        // `CLOSEOUT_SCALE_ONLY=poam` measures only the answers whose path holds it.
        let only = std::env::var("CLOSEOUT_SCALE_ONLY").unwrap_or_default();
        for path in answers.into_iter().filter(|p| p.contains(&only)) {
            reset_peak();
            let before = status_mb("VmRSS:");
            let mut times = Vec::new();
            let mut bytes = 0;
            let started = Instant::now();
            let app = &app;
            let get = |path: String| async move {
                let sent = Instant::now();
                let mut response = app.get(&path, &app.admin_token).await;
                let status = response.status();
                assert_eq!(status, StatusCode::OK, "{path}");
                // Read as it comes, counted and dropped: the client holds no whole body.
                let mut bytes = 0;
                while let Some(chunk) = response.chunk().await.expect("body") {
                    bytes += chunk.len();
                }
                (sent.elapsed(), bytes)
            };
            while times.len() < SAMPLES && (times.is_empty() || started.elapsed() < BUDGET) {
                app.db.raise_revision().expect("a new revision");
                let (took, read) = get(path.clone()).await;
                bytes = read;
                times.push(took);
            }
            let (kept, _) = get(path.clone()).await;
            times.sort();
            let p50 = times[times.len() / 2];
            let max = times[times.len() - 1];
            println!(
                "{:<58} {:>7} {:>9.1} {:>9.1} {:>10} {:>8.0} {:>8.0} {:>8.1}",
                path.replace(&audit, "{audit}"),
                times.len(),
                p50.as_secs_f64() * 1000.0,
                max.as_secs_f64() * 1000.0,
                bytes,
                before,
                status_mb("VmHWM:") - before,
                kept.as_secs_f64() * 1000.0
            );
        }
    });
}
