//! The authorisation matrix: every operation of the OpenAPI document, tried by every kind of
//! caller, against the outcome reviewed and kept in `tests/authz/matrix.txt`.
//!
//! The callers: nobody, an admin, a manager, a contributor (the finding is assigned to
//! them), an auditor, the admin of another organisation, an expired token and a revoked one.
//! Every path parameter names something real of the first organisation, so the other
//! organisation's admin must get 404 on every route that names one. An operation without a
//! row, or a row without an operation, fails the test; so does any answer that differs from
//! its cell. After a deliberate change, `CLOSEOUT_AUTHZ_WRITE=1 cargo test -p closeout --test
//! authz` rewrites the file from what was observed, for review in the diff.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use closeout_model::token::{self, Secret};
use closeout_model::user::Role;
use closeout_testing::{TestApp, expect_status};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// The callers, in the matrix's column order.
const CALLERS: [&str; 8] = [
    "anonymous",
    "admin",
    "manager",
    "contributor",
    "auditor",
    "other-org",
    "expired",
    "revoked",
];

const MATRIX: &str = "tests/authz/matrix.txt";

/// What an answer tells about authorisation, in a few letters.
fn outcome(status: StatusCode) -> String {
    match status.as_u16() {
        200..=299 => "ok".into(),
        400 | 413 | 415 | 422 => "bad".into(),
        other => other.to_string(),
    }
}

/// Ids of real things of the first organisation, for the path parameters.
struct Fixtures {
    audit: String,
    finding: String,
    evidence: String,
    task: String,
    import: String,
    notification: String,
    framework: String,
    feed_secret: String,
}

async fn fixtures(app: &TestApp) -> Fixtures {
    let audit = app.create_audit("Stage 2").await;
    let finding = app
        .create_finding(
            &audit,
            json!({"reference": "NC-01", "grade": "minor", "statement": "Leavers keep access.",
                   "requirements": ["A.5.18"], "owner": "owner@example.test"}),
        )
        .await["id"]
        .as_str()
        .expect("finding id")
        .to_owned();
    expect_status(
        app.put(
            &format!("/api/v1/findings/{finding}/plan"),
            &app.admin_token,
            &json!({"correction": "The three accounts were disabled."}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"%PDF-1.7\n%%EOF\n".to_vec()).file_name("report.pdf"),
        )
        .text("title", "Reconciliation report");
    let evidence = app
        .client
        .post(app.url(&format!("/api/v1/findings/{finding}/evidence/files")))
        .bearer_auth(&app.admin_token)
        .multipart(form)
        .send()
        .await
        .expect("request");
    let evidence = expect_status(evidence, StatusCode::CREATED).await["id"]
        .as_str()
        .expect("evidence id")
        .to_owned();
    let task = expect_status(
        app.post(
            &format!("/api/v1/findings/{finding}/tasks"),
            &app.admin_token,
            &json!({"title": "Automate deprovisioning", "owner": "owner@example.test"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await["id"]
        .as_str()
        .expect("task id")
        .to_owned();
    let import = expect_status(
        app.upload(
            &audit,
            "",
            "register.csv",
            b"Reference,Grade,Statement\nNC-02,Minor,Backups are not tested\n".to_vec(),
            None,
        )
        .await,
        StatusCode::CREATED,
    )
    .await["id"]
        .as_str()
        .expect("import id")
        .to_owned();
    let feed = expect_status(
        app.post("/api/v1/calendar-feeds", &app.admin_token, &json!({}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    let feed_secret = feed["url"]
        .as_str()
        .and_then(|url| url.rsplit('/').next())
        .expect("feed url")
        .to_owned();
    // A queued email: the test message, written to the mail folder (no SMTP here).
    expect_status(
        app.post("/api/v1/notifications/test", &app.admin_token, &json!({}))
            .await,
        StatusCode::CREATED,
    )
    .await;
    let notifications = expect_status(
        app.get("/api/v1/notifications", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let notification = notifications["items"][0]["id"]
        .as_str()
        .expect("a notification")
        .to_owned();
    // A framework this organisation imported (the catalog's ISO framework is everyone's).
    let crosswalk = std::fs::read(
        "../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml",
    )
    .expect("the CISO Assistant mapping in testdata");
    expect_status(
        app.upload_crosswalk("", "mapping.yaml", crosswalk, None)
            .await,
        StatusCode::CREATED,
    )
    .await;
    let frameworks = expect_status(
        app.get("/api/v1/frameworks", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let framework = frameworks
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["id"].as_str())
        .find(|id| *id != "iso27001-2022")
        .expect("the imported framework")
        .to_owned();
    Fixtures {
        audit,
        finding,
        evidence,
        task,
        import,
        notification,
        framework,
        feed_secret,
    }
}

/// A token of the first organisation's admin, made for one request that may revoke it.
async fn throwaway_token(app: &TestApp) -> String {
    let db = app.db.clone();
    let scope = app.system_scope();
    tokio::task::spawn_blocking(move || {
        db.write(|c| {
            let admin = closeout_model::user::find_by_email(
                c,
                &scope,
                &closeout_model::user::Email::parse("admin@example.test").expect("email"),
            )?
            .expect("the admin");
            let (made, _) = token::create(
                c,
                &scope,
                &admin,
                "throwaway",
                None,
                None,
                Secret::generate()?,
            )?;
            Ok(made.id.to_string())
        })
    })
    .await
    .expect("task")
    .expect("a token")
}

/// A calendar feed of the admin's, made for one request that may revoke it.
async fn throwaway_feed(app: &TestApp) -> String {
    expect_status(
        app.post("/api/v1/calendar-feeds", &app.admin_token, &json!({}))
            .await,
        StatusCode::CREATED,
    )
    .await["id"]
        .as_str()
        .expect("feed id")
        .to_owned()
}

/// The callers' tokens (none for the anonymous one), in [`CALLERS`] order.
async fn callers(app: &TestApp) -> Vec<Option<String>> {
    let (_, manager) = app
        .user_with_role("manager@example.test", Role::Manager)
        .await;
    let (_, contributor) = app
        .user_with_role("owner@example.test", Role::Contributor)
        .await;
    let (_, auditor) = app
        .user_with_role("auditor@example.test", Role::Auditor)
        .await;
    let other = app.second_organisation_admin().await;
    let (_, expired) = app
        .user_with_token(
            "expired@example.test",
            Role::Admin,
            Some(closeout_model::id::now() - chrono::Duration::hours(1)),
        )
        .await;
    let revoked = expect_status(
        app.post(
            "/api/v1/tokens",
            &app.admin_token,
            &json!({"name": "revoked"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let revoked_id = revoked["id"].as_str().expect("id");
    expect_status(
        app.delete(&format!("/api/v1/tokens/{revoked_id}"), &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    vec![
        None,
        Some(app.admin_token.clone()),
        Some(manager),
        Some(contributor),
        Some(auditor),
        Some(other),
        Some(expired),
        revoked["secret"].as_str().map(str::to_owned),
    ]
}

/// The operations of the OpenAPI document, as `METHOD /path`.
async fn operations(app: &TestApp) -> Vec<(Method, String)> {
    let document: Value = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("the OpenAPI document");
    let mut operations = Vec::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
                operations.push((method, path.clone()));
            }
        }
    }
    operations
}

/// What a request of an operation carries: a valid body where one is known, so that a
/// caller who may act gets through to the action (and one who may not is refused for who
/// they are, not for what they sent); `n` keeps created names unique.
enum Body {
    None,
    Json(Value),
    File(&'static str, Vec<u8>),
}

fn body(operation: &str, n: usize) -> Body {
    let register = format!("Reference,Grade,Statement\nNC-I{n},Minor,Backups are not tested\n");
    let json = match operation {
        "POST /api/v1/audits" => json!({"name": format!("Audit {n}"), "kind": "stage2"}),
        "PATCH /api/v1/audits/{audit_id}" => json!({"name": "Stage 2"}),
        "PUT /api/v1/audits/{audit_id}/deadline-policy" => json!({"policy": null}),
        "POST /api/v1/audits/{audit_id}/findings" => {
            json!({"reference": format!("NC-X{n}"), "grade": "minor", "statement": "s"})
        }
        "PUT /api/v1/audits/{audit_id}/manager" => json!({"manager": null}),
        "POST /api/v1/audits/{audit_id}/potential-majors/decisions" => {
            json!({"key": "A.5.18", "decision": "dismiss", "reason": "reviewed"})
        }
        "PATCH /api/v1/findings/{finding_id}" => json!({"objective_evidence": format!("seen {n}")}),
        "PUT /api/v1/findings/{finding_id}/deadlines/{kind}" => {
            json!({"due_on": "2026-06-30", "reason": "agreed with the auditor"})
        }
        "POST /api/v1/findings/{finding_id}/evidence" => {
            json!({"kind": "link", "title": "Ticket", "url": "https://example.org/ticket/1"})
        }
        "POST /api/v1/deadline-policies" => json!({
            "name": format!("Policy {n}"), "anchor": "report_date", "day_kind": "calendar",
            "rules": {"minor": {"plan_days": 30}}
        }),
        "PUT /api/v1/findings/{finding_id}/plan" => json!({"correction": "Accounts disabled"}),
        "PUT /api/v1/findings/{finding_id}/risk" => {
            json!({"likelihood": 2, "impact": 2, "reason": "reviewed"})
        }
        "POST /api/v1/findings/{finding_id}/tasks" => json!({"title": format!("Task {n}")}),
        "POST /api/v1/findings/{finding_id}/transitions" => json!({"action": "submit_plan"}),
        "PUT /api/v1/holidays" => json!([]),
        "PUT /api/v1/me/notification-preferences" => json!({"weekly_digest": true}),
        "PATCH /api/v1/organisation" => json!({"date_order": "dmy"}),
        "PUT /api/v1/soa/{control}" => json!({"applicable": true}),
        "PATCH /api/v1/tasks/{task_id}" => json!({"done": false}),
        "POST /api/v1/tokens" => json!({"name": format!("token {n}")}),
        "POST /api/v1/users" => {
            json!({"email": format!("new{n}@example.test"), "role": "contributor"})
        }
        "POST /api/v1/audits/{audit_id}/imports"
        | "POST /api/v1/crosswalks/imports"
        | "POST /api/v1/soa/imports" => return Body::File("register.csv", register.into_bytes()),
        "POST /api/v1/findings/{finding_id}/evidence/files" => {
            return Body::File("report.pdf", b"%PDF-1.7\n%%EOF\n".to_vec());
        }
        other
            if other.starts_with("POST ")
                || other.starts_with("PUT ")
                || other.starts_with("PATCH ") =>
        {
            json!({})
        }
        _ => return Body::None,
    };
    Body::Json(json)
}

async fn concrete(app: &TestApp, fixtures: &Fixtures, path: &str) -> String {
    let query = match path {
        "/api/v1/certification-cycle" => "?decision_date=2026-01-15".to_owned(),
        "/api/v1/crosswalks/coverage"
        | "/api/v1/crosswalks/coverage.xlsx"
        | "/api/v1/crosswalks/gaps" => {
            format!("?framework={}", fixtures.framework)
        }
        "/api/v1/crosswalks/map" => "?framework=iso27001-2022&requirement=A.5.18".to_owned(),
        _ => String::new(),
    };
    let mut path = path
        .replace("{audit_id}", &fixtures.audit)
        .replace("{finding_id}", &fixtures.finding)
        .replace("{evidence_id}", &fixtures.evidence)
        .replace("{task_id}", &fixtures.task)
        .replace("{import_id}", &fixtures.import)
        .replace("{notification_id}", &fixtures.notification)
        .replace("{framework_id}", &fixtures.framework)
        .replace("{secret}", &fixtures.feed_secret)
        .replace("{control}", "A.5.18")
        .replace("{kind}", "plan");
    if path.contains("{token_id}") {
        path = path.replace("{token_id}", &throwaway_token(app).await);
    }
    if path.contains("{feed_id}") {
        path = path.replace("{feed_id}", &throwaway_feed(app).await);
    }
    assert!(
        !path.contains('{'),
        "a path parameter without a fixture: {path}"
    );
    path + &query
}

fn read_matrix() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(MATRIX).unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let (operation, cells) = words.split_at(2);
            (
                operation.join(" "),
                cells.iter().map(|c| (*c).to_owned()).collect(),
            )
        })
        .collect()
}

fn write_matrix(observed: &BTreeMap<String, Vec<String>>) {
    let mut text = String::from(
        "# The authorisation matrix: what each caller gets from each operation of the OpenAPI\n\
         # document (services/closeout/tests/authz.rs). ok = 2xx, bad = 400/413/415/422 (past\n\
         # authorisation, the request itself refused), else the status. Reviewed by hand.\n",
    );
    let _ = write!(text, "# {:<64}", "operation");
    for caller in CALLERS {
        let _ = write!(text, " {caller:<11}");
    }
    text.push('\n');
    for (operation, cells) in observed {
        let _ = write!(text, "{operation:<66}");
        for cell in cells {
            let _ = write!(text, " {cell:<11}");
        }
        text = text.trim_end().to_owned();
        text.push('\n');
    }
    std::fs::write(MATRIX, text).expect("write the matrix");
}

#[tokio::test]
async fn every_operation_answers_every_caller_as_the_reviewed_matrix_says() {
    let app = closeout_testing::spawn_app(&[
        closeout_intake::service(),
        closeout_remediation::service(),
        closeout_risk_assessment::service(),
        closeout_notification::service(),
    ])
    .await;
    let callers = callers(&app).await;
    let fixtures = fixtures(&app).await;
    let operations = operations(&app).await;
    assert!(operations.len() > 80, "{} operations", operations.len());

    let mut observed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut sent = 0;
    for (method, template) in &operations {
        let mut cells = Vec::new();
        for token in &callers {
            let path = concrete(&app, &fixtures, template).await;
            let mut request = app.client.request(method.clone(), app.url(&path));
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            sent += 1;
            request = match body(&format!("{method} {template}"), sent) {
                Body::None => request,
                Body::Json(value) => request.json(&value),
                Body::File(name, bytes) => {
                    let mut form = reqwest::multipart::Form::new().part(
                        "file",
                        reqwest::multipart::Part::bytes(bytes).file_name(name),
                    );
                    if template.ends_with("/evidence/files") {
                        form = form.text("title", "Evidence");
                    }
                    request.multipart(form)
                }
            };
            let status = request.send().await.expect("request").status();
            assert!(
                !status.is_server_error(),
                "{method} {path} answered {status}"
            );
            cells.push(outcome(status));
        }
        observed.insert(format!("{method} {template}"), cells);
    }

    // Whatever the file says: another organisation's admin learns nothing of what the first
    // organisation's ids name (404 on every route that names one), and a request without a
    // valid token is refused as such (401) before anything else is looked at.
    let mut problems = Vec::new();
    for (operation, cells) in &observed {
        let public = ["{secret}", "/healthz", "/readyz"]
            .iter()
            .any(|p| operation.contains(p));
        // A control of Annex A is everyone's; each organisation has its own line for it.
        let names_theirs = operation.contains('{') && !operation.contains("{control}");
        if names_theirs && !public && cells[5] != "404" {
            problems.push(format!(
                "{operation}: another organisation got {}",
                cells[5]
            ));
        }
        for (caller, cell) in CALLERS.iter().zip(cells) {
            if ["anonymous", "expired", "revoked"].contains(caller) && !public && cell != "401" {
                problems.push(format!("{operation}: {caller} got {cell}, not 401"));
            }
        }
    }

    if std::env::var("CLOSEOUT_AUTHZ_WRITE").is_ok_and(|v| v == "1") {
        write_matrix(&observed);
    }
    let expected = read_matrix();
    for (operation, cells) in &observed {
        match expected.get(operation) {
            None => problems.push(format!("{operation}: no row in {MATRIX}")),
            Some(want) if want != cells => {
                for ((caller, want), got) in CALLERS.iter().zip(want).zip(cells) {
                    if want != got {
                        problems.push(format!("{operation}: {caller} expected {want}, got {got}"));
                    }
                }
            }
            Some(_) => {}
        }
    }
    for operation in expected.keys() {
        if !observed.contains_key(operation) {
            problems.push(format!(
                "{operation}: in {MATRIX} but not in the OpenAPI document"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
