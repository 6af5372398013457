//! Benchmark: `GET /api/v1/audits/{audit_id}/findings?limit=50` on an audit of 100,000
//! findings, over real HTTP, sequentially and at 16 concurrent connections, on SQLite and on
//! PostgreSQL. Prints figures; asserts nothing.
//!
//! Run: `cargo bench -p closeout-intake --bench findings_list`
//! PostgreSQL: `CLOSEOUT_BENCH_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`);
//! a fresh database is created for the run and dropped afterwards.
//! Targets (issue 2): p50 under 5 ms sequential; at 16 concurrent at least 2,000 requests/s
//! with p99 under 50 ms.

use closeout_model::Scope;
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use closeout_model::config::{Config, LogFormat};
use closeout_model::finding::FindingRow;
use closeout_model::token::{self, Secret};
use closeout_model::user::{self, Email, NewUser, Role};
use closeout_model::{Database, audit, organisation};
use diesel::RunQueryDsl;

const FINDINGS: usize = 100_000;
const SEQUENTIAL_REQUESTS: usize = 2_000;
const CONCURRENT_REQUESTS: usize = 20_000;
const CONNECTIONS: usize = 16;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let sqlite_dir = tempfile::tempdir().expect("temporary folder");
    let sqlite_url = sqlite_dir
        .path()
        .join("bench.db")
        .to_string_lossy()
        .into_owned();
    println!("findings list benchmark: {FINDINGS} findings in one audit, page of 50");
    runtime.block_on(run("sqlite", &sqlite_url));

    let admin_url = std::env::var("CLOSEOUT_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let name = format!("closeout_bench_{}", std::process::id());
    match Database::connect(&admin_url, 1).and_then(|db| {
        db.read(|c| {
            diesel::sql_query(format!("CREATE DATABASE {name}")).execute(c)?;
            Ok(db.clone())
        })
    }) {
        Ok(admin) => {
            let (base, _) = admin_url.rsplit_once('/').expect("database URL");
            runtime.block_on(run("postgres", &format!("{base}/{name}")));
            let _ = admin.read(|c| {
                diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(c)?;
                Ok(())
            });
        }
        Err(error) => println!("\npostgres: not measured ({error})"),
    }
}

struct Seeded {
    audit_id: String,
    token: String,
}

fn seed(db: &Database) -> Seeded {
    db.write(|c| {
        let org = organisation::create(c, "Bench")?;
        let scope = Scope::system(org.id.clone());
        let admin = user::create(
            c,
            &scope,
            NewUser {
                email: Email::parse("bench@example.test").expect("email"),
                name: None,
                role: Role::Admin,
            },
        )?;
        let (_, secret) = token::create(c, &scope, &admin, "bench", None, None, Secret::generate()?)?;
        let fields = audit::AuditFields::parse(audit::AuditInput {
            name: "Bench audit".into(),
            kind: "stage2".into(),
            ..Default::default()
        })?;
        let audit = audit::create(c, &scope, fields)?;
        let grades = ["major", "minor", "minor", "minor", "ofi", "observation"];
        let controls = ["A.5.15", "A.8.8", "A.5.31", "9.2", "A.8.20", "A.6.3"];
        let now = closeout_model::id::now();
        let rows: Vec<FindingRow> = (0..FINDINGS)
            .map(|n| FindingRow {
                id: closeout_model::id::new_id(),
                organisation_id: org.id.clone(),
                audit_id: audit.id.to_string(),
                reference: format!("NC-{n:06}"),
                grade: grades[n % grades.len()].to_owned(),
                requirements: format!("[\"{}\"]", controls[n % controls.len()]),
                statement: format!(
                    "Finding {n}: access rights for leavers were not removed within the period the \
                     access control policy requires; three of twenty sampled accounts stayed active."
                ),
                objective_evidence: Some("HR leaver list compared with the directory export.".into()),
                raised_on: None,
                status: "open".into(),
                owner_id: None,
                warnings: "[]".into(),
                current_kind: None,
                current_due: None,
                plan_due: None,
                evidence_due: None,
                closure_due: None,
                created_at: now,
                updated_at: now,
                title: None,
                other_references: "[]".into(),
                pending_owners: "[]".into(),
            })
            .collect();
        closeout_model::finding::insert_batch(c, &scope, &rows)?;
        // Fresh statistics, as autovacuum would gather soon after a bulk load; without them
        // the first minutes of the run measure the planner's guesses.
        diesel::sql_query("ANALYZE").execute(c)?;
        Ok(Seeded {
            audit_id: audit.id.into(),
            token: secret.expose().to_owned(),
        })
    })
    .expect("seed")
}

async fn run(backend_name: &str, url: &str) {
    let config = Config {
        bind: "127.0.0.1:0".into(),
        data_dir: std::env::temp_dir(),
        database_url: url.to_owned(),
        db_pool_size: 16,
        log: "error".into(),
        log_format: LogFormat::Text,
        bootstrap_token: None,
        bootstrap_password: None,
        bootstrap_email: "admin@localhost".into(),
        bootstrap_organisation: "x".into(),
        base_url: "http://localhost".into(),
        shutdown_timeout_secs: 1,
        plugin_dir: None,
        plugin_allowlist: None,
        max_upload_bytes: 20 * 1024 * 1024,
        smtp_url: None,
        mail_from: "Closeout <closeout@localhost>".to_owned(),
        smtp_connections: 8,
        smtp_ca_file: None,
        notify_tick_secs: 0,
        notify_local_hour: 9,
        metrics_bind: None,
        otlp_endpoint: None,
    };
    let state = tokio::task::spawn_blocking(move || closeout_web::server::prepare(config))
        .await
        .expect("task")
        .expect("prepare");
    let db = state.db.clone();
    let started = Instant::now();
    let seeded = tokio::task::spawn_blocking(move || seed(&db))
        .await
        .expect("task");
    println!(
        "\n{backend_name}: seeded {FINDINGS} findings in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let server =
        closeout_web::server::start(state, &[closeout_intake::service()], listener).expect("start");
    let handle = server.handle();
    tokio::spawn(server);

    let base = format!(
        "http://127.0.0.1:{port}/api/v1/audits/{}/findings",
        seeded.audit_id
    );
    let url = Arc::new(format!("{base}?limit=50"));
    let token = Arc::new(seeded.token);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CONNECTIONS)
        .build()
        .expect("client");

    let get = |client: reqwest::Client, url: Arc<String>, token: Arc<String>| async move {
        let started = Instant::now();
        let response = client
            .get(url.as_str())
            .bearer_auth(token.as_str())
            .send()
            .await
            .expect("request");
        assert!(
            response.status().is_success(),
            "status {}",
            response.status()
        );
        let body = response.bytes().await.expect("body");
        assert!(body.len() > 1_000);
        started.elapsed()
    };

    for _ in 0..200 {
        get(client.clone(), url.clone(), token.clone()).await;
    }
    let mut sequential = Vec::with_capacity(SEQUENTIAL_REQUESTS);
    for _ in 0..SEQUENTIAL_REQUESTS {
        sequential.push(get(client.clone(), url.clone(), token.clone()).await);
    }
    sequential.sort();
    println!(
        "{backend_name}: sequential, {SEQUENTIAL_REQUESTS} requests: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms",
        closeout_testing::percentile_ms(&sequential, 0.50),
        closeout_testing::percentile_ms(&sequential, 0.90),
        closeout_testing::percentile_ms(&sequential, 0.99)
    );

    let probe = format!("{base}?offset=99949&limit=1");
    let near_end: serde_json::Value = client
        .get(&probe)
        .bearer_auth(token.as_str())
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let after = near_end["items"][0]["id"]
        .as_str()
        .expect("an id near the end")
        .to_owned();
    let keyset = format!("&after={after}");
    for (label, suffix) in [
        ("deep page by offset=99950", "&offset=99950"),
        ("deep page by keyset (after the 99,950th)", keyset.as_str()),
        ("grade=minor filter", "&grade=minor"),
    ] {
        let deep = Arc::new(format!("{url}{suffix}"));
        let mut times: Vec<Duration> = Vec::new();
        for _ in 0..200 {
            times.push(get(client.clone(), deep.clone(), token.clone()).await);
        }
        times.sort();
        println!(
            "{backend_name}: {label}, 200 requests: p50 {:.2} ms, p99 {:.2} ms",
            closeout_testing::percentile_ms(&times, 0.5),
            closeout_testing::percentile_ms(&times, 0.99)
        );
    }

    let remaining = Arc::new(AtomicUsize::new(CONCURRENT_REQUESTS));
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (client, url, token, remaining) = (
                client.clone(),
                url.clone(),
                token.clone(),
                remaining.clone(),
            );
            tokio::spawn(async move {
                let mut times = Vec::new();
                while remaining
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok()
                {
                    times.push(get(client.clone(), url.clone(), token.clone()).await);
                }
                times
            })
        })
        .collect();
    let mut concurrent = Vec::with_capacity(CONCURRENT_REQUESTS);
    for task in tasks {
        concurrent.extend(task.await.expect("task"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    concurrent.sort();
    println!(
        "{backend_name}: {CONNECTIONS} concurrent connections, {CONCURRENT_REQUESTS} requests: {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms",
        concurrent.len() as f64 / elapsed,
        closeout_testing::percentile_ms(&concurrent, 0.50),
        closeout_testing::percentile_ms(&concurrent, 0.99)
    );
    handle.stop(true).await;
}
