//! The route table: `k8s/ingress.yaml` is what `closeout ingress` prints from the services'
//! route lists, and through it every path of each service's OpenAPI document reaches that
//! service, with ingress-nginx's rules (every path a case-insensitive regular expression
//! anchored at the start; the longest match wins).
//!
//! After changing a service's routes: `CLOSEOUT_ROUTES_WRITE=1 cargo test -p closeout --test
//! routes` rewrites the manifest.

use closeout_web::{Service, ingress};

fn services() -> Vec<Service> {
    vec![
        closeout_intake::service(),
        closeout_risk_assessment::service(),
        closeout_remediation::service(),
        closeout_notification::service(),
    ]
}

#[test]
fn the_ingress_manifest_is_generated_from_the_route_table() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../k8s/ingress.yaml");
    let generated = ingress::manifest(&services());
    if std::env::var_os("CLOSEOUT_ROUTES_WRITE").is_some() {
        std::fs::write(&file, &generated).expect("write the manifest");
    }
    let committed = std::fs::read_to_string(&file).expect("k8s/ingress.yaml");
    assert!(
        committed == generated,
        "k8s/ingress.yaml differs from the route table: run `closeout ingress > k8s/ingress.yaml` \
         (or this test with CLOSEOUT_ROUTES_WRITE=1)"
    );
}

#[test]
fn every_path_of_each_services_openapi_document_reaches_that_service() {
    let services = services();
    let id = "0190d6f1-7a0c-7000-8000-000000000001";
    let mut checked = 0;
    let mut wrong = Vec::new();
    for service in &services {
        for path in (service.openapi)().paths.paths.keys() {
            // Each `{parameter}` as an id would be.
            let mut sample = String::new();
            let mut rest = path.as_str();
            while let Some(open) = rest.find('{') {
                sample.push_str(&rest[..open]);
                sample.push_str(id);
                rest = rest[open..].split_once('}').map_or("", |(_, after)| after);
            }
            sample.push_str(rest);
            checked += 1;
            match ingress::route(&services, &sample) {
                Some((to, _)) if to.name == service.name => {}
                Some((to, rule)) => wrong.push(format!(
                    "{path} ({}) goes to {} by `{rule}`",
                    service.name, to.name
                )),
                None => wrong.push(format!("{path} ({}) is not routed", service.name)),
            }
        }
    }
    assert!(wrong.is_empty(), "misrouted:\n{}", wrong.join("\n"));
    assert!(checked > 50, "only {checked} paths checked");
}

#[test]
fn pages_reach_the_service_that_owns_them() {
    let services = services();
    let id = "0190d6f1-7a0c-7000-8000-000000000001";
    let expected = [
        ("/", "intake"),
        (&format!("/audits/{id}") as &str, "intake"),
        (&format!("/audits/{id}/import"), "intake"),
        (&format!("/findings/{id}"), "intake"),
        ("/soa", "intake"),
        ("/organisation", "intake"),
        ("/settings", "intake"),
        ("/sign-in", "intake"),
        ("/assets/htmx.min.js", "intake"),
        ("/needs-me", "remediation"),
        ("/panels/needs-me", "remediation"),
        (&format!("/findings/{id}/plan/edit"), "remediation"),
        (&format!("/panels/findings/{id}/remediation"), "remediation"),
        (&format!("/audits/{id}/reports/poam.json"), "remediation"),
        ("/deadlines", "remediation"),
        (&format!("/audits/{id}/risk"), "risk-assessment"),
        (&format!("/panels/findings/{id}/impact"), "risk-assessment"),
        (&format!("/findings/{id}/impact"), "risk-assessment"),
        ("/crosswalks/coverage", "risk-assessment"),
        ("/risk-method", "risk-assessment"),
        ("/reminders", "notification"),
        ("/reminders/templates/reminder", "notification"),
        ("/calendar-feeds", "notification"),
    ];
    for (path, owner) in expected {
        let to = ingress::route(&services, path).map(|(s, _)| s.name);
        assert_eq!(to, Some(owner), "{path}");
    }
}

#[test]
fn nginx_tries_the_locations_in_an_order_that_picks_the_same_service() {
    let services = services();
    let conf = ingress::nginx(&services);
    // (pattern, upstream) in the order nginx tries them.
    let mut locations = Vec::new();
    let mut lines = conf.lines();
    while let Some(line) = lines.next() {
        if let Some(route) = line
            .strip_prefix("location ~* \"")
            .and_then(|r| r.strip_suffix("\" {"))
        {
            let upstream = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("proxy_pass http://"))
                .and_then(|l| l.strip_suffix(';'))
                .expect("a proxy_pass under each location");
            let pattern = regex_lite::Regex::new(&format!("(?i){route}")).expect("a route");
            locations.push((pattern, upstream.to_owned()));
        }
    }
    assert_eq!(
        locations.len(),
        services.iter().map(|s| s.routes.len()).sum::<usize>()
    );
    let id = "0190d6f1-7a0c-7000-8000-000000000001";
    let mut checked = 0;
    for service in &services {
        for path in (service.openapi)().paths.paths.keys() {
            let sample = path
                .split('/')
                .map(|part| if part.starts_with('{') { id } else { part })
                .collect::<Vec<_>>()
                .join("/");
            let first = locations
                .iter()
                .find(|(pattern, _)| pattern.is_match(&sample))
                .map(|(_, upstream)| upstream.clone());
            assert_eq!(first, Some(ingress::backend(service)), "{sample} in nginx");
            checked += 1;
        }
    }
    assert!(checked > 50);
}
