//! Benchmark: the notification scheduler with 100,000 open deadlines, and sending 10,000 due
//! messages to an SMTP server on loopback, on SQLite and on PostgreSQL. Prints figures;
//! asserts nothing.
//!
//! Run: `cargo bench -p closeout-notification --bench tick` (`CLOSEOUT_SMTP_CONNECTIONS=32` to
//! send on more connections, `CLOSEOUT_BENCH_MESSAGES` for another number of messages,
//! `CLOSEOUT_BENCH_SKIP_SQLITE=1` for PostgreSQL only)
//! PostgreSQL: `CLOSEOUT_BENCH_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`);
//! a fresh database is created for the run and dropped afterwards.
//!
//! The deadlines: 34,000 minor findings (plan, evidence and closure each: 102,000 deadlines) in
//! 100 audits whose report dates are spread over 400 days around "now", owned by 50 people in
//! 5 time zones, so about a tenth are overdue and a few percent fall within the reminder
//! window, as in a consultancy's busy year.

use std::time::Instant;

use chrono::{DateTime, Days, TimeZone, Utc};
use closeout_model::Scope;
use closeout_model::catalog::Catalog;
use closeout_model::finding::{self, FindingFields, FindingInput};
use closeout_model::notification::{self, Notification};
use closeout_model::user::{self, Email, NewUser, Role};
use closeout_model::{Database, audit, organisation};
use closeout_notification::mailer::Mailer;
use closeout_notification::worker::{Notifier, TickReport};
use closeout_testing::smtp::SmtpServer;
use diesel::RunQueryDsl;

const AUDITS: usize = 100;
const FINDINGS_PER_AUDIT: usize = 340;
const PEOPLE: usize = 50;

fn messages() -> usize {
    std::env::var("CLOSEOUT_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn main() {
    let smtp = SmtpServer::start();
    let sqlite_dir = tempfile::tempdir().expect("temporary folder");
    let sqlite_url = sqlite_dir
        .path()
        .join("bench.db")
        .to_string_lossy()
        .into_owned();
    println!(
        "notification benchmark: {} open deadlines, {} messages to SMTP on loopback",
        AUDITS * FINDINGS_PER_AUDIT * 3,
        messages()
    );
    if std::env::var("CLOSEOUT_BENCH_SKIP_SQLITE").is_err() {
        run("sqlite", &sqlite_url, &smtp);
    }

    let admin_url = std::env::var("CLOSEOUT_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let name = format!("closeout_bench_notify_{}", std::process::id());
    match Database::connect(&admin_url, 1).and_then(|db| {
        db.read(|c| {
            diesel::sql_query(format!("CREATE DATABASE {name}")).execute(c)?;
            Ok(db.clone())
        })
    }) {
        Ok(admin) => {
            let (base, _) = admin_url.rsplit_once('/').expect("database URL");
            run("postgres", &format!("{base}/{name}"), &smtp);
            let _ = admin.read(|c| {
                diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(c)?;
                Ok(())
            });
        }
        Err(error) => println!("\npostgres: not measured ({error})"),
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0)
        .single()
        .expect("a time")
}

/// Seeds the deadlines; returns the organisation's id.
fn seed(db: &Database) -> String {
    let catalog = db.read(Catalog::load).expect("catalog");
    let zones = [
        "UTC",
        "Europe/Vienna",
        "America/Chicago",
        "Asia/Kolkata",
        "Pacific/Auckland",
    ];
    let organisation_id = db
        .write(|c| {
            let org = organisation::create(c, "Bench")?;
            let scope = Scope::system(org.id.clone());
            for n in 0..PEOPLE {
                let person = user::create(
                    c,
                    &scope,
                    NewUser {
                        email: Email::parse(&format!("owner{n}@example.test")).expect("email"),
                        name: Some(format!("Owner {n}")),
                        role: if n == 0 {
                            Role::Manager
                        } else {
                            Role::Contributor
                        },
                    },
                )?;
                user::set_time_zone(c, &scope, &person.id, zones[n % zones.len()])?;
            }
            Ok(org.id)
        })
        .expect("organisation");
    let first_report = now().date_naive() - Days::new(74);
    for a in 0..AUDITS {
        let report_date = first_report + Days::new(4 * a as u64);
        db.write(|c| {
            let fields = audit::AuditFields::parse(audit::AuditInput {
                name: format!("Audit {a}"),
                kind: "surveillance".into(),
                report_date: Some(report_date),
                ..Default::default()
            })?;
            let created = audit::create(c, &Scope::system(organisation_id.to_owned()), fields)?;
            let findings: Vec<FindingFields> = (0..FINDINGS_PER_AUDIT)
                .map(|n| {
                    FindingFields::parse(
                        FindingInput {
                            reference: format!("NC-{n:04}"),
                            grade: "minor".into(),
                            requirements: vec!["A.5.18".into()],
                            statement: "Access rights of leavers were not removed on time.".into(),
                            owner: Some(format!("owner{}@example.test", (a * 7 + n) % PEOPLE)),
                            ..Default::default()
                        },
                        &catalog,
                    )
                })
                .collect::<Result<_, _>>()?;
            let new: Vec<finding::NewFinding> = findings
                .into_iter()
                .map(|fields| finding::NewFinding {
                    fields,
                    draft: None,
                })
                .collect();
            finding::create_many(
                c,
                &Scope::system(organisation_id.to_owned()),
                &created.id,
                "seeded by the benchmark",
                new,
            )?;
            Ok(())
        })
        .expect("findings");
    }
    db.read(|c| {
        diesel::sql_query("ANALYZE").execute(c)?;
        Ok(())
    })
    .expect("analyze");
    organisation_id
}

fn run(backend: &str, url: &str, smtp: &SmtpServer) {
    println!("\n{backend}");
    let db = Database::connect(url, 8).expect("database");
    db.migrate().expect("migrations");
    let started = Instant::now();
    let organisation_id = seed(&db);
    println!("  seeded in {:.1} s", started.elapsed().as_secs_f64());
    let config = closeout_model::config::Config {
        smtp_url: Some(smtp.url()),
        // CLOSEOUT_SMTP_CONNECTIONS sets how many messages go at once (default 8).
        ..closeout_model::config::Config::from_env().expect("configuration")
    };
    let notifier = Notifier::new(
        db.clone(),
        Mailer::from_config(&config).expect("mailer"),
        "https://closeout.example.test",
        9,
    )
    .for_organisation(&organisation_id);

    let mut report = TickReport::default();
    let started = Instant::now();
    let mut events = 0;
    loop {
        let handled = notifier
            .handle_events(
                &Scope::system(organisation_id.clone()),
                Utc::now() + chrono::Duration::seconds(10),
                &mut report,
            )
            .expect("events");
        if handled == 0 {
            break;
        }
        events += handled;
    }
    println!(
        "  outbox backlog of {events} assignment events -> {} messages (one per owner and audit): {:.0} ms",
        report.scheduled,
        started.elapsed().as_secs_f64() * 1000.0
    );
    for (label, at) in [
        ("first scheduling pass (schedules what is due)", now()),
        (
            "steady-state pass, same hour (nothing new)",
            now() + chrono::Duration::minutes(1),
        ),
        (
            "steady-state pass, an hour later",
            now() + chrono::Duration::hours(1),
        ),
    ] {
        let mut report = TickReport::default();
        let started = Instant::now();
        notifier
            .schedule(&Scope::system(organisation_id.clone()), at, &mut report)
            .expect("schedule");
        println!(
            "  {label}: {:.0} ms ({} scheduled, {} cancelled)",
            started.elapsed().as_secs_f64() * 1000.0,
            report.scheduled,
            report.cancelled
        );
    }
    // Throw away what the passes scheduled, and queue exactly that many due messages.
    db.write(|c| {
        diesel::sql_query("DELETE FROM notifications").execute(c)?;
        let at = closeout_model::id::now();
        let rows: Vec<Notification> = (0..messages())
            .map(|n| Notification {
                id: closeout_model::id::new_id(),
                organisation_id: organisation_id.clone(),
                dedupe_key: format!("bench:{n}"),
                kind: "reminder".into(),
                step: "before-1".into(),
                recipient_id: None,
                recipient_email: format!("owner{}@example.test", n % PEOPLE),
                finding_id: None,
                task_id: None,
                deadline: Some("plan".into()),
                due_on: None,
                subject: format!("NC-{n:04}: corrective action plan due tomorrow (2026-06-02)"),
                body_text: "Hello,\n\nThe corrective action plan for NC-0001 is due tomorrow.\n"
                    .repeat(4),
                body_html:
                    "<p>Hello,</p><p>The corrective action plan for NC-0001 is due tomorrow.</p>"
                        .repeat(4),
                status: "pending".into(),
                send_after: at,
                attempts: 0,
                lease_until: None,
                last_error: None,
                created_at: at,
                updated_at: at,
                sent_at: None,
            })
            .collect();
        notification::schedule(c, &rows)?;
        Ok(())
    })
    .expect("queue");
    let before = smtp.messages().len();
    let mut report = TickReport::default();
    let started = Instant::now();
    notifier
        .send_due(
            &Scope::system(organisation_id.clone()),
            Utc::now() + chrono::Duration::seconds(1),
            &mut report,
        )
        .expect("send");
    let elapsed = started.elapsed().as_secs_f64();
    let received = smtp.messages().len() - before;
    println!(
        "  sending {} due messages: {elapsed:.1} s ({:.0} messages/s; {} sent, {} received by the server)",
        messages(),
        report.sent as f64 / elapsed,
        report.sent,
        received
    );
}
