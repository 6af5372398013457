//! The split deployment, for real: the four services as separate processes on one database
//! (`serve --target ...`, two replicas of intake and of notification), behind Debian's nginx
//! configured from the route table (`closeout ingress --nginx`), and the whole story through
//! the proxy: import, plan, evidence, verification, closure, the emails received over SMTP,
//! the POA&M. An intake replica and a notification replica are killed (SIGKILL) in the middle;
//! the story still completes, and no email goes out twice.
//!
//! Runs on SQLite, or on a fresh PostgreSQL database when `CLOSEOUT_TEST_DATABASE_URL` is set
//! (as `.ci/run` does). nginx comes from Debian's packages: the test installs it when missing
//! (as root), and fails with the command to run otherwise.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use closeout_testing::process::{Server, Site, free_port};
use closeout_testing::smtp::SmtpServer;
use reqwest::StatusCode;
use serde_json::{Value, json};

const NGINX: &str = "/usr/sbin/nginx";
const TOKEN: &str = "split-deployment-operator-token-0123";

/// Installs nginx from Debian's packages when it is missing.
fn ensure_nginx() {
    if Path::new(NGINX).exists() {
        return;
    }
    let installed = Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends", "nginx"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        installed && Path::new(NGINX).exists(),
        "the split deployment test needs Debian's nginx: run `apt-get install -y nginx` (as root) \
         and test again"
    );
}

/// nginx in the foreground with a configuration of the test's own, stopped when dropped.
struct Proxy {
    child: Child,
    address: String,
    access_log: PathBuf,
}

impl Proxy {
    /// Starts nginx in `dir`, with the generated `locations` inside a server block, and one
    /// upstream per service listing its replicas' ports.
    fn start(dir: &Path, locations: &str, upstreams: &BTreeMap<&str, Vec<u16>>) -> Proxy {
        ensure_nginx();
        let port = free_port();
        std::fs::write(dir.join("closeout-routes.conf"), locations).expect("routes file");
        let mut blocks = String::new();
        for (service, ports) in upstreams {
            blocks.push_str(&format!("    upstream closeout-{service} {{\n"));
            for port in ports {
                // One refused connection takes a dead replica out of the rotation for a while.
                blocks.push_str(&format!(
                    "        server 127.0.0.1:{port} max_fails=1 fail_timeout=60s;\n"
                ));
            }
            blocks.push_str("    }\n");
        }
        let d = dir.display();
        // As root, nginx's workers would run as nobody, who cannot write in the test's folder.
        let user = if running_as_root() { "user root;" } else { "" };
        let conf = format!(
            "{user}
daemon off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    client_body_temp_path {d}/nginx-body;
    proxy_temp_path {d}/nginx-proxy;
    fastcgi_temp_path {d}/nginx-fastcgi;
    uwsgi_temp_path {d}/nginx-uwsgi;
    scgi_temp_path {d}/nginx-scgi;
    log_format routed '$request_method $uri $status $upstream_addr';
    access_log {d}/nginx-access.log routed;
{blocks}    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 25m;
        proxy_http_version 1.1;
        proxy_set_header Connection \"\";
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_next_upstream error timeout;
        proxy_connect_timeout 2s;
        proxy_read_timeout 60s;
        include {d}/closeout-routes.conf;
    }}
}}
"
        );
        let conf_file = dir.join("nginx.conf");
        std::fs::write(&conf_file, conf).expect("nginx.conf");
        let child = Command::new(NGINX)
            .arg("-p")
            .arg(dir)
            .arg("-e")
            .arg(dir.join("nginx-error.log"))
            .arg("-c")
            .arg(&conf_file)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nginx");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "nginx did not start: {}",
                std::fs::read_to_string(dir.join("nginx-error.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Proxy {
            child,
            address: format!("http://127.0.0.1:{port}"),
            access_log: dir.join("nginx-access.log"),
        }
    }

    /// What the proxy logged: method, path, status and the replicas it tried, in order.
    fn requests(&self) -> Vec<Logged> {
        std::fs::read_to_string(&self.access_log)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| {
                let mut words = line.splitn(4, ' ');
                let method = words.next()?.to_owned();
                let path = words.next()?.to_owned();
                let status = words.next()?.parse().ok()?;
                let ports = words
                    .next()
                    .unwrap_or_default()
                    .split(", ")
                    .filter_map(|a| a.rsplit_once(':')?.1.parse().ok())
                    .collect();
                Some(Logged {
                    method,
                    path,
                    status,
                    ports,
                })
            })
            .collect()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One line of the proxy's access log.
#[derive(Debug)]
struct Logged {
    method: String,
    path: String,
    status: u16,
    /// The replicas nginx tried, the one that answered last.
    ports: Vec<u16>,
}

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// Talks to the proxy with a token.
struct Api {
    client: reqwest::Client,
    base: String,
}

impl Api {
    async fn send(&self, request: reqwest::RequestBuilder, expected: StatusCode) -> Value {
        let response = request.send().await.expect("request through the proxy");
        let status = response.status();
        let url = response.url().to_string();
        let body = response.text().await.unwrap_or_default();
        assert_eq!(status, expected, "{url}: {body}");
        serde_json::from_str(&body).unwrap_or(Value::Null)
    }

    async fn get(&self, path: &str, token: &str) -> Value {
        let request = self.client.get(format!("{}{path}", self.base));
        self.send(request.bearer_auth(token), StatusCode::OK).await
    }

    async fn post(&self, path: &str, token: &str, body: Value, expected: StatusCode) -> Value {
        let request = self.client.post(format!("{}{path}", self.base)).json(&body);
        self.send(request.bearer_auth(token), expected).await
    }

    async fn step(&self, finding: &str, action: &str, token: &str) {
        self.post(
            &format!("/api/v1/findings/{finding}/transitions"),
            token,
            json!({"action": action}),
            StatusCode::OK,
        )
        .await;
    }
}

/// An auditor's register, as a real workbook.
fn register() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let rows = [
        [
            "NC ID",
            "Grade",
            "Clause",
            "Nonconformity Description",
            "Owner",
        ],
        [
            "NC-01",
            "Major",
            "A.5.18",
            "Leavers keep their access for weeks.",
            "owner@example.test",
        ],
        [
            "NC-02",
            "Minor",
            "A.8.13",
            "A backup job failed for a month unnoticed.",
            "owner@example.test",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet
                .write_string(r as u32, c as u16, *value)
                .expect("write a cell");
        }
    }
    workbook.save_to_buffer().expect("the workbook")
}

/// Waits (a minute at most) until `done` holds for the messages received.
async fn wait_for_mail(smtp: &SmtpServer, what: &str, done: impl Fn(&SmtpServer) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(smtp) {
        assert!(
            Instant::now() < deadline,
            "no {what} email within a minute; received: {:#?}",
            smtp.messages()
                .iter()
                .map(|m| m.header("Subject"))
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_split_services_behind_nginx_carry_the_whole_story_through_a_replica_crash() {
    let site = Site::new(env!("CARGO_BIN_EXE_closeout"));
    let smtp = SmtpServer::start();
    let client = reqwest::Client::new();
    // The importer plugin is built beside this test's own executable.
    let plugins = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_owned))
        .expect("the test's folder");
    let plugins = plugins.to_string_lossy().into_owned();
    let smtp_url = smtp.url();
    let env = [
        ("CLOSEOUT_BOOTSTRAP_TOKEN", TOKEN),
        ("CLOSEOUT_BOOTSTRAP_EMAIL", "ciso@example.test"),
        ("CLOSEOUT_PLUGIN_DIR", plugins.as_str()),
        ("CLOSEOUT_SMTP_URL", smtp_url.as_str()),
        ("CLOSEOUT_NOTIFY_TICK", "1"),
        ("CLOSEOUT_NOTIFY_LOCAL_HOUR", "0"),
        ("CLOSEOUT_MAIL_FROM", "Closeout <closeout@example.test>"),
    ];
    // The schema first, as a deployment's migration job would; then the first replica alone,
    // which creates the operator's organisation, then the others.
    site.run(&["migrate"]);
    let serve = |target: &str| site.serve(&["--target", target], &env);
    let intake_a = serve("intake");
    intake_a.wait_ready(&client).await;
    let intake_b = serve("intake");
    let risk = serve("risk-assessment");
    let remediation = serve("remediation");
    let notifier_a = serve("notification");
    let notifier_b = serve("notification");
    for server in [&intake_b, &risk, &remediation, &notifier_a, &notifier_b] {
        server.wait_ready(&client).await;
    }
    let servers: [(&str, &Server); 6] = [
        ("intake", &intake_a),
        ("intake", &intake_b),
        ("risk-assessment", &risk),
        ("remediation", &remediation),
        ("notification", &notifier_a),
        ("notification", &notifier_b),
    ];
    let service_of: BTreeMap<u16, &str> = servers.iter().map(|(s, p)| (p.port, *s)).collect();
    let mut upstreams: BTreeMap<&str, Vec<u16>> = BTreeMap::new();
    for (service, server) in &servers {
        upstreams.entry(service).or_default().push(server.port);
    }
    let locations = site.run(&["ingress", "--nginx"]);
    let locations = String::from_utf8(locations.stdout).expect("nginx locations");
    let proxy = Proxy::start(site.dir(), &locations, &upstreams);
    let api = Api {
        client: client.clone(),
        base: proxy.address.clone(),
    };

    // The people: the owner the register names, and an internal auditor who verifies.
    api.post(
        "/api/v1/users",
        TOKEN,
        json!({"email": "owner@example.test", "role": "contributor"}),
        StatusCode::CREATED,
    )
    .await;
    api.post(
        "/api/v1/users",
        TOKEN,
        json!({"email": "auditor@example.test", "role": "auditor"}),
        StatusCode::CREATED,
    )
    .await;
    // The operator issues the auditor's token: one an admin made through the API would also
    // stand for the admin, who submits the evidence, and may not verify it.
    let issued = site.run(&["token", "create", "--email", "auditor@example.test"]);
    let auditor_token = String::from_utf8_lossy(&issued.stdout)
        .split_whitespace()
        .find(|word| word.starts_with("co_"))
        .expect("a token printed")
        .to_owned();

    // The report arrives and is imported.
    let today = chrono::Utc::now().date_naive();
    let audit = api
        .post(
            "/api/v1/audits",
            TOKEN,
            json!({"name": "Stage 2", "kind": "stage2", "report_date": today.to_string()}),
            StatusCode::CREATED,
        )
        .await;
    let audit = audit["id"].as_str().expect("audit id").to_owned();
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(register()).file_name("nonconformities.xlsx"),
    );
    let imported = api
        .send(
            client
                .post(format!("{}/api/v1/audits/{audit}/imports", proxy.address))
                .bearer_auth(TOKEN)
                .multipart(form),
            StatusCode::CREATED,
        )
        .await;
    assert_eq!(imported["findings_created"], 2, "{imported}");
    let owner_told = |smtp: &SmtpServer| {
        smtp.messages().iter().any(|m| {
            m.to == ["owner@example.test"]
                && m.header("Subject").as_deref() == Some("Assigned to you: 2 findings")
        })
    };
    wait_for_mail(&smtp, "assigned-to-you", owner_told).await;

    // Before the crash the proxy spread intake's requests over both replicas.
    let before = proxy.requests();
    let intake_ports: Vec<u16> = before
        .iter()
        .filter_map(|r| r.ports.last().copied())
        .filter(|p| service_of.get(p) == Some(&"intake"))
        .collect();
    assert!(
        intake_ports.contains(&intake_a.port) && intake_ports.contains(&intake_b.port),
        "both intake replicas answered: {before:#?}"
    );
    let (dead_intake, dead_notifier) = (intake_a.port, notifier_a.port);
    intake_a.kill();
    notifier_a.kill();

    // The rest of the story, through the proxy, with one replica of each gone. Round robin
    // offers the dead replicas their turn: nginx must pass over them.
    for _ in 0..2 {
        api.get("/api/v1/me", TOKEN).await;
        api.get("/api/v1/notifications/preview?days=30", TOKEN)
            .await;
    }
    let findings = api
        .get(&format!("/api/v1/audits/{audit}/findings"), TOKEN)
        .await;
    let findings: Vec<(String, String)> = findings["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|f| {
            (
                f["id"].as_str().expect("id").to_owned(),
                f["reference"].as_str().expect("reference").to_owned(),
            )
        })
        .collect();
    assert_eq!(findings.len(), 2);
    let risk_answer = api
        .get(&format!("/api/v1/audits/{audit}/risk"), TOKEN)
        .await;
    assert_eq!(
        risk_answer["order"].as_array().map(Vec::len),
        Some(2),
        "{risk_answer}"
    );
    let plan = json!({
        "requirement": "Access rights are removed on leaving.",
        "evidence": "Accounts of leavers were found active.",
        "nonconformity": "Leavers keep access.",
        "correction": "Accounts disabled.",
        "root_cause_whys": ["No trigger from HR to IT."],
        "corrective_actions": [{"description": "HR leaver form opens an IT ticket."}]
    });
    for (id, reference) in &findings {
        api.send(
            client
                .put(format!("{}/api/v1/findings/{id}/plan", proxy.address))
                .bearer_auth(TOKEN)
                .json(&plan),
            StatusCode::OK,
        )
        .await;
        for action in ["submit_plan", "accept_plan", "start"] {
            api.step(id, action, TOKEN).await;
        }
        let evidence = reqwest::multipart::Form::new()
            .text("title", format!("Ticket export for {reference}"))
            .part(
                "file",
                reqwest::multipart::Part::bytes(b"ticket,closed\nIT-1,yes\n".to_vec())
                    .file_name("tickets.txt"),
            );
        api.send(
            client
                .post(format!(
                    "{}/api/v1/findings/{id}/evidence/files",
                    proxy.address
                ))
                .bearer_auth(TOKEN)
                .multipart(evidence),
            StatusCode::CREATED,
        )
        .await;
        api.step(id, "submit_evidence", TOKEN).await;
    }
    // The surviving notifier tells the auditor about each submission.
    let auditor_told = |smtp: &SmtpServer| {
        let bodies: Vec<String> = smtp
            .messages()
            .iter()
            .filter(|m| m.to == ["auditor@example.test"])
            .map(|m| m.decoded())
            .collect();
        findings.iter().all(|(_, reference)| {
            bodies
                .iter()
                .any(|b| b.contains(reference) && b.contains("awaits verification"))
        })
    };
    wait_for_mail(&smtp, "verification-requested", auditor_told).await;
    for (id, _) in &findings {
        api.step(id, "verify", &auditor_token).await;
        api.step(id, "close", TOKEN).await;
    }
    let poam = api
        .get(&format!("/api/v1/audits/{audit}/reports/poam.json"), TOKEN)
        .await;
    let statuses: Vec<&str> = poam["plan-of-action-and-milestones"]["risks"]
        .as_array()
        .expect("risks")
        .iter()
        .filter_map(|r| r["status"].as_str())
        .collect();
    assert_eq!(statuses, ["closed", "closed"]);

    // A few more ticks for anything that would go out twice, then stop.
    tokio::time::sleep(Duration::from_secs(3)).await;
    for server in [intake_b, risk, remediation, notifier_b] {
        server.terminate();
    }

    // No email doubled.
    smtp.assert_nothing_twice();

    // Every request reached the service the route table names, none failed, and after the
    // crash intake's were answered by the surviving replica (nginx passing over the dead one).
    let services = [
        closeout_intake::service(),
        closeout_risk_assessment::service(),
        closeout_remediation::service(),
        closeout_notification::service(),
    ];
    let logged = proxy.requests();
    assert!(logged.len() > 20, "{logged:#?}");
    assert!(
        logged
            .iter()
            .any(|r| r.method == "POST" && r.path.ends_with("/imports") && r.status == 201),
        "the import went through the proxy: {logged:#?}"
    );
    for request in &logged {
        assert!(request.status < 500, "{request:?}");
        let expected = closeout_web::ingress::route(&services, &request.path).map(|(s, _)| s.name);
        let answered = request
            .ports
            .last()
            .and_then(|p| service_of.get(p))
            .copied();
        assert_eq!(answered, expected, "{request:?}");
    }
    let after = &logged[before.len()..];
    assert!(
        after.iter().all(|r| r.ports.last() != Some(&dead_intake)
            && r.ports.last() != Some(&dead_notifier)),
        "a dead replica answered: {after:#?}"
    );
    for dead in [dead_intake, dead_notifier] {
        assert!(
            after
                .iter()
                .any(|r| r.ports.len() == 2 && r.ports.first() == Some(&dead)),
            "the proxy met the crash of {dead} and passed over it: {after:#?}"
        );
    }
}
