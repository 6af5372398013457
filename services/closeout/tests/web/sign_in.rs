use closeout_model::Scope;
use closeout_model::sign_in::{self, LinkPurpose};
use closeout_model::user::Role;
use closeout_testing::browser::{Browser, PASSWORD};
use closeout_testing::expect_status;
use reqwest::StatusCode;

use crate::spawn_app;

#[tokio::test]
async fn a_page_sends_whoever_is_not_signed_in_to_the_sign_in_form_and_back() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let home = browser.get("/").await;
    assert_eq!(home.redirected_to(), "/sign-in?next=%2F");
    let deep = browser.get("/audits?offset=50").await;
    assert_eq!(
        deep.redirected_to(),
        "/sign-in?next=%2Faudits%3Foffset%3D50"
    );

    let form = browser
        .get("/sign-in?next=%2Faudits")
        .await
        .expect(StatusCode::OK);
    assert!(form.body.contains("<label>Email"), "{}", form.body);
    assert!(form.body.contains("<label>Password"));
    assert!(form.body.contains(">Sign in</button>"));
    assert!(form.body.contains(r#"name="next" value="/audits""#));

    app.person("returning@example.test", Role::Manager).await;
    let signed_in = browser
        .post(
            "/sign-in",
            &[
                ("email", "Returning@Example.test"),
                ("password", PASSWORD),
                ("next", "/audits"),
            ],
        )
        .await;
    assert_eq!(signed_in.redirected_to(), "/audits");
    let audits = browser.get("/audits").await.expect(StatusCode::OK);
    assert!(
        audits.body.contains("returning@example.test (manager)"),
        "{}",
        audits.body
    );
}

#[tokio::test]
async fn a_wrong_password_or_unknown_address_is_refused_alike_and_the_email_kept() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    for (email, password) in [
        ("ana@example.test", "not the password at all"),
        ("nobody@example.test", PASSWORD),
    ] {
        let mut browser = Browser::new(&app);
        let page = browser
            .post("/sign-in", &[("email", email), ("password", password)])
            .await
            .expect(StatusCode::OK);
        assert!(
            page.body
                .contains("That email and password do not match an account."),
            "{}",
            page.body
        );
        assert!(page.body.contains(&format!(r#"value="{email}""#)));
        assert!(
            browser.cookie().is_none(),
            "no session for a refused sign-in"
        );
        assert_eq!(browser.get("/").await.status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site_and_ends_when_signing_out() {
    let app = spawn_app().await;
    app.person("cookie@example.test", Role::Manager).await;
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url("/sign-in"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "email=cookie%40example.test&password={}",
            PASSWORD.replace(' ', "+")
        ))
        .send()
        .await
        .unwrap();
    let cookie = response
        .headers()
        .get("set-cookie")
        .expect("a session cookie")
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("closeout_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http base URL: {cookie}");

    let mut browser = Browser::signed_in(&app, "cookie@example.test", PASSWORD).await;
    let old_cookie = browser.cookie().unwrap().to_owned();
    browser.get("/").await.expect(StatusCode::OK);
    let out = browser.post("/sign-out", &[]).await;
    assert_eq!(out.redirected_to(), "/sign-in");
    assert!(browser.cookie().is_none(), "the cookie is cleared");

    // The old cookie no longer opens anything.
    let replayed = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/"))
        .header("cookie", old_cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(replayed.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn forms_without_the_session_token_or_from_another_site_are_refused() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    let mut browser = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = browser.get("/").await.expect(StatusCode::OK);
    let csrf = page
        .body
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a CSRF token in the page")
        .to_owned();

    let without = browser.send_form("/sign-out", &[], None).await;
    assert_eq!(without.status, StatusCode::FORBIDDEN);
    assert!(without.body.contains("reload the page"), "{}", without.body);
    let wrong = browser
        .send_form("/sign-out", &[("csrf", "0000")], None)
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let foreign = browser
        .send_form(
            "/sign-out",
            &[("csrf", &csrf)],
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    // Still signed in after all three.
    browser.get("/").await.expect(StatusCode::OK);

    let own_origin = app.address.clone();
    let signed_out = browser
        .send_form("/sign-out", &[("csrf", &csrf)], Some(&own_origin))
        .await;
    assert_eq!(signed_out.redirected_to(), "/sign-in");

    // Signing in from another site's page is refused too (login CSRF).
    let mut stranger = Browser::new(&app);
    let refused = stranger
        .send_form(
            "/sign-in",
            &[("email", "ana@example.test"), ("password", PASSWORD)],
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn after_signing_in_only_a_path_on_this_site_is_followed() {
    let app = spawn_app().await;
    app.person("wanderer@example.test", Role::Manager).await;
    for next in ["https://evil.example/", "//evil.example/x"] {
        let mut browser = Browser::new(&app);
        let page = browser
            .post(
                "/sign-in",
                &[
                    ("email", "wanderer@example.test"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(page.redirected_to(), "/");
    }
}

#[tokio::test]
async fn a_set_password_link_works_once_and_asks_for_a_long_enough_password() {
    let app = spawn_app().await;
    let (user_id, _) = app
        .user_with_role("new@example.test", Role::Contributor)
        .await;
    let db = app.db.clone();
    let scope = app.system_scope();
    let link = tokio::task::spawn_blocking(move || {
        db.write(|c| {
            sign_in::create_link(
                c,
                &scope,
                &closeout_model::id::UserId::parse(&user_id).expect("an id"),
                LinkPurpose::SetPassword,
                closeout_model::id::now(),
            )
        })
    })
    .await
    .unwrap()
    .unwrap();

    let mut browser = Browser::new(&app);
    let form = browser
        .get(&format!("/set-password?link={link}"))
        .await
        .expect(StatusCode::OK);
    assert!(form.body.contains("new@example.test"), "{}", form.body);

    let short = browser
        .post("/set-password", &[("link", &link), ("password", "short")])
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short.body.contains("at least 12 characters"),
        "{}",
        short.body
    );
    assert!(short.body.contains(r#"aria-invalid="true""#));

    let done = browser
        .post(
            "/set-password",
            &[("link", &link), ("password", "a long new passphrase")],
        )
        .await;
    assert_eq!(done.redirected_to(), "/");
    browser.get("/").await.expect(StatusCode::OK);
    Browser::signed_in(&app, "new@example.test", "a long new passphrase").await;

    let mut again = Browser::new(&app);
    let spent = again
        .get(&format!("/set-password?link={link}"))
        .await
        .expect(StatusCode::NOT_FOUND);
    assert!(
        spent.body.contains("expired or has been used"),
        "{}",
        spent.body
    );
    let reused = again
        .post(
            "/set-password",
            &[("link", &link), ("password", "someone else's passphrase")],
        )
        .await;
    assert_eq!(reused.status, StatusCode::NOT_FOUND);
    Browser::signed_in(&app, "new@example.test", "a long new passphrase").await;
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_that_person_only() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("ben@example.test", Role::Manager).await;
    let mut laptop = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let mut phone = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let mut ben = Browser::signed_in(&app, "ben@example.test", PASSWORD).await;
    laptop.get("/").await.expect(StatusCode::OK);
    let out = laptop.post("/sign-out-everywhere", &[]).await;
    assert_eq!(out.redirected_to(), "/sign-in");
    assert_eq!(phone.get("/").await.status, StatusCode::SEE_OTHER);
    ben.get("/").await.expect(StatusCode::OK);
}

/// The notifier the all-in-one process runs, sending to `smtp_url`.
fn notifier(
    app: &closeout_testing::TestApp,
    smtp_url: &str,
) -> closeout_notification::worker::Notifier {
    let config = closeout_model::config::Config {
        smtp_url: Some(smtp_url.to_owned()),
        ..closeout_model::config::Config::load(|_| None).expect("defaults")
    };
    closeout_notification::worker::Notifier::new(
        app.db.clone(),
        closeout_notification::mailer::Mailer::from_config(&config).expect("mailer"),
        "http://localhost",
        9,
    )
    .for_organisation(&app.organisation_id)
}

/// The first link to `path` in an email's text.
fn link_in(text: &str, path: &str) -> String {
    let start = text
        .find(path)
        .unwrap_or_else(|| panic!("no {path} link in {text}"));
    text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .next()
        .unwrap()
        .replace("&amp;", "&")
}

#[tokio::test]
async fn an_emailed_link_signs_a_contributor_in_once_and_lands_on_the_page_they_asked_for() {
    let app = spawn_app().await;
    let smtp = closeout_testing::smtp::SmtpServer::start();
    app.user_with_role("cy@example.test", Role::Contributor)
        .await;
    let audit_id = app.create_audit("Stage 2").await;
    let mine = app
        .create_finding(&audit_id, serde_json::json!({"reference": "NC-1", "grade": "minor", "requirements": ["A.8.8"], "statement": "s", "owner": "cy@example.test"}))
        .await;
    app.create_finding(&audit_id, serde_json::json!({"reference": "NC-2", "grade": "minor", "requirements": ["A.8.8"], "statement": "s"}))
        .await;
    let mine = mine["id"].as_str().unwrap().to_owned();

    let mut browser = Browser::new(&app);
    let asked = browser.get(&format!("/findings/{mine}")).await;
    assert_eq!(
        asked.redirected_to(),
        format!("/sign-in?next=%2Ffindings%2F{mine}")
    );
    browser
        .get(asked.redirected_to())
        .await
        .expect(StatusCode::OK);
    let sent = browser
        .post(
            "/sign-in/email",
            &[
                ("email", "cy@example.test"),
                ("purpose", "sign_in"),
                ("next", &format!("/findings/{mine}")),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(sent.body.contains("Check your email"), "{}", sent.body);
    // An unknown address gets the same answer and no email.
    let unknown = Browser::new(&app)
        .post(
            "/sign-in/email",
            &[("email", "who@example.test"), ("purpose", "sign_in")],
        )
        .await
        .expect(StatusCode::OK);
    assert!(unknown.body.contains("Check your email"));

    // While it waits to be sent, nobody listing the organisation's emails sees the link.
    let listed = expect_status(
        app.get("/api/v1/notifications?limit=500", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    let waiting = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "sign_in")
        .expect("the sign-in email, queued")
        .clone();
    assert_eq!(waiting["status"], "pending");
    assert!(!waiting.to_string().contains("/sign-in/link?"), "{waiting}");

    let notifier = notifier(&app, &smtp.url());
    tokio::task::spawn_blocking(move || notifier.send_urgent(chrono::Utc::now()))
        .await
        .unwrap();
    let received = smtp.wait_for(1, std::time::Duration::from_secs(10));
    assert_eq!(received.len(), 1, "one email, to the known address only");
    assert_eq!(received[0].to, ["cy@example.test"]);
    assert_eq!(
        received[0].header("Subject").as_deref(),
        Some("Your Closeout sign-in link")
    );
    let link = link_in(&received[0].decoded(), "http://localhost/sign-in/link?");
    let path = link.trim_start_matches("http://localhost");
    // Once sent, the database's copy of the email no longer holds the link either.
    let db = app.db.clone();
    let stored: Vec<(String, String, String)> = tokio::task::spawn_blocking(move || {
        db.read(|c| {
            use closeout_model::schema::notifications::dsl as n;
            use diesel::prelude::*;
            Ok(n::notifications
                .filter(n::kind.eq("sign_in"))
                .filter(n::recipient_email.eq("cy@example.test"))
                .select((n::status, n::body_text, n::body_html))
                .load(c)?)
        })
    })
    .await
    .unwrap()
    .unwrap();
    assert!(!stored.is_empty());
    for (status, text, html) in stored.iter().filter(|(status, _, _)| status == "sent") {
        assert!(
            !text.contains("/sign-in/link?") && !html.contains("/sign-in/link?"),
            "{status}"
        );
    }
    assert!(stored.iter().any(|(status, _, _)| status == "sent"));

    // Opening the link (as a mail scanner would) does not use it up.
    let mut person = Browser::new(&app);
    let page = person.get(path).await.expect(StatusCode::OK);
    assert!(page.body.contains("cy@example.test"), "{}", page.body);
    let page = person.get(path).await.expect(StatusCode::OK);
    let secret = page
        .body
        .split(r#"name="link" value=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let next = format!("/findings/{mine}");
    let landed = person
        .post("/sign-in/link", &[("link", &secret), ("next", &next)])
        .await;
    assert_eq!(landed.redirected_to(), next);
    let finding = person.get(&next).await.expect(StatusCode::OK);
    assert!(finding.body.contains("<h1>NC-1</h1>"));
    let audit = person
        .get(&format!("/audits/{audit_id}"))
        .await
        .expect(StatusCode::OK);
    assert!(audit.body.contains(">NC-1</a>") && !audit.body.contains(">NC-2</a>"));

    // Used once: the same link signs nobody in again.
    let mut again = Browser::new(&app);
    again.get(path).await.expect(StatusCode::NOT_FOUND);
    let reused = again
        .post("/sign-in/link", &[("link", &secret), ("next", "/")])
        .await;
    assert_eq!(reused.status, StatusCode::NOT_FOUND);
    assert!(again.cookie().is_none());
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_through_an_emailed_link() {
    let app = spawn_app().await;
    let smtp = closeout_testing::smtp::SmtpServer::start();
    app.person("forgetful@example.test", Role::Manager).await;
    let mut browser = Browser::new(&app);
    browser
        .post(
            "/sign-in/email",
            &[
                ("email", "forgetful@example.test"),
                ("purpose", "set_password"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    let notifier = notifier(&app, &smtp.url());
    tokio::task::spawn_blocking(move || notifier.send_urgent(chrono::Utc::now()))
        .await
        .unwrap();
    let received = smtp.wait_for(1, std::time::Duration::from_secs(10));
    assert_eq!(
        received[0].header("Subject").as_deref(),
        Some("Choose your Closeout password")
    );
    let link = link_in(&received[0].decoded(), "http://localhost/set-password?");
    let path = link.trim_start_matches("http://localhost");
    let secret = path.split("link=").nth(1).unwrap().to_owned();
    browser.get(path).await.expect(StatusCode::OK);
    let done = browser
        .post(
            "/set-password",
            &[("link", &secret), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(done.redirected_to(), "/");
    Browser::signed_in(&app, "forgetful@example.test", "a brand new passphrase").await;
    let mut old = Browser::new(&app);
    let refused = old
        .post(
            "/sign-in",
            &[("email", "forgetful@example.test"), ("password", PASSWORD)],
        )
        .await
        .expect(StatusCode::OK);
    assert!(refused.body.contains("do not match"));
}

#[tokio::test]
async fn people_make_and_revoke_their_own_api_tokens_on_a_page() {
    let app = spawn_app().await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("ben@example.test", Role::Manager).await;
    let mut ana = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let page = ana.get("/tokens").await.expect(StatusCode::OK);
    assert!(
        page.body.contains("<td>test</td>"),
        "the token the test set-up made: {}",
        page.body
    );
    let bad = ana
        .post("/tokens", &[("name", "CI"), ("days", "forever")])
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"id="days-error""#));
    let made = ana
        .post("/tokens", &[("name", "CI export"), ("days", "30")])
        .await
        .expect(StatusCode::CREATED);
    let secret = made
        .body
        .split(r#"<code id="new-token">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the secret, shown once")
        .to_owned();
    let me =
        closeout_testing::expect_status(app.get("/api/v1/me", &secret).await, StatusCode::OK).await;
    assert_eq!(me["email"], "ana@example.test");
    let again = ana.get("/tokens").await.expect(StatusCode::OK);
    assert!(!again.body.contains(&secret), "shown only once");
    assert!(again.body.contains("CI export"));
    let id = again
        .body
        .split("<td>CI export</td>")
        .nth(1)
        .and_then(|row| row.split(r#"action="/tokens/"#).nth(1))
        .and_then(|rest| rest.split('/').next())
        .expect("a revoke form")
        .to_owned();

    // Ben cannot revoke Ana's token, even with his own valid form.
    let mut ben = Browser::signed_in(&app, "ben@example.test", PASSWORD).await;
    ben.get("/tokens").await.expect(StatusCode::OK);
    let refused = ben.post(&format!("/tokens/{id}/revoke"), &[]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/api/v1/me", &secret).await.status(),
        StatusCode::OK
    );

    let revoked = ana.post(&format!("/tokens/{id}/revoke"), &[]).await;
    assert_eq!(revoked.redirected_to(), "/tokens");
    assert_eq!(
        app.get("/api/v1/me", &secret).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn an_administrator_invites_someone_who_chooses_a_password_from_the_email() {
    let app = spawn_app().await;
    let smtp = closeout_testing::smtp::SmtpServer::start();
    app.person("root@example.test", Role::Admin).await;
    app.person("ana@example.test", Role::Manager).await;
    app.person("cy@example.test", Role::Contributor).await;
    let mut admin = Browser::signed_in(&app, "root@example.test", PASSWORD).await;
    let page = admin.get("/people").await.expect(StatusCode::OK);
    assert!(page.body.contains("ana@example.test") && page.body.contains(">Invite</button>"));
    let bad = admin
        .post(
            "/people",
            &[("email", "not-an-address"), ("role", "contributor")],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"id="email-error""#), "{}", bad.body);
    assert!(bad.body.contains(r#"value="not-an-address""#));
    let invited = admin
        .post(
            "/people",
            &[
                ("email", "new@example.test"),
                ("name", "New Person"),
                ("role", "auditor"),
            ],
        )
        .await
        .expect(StatusCode::CREATED);
    assert!(
        invited.body.contains("new@example.test was added"),
        "{}",
        invited.body
    );
    let twice = admin
        .post(
            "/people",
            &[("email", "new@example.test"), ("role", "auditor")],
        )
        .await
        .expect(StatusCode::CONFLICT);
    assert!(twice.body.contains("already exists"), "{}", twice.body);

    let notifier = notifier(&app, &smtp.url());
    tokio::task::spawn_blocking(move || notifier.send_urgent(chrono::Utc::now()))
        .await
        .unwrap();
    let mail = smtp.wait_for(1, std::time::Duration::from_secs(10));
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, ["new@example.test"]);
    let link = link_in(&mail[0].decoded(), "http://localhost/set-password?");
    let path = link.trim_start_matches("http://localhost");
    let secret = path.split("link=").nth(1).unwrap().to_owned();
    let mut newcomer = Browser::new(&app);
    newcomer.get(path).await.expect(StatusCode::OK);
    let done = newcomer
        .post(
            "/set-password",
            &[("link", &secret), ("password", "my own passphrase")],
        )
        .await;
    assert_eq!(done.redirected_to(), "/");
    let home = newcomer.get("/").await.expect(StatusCode::OK);
    assert!(home.body.contains("new@example.test (auditor)"));

    let mut manager = Browser::signed_in(&app, "ana@example.test", PASSWORD).await;
    let seen = manager.get("/people").await.expect(StatusCode::OK);
    assert!(seen.body.contains("new@example.test") && !seen.body.contains(">Invite</button>"));
    let refused = manager
        .post("/people", &[("email", "x@example.test"), ("role", "admin")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let mut contributor = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    let home = contributor.get("/").await.expect(StatusCode::OK);
    assert!(!home.body.contains(r#"href="/people""#));
    assert_eq!(
        contributor.get("/people").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_consultant_with_accounts_at_two_clients_chooses_which_to_sign_in_to() {
    let app = spawn_app().await;
    app.person("consultant@example.test", Role::Manager).await;
    let db = app.db.clone();
    let other = tokio::task::spawn_blocking(move || {
        db.write(|c| {
            let client = closeout_model::organisation::create(c, "Second client")?;
            let user = closeout_model::user::create(
                c,
                &Scope::system(client.id.clone()),
                closeout_model::user::NewUser {
                    email: closeout_model::user::Email::parse("consultant@example.test").unwrap(),
                    name: None,
                    role: Role::Auditor,
                },
            )?;
            sign_in::set_password(
                c,
                &Scope::system(client.id.clone()),
                &user.id,
                &sign_in::Password::parse(PASSWORD).unwrap(),
            )?;
            Ok(client.id)
        })
    })
    .await
    .unwrap()
    .unwrap();
    let mut browser = Browser::new(&app);
    let chooser = browser
        .post(
            "/sign-in",
            &[
                ("email", "consultant@example.test"),
                ("password", PASSWORD),
                ("next", "/audits"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(
        chooser.body.contains("Choose the organisation"),
        "{}",
        chooser.body
    );
    assert!(chooser.body.contains(">Second client</button>"));
    assert!(browser.cookie().is_none(), "not signed in before choosing");
    let form = chooser
        .body
        .split(&format!(r#"data-organisation="{other}""#))
        .nth(1)
        .unwrap();
    let link = form
        .split(r#"name="link" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let landed = browser
        .post("/sign-in/link", &[("link", &link), ("next", "/audits")])
        .await;
    assert_eq!(landed.redirected_to(), "/audits");
    let page = browser.get("/audits").await.expect(StatusCode::OK);
    assert!(
        page.body.contains("consultant@example.test (auditor)"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn an_administrator_changes_roles_but_never_leaves_the_organisation_without_one() {
    let app = spawn_app().await;
    let root = app.person("root@example.test", Role::Admin).await;
    let cy = app.person("cy@example.test", Role::Contributor).await;
    let admin_id = expect_status(
        app.get("/api/v1/me", &app.admin_token).await,
        StatusCode::OK,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut admin = Browser::signed_in(&app, "root@example.test", PASSWORD).await;
    admin.get("/people").await.expect(StatusCode::OK);
    let changed = admin
        .post(&format!("/people/{cy}/role"), &[("role", "manager")])
        .await;
    assert_eq!(changed.redirected_to(), "/people");
    let me = expect_status(
        app.get("/api/v1/users", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    let cy_now = me
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "cy@example.test")
        .unwrap()
        .clone();
    assert_eq!(cy_now["role"], "manager");
    // Two administrators: one may become a manager; the last one may not.
    let first = admin
        .post(&format!("/people/{admin_id}/role"), &[("role", "manager")])
        .await;
    assert_eq!(first.redirected_to(), "/people");
    let last = admin
        .post(&format!("/people/{root}/role"), &[("role", "manager")])
        .await;
    assert_eq!(last.status, StatusCode::CONFLICT);
    assert!(last.body.contains("only administrator"), "{}", last.body);
    let mut manager = Browser::signed_in(&app, "cy@example.test", PASSWORD).await;
    manager.get("/people").await.expect(StatusCode::OK);
    let refused = manager
        .post(&format!("/people/{root}/role"), &[("role", "contributor")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

/// Posts the sign-in form as a browser at `address` (behind a proxy that forwards it).
async fn try_password(
    app: &closeout_testing::TestApp,
    address: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(app.url("/sign-in"))
        .header("x-forwarded-for", address)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "email={}&password={}",
            email.replace('@', "%40"),
            password.replace(' ', "+")
        ))
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn repeated_wrong_passwords_make_the_next_attempt_wait_even_with_the_right_one() {
    let app = spawn_app().await;
    app.person("guessed@example.test", Role::Manager).await;
    let address = "198.51.100.7";
    for _ in 0..=closeout_model::limits::FREE_SIGN_IN_FAILURES {
        let wrong = try_password(&app, address, "guessed@example.test", "a wrong guess").await;
        assert_eq!(wrong.status(), StatusCode::OK);
    }
    let refused = try_password(&app, address, "guessed@example.test", PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    let body = refused.text().await.unwrap();
    assert!(body.contains("try again in"), "{body}");
    // The same account from elsewhere waits too: guessing from many places is no faster.
    let elsewhere = try_password(&app, "198.51.100.8", "guessed@example.test", PASSWORD).await;
    assert_eq!(elsewhere.status(), StatusCode::TOO_MANY_REQUESTS);
    // Once the wait is over, the right password signs in (and clears the account's count).
    tokio::time::sleep(std::time::Duration::from_millis(1_100 * wait)).await;
    let signed_in = try_password(&app, address, "guessed@example.test", PASSWORD).await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn one_address_guessing_many_accounts_is_made_to_wait() {
    let app = spawn_app().await;
    app.person("bystander@example.test", Role::Manager).await;
    let address = "203.0.113.9";
    for n in 0..=closeout_model::limits::FREE_ADDRESS_FAILURES {
        let wrong = try_password(&app, address, &format!("guess{n}@example.test"), "guess").await;
        assert_eq!(wrong.status(), StatusCode::OK);
    }
    let refused = try_password(&app, address, "bystander@example.test", PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    // Someone else, from their own address, is not held up.
    let other = try_password(&app, "203.0.113.10", "bystander@example.test", PASSWORD).await;
    assert_eq!(other.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_administrator_sets_date_order_invite_domains_and_token_lifetime_on_a_page() {
    let app = spawn_app().await;
    app.person("root@example.test", Role::Admin).await;
    app.person("mia@example.test", Role::Manager).await;
    let mut manager = Browser::signed_in(&app, "mia@example.test", PASSWORD).await;
    assert_eq!(
        manager.get("/organisation").await.status,
        StatusCode::FORBIDDEN
    );
    let home = manager.get("/").await.expect(StatusCode::OK);
    assert!(
        !home.body.contains(r#"href="/organisation""#),
        "admins only"
    );

    let mut admin = Browser::signed_in(&app, "root@example.test", PASSWORD).await;
    let page = admin.get("/organisation").await.expect(StatusCode::OK);
    assert!(page.body.contains(r#"value="90""#), "{}", page.body);
    // One bad domain: nothing is saved, and the form comes back as typed.
    let refused = admin
        .post(
            "/organisation",
            &[
                ("date_order", "mdy"),
                ("invite_domains", "acme.test\nnot a domain"),
                ("token_lifetime_days", "30"),
            ],
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("Nothing was saved"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("is not a domain name"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("not a domain"));
    let unchanged = expect_status(
        app.get("/api/v1/organisation", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(unchanged["date_order"], serde_json::Value::Null);
    assert_eq!(unchanged["token_lifetime_days"], 90);
    admin.get("/organisation").await.expect(StatusCode::OK);
    let saved = admin
        .post(
            "/organisation",
            &[
                ("date_order", "mdy"),
                ("invite_domains", "acme.test\nAcme.co.uk"),
                ("token_lifetime_days", "30"),
            ],
        )
        .await
        .expect(StatusCode::OK);
    assert!(saved.body.contains("Settings saved."), "{}", saved.body);
    let now = expect_status(
        app.get("/api/v1/organisation", &app.admin_token).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(now["date_order"], "mdy");
    assert_eq!(
        now["invite_domains"],
        serde_json::json!(["acme.test", "acme.co.uk"])
    );
    assert_eq!(now["token_lifetime_days"], 30);
}
