//! A browser without JavaScript for page tests: it keeps the session cookie, reads the CSRF
//! token from the page it last loaded (as a real form would carry it), and does not follow
//! redirects, so tests see where each form sends them.

use closeout_model::Scope;
use closeout_model::sign_in::{self, Password};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};

use crate::TestApp;

/// A password every test user made with [`TestApp::person`] has.
pub const PASSWORD: &str = "correct horse battery staple";

/// What came back for a page request.
#[derive(Debug)]
pub struct Page {
    /// The status.
    pub status: StatusCode,
    /// The `Location` of a redirect.
    pub location: Option<String>,
    /// The body.
    pub body: String,
}

impl Page {
    /// Asserts the status, printing the page when it is wrong.
    pub fn expect(self, status: StatusCode) -> Page {
        assert_eq!(
            self.status, status,
            "unexpected status; page: {}",
            self.body
        );
        self
    }

    /// The redirect's target, asserting it is one (303 See Other).
    pub fn redirected_to(&self) -> &str {
        assert_eq!(
            self.status,
            StatusCode::SEE_OTHER,
            "not a redirect: {}",
            self.body
        );
        self.location.as_deref().expect("a Location header")
    }
}

/// A browser session against a test server; a clone is a second tab of the same session.
#[derive(Clone)]
pub struct Browser {
    address: String,
    client: reqwest::Client,
    cookie: Option<String>,
    csrf: Option<String>,
}

/// The value of the first `name="csrf" value="..."` in a page.
fn csrf_in(body: &str) -> Option<String> {
    let start = body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let end = body[start..].find('"')?;
    Some(body[start..start + end].to_owned())
}

impl Browser {
    /// A browser with nobody signed in.
    pub fn new(app: &TestApp) -> Browser {
        Browser {
            address: app.address.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            cookie: None,
            csrf: None,
        }
    }

    /// Signs in with email and password through the sign-in form; panics if refused.
    pub async fn signed_in(app: &TestApp, email: &str, password: &str) -> Browser {
        let mut browser = Browser::new(app);
        browser.get("/sign-in").await.expect(StatusCode::OK);
        let mut page = browser
            .post(
                "/sign-in",
                &[("email", email), ("password", password), ("next", "/")],
            )
            .await;
        // Tests that share a PostgreSQL database have the same address in many organisations:
        // choose this test's, as a consultant would choose a client.
        if page.status == StatusCode::OK && page.body.contains("Choose the organisation") {
            let marker = format!(r#"data-organisation="{}""#, app.organisation_id);
            let form = page
                .body
                .split(&marker)
                .nth(1)
                .unwrap_or_else(|| panic!("no choice for this organisation: {}", page.body))
                .to_owned();
            let link = form
                .split(r#"name="link" value=""#)
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("the choice's link")
                .to_owned();
            page = browser
                .post("/sign-in/link", &[("link", &link), ("next", "/")])
                .await;
        }
        assert_eq!(page.redirected_to(), "/", "sign-in refused: {}", page.body);
        assert!(
            browser.cookie.is_some(),
            "no session cookie after signing in"
        );
        browser
    }

    /// Loads a page.
    pub async fn get(&mut self, path: &str) -> Page {
        let mut request = self.client.get(format!("{}{path}", self.address));
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie);
        }
        self.read(request.send().await.expect("request")).await
    }

    /// Sends a form with the CSRF token of the last page loaded.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        let csrf = self.csrf.clone();
        if let Some(token) = &csrf {
            all.push(("csrf", token));
        }
        self.send_form(path, &all, None).await
    }

    /// Sends a form exactly as given (no CSRF token added), with an optional `Origin`.
    pub async fn send_form(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        origin: Option<&str>,
    ) -> Page {
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(fields).expect("form"));
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie);
        }
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        self.read(request.send().await.expect("request")).await
    }

    /// Uploads a file as a form would (`multipart/form-data`, the file in the part `file`),
    /// with the CSRF token of the last page loaded unless `csrf` is false.
    pub async fn upload(
        &mut self,
        path: &str,
        file_name: &str,
        bytes: Vec<u8>,
        csrf: bool,
    ) -> Page {
        self.upload_with(path, &[], file_name, bytes, csrf).await
    }

    /// Like [`Browser::upload`], with text fields beside the file.
    pub async fn upload_with(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file_name: &str,
        bytes: Vec<u8>,
        csrf: bool,
    ) -> Page {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text((*name).to_owned(), (*value).to_owned());
        }
        if csrf && let Some(token) = &self.csrf {
            form = form.text("csrf", token.clone());
        }
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()),
        );
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .multipart(form);
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie);
        }
        self.read(request.send().await.expect("request")).await
    }

    /// Downloads a file with the session.
    pub async fn download(&self, path: &str) -> (StatusCode, Vec<u8>) {
        let mut request = self.client.get(format!("{}{path}", self.address));
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        (status, response.bytes().await.expect("body").to_vec())
    }

    async fn read(&mut self, response: reqwest::Response) -> Page {
        for value in response.headers().get_all(SET_COOKIE) {
            let text = value.to_str().expect("cookie text");
            let pair = text.split(';').next().unwrap_or_default();
            if let Some(("closeout_session", secret)) = pair.split_once('=') {
                self.cookie = (!secret.is_empty()).then(|| format!("closeout_session={secret}"));
            }
        }
        let status = response.status();
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.text().await.expect("body");
        if let Some(token) = csrf_in(&body) {
            self.csrf = Some(token);
        }
        Page {
            status,
            location,
            body,
        }
    }

    /// The session cookie's value, if signed in.
    pub fn cookie(&self) -> Option<&str> {
        self.cookie.as_deref()
    }
}

impl TestApp {
    /// Adds a person with `role` who signs in with [`PASSWORD`]; returns their id.
    pub async fn person(&self, email: &str, role: closeout_model::user::Role) -> String {
        let (id, _) = self.user_with_role(email, role).await;
        self.set_password(&id, PASSWORD).await;
        id
    }

    /// Sets a user's web password.
    pub async fn set_password(&self, user_id: &str, password: &str) {
        let db = self.db.clone();
        let organisation_id = self.organisation_id.clone();
        let user_id = closeout_model::id::UserId::parse(user_id).expect("a user id");
        let password = Password::parse(password).expect("a valid password");
        tokio::task::spawn_blocking(move || {
            db.write(|c| {
                sign_in::set_password(
                    c,
                    &Scope::system(organisation_id.to_owned()),
                    &user_id,
                    &password,
                )
            })
        })
        .await
        .expect("task")
        .expect("set the password");
    }
}
