-- A number that every committed write transaction raises, in the same transaction. Answers
-- computed from all of an organisation's findings (risk, posture, status...) are kept by the
-- revision they were computed at and served again until it moves.
CREATE TABLE changes (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO changes (id, revision) VALUES (1, 0);
