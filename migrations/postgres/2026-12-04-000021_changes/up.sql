-- A number that every committed write transaction raises, right after it commits. Answers
-- computed from all of an organisation's findings (risk, posture, status...) are kept by the
-- revision they were computed at and served again until it moves. A sequence, not a row:
-- a row raised inside each transaction would make every writer wait for the one before it
-- to commit, an import's included.
CREATE SEQUENCE changes;
