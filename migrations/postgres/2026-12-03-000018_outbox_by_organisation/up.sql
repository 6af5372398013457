-- A notifier reads each organisation's events after its position. Without this index the
-- read walked the outbox in id order across every organisation: with 1,000 organisations and
-- a million events, a tick that had nothing to do took two minutes of database time.
CREATE INDEX outbox_organisation ON outbox (organisation_id, id);
