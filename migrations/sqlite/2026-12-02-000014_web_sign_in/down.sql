DROP INDEX notifications_urgent;
DROP TABLE sign_in_links;
DROP TABLE web_sessions;
ALTER TABLE users DROP COLUMN password_hash;
