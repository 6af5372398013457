ALTER TABLE findings DROP COLUMN plan_due;
ALTER TABLE findings DROP COLUMN current_due;
ALTER TABLE findings DROP COLUMN current_kind;
