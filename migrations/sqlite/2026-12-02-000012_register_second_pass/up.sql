-- What the register importer's second pass keeps: a finding's title, the other frameworks'
-- references it cites (JSON array of {framework, id}), and the owners it names who match no
-- user yet (JSON array of names, assignable later); the email domains an import may invite
-- owners from (JSON array); and whether a corrective action plan is still the draft an import
-- wrote (`import`) or a person has saved it since (`person`), so a re-import updates only the
-- former.
ALTER TABLE findings ADD COLUMN title TEXT;
ALTER TABLE findings ADD COLUMN other_references TEXT NOT NULL DEFAULT '[]';
ALTER TABLE findings ADD COLUMN pending_owners TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organisations ADD COLUMN invite_domains TEXT NOT NULL DEFAULT '[]';
ALTER TABLE corrective_action_plans ADD COLUMN source TEXT NOT NULL DEFAULT 'person';
