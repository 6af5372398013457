//! The built binary as an operator runs it: a data folder and a database of the test's own
//! (a fresh PostgreSQL database when `CLOSEOUT_TEST_DATABASE_URL` is set, else a SQLite file),
//! commands run to completion, and servers started as child processes on free ports.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use reqwest::StatusCode;

/// A data folder and a database of the test's own, dropped with it.
pub struct Site {
    binary: PathBuf,
    dir: tempfile::TempDir,
    database_url: String,
    postgres: Option<(String, String)>,
}

impl Site {
    /// A new site for `binary` (the test's `env!("CARGO_BIN_EXE_closeout")`).
    pub fn new(binary: impl Into<PathBuf>) -> Site {
        let binary = binary.into();
        let dir = tempfile::tempdir().expect("temporary folder");
        match std::env::var("CLOSEOUT_TEST_DATABASE_URL") {
            Ok(url) if url.starts_with("postgres") => {
                let name = format!(
                    "closeout_cli_{}_{}",
                    std::process::id(),
                    dir.path()
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or("x")
                        .to_lowercase()
                        .replace(|c: char| !c.is_ascii_alphanumeric(), "")
                );
                admin_sql(&url, &format!("CREATE DATABASE {name}"));
                let (base, _) = url.rsplit_once('/').expect("a database URL");
                Site {
                    binary,
                    database_url: format!("{base}/{name}"),
                    postgres: Some((url.clone(), name)),
                    dir,
                }
            }
            _ => Site {
                binary,
                database_url: dir
                    .path()
                    .join("closeout.db")
                    .to_string_lossy()
                    .into_owned(),
                postgres: None,
                dir,
            },
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Whether the site's database is PostgreSQL.
    pub fn on_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// The binary with a clean environment pointing at this site.
    pub fn command(&self) -> Command {
        let mut command = Command::new(&self.binary);
        command
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("CLOSEOUT_DATA_DIR", self.dir.path())
            .env("DATABASE_URL", &self.database_url)
            .env("CLOSEOUT_LOG", "info")
            .env("CLOSEOUT_SHUTDOWN_TIMEOUT", "5");
        command
    }

    /// Runs a command to completion; panics with its error output when it fails.
    pub fn run(&self, args: &[&str]) -> Output {
        let output = self.command().args(args).output().expect("run closeout");
        assert!(
            output.status.success(),
            "closeout {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// Starts `serve` on a free port with `args` and `env` added; what it prints (standard
    /// output) and logs (standard error) are kept in the data folder.
    pub fn serve(&self, args: &[&str], env: &[(&str, &str)]) -> Server {
        let port = free_port();
        let stdout = self.dir.path().join(format!("stdout-{port}.txt"));
        let stderr = self.dir.path().join(format!("stderr-{port}.txt"));
        let mut command = self.command();
        command
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .args(args)
            .envs(env.iter().copied())
            .stdout(Stdio::from(
                std::fs::File::create(&stdout).expect("stdout file"),
            ))
            .stderr(Stdio::from(
                std::fs::File::create(&stderr).expect("stderr file"),
            ));
        let child = command.spawn().expect("start closeout serve");
        Server {
            child,
            port,
            address: format!("http://127.0.0.1:{port}"),
            stdout,
            stderr,
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        if let Some((url, name)) = &self.postgres {
            admin_sql(url, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// Runs one statement on the server of `url` (creating and dropping the sites' databases).
pub fn admin_sql(url: &str, sql: &str) {
    use diesel::RunQueryDsl;
    let db = closeout_model::Database::connect(url, 1).expect("PostgreSQL must be reachable");
    db.read(|c| {
        diesel::sql_query(sql).execute(c)?;
        Ok(())
    })
    .expect(sql);
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A running `closeout serve`, killed when dropped.
pub struct Server {
    child: Child,
    /// The port it listens on.
    pub port: u16,
    /// `http://127.0.0.1:port`.
    pub address: String,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Server {
    /// Waits until `/readyz` answers 200 (30 s at most).
    pub async fn wait_ready(&self, client: &reqwest::Client) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(response) = client.get(format!("{}/readyz", self.address)).send().await
                && response.status() == StatusCode::OK
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let log = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        let tail: String = log
            .chars()
            .rev()
            .take(4_000)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        panic!(
            "closeout on port {} did not become ready; stdout: {}\nlog (end): {tail}",
            self.port,
            self.printed()
        );
    }

    /// What it printed to standard output so far.
    pub fn printed(&self) -> String {
        std::fs::read_to_string(&self.stdout).unwrap_or_default()
    }

    /// Sends SIGTERM and waits for a clean exit.
    pub fn terminate(mut self) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                assert!(status.success(), "closeout exited with {status} on SIGTERM");
                return;
            }
            assert!(
                Instant::now() < deadline,
                "closeout did not stop on SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills it with SIGKILL, as a crash or an evicted pod would end, and reaps it.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reap");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
