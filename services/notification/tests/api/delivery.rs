//! Delivery: a server that is down, says "try later" or refuses one recipient; resending; the
//! test email; two notifiers on one database, and one scheduling while the other stands by;
//! and the scheduler on its own thread after an import.

use std::collections::HashMap;
use std::time::Duration;

use closeout_model::Database;
use closeout_model::user::Role;
use closeout_notification::mailer::Mailer;
use closeout_notification::worker::Notifier;
use closeout_testing::expect_status;
use closeout_testing::smtp::{Behaviour, SmtpServer};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    at, notifications, notifier, person, rules_without_digest, set_rules, spawn_app, tick,
};

#[tokio::test]
async fn a_server_that_is_down_then_back_gets_every_message_once() {
    let app = spawn_app().await;
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    for n in 1..=3 {
        let email = format!("owner{n}@example.test");
        person(&app, &email, Role::Contributor, "UTC").await;
        app.create_finding(&audit, json!({"reference": format!("NC-0{n}"), "grade": "minor", "statement": "s", "owner": email}))
            .await;
    }
    let port = SmtpServer::reserve_port();
    let notifier = notifier(&app, &format!("smtp://127.0.0.1:{port}"), 9);
    let report = tick(&notifier, at("2026-04-02T10:00:00Z")).await;
    assert_eq!((report.scheduled, report.sent, report.retried), (3, 0, 3));
    let pending = notifications(&app, "&status=pending").await;
    assert_eq!(pending.len(), 3);
    assert!(
        pending
            .iter()
            .all(|n| n["attempts"] == 1 && n["last_error"].is_string())
    );

    let server = SmtpServer::start_on(port);
    // Within the first retry's minute nothing is tried again.
    let report = tick(&notifier, at("2026-04-02T10:00:30Z")).await;
    assert_eq!((report.sent, report.retried), (0, 0));
    let report = tick(&notifier, at("2026-04-02T10:01:30Z")).await;
    assert_eq!(report.sent, 3);
    for minutes in 2..6 {
        tick(
            &notifier,
            at("2026-04-02T10:00:00Z") + chrono::Duration::minutes(minutes),
        )
        .await;
    }
    let received = server.messages();
    assert_eq!(received.len(), 3, "{received:#?}");
    let mut to: Vec<String> = received.iter().map(|m| m.to.join(",")).collect();
    to.sort();
    assert_eq!(
        to,
        [
            "owner1@example.test",
            "owner2@example.test",
            "owner3@example.test"
        ]
    );
    assert!(
        notifications(&app, "&status=sent")
            .await
            .iter()
            .all(|n| n["attempts"] == 2)
    );
}

#[tokio::test]
async fn try_later_is_retried_with_backoff_a_refused_recipient_is_parked_and_can_be_resent() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "good@example.test", Role::Contributor, "UTC").await;
    person(&app, "gone@example.test", Role::Contributor, "UTC").await;
    for (reference, owner) in [
        ("NC-01", "good@example.test"),
        ("NC-02", "gone@example.test"),
    ] {
        app.create_finding(
            &audit,
            json!({"reference": reference, "grade": "minor", "statement": "s", "owner": owner}),
        )
        .await;
    }
    let notifier = notifier(&app, &server.url(), 9);
    server.set(Behaviour::TryLater);
    let start = at("2026-04-02T10:00:00Z");
    // 451 each time: attempts at +0, +1, +3, +7 minutes (1, 2, 4 minutes apart).
    let mut attempts_seen = Vec::new();
    for minute in 0..8 {
        let report = tick(&notifier, start + chrono::Duration::minutes(minute)).await;
        attempts_seen.push(report.retried);
    }
    assert_eq!(attempts_seen, [2, 2, 0, 2, 0, 0, 0, 2]);
    // One recipient is refused for good (550), the other accepted.
    server.set(Behaviour::Refuse("gone@example.test".to_owned()));
    let report = tick(&notifier, start + chrono::Duration::minutes(15)).await;
    assert_eq!((report.sent, report.failed), (1, 1));
    let failed = notifications(&app, "&status=failed").await;
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["recipient_email"], "gone@example.test");
    assert!(
        failed[0]["last_error"]
            .as_str()
            .expect("error")
            .contains("550"),
        "{}",
        failed[0]
    );
    // Parked: later ticks leave it alone.
    tick(&notifier, start + chrono::Duration::hours(3)).await;
    assert_eq!(server.messages().len(), 1);

    // The mailbox is fixed; a manager sends it again.
    server.set(Behaviour::Accept);
    let id = failed[0]["id"].as_str().expect("id");
    let (_, contributor) = app
        .user_with_role("c@example.test", Role::Contributor)
        .await;
    let forbidden = app
        .post(
            &format!("/api/v1/notifications/{id}/resend"),
            &contributor,
            &json!({}),
        )
        .await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    let requeued = expect_status(
        app.post(
            &format!("/api/v1/notifications/{id}/resend"),
            &app.admin_token,
            &json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(requeued["status"], "pending");
    let again = app
        .post(
            &format!("/api/v1/notifications/{id}/resend"),
            &app.admin_token,
            &json!({}),
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    // The resent message is due now, in real time, long after the deadline; with only the
    // one-day reminder in the rules it is still the step due, so nothing supersedes it.
    set_rules(&app, json!({"before_days": [1], "on_the_day": false, "overdue_every_days": 0, "escalate_after_days": null, "digest_weekday": null})).await;
    tick(&notifier, chrono::Utc::now()).await;
    let due_tomorrow: Vec<String> = server
        .messages()
        .iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("due tomorrow"))
        })
        .map(|m| m.to.join(","))
        .collect();
    assert_eq!(due_tomorrow, ["good@example.test", "gone@example.test"]);
    // A contributor sees only their own notifications.
    let (_, good) = app
        .user_with_role("good2@example.test", Role::Contributor)
        .await;
    let theirs = expect_status(
        app.get("/api/v1/notifications", &good).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(theirs["total"], 0);
}

#[tokio::test]
async fn a_test_email_reports_what_the_server_said() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    // With no SMTP server configured (as here), messages are written as .eml files under the
    // data folder.
    let sent = expect_status(
        app.post("/api/v1/notifications/test", &app.admin_token, &json!({}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(sent["status"], "sent");
    assert_eq!(sent["recipient_email"], "admin@example.test");
    assert_eq!(sent["subject"], "Closeout test email");
    let file = app
        .data_dir()
        .join("mail-outbox")
        .join(format!("{}.eml", sent["id"].as_str().expect("id")));
    let eml = std::fs::read_to_string(&file).expect("the .eml file");
    assert!(eml.contains("Subject: Closeout test email"), "{eml}");
    assert!(eml.contains("To: admin@example.test"), "{eml}");
    let unknown = app
        .post(
            "/api/v1/notifications/test",
            &app.admin_token,
            &json!({"to": "nobody@example.test"}),
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Through SMTP, a refusal is reported, not retried.
    server.set(Behaviour::Refuse("admin@example.test".to_owned()));
    let notifier = notifier(&app, &server.url(), 9);
    let row = app
        .db
        .read(|c| {
            closeout_model::notification::get(
                c,
                &app.system_scope(),
                &closeout_model::id::NotificationId::parse(sent["id"].as_str().unwrap_or_default())
                    .expect("an id"),
            )
        })
        .expect("stored");
    let outcome = notifier.deliver(&row, chrono::Utc::now().naive_utc());
    assert!(
        matches!(outcome, closeout_model::notification::Outcome::Failed(ref e) if e.contains("550")),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn two_notifiers_on_one_database_send_each_message_exactly_once() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    let owners = 6;
    for n in 0..owners {
        person(
            &app,
            &format!("o{n}@example.test"),
            Role::Contributor,
            "UTC",
        )
        .await;
    }
    for n in 0..30 {
        app.create_finding(&audit, json!({"reference": format!("NC-{n:02}"), "grade": "minor", "statement": "s", "owner": format!("o{}@example.test", n % owners)}))
            .await;
    }
    // Replicas are separate processes with their own connections; on PostgreSQL that is a
    // second pool. SQLite runs one notifier, so there the two share the process's writer.
    let second_db = match std::env::var("CLOSEOUT_TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => Database::connect(&url, 4).expect("second pool"),
        _ => app.db.clone(),
    };
    let config = closeout_model::config::Config {
        smtp_url: Some(server.url()),
        ..closeout_model::config::Config::load(|_| None).expect("defaults")
    };
    let first = notifier(&app, &server.url(), 9);
    let second = Notifier::new(
        second_db,
        Mailer::from_config(&config).expect("mailer"),
        "https://closeout.example.test",
        9,
    )
    .for_organisation(&app.organisation_id);
    let start = at("2026-04-02T10:00:00Z");
    let mut handles = Vec::new();
    for notifier in [first, second] {
        handles.push(tokio::task::spawn_blocking(move || {
            for second in 0..5 {
                notifier
                    .tick(start + chrono::Duration::seconds(second))
                    .expect("tick");
            }
        }));
    }
    for handle in handles {
        handle.await.expect("notifier");
    }
    let received = server.messages();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for message in &received {
        *ids.entry(message.header("Message-ID").expect("message id"))
            .or_default() += 1;
    }
    assert!(
        ids.values().all(|n| *n == 1),
        "a message went twice: {ids:?}"
    );
    // Each finding's reminder reached its owner in exactly one email (alone, or grouped with
    // that owner's others when one sender claimed more than three of them).
    let bodies: Vec<(String, String)> = received
        .iter()
        .map(|m| (m.to.join(","), m.decoded()))
        .collect();
    for n in 0..30 {
        let reference = format!("NC-{n:02}");
        let owner = format!("o{}@example.test", n % owners);
        let carrying: Vec<&String> = bodies
            .iter()
            .filter(|(_, body)| body.contains(&reference))
            .map(|(to, _)| to)
            .collect();
        assert_eq!(carrying, [&owner], "{reference} reaches its owner once");
    }
    assert!(received.len() <= 30 && received.len() >= owners);
    assert_eq!(notifications(&app, "&status=sent").await.len(), 30);
}

#[tokio::test]
async fn an_imported_report_whose_plans_are_due_tomorrow_reminds_each_owner_once() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    set_rules(&app, rules_without_digest()).await;
    person(&app, "kiri@example.test", Role::Contributor, "UTC").await;
    person(&app, "dana@example.test", Role::Contributor, "UTC").await;
    let audit = app.create_audit("Stage 2").await;
    // Report dated 13 days ago: the source guide's 14-day plan deadline is tomorrow.
    let report_date = chrono::Utc::now().date_naive() - chrono::Days::new(13);
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": report_date.to_string()}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let csv = "NC ID,Grade,Clause,Nonconformity Description,Owner\n\
               NC-01,Minor,A.5.18,Leavers keep access.,kiri@example.test\n\
               NC-02,Minor,A.8.13,Backups are not tested.,dana@example.test\n\
               NC-03,Minor,A.5.24,No incident response exercise.,kiri@example.test\n";
    expect_status(
        app.upload(&audit, "", "register.csv", csv.as_bytes().to_vec(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    // The scheduler on its own thread, as `closeout serve` runs it: a one-second tick, and
    // reminders as soon as their day begins (local hour 0).
    let running = notifier(&app, &server.url(), 0);
    let stop = running.stop_flag();
    let thread = std::thread::spawn(move || running.run(Duration::from_secs(1)));
    let reminders = |server: &SmtpServer| -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = server
            .messages()
            .iter()
            .filter_map(|m| {
                let subject = m.header("Subject")?;
                subject
                    .contains("due tomorrow")
                    .then(|| (m.to.join(","), subject))
            })
            .collect();
        found.sort();
        found
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while reminders(&server).len() < 3 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Three more ticks, then a restart and three more: still one reminder per deadline.
    tokio::time::sleep(Duration::from_secs(3)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    tokio::task::spawn_blocking(move || thread.join().expect("scheduler thread"))
        .await
        .expect("join");
    let restarted = notifier(&app, &server.url(), 0);
    let stop = restarted.stop_flag();
    let thread = std::thread::spawn(move || restarted.run(Duration::from_secs(1)));
    tokio::time::sleep(Duration::from_secs(3)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    tokio::task::spawn_blocking(move || thread.join().expect("scheduler thread"))
        .await
        .expect("join");

    let due = report_date + chrono::Days::new(14);
    assert_eq!(
        reminders(&server),
        [
            (
                "dana@example.test".to_owned(),
                format!("NC-02: corrective action plan due tomorrow ({due})")
            ),
            (
                "kiri@example.test".to_owned(),
                format!("NC-01: corrective action plan due tomorrow ({due})")
            ),
            (
                "kiri@example.test".to_owned(),
                format!("NC-03: corrective action plan due tomorrow ({due})")
            ),
        ]
    );
    // The import's assignments arrive as one email per owner, not one per finding.
    let assigned: Vec<(String, String)> = server
        .messages()
        .iter()
        .filter_map(|m| {
            let subject = m.header("Subject")?;
            subject
                .starts_with("Assigned to you")
                .then(|| (m.to.join(","), subject))
        })
        .collect();
    let mut assigned = assigned;
    assigned.sort();
    assert_eq!(
        assigned,
        [
            (
                "dana@example.test".to_owned(),
                "Assigned to you: NC-02".to_owned()
            ),
            (
                "kiri@example.test".to_owned(),
                "Assigned to you: 2 findings".to_owned()
            ),
        ]
    );
}

#[tokio::test]
async fn messages_claimed_by_a_sender_that_died_go_out_once_its_lease_lapses() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "owner@example.test", Role::Contributor, "UTC").await;
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"}))
        .await;
    let notifier = notifier(&app, &server.url(), 9);
    let start = at("2026-04-02T10:00:00Z");
    let mut report = closeout_notification::worker::TickReport::default();
    notifier
        .schedule(&app.system_scope(), start, &mut report)
        .expect("schedule");
    assert_eq!(report.scheduled, 1);
    // A sender claims it and dies before sending.
    let lease = start.naive_utc() + chrono::Duration::minutes(5);
    let claimed = app
        .db
        .write(|c| {
            closeout_model::notification::claim_due(
                c,
                &app.system_scope(),
                start.naive_utc(),
                lease,
                10,
            )
        })
        .expect("claim");
    assert_eq!(claimed.len(), 1);
    // While the lease holds, no one else sends it.
    let report = tick(&notifier, start + chrono::Duration::minutes(4)).await;
    assert_eq!(report.sent, 0);
    assert_eq!(notifications(&app, "&status=sending").await.len(), 1);
    let report = tick(&notifier, start + chrono::Duration::minutes(6)).await;
    assert_eq!(report.sent, 1);
    tick(&notifier, start + chrono::Duration::minutes(7)).await;
    assert_eq!(server.messages().len(), 1);
}

#[tokio::test]
async fn one_replica_schedules_while_it_lives_and_another_takes_over_when_its_lease_lapses() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    set_rules(&app, json!({"before_days": [], "on_the_day": false, "overdue_every_days": 0, "escalate_after_days": null, "digest_weekday": null})).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "ana@example.test", Role::Contributor, "UTC").await;
    person(&app, "bob@example.test", Role::Contributor, "UTC").await;
    let first = notifier(&app, &server.url(), 9).as_replica("first");
    let second = notifier(&app, &server.url(), 9).as_replica("second");
    let assigned_to = |who: &str| {
        server
            .messages()
            .iter()
            .filter(|m| m.to.join(",") == who)
            .count()
    };
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "ana@example.test"}))
        .await;
    // Events are read a few seconds after they are written (PostgreSQL commits out of order).
    let start = chrono::Utc::now() + chrono::Duration::seconds(10);
    let report = tick(&first, start).await;
    assert!(report.held_lease, "{report:?}");
    assert_eq!((report.scheduled, report.sent), (1, 1), "{report:?}");
    // While the first replica ticks, the second only sends: the new assignment waits for the
    // first's next tick rather than being read twice.
    app.create_finding(&audit, json!({"reference": "NC-02", "grade": "minor", "statement": "s", "owner": "bob@example.test"}))
        .await;
    let later = start + chrono::Duration::seconds(20);
    let report = tick(&second, later).await;
    assert!(!report.held_lease, "{report:?}");
    assert_eq!((report.scheduled, report.sent), (0, 0), "{report:?}");
    assert_eq!(assigned_to("bob@example.test"), 0);
    // The first replica stops. Once its lease (three minutes) has lapsed, the second takes
    // the scheduling over and the assignment goes out, once.
    let report = tick(&second, later + chrono::Duration::minutes(2)).await;
    assert!(!report.held_lease, "{report:?}");
    let report = tick(&second, start + chrono::Duration::minutes(4)).await;
    assert!(report.held_lease, "{report:?}");
    assert_eq!((report.scheduled, report.sent), (1, 1), "{report:?}");
    // Back again, the first finds the lease taken and leaves the work to its holder.
    let report = tick(&first, start + chrono::Duration::minutes(5)).await;
    assert!(!report.held_lease, "{report:?}");
    assert_eq!(
        (
            assigned_to("ana@example.test"),
            assigned_to("bob@example.test")
        ),
        (1, 1)
    );
}

/// A private certificate authority and a certificate for `localhost` it issued, made with the
/// openssl command line in `dir`; returns (CA, server certificate, server key) paths.
fn private_ca(dir: &std::path::Path) -> (String, String, String) {
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let openssl = |args: &[&str]| {
        let status = std::process::Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("the openssl command");
        assert!(status.success(), "openssl {args:?}");
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Closeout test CA",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n",
    )
    .expect("extensions");
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
    (path("ca.pem"), path("server.pem"), path("server.key"))
}

#[tokio::test]
async fn starttls_with_a_private_ca_and_authentication_delivers_and_a_wrong_password_is_refused() {
    let app = spawn_app().await;
    set_rules(&app, rules_without_digest()).await;
    let audit = app.create_audit("Stage 2").await;
    person(&app, "owner@example.test", Role::Contributor, "UTC").await;
    app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"}))
        .await;
    let dir = tempfile::tempdir().expect("temporary folder");
    let (ca, cert, key) = private_ca(dir.path());
    let server = SmtpServer::start_tls(&cert, &key, &ca, "closeout", "s3cret");
    let tls_notifier = |password: &str| {
        let config = closeout_model::config::Config {
            smtp_url: Some(format!(
                "smtp://closeout:{password}@localhost:{}?tls=starttls",
                server.port
            )),
            smtp_ca_file: Some(std::path::PathBuf::from(&ca)),
            ..closeout_model::config::Config::load(|_| None).expect("defaults")
        };
        Notifier::new(
            app.db.clone(),
            Mailer::from_config(&config).expect("mailer"),
            "https://closeout.example.test",
            9,
        )
        .for_organisation(&app.organisation_id)
    };
    // A wrong password: the server refuses it for good (535), so the message is parked.
    let report = tick(&tls_notifier("wrong"), at("2026-04-02T10:00:00Z")).await;
    assert_eq!((report.sent, report.failed), (0, 1), "{report:?}");
    let failed = notifications(&app, "&status=failed").await;
    assert!(
        failed[0]["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("535")),
        "{}",
        failed[0]
    );
    // Sent again with the right password: over STARTTLS (the server offers AUTH only once the
    // connection is encrypted), verified against the private CA.
    let id = failed[0]["id"].as_str().expect("id");
    expect_status(
        app.post(
            &format!("/api/v1/notifications/{id}/resend"),
            &app.admin_token,
            &json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    set_rules(&app, json!({"before_days": [1], "on_the_day": false, "overdue_every_days": 0, "escalate_after_days": null, "digest_weekday": null})).await;
    let report = tick(&tls_notifier("s3cret"), chrono::Utc::now()).await;
    assert_eq!(report.failed, 0, "{report:?}");
    let delivered: Vec<String> = server
        .messages()
        .iter()
        .filter_map(|m| m.header("Subject"))
        .filter(|s| s.contains("due tomorrow"))
        .collect();
    assert_eq!(
        delivered,
        ["NC-01: corrective action plan due tomorrow (2026-04-03)"]
    );
    // Without the CA, the server's certificate is not trusted: nothing is sent in the clear.
    let untrusted = closeout_model::config::Config {
        smtp_url: Some(format!(
            "smtp://closeout:s3cret@localhost:{}?tls=starttls",
            server.port
        )),
        ..closeout_model::config::Config::load(|_| None).expect("defaults")
    };
    let mailer = Mailer::from_config(&untrusted).expect("mailer");
    let row = app
        .db
        .read(|c| {
            closeout_model::notification::get(
                c,
                &app.system_scope(),
                &closeout_model::id::NotificationId::parse(id).expect("an id"),
            )
        })
        .expect("stored");
    let before = server.messages().len();
    assert!(mailer.send(&row).is_err());
    assert_eq!(server.messages().len(), before);
}

#[tokio::test]
async fn more_than_three_reminders_for_one_person_arrive_as_one_email_linking_each_finding_page() {
    let app = spawn_app().await;
    let server = SmtpServer::start();
    set_rules(&app, rules_without_digest()).await;
    person(&app, "kiri@example.test", Role::Contributor, "UTC").await;
    person(&app, "dana@example.test", Role::Contributor, "UTC").await;
    let audit = app.create_audit("Stage 2").await;
    let report_date = chrono::Utc::now().date_naive() - chrono::Days::new(13);
    expect_status(
        app.patch(
            &format!("/api/v1/audits/{audit}"),
            &app.admin_token,
            &json!({"report_date": report_date.to_string()}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let mut csv = String::from("NC ID,Grade,Clause,Nonconformity Description,Owner\n");
    for n in 1..=5 {
        csv.push_str(&format!(
            "NC-0{n},Minor,A.5.18,Gap number {n}.,kiri@example.test\n"
        ));
    }
    csv.push_str("NC-06,Minor,A.8.13,Backups are not tested.,dana@example.test\n");
    csv.push_str("NC-07,Minor,A.8.15,Logs kept 7 days.,dana@example.test\n");
    let imported = expect_status(
        app.upload(&audit, "", "register.csv", csv.into_bytes(), None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(imported["findings_created"], 7);
    let notifier = notifier(&app, &server.url(), 0);
    tick(&notifier, chrono::Utc::now()).await;

    let due = report_date + chrono::Days::new(14);
    let deadline_mail: Vec<_> = server
        .messages()
        .into_iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("due tomorrow") || s.contains("deadlines need you"))
        })
        .collect();
    let kiri: Vec<_> = deadline_mail
        .iter()
        .filter(|m| m.to.iter().any(|t| t == "kiri@example.test"))
        .collect();
    assert_eq!(kiri.len(), 1, "one email for five reminders");
    assert_eq!(
        kiri[0].header("Subject").as_deref(),
        Some("5 deadlines need you")
    );
    let body = kiri[0].decoded();
    let findings = app.findings(&audit, "").await;
    for finding in findings["items"].as_array().unwrap() {
        let reference = finding["reference"].as_str().unwrap();
        let link = format!(
            "https://closeout.example.test/findings/{}",
            finding["id"].as_str().unwrap()
        );
        let kiris = finding["owner"] == "kiri@example.test";
        assert_eq!(
            body.contains(reference),
            kiris,
            "{reference} in kiri's email: {body}"
        );
        assert_eq!(body.contains(&link), kiris, "{link}: {body}");
    }
    assert!(
        body.contains("<th align=\"left\">Reference</th>"),
        "an HTML table: {body}"
    );
    assert!(
        body.contains(&format!("Corrective action plan, {due} (tomorrow)")),
        "{body}"
    );
    assert!(
        !body.contains("/api/v1/"),
        "links open pages, not the API: {body}"
    );

    let mut dana: Vec<String> = deadline_mail
        .iter()
        .filter(|m| m.to.iter().any(|t| t == "dana@example.test"))
        .filter_map(|m| m.header("Subject"))
        .collect();
    dana.sort();
    assert_eq!(
        dana,
        [
            format!("NC-06: corrective action plan due tomorrow ({due})"),
            format!("NC-07: corrective action plan due tomorrow ({due})"),
        ],
        "up to three go out one by one"
    );
    let single = deadline_mail
        .iter()
        .find(|m| m.to.iter().any(|t| t == "dana@example.test"))
        .unwrap()
        .decoded();
    assert!(
        single.contains("https://closeout.example.test/findings/"),
        "{single}"
    );
    assert!(!single.contains("/api/v1/findings/"), "{single}");

    // Every reminder keeps its own record, sent; a second tick sends nothing more.
    let reminders: Vec<Value> = notifications(&app, "")
        .await
        .into_iter()
        .filter(|n| n["kind"] == "reminder")
        .collect();
    assert_eq!(reminders.len(), 7);
    assert!(
        reminders.iter().all(|n| n["status"] == "sent"),
        "{reminders:?}"
    );
    let before = server.messages().len();
    tick(&notifier, chrono::Utc::now()).await;
    assert_eq!(server.messages().len(), before);
}

#[tokio::test]
async fn the_tick_forgets_sign_in_failures_a_day_old_and_keeps_the_recent() {
    use closeout_model::limits;
    use closeout_model::schema::sign_in_throttles;
    use diesel::prelude::*;

    let app = spawn_app().await;
    let smtp = SmtpServer::start();
    let notifier = notifier(&app, &smtp.url(), 7);
    // The real clock: every test on a shared PostgreSQL database ticks, and a tick forgets
    // failures older than a day before its own time.
    let now = chrono::Utc::now();
    let naive = |t: chrono::DateTime<chrono::Utc>| t.naive_utc();
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            // Two days ago, one failure: nothing left to wait for, and no longer counted.
            limits::sign_in_failed(
                c,
                &["password:account:old@example.test".to_owned()],
                naive(now - chrono::Duration::days(2)),
            )?;
            // An hour ago: still counted towards the next wait.
            limits::sign_in_failed(
                c,
                &["password:account:recent@example.test".to_owned()],
                naive(now - chrono::Duration::hours(1)),
            )?;
            Ok(())
        })
    })
    .await
    .expect("task")
    .expect("failures recorded");

    tick(&notifier, now).await;

    let db = app.db.clone();
    let left: Vec<String> = tokio::task::spawn_blocking(move || {
        db.read(|c| {
            Ok(sign_in_throttles::table
                .select(sign_in_throttles::key)
                .order(sign_in_throttles::key)
                .load::<String>(c)?)
        })
    })
    .await
    .expect("task")
    .expect("throttles");
    assert!(
        !left.iter().any(|k| k.contains("old@")),
        "a day-old failure is forgotten: {left:?}"
    );
    assert!(
        left.iter().any(|k| k.contains("recent@")),
        "a recent failure still counts: {left:?}"
    );
}
