-- A finding's requirement links, deadlines and plan belong to its organisation through the
-- finding; their own organisation_id (kept: every query filters on it) needs no foreign key.
-- SQLite cannot drop a constraint: each table is rebuilt (nothing refers to them).
CREATE TABLE finding_requirements_rebuilt (
    finding_id TEXT NOT NULL REFERENCES findings (id),
    requirement_id TEXT NOT NULL REFERENCES catalog_requirements (id),
    organisation_id TEXT NOT NULL,
    PRIMARY KEY (finding_id, requirement_id)
);
INSERT INTO finding_requirements_rebuilt (finding_id, requirement_id, organisation_id)
    SELECT finding_id, requirement_id, organisation_id FROM finding_requirements;
DROP TABLE finding_requirements;
ALTER TABLE finding_requirements_rebuilt RENAME TO finding_requirements;
CREATE INDEX finding_requirements_requirement ON finding_requirements (organisation_id, requirement_id);

CREATE TABLE finding_deadlines_rebuilt (
    finding_id TEXT NOT NULL REFERENCES findings (id),
    organisation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    due_on DATE NOT NULL,
    overridden BOOLEAN NOT NULL,
    capped BOOLEAN NOT NULL,
    reason TEXT,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (finding_id, kind)
);
INSERT INTO finding_deadlines_rebuilt
    SELECT finding_id, organisation_id, kind, due_on, overridden, capped, reason, updated_at
    FROM finding_deadlines;
DROP TABLE finding_deadlines;
ALTER TABLE finding_deadlines_rebuilt RENAME TO finding_deadlines;
CREATE INDEX finding_deadlines_due ON finding_deadlines (organisation_id, due_on);

CREATE TABLE corrective_action_plans_rebuilt (
    finding_id TEXT PRIMARY KEY NOT NULL REFERENCES findings (id),
    organisation_id TEXT NOT NULL,
    requirement TEXT NOT NULL,
    evidence TEXT NOT NULL,
    nonconformity TEXT NOT NULL,
    correction TEXT NOT NULL,
    root_cause_whys TEXT NOT NULL,
    cause_category TEXT,
    corrective_actions TEXT NOT NULL,
    isms_documents TEXT NOT NULL,
    effectiveness TEXT,
    effort_days INTEGER,
    updated_at TIMESTAMP NOT NULL,
    source TEXT NOT NULL DEFAULT 'person'
);
INSERT INTO corrective_action_plans_rebuilt
    SELECT finding_id, organisation_id, requirement, evidence, nonconformity, correction,
           root_cause_whys, cause_category, corrective_actions, isms_documents, effectiveness,
           effort_days, updated_at, source
    FROM corrective_action_plans;
DROP TABLE corrective_action_plans;
ALTER TABLE corrective_action_plans_rebuilt RENAME TO corrective_action_plans;
CREATE INDEX corrective_action_plans_organisation ON corrective_action_plans (organisation_id);
