-- Corrective action plans (ISO/IEC 27001 clause 10.2): one per finding.
CREATE TABLE corrective_action_plans (
    finding_id TEXT PRIMARY KEY NOT NULL REFERENCES findings (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    requirement TEXT NOT NULL,
    evidence TEXT NOT NULL,
    nonconformity TEXT NOT NULL,
    correction TEXT NOT NULL,
    root_cause_whys TEXT NOT NULL,
    cause_category TEXT,
    corrective_actions TEXT NOT NULL,
    isms_documents TEXT NOT NULL,
    effectiveness TEXT,
    effort_days INTEGER,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX corrective_action_plans_organisation ON corrective_action_plans (organisation_id);
