DROP TABLE mappings;
DROP TABLE mapping_sets;
DROP TABLE framework_requirements;
DROP TABLE frameworks;
