DELETE FROM catalog_transitions_2013;
DELETE FROM catalog_requirements;
