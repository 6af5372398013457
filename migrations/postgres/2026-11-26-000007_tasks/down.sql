ALTER TABLE evidence DROP COLUMN task_id;
DROP TABLE tasks;
