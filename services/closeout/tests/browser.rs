//! The web interface in a real browser: Debian's headless Chromium driven through chromedriver
//! (WebDriver), against every service mounted together. One story, as people live it: the
//! manager signs in, creates an audit, imports the IndusMach register through the wizard,
//! opens a finding, completes and submits its plan, accepts it, starts, uploads evidence and
//! submits it; the auditor signs in and verifies; the manager closes the finding. Every screen
//! is checked with axe-core (no serious or critical violation) and saved as a screenshot in
//! `target/screenshots/`.
//!
//! Chromium and chromedriver come from Debian's packages (`chromium`, `chromium-driver`) and
//! axe-core from the npm registry; the setup installs what is missing when it can (as root with
//! apt-get, and npm), and fails with the command to run when it cannot: it never skips.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use closeout_model::user::Role;
use closeout_testing::TestApp;
use closeout_testing::browser::PASSWORD;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// The axe-core release the accessibility checks use.
const AXE_VERSION: &str = "4.10.3";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Installs Chromium and chromedriver from Debian's packages when they are missing.
fn ensure_chromium() {
    if Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists() {
        return;
    }
    let installed = Command::new("apt-get")
        .args([
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        installed && Path::new(CHROMEDRIVER).exists(),
        "the browser tests need Debian's chromium and chromium-driver: \
         run `apt-get install -y chromium chromium-driver` (as root) and test again"
    );
}

/// axe-core's script, installed from the npm registry into `target/browser-tools` once.
fn axe_script() -> String {
    let tools = workspace().join("target/browser-tools");
    let script = tools.join("node_modules/axe-core/axe.min.js");
    if !script.exists() {
        std::fs::create_dir_all(&tools).expect("target/browser-tools");
        let status = Command::new("npm")
            .args([
                "install",
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--prefix",
            ])
            .arg(&tools)
            .arg(format!("axe-core@{AXE_VERSION}"))
            .status();
        assert!(
            status.is_ok_and(|s| s.success()) && script.exists(),
            "the browser tests need axe-core from the npm registry: \
             run `npm install --prefix target/browser-tools axe-core@{AXE_VERSION}`"
        );
    }
    std::fs::read_to_string(script).expect("axe.min.js")
}

/// A chromedriver process on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        ensure_chromium();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        // In a process group of its own, with the browsers it starts, so that dropping the
        // driver stops them all even when a failed test never closed its sessions.
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start chromedriver");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }

    async fn browser(&self) -> Client {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--disable-gpu", "--window-size=1280,1000"],
            }),
        );
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a Chromium session through chromedriver")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One person's browser, with the checks every screen gets.
struct Person<'a> {
    client: Client,
    app: &'a TestApp,
    axe: &'a str,
    shots: PathBuf,
}

impl Person<'_> {
    async fn go(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.app.address))
            .await
            .expect("navigate");
    }

    /// The field labelled `label` (the accessible name a person and a screen reader use).
    async fn field(&self, label: &str) -> fantoccini::elements::Element {
        let xpath = format!(
            "//label[starts-with(normalize-space(.), \"{label}\")]//*[self::input or self::select or self::textarea]"
        );
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no field labelled {label}: {e}"))
    }

    async fn fill(&self, label: &str, text: &str) {
        let field = self.field(label).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Marks the current page's content, so [`Person::navigated`] can tell when another
    /// replaced it: a new document, or new content swapped in by htmx (the import wizard's
    /// forms are sent by htmx, so that the page can show their progress meanwhile).
    async fn mark(&self) {
        self.client
            .execute(
                "window.__closeoutOld = document.querySelector('main');",
                vec![],
            )
            .await
            .expect("mark the page");
    }

    /// Waits until the marked document has been replaced by the next one, then for it to
    /// settle.
    async fn navigated(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let replaced = self
                .client
                .execute(
                    "return window.__closeoutOld !== document.querySelector('main') \
                     && document.querySelector('main') !== null \
                     && document.readyState === 'complete';",
                    vec![],
                )
                .await
                .unwrap_or(Value::Bool(false));
            if replaced == Value::Bool(true) {
                break;
            }
            assert!(Instant::now() < deadline, "the page did not change");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.settle().await;
    }

    async fn press(&self, button: &str) {
        self.mark().await;
        let xpath = format!("//button[normalize-space(.)=\"{button}\"]");
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no button {button}: {e}"))
            .click()
            .await
            .expect("click");
        self.navigated().await;
    }

    async fn follow(&self, link: &str) {
        self.mark().await;
        self.client
            .find(Locator::LinkText(link))
            .await
            .unwrap_or_else(|e| panic!("no link {link}: {e}"))
            .click()
            .await
            .expect("click");
        self.navigated().await;
    }

    /// Waits until the page shows `text`, as htmx puts it in place without a navigation.
    async fn shows(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.text().await.contains(text) {
            assert!(Instant::now() < deadline, "the page never showed {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for the page and the panels htmx loads into it.
    async fn settle(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let state = self
                .client
                .execute(
                    "return document.readyState === 'complete' \
                     && !document.querySelector('[hx-trigger=\"load\"]') \
                     && !document.querySelector('.htmx-request');",
                    vec![],
                )
                .await
                .expect("page state");
            if state == Value::Bool(true) || Instant::now() > deadline {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn text(&self) -> String {
        self.client
            .find(Locator::Css("body"))
            .await
            .expect("body")
            .text()
            .await
            .expect("text")
    }

    /// Runs axe-core on the page, fails on any serious or critical violation, and saves a
    /// screenshot named `name`.
    async fn check(&self, name: &str) {
        self.settle().await;
        self.client
            .execute(self.axe, vec![])
            .await
            .expect("load axe-core");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        let violations: Vec<String> = serde_json::from_value(result).unwrap_or_default();
        let overflow = self
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .expect("page width");
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(self.shots.join(format!("{name}.png")), png).expect("save screenshot");
        assert!(
            violations.is_empty(),
            "accessibility violations on {name}: {violations:#?}"
        );
        assert!(
            overflow.as_i64().unwrap_or(0) <= 0,
            "{name} is wider than the window by {overflow} px: a phone would scroll sideways"
        );
    }

    async fn sign_in(&self, email: &str) {
        self.go("/").await;
        self.fill("Email", email).await;
        self.fill("Password", PASSWORD).await;
        self.press("Sign in").await;
        // On a PostgreSQL database shared by the tests the address has accounts in many
        // organisations: choose this test's.
        if self.text().await.contains("Choose the organisation") {
            self.mark().await;
            let css = format!(
                "form[data-organisation='{}'] button",
                self.app.organisation_id
            );
            self.client
                .find(Locator::Css(&css))
                .await
                .expect("this organisation's choice")
                .click()
                .await
                .expect("click");
            self.navigated().await;
        }
        assert!(
            self.text().await.contains(email),
            "not signed in as {email}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_the_auditors_register_to_a_closed_finding_in_the_browser() {
    let app = closeout_testing::spawn_app(&[
        closeout_intake::service(),
        closeout_remediation::service(),
        closeout_risk_assessment::service(),
        closeout_notification::service(),
    ])
    .await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("aud@example.test", Role::Auditor).await;
    let axe = axe_script();
    let shots = workspace().join("target/screenshots");
    std::fs::create_dir_all(&shots).expect("target/screenshots");
    let driver = Driver::start();

    let manager = Person {
        client: driver.browser().await,
        app: &app,
        axe: &axe,
        shots: shots.clone(),
    };
    manager.go("/").await;
    manager.check("01-sign-in").await;
    manager.sign_in("ana@example.test").await;
    manager.check("02-home-empty").await;

    // Create the audit.
    manager.follow("Audits").await;
    // A mistake first: the problem shows next to its field, what was typed is kept.
    manager.fill("Report date", "").await;
    manager.press("Create audit").await;
    assert!(manager.text().await.contains("Name"));
    manager.check("03a-audit-form-error").await;
    manager.fill("Name", "2026 internal audit").await;
    manager
        .field("Kind")
        .await
        .select_by_value("internal")
        .await
        .expect("choose the kind");
    manager.fill("Certification body", "").await;
    manager.press("Create audit").await;
    assert!(manager.text().await.contains("2026 internal audit"));
    manager.check("03-audit-empty").await;

    // Import the register through the wizard.
    manager.follow("Import the auditor's register").await;
    let register = workspace()
        .join("testdata/samples/indusmach-audit-findings.xlsx")
        .canonicalize()
        .expect("the IndusMach register in testdata/");
    manager
        .field("Auditor's register")
        .await
        .send_keys(&register.to_string_lossy())
        .await
        .expect("choose the file");
    manager.press("Preview").await;
    let preview = manager.text().await;
    assert!(preview.contains("30 finding(s) to create"), "{preview}");
    manager.check("04-import-preview").await;
    manager.press("Import").await;
    assert!(manager.text().await.contains("30 finding(s) created"));
    manager.check("05-import-record").await;
    manager.follow("Open the findings").await;
    manager.check("06-audit-findings").await;
    let audit_page = manager.client.current_url().await.expect("url").to_string();
    manager.follow("the board by status").await;
    manager.check("06b-board").await;
    manager
        .client
        .goto(&audit_page)
        .await
        .expect("back to the table");
    manager.settle().await;

    // A finding, its plan and its lifecycle.
    manager.follow("AUD-001").await;
    let finding_url = manager.client.current_url().await.expect("url").to_string();
    let page = manager.text().await;
    for heading in ["Corrective action plan", "Evidence", "History"] {
        assert!(page.contains(heading), "{heading}: {page}");
    }
    manager.check("07-finding").await;
    let edit = if page.contains("Edit the plan") {
        "Edit the plan"
    } else {
        "Write the plan"
    };
    manager.follow(edit).await;
    manager
        .fill(
            "Requirement not met",
            "A.5.15 requires access to be controlled.",
        )
        .await;
    manager
        .fill("Evidence of the gap", "Leavers kept access.")
        .await;
    manager
        .fill("The nonconformity", "Access is not removed on leaving.")
        .await;
    manager
        .fill("Correction", "Leavers' accounts disabled.")
        .await;
    manager.fill("Why 1", "HR tells IT by email").await;
    manager
        .fill("Action 1", "Automate leaver deprovisioning")
        .await;
    manager.check("08-plan-editor").await;
    manager.press("Save the plan").await;
    manager.press("Submit the plan").await;
    manager.press("Accept the plan").await;
    manager.press("Start the actions").await;
    let evidence =
        std::env::temp_dir().join(format!("closeout-evidence-{}.pdf", std::process::id()));
    std::fs::write(&evidence, b"%PDF-1.4 deprovisioning run log").expect("evidence file");
    manager.fill("Title", "Deprovisioning run log").await;
    manager
        .field("File")
        .await
        .send_keys(&evidence.to_string_lossy())
        .await
        .expect("choose the evidence");
    manager.press("Add evidence").await;
    assert!(manager.text().await.contains("Deprovisioning run log"));
    manager.press("Submit the evidence").await;
    assert!(manager.text().await.contains("Evidence submitted"));
    manager.check("09-evidence-submitted").await;

    // The auditor verifies.
    let auditor = Person {
        client: driver.browser().await,
        app: &app,
        axe: &axe,
        shots: shots.clone(),
    };
    auditor.sign_in("aud@example.test").await;
    auditor
        .client
        .goto(&finding_url)
        .await
        .expect("open the finding");
    auditor.settle().await;
    auditor.press("Verify the correction").await;
    assert!(auditor.text().await.contains("Verified"));
    auditor
        .client
        .close()
        .await
        .expect("close the auditor's browser");

    // The manager closes it.
    manager
        .client
        .goto(&finding_url)
        .await
        .expect("open the finding");
    manager.settle().await;
    manager.press("Close the finding").await;
    let closed = manager.text().await;
    assert!(closed.contains("Closed"), "{closed}");
    manager.check("10-finding-closed").await;
    let api = closeout_testing::expect_status(
        app.get(
            &format!(
                "/api/v1/findings/{}",
                finding_url.rsplit('/').next().expect("finding id")
            ),
            &app.admin_token,
        )
        .await,
        reqwest::StatusCode::OK,
    )
    .await;
    assert_eq!(api["status"], "closed");

    // The audit's risk page.
    manager
        .go(&format!(
            "/audits/{}/risk",
            api["audit_id"].as_str().expect("audit id")
        ))
        .await;
    assert!(manager.text().await.contains("What to fix first"));
    manager.check("10b-risk").await;

    // A large register: the wizard shows how far the preview has got while it runs.
    let large_audit = app.create_audit("Large register").await;
    let large = workspace().join("target/large-register.csv");
    std::fs::write(&large, closeout_testing::generated_register(40_000, "L"))
        .expect("write the large register");
    manager.go(&format!("/audits/{large_audit}/import")).await;
    manager
        .field("Auditor's register")
        .await
        .send_keys(&large.canonicalize().expect("path").to_string_lossy())
        .await
        .expect("choose the file");
    manager.mark().await;
    manager
        .client
        .find(Locator::XPath("//button[normalize-space(.)=\"Preview\"]"))
        .await
        .expect("the Preview button")
        .click()
        .await
        .expect("click");
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = Vec::new();
    loop {
        // The panel and the form's button read at the same moment.
        let page = manager
            .client
            .execute(
                "const p = document.getElementById('import-progress'); \
                 const b = document.querySelector('#import-form button[type=submit]'); \
                 return [p ? p.outerHTML : 'none', b ? b.disabled : null];",
                vec![],
            )
            .await
            .expect("panel");
        let shown = page[0].as_str().unwrap_or_default().to_owned();
        if seen.last() != Some(&shown) {
            seen.push(shown.clone());
        }
        if shown.contains("Reading the file") || shown.contains("Checking the rows") {
            // While the file is read, its button cannot be pressed a second time.
            assert_eq!(page[1], json!(true), "the Preview button stays pressable");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the import's progress never showed: {seen:#?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let png = manager.client.screenshot().await.expect("screenshot");
    std::fs::write(shots.join("04b-import-progress.png"), png).expect("save screenshot");
    manager.navigated().await;
    assert!(manager.text().await.contains("40000 finding(s) to create"));
    let _ = std::fs::remove_file(&large);

    // At phone width the home page still reads.
    manager
        .client
        .set_window_size(390, 844)
        .await
        .expect("phone width");
    manager.go("/").await;
    manager.check("11-home-phone").await;
    manager
        .client
        .goto(&finding_url)
        .await
        .expect("open the finding");
    manager.settle().await;
    manager.check("11b-finding-phone").await;
    manager.client.close().await.expect("close the browser");
    let _ = std::fs::remove_file(evidence);

    // A contributor with no password signs in through an emailed link and sees only their work.
    app.user_with_role("cy@example.test", Role::Contributor)
        .await;
    let audit_id = api["audit_id"].as_str().expect("audit id").to_owned();
    let listed = closeout_testing::expect_status(
        app.get(
            &format!("/api/v1/audits/{audit_id}/findings?reference=AUD-002"),
            &app.admin_token,
        )
        .await,
        reqwest::StatusCode::OK,
    )
    .await;
    let theirs = listed["items"][0]["id"]
        .as_str()
        .expect("AUD-002")
        .to_owned();
    closeout_testing::expect_status(
        app.patch(
            &format!("/api/v1/findings/{theirs}"),
            &app.admin_token,
            &json!({"owner": "cy@example.test", "reason": "assigned for the browser test"}),
        )
        .await,
        reqwest::StatusCode::OK,
    )
    .await;
    let smtp = closeout_testing::smtp::SmtpServer::start();
    let config = closeout_model::config::Config {
        smtp_url: Some(smtp.url()),
        ..closeout_model::config::Config::load(|_| None).expect("defaults")
    };
    let notifier = closeout_notification::worker::Notifier::new(
        app.db.clone(),
        closeout_notification::mailer::Mailer::from_config(&config).expect("mailer"),
        &app.address,
        9,
    )
    .for_organisation(&app.organisation_id);
    let stop = notifier.stop_flag();
    let scheduler = std::thread::spawn(move || notifier.run(Duration::from_secs(3600)));
    let contributor = Person {
        client: driver.browser().await,
        app: &app,
        axe: &axe,
        shots: shots.clone(),
    };
    contributor.go("/").await;
    contributor.fill("Your email", "cy@example.test").await;
    contributor.press("Email me a sign-in link").await;
    assert!(contributor.text().await.contains("Check your email"));
    // The scheduler's first tick also sends what the story's steps told people; the sign-in
    // link is the email to cy with its subject.
    let deadline = Instant::now() + Duration::from_secs(15);
    let link_mail = loop {
        let found = smtp.messages().into_iter().find(|m| {
            m.to == ["cy@example.test"]
                && m.header("Subject").as_deref() == Some("Your Closeout sign-in link")
        });
        if let Some(found) = found {
            break found;
        }
        assert!(
            Instant::now() < deadline,
            "the sign-in link arrives within seconds"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = scheduler.join();
    let text = link_mail.decoded();
    let start = text.find("/sign-in/link?").expect("a sign-in link");
    let path: String = text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .expect("link")
        .replace("&amp;", "&");
    contributor.go(&path).await;
    contributor.check("12-emailed-link").await;
    contributor.press("Continue to Closeout").await;
    contributor.follow("Audits").await;
    contributor.follow("2026 internal audit").await;
    let seen = contributor.text().await;
    assert!(seen.contains("AUD-002"), "{seen}");
    assert!(
        !seen.contains("AUD-001"),
        "a contributor sees only their own: {seen}"
    );
    contributor.check("13-contributor-audit").await;
    contributor.client.close().await.expect("close the browser");

    // The administrator's settings page.
    app.person("root@example.test", Role::Admin).await;
    let admin = Person {
        client: driver.browser().await,
        app: &app,
        axe: &axe,
        shots: shots.clone(),
    };
    admin.go("/").await;
    admin.sign_in("root@example.test").await;
    admin.follow("Settings").await;
    admin.check("14-settings").await;
    admin.follow("Organisation").await;
    admin.fill("New API tokens live at most (days)", "0").await;
    admin.press("Save").await;
    assert!(admin.text().await.contains("Nothing was saved"));
    admin.check("14a-organisation-settings-error").await;
    // The crosswalk explorer's suggestions as one types.
    admin.follow("Crosswalks").await;
    // Typing is enough: htmx asks as the words come and puts the suggestions in place.
    admin.fill("Requirement", "access").await;
    admin.shows("Requirements matching").await;
    admin.check("15-crosswalks").await;
    // A crosswalk file through the wizard: previewed, then imported.
    admin.follow("Import a crosswalk or framework file").await;
    let mapping = workspace()
        .join("testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml")
        .canonicalize()
        .expect("the CISO Assistant mapping in testdata/");
    admin
        .field("Crosswalk or framework file")
        .await
        .send_keys(&mapping.to_string_lossy())
        .await
        .expect("choose the file");
    admin.press("Preview").await;
    assert!(admin.text().await.contains("Mappings read"));
    admin.check("15a-crosswalk-import-preview").await;
    admin.press("Import").await;
    assert!(admin.text().await.contains("Imported: "));
    admin.check("15b-crosswalk-imported").await;
    admin.follow("Settings").await;
    admin.follow("Deadlines").await;
    admin.fill("Name", "Our body's rules").await;
    admin.fill("Plan", "x").await;
    admin.press("Add the policy").await;
    assert!(admin.text().await.contains("a whole number of days"));
    admin.check("16-deadlines-error").await;
    admin.follow("Settings").await;
    admin.follow("Calendar feeds").await;
    admin.press("Make a feed").await;
    assert!(admin.text().await.contains("/api/v1/calendar/"));
    admin.check("17-calendar-feed").await;
    admin.follow("SoA").await;
    admin.check("18-soa").await;
    admin.follow("Settings").await;
    admin.follow("Reminders").await;
    admin
        .fill(
            "Remind this many days before a deadline (e.g. 7, 3, 1)",
            "7, soon",
        )
        .await;
    admin.press("Save the rules").await;
    assert!(admin.text().await.contains("is not a whole number of days"));
    admin.check("19-reminders-error").await;
    // An email's wording, previewed before it is saved.
    admin.follow("Reminder before a deadline").await;
    admin
        .fill("Subject", "Due soon: {{reference}} ({{organisation}})")
        .await;
    admin.press("Preview").await;
    assert!(admin.text().await.contains("Due soon: "));
    admin.check("20-email-template-preview").await;
    admin.follow("Settings").await;
    admin.follow("Risk method").await;
    admin.fill("Likelihood levels", "rare").await;
    admin.press("Save the method").await;
    assert!(admin.text().await.contains("name 2 to 10"));
    admin.check("21-risk-method-error").await;
    admin.client.close().await.expect("close the browser");
}
