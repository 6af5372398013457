-- Notification: every email Closeout decides to send, with a unique key per (item, deadline,
-- reminder step, recipient) so nothing is sent twice; reminder rules and templates per
-- organisation; each person's preferences; secret calendar feeds; the audit's manager, who
-- receives escalations.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    dedupe_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    step TEXT NOT NULL,
    recipient_id TEXT REFERENCES users (id),
    recipient_email TEXT NOT NULL,
    finding_id TEXT REFERENCES findings (id),
    task_id TEXT REFERENCES tasks (id),
    deadline TEXT,
    due_on DATE,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    status TEXT NOT NULL,
    send_after TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    lease_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE UNIQUE INDEX notifications_key ON notifications (organisation_id, dedupe_key);
CREATE INDEX notifications_due ON notifications (organisation_id, status, send_after);
CREATE INDEX notifications_organisation ON notifications (organisation_id, id);

CREATE TABLE notification_settings (
    organisation_id TEXT PRIMARY KEY NOT NULL REFERENCES organisations (id),
    rules TEXT NOT NULL,
    templates TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE notification_preferences (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    weekly_digest BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE calendar_feeds (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    audit_id TEXT REFERENCES audits (id),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

ALTER TABLE audits ADD COLUMN manager_id TEXT REFERENCES users (id);
