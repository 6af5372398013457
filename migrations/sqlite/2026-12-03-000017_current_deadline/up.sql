-- The deadline that matters for a finding now (the first its status still waits on: plan,
-- evidence, closure), and its plan's, kept on the finding's row in the transaction of every
-- change to its status or deadlines (`deadline::Current`). Status pages, risk and posture
-- then read the findings alone instead of looking up three deadlines per finding.
ALTER TABLE findings ADD COLUMN current_kind TEXT;
ALTER TABLE findings ADD COLUMN current_due DATE;
ALTER TABLE findings ADD COLUMN plan_due DATE;

UPDATE findings SET
    plan_due = (
        SELECT d.due_on FROM finding_deadlines d
        WHERE d.finding_id = findings.id AND d.kind = 'plan'
    ),
    current_kind = (
        SELECT d.kind FROM finding_deadlines d
        WHERE d.finding_id = findings.id
          AND (CASE d.kind WHEN 'plan' THEN 0 WHEN 'evidence' THEN 1 ELSE 2 END)
              >= (CASE findings.status
                      WHEN 'open' THEN 0 WHEN 'plan_drafted' THEN 0
                      WHEN 'plan_submitted' THEN 1 WHEN 'plan_accepted' THEN 1 WHEN 'in_progress' THEN 1
                      WHEN 'evidence_submitted' THEN 2 WHEN 'verified' THEN 2
                      ELSE 3 END)
        ORDER BY CASE d.kind WHEN 'plan' THEN 0 WHEN 'evidence' THEN 1 ELSE 2 END
        LIMIT 1
    ),
    current_due = (
        SELECT d.due_on FROM finding_deadlines d
        WHERE d.finding_id = findings.id
          AND (CASE d.kind WHEN 'plan' THEN 0 WHEN 'evidence' THEN 1 ELSE 2 END)
              >= (CASE findings.status
                      WHEN 'open' THEN 0 WHEN 'plan_drafted' THEN 0
                      WHEN 'plan_submitted' THEN 1 WHEN 'plan_accepted' THEN 1 WHEN 'in_progress' THEN 1
                      WHEN 'evidence_submitted' THEN 2 WHEN 'verified' THEN 2
                      ELSE 3 END)
        ORDER BY CASE d.kind WHEN 'plan' THEN 0 WHEN 'evidence' THEN 1 ELSE 2 END
        LIMIT 1
    );
