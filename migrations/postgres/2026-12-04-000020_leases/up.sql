-- Work that one replica does for all of them (the notifier's scheduling pass) is leased: the
-- holder renews its lease on each pass, and another replica takes the work over only once the
-- lease has lapsed. Without it every notifier replica read every organisation's deadlines on
-- every tick, to find what the first had already scheduled.
CREATE TABLE leases (
    name TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
