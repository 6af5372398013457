-- Crosswalks: frameworks other than the built-in ISO/IEC 27001:2022 (which is the catalog),
-- their requirements, and the mapping sets imported from crosswalk files with provenance.
-- All of it belongs to the organisation that imported it.
CREATE TABLE frameworks (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    version TEXT,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, id)
);

CREATE TABLE framework_requirements (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    framework_id TEXT NOT NULL,
    reference_key TEXT NOT NULL,
    reference TEXT NOT NULL,
    title TEXT,
    parent TEXT,
    depth INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, framework_id, reference_key)
);

CREATE TABLE mapping_sets (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    source_framework TEXT NOT NULL,
    target_framework TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    plugin TEXT NOT NULL,
    plugin_version TEXT NOT NULL,
    licence TEXT,
    imported_by TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX mapping_sets_organisation ON mapping_sets (organisation_id, source_framework, target_framework);

CREATE TABLE mappings (
    mapping_set_id TEXT NOT NULL REFERENCES mapping_sets (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    source_ref TEXT NOT NULL,
    target_ref TEXT NOT NULL,
    relationship TEXT NOT NULL,
    rationale TEXT,
    strength INTEGER,
    annotation TEXT,
    PRIMARY KEY (mapping_set_id, source_ref, target_ref)
);
CREATE INDEX mappings_organisation ON mappings (organisation_id);
