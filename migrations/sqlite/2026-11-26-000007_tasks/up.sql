-- Tasks under a finding's plan, so one fix can be split among people; evidence may belong to one.
CREATE TABLE tasks (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    finding_id TEXT NOT NULL REFERENCES findings (id),
    title TEXT NOT NULL,
    owner_id TEXT REFERENCES users (id),
    due_on DATE,
    done BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX tasks_finding ON tasks (organisation_id, finding_id, id);
CREATE INDEX tasks_due ON tasks (organisation_id, due_on);
ALTER TABLE evidence ADD COLUMN task_id TEXT REFERENCES tasks (id);
