DROP TABLE soa_entries;
