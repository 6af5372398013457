//! The connection enum. Its own module because diesel's derive generates undocumented public
//! items (the multi-backend types) that the crate's documentation lint would flag.
#![allow(missing_docs)]

use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;

/// A connection to either backend. Code that only runs ordinary queries takes `&mut DbConnection`
/// and never asks which one it is.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// PostgreSQL, for several replicas.
    Pg(PgConnection),
    /// SQLite, the embedded default.
    Sqlite(SqliteConnection),
}
