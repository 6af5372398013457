DROP INDEX outbox_organisation;
