-- People sign in to the web interface with a password (argon2id, PHC string) or an emailed
-- link; a signed-in browser holds a session. Secrets are stored only as SHA-256 hashes.
ALTER TABLE users ADD COLUMN password_hash TEXT;

CREATE TABLE web_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    secret_hash TEXT NOT NULL UNIQUE,
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX web_sessions_user ON web_sessions (organisation_id, user_id);

-- Single-use links: sign in (15 minutes) or set a password (first run, reset).
CREATE TABLE sign_in_links (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    secret_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX sign_in_links_user ON sign_in_links (organisation_id, user_id);

-- Emails people wait for (sign-in and password links) are looked for every second.
CREATE INDEX notifications_urgent ON notifications (kind, status);
