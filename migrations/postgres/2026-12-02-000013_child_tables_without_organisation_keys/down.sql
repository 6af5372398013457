ALTER TABLE finding_requirements ADD CONSTRAINT finding_requirements_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id);
ALTER TABLE finding_deadlines ADD CONSTRAINT finding_deadlines_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id);
ALTER TABLE corrective_action_plans ADD CONSTRAINT corrective_action_plans_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id);
