-- A finding's deadlines by finding within the organisation. Without it the only index with the
-- organisation first is (organisation_id, due_on), and a query for some findings' deadlines
-- walked every deadline of the organisation: a report read them all once per finding.
CREATE INDEX finding_deadlines_finding ON finding_deadlines (organisation_id, finding_id);
