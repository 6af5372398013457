-- Each organisation's own count of writes, raised by the writes that name the organisation
-- they change (`Database::write_for`), beside the database's (`changes`), which every other
-- write raises: one organisation's work no longer drops another's kept answers.
CREATE TABLE organisation_changes (
    organisation_id TEXT PRIMARY KEY NOT NULL,
    revision BIGINT NOT NULL
);
