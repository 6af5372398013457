DROP TABLE outbox;
DROP TABLE finding_deadlines;
DROP TABLE holidays;
ALTER TABLE audits DROP COLUMN policy_id;
DROP TABLE deadline_policies;
