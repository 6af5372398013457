-- A finding's requirement links, deadlines and plan belong to its organisation through the
-- finding; their own organisation_id (kept: every query filters on it) needs no foreign key.
-- The key cost an import a row lock on the organisation for each of hundreds of thousands of
-- rows.
ALTER TABLE finding_requirements DROP CONSTRAINT finding_requirements_organisation_id_fkey;
ALTER TABLE finding_deadlines DROP CONSTRAINT finding_deadlines_organisation_id_fkey;
ALTER TABLE corrective_action_plans DROP CONSTRAINT corrective_action_plans_organisation_id_fkey;
