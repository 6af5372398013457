//! Status at a glance.

use closeout_model::user::Role;
use closeout_testing::{complete_plan, expect_problem, expect_status};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::spawn_app;

#[tokio::test]
async fn what_is_overdue_due_soon_blocked_and_may_become_a_major() {
    let app = spawn_app().await;
    let (_, owner) = app
        .user_with_role("owner@example.test", Role::Contributor)
        .await;
    let audit = app.create_audit("Stage 2").await; // report date 2026-03-20: plans due 2026-04-03
    let late_minor = app.create_finding(&audit, json!({"reference": "NC-01", "grade": "minor", "statement": "s", "owner": "owner@example.test"})).await;
    app.create_finding(
        &audit,
        json!({"reference": "NC-02", "grade": "major", "statement": "s"}),
    )
    .await;
    let submitted = app
        .create_finding(
            &audit,
            json!({"reference": "NC-03", "grade": "minor", "statement": "s"}),
        )
        .await;
    app.create_finding(
        &audit,
        json!({"reference": "OFI-1", "grade": "ofi", "statement": "s"}),
    )
    .await;
    let id = submitted["id"].as_str().expect("id");
    app.save_plan(id, &complete_plan()).await;
    app.take_steps(id, &["submit_plan"]).await;

    let before = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit}/status?on=2026-03-30"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(before["counts"]["due_soon"], 2, "{before}");
    assert_eq!(before["counts"]["blocked"], 1);
    assert_eq!(before["counts"]["no_deadline"], 1);
    assert_eq!(before["items"][0]["days_left"], 4);

    let after = expect_status(
        app.get(
            &format!("/api/v1/audits/{audit}/status?on=2026-04-06"),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(after["counts"]["overdue"], 2, "{after}");
    assert_eq!(after["counts"]["possible_upgrade"], 1);
    let flagged: Vec<&str> = after["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["possible_upgrade"] == true)
        .map(|i| i["reference"].as_str().expect("reference"))
        .collect();
    assert_eq!(flagged, ["NC-01"]);
    // Flagged, never regraded.
    let nc1 = expect_status(
        app.get(
            &format!(
                "/api/v1/findings/{}",
                late_minor["id"].as_str().expect("id")
            ),
            &app.admin_token,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(nc1["grade"], "minor");

    let organisation = expect_status(
        app.get("/api/v1/status?on=2026-04-06", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(organisation["items"].as_array().expect("items").len(), 4);
    assert_eq!(organisation["total"], 4);
    assert_eq!(organisation["next_after"], json!(null));
    // Two pages of two, walked with `next_after`, give the whole list in the same order, with
    // the counts of the whole list on each page.
    let first = expect_status(
        app.get("/api/v1/status?on=2026-04-06&limit=2", &app.admin_token)
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(first["items"].as_array().expect("items").len(), 2);
    assert_eq!(first["counts"], organisation["counts"]);
    let after = first["next_after"].as_str().expect("a next page");
    let second = expect_status(
        app.client
            .get(app.url("/api/v1/status"))
            .query(&[("on", "2026-04-06"), ("limit", "2"), ("after", after)])
            .bearer_auth(&app.admin_token)
            .send()
            .await
            .expect("request"),
        StatusCode::OK,
    )
    .await;
    assert_eq!(second["next_after"], json!(null), "{second}");
    let walked: Vec<&Value> = first["items"]
        .as_array()
        .expect("items")
        .iter()
        .chain(second["items"].as_array().expect("items"))
        .collect();
    let whole: Vec<&Value> = organisation["items"]
        .as_array()
        .expect("items")
        .iter()
        .collect();
    assert_eq!(walked, whole);
    expect_problem(
        app.get("/api/v1/status?after=yesterday", &app.admin_token)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    let own = expect_status(
        app.get("/api/v1/status?on=2026-04-06", &owner).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(own["items"].as_array().expect("items").len(), 1);
    assert_eq!(own["counts"]["overdue"], 1);
    expect_problem(
        app.get("/api/v1/status?on=tomorrow", &app.admin_token)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
    )
    .await;
    let stranger = app.second_organisation_admin().await;
    expect_problem(
        app.get(&format!("/api/v1/audits/{audit}/status"), &stranger)
            .await,
        StatusCode::NOT_FOUND,
        "not-found",
    )
    .await;
    let theirs = expect_status(app.get("/api/v1/status", &stranger).await, StatusCode::OK).await;
    assert_eq!(theirs["items"], json!([]));
}

/// Where a standing sorts, as the API names it.
fn rank(standing: &Value) -> usize {
    ["overdue", "due_soon", "due", "blocked", "no_deadline"]
        .iter()
        .position(|s| standing == s)
        .unwrap_or_else(|| panic!("an unknown standing: {standing}"))
}

#[tokio::test]
async fn every_page_on_every_day_follows_the_order_and_adds_up_to_the_counts() {
    let app = spawn_app().await;
    let audit = app.create_audit("Stage 2").await; // report date 2026-03-20
    let mut minors = Vec::new();
    // Majors, minors and OFIs (no deadline), their references out of creation order.
    for n in 0..15 {
        let grade = ["minor", "major", "ofi"][n % 3];
        let reference = format!("NC-{:02}", (n * 7) % 15);
        let finding = app
            .create_finding(
                &audit,
                json!({"reference": reference, "grade": grade, "statement": "s"}),
            )
            .await;
        if grade == "minor" {
            minors.push(finding["id"].as_str().expect("id").to_owned());
        }
    }
    // Two minors wait on the manager: their plans are submitted.
    for id in &minors[..2] {
        app.save_plan(id, &complete_plan()).await;
        app.take_steps(id, &["submit_plan"]).await;
    }
    let mut standings_seen = std::collections::BTreeSet::new();
    for on in [
        "2026-03-21",
        "2026-03-27",
        "2026-04-02",
        "2026-04-03",
        "2026-04-04",
        "2026-04-25",
        "2026-05-20",
        "2026-06-19",
        "2026-09-30",
    ] {
        let whole = expect_status(
            app.get(
                &format!("/api/v1/status?on={on}&limit=100"),
                &app.admin_token,
            )
            .await,
            StatusCode::OK,
        )
        .await;
        let items = whole["items"].as_array().expect("items");
        assert_eq!(items.len(), 15, "{whole}");
        assert_eq!(whole["total"], 15);
        // Each item's own standing (decided apart from the order) never goes back; within a
        // standing, the deadline (none last), the reference and the id never go back either.
        let key = |item: &Value| {
            (
                rank(&item["standing"]),
                item["due_on"].as_str().unwrap_or("~").to_owned(),
                item["reference"].as_str().unwrap_or_default().to_owned(),
                item["finding_id"].as_str().unwrap_or_default().to_owned(),
            )
        };
        for pair in items.windows(2) {
            assert!(key(&pair[0]) < key(&pair[1]), "on {on}: {pair:?}");
        }
        // The counts are the items' own standings, added up.
        let mut tally: std::collections::BTreeMap<String, usize> = Default::default();
        for item in items {
            let standing = item["standing"].as_str().expect("standing").to_owned();
            standings_seen.insert(standing.clone());
            *tally.entry(standing).or_default() += 1;
        }
        tally.insert(
            "possible_upgrade".to_owned(),
            items
                .iter()
                .filter(|i| i["possible_upgrade"] == true)
                .count(),
        );
        assert_eq!(whole["counts"], json!(tally), "on {on}");
        // Pages of four, walked with `next_after`, give the same list.
        let mut walked: Vec<Value> = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let mut query = vec![("on", on.to_owned()), ("limit", "4".to_owned())];
            if let Some(after) = &after {
                query.push(("after", after.clone()));
            }
            let page = expect_status(
                app.client
                    .get(app.url("/api/v1/status"))
                    .query(&query)
                    .bearer_auth(&app.admin_token)
                    .send()
                    .await
                    .expect("request"),
                StatusCode::OK,
            )
            .await;
            assert_eq!(page["counts"], whole["counts"]);
            walked.extend(page["items"].as_array().expect("items").iter().cloned());
            match page["next_after"].as_str() {
                Some(next) => after = Some(next.to_owned()),
                None => break,
            }
        }
        assert_eq!(&walked, items, "on {on}");
    }
    assert_eq!(
        standings_seen.len(),
        5,
        "every standing met: {standings_seen:?}"
    );
}
