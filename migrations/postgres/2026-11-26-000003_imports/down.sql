DROP TABLE imports;
DROP TABLE stored_files;
ALTER TABLE organisations DROP COLUMN date_order;
