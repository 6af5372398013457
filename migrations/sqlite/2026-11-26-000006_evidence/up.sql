-- Evidence of correction: files (kept in stored_files by SHA-256), links and notes. Never
-- deleted: a rejected plan or rejected evidence keeps what was shown.
CREATE TABLE evidence (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    finding_id TEXT NOT NULL REFERENCES findings (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    sha256 TEXT,
    size BIGINT,
    content_type TEXT,
    file_name TEXT,
    url TEXT,
    note TEXT,
    added_by TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX evidence_finding ON evidence (organisation_id, finding_id, id);
