ALTER TABLE audits DROP COLUMN manager_id;
DROP TABLE calendar_feeds;
DROP TABLE notification_preferences;
DROP TABLE notification_settings;
DROP TABLE notifications;
