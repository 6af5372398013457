//! Benchmark: the web interface's pages with 10,000 findings in the organisation, every
//! service mounted together on SQLite (or PostgreSQL with `CLOSEOUT_TEST_DATABASE_URL`) and CISO
//! Assistant's SP 800-53 crosswalk loaded, requested over loopback HTTP by a signed-in manager
//! and a contributor who owns a quarter of the findings. Prints each page's p50 and p99
//! (client-measured, so the server's time plus loopback) and the script and style a browser
//! downloads. Asserts nothing.
//!
//! Run: `cargo bench -p closeout --bench pages`
//! Targets (issue 13): every page under 50 ms p50 at 10,000 findings; under 100 KB of script
//! and style in all.

use std::time::{Duration, Instant};

use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use reqwest::StatusCode;
use serde_json::json;

const FINDINGS: usize = 10_000;
const SAMPLES: usize = 60;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

async fn measure(browser: &mut Browser, path: &str) -> (Duration, Duration) {
    for _ in 0..5 {
        let page = browser.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    }
    let mut times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let started = Instant::now();
        let page = browser.get(path).await;
        times.push(started.elapsed());
        assert_eq!(page.status, StatusCode::OK);
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

fn main() {
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
            app.person(&format!("owner{n}@example.test"), Role::Contributor)
                .await;
        }
        app.person("ana@example.test", Role::Manager).await;
        let audit = app.create_audit("Benchmark audit").await;
        let started = Instant::now();
        let response = app
            .upload(&audit, "", "register.csv", closeout_testing::generated_register(FINDINGS, "NC").into_bytes(), None)
            .await;
        let answer = closeout_testing::expect_status(response, StatusCode::CREATED).await;
        assert_eq!(answer["findings_created"], FINDINGS);
        println!(
            "seeded {FINDINGS} findings in one audit in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        let listed = closeout_testing::expect_status(
            app.get(
                &format!("/api/v1/audits/{audit}/findings?limit=1"),
                &app.admin_token,
            )
            .await,
            StatusCode::OK,
        )
        .await;
        let finding = listed["items"][0]["id"].as_str().expect("a finding").to_owned();
        let import = answer["id"].as_str().expect("the import's id").to_owned();
        // NIST SP 800-53 mapped onto ISO 27001 (CISO Assistant's crosswalk, in testdata), so
        // the explorer and the coverage page have another framework to show.
        let mapping = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../testdata/ciso-assistant/mapping-nist-sp-800-53-rev5-to-iso27001-2022.yaml"
        ))
        .expect("the CISO Assistant mapping in testdata");
        closeout_testing::expect_status(
            app.upload_crosswalk("", "mapping.yaml", mapping, None).await,
            StatusCode::CREATED,
        )
        .await;
        let frameworks = closeout_testing::expect_status(
            app.get("/api/v1/frameworks", &app.admin_token).await,
            StatusCode::OK,
        )
        .await;
        let nist = frameworks
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["id"].as_str())
            .find(|id| *id != "iso27001-2022")
            .expect("the imported framework")
            .to_owned();
        let plan = json!({"requirement": "r", "evidence": "e", "nonconformity": "n", "correction": "c",
                          "root_cause_whys": ["w"], "corrective_actions": [{"description": "d"}]});
        closeout_testing::expect_status(
            app.put(
                &format!("/api/v1/findings/{finding}/plan"),
                &app.admin_token,
                &plan,
            )
            .await,
            StatusCode::OK,
        )
        .await;

        let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
        let mut owner = Browser::signed_in(&app, "owner0@example.test", PASSWORD).await;
        let pages = [
            ("manager", "/".to_owned()),
            ("manager", "/audits".to_owned()),
            ("manager", format!("/audits/{audit}")),
            ("manager", format!("/audits/{audit}?offset=9950")),
            ("manager", format!("/audits/{audit}?grade=major&status=open")),
            ("manager", format!("/audits/{audit}?requirement=A.8.15")),
            ("manager", format!("/audits/{audit}?sort=due")),
            ("manager", format!("/audits/{audit}?sort=-reference&offset=9950")),
            ("manager", format!("/audits/{audit}?sort=grade&overdue=on")),
            ("manager", format!("/findings/{finding}")),
            ("manager", format!("/panels/findings/{finding}/remediation")),
            ("manager", format!("/findings/{finding}/plan/edit")),
            ("manager", format!("/audits/{audit}/board")),
            ("manager", format!("/audits/{audit}/edit")),
            ("manager", format!("/audits/{audit}/risk")),
            ("manager", format!("/panels/findings/{finding}/impact")),
            ("manager", format!("/audits/{audit}/import")),
            ("manager", format!("/imports/{import}")),
            ("manager", "/crosswalks".to_owned()),
            (
                "manager",
                "/crosswalks?framework=iso27001-2022&requirement=a.5.15".to_owned(),
            ),
            ("manager", format!("/crosswalks/coverage?framework={nist}")),
            (
                "manager",
                format!("/crosswalks/coverage?framework={nist}&gaps=1"),
            ),
            ("manager", "/soa".to_owned()),
            ("manager", "/deadlines".to_owned()),
            ("manager", "/people".to_owned()),
            ("manager", "/calendar-feeds".to_owned()),
            ("manager", "/tokens".to_owned()),
            ("manager", "/settings".to_owned()),
            ("manager", "/risk-method".to_owned()),
            ("manager", "/reminders".to_owned()),
            ("manager", "/reminders/templates/reminder".to_owned()),
            ("owner of 2,500", "/".to_owned()),
            ("owner of 2,500", "/panels/needs-me".to_owned()),
            ("owner of 2,500", "/needs-me".to_owned()),
            ("owner of 2,500", format!("/audits/{audit}")),
        ];
        println!(
            "\n{:<16} {:<48} {:>9} {:>9}",
            "who", "page", "p50 ms", "p99 ms"
        );
        for (who, path) in pages {
            let browser = if who == "manager" {
                &mut manager
            } else {
                &mut owner
            };
            let (p50, p99) = measure(browser, &path).await;
            let shown = path
                .replace(&audit, "{audit}")
                .replace(&finding, "{finding}")
                .replace(&import, "{import}")
                .replace(&nist, "{nist}");
            println!(
                "{who:<16} {shown:<48} {:>9.2} {:>9.2}",
                p50.as_secs_f64() * 1000.0,
                p99.as_secs_f64() * 1000.0
            );
        }
        println!(
            "\nscript and style in all: {} bytes (htmx and closeout.css)",
            closeout_web::ui::assets::total_bytes()
        );
    });
}
