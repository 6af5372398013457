DROP INDEX finding_deadlines_finding;
