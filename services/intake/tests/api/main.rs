//! The intake service's API, driven over real HTTP against a real database: SQLite by default,
//! PostgreSQL when `CLOSEOUT_TEST_DATABASE_URL` is set (`.ci/run` runs the suite both ways).

mod helpers;

mod audits;
mod auth;
mod corpus;
mod findings;
mod imports;
mod platform;
mod security;
mod soa;
mod tenancy;
