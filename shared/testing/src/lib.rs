//! Test support shared by every service's integration tests (`spawn_app` in the zero2prod
//! manner): a real server on a random port, against SQLite by default or PostgreSQL when
//! `CLOSEOUT_TEST_DATABASE_URL` is set, with a fresh organisation and administrator per test,
//! and one helper per common request.

pub mod browser;
pub mod process;
pub mod smtp;

use closeout_model::Scope;
use std::net::TcpListener;

use closeout_model::config::{Config, LogFormat};
use closeout_model::token::{self, Secret};
use closeout_model::user::{self, Email, NewUser, Role};
use closeout_model::{Database, organisation};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

/// A running server and an organisation of one administrator.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: Database,
    database_url: String,
    pub organisation_id: String,
    pub admin_token: String,
    data_folder: tempfile::TempDir,
}

/// The database the tests run against: `CLOSEOUT_TEST_DATABASE_URL`, or a new SQLite file.
fn database_url(data_dir: &std::path::Path) -> String {
    match std::env::var("CLOSEOUT_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => data_dir.join("closeout.db").to_string_lossy().into_owned(),
    }
}

/// Starts `services` on a random port with a fresh organisation.
pub async fn spawn_app(services: &[closeout_web::Service]) -> TestApp {
    spawn_app_on(services, None).await
}

/// Like [`spawn_app`], on the database at `database_url` when given (a benchmark's own).
pub async fn spawn_app_on(
    services: &[closeout_web::Service],
    database_url: Option<&str>,
) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temporary folder");
    let database_url =
        database_url.map_or_else(|| self::database_url(data_dir.path()), str::to_owned);
    let (address, db) = serve(services, &database_url, data_dir.path()).await;
    let (organisation_id, admin_token) = {
        let db = db.clone();
        tokio::task::spawn_blocking(move || {
            seed_organisation(&db, "Test organisation", "admin@example.test")
        })
        .await
        .expect("seed task")
    };
    TestApp {
        address,
        client: reqwest::Client::new(),
        db,
        database_url,
        organisation_id,
        admin_token,
        data_folder: data_dir,
    }
}

/// Starts `services` on a random port over the database at `database_url`, with `data_dir`
/// for files; returns the server's address and its database pool.
async fn serve(
    services: &[closeout_web::Service],
    database_url: &str,
    data_dir: &std::path::Path,
) -> (String, Database) {
    let config = Config {
        bind: "127.0.0.1:0".to_owned(),
        data_dir: data_dir.to_owned(),
        database_url: database_url.to_owned(),
        db_pool_size: 4,
        log: "warn".to_owned(),
        log_format: LogFormat::Text,
        bootstrap_token: None,
        bootstrap_password: None,
        bootstrap_email: "admin@localhost".to_owned(),
        bootstrap_organisation: "unused".to_owned(),
        base_url: "http://localhost".to_owned(),
        shutdown_timeout_secs: 1,
        plugin_dir: None,
        plugin_allowlist: None,
        max_upload_bytes: 20 * 1024 * 1024,
        smtp_url: None,
        mail_from: "Closeout <closeout@example.test>".to_owned(),
        smtp_connections: 8,
        smtp_ca_file: None,
        notify_tick_secs: 0,
        notify_local_hour: 9,
        metrics_bind: None,
        otlp_endpoint: None,
    };
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a random port");
    let port = listener.local_addr().expect("local address").port();
    let state = tokio::task::spawn_blocking(move || closeout_web::server::prepare(config))
        .await
        .expect("prepare task")
        .expect("the database must be reachable and migrate (is PostgreSQL running?)");
    let db = state.db.clone();
    let server = closeout_web::server::start(state, services, listener).expect("start the server");
    tokio::spawn(server);
    (format!("http://127.0.0.1:{port}"), db)
}

/// Creates an organisation with one administrator; returns its id and the admin's token.
pub fn seed_organisation(db: &Database, name: &str, email: &str) -> (String, String) {
    db.write(|c| {
        let org = organisation::create(c, name)?;
        let scope = Scope::system(org.id.clone());
        let admin = user::create(
            c,
            &scope,
            NewUser {
                email: Email::parse(email).expect("email"),
                name: None,
                role: Role::Admin,
            },
        )?;
        let (_, secret) =
            token::create(c, &scope, &admin, "test", None, None, Secret::generate()?)?;
        Ok((org.id, secret.expose().to_owned()))
    })
    .expect("seed an organisation")
}

impl TestApp {
    /// The seeded organisation as Closeout itself sees it, for tests that set up or check rows
    /// through the model rather than the API.
    pub fn system_scope(&self) -> Scope {
        Scope::system(self.organisation_id.clone())
    }

    /// Another replica of `services` over the same database (its own process state and
    /// connection pool), for the same organisation and administrator.
    pub async fn replica(&self, services: &[closeout_web::Service]) -> TestApp {
        let data_dir = tempfile::tempdir().expect("temporary folder");
        let (address, db) = serve(services, &self.database_url, data_dir.path()).await;
        TestApp {
            address,
            client: reqwest::Client::new(),
            db,
            database_url: self.database_url.clone(),
            organisation_id: self.organisation_id.clone(),
            admin_token: self.admin_token.clone(),
            data_folder: data_dir,
        }
    }

    /// The data folder the server was given.
    pub fn data_dir(&self) -> &std::path::Path {
        self.data_folder.path()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str, token: &str) -> Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    pub async fn post(&self, path: &str, token: &str, body: &Value) -> Response {
        self.client
            .post(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn patch(&self, path: &str, token: &str, body: &Value) -> Response {
        self.client
            .patch(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn put(&self, path: &str, token: &str, body: &Value) -> Response {
        self.client
            .put(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn delete(&self, path: &str, token: &str) -> Response {
        self.client
            .delete(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    /// Uploads a file to an audit's imports with optional query and options.
    pub async fn upload(
        &self,
        audit_id: &str,
        query: &str,
        file_name: &str,
        bytes: Vec<u8>,
        options: Option<Value>,
    ) -> Response {
        let path = format!("/api/v1/audits/{audit_id}/imports{query}");
        self.post_file(&path, file_name, bytes, options).await
    }

    /// Uploads a crosswalk or framework file (`query` such as `?dry_run=true`).
    pub async fn upload_crosswalk(
        &self,
        query: &str,
        file_name: &str,
        bytes: Vec<u8>,
        options: Option<Value>,
    ) -> Response {
        let path = format!("/api/v1/crosswalks/imports{query}");
        self.post_file(&path, file_name, bytes, options).await
    }

    /// Posts a multipart `file` (and `options` JSON) as the administrator.
    async fn post_file(
        &self,
        path: &str,
        file_name: &str,
        bytes: Vec<u8>,
        options: Option<Value>,
    ) -> Response {
        let mut form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()),
        );
        if let Some(options) = options {
            form = form.text("options", options.to_string());
        }
        self.client
            .post(self.url(path))
            .bearer_auth(&self.admin_token)
            .multipart(form)
            .send()
            .await
            .expect("request")
    }

    /// Creates an audit as the administrator and returns its id.
    pub async fn create_audit(&self, name: &str) -> String {
        let response = self
            .post(
                "/api/v1/audits",
                &self.admin_token,
                &json!({"name": name, "kind": "stage2", "certification_body": "BSI", "report_date": "2026-03-20"}),
            )
            .await;
        let body = expect_status(response, StatusCode::CREATED).await;
        body["id"].as_str().expect("audit id").to_owned()
    }

    /// An audit's findings as the administrator lists them (`query` is empty or starts with
    /// `?`): the page, with its `total`.
    pub async fn findings(&self, audit_id: &str, query: &str) -> Value {
        expect_status(
            self.get(
                &format!("/api/v1/audits/{audit_id}/findings{query}"),
                &self.admin_token,
            )
            .await,
            StatusCode::OK,
        )
        .await
    }

    /// Asserts that the status of every unfinished finding of the organisation names the
    /// deadline that matters for its status, with that deadline's date, as its deadlines list
    /// them, and that the three deadlines' dates on its row are theirs (the status and the
    /// reminders preview read copies kept on the finding; this checks the copies kept up).
    pub async fn assert_status_follows_deadlines(&self) {
        use closeout_model::deadline::{Current, Dates, DeadlineKind};
        use closeout_model::finding::FindingStatus;
        use closeout_model::schema::findings;
        use diesel::prelude::*;
        let db = self.db.clone();
        let organisation_id = self.organisation_id.clone();
        let stored: std::collections::HashMap<String, Dates> =
            tokio::task::spawn_blocking(move || {
                db.read(|c| {
                    Ok(findings::table
                        .filter(findings::organisation_id.eq(&organisation_id))
                        .select((
                            findings::id,
                            findings::plan_due,
                            findings::evidence_due,
                            findings::closure_due,
                        ))
                        .load::<(String, Option<_>, Option<_>, Option<_>)>(c)?
                        .into_iter()
                        .map(|(id, plan, evidence, closure)| {
                            (
                                id,
                                Dates {
                                    plan,
                                    evidence,
                                    closure,
                                },
                            )
                        })
                        .collect())
                })
            })
            .await
            .expect("task")
            .expect("the findings' dates");
        let mut after: Option<String> = None;
        let mut checked = 0;
        loop {
            let query = after
                .as_deref()
                .map_or(String::new(), |a| format!("&after={a}"));
            let page = expect_status(
                self.get(
                    &format!("/api/v1/status?limit=500{query}"),
                    &self.admin_token,
                )
                .await,
                StatusCode::OK,
            )
            .await;
            for item in page["items"].as_array().expect("items") {
                let id = item["finding_id"].as_str().expect("finding id");
                let status: FindingStatus = item["status"]
                    .as_str()
                    .and_then(|s| s.parse().ok())
                    .expect("a status");
                let deadlines = expect_status(
                    self.get(
                        &format!("/api/v1/findings/{id}/deadlines"),
                        &self.admin_token,
                    )
                    .await,
                    StatusCode::OK,
                )
                .await;
                let due = |kind: DeadlineKind| {
                    deadlines
                        .as_array()
                        .expect("deadlines")
                        .iter()
                        .find(|d| d["kind"] == kind.as_str())
                        .and_then(|d| d["due_on"].as_str()?.parse().ok())
                };
                assert_eq!(
                    stored.get(id),
                    Some(&Dates::of(due)),
                    "{}: the dates on its row against {deadlines}",
                    item["reference"]
                );
                let expected = Current::of(status, due);
                assert_eq!(
                    (item["deadline"].as_str(), item["due_on"].as_str()),
                    (
                        expected.kind.map(DeadlineKind::as_str),
                        expected.due_on.map(|d| d.to_string()).as_deref()
                    ),
                    "{} ({}) against {deadlines}",
                    item["reference"],
                    item["status"]
                );
                checked += 1;
            }
            match page["next_after"].as_str() {
                Some(next) => after = Some(next.to_owned()),
                None => break,
            }
        }
        assert!(checked > 0, "no unfinished finding to check");
    }

    /// Adds a finding as the administrator and returns the answer.
    pub async fn create_finding(&self, audit_id: &str, body: Value) -> Value {
        let response = self
            .post(
                &format!("/api/v1/audits/{audit_id}/findings"),
                &self.admin_token,
                &body,
            )
            .await;
        expect_status(response, StatusCode::CREATED).await
    }

    /// Saves `plan` as the finding's corrective action plan, as the administrator.
    pub async fn save_plan(&self, finding_id: &str, plan: &Value) {
        let response = self
            .put(
                &format!("/api/v1/findings/{finding_id}/plan"),
                &self.admin_token,
                plan,
            )
            .await;
        expect_status(response, StatusCode::OK).await;
    }

    /// Takes each lifecycle step in turn as the administrator; each must succeed.
    pub async fn take_steps(&self, finding_id: &str, actions: &[&str]) {
        for action in actions {
            let response = self
                .post(
                    &format!("/api/v1/findings/{finding_id}/transitions"),
                    &self.admin_token,
                    &json!({ "action": action }),
                )
                .await;
            expect_status(response, StatusCode::OK).await;
        }
    }

    /// Creates another organisation in the same database and returns its administrator's token.
    pub async fn second_organisation_admin(&self) -> String {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            seed_organisation(&db, "Another organisation", "admin@other.test")
        })
        .await
        .expect("task")
        .1
    }

    /// Adds a user with `role` to this organisation and returns their id and a token.
    pub async fn user_with_role(&self, email: &str, role: Role) -> (String, String) {
        self.user_with_token(email, role, None).await
    }

    /// Like [`TestApp::user_with_role`], with a chosen expiry for the token.
    pub async fn user_with_token(
        &self,
        email: &str,
        role: Role,
        expires_at: Option<chrono::NaiveDateTime>,
    ) -> (String, String) {
        let db = self.db.clone();
        let organisation_id = self.organisation_id.clone();
        let email = email.to_owned();
        tokio::task::spawn_blocking(move || {
            db.write(|c| {
                let created = user::create(
                    c,
                    &Scope::system(organisation_id.to_owned()),
                    NewUser {
                        email: Email::parse(&email).expect("email"),
                        name: None,
                        role,
                    },
                )?;
                let (_, secret) = token::create(
                    c,
                    &Scope::system(organisation_id.to_owned()),
                    &created,
                    "test",
                    expires_at,
                    None,
                    Secret::generate()?,
                )?;
                Ok((created.id.to_string(), secret.expose().to_owned()))
            })
        })
        .await
        .expect("task")
        .expect("create user")
    }
}

/// A corrective action plan with every part submitting asks for, a word each.
pub fn complete_plan() -> Value {
    json!({
        "requirement": "r", "evidence": "e", "nonconformity": "n", "correction": "c",
        "root_cause_whys": ["w"], "corrective_actions": [{"description": "d"}]
    })
}

/// The nearest-rank percentile `p` (0 to 1) of `sorted` durations, in milliseconds; NaN
/// when there are none. What every benchmark prints.
pub fn percentile_ms(sorted: &[std::time::Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index].as_secs_f64() * 1000.0
}

/// A generated register in CSV for the benchmarks: `rows` findings referenced `{prefix}-000001`
/// on, mixing grades and requirements, owned in turn by `owner0@example.test` to
/// `owner3@example.test`.
pub fn generated_register(rows: usize, prefix: &str) -> String {
    let grades = ["Major", "Minor", "Minor", "Minor", "OFI", "Observation"];
    let clauses = [
        "A.5.15", "A.8.8", "9.2", "A.8.15", "A.5.31", "A.6.3", "7.5.3", "A.8.20",
    ];
    let mut csv = String::from("NC ID,Grade,Clause,Nonconformity Description,Owner\n");
    for n in 0..rows {
        csv.push_str(&format!(
            "{prefix}-{n:06},{},{},Finding number {n}: the control is not operated as the policy says.,owner{}@example.test\n",
            grades[n % grades.len()],
            clauses[n % clauses.len()],
            n % 4
        ));
    }
    csv
}

/// Asserts the status and returns the JSON body, printing the body when the status is wrong.
pub async fn expect_status(response: Response, status: StatusCode) -> Value {
    let actual = response.status();
    let text = response.text().await.expect("body");
    assert_eq!(actual, status, "unexpected status; body: {text}");
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
    }
}

/// Asserts a problem response: status, content type and `type`.
pub async fn expect_problem(response: Response, status: StatusCode, slug: &str) -> Value {
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = expect_status(response, status).await;
    assert_eq!(content_type, "application/problem+json", "body: {body}");
    assert_eq!(
        body["type"],
        format!("urn:closeout:problem:{slug}"),
        "body: {body}"
    );
    assert_eq!(body["status"], status.as_u16());
    assert!(
        body["detail"].as_str().is_some_and(|d| !d.is_empty()),
        "body: {body}"
    );
    body
}
