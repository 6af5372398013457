ALTER TABLE findings DROP COLUMN closure_due;
ALTER TABLE findings DROP COLUMN evidence_due;
