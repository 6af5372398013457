DROP TABLE corrective_action_plans;
