//! The statements whose SQL differs between SQLite and PostgreSQL. Each function matches on the
//! connection and writes each backend's form; everything else in the crate is backend-neutral.

use diesel::RunQueryDsl;
use diesel::connection::SimpleConnection;
use diesel::prelude::ExecuteCopyFromDsl as _;
use diesel::sql_types::{BigInt, Text};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::DbConnection;
use crate::error::ModelError;
use crate::schema::{finding_requirements, findings};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// A key no other application on the server is likely to use for an advisory lock.
const MIGRATION_LOCK_KEY: i64 = 7_201_126_001;

/// Applies pending migrations and returns the names of those applied.
pub(crate) fn run_migrations(connection: &mut DbConnection) -> Result<Vec<String>, ModelError> {
    let applied = match connection {
        DbConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map_err(|e| ModelError::Migration(e.to_string()))?
            .iter()
            .map(|m| m.to_string())
            .collect(),
        DbConnection::Pg(c) => {
            // Replicas starting together would otherwise race to create the same tables.
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
            let result = c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|versions| versions.iter().map(|m| m.to_string()).collect())
                .map_err(|e| ModelError::Migration(e.to_string()));
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
            result?
        }
    };
    Ok(applied)
}

/// Adds `delta` to the count of findings with this grade and status in an audit, creating the
/// row when it is the first.
pub(crate) fn add_to_finding_count(
    connection: &mut DbConnection,
    organisation_id: &str,
    audit_id: &str,
    grade: &str,
    status: &str,
    delta: i64,
) -> Result<(), ModelError> {
    // The statement is the same on both backends but for the placeholders.
    let placeholders: [&str; 5] = match connection {
        DbConnection::Sqlite(_) => ["?"; 5],
        DbConnection::Pg(_) => ["$1", "$2", "$3", "$4", "$5"],
    };
    let [p1, p2, p3, p4, p5] = placeholders;
    let sql = format!(
        "INSERT INTO finding_counts (audit_id, organisation_id, grade, status, n) \
         VALUES ({p1}, {p2}, {p3}, {p4}, {p5}) \
         ON CONFLICT (audit_id, grade, status) DO UPDATE SET n = finding_counts.n + excluded.n"
    );
    diesel::sql_query(sql)
        .bind::<Text, _>(audit_id)
        .bind::<Text, _>(organisation_id)
        .bind::<Text, _>(grade)
        .bind::<Text, _>(status)
        .bind::<BigInt, _>(delta)
        .execute(connection)?;
    Ok(())
}

/// Inserts rows in as few statements as the backend allows. A multi-row `INSERT` does not
/// compile against the multi-backend connection, so each backend gets its own, from the same
/// code.
macro_rules! insert_batch {
    ($connection:expr, $table:expr, $rows:expr, $rows_per_statement:expr) => {{
        let mut inserted = 0;
        for chunk in $rows.chunks($rows_per_statement) {
            inserted += match &mut *$connection {
                DbConnection::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                // COPY streams rows in PostgreSQL's binary format: several times faster than
                // multi-row INSERTs for bulk loads.
                DbConnection::Pg(c) => diesel::copy_from($table)
                    .from_insertable(chunk)
                    .execute(c)?,
            };
        }
        Ok(inserted)
    }};
}

/// Inserts many findings at once. SQLite allows 32,766 bound values per statement and
/// PostgreSQL 65,535; a finding has 14 columns.
pub(crate) fn insert_findings(
    connection: &mut DbConnection,
    rows: &[crate::finding::FindingRow],
) -> Result<usize, ModelError> {
    insert_batch!(connection, findings::table, rows, 1_000)
}

/// Inserts many finding-to-requirement links at once (3 columns a row).
pub(crate) fn insert_requirement_links(
    connection: &mut DbConnection,
    rows: &[crate::finding::RequirementLink],
) -> Result<usize, ModelError> {
    insert_batch!(connection, finding_requirements::table, rows, 5_000)
}

/// Inserts many history rows at once (9 columns a row).
pub(crate) fn insert_history(
    connection: &mut DbConnection,
    rows: &[crate::history::HistoryRow],
) -> Result<usize, ModelError> {
    insert_batch!(connection, crate::schema::history::table, rows, 2_000)
}

/// Inserts many deadline rows at once (8 columns a row).
pub(crate) fn insert_deadlines(
    connection: &mut DbConnection,
    rows: &[crate::deadline::NewDeadline],
) -> Result<usize, ModelError> {
    insert_batch!(
        connection,
        crate::schema::finding_deadlines::table,
        rows,
        2_000
    )
}

/// Inserts many outbox events at once (6 columns a row).
pub(crate) fn insert_events(
    connection: &mut DbConnection,
    rows: &[crate::outbox::Event],
) -> Result<usize, ModelError> {
    insert_batch!(connection, crate::schema::outbox::table, rows, 2_000)
}
