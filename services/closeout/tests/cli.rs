//! The `closeout` binary as an operator uses it: first run, targets, administrator commands
//! and graceful shutdown. Runs on SQLite, or on a fresh PostgreSQL database per test when
//! `CLOSEOUT_TEST_DATABASE_URL` is set.

use std::time::{Duration, Instant};

use closeout_testing::process::{Site, free_port};
use reqwest::StatusCode;
use serde_json::Value;

fn site() -> Site {
    Site::new(env!("CARGO_BIN_EXE_closeout"))
}

fn token_in(printed: &str) -> String {
    printed
        .split_whitespace()
        .find(|word| word.starts_with("co_"))
        .unwrap_or_else(|| panic!("no token printed: {printed}"))
        .to_owned()
}

async fn me(client: &reqwest::Client, address: &str, token: &str) -> (StatusCode, Value) {
    let response = client
        .get(format!("{address}/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn first_run_creates_an_administrator_and_prints_the_token_once() {
    let site = site();
    let client = reqwest::Client::new();
    let server = site.serve(&[], &[]);
    server.wait_ready(&client).await;
    let printed = server.printed();
    let token = token_in(&printed);
    let (status, user) = me(&client, &server.address, &token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["email"], "admin@localhost");
    assert_eq!(user["role"], "admin");

    // A browser at the server's address is sent to sign in, and the printed link lets the
    // administrator choose a password.
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let home = browser.get(&server.address).send().await.unwrap();
    assert_eq!(home.status(), StatusCode::SEE_OTHER);
    assert_eq!(home.headers()["location"], "/sign-in?next=%2F");
    let link = printed
        .split_whitespace()
        .find(|word| word.contains("/set-password?link="))
        .unwrap_or_else(|| panic!("no password link printed: {printed}"));
    assert!(link.starts_with(&server.address), "{link}");
    let form = browser.get(link).send().await.unwrap();
    assert_eq!(form.status(), StatusCode::OK);
    assert!(form.text().await.unwrap().contains("admin@localhost"));
    server.terminate();

    // The second start finds users and creates nothing; the token still works.
    let server = site.serve(&[], &[]);
    server.wait_ready(&client).await;
    assert!(
        !server.printed().contains("co_"),
        "a second token was printed"
    );
    assert_eq!(me(&client, &server.address, &token).await.0, StatusCode::OK);
    server.terminate();
    if !site.on_postgres() {
        assert!(
            site.dir().join("closeout.db").exists(),
            "SQLite lives in the data folder"
        );
    }
}

#[tokio::test]
async fn the_bootstrap_token_variable_becomes_the_admins_token() {
    let site = site();
    let client = reqwest::Client::new();
    let chosen = "scripted-setup-token-0123456789";
    let server = site.serve(
        &[],
        &[
            ("CLOSEOUT_BOOTSTRAP_TOKEN", chosen),
            ("CLOSEOUT_BOOTSTRAP_EMAIL", "ciso@example.test"),
        ],
    );
    server.wait_ready(&client).await;
    assert!(
        !server.printed().contains(chosen),
        "the chosen token must not be echoed"
    );
    let (status, user) = me(&client, &server.address, chosen).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["email"], "ciso@example.test");
    server.terminate();

    // The token lives in the environment, not the database: started without it, the same
    // database no longer accepts it; given it again, it works again.
    let server = site.serve(&[], &[]);
    server.wait_ready(&client).await;
    assert_eq!(
        me(&client, &server.address, chosen).await.0,
        StatusCode::UNAUTHORIZED
    );
    server.terminate();
    let server = site.serve(&[], &[("CLOSEOUT_BOOTSTRAP_TOKEN", chosen)]);
    server.wait_ready(&client).await;
    assert_eq!(me(&client, &server.address, chosen).await.0, StatusCode::OK);
    server.terminate();
}

#[tokio::test]
async fn the_manifests_placeholder_secrets_stop_the_server_from_starting() {
    let site = site();
    for (variable, value) in [
        (
            "CLOSEOUT_BOOTSTRAP_TOKEN",
            "REPLACE-ME-with-a-long-random-value",
        ),
        (
            "DATABASE_URL",
            "postgres://closeout:REPLACE-ME@127.0.0.1:5432/closeout",
        ),
    ] {
        let output = site
            .command()
            .args(["serve", "--bind", &format!("127.0.0.1:{}", free_port())])
            .env(variable, value)
            .output()
            .expect("run");
        assert!(!output.status.success(), "{variable} must stop the start");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains(variable) && stderr.contains("placeholder"),
            "{stderr}"
        );
    }
}

#[tokio::test]
async fn the_bootstrap_password_variable_lets_the_administrator_sign_in_at_once() {
    let site = site();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let password = "scripted setup passphrase";
    let server = site.serve(
        &[],
        &[
            ("CLOSEOUT_BOOTSTRAP_EMAIL", "ciso@example.test"),
            ("CLOSEOUT_BOOTSTRAP_PASSWORD", password),
        ],
    );
    server.wait_ready(&client).await;
    let printed = server.printed();
    assert!(
        !printed.contains(password),
        "the password must not be echoed"
    );
    assert!(
        !printed.contains("set-password"),
        "no link needed: {printed}"
    );
    let signed_in = client
        .post(format!("{}/sign-in", server.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=ciso%40example.test&password=scripted+setup+passphrase")
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let cookie = signed_in.headers()["set-cookie"].to_str().unwrap();
    let session = cookie.split(';').next().unwrap().to_owned();
    let home = client
        .get(&server.address)
        .header("cookie", session)
        .send()
        .await
        .unwrap();
    assert_eq!(home.status(), StatusCode::OK);
    assert!(
        home.text()
            .await
            .unwrap()
            .contains("ciso@example.test (admin)")
    );
    server.terminate();
}

#[tokio::test]
async fn a_bootstrap_token_that_is_too_short_is_refused_clearly() {
    let site = site();
    let output = site
        .command()
        .args(["serve", "--bind", &format!("127.0.0.1:{}", free_port())])
        .env("CLOSEOUT_BOOTSTRAP_TOKEN", "short")
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("CLOSEOUT_BOOTSTRAP_TOKEN"), "{stderr}");
}

#[tokio::test]
async fn administrators_manage_users_and_tokens_from_the_command_line() {
    let site = site();
    site.run(&["migrate"]);
    let created = site.run(&["organisation", "create", "--name", "Acme"]);
    assert!(String::from_utf8_lossy(&created.stdout).contains("Acme"));
    site.run(&[
        "user",
        "create",
        "--email",
        "Manager@Acme.test",
        "--role",
        "manager",
    ]);
    let issued = site.run(&[
        "token",
        "create",
        "--email",
        "manager@acme.test",
        "--expires-in-days",
        "30",
    ]);
    let token = token_in(&String::from_utf8_lossy(&issued.stdout));
    let token_id = String::from_utf8_lossy(&issued.stderr)
        .split_whitespace()
        .nth(1)
        .expect("token id on stderr")
        .to_owned();

    let client = reqwest::Client::new();
    let server = site.serve(&[], &[]);
    server.wait_ready(&client).await;
    let (status, user) = me(&client, &server.address, &token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["role"], "manager");
    site.run(&["token", "revoke", &token_id]);
    assert_eq!(
        me(&client, &server.address, &token).await.0,
        StatusCode::UNAUTHORIZED
    );
    server.terminate();

    let wrong_role = site
        .command()
        .args(["user", "create", "--email", "x@acme.test", "--role", "boss"])
        .output()
        .expect("run");
    assert!(!wrong_role.status.success());
    assert!(String::from_utf8_lossy(&wrong_role.stderr).contains("boss"));
}

#[tokio::test]
async fn a_target_runs_only_its_service() {
    let site = site();
    let client = reqwest::Client::new();
    let listed = site.run(&["targets"]);
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    for target in [
        "all",
        "intake",
        "risk-assessment",
        "remediation",
        "notification",
    ] {
        assert!(
            listed.lines().any(|l| l.starts_with(target)),
            "{target} missing: {listed}"
        );
    }
    let server = site.serve(
        &["--target", "risk-assessment"],
        &[("CLOSEOUT_BOOTSTRAP_TOKEN", "0123456789abcdef0123")],
    );
    server.wait_ready(&client).await;
    let audits = client
        .get(format!("{}/api/v1/audits", server.address))
        .bearer_auth("0123456789abcdef0123")
        .send()
        .await
        .expect("request");
    assert_eq!(
        audits.status(),
        StatusCode::NOT_FOUND,
        "intake routes are not mounted"
    );
    let document: Value = client
        .get(format!("{}/api/v1/openapi.json", server.address))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let tags: Vec<&str> = document["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(tags, ["health", "risk-assessment"]);
    server.terminate();

    let unknown = site
        .command()
        .args(["serve", "--target", "billing"])
        .output()
        .expect("run");
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("billing"));
}

#[tokio::test]
async fn the_all_in_one_process_lists_every_service_in_its_openapi_document() {
    let site = site();
    let client = reqwest::Client::new();
    let server = site.serve(&[], &[]);
    server.wait_ready(&client).await;
    let document: Value = client
        .get(format!("{}/api/v1/openapi.json", server.address))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let tags: Vec<&str> = document["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(
        tags,
        [
            "health",
            "intake",
            "risk-assessment",
            "remediation",
            "notification"
        ]
    );
    server.terminate();
}

#[tokio::test]
async fn serve_emails_an_owner_whose_plan_is_due_tomorrow_once_and_stops_cleanly() {
    let site = site();
    let client = reqwest::Client::new();
    let smtp = closeout_testing::smtp::SmtpServer::start();
    let token = "scripted-setup-token-0123456789";
    let env = [
        ("CLOSEOUT_BOOTSTRAP_TOKEN", token),
        ("CLOSEOUT_BOOTSTRAP_EMAIL", "ciso@example.test"),
        ("CLOSEOUT_NOTIFY_TICK", "1"),
        ("CLOSEOUT_NOTIFY_LOCAL_HOUR", "0"),
        ("CLOSEOUT_MAIL_FROM", "Closeout <closeout@example.test>"),
    ];
    let url = smtp.url();
    let mut with_smtp = env.to_vec();
    with_smtp.push(("CLOSEOUT_SMTP_URL", &url));
    let metrics = format!("127.0.0.1:{}", free_port());
    let mut with_metrics = with_smtp.clone();
    with_metrics.push(("CLOSEOUT_METRICS_BIND", &metrics));
    let server = site.serve(&[], &with_metrics);
    server.wait_ready(&client).await;
    audit_due_tomorrow(&client, &server.address, token, 1, "ciso@example.test").await;
    let reminder = |smtp: &closeout_testing::smtp::SmtpServer| {
        smtp.messages()
            .iter()
            .filter(|m| {
                m.header("Subject")
                    .is_some_and(|s| s.contains("due tomorrow"))
            })
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while reminder(&smtp) == 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // A few more ticks, then a restart: still one.
    tokio::time::sleep(Duration::from_secs(3)).await;
    // Nothing written since: the posture asked again is served from the one kept.
    for _ in 0..3 {
        let posture = client
            .get(format!("{}/api/v1/posture", server.address))
            .bearer_auth(token)
            .send()
            .await
            .expect("posture");
        assert_eq!(posture.status(), StatusCode::OK);
    }
    // Prometheus reads what happened on the metrics port, by route template, and the public
    // port does not answer it.
    let scraped = client
        .get(format!("http://{metrics}/metrics"))
        .send()
        .await
        .expect("scrape");
    assert_eq!(scraped.status(), StatusCode::OK);
    let scraped = scraped.text().await.expect("metrics");
    for expected in [
        "closeout_http_requests_total{method=\"POST\",route=\"/api/v1/audits\",status=\"201\"} 1\n".to_owned(),
        "closeout_http_requests_total{method=\"POST\",route=\"/api/v1/audits/{audit_id}/findings\",status=\"201\"} 1\n".to_owned(),
        "closeout_http_request_duration_seconds_count{route=\"/api/v1/audits\"} 1\n".to_owned(),
        format!(
            "closeout_emails_sent_total {}\n",
            smtp.messages().len()
        ),
        "closeout_emails_failed_total 0\n".to_owned(),
        "closeout_db_pool_connections{state=\"max\"}".to_owned(),
    ] {
        assert!(scraped.contains(expected.as_str()), "{expected} in\n{scraped}");
    }
    assert!(
        !scraped.contains("route=\"/api/v1/audits/0"),
        "ids make no series: {scraped}"
    );
    let kept = |outcome: &str| -> u64 {
        let line = format!("closeout_kept_answers_total{{outcome=\"{outcome}\"}} ");
        scraped
            .lines()
            .find_map(|l| l.strip_prefix(line.as_str()))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{line} in\n{scraped}"))
    };
    assert!(kept("computed") >= 1 && kept("served") >= 1, "{scraped}");
    let public = client
        .get(format!("{}/metrics", server.address))
        .send()
        .await
        .expect("request");
    assert_eq!(public.status(), StatusCode::NOT_FOUND);
    server.terminate();
    let restarted = site.serve(&[], &with_smtp);
    restarted.wait_ready(&client).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    restarted.terminate();
    assert_eq!(reminder(&smtp), 1, "{:#?}", smtp.messages());
    let message = smtp
        .messages()
        .into_iter()
        .find(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("due tomorrow"))
        })
        .expect("the reminder");
    assert_eq!(message.to, ["ciso@example.test"]);
    assert_eq!(message.from, "closeout@example.test");
}

#[tokio::test]
async fn two_notifier_processes_on_one_database_send_each_message_once() {
    let site = site();
    let client = reqwest::Client::new();
    let smtp = closeout_testing::smtp::SmtpServer::start();
    let token = "scripted-setup-token-0123456789";
    let api = site.serve(
        &[],
        &[
            ("CLOSEOUT_BOOTSTRAP_TOKEN", token),
            ("CLOSEOUT_BOOTSTRAP_EMAIL", "ciso@example.test"),
            ("CLOSEOUT_NOTIFY_TICK", "0"),
        ],
    );
    api.wait_ready(&client).await;
    let findings = 20;
    audit_due_tomorrow(&client, &api.address, token, findings, "ciso@example.test").await;
    // On PostgreSQL the notifier reads an event 5 s after it was written (transactions commit
    // out of order); the twenty assignments are one email only if they are all readable at
    // the first tick.
    if std::env::var("CLOSEOUT_TEST_DATABASE_URL").is_ok() {
        tokio::time::sleep(Duration::from_secs(6)).await;
    }
    // Two notifier replicas, as Kubernetes would run them, on the same database.
    let url = smtp.url();
    let notifier_env = [
        ("CLOSEOUT_NOTIFY_TICK", "1"),
        ("CLOSEOUT_NOTIFY_LOCAL_HOUR", "0"),
        ("CLOSEOUT_SMTP_URL", url.as_str()),
    ];
    let first = site.serve(&["--target", "notification"], &notifier_env);
    let second = site.serve(&["--target", "notification"], &notifier_env);
    first.wait_ready(&client).await;
    second.wait_ready(&client).await;
    // Every finding's reminder, alone or grouped with the others one replica claimed at once,
    // and one grouped "assigned to you".
    let reminded = |smtp: &closeout_testing::smtp::SmtpServer| -> usize {
        let bodies: Vec<String> = smtp.messages().iter().map(|m| m.decoded()).collect();
        (0..findings)
            .filter(|n| {
                let reference = format!("NC-{n:02}");
                bodies.iter().any(|b| {
                    b.contains(&reference)
                        && (b.contains("due tomorrow") || b.contains("deadlines need you"))
                })
            })
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(40);
    while reminded(&smtp) < findings && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    first.terminate();
    second.terminate();
    api.terminate();
    smtp.assert_nothing_twice();
    let messages = smtp.messages();
    let subjects: Vec<Option<String>> = messages.iter().map(|m| m.header("Subject")).collect();
    let reminder_bodies: Vec<String> = messages
        .iter()
        .filter(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("due tomorrow") || s.contains("deadlines need you"))
        })
        .map(|m| m.decoded())
        .collect();
    for n in 0..findings {
        let reference = format!("NC-{n:02}");
        let carrying = reminder_bodies
            .iter()
            .filter(|b| b.contains(&reference))
            .count();
        assert_eq!(carrying, 1, "{reference} reminded once: {subjects:#?}");
    }
    let assigned = subjects
        .iter()
        .filter(|s| s.as_deref() == Some("Assigned to you: 20 findings"))
        .count();
    assert_eq!(assigned, 1, "{subjects:#?}");
    assert_eq!(
        messages.len(),
        reminder_bodies.len() + 1,
        "nothing else: {subjects:#?}"
    );
}

/// Creates an audit whose report is dated 13 days ago (so, with no policy chosen, plans are due
/// tomorrow) and `count` minor findings owned by `owner`; returns the audit's id.
async fn audit_due_tomorrow(
    client: &reqwest::Client,
    address: &str,
    token: &str,
    count: usize,
    owner: &str,
) -> String {
    let report_date = chrono::Utc::now().date_naive() - chrono::Days::new(13);
    let audit: Value = client
        .post(format!("{address}/api/v1/audits"))
        .bearer_auth(token)
        .json(&serde_json::json!({"name": "Stage 2", "kind": "stage2", "report_date": report_date.to_string()}))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("audit");
    let audit = audit["id"].as_str().expect("audit id").to_owned();
    for n in 0..count {
        let response = client
            .post(format!("{address}/api/v1/audits/{audit}/findings"))
            .bearer_auth(token)
            .json(&serde_json::json!({"reference": format!("NC-{n:02}"), "grade": "minor", "statement": "Leavers keep access.", "owner": owner}))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    audit
}

/// A stand-in OpenTelemetry collector: answers every OTLP/HTTP export with 200 and hands the
/// bodies it received to the test.
fn collector() -> (u16, std::sync::mpsc::Receiver<Value>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port for the collector");
    let port = listener.local_addr().expect("address").port();
    let (bodies, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut length = 0;
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some((name, value)) = line.split_once(':')
                    && name.eq_ignore_ascii_case("content-length")
                {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
            );
            if request_line.starts_with("POST /v1/traces ")
                && let Ok(json) = serde_json::from_slice(&body)
            {
                let _ = bodies.send(json);
            }
        }
    });
    (port, received)
}

#[tokio::test]
async fn with_a_collector_set_each_request_reaches_it_as_a_server_span() {
    let (port, received) = collector();
    let site = site();
    let client = reqwest::Client::new();
    let token = "tracing-setup-token-0123456789";
    let endpoint = format!("http://127.0.0.1:{port}");
    let server = site.serve(
        &["--target", "intake"],
        &[
            ("CLOSEOUT_BOOTSTRAP_TOKEN", token),
            ("CLOSEOUT_OTLP_ENDPOINT", &endpoint),
        ],
    );
    server.wait_ready(&client).await;
    // A caller passing its W3C trace context: the request's span joins the caller's trace.
    let traced = client
        .get(format!("{}/api/v1/me", server.address))
        .bearer_auth(token)
        .header(
            "traceparent",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        )
        .send()
        .await
        .expect("request");
    assert_eq!(traced.status(), StatusCode::OK);
    let deadline = Instant::now() + Duration::from_secs(15);
    let (service, span) = loop {
        let body = received
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the request's span at the collector within 15 s");
        let found = body["resourceSpans"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|resource| {
                let service = resource["resource"]["attributes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|a| a["key"] == "service.name")
                    .map(|a| a["value"]["stringValue"].clone());
                resource["scopeSpans"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .flat_map(|scope| scope["spans"].as_array().into_iter().flatten())
                    .map(move |span| (service.clone(), span.clone()))
            })
            .find(|(_, span)| span["name"] == "GET /api/v1/me");
        if let Some(found) = found {
            break found;
        }
    };
    server.terminate();
    assert_eq!(service, Some(Value::from("closeout-intake")));
    assert_eq!(span["kind"], 2, "a server span: {span}");
    let hex = |v: &Value, n: usize| {
        v.as_str()
            .is_some_and(|s| s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit()))
    };
    assert!(
        hex(&span["traceId"], 32) && hex(&span["spanId"], 16),
        "{span}"
    );
    assert_eq!(span["traceId"], "0af7651916cd43dd8448eb211c80319c");
    assert_eq!(span["parentSpanId"], "b7ad6b7169203331");
    let status = span["attributes"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["key"] == "http.status_code")
        .map(|a| a["value"].clone());
    assert_eq!(
        status,
        Some(serde_json::json!({"intValue": "200"})),
        "{span}"
    );
    let start: u64 = span["startTimeUnixNano"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("a start");
    let end: u64 = span["endTimeUnixNano"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("an end");
    assert!(end >= start, "{span}");

    // A collector over TLS is refused at start with the reason, not silently ignored.
    let refused = site
        .command()
        .args(["serve", "--bind", &format!("127.0.0.1:{}", free_port())])
        .env(
            "CLOSEOUT_OTLP_ENDPOINT",
            "https://collector.example.test:4318",
        )
        .output()
        .expect("run");
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("only http://"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
