-- Deadline policies (presets have no organisation), holidays, each finding's deadlines, and
-- the outbox through which services tell each other what changed.

CREATE TABLE deadline_policies (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    name TEXT NOT NULL,
    certification_body TEXT,
    anchor TEXT NOT NULL,
    day_kind TEXT NOT NULL,
    rules TEXT NOT NULL,
    source TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX deadline_policies_organisation ON deadline_policies (organisation_id, id);

INSERT INTO deadline_policies (id, organisation_id, name, certification_body, anchor, day_kind, rules, source, created_at) VALUES
('source-guide', NULL, 'Source guide: plan in 14 days, evidence in 30, closed in 60', NULL, 'report_date', 'calendar',
 '{"major":{"plan_days":14,"evidence_days":30,"closure_days":60},"minor":{"plan_days":14,"evidence_days":30,"closure_days":60}}',
 'The guide Closeout grew from: a corrective action plan within 14 days of the NC report, evidence of correction within 30 days, about 60 days overall.', '2026-11-26 00:00:00'),
('wcs', NULL, 'World Certification Services: plan in 10 working days (major), 21 (minor)', 'World Certification Services', 'report_date', 'working',
 '{"major":{"plan_days":10},"minor":{"plan_days":21}}',
 'World Certification Services: corrective action plan within 10 working days for a major NC, 21 working days for a minor.', '2026-11-26 00:00:00'),
('bureau-veritas', NULL, 'Bureau Veritas: majors corrected with evidence within 90 days of the last audit day', 'Bureau Veritas', 'last_audit_day', 'calendar',
 '{"major":{"evidence_days":90}}',
 'Bureau Veritas: major NCs corrected, with evidence, within 90 days of the last audit day.', '2026-11-26 00:00:00'),
('auva', NULL, 'Auva: all majors cleared within 90 days', 'Auva', 'last_audit_day', 'calendar',
 '{"major":{"closure_days":90}}',
 'Auva: all major NCs cleared within 90 days, or a new Stage 2 / suspension.', '2026-11-26 00:00:00');

ALTER TABLE audits ADD COLUMN policy_id TEXT REFERENCES deadline_policies (id);

CREATE TABLE holidays (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    day DATE NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (organisation_id, day)
);

CREATE TABLE finding_deadlines (
    finding_id TEXT NOT NULL REFERENCES findings (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    due_on DATE NOT NULL,
    overridden BOOLEAN NOT NULL,
    capped BOOLEAN NOT NULL,
    reason TEXT,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (finding_id, kind)
);
CREATE INDEX finding_deadlines_due ON finding_deadlines (organisation_id, due_on);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    topic TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX outbox_topic ON outbox (topic, id);
