//! A real SMTP server on loopback (mailin-embedded) that keeps what it receives, for tests and
//! benchmarks of email. It can be told to answer "try later" (451) to everything, or "no such
//! mailbox" (550) to one address, and a port can be reserved with nothing listening on it, to
//! stand for a server that is down.

use std::net::TcpListener;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use mailin_embedded::{Handler, Response, Server, response};

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    /// The envelope sender.
    pub from: String,
    /// The envelope recipients.
    pub to: Vec<String>,
    /// The message as sent: headers and body.
    pub data: String,
}

impl Received {
    /// The message with quoted-printable undone (soft line breaks joined, `=XX` decoded), for
    /// reading its bodies.
    pub fn decoded(&self) -> String {
        let joined = self.data.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match (bytes[i], hex) {
                (b'=', Some(byte)) => {
                    out.push(byte);
                    i += 3;
                }
                (byte, _) => {
                    out.push(byte);
                    i += 1;
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The value of the first header named `name` (unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        unfolded.split("\r\n").find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    }
}

/// How the server answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    /// Accepts everything.
    Accept,
    /// Answers 451 to every recipient: a transient failure.
    TryLater,
    /// Answers 550 to this address only: a permanent failure for one recipient.
    Refuse(String),
}

#[derive(Debug)]
struct State {
    behaviour: Behaviour,
    messages: Vec<Received>,
}

#[derive(Clone)]
struct Recorder {
    state: Arc<Mutex<State>>,
    /// The user and password AUTH PLAIN accepts, when the server asks for them.
    credentials: Option<(String, String)>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Handler for Recorder {
    fn mail(&mut self, _ip: std::net::IpAddr, _domain: &str, from: &str) -> Response {
        self.from = from.to_owned();
        self.to.clear();
        self.data.clear();
        response::OK
    }

    fn rcpt(&mut self, to: &str) -> Response {
        match &lock(&self.state).behaviour {
            Behaviour::TryLater => Response::custom(451, "try again later".to_owned()),
            Behaviour::Refuse(address) if to.eq_ignore_ascii_case(address) => response::NO_MAILBOX,
            _ => {
                self.to.push(to.to_owned());
                response::OK
            }
        }
    }

    fn auth_plain(
        &mut self,
        _authorization_id: &str,
        authentication_id: &str,
        password: &str,
    ) -> Response {
        match &self.credentials {
            Some((user, secret)) if user == authentication_id && secret == password => {
                response::AUTH_OK
            }
            _ => response::INVALID_CREDENTIALS,
        }
    }

    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        _to: &[String],
    ) -> Response {
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let message = Received {
            from: self.from.clone(),
            to: self.to.clone(),
            data: String::from_utf8_lossy(&self.data).into_owned(),
        };
        lock(&self.state).messages.push(message);
        response::OK
    }
}

/// A running server.
#[derive(Clone)]
pub struct SmtpServer {
    /// Its port on 127.0.0.1.
    pub port: u16,
    state: Arc<Mutex<State>>,
}

impl SmtpServer {
    /// Starts a server on a free port.
    pub fn start() -> SmtpServer {
        SmtpServer::start_on(0)
    }

    /// A free port with nothing listening on it: a mail server that is down. Start one on it
    /// later with [`SmtpServer::start_on`].
    pub fn reserve_port() -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        listener.local_addr().expect("local address").port()
    }

    /// Starts a server on `port` (0 for any free one).
    pub fn start_on(port: u16) -> SmtpServer {
        SmtpServer::start_with(port, None)
    }

    /// Starts a server that offers STARTTLS with the certificate and key at these PEM paths
    /// (the chain file holds the issuing CA) and, once encrypted, requires AUTH PLAIN with
    /// `user` and `password`.
    pub fn start_tls(cert: &str, key: &str, chain: &str, user: &str, password: &str) -> SmtpServer {
        // Test builds link two rustls crypto providers; the server side must be told which.
        let _ = rustls::crypto::ring::default_provider().install_default();
        SmtpServer::start_with(
            0,
            Some((
                mailin_embedded::SslConfig::Trusted {
                    cert_path: cert.to_owned(),
                    key_path: key.to_owned(),
                    chain_path: chain.to_owned(),
                },
                (user.to_owned(), password.to_owned()),
            )),
        )
    }

    fn start_with(
        port: u16,
        tls: Option<(mailin_embedded::SslConfig, (String, String))>,
    ) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the SMTP port");
        let port = listener.local_addr().expect("local address").port();
        let state = Arc::new(Mutex::new(State {
            behaviour: Behaviour::Accept,
            messages: Vec::new(),
        }));
        let (ssl, credentials) = match tls {
            Some((ssl, credentials)) => (Some(ssl), Some(credentials)),
            None => (None, None),
        };
        let handler = Recorder {
            state: state.clone(),
            credentials: credentials.clone(),
            from: String::new(),
            to: Vec::new(),
            data: Vec::new(),
        };
        let mut server = Server::new(handler);
        server
            .with_name("smtp.test")
            .with_num_threads(32)
            .with_tcp_listener(listener);
        if let Some(ssl) = ssl {
            server.with_ssl(ssl).expect("the TLS certificate and key");
            server.with_auth(mailin_embedded::AuthMechanism::Plain);
        }
        std::thread::spawn(move || {
            if let Err(error) = server.serve() {
                eprintln!("test SMTP server stopped: {error}");
            }
        });
        SmtpServer { port, state }
    }

    /// The URL to give Closeout.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Changes how the server answers from now on.
    pub fn set(&self, behaviour: Behaviour) {
        lock(&self.state).behaviour = behaviour;
    }

    /// Asserts that no email arrived twice: every Message-ID once, and no two messages with
    /// the same recipients, subject and text.
    pub fn assert_nothing_twice(&self) {
        let messages = self.messages();
        let mut ids: Vec<String> = messages
            .iter()
            .map(|m| m.header("Message-ID").expect("a message id"))
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), messages.len(), "a message went out twice");
        let mut texts: Vec<(&[String], Option<String>, String)> = messages
            .iter()
            .map(|m| (m.to.as_slice(), m.header("Subject"), m.decoded()))
            .collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), messages.len(), "an email went out twice");
    }

    /// Everything received so far.
    pub fn messages(&self) -> Vec<Received> {
        lock(&self.state).messages.clone()
    }

    /// Waits until at least `count` messages arrived (or `timeout` passed) and returns them all.
    pub fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Received> {
        let started = Instant::now();
        loop {
            let messages = self.messages();
            if messages.len() >= count || started.elapsed() > timeout {
                return messages;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
