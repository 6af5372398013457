-- The dates of a finding's evidence and closure deadlines, kept on its row beside `plan_due`
-- in the transaction of every change to its status or deadlines (`deadline::Dates`). The
-- reminders preview then finds every open deadline of an organisation by reading its findings
-- alone, instead of joining thousands of deadline rows with their findings.
ALTER TABLE findings ADD COLUMN evidence_due DATE;
ALTER TABLE findings ADD COLUMN closure_due DATE;

UPDATE findings SET
    evidence_due = (
        SELECT d.due_on FROM finding_deadlines d
        WHERE d.finding_id = findings.id AND d.kind = 'evidence'
    ),
    closure_due = (
        SELECT d.due_on FROM finding_deadlines d
        WHERE d.finding_id = findings.id AND d.kind = 'closure'
    );
