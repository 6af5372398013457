-- Risk assessment: an organisation's escalation thresholds, a manager's own likelihood and
-- impact for a finding, and decisions on potential majors.
CREATE TABLE risk_settings (
    organisation_id TEXT PRIMARY KEY NOT NULL REFERENCES organisations (id),
    thresholds TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE risk_overrides (
    finding_id TEXT PRIMARY KEY NOT NULL REFERENCES findings (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    likelihood INTEGER NOT NULL,
    impact INTEGER NOT NULL,
    reason TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE escalation_decisions (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    audit_id TEXT NOT NULL REFERENCES audits (id),
    warning_key TEXT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by TEXT REFERENCES users (id),
    decided_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, audit_id, warning_key)
);
