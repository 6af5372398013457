//! The command line every Closeout binary shares: `serve`, `migrate`, and the administrator's
//! commands. `closeout` offers every service; a service's own binary offers only itself.

use std::net::TcpListener;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use closeout_model::Scope;
use closeout_model::config::Config;
use closeout_model::token::Secret;
use closeout_model::user::{Email, NewUser, Role};
use closeout_model::{Database, organisation, sign_in, token, user};

use crate::service::Service;

#[derive(Debug, Parser)]
#[command(
    version,
    about = "Closeout: ISO 27001 audit follow-up, from nonconformity report to closure."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the HTTP server (applies migrations first; creates an administrator on first run).
    Serve {
        /// Address to listen on (overrides CLOSEOUT_BIND).
        #[arg(long)]
        bind: Option<String>,
        /// Which services to run: `all`, or a comma-separated list (see `targets`).
        #[arg(long, env = "CLOSEOUT_TARGET", default_value = "all")]
        target: String,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// List the services this binary can run.
    Targets,
    /// Print the Kubernetes ingress that routes each service's paths (`k8s/ingress.yaml`).
    Ingress {
        /// Print nginx `location` blocks instead, for a proxy in front of separate processes.
        #[arg(long)]
        nginx: bool,
    },
    /// Manage organisations.
    #[command(subcommand)]
    Organisation(OrganisationCommand),
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Subcommand)]
enum OrganisationCommand {
    /// Create an organisation (a consultant's new client, say).
    Create {
        /// Its name.
        #[arg(long)]
        name: String,
    },
    /// List organisations.
    List,
    /// Set how much an organisation's kept files (evidence, imported registers) may take.
    Quota {
        /// Its id (see `closeout organisation list`); the only one when left out.
        #[arg(long)]
        organisation: Option<String>,
        /// Megabytes (1 to 1,000,000).
        #[arg(long)]
        megabytes: i64,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add a user to an organisation.
    Create {
        /// Email address.
        #[arg(long)]
        email: String,
        /// admin, manager, contributor or auditor.
        #[arg(long)]
        role: String,
        /// Display name.
        #[arg(long)]
        name: Option<String>,
        /// Organisation id (may be left out when there is only one).
        #[arg(long)]
        organisation: Option<String>,
    },
    /// Print a single-use link (valid 24 hours) for a user to choose a web password.
    PasswordLink {
        /// The user's email.
        #[arg(long)]
        email: String,
        /// Organisation id (may be left out when there is only one).
        #[arg(long)]
        organisation: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create a token for a user and print it once.
    Create {
        /// The user's email.
        #[arg(long)]
        email: String,
        /// A label for the token.
        #[arg(long, default_value = "cli")]
        name: String,
        /// Days until it expires (never, when left out).
        #[arg(long)]
        expires_in_days: Option<u32>,
        /// Organisation id (may be left out when there is only one).
        #[arg(long)]
        organisation: Option<String>,
    },
    /// Revoke a token by id.
    Revoke {
        /// The token's id.
        id: String,
        /// Organisation id (may be left out when there is only one).
        #[arg(long)]
        organisation: Option<String>,
    },
}

/// Parses the command line and runs it with `services` available as targets. Returns the
/// process exit status.
pub fn main(services: &[Service]) -> std::process::ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("closeout: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    let otlp = match config
        .otlp_endpoint
        .as_deref()
        .map(crate::otlp::Endpoint::parse)
    {
        None => None,
        Some(Ok(endpoint)) => {
            // Collectors tell processes apart by service name: `closeout-intake` for a
            // process running intake alone.
            let service = match &cli.command {
                Command::Serve { target, .. } if target.trim() != "all" => {
                    format!("closeout-{}", target.trim().replace(',', "+"))
                }
                _ => "closeout".to_owned(),
            };
            match crate::otlp::layer(endpoint, &service) {
                Ok(layer) => Some(layer),
                Err(error) => {
                    eprintln!("closeout: the trace exporter's thread: {error}");
                    return std::process::ExitCode::FAILURE;
                }
            }
        }
        Some(Err(error)) => {
            eprintln!("closeout: configuration: {error}");
            return std::process::ExitCode::from(2);
        }
    };
    crate::telemetry::init(&config.log, config.log_format, otlp);
    match run(cli.command, config, services) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("closeout: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Chooses services by target name: `all` or a comma-separated list.
pub fn select(services: &[Service], target: &str) -> anyhow::Result<Vec<Service>> {
    if target.trim() == "all" {
        return Ok(services.to_vec());
    }
    target
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| {
            services
                .iter()
                .find(|service| service.name == name)
                .copied()
                .with_context(|| {
                    let known: Vec<&str> = services.iter().map(|s| s.name).collect();
                    format!(
                        "unknown target `{name}`; this binary runs: all, {}",
                        known.join(", ")
                    )
                })
        })
        .collect()
}

fn run(command: Command, mut config: Config, services: &[Service]) -> anyhow::Result<()> {
    match command {
        Command::Serve { bind, target } => {
            if let Some(bind) = bind {
                // A base URL derived from the old address follows the new one; one set by
                // the operator stays.
                if config.base_url == format!("http://{}", config.bind) {
                    config.base_url = format!("http://{bind}");
                }
                config.bind = bind;
            }
            let selected = select(services, &target)?;
            serve(config, &selected)
        }
        Command::Migrate => {
            let db = Database::connect(&config.database_url, 1)?;
            let applied = db.migrate()?;
            println!(
                "applied {} migration(s) on {}",
                applied.len(),
                db.backend().name()
            );
            Ok(())
        }
        Command::Ingress { nginx } => {
            if nginx {
                print!("{}", crate::ingress::nginx(services));
            } else {
                print!("{}", crate::ingress::manifest(services));
            }
            Ok(())
        }
        Command::Targets => {
            println!("all\tevery service below, in one process on one port");
            for service in services {
                println!("{}\t{}", service.name, service.summary);
            }
            Ok(())
        }
        Command::Organisation(command) => {
            let db = open(&config)?;
            match command {
                OrganisationCommand::Create { name } => {
                    let created = db.write(|c| organisation::create(c, &name))?;
                    println!("{}\t{}", created.id, created.name);
                }
                OrganisationCommand::List => {
                    for o in db.read(organisation::list)? {
                        println!("{}\t{}", o.id, o.name);
                    }
                }
                OrganisationCommand::Quota {
                    organisation: chosen,
                    megabytes,
                } => {
                    let id = organisation_id(&db, chosen)?;
                    db.write(|c| {
                        organisation::set_storage_quota(
                            c,
                            &Scope::system(id.clone()),
                            megabytes.saturating_mul(1_000_000),
                        )
                    })?;
                    println!("{id}\t{megabytes} MB");
                }
            }
            Ok(())
        }
        Command::User(UserCommand::Create {
            email,
            role,
            name,
            organisation,
        }) => {
            let db = open(&config)?;
            let organisation_id = organisation_id(&db, organisation)?;
            let scope = Scope::system(organisation_id.clone());
            let new = NewUser {
                email: Email::parse(&email).map_err(anyhow::Error::msg)?,
                name,
                role: role.parse::<Role>().map_err(anyhow::Error::msg)?,
            };
            let created = db.write(|c| user::create(c, &scope, new))?;
            println!(
                "created {} ({}) with id {}",
                created.email, created.role, created.id
            );
            Ok(())
        }
        Command::User(UserCommand::PasswordLink {
            email,
            organisation,
        }) => {
            let db = open(&config)?;
            let organisation_id = organisation_id(&db, organisation)?;
            let scope = Scope::system(organisation_id.clone());
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            let secret = db.write(|c| {
                let user = user::find_by_email(c, &scope, &email)?.ok_or_else(|| {
                    closeout_model::ModelError::invalid(
                        "email",
                        format!(
                            "no user {} in organisation {organisation_id}",
                            email.as_str()
                        ),
                    )
                })?;
                sign_in::create_link(
                    c,
                    &scope,
                    &user.id,
                    sign_in::LinkPurpose::SetPassword,
                    closeout_model::id::now(),
                )
            })?;
            eprintln!("a single-use link for {}, valid 24 hours:", email.as_str());
            println!("{}", password_link(&config.base_url, &secret));
            Ok(())
        }
        Command::Token(TokenCommand::Create {
            email,
            name,
            expires_in_days,
            organisation,
        }) => {
            let db = open(&config)?;
            let organisation_id = organisation_id(&db, organisation)?;
            let scope = Scope::system(organisation_id.clone());
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            let expires_at = expires_in_days
                .map(|days| closeout_model::id::now() + chrono::Duration::days(i64::from(days)));
            let secret = Secret::generate()?;
            let (created, secret) = db.write(|c| {
                let user = user::find_by_email(c, &scope, &email)?.ok_or_else(|| {
                    closeout_model::ModelError::invalid(
                        "email",
                        format!(
                            "no user {} in organisation {organisation_id}",
                            email.as_str()
                        ),
                    )
                })?;
                token::create(c, &scope, &user, &name, expires_at, None, secret)
            })?;
            eprintln!("token {} created; it is shown once:", created.id);
            println!("{}", secret.expose());
            Ok(())
        }
        Command::Token(TokenCommand::Revoke { id, organisation }) => {
            let db = open(&config)?;
            let organisation_id = organisation_id(&db, organisation)?;
            let scope = Scope::system(organisation_id.clone());
            let id = closeout_model::id::TokenId::parse(&id)?;
            let revoked = db.write(|c| token::revoke(c, &scope, &id))?;
            println!("revoked token {}", revoked.id);
            Ok(())
        }
    }
}

fn open(config: &Config) -> anyhow::Result<Database> {
    let db = Database::connect(&config.database_url, 2)?;
    db.migrate()?;
    Ok(db)
}

fn organisation_id(db: &Database, given: Option<String>) -> anyhow::Result<String> {
    if let Some(id) = given {
        return Ok(id);
    }
    let all = db.read(organisation::list)?;
    match all.as_slice() {
        [only] => Ok(only.id.clone()),
        [] => bail!(
            "there is no organisation yet: run `closeout serve` once, or `closeout organisation create`"
        ),
        _ => bail!(
            "there are {} organisations; choose one with --organisation (see `closeout organisation list`)",
            all.len()
        ),
    }
}

/// The address of a set-password link.
fn password_link(base_url: &str, secret: &str) -> String {
    format!(
        "{}/set-password?link={secret}",
        base_url.trim_end_matches('/')
    )
}

/// Runs the server until SIGTERM or SIGINT.
pub fn serve(config: Config, services: &[Service]) -> anyhow::Result<()> {
    let listener = TcpListener::bind(&config.bind)
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    let address = listener.local_addr()?;
    let bootstrap = (
        config.bootstrap_organisation.clone(),
        config.bootstrap_email.clone(),
        config.bootstrap_token.clone(),
        config.bootstrap_password.clone(),
    );
    let base_url = config.base_url.clone();
    let state = crate::server::prepare(config)?;
    if let Some(chosen) = &bootstrap.2 {
        closeout_model::bootstrap::adopt_operator_token(&state.db, chosen)?;
    }
    if let Some(created) = closeout_model::bootstrap::bootstrap_if_empty(
        &state.db,
        &bootstrap.0,
        &bootstrap.1,
        bootstrap.2.as_deref(),
        bootstrap.3.as_deref(),
    )? {
        // Printed, not logged: the token must not end up in a log collector.
        println!(
            "First run: created an organisation and the administrator {}.",
            created.email
        );
        match &created.secret {
            None => println!(
                "Their API token is the value of CLOSEOUT_BOOTSTRAP_TOKEN, for as long as the \
                 environment sets it."
            ),
            Some(secret) => println!(
                "Their API token (shown once; keep it safe):\n\n    {}\n",
                secret.expose()
            ),
        }
        if let Some(link) = &created.password_link {
            println!(
                "Open this link within 24 hours to choose their password for the web interface \
                 (it works once):\n\n    {}\n",
                password_link(&base_url, link)
            );
        }
    }
    let names: Vec<&str> = services.iter().map(|s| s.name).collect();
    tracing::info!(%address, services = ?names, "serving; the web interface at /, API docs at /api/docs/");
    let mut workers = Vec::new();
    for service in services {
        if let Some(start) = service.background
            && let Some(worker) = start(&state)?
        {
            workers.push(worker);
        }
    }
    let metrics = match &state.config.metrics_bind {
        Some(bind) => {
            let listener = TcpListener::bind(bind)
                .with_context(|| format!("cannot listen on {bind} for the metrics"))?;
            tracing::info!(address = %listener.local_addr()?, "metrics at /metrics");
            Some(listener)
        }
        None => None,
    };
    let served: anyhow::Result<()> = actix_web::rt::System::new().block_on(async move {
        let server = crate::server::start(state.clone(), services, listener)?;
        if let Some(listener) = metrics {
            let metrics = crate::server::start_metrics(state, listener)?;
            let handle = metrics.handle();
            actix_web::rt::spawn(metrics);
            server.await?;
            handle.stop(true).await;
        } else {
            server.await?;
        }
        Ok(())
    });
    for worker in workers {
        worker.stop();
    }
    served?;
    tracing::info!("stopped");
    Ok(())
}
