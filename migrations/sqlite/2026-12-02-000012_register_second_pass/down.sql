ALTER TABLE corrective_action_plans DROP COLUMN source;
ALTER TABLE organisations DROP COLUMN invite_domains;
ALTER TABLE findings DROP COLUMN pending_owners;
ALTER TABLE findings DROP COLUMN other_references;
ALTER TABLE findings DROP COLUMN title;
