//! Benchmark: a generated 100,000-row register (12 columns of realistic text) imported end to
//! end through the API of a real `closeout serve` process, on SQLite and on PostgreSQL, next to
//! calamine's plain streaming parse of the same file. Prints figures; asserts nothing.
//!
//! Run: `cargo bench -p closeout --bench import`
//! PostgreSQL: `CLOSEOUT_BENCH_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`).
//! Targets (issue 12): end to end within 5x the plain parse on SQLite and 8x on PostgreSQL,
//! the preview within 3x, the service's peak memory under 400 MB; a 50-row register end to
//! end p50 under 50 ms. After the large import it also measures a floor under any import on
//! this schema: the database alone copying the rows the import wrote into empty tables of the
//! same shape (`floor`).

use std::io::Cursor;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use calamine::{DataType, Xlsx};
use closeout_model::{Database, ModelError};
use diesel::RunQueryDsl;
use rust_xlsxwriter::{Format, Workbook};

const ROWS: u32 = 100_000;
const TOKEN: &str = "bench-token-0123456789abcdef";

fn register(rows: u32) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("NC Register").expect("name");
    let headers = [
        "NC ID",
        "Grade",
        "Clause",
        "Nonconformity Description",
        "Objective Evidence",
        "Root Cause",
        "Correction",
        "Corrective Action",
        "Action Owner",
        "Date Raised",
        "Due Date",
        "Status",
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet
            .write_string(0, column as u16, *header)
            .expect("header");
    }
    let grades = [
        "Major NC",
        "Minor NC",
        "Minor NC",
        "Minor NC",
        "OFI",
        "Observation",
    ];
    let clauses = [
        "A.5.15",
        "A.8.8",
        "Clause 9.2",
        "A.5.31 / 4.2",
        "A.8.20–8.22",
        "A.6.3",
        "A.12.6.1",
    ];
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for n in 0..rows {
        let r = n + 1;
        sheet
            .write_string(r, 0, format!("NC-{n:06}"))
            .expect("cell");
        sheet
            .write_string(r, 1, grades[n as usize % grades.len()])
            .expect("cell");
        sheet
            .write_string(r, 2, clauses[n as usize % clauses.len()])
            .expect("cell");
        sheet
            .write_string(r, 3, format!(
                "Finding {n}: user access rights for leavers were not removed within the five working days \
                 the access control policy requires; 3 of 20 sampled accounts remained active."
            ))
            .expect("cell");
        sheet
            .write_string(
                r,
                4,
                "HR leaver list for Q1 compared with the directory export of 14 March.",
            )
            .expect("cell");
        sheet
            .write_string(
                r,
                5,
                "The leaver process relies on a manual email from HR to IT.",
            )
            .expect("cell");
        sheet
            .write_string(r, 6, "Disabled the three accounts on the day of the audit.")
            .expect("cell");
        sheet
            .write_string(
                r,
                7,
                "Automate deprovisioning from the HR system; monthly reconciliation.",
            )
            .expect("cell");
        sheet
            .write_string(r, 8, format!("owner{}@example.org", n % 40))
            .expect("cell");
        sheet
            .write_datetime_with_format(
                r,
                9,
                rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 18).expect("date"),
                &date,
            )
            .expect("cell");
        sheet.write_string(r, 10, "30/04/2026").expect("cell");
        sheet.write_string(r, 11, "Open").expect("cell");
    }
    workbook.save_to_buffer().expect("xlsx")
}

fn plain_parse(bytes: &[u8]) -> (Duration, usize) {
    let started = Instant::now();
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("open");
    let mut reader = workbook
        .worksheet_cells_reader("NC Register")
        .expect("sheet");
    let mut cells = 0;
    while let Some(cell) = reader.next_cell().expect("cell") {
        if !cell.get_value().is_empty() {
            cells += 1;
        }
    }
    (started.elapsed(), cells)
}

/// The plain parse's time now: the better of two, made just before the figure it divides.
fn parse_now(bytes: &[u8]) -> Duration {
    plain_parse(bytes).0.min(plain_parse(bytes).0)
}

/// Peak resident memory of a process, in MB (VmHWM).
fn peak_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(database_url: &str, data_dir: &std::path::Path) -> (Server, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let plugins = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(|p| p.to_owned()))
        .expect("bench folder");
    let child = Command::new(env!("CARGO_BIN_EXE_closeout"))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", database_url)
        .env("CLOSEOUT_DATA_DIR", data_dir)
        .env("CLOSEOUT_PLUGIN_DIR", plugins)
        .env("CLOSEOUT_BOOTSTRAP_TOKEN", TOKEN)
        .env(
            "CLOSEOUT_LOG",
            std::env::var("CLOSEOUT_BENCH_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .env("CLOSEOUT_MAX_UPLOAD_BYTES", "104857600")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start closeout");
    (Server(child), format!("http://127.0.0.1:{port}"))
}

async fn new_audit(client: &reqwest::Client, address: &str) -> String {
    let audit: serde_json::Value = client
        .post(format!("{address}/api/v1/audits"))
        .bearer_auth(TOKEN)
        // Dated, as a real audit is: its findings' deadlines are counted from its last day.
        .json(&serde_json::json!({
            "name": "Bench",
            "kind": "stage2",
            "start_date": "2026-03-16",
            "end_date": "2026-03-18",
            "report_date": "2026-03-20",
        }))
        .send()
        .await
        .expect("audit")
        .json()
        .await
        .expect("json");
    audit["id"].as_str().expect("id").to_owned()
}

async fn upload(
    client: &reqwest::Client,
    address: &str,
    audit: &str,
    query: &str,
    bytes: &[u8],
) -> (reqwest::StatusCode, serde_json::Value, Duration) {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes.to_vec()).file_name("register.xlsx"),
    );
    let started = Instant::now();
    let response = client
        .post(format!("{address}/api/v1/audits/{audit}/imports{query}"))
        .bearer_auth(TOKEN)
        .multipart(form)
        .timeout(Duration::from_secs(600))
        .send()
        .await
        .expect("import");
    let status = response.status();
    let answer: serde_json::Value = response.json().await.unwrap_or_default();
    (status, answer, started.elapsed())
}

async fn run(backend: &str, database_url: &str, bytes: &[u8], small: &[u8]) {
    let data = tempfile::tempdir().expect("folder");
    let (server, address) = serve(database_url, data.path());
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client
            .get(format!("{address}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let audit = new_audit(&client, &address).await;
    let idle_mb = peak_mb(server.0.id());
    // The machine's speed wanders by a third within minutes: each figure is divided by a plain
    // parse of the same file made just before it, and the preview is tried three times.
    let mut previews = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let parse = parse_now(bytes);
        let (status, answer, elapsed) =
            upload(&client, &address, &audit, "?dry_run=true", bytes).await;
        previews.push((status, elapsed, elapsed.as_secs_f64() / parse.as_secs_f64()));
        last = Some(answer);
    }
    let answer = last.expect("three previews");
    let best = previews.iter().map(|p| p.2).fold(f64::INFINITY, f64::min);
    println!(
        "{backend}: preview -> {} findings to create: {} = best {best:.1}x the plain parse (the better of two made just before each; target 3x); service peak memory {:.0} MB",
        answer["findings_created"],
        previews
            .iter()
            .map(|(status, took, ratio)| format!(
                "{} in {:.2} s = {ratio:.1}x",
                status.as_u16(),
                took.as_secs_f64()
            ))
            .collect::<Vec<_>>()
            .join(", "),
        peak_mb(server.0.id()),
    );
    let parse = parse_now(bytes);
    let (status, answer, elapsed) = upload(&client, &address, &audit, "", bytes).await;
    let target = if backend == "sqlite" { "5x" } else { "8x" };
    println!(
        "{backend}: import {} -> {} findings created in {:.2} s = {:.1}x the plain parse (made just before; target {target}); service peak memory {:.0} MB (idle {:.0} MB)",
        status,
        answer["findings_created"],
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() / parse.as_secs_f64(),
        peak_mb(server.0.id()),
        idle_mb,
    );
    let parse = parse_now(bytes);
    match floor(backend, database_url) {
        Ok(copied) => {
            let rows: usize = copied.iter().map(|(_, rows, _)| rows).sum();
            let took: Duration = copied.iter().map(|(_, _, took)| *took).sum();
            println!(
                "{backend}: floor: the database alone copying the import's {rows} rows into empty tables of the same shape{}, in one transaction: {:.2} s = {:.1}x the plain parse (made just before)",
                if backend == "sqlite" {
                    ""
                } else {
                    " (without their foreign keys)"
                },
                took.as_secs_f64(),
                took.as_secs_f64() / parse.as_secs_f64(),
            );
            // Per table: what the budget would be spent on even if every other part of the
            // import took no time at all.
            for (table, rows, took) in copied {
                println!(
                    "{backend}: floor of {table}: {rows} rows in {:.2} s = {:.1}x",
                    took.as_secs_f64(),
                    took.as_secs_f64() / parse.as_secs_f64(),
                );
            }
        }
        Err(error) => println!("{backend}: floor not measured ({error})"),
    }
    // A realistic register: 50 rows, end to end, each into a fresh audit.
    let mut times = Vec::new();
    for round in 0..21 {
        let audit = new_audit(&client, &address).await;
        let (status, _, elapsed) = upload(&client, &address, &audit, "", small).await;
        assert_eq!(status, reqwest::StatusCode::CREATED, "50-row import");
        if round > 0 {
            times.push(elapsed);
        }
    }
    times.sort();
    println!(
        "{backend}: a 50-row register end to end: p50 {:.1} ms, max {:.1} ms over {} imports (target p50 under 50 ms)",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        times.len()
    );
    drop(server);
}

/// The tables an import writes a new finding's rows to, each with what picks out findings'
/// rows (the history holds other entities' too).
const IMPORT_TABLES: [(&str, &str); 7] = [
    ("findings", ""),
    ("finding_requirements", ""),
    ("finding_deadlines", ""),
    ("corrective_action_plans", ""),
    ("tasks", ""),
    ("outbox", ""),
    ("history", " WHERE entity = 'finding'"),
];

/// Runs each statement in turn; the rows they changed.
fn execute_all(
    c: &mut closeout_model::DbConnection,
    statements: impl IntoIterator<Item = String>,
) -> Result<usize, ModelError> {
    let mut rows = 0;
    for statement in statements {
        rows += diesel::sql_query(statement).execute(c)?;
    }
    Ok(rows)
}

/// Copies the import's rows from the tables of schema `source` to those of `target`, one
/// table after the other in the caller's transaction: per table, the rows copied and the time
/// taken.
fn copy_tables(
    c: &mut closeout_model::DbConnection,
    target: &str,
    source: &str,
) -> Result<Vec<(&'static str, usize, Duration)>, ModelError> {
    IMPORT_TABLES
        .iter()
        .map(|(table, filter)| {
            let started = Instant::now();
            let rows = diesel::sql_query(format!(
                "INSERT INTO {target}.{table} SELECT * FROM {source}.{table}{filter}"
            ))
            .execute(c)?;
            Ok((*table, rows, started.elapsed()))
        })
        .collect()
}

/// A floor under any import's time on this schema: the rows the import wrote, copied by the
/// database itself into empty tables of the same shape (their keys, indexes and, on SQLite,
/// foreign keys), in one transaction: no file, no parsing, no Rust, no round trips. Run right
/// after the large import, before anything else writes. Per table, the rows copied and the
/// time taken, then the commit's.
fn floor(
    backend: &str,
    database_url: &str,
) -> Result<Vec<(&'static str, usize, Duration)>, ModelError> {
    if backend == "sqlite" {
        let path = std::path::Path::new(database_url).with_file_name("floor.db");
        let db = Database::connect(&path.to_string_lossy(), 1)?;
        db.migrate()?;
        // Outside a transaction: SQLite attaches no database inside one.
        let source = database_url.replace('\'', "''");
        db.read(|c| execute_all(c, [format!("ATTACH DATABASE '{source}' AS import")]))?;
        db.write(|c| {
            // The import's own page cache (`bulk_cache`), and the rows the copies point to.
            let parents = ["organisations", "users", "audits", "catalog_requirements"]
                .map(|t| format!("INSERT OR IGNORE INTO main.{t} SELECT * FROM import.{t}"));
            execute_all(c, ["PRAGMA main.cache_size = -65536".to_owned()])?;
            execute_all(c, parents)
        })?;
        let started = Instant::now();
        let mut copied = db.write(|c| copy_tables(c, "main", "import"))?;
        commit_counted(&mut copied, started.elapsed());
        Ok(copied)
    } else {
        let db = Database::connect(database_url, 1)?;
        let tables = IMPORT_TABLES
            .map(|(t, _)| format!("CREATE TABLE floor.{t} (LIKE public.{t} INCLUDING ALL)"));
        db.write(|c| {
            execute_all(
                c,
                ["DROP SCHEMA IF EXISTS floor CASCADE", "CREATE SCHEMA floor"].map(str::to_owned),
            )?;
            execute_all(c, tables)
        })?;
        let started = Instant::now();
        let mut copied = db.write(|c| copy_tables(c, "floor", "public"))?;
        commit_counted(&mut copied, started.elapsed());
        db.write(|c| execute_all(c, ["DROP SCHEMA floor CASCADE".to_owned()]))?;
        Ok(copied)
    }
}

/// Counts what the whole transaction took beyond its tables' copies (the commit) as a line of
/// its own.
fn commit_counted(copied: &mut Vec<(&'static str, usize, Duration)>, total: Duration) {
    let tables: Duration = copied.iter().map(|(_, _, took)| *took).sum();
    copied.push(("(the commit)", 0, total.saturating_sub(tables)));
}

fn main() {
    let started = Instant::now();
    let bytes = register(ROWS);
    // For profiling the service by hand: `CLOSEOUT_BENCH_SAVE=/tmp/register.xlsx`.
    if let Ok(path) = std::env::var("CLOSEOUT_BENCH_SAVE") {
        std::fs::write(&path, &bytes).expect("save the register");
    }
    println!(
        "import benchmark: {ROWS} rows x 12 columns, {:.1} MB xlsx (generated in {:.1} s)",
        bytes.len() as f64 / 1_048_576.0,
        started.elapsed().as_secs_f64()
    );
    let mut best = Duration::MAX;
    let mut cells = 0;
    for _ in 0..3 {
        let (took, counted) = plain_parse(&bytes);
        best = best.min(took);
        cells = counted;
    }
    println!(
        "calamine plain streaming parse: {cells} cells in {:.2} s (best of 3)",
        best.as_secs_f64()
    );
    let started = Instant::now();
    let output =
        closeout_nonconformity_report::import(&bytes, &Default::default()).expect("plugin import");
    let plugin = started.elapsed();
    let started = Instant::now();
    let json = serde_json::to_vec(&output).expect("json");
    println!(
        "plugin alone (in process): {} findings in {:.2} s; its JSON answer {:.0} MB encoded in {:.2} s",
        output.findings.len(),
        plugin.as_secs_f64(),
        json.len() as f64 / 1_048_576.0,
        started.elapsed().as_secs_f64()
    );
    drop((output, json));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let sqlite = tempfile::tempdir().expect("folder");
    let sqlite_url = sqlite
        .path()
        .join("bench.db")
        .to_string_lossy()
        .into_owned();
    let small = register(50);
    runtime.block_on(run("sqlite", &sqlite_url, &bytes, &small));

    let admin_url = std::env::var("CLOSEOUT_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let name = format!("closeout_import_bench_{}", std::process::id());
    let sql = |statement: String| {
        closeout_model::Database::connect(&admin_url, 1).and_then(|db| {
            db.read(|c| {
                diesel::sql_query(statement).execute(c)?;
                Ok(())
            })
        })
    };
    match sql(format!("CREATE DATABASE {name}")) {
        Ok(()) => {
            let (base, _) = admin_url.rsplit_once('/').expect("database URL");
            runtime.block_on(run("postgres", &format!("{base}/{name}"), &bytes, &small));
            let _ = sql(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
        Err(error) => println!("postgres: not measured ({error})"),
    }
}
