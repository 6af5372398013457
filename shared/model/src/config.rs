//! Configuration: built-in defaults that work on a bare machine, then an optional TOML file,
//! then environment variables (`CLOSEOUT_*` and `DATABASE_URL`), then command-line flags.
//! The README's configuration table lists every key.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Everything a Closeout process needs to start.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Address to listen on.
    pub bind: String,
    /// Folder for the SQLite database and stored files.
    pub data_dir: PathBuf,
    /// `postgres://...` or a SQLite path; defaults to `closeout.db` in the data folder.
    pub database_url: String,
    /// Connections in the pool.
    pub db_pool_size: u32,
    /// Log filter, in `tracing` directive syntax (`info`, `closeout=debug`).
    pub log: String,
    /// Log line format.
    pub log_format: LogFormat,
    /// On first run, use this as the administrator's token instead of a random one.
    pub bootstrap_token: Option<String>,
    /// On first run, the administrator's password for the web interface (otherwise a link to
    /// choose one is printed).
    pub bootstrap_password: Option<String>,
    /// On first run, the administrator's email.
    pub bootstrap_email: String,
    /// On first run, the organisation's name.
    pub bootstrap_organisation: String,
    /// The address people reach Closeout at, for links in emails and documents.
    pub base_url: String,
    /// Seconds to let requests in flight finish on SIGTERM.
    pub shutdown_timeout_secs: u64,
    /// Folder of importer plugins; next to the binary when unset.
    pub plugin_dir: Option<PathBuf>,
    /// When set, only plugins whose SHA-256 is listed are loaded.
    pub plugin_allowlist: Option<Vec<String>>,
    /// The largest upload accepted, in bytes.
    pub max_upload_bytes: u64,
    /// Where email goes: `smtp://host:port`, `smtp://user:pass@host:587?tls=starttls`,
    /// `smtps://...`; unset writes each message as an `.eml` file under the data folder.
    pub smtp_url: Option<String>,
    /// The sender of Closeout's emails (`Closeout <closeout@example.com>`).
    pub mail_from: String,
    /// SMTP connections used at once to send (1-64).
    pub smtp_connections: u32,
    /// A PEM file of certificate authorities to trust for the SMTP server's TLS certificate,
    /// besides the public ones (a relay with a private CA).
    pub smtp_ca_file: Option<PathBuf>,
    /// Seconds between two runs of the notification scheduler; 0 turns it off.
    pub notify_tick_secs: u64,
    /// The local hour (0-23) reminders go out at in each recipient's time zone; 0 sends as soon
    /// as a reminder's day begins.
    pub notify_local_hour: u32,
    /// Where to serve Prometheus metrics (`/metrics`), on a listener of its own so that the
    /// public ingress never routes it; unset serves none.
    pub metrics_bind: Option<String>,
    /// An OpenTelemetry collector to send traces to over OTLP/HTTP (`http://localhost:4318`);
    /// unset sends none.
    pub otlp_endpoint: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    db_pool_size: Option<u32>,
    log: Option<String>,
    log_format: Option<LogFormat>,
    bootstrap_token: Option<String>,
    bootstrap_password: Option<String>,
    bootstrap_email: Option<String>,
    bootstrap_organisation: Option<String>,
    base_url: Option<String>,
    shutdown_timeout_secs: Option<u64>,
    plugin_dir: Option<PathBuf>,
    plugin_allowlist: Option<Vec<String>>,
    max_upload_bytes: Option<u64>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    smtp_connections: Option<u32>,
    smtp_ca_file: Option<PathBuf>,
    notify_tick_secs: Option<u64>,
    notify_local_hour: Option<u32>,
    metrics_bind: Option<String>,
    otlp_endpoint: Option<String>,
}

/// A configuration that cannot be used, with the source and key at fault.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

/// The file read when `CLOSEOUT_CONFIG` is not set, if it exists.
pub const DEFAULT_CONFIG_FILE: &str = "closeout.toml";

impl Config {
    /// Reads the configuration from the process environment and the optional file.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::load(|key| std::env::var(key).ok().filter(|v| !v.is_empty()))
    }

    /// Reads the configuration with `env` standing for the environment (tests pass a map).
    pub fn load(env: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let file = match env("CLOSEOUT_CONFIG") {
            Some(path) => read_file(Path::new(&path))?,
            None if Path::new(DEFAULT_CONFIG_FILE).exists() => {
                read_file(Path::new(DEFAULT_CONFIG_FILE))?
            }
            None => FileConfig::default(),
        };
        let number = |key: &str, value: String| {
            value
                .trim()
                .parse::<u64>()
                .map_err(|_| ConfigError(format!("{key}={value} is not a whole number")))
        };
        let data_dir = env("CLOSEOUT_DATA_DIR")
            .map(PathBuf::from)
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = env("DATABASE_URL")
            .or(file.database_url)
            .unwrap_or_else(|| data_dir.join("closeout.db").to_string_lossy().into_owned());
        let db_pool_size = match env("CLOSEOUT_DB_POOL_SIZE") {
            Some(v) => u32::try_from(number("CLOSEOUT_DB_POOL_SIZE", v)?)
                .map_err(|_| ConfigError("CLOSEOUT_DB_POOL_SIZE is too large".into()))?,
            None => file.db_pool_size.unwrap_or(16),
        };
        if db_pool_size == 0 {
            return Err(ConfigError("db_pool_size must be at least 1".into()));
        }
        let log_format = match env("CLOSEOUT_LOG_FORMAT").as_deref() {
            Some("json") => LogFormat::Json,
            Some("text") => LogFormat::Text,
            Some(other) => {
                return Err(ConfigError(format!(
                    "CLOSEOUT_LOG_FORMAT={other}: expected text or json"
                )));
            }
            None => file.log_format.unwrap_or(LogFormat::Text),
        };
        let bind = env("CLOSEOUT_BIND")
            .or(file.bind)
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let shutdown_timeout_secs = match env("CLOSEOUT_SHUTDOWN_TIMEOUT") {
            Some(v) => number("CLOSEOUT_SHUTDOWN_TIMEOUT", v)?,
            None => file.shutdown_timeout_secs.unwrap_or(30),
        };
        let max_upload_bytes = match env("CLOSEOUT_MAX_UPLOAD_BYTES") {
            Some(v) => number("CLOSEOUT_MAX_UPLOAD_BYTES", v)?,
            None => file.max_upload_bytes.unwrap_or(20 * 1024 * 1024),
        };
        let notify_tick_secs = match env("CLOSEOUT_NOTIFY_TICK") {
            Some(v) => number("CLOSEOUT_NOTIFY_TICK", v)?,
            None => file.notify_tick_secs.unwrap_or(60),
        };
        let notify_local_hour = match env("CLOSEOUT_NOTIFY_LOCAL_HOUR") {
            Some(v) => number("CLOSEOUT_NOTIFY_LOCAL_HOUR", v)?,
            None => u64::from(file.notify_local_hour.unwrap_or(9)),
        };
        let notify_local_hour = u32::try_from(notify_local_hour)
            .ok()
            .filter(|hour| *hour < 24)
            .ok_or_else(|| {
                ConfigError(format!(
                    "CLOSEOUT_NOTIFY_LOCAL_HOUR={notify_local_hour}: expected an hour from 0 to 23"
                ))
            })?;
        let smtp_connections = match env("CLOSEOUT_SMTP_CONNECTIONS") {
            Some(v) => number("CLOSEOUT_SMTP_CONNECTIONS", v)?,
            None => u64::from(file.smtp_connections.unwrap_or(8)),
        };
        let smtp_connections = u32::try_from(smtp_connections)
            .ok()
            .filter(|n| (1..=64).contains(n))
            .ok_or_else(|| {
                ConfigError(format!(
                    "CLOSEOUT_SMTP_CONNECTIONS={smtp_connections}: expected 1 to 64"
                ))
            })?;
        let plugin_allowlist = env("CLOSEOUT_PLUGIN_ALLOWLIST")
            .map(|list| {
                list.split(',')
                    .map(|d| d.trim().to_lowercase())
                    .filter(|d| !d.is_empty())
                    .collect::<Vec<_>>()
            })
            .or(file.plugin_allowlist);
        if let Some(bad) = plugin_allowlist
            .iter()
            .flatten()
            .find(|d| d.len() != 64 || !d.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(ConfigError(format!(
                "plugin allowlist entry `{bad}` is not a SHA-256 in hex"
            )));
        }
        let config = Config {
            plugin_dir: env("CLOSEOUT_PLUGIN_DIR")
                .map(PathBuf::from)
                .or(file.plugin_dir),
            plugin_allowlist,
            max_upload_bytes,
            base_url: env("CLOSEOUT_BASE_URL")
                .or(file.base_url)
                .unwrap_or_else(|| format!("http://{bind}")),
            bind,
            data_dir,
            database_url,
            db_pool_size,
            log: env("CLOSEOUT_LOG")
                .or(file.log)
                .unwrap_or_else(|| "info".to_owned()),
            log_format,
            bootstrap_token: env("CLOSEOUT_BOOTSTRAP_TOKEN").or(file.bootstrap_token),
            bootstrap_password: env("CLOSEOUT_BOOTSTRAP_PASSWORD").or(file.bootstrap_password),
            bootstrap_email: env("CLOSEOUT_BOOTSTRAP_EMAIL")
                .or(file.bootstrap_email)
                .unwrap_or_else(|| "admin@localhost".to_owned()),
            bootstrap_organisation: env("CLOSEOUT_BOOTSTRAP_ORGANISATION")
                .or(file.bootstrap_organisation)
                .unwrap_or_else(|| "My organisation".to_owned()),
            shutdown_timeout_secs,
            smtp_url: env("CLOSEOUT_SMTP_URL").or(file.smtp_url),
            mail_from: env("CLOSEOUT_MAIL_FROM")
                .or(file.mail_from)
                .unwrap_or_else(|| "Closeout <closeout@localhost>".to_owned()),
            smtp_connections,
            smtp_ca_file: env("CLOSEOUT_SMTP_CA_FILE")
                .map(PathBuf::from)
                .or(file.smtp_ca_file),
            notify_tick_secs,
            notify_local_hour,
            metrics_bind: env("CLOSEOUT_METRICS_BIND").or(file.metrics_bind),
            otlp_endpoint: env("CLOSEOUT_OTLP_ENDPOINT").or(file.otlp_endpoint),
        };
        config.refuse_placeholders()?;
        Ok(config)
    }

    /// Refuses a bootstrap token too short to be a secret, and the values the shipped manifests
    /// (`k8s/secret.yaml`) hold until someone replaces them: a deployment applied as shipped
    /// must not start with a secret everybody knows.
    fn refuse_placeholders(&self) -> Result<(), ConfigError> {
        if let Some(token) = &self.bootstrap_token {
            crate::token::Secret::chosen(token)
                .map_err(|e| ConfigError(format!("CLOSEOUT_BOOTSTRAP_TOKEN: {e}")))?;
        }
        let secrets = [
            ("CLOSEOUT_BOOTSTRAP_TOKEN", self.bootstrap_token.as_deref()),
            (
                "CLOSEOUT_BOOTSTRAP_PASSWORD",
                self.bootstrap_password.as_deref(),
            ),
            ("DATABASE_URL", Some(self.database_url.as_str())),
            ("CLOSEOUT_SMTP_URL", self.smtp_url.as_deref()),
        ];
        for (name, value) in secrets {
            let Some(value) = value else { continue };
            let lowered = value.to_ascii_lowercase();
            if let Some(placeholder) = PLACEHOLDERS.iter().find(|p| lowered.contains(*p)) {
                return Err(ConfigError(format!(
                    "{name} still holds the placeholder `{placeholder}` of the example \
                     manifests; set a real value (a long random one for secrets)"
                )));
            }
        }
        Ok(())
    }
}

/// Words that mark a value as a placeholder to replace (lower case).
const PLACEHOLDERS: [&str; 2] = ["replace-me", "change-me"];

fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError(format!("cannot read {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| ConfigError(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::load(|key| vars.get(key).cloned())
    }

    #[test]
    fn the_manifests_placeholders_are_refused() {
        let refused = load(&[(
            "CLOSEOUT_BOOTSTRAP_TOKEN",
            "REPLACE-ME-with-a-long-random-value",
        )])
        .expect_err("placeholder token");
        assert!(
            refused.0.contains("CLOSEOUT_BOOTSTRAP_TOKEN"),
            "{}",
            refused.0
        );
        let refused = load(&[(
            "DATABASE_URL",
            "postgres://closeout:REPLACE-ME@closeout-postgres:5432/closeout",
        )])
        .expect_err("placeholder password");
        assert!(refused.0.contains("DATABASE_URL"), "{}", refused.0);
        load(&[(
            "CLOSEOUT_BOOTSTRAP_TOKEN",
            "a0f9c3e1b7d24c6e8f0a1b2c3d4e5f60",
        )])
        .expect("a real value");
    }

    #[test]
    fn defaults_work_on_a_bare_machine() {
        let config = load(&[]).expect("defaults");
        assert_eq!(config.bind, "127.0.0.1:8080");
        assert_eq!(
            config.database_url,
            PathBuf::from("data").join("closeout.db").to_string_lossy()
        );
        assert_eq!(config.log_format, LogFormat::Text);
    }

    #[test]
    fn environment_overrides_the_file() {
        let dir = std::env::temp_dir().join(format!("closeout-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("closeout.toml");
        std::fs::write(&path, "bind = \"0.0.0.0:9000\"\ndb_pool_size = 4\n").expect("write");
        let path = path.to_string_lossy().into_owned();
        let config =
            load(&[("CLOSEOUT_CONFIG", &path), ("CLOSEOUT_DB_POOL_SIZE", "8")]).expect("config");
        assert_eq!(config.bind, "0.0.0.0:9000");
        assert_eq!(config.db_pool_size, 8);
        assert_eq!(config.base_url, "http://0.0.0.0:9000");
    }

    #[test]
    fn notification_settings_are_read_and_checked() {
        let config = load(&[
            (
                "CLOSEOUT_SMTP_URL",
                "smtp://mail.example.org:587?tls=starttls",
            ),
            ("CLOSEOUT_NOTIFY_TICK", "2"),
            ("CLOSEOUT_NOTIFY_LOCAL_HOUR", "0"),
            ("CLOSEOUT_SMTP_CONNECTIONS", "4"),
        ])
        .expect("config");
        assert_eq!(
            config.smtp_url.as_deref(),
            Some("smtp://mail.example.org:587?tls=starttls")
        );
        assert_eq!(
            (
                config.notify_tick_secs,
                config.notify_local_hour,
                config.smtp_connections
            ),
            (2, 0, 4)
        );
        let defaults = load(&[]).expect("defaults");
        assert_eq!(
            (
                defaults.smtp_url,
                defaults.notify_tick_secs,
                defaults.notify_local_hour
            ),
            (None, 60, 9)
        );
        for (key, value) in [
            ("CLOSEOUT_NOTIFY_LOCAL_HOUR", "24"),
            ("CLOSEOUT_SMTP_CONNECTIONS", "0"),
            ("CLOSEOUT_NOTIFY_TICK", "soon"),
        ] {
            let error = load(&[(key, value)]).expect_err("invalid");
            assert!(error.to_string().contains(key), "{error}");
        }
    }

    #[test]
    fn mistakes_name_the_key() {
        let error = load(&[("CLOSEOUT_DB_POOL_SIZE", "many")]).expect_err("invalid");
        assert!(
            error.to_string().contains("CLOSEOUT_DB_POOL_SIZE"),
            "{error}"
        );
        let dir = std::env::temp_dir().join(format!("closeout-config-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("closeout.toml");
        std::fs::write(&path, "bnid = \"x\"\n").expect("write");
        let error = load(&[("CLOSEOUT_CONFIG", &path.to_string_lossy())]).expect_err("unknown key");
        assert!(error.to_string().contains("bnid"), "{error}");
    }
}
