-- Imports of auditors' registers, and the original files, kept content-addressed.

-- How slashed dates are read when neither the file nor the import says: 'dmy' or 'mdy'.
ALTER TABLE organisations ADD COLUMN date_order TEXT;

CREATE TABLE stored_files (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, sha256)
);

CREATE TABLE imports (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    audit_id TEXT NOT NULL REFERENCES audits (id),
    actor_id TEXT REFERENCES users (id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    plugin TEXT NOT NULL,
    plugin_version TEXT NOT NULL,
    options TEXT NOT NULL,
    status TEXT NOT NULL,
    findings_created BIGINT NOT NULL,
    findings_updated BIGINT NOT NULL,
    findings_unchanged BIGINT NOT NULL,
    skipped_rows TEXT NOT NULL,
    issues TEXT NOT NULL,
    warnings TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX imports_audit ON imports (organisation_id, audit_id, id);
