-- Who made a token and with which token: a token made for someone else names its maker, and
-- a token made with another token never outlives it nor survives its revocation.
ALTER TABLE api_tokens ADD COLUMN created_by TEXT REFERENCES users (id);
ALTER TABLE api_tokens ADD COLUMN parent_id TEXT REFERENCES api_tokens (id);
CREATE INDEX api_tokens_parent ON api_tokens (parent_id);
-- Tokens made before lifetimes were capped stop in 90 days instead of never.
UPDATE api_tokens SET expires_at = (NOW() AT TIME ZONE 'UTC') + INTERVAL '90 days' WHERE expires_at IS NULL;
CREATE INDEX api_tokens_created_by ON api_tokens (organisation_id, created_by, created_at);

-- The longest a new token may live, in days.
ALTER TABLE organisations ADD COLUMN token_lifetime_days INTEGER NOT NULL DEFAULT 90;

-- The most the organisation's kept files (evidence, imported registers) may take: 5 GiB.
ALTER TABLE organisations ADD COLUMN storage_quota_bytes BIGINT NOT NULL DEFAULT 5368709120;

-- The person behind an action taken with a token someone else made for its user.
ALTER TABLE history ADD COLUMN behind_id TEXT;

-- Calendar feeds expire, and one made with a token dies with that token.
ALTER TABLE calendar_feeds ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE calendar_feeds ADD COLUMN token_id TEXT REFERENCES api_tokens (id);
UPDATE calendar_feeds SET expires_at = created_at + INTERVAL '1 year';

-- Failed sign-ins by account and by address, for growing delays between attempts.
CREATE TABLE sign_in_throttles (
    key TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    blocked_until TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
