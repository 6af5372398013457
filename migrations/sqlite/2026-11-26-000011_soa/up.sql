-- The Statement of Applicability: per organisation and Annex A control, whether it applies,
-- why, and how far it is implemented. Controls without a row are "not stated yet"; the API
-- always shows all 93. Every change is in the history.
CREATE TABLE soa_entries (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    control_id TEXT NOT NULL,
    applicable BOOLEAN,
    partial BOOLEAN NOT NULL,
    justification TEXT,
    status TEXT,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, control_id)
);
