DROP TABLE escalation_decisions;
DROP TABLE risk_overrides;
DROP TABLE risk_settings;
