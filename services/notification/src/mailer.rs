//! Sending: lettre over SMTP (plain, STARTTLS or TLS, with or without authentication, from
//! `CLOSEOUT_SMTP_URL`), or, when no server is configured, each message written as an `.eml`
//! file to the data folder's `mail-outbox`, so the embedded default needs no mail server.

use std::path::PathBuf;
use std::time::Duration;

use closeout_model::config::Config;
use closeout_model::notification::Notification;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

/// Why a message was not delivered to the server.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later: the server is down or said "try later" (4xx).
    #[error("{0}")]
    Transient(String),
    /// Not worth trying again: the server refused it (5xx) or the address is unusable.
    #[error("{0}")]
    Permanent(String),
}

/// A mail configuration that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct MailerError(String);

/// Where messages go.
#[derive(Clone)]
pub enum Mailer {
    /// An SMTP server.
    Smtp {
        /// The connection (pooled).
        transport: SmtpTransport,
        /// The server, without credentials, for logs.
        describe: String,
        /// The sender.
        from: Mailbox,
        /// Connections used at once.
        connections: usize,
    },
    /// `.eml` files in a folder.
    Folder {
        /// The folder.
        dir: PathBuf,
        /// The sender.
        from: Mailbox,
    },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl Mailer {
    /// The mailer the configuration asks for.
    pub fn from_config(config: &Config) -> Result<Mailer, MailerError> {
        let from: Mailbox = config.mail_from.parse().map_err(|e| {
            MailerError(format!(
                "CLOSEOUT_MAIL_FROM=`{}` is not an address: {e}",
                config.mail_from
            ))
        })?;
        let Some(url) = &config.smtp_url else {
            return Ok(Mailer::Folder {
                dir: config.data_dir.join("mail-outbox"),
                from,
            });
        };
        let url = SmtpUrl::parse(url)?;
        let describe = url.describe();
        let mut builder = SmtpTransport::from_url(&url.lettre)
            .map_err(|e| MailerError(format!("CLOSEOUT_SMTP_URL ({describe}): {e}")))?
            .timeout(Some(Duration::from_secs(20)))
            .pool_config(PoolConfig::new().max_size(config.smtp_connections));
        if let Some(path) = &config.smtp_ca_file {
            builder = builder.tls(private_ca_tls(&url, path)?);
        }
        let transport = builder.build();
        Ok(Mailer::Smtp {
            transport,
            describe,
            from,
            connections: config.smtp_connections as usize,
        })
    }

    /// Where messages go, without secrets.
    /// How many messages to send at once. lettre writes a message's body and its closing dot
    /// separately and cannot turn off Nagle's algorithm, so on one connection each message
    /// waits about 40 ms for the server's delayed acknowledgement; several connections keep that
    /// from capping throughput at 25 messages a second. Files need no such care.
    pub fn connections(&self) -> usize {
        match self {
            Mailer::Smtp { connections, .. } => *connections,
            Mailer::Folder { .. } => 1,
        }
    }

    /// Where messages go, without secrets.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { describe, .. } => describe.clone(),
            Mailer::Folder { dir, .. } => format!("folder {}", dir.display()),
        }
    }

    /// Sends one notification.
    pub fn send(&self, notification: &Notification) -> Result<(), SendError> {
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Folder { from, .. } => from.clone(),
        };
        let to: Mailbox = notification.recipient_email.parse().map_err(|e| {
            SendError::Permanent(format!(
                "`{}` is not an address: {e}",
                notification.recipient_email
            ))
        })?;
        let domain = from.email.domain().to_owned();
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(crate::message::one_line(&notification.subject))
            .message_id(Some(format!("<{}@{domain}>", notification.id)))
            .multipart(
                MultiPart::alternative()
                    .singlepart(part(ContentType::TEXT_PLAIN, &notification.body_text))
                    .singlepart(part(ContentType::TEXT_HTML, &notification.body_html)),
            )
            .map_err(|e| SendError::Permanent(format!("the message cannot be built: {e}")))?;
        match self {
            Mailer::Smtp { transport, .. } => match transport.send(&message) {
                Ok(_) => Ok(()),
                // 5xx: the server will never take it. Anything else (4xx, refused connection,
                // timeout, TLS trouble) may pass later.
                Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
                Err(e) => Err(SendError::Transient(e.to_string())),
            },
            Mailer::Folder { dir, .. } => {
                std::fs::create_dir_all(dir).map_err(|e| {
                    SendError::Transient(format!("cannot create {}: {e}", dir.display()))
                })?;
                let path = dir.join(format!("{}.eml", notification.id));
                std::fs::write(&path, message.formatted()).map_err(|e| {
                    SendError::Transient(format!("cannot write {}: {e}", path.display()))
                })?;
                tracing::info!(path = %path.display(), to = %notification.recipient_email, "email written (no SMTP server configured)");
                Ok(())
            }
        }
    }
}

/// The TLS settings `url` asks for, trusting the certificate authorities in the PEM file at
/// `path` as well as the public ones.
fn private_ca_tls(url: &SmtpUrl, path: &std::path::Path) -> Result<Tls, MailerError> {
    let pem = std::fs::read(path)
        .map_err(|e| MailerError(format!("CLOSEOUT_SMTP_CA_FILE={}: {e}", path.display())))?;
    let certificate = Certificate::from_pem(&pem).map_err(|e| {
        MailerError(format!(
            "CLOSEOUT_SMTP_CA_FILE={}: not a PEM certificate: {e}",
            path.display()
        ))
    })?;
    let parameters = TlsParameters::builder(url.host.clone())
        .add_root_certificate(certificate)
        .build()
        .map_err(|e| MailerError(format!("TLS settings for the SMTP server: {e}")))?;
    Ok(match url.tls {
        TlsMode::Wrapper => Tls::Wrapper(parameters),
        TlsMode::StartTls => Tls::Required(parameters),
        TlsMode::Opportunistic => Tls::Opportunistic(parameters),
        TlsMode::None => {
            return Err(MailerError(
                "CLOSEOUT_SMTP_CA_FILE is set but CLOSEOUT_SMTP_URL asks for no TLS: use smtps:// or ?tls=starttls".into(),
            ));
        }
    })
}

/// A body part in quoted-printable: readable in a mail's source, safe for any text.
fn part(content_type: ContentType, body: &str) -> SinglePart {
    SinglePart::builder()
        .header(content_type)
        .header(ContentTransferEncoding::QuotedPrintable)
        .body(body.to_owned())
}

/// How the connection to the SMTP server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TlsMode {
    /// `smtps://`: TLS from the first byte.
    Wrapper,
    /// `?tls=starttls`: STARTTLS, required.
    StartTls,
    /// `?tls=opportunistic`: STARTTLS when the server offers it.
    Opportunistic,
    /// Plain text (a relay on the same host).
    None,
}

/// `CLOSEOUT_SMTP_URL`, read once: what the documented forms mean, and lettre's spelling of it
/// (`?tls=starttls`, our name, is lettre's `?tls=required`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct SmtpUrl {
    scheme: &'static str,
    /// Host (and port) without credentials, for logs.
    authority: String,
    /// The host name alone, which a server's certificate must name.
    host: String,
    tls: TlsMode,
    /// The URL as lettre reads it (with the credentials).
    lettre: String,
}

impl SmtpUrl {
    fn parse(url: &str) -> Result<SmtpUrl, MailerError> {
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let (scheme, rest) = base.split_once("://").unwrap_or(("", base));
        let scheme = match scheme {
            "smtp" => "smtp",
            "smtps" => "smtps",
            other => {
                return Err(MailerError(format!(
                    "CLOSEOUT_SMTP_URL must start with smtp:// or smtps://, not `{other}://`"
                )));
            }
        };
        let mut asked = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("tls", value)) => asked = Some(value.to_ascii_lowercase()),
                _ => {
                    return Err(MailerError(format!(
                        "CLOSEOUT_SMTP_URL: unknown option `{pair}`; the only one is tls=starttls|opportunistic|none"
                    )));
                }
            }
        }
        let tls = match (scheme, asked.as_deref()) {
            ("smtps", _) => TlsMode::Wrapper,
            (_, None | Some("none")) => TlsMode::None,
            (_, Some("starttls" | "required")) => TlsMode::StartTls,
            (_, Some("opportunistic")) => TlsMode::Opportunistic,
            (_, Some(other)) => {
                return Err(MailerError(format!(
                    "CLOSEOUT_SMTP_URL: tls={other}; expected starttls, opportunistic or none"
                )));
            }
        };
        // user:password@host:port, and nothing after a `/`.
        let rest = rest.split('/').next().unwrap_or_default();
        let authority = rest.rsplit_once('@').map(|(_, h)| h).unwrap_or(rest);
        let host = match authority.strip_prefix('[') {
            // [::1] or [::1]:2525: the address is what the brackets hold.
            Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
            None => authority.split(':').next().unwrap_or_default(),
        }
        .to_owned();
        if host.is_empty() {
            return Err(MailerError(
                "CLOSEOUT_SMTP_URL names no host (smtp://host:port)".into(),
            ));
        }
        let lettre = match tls {
            TlsMode::StartTls => format!("{base}?tls=required"),
            TlsMode::Opportunistic => format!("{base}?tls=opportunistic"),
            TlsMode::Wrapper | TlsMode::None => base.to_owned(),
        };
        Ok(SmtpUrl {
            scheme,
            authority: authority.to_owned(),
            host,
            tls,
            lettre,
        })
    }

    /// The server without its password.
    fn describe(&self) -> String {
        let tls = match self.tls {
            TlsMode::StartTls => " (tls required)",
            TlsMode::Opportunistic => " (tls opportunistic)",
            TlsMode::Wrapper | TlsMode::None => "",
        };
        format!("{}://{}{tls}", self.scheme, self.authority)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_urls_translate_and_passwords_stay_out_of_logs() {
        let plain = SmtpUrl::parse("smtp://127.0.0.1:2525").expect("plain");
        assert_eq!(plain.lettre, "smtp://127.0.0.1:2525");
        assert_eq!(plain.describe(), "smtp://127.0.0.1:2525");
        assert_eq!(plain.tls, TlsMode::None);
        let starttls = SmtpUrl::parse("smtp://user:s3cret@mail.example.com:587?tls=starttls")
            .expect("starttls");
        assert_eq!(
            starttls.lettre,
            "smtp://user:s3cret@mail.example.com:587?tls=required"
        );
        assert_eq!(
            starttls.describe(),
            "smtp://mail.example.com:587 (tls required)"
        );
        assert_eq!(starttls.host, "mail.example.com");
        let wrapped = SmtpUrl::parse("smtps://mail.example.com").expect("tls");
        assert_eq!(
            (wrapped.lettre.as_str(), wrapped.tls),
            ("smtps://mail.example.com", TlsMode::Wrapper)
        );
        assert_eq!(
            SmtpUrl::parse("smtp://[::1]:2525?tls=opportunistic")
                .expect("v6")
                .host,
            "::1"
        );
        for (url, host) in [
            ("smtp://[::1]", "::1"),
            ("smtp://mail.example.com/", "mail.example.com"),
            ("smtp://u:p@mail.example.com:25/", "mail.example.com"),
        ] {
            assert_eq!(SmtpUrl::parse(url).expect(url).host, host, "{url}");
        }
        assert!(SmtpUrl::parse("smtp://:25").is_err());
        assert!(SmtpUrl::parse("http://mail.example.com").is_err());
        assert!(SmtpUrl::parse("smtp://mail.example.com?tls=maybe").is_err());
    }

    #[test]
    fn every_documented_form_builds_a_transport() {
        for url in [
            "smtp://localhost:2525",
            "smtp://user:pass@localhost:587?tls=starttls",
            "smtps://user:pass@localhost",
            "smtp://localhost?tls=opportunistic",
        ] {
            let config = Config {
                smtp_url: Some(url.to_owned()),
                ..Config::load(|_| None).expect("defaults")
            };
            Mailer::from_config(&config).unwrap_or_else(|e| panic!("{url}: {e}"));
        }
    }
}
