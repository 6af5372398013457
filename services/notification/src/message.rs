//! The messages: a subject and a plain-text body per kind, with `{{placeholders}}`, and an HTML
//! body made from the same text. Organisations may override any template.
//!
//! Values come from spreadsheets and people (a finding's statement, an owner's name), so they
//! are untrusted: the subject is made one line of printable characters (no header can be
//! smuggled in), and every value is HTML-escaped in the HTML body.

use std::collections::BTreeMap;

use closeout_model::FieldError;
use serde::{Deserialize, Serialize};

/// What a message is about; each kind has its own template.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A deadline is coming or is today.
    Reminder,
    /// A deadline passed.
    Overdue,
    /// To the manager: a deadline passed some days ago.
    Escalation,
    /// A finding was assigned to the recipient.
    Assigned,
    /// A task was assigned to the recipient.
    TaskAssigned,
    /// The plan was sent back.
    PlanRejected,
    /// The evidence was sent back.
    EvidenceRejected,
    /// Evidence was submitted and awaits verification.
    VerificationRequested,
    /// A finding's deadlines moved.
    DeadlineChanged,
    /// The weekly digest of open work.
    Digest,
    /// A test message from the API.
    Test,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 11] = [
        Kind::Reminder,
        Kind::Overdue,
        Kind::Escalation,
        Kind::Assigned,
        Kind::TaskAssigned,
        Kind::PlanRejected,
        Kind::EvidenceRejected,
        Kind::VerificationRequested,
        Kind::DeadlineChanged,
        Kind::Digest,
        Kind::Test,
    ];

    /// The name used in template overrides.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reminder => "reminder",
            Kind::Overdue => "overdue",
            Kind::Escalation => "escalation",
            Kind::Assigned => "assigned",
            Kind::TaskAssigned => "task_assigned",
            Kind::PlanRejected => "plan_rejected",
            Kind::EvidenceRejected => "evidence_rejected",
            Kind::VerificationRequested => "verification_requested",
            Kind::DeadlineChanged => "deadline_changed",
            Kind::Digest => "digest",
            Kind::Test => "test",
        }
    }

    /// The kind named `name` as in template overrides.
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// What a person calls it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Reminder => "Reminder before a deadline",
            Kind::Overdue => "Overdue notice",
            Kind::Escalation => "Escalation to the audit's manager",
            Kind::Assigned => "Finding assigned",
            Kind::TaskAssigned => "Task assigned",
            Kind::PlanRejected => "Plan sent back",
            Kind::EvidenceRejected => "Evidence sent back",
            Kind::VerificationRequested => "Evidence awaiting verification",
            Kind::DeadlineChanged => "Deadlines changed",
            Kind::Digest => "Weekly digest",
            Kind::Test => "Test email",
        }
    }

    /// Values to preview this kind's template with when no real message of the kind is
    /// coming: every placeholder filled, so an edited template shows all it can say.
    pub fn example_values(self, base_url: &str) -> Values {
        let base = base_url.trim_end_matches('/');
        let (what, when, reason, summary) = match self {
            Kind::Overdue | Kind::Escalation => ("corrective action plan", "3 days ago", "", ""),
            Kind::PlanRejected | Kind::EvidenceRejected => (
                "corrective action plan",
                "",
                "The root cause stops at the symptom: ask why once more.",
                "NC-03: Access reviews are not performed for privileged accounts.",
            ),
            Kind::DeadlineChanged => (
                "",
                "",
                "The certification body agreed an extension.",
                "Plan due 2027-01-14 (was 2027-01-07)",
            ),
            Kind::Digest => (
                "",
                "",
                "",
                "NC-03 (Stage 2 audit): plan due 2027-01-07\nNC-05 (Stage 2 audit): evidence due 2027-02-04",
            ),
            _ => (
                "corrective action plan",
                "in 3 days",
                "",
                "Plan due 2027-01-07; evidence due 2027-02-04",
            ),
        };
        [
            ("recipient", "Alex Example"),
            ("reference", "NC-03"),
            ("audit", "Stage 2 audit"),
            ("what", what),
            ("item", "Review privileged accounts quarterly"),
            ("due_on", "2027-01-07"),
            ("when", when),
            (
                "statement",
                "Access reviews are not performed for privileged accounts (A.5.18).",
            ),
            ("owner", "Sam Owner <sam@example.com>"),
            ("reason", reason),
            ("summary", summary),
            ("count", "2"),
            ("organisation", "Example Ltd"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .chain([("link", format!("{base}/findings/example"))])
        .collect()
    }

    fn default_template(self) -> Template {
        let (subject, text) = match self {
            Kind::Reminder => (
                "{{reference}}: {{what}} due {{when}} ({{due_on}})",
                "Hello {{recipient}},\n\nThe {{what}} for {{reference}} ({{audit}}) is due {{when}}, on {{due_on}}.\n\n{{statement}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::Overdue => (
                "Overdue: {{reference}} {{what}} was due {{due_on}}",
                "Hello {{recipient}},\n\nThe {{what}} for {{reference}} ({{audit}}) was due on {{due_on}}, {{when}}. A missed deadline can cost the certificate: please act on it or agree a new date with the audit's manager.\n\n{{statement}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::Escalation => (
                "Escalation: {{reference}} {{what}} overdue since {{due_on}}",
                "Hello {{recipient}},\n\nThe {{what}} for {{reference}} ({{audit}}) was due on {{due_on}}, {{when}}, and is still outstanding. Its owner is {{owner}}.\n\n{{statement}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::Assigned => (
                "Assigned to you: {{reference}}",
                "Hello {{recipient}},\n\n{{reference}} ({{audit}}) is now yours to follow up.\n\n{{statement}}\n\n{{summary}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::TaskAssigned => (
                "Task assigned to you: {{item}} ({{reference}})",
                "Hello {{recipient}},\n\nThe task \"{{item}}\" under {{reference}} ({{audit}}) is now yours.\n\n{{summary}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::PlanRejected => (
                "{{reference}}: the corrective action plan was sent back",
                "Hello {{recipient}},\n\nThe corrective action plan for {{reference}} ({{audit}}) was sent back.\n\n{{summary}}\n\nReason: {{reason}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::EvidenceRejected => (
                "{{reference}}: the evidence of correction was sent back",
                "Hello {{recipient}},\n\nThe evidence of correction for {{reference}} ({{audit}}) was sent back.\n\n{{summary}}\n\nReason: {{reason}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::VerificationRequested => (
                "{{reference}}: evidence submitted for verification",
                "Hello {{recipient}},\n\nEvidence of correction for {{reference}} ({{audit}}) was submitted and awaits verification.\n\n{{statement}}\n\n{{summary}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::DeadlineChanged => (
                "{{reference}}: deadlines changed",
                "Hello {{recipient}},\n\nThe deadlines of {{reference}} ({{audit}}) changed:\n\n{{summary}}\n\nReason: {{reason}}\n\nOpen it in Closeout: {{link}}",
            ),
            Kind::Digest => (
                "Your open work in Closeout: {{count}} item(s)",
                "Hello {{recipient}},\n\nThis is what is open and yours, soonest first:\n\n{{summary}}\n\nOpen Closeout: {{link}}",
            ),
            Kind::Test => (
                "Closeout test email",
                "Hello {{recipient}},\n\nThis test message shows that Closeout can reach you by email.\n\n{{link}}",
            ),
        };
        Template {
            subject: subject.to_owned(),
            text: text.to_owned(),
        }
    }
}

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 14] = [
    "recipient",
    "reference",
    "audit",
    "what",
    "item",
    "due_on",
    "when",
    "statement",
    "owner",
    "reason",
    "summary",
    "count",
    "link",
    "organisation",
];

/// A subject and a plain-text body with `{{placeholders}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// The subject line.
    pub subject: String,
    /// The body; blank lines separate paragraphs, and `{{link}}` becomes a link in HTML.
    pub text: String,
}

/// An organisation's template overrides, by kind; a part left out keeps the default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(transparent)]
pub struct Overrides(pub BTreeMap<Kind, TemplateOverride>);

/// One kind's override.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateOverride {
    /// Replaces the subject.
    pub subject: Option<String>,
    /// Replaces the body.
    pub text: Option<String>,
}

impl Overrides {
    /// Checks every override's placeholders, so a typo is refused when saved, not found in an
    /// email.
    pub fn checked(self) -> Result<Overrides, Vec<FieldError>> {
        let mut errors = Vec::new();
        for (kind, template) in &self.0 {
            for (part, text) in [("subject", &template.subject), ("text", &template.text)] {
                let Some(text) = text else { continue };
                let field = format!("templates.{}.{part}", kind.as_str());
                if text.len() > 20_000 {
                    errors.push(FieldError::new(&field, "at most 20,000 characters"));
                }
                for name in placeholders(text) {
                    if !PLACEHOLDERS.contains(&name) {
                        errors.push(FieldError::new(
                            &field,
                            format!(
                                "unknown placeholder {{{{{name}}}}}; known: {}",
                                PLACEHOLDERS.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }

    /// Whether `kind` differs from its default.
    pub fn customised(&self, kind: Kind) -> bool {
        self.0
            .get(&kind)
            .is_some_and(|o| o.subject.is_some() || o.text.is_some())
    }

    /// Sets `kind`'s template; a part equal to the default is stored as no override, so a
    /// later change of the default reaches it.
    pub fn set(&mut self, kind: Kind, template: Template) {
        let default = kind.default_template();
        let subject = (template.subject != default.subject).then_some(template.subject);
        let text = (template.text != default.text).then_some(template.text);
        if subject.is_none() && text.is_none() {
            self.0.remove(&kind);
        } else {
            self.0.insert(kind, TemplateOverride { subject, text });
        }
    }

    /// The template for `kind`: the override where there is one, else the default.
    pub fn template(&self, kind: Kind) -> Template {
        let mut template = kind.default_template();
        if let Some(custom) = self.0.get(&kind) {
            if let Some(subject) = &custom.subject {
                template.subject.clone_from(subject);
            }
            if let Some(text) = &custom.text {
                template.text.clone_from(text);
            }
        }
        template
    }
}

/// The names of the placeholders in `text`.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        names.push(after[..end].trim());
        rest = &after[end + 2..];
    }
    names
}

/// The values a message is made from.
pub type Values = BTreeMap<&'static str, String>;

/// A message ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// One line, printable.
    pub subject: String,
    /// Plain text.
    pub text: String,
    /// HTML.
    pub html: String,
}

/// Fills a template. Placeholders without a value become empty.
pub fn render(template: &Template, values: &Values) -> Rendered {
    let subject = one_line(&fill(&template.subject, |name| {
        values.get(name).cloned().unwrap_or_default()
    }));
    let text = fill(&template.text, |name| {
        values.get(name).cloned().unwrap_or_default()
    });
    let html_body = fill(&escape(&template.text), |name| {
        let value = values.get(name).map(String::as_str).unwrap_or_default();
        if name == "link" && !value.is_empty() {
            let href = escape(value);
            format!("<a href=\"{href}\">{href}</a>")
        } else {
            escape(value)
        }
    });
    let paragraphs: Vec<String> = html_body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", p.replace('\n', "<br>\n")))
        .collect();
    let html = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.4\">\n{}\n</body></html>\n",
        escape(&subject),
        paragraphs.join("\n")
    );
    // A placeholder left empty leaves no gap of blank lines behind.
    let text: Vec<&str> = text
        .split("\n\n")
        .map(|p| p.trim_matches('\n'))
        .filter(|p| !p.trim().is_empty())
        .collect();
    Rendered {
        subject,
        text: text.join("\n\n").trim().to_owned() + "\n",
        html,
    }
}

fn fill(template: &str, value: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("}}") {
            Some(end) => {
                out.push_str(&value(after[..end].trim()));
                rest = &after[end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Escapes text for HTML content and attribute values (the one escaper, shared with pages).
pub use closeout_web::ui::escape;

/// One line of printable text of at most 200 characters: control characters (CR and LF above
/// all, which would start a new header) become spaces.
pub fn one_line(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let collapsed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    match collapsed.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &collapsed[..cut]),
        None => collapsed,
    }
}

/// "today", "tomorrow", "in 3 days", "yesterday", "4 days ago".
pub fn relative_day(days_left: i64) -> String {
    match days_left {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday".to_owned(),
        d if d > 1 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&'static str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()
    }

    #[test]
    fn an_empty_placeholder_leaves_no_gap_and_a_grouped_email_lists_its_findings() {
        let template = Overrides::default().template(Kind::VerificationRequested);
        let one = render(
            &template,
            &values(&[
                ("reference", "NC-01"),
                ("statement", "Leavers keep access."),
            ]),
        );
        assert!(!one.text.contains("\n\n\n"), "{}", one.text);
        assert!(
            one.text
                .contains("verification.\n\nLeavers keep access.\n\nOpen it")
        );
        let grouped = render(
            &template,
            &values(&[
                ("reference", "2 findings"),
                (
                    "summary",
                    "- NC-01: Leavers keep access.\n- NC-02: Backups fail.",
                ),
            ]),
        );
        assert!(
            grouped.text.contains(
                "verification.\n\n- NC-01: Leavers keep access.\n- NC-02: Backups fail.\n\nOpen it"
            ),
            "{}",
            grouped.text
        );
    }

    #[test]
    fn hostile_values_cannot_break_the_subject_or_the_html() {
        let hostile = values(&[
            ("reference", "NC-01\r\nBcc: victim@example.com"),
            ("recipient", "<script>alert(1)</script>"),
            ("statement", "A & B \"quoted\" <b>bold</b>"),
            ("link", "http://x/?a=1&b=\"2\""),
            ("what", "corrective action plan"),
            ("when", "tomorrow"),
            ("due_on", "2026-12-01"),
            ("audit", "Stage 2"),
        ]);
        let message = render(&Overrides::default().template(Kind::Reminder), &hostile);
        assert!(!message.subject.contains('\n') && !message.subject.contains('\r'));
        assert_eq!(
            message.subject,
            "NC-01 Bcc: victim@example.com: corrective action plan due tomorrow (2026-12-01)"
        );
        assert!(!message.html.contains("<script>"), "{}", message.html);
        assert!(
            message
                .html
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        );
        assert!(
            message
                .html
                .contains("A &amp; B &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;")
        );
        assert!(
            message
                .html
                .contains("<a href=\"http://x/?a=1&amp;b=&quot;2&quot;\">")
        );
        // The text body carries the words as they are.
        assert!(message.text.contains("<script>alert(1)</script>"));
    }

    #[test]
    fn overrides_replace_only_what_they_name_and_typos_are_refused() {
        let overrides: Overrides = serde_json::from_str(
            r#"{"reminder": {"subject": "[ISMS] {{reference}} due {{due_on}}"}}"#,
        )
        .expect("json");
        let overrides = overrides.checked().expect("valid");
        let template = overrides.template(Kind::Reminder);
        assert_eq!(template.subject, "[ISMS] {{reference}} due {{due_on}}");
        assert_eq!(template.text, Kind::Reminder.default_template().text);

        let typo: Overrides =
            serde_json::from_str(r#"{"overdue": {"text": "{{refrence}} is late"}}"#).expect("json");
        let errors = typo.checked().expect_err("unknown placeholder");
        assert_eq!(errors[0].field, "templates.overdue.text");
        assert!(
            errors[0].message.contains("{{refrence}}"),
            "{}",
            errors[0].message
        );
        assert!(serde_json::from_str::<Overrides>(r#"{"nonsense": {}}"#).is_err());
    }

    #[test]
    fn every_default_template_uses_known_placeholders() {
        for kind in Kind::ALL {
            let template = kind.default_template();
            for name in placeholders(&template.subject)
                .into_iter()
                .chain(placeholders(&template.text))
            {
                assert!(PLACEHOLDERS.contains(&name), "{kind:?} uses {name}");
            }
        }
    }

    #[test]
    fn long_subjects_are_cut_and_days_read_naturally() {
        let long = "x".repeat(500);
        assert_eq!(one_line(&long).chars().count(), 201);
        assert_eq!(relative_day(0), "today");
        assert_eq!(relative_day(1), "tomorrow");
        assert_eq!(relative_day(3), "in 3 days");
        assert_eq!(relative_day(-4), "4 days ago");
    }
}
