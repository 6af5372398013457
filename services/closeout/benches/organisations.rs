//! Benchmark: 1,000 organisations of 1,000 findings each (1,000,000 findings) on PostgreSQL, as
//! a consultancy's or a group's database grows: each organisation's API reads, and the
//! notification ticks over every organisation's open deadlines, run by two notifier replicas at
//! once.
//!
//! Prints, per read, p50 and p99 over a sample of organisations (one client: what one request
//! costs with a million findings in the tables, each after a write so that none is served from
//! the answers kept); for each tick, its wall time and the database
//! time PostgreSQL counted for it (`pg_stat_database.active_time`); and whether every email
//! went out once. Exits non-zero if one went out twice.
//!
//! Run: `cargo bench -p closeout --bench organisations` (PostgreSQL at
//! `CLOSEOUT_BENCH_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432/postgres`; a
//! database is created for the run and dropped afterwards). `CLOSEOUT_BENCH_ORGANISATIONS`
//! and `CLOSEOUT_BENCH_FINDINGS` change the sizes.
//! Targets (issue 15): each organisation's reads as at 1,000 findings alone; a tick over all
//! open deadlines under 1 s of database time; each message sent once by two replicas.

use closeout_model::Scope;
use std::time::{Duration, Instant};

use chrono::{Days, Utc};
use closeout_model::catalog::Catalog;
use closeout_model::finding::{self, FindingFields, FindingInput};
use closeout_model::user::{self, Email, NewUser, Role};
use closeout_model::{Database, audit};
use closeout_notification::mailer::Mailer;
use closeout_notification::worker::Notifier;
use closeout_testing::smtp::SmtpServer;
use diesel::RunQueryDsl;
use reqwest::StatusCode;

/// The binary's allocator (and its settings, `closeout_allocator::configure`), so the figures
/// are the binary's.
#[global_allocator]
static ALLOCATOR: closeout_allocator::MiMalloc = closeout_allocator::MiMalloc;

/// A read's path for an audit.
type PathOf = fn(&str) -> String;

const PEOPLE: usize = 4;
/// Organisations whose reads are timed, spread over the whole range.
const SAMPLED: usize = 10;
const SAMPLES: usize = 5;

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(default)
}

/// One organisation: an admin (and token), four owners, an audit of `findings` minors.
struct Seeded {
    token: String,
    audit: String,
}

fn seed(db: &Database, catalog: &Catalog, n: usize, findings: usize) -> Seeded {
    let (organisation_id, token) = closeout_testing::seed_organisation(
        db,
        &format!("Client {n:04}"),
        &format!("admin{n}@example.test"),
    );
    // Reports of the last few days, so plans fall due in 9 to 14 days; one organisation in a
    // hundred had its report a week ago, and its owners are reminded that plans are due in 7
    // days (a reminder is per finding: 1,000 emails for such an organisation).
    let days_ago = if n.is_multiple_of(100) { 7 } else { n % 6 };
    let report_date = Utc::now().date_naive() - Days::new(days_ago as u64);
    let audit = db
        .write(|c| {
            for p in 0..PEOPLE {
                user::create(
                    c,
                    &Scope::system(organisation_id.to_owned()),
                    NewUser {
                        email: Email::parse(&format!("owner{p}@client{n}.test")).expect("email"),
                        name: None,
                        role: Role::Contributor,
                    },
                )?;
            }
            let fields = audit::AuditFields::parse(audit::AuditInput {
                name: "Surveillance".into(),
                kind: "surveillance".into(),
                report_date: Some(report_date),
                ..Default::default()
            })?;
            let created = audit::create(c, &Scope::system(organisation_id.to_owned()), fields)?;
            let new = (0..findings)
                .map(|f| {
                    FindingFields::parse(
                        FindingInput {
                            reference: format!("NC-{f:04}"),
                            grade: if f % 10 == 0 { "major" } else { "minor" }.into(),
                            requirements: vec![["A.5.18", "A.8.13", "9.2", "A.5.15"][f % 4].into()],
                            statement: "Access rights of leavers were not removed on time.".into(),
                            owner: Some(format!("owner{}@client{n}.test", f % PEOPLE)),
                            ..Default::default()
                        },
                        catalog,
                    )
                    .map(|fields| finding::NewFinding {
                        fields,
                        draft: None,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            finding::create_many(
                c,
                &Scope::system(organisation_id.to_owned()),
                &created.id,
                "seeded by the benchmark",
                new,
            )?;
            Ok(created.id)
        })
        .expect("an organisation's findings");
    Seeded {
        token,
        audit: audit.into(),
    }
}

/// Milliseconds PostgreSQL spent running statements in `database` so far.
fn active_ms(db: &Database, database: &str) -> f64 {
    #[derive(diesel::QueryableByName)]
    struct Active {
        #[diesel(sql_type = diesel::sql_types::Double)]
        ms: f64,
    }
    db.read(|c| {
        Ok(diesel::sql_query(format!(
            "SELECT coalesce(active_time, 0)::float8 AS ms FROM pg_stat_database WHERE datname = '{database}'"
        ))
        .get_result::<Active>(c)?
        .ms)
    })
    .unwrap_or(f64::NAN)
}

fn main() -> std::process::ExitCode {
    closeout_allocator::configure();
    let organisations = setting("CLOSEOUT_BENCH_ORGANISATIONS", 1_000);
    let findings = setting("CLOSEOUT_BENCH_FINDINGS", 1_000);
    let admin_url = std::env::var("CLOSEOUT_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let name = format!("closeout_bench_orgs_{}", std::process::id());
    let admin = Database::connect(&admin_url, 1).expect("PostgreSQL must be reachable");
    admin
        .read(|c| {
            diesel::sql_query(format!("CREATE DATABASE {name}")).execute(c)?;
            Ok(())
        })
        .expect("create the benchmark's database");
    let (base, _) = admin_url.rsplit_once('/').expect("a database URL");
    let url = format!("{base}/{name}");
    let outcome = run(&url, &name, organisations, findings);
    let _ = admin.read(|c| {
        diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(c)?;
        Ok(())
    });
    outcome
}

fn run(url: &str, name: &str, organisations: usize, findings: usize) -> std::process::ExitCode {
    println!(
        "{organisations} organisations of {findings} findings ({} findings) on PostgreSQL",
        organisations * findings
    );
    let db = Database::connect(url, 8).expect("the benchmark's database");
    db.migrate().expect("migrations");
    let catalog = db.read(Catalog::load).expect("catalog");
    let started = Instant::now();
    let mut seeded = Vec::with_capacity(organisations);
    for n in 0..organisations {
        seeded.push(seed(&db, &catalog, n, findings));
        if (n + 1) % 100 == 0 {
            println!(
                "  seeded {} organisations in {:.0} s",
                n + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    db.read(|c| {
        diesel::sql_query("ANALYZE").execute(c)?;
        Ok(())
    })
    .expect("analyze");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let app = closeout_testing::spawn_app_on(
            &[
                closeout_intake::service(),
                closeout_remediation::service(),
                closeout_risk_assessment::service(),
                closeout_notification::service(),
            ],
            Some(url),
        )
        .await;
        let reads: [(&str, PathOf); 8] = [
            ("findings page", |a| {
                format!("/api/v1/audits/{a}/findings?limit=50")
            }),
            ("findings deep page", |a| {
                format!("/api/v1/audits/{a}/findings?limit=50&offset=900")
            }),
            ("status (organisation)", |_| {
                "/api/v1/status?limit=50".into()
            }),
            ("status (audit)", |a| {
                format!("/api/v1/audits/{a}/status?limit=50")
            }),
            ("risk", |a| format!("/api/v1/audits/{a}/risk")),
            ("posture", |_| "/api/v1/posture".into()),
            ("certification cycle", |_| {
                "/api/v1/certification-cycle?decision_date=2027-06-01".into()
            }),
            ("notification preview", |_| {
                "/api/v1/notifications/preview?limit=50".into()
            }),
        ];
        println!(
            "\n{:<24} {:>8} {:>9} {:>9}",
            "read", "requests", "p50 ms", "p99 ms"
        );
        for (label, path) in reads {
            let mut times = Vec::new();
            for k in 0..SAMPLED.min(organisations) {
                let organisation = &seeded[k * organisations / SAMPLED.min(organisations)];
                let path = path(&organisation.audit);
                for _ in 0..SAMPLES {
                    // A new revision first: each answer is computed, none served from those
                    // kept.
                    app.db.raise_revision().expect("a new revision");
                    let started = Instant::now();
                    let response = app.get(&path, &organisation.token).await;
                    let status = response.status();
                    let _ = response.bytes().await;
                    times.push(started.elapsed());
                    assert_eq!(status, StatusCode::OK, "{path}");
                }
            }
            times.sort();
            println!(
                "{label:<24} {:>8} {:>9.1} {:>9.1}",
                times.len(),
                closeout_testing::percentile_ms(&times, 0.5),
                closeout_testing::percentile_ms(&times, 0.99)
            );
        }
    });

    // Two notifier replicas tick together over every organisation, as two pods would.
    let smtp = SmtpServer::start();
    let config = closeout_model::config::Config {
        smtp_url: Some(smtp.url()),
        ..closeout_model::config::Config::from_env().expect("configuration")
    };
    // Two pods are two processes: each replica has its own name as a lease holder.
    let replica = |name: &str| {
        Notifier::new(
            db.clone(),
            Mailer::from_config(&config).expect("mailer"),
            "https://closeout.example.test",
            0,
        )
        .as_replica(name)
    };
    let (first, second) = (replica("first"), replica("second"));
    println!("\ntwo notifier replicas ticking at once over every organisation:");
    for round in 1..=4 {
        let before = active_ms(&db, name);
        let started = Instant::now();
        let (a, b) = std::thread::scope(|scope| {
            let a = scope.spawn(|| first.tick(Utc::now()).expect("a tick"));
            let b = scope.spawn(|| second.tick(Utc::now()).expect("a tick"));
            (
                a.join().expect("first replica"),
                b.join().expect("second replica"),
            )
        });
        let wall = started.elapsed().as_secs_f64();
        // PostgreSQL publishes a backend's counters at most once a second.
        std::thread::sleep(Duration::from_millis(1_500));
        let database = active_ms(&db, name) - before;
        println!(
            "  tick {round}: {wall:.2} s wall, {database:.0} ms database time; scheduling by the {} replica; scheduled {}, sent {}, errors {}",
            match (a.held_lease, b.held_lease) {
                (true, true) => "both",
                (true, false) => "first",
                (false, true) => "second",
                (false, false) => "neither",
            },
            a.scheduled + b.scheduled,
            a.sent + b.sent,
            a.errors + b.errors
        );
    }
    let messages = smtp.messages();
    let received = messages.len();
    let mut ids: Vec<String> = messages
        .iter()
        .filter_map(|m| m.header("Message-ID"))
        .collect();
    ids.sort();
    ids.dedup();
    let sent: i64 = db
        .read(|c| {
            use closeout_model::schema::notifications;
            use diesel::prelude::*;
            Ok(notifications::table
                .filter(notifications::status.eq("sent"))
                .count()
                .get_result(c)?)
        })
        .expect("count");
    // Reminders claimed together for one person go out as one email, so there are fewer
    // emails than messages marked sent.
    println!(
        "messages marked sent: {sent}, in {received} emails, distinct: {} ({})",
        ids.len(),
        if ids.len() == received {
            "each once"
        } else {
            "SOME TWICE"
        }
    );
    if ids.len() == received {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
