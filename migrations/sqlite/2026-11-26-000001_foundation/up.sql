-- Foundation: tenants, people, tokens, audits, findings, history, and the ISO/IEC 27001:2022 catalog.
-- Identifiers are UUIDv7 text, so they sort by creation time on both backends.

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    email TEXT NOT NULL,
    name TEXT,
    role TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (organisation_id, email)
);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (organisation_id, user_id);

CREATE TABLE catalog_requirements (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    theme TEXT,
    parent_id TEXT,
    sort_order INTEGER NOT NULL
);

CREATE TABLE catalog_transitions_2013 (
    iso2013_id TEXT NOT NULL,
    iso2013_title TEXT NOT NULL,
    iso2022_id TEXT NOT NULL REFERENCES catalog_requirements (id),
    PRIMARY KEY (iso2013_id, iso2022_id)
);

CREATE TABLE audits (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    certification_body TEXT,
    standard TEXT NOT NULL,
    start_date DATE,
    end_date DATE,
    report_date DATE,
    certificate_expiry DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX audits_organisation ON audits (organisation_id, id);

CREATE TABLE findings (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    audit_id TEXT NOT NULL REFERENCES audits (id),
    reference TEXT NOT NULL,
    grade TEXT NOT NULL,
    requirements TEXT NOT NULL,
    statement TEXT NOT NULL,
    objective_evidence TEXT,
    raised_on DATE,
    status TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    warnings TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (audit_id, reference)
);
CREATE INDEX findings_audit ON findings (organisation_id, audit_id, id);
CREATE INDEX findings_audit_grade ON findings (organisation_id, audit_id, grade, id);
CREATE INDEX findings_audit_status ON findings (organisation_id, audit_id, status, id);
CREATE INDEX findings_owner ON findings (organisation_id, owner_id, id);

CREATE TABLE finding_requirements (
    finding_id TEXT NOT NULL REFERENCES findings (id),
    requirement_id TEXT NOT NULL REFERENCES catalog_requirements (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (finding_id, requirement_id)
);
CREATE INDEX finding_requirements_requirement ON finding_requirements (organisation_id, requirement_id);

-- Per audit, how many findings have each grade and status: list totals read a few rows here
-- instead of counting an audit's findings on every page.
CREATE TABLE finding_counts (
    audit_id TEXT NOT NULL REFERENCES audits (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    grade TEXT NOT NULL,
    status TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (audit_id, grade, status)
);

CREATE TABLE history (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    action TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT,
    at TIMESTAMP NOT NULL
);
CREATE INDEX history_entity ON history (organisation_id, entity, entity_id, id);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
