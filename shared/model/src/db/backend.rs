//! The statements whose SQL differs between SQLite and PostgreSQL. Each function matches on the
//! connection and writes each backend's form; everything else in the crate is backend-neutral.

use diesel::connection::SimpleConnection;
use diesel::prelude::ExecuteCopyFromDsl as _;
use diesel::sql_types::{BigInt, Text};
use diesel::{OptionalExtension as _, RunQueryDsl};
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

/// Inserts many draft plans at once (14 columns a row).
pub(crate) fn insert_plans(
    connection: &mut DbConnection,
    rows: &[crate::plan::PlanRow],
) -> Result<usize, ModelError> {
    insert_batch!(
        connection,
        crate::schema::corrective_action_plans::table,
        rows,
        2_000
    )
}

/// Inserts many tasks at once (9 columns a row).
pub(crate) fn insert_tasks(
    connection: &mut DbConnection,
    rows: &[crate::task::TaskRow],
) -> Result<usize, ModelError> {
    insert_batch!(connection, crate::schema::tasks::table, rows, 3_000)
}

/// Inserts many findings at once. SQLite allows 32,766 bound values per statement and
/// PostgreSQL 65,535; a finding has 17 columns.
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

/// Inserts notifications, skipping any whose key is already scheduled (`ON CONFLICT DO
/// NOTHING` on both backends: the unique key, not a prior read, decides). 22 columns a row.
pub(crate) fn insert_notifications_once(
    connection: &mut DbConnection,
    rows: &[crate::notification::Notification],
) -> Result<usize, ModelError> {
    let mut inserted = 0;
    for chunk in rows.chunks(1_000) {
        inserted += match &mut *connection {
            DbConnection::Sqlite(c) => diesel::insert_into(crate::schema::notifications::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(crate::schema::notifications::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(c)?,
        };
    }
    Ok(inserted)
}

/// How a hand-written statement is spelled on this connection's backend.
pub(crate) struct Dialect {
    /// The sign of a numbered parameter: `$1` on PostgreSQL, `?1` on SQLite.
    pub(crate) parameter: char,
    /// The collation that orders text byte by byte, as Rust compares strings (SQLite's default
    /// already does; PostgreSQL's depends on how the database was created).
    pub(crate) byte_order: &'static str,
}

/// The [`Dialect`] of `connection`'s backend.
pub(crate) fn dialect(connection: &DbConnection) -> Dialect {
    match connection {
        DbConnection::Sqlite(_) => Dialect {
            parameter: '?',
            byte_order: "",
        },
        DbConnection::Pg(_) => Dialect {
            parameter: '$',
            byte_order: " COLLATE \"C\"",
        },
    }
}

/// Copies what SQLite's write-ahead log holds into the database file, as far as readers and
/// the writer allow without waiting for them (`PASSIVE`). PostgreSQL checkpoints by itself.
pub(crate) fn checkpoint(connection: &mut DbConnection) -> Result<(), ModelError> {
    if let DbConnection::Sqlite(c) = connection {
        c.batch_execute("PRAGMA wal_checkpoint(PASSIVE)")?;
    }
    Ok(())
}

/// Creates the lease `name`, lapsed and held by nobody, unless it exists.
pub(crate) fn insert_lease_once(
    connection: &mut DbConnection,
    name: &str,
) -> Result<(), ModelError> {
    use crate::schema::leases;
    use diesel::ExpressionMethods as _;
    let row = (
        leases::name.eq(name),
        leases::holder.eq(""),
        leases::expires_at.eq(chrono::DateTime::UNIX_EPOCH.naive_utc()),
    );
    match connection {
        DbConnection::Sqlite(c) => diesel::insert_into(leases::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConnection::Pg(c) => diesel::insert_into(leases::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(())
}

#[derive(diesel::QueryableByName)]
struct IdRow {
    #[diesel(sql_type = Text)]
    id: String,
}

/// The ids of up to `limit` of the organisation's notifications due at `at`: pending ones whose
/// time came, and claimed ones whose sender's lease lapsed. On PostgreSQL the rows are locked
/// and rows another replica holds are skipped (`FOR UPDATE SKIP LOCKED`); SQLite has one
/// writer, whose transaction is the lock.
pub(crate) fn due_notification_ids(
    connection: &mut DbConnection,
    organisation_id: &str,
    at: chrono::NaiveDateTime,
    limit: i64,
) -> Result<Vec<String>, ModelError> {
    use diesel::sql_types::Timestamp;
    let select = "SELECT id FROM notifications WHERE organisation_id = {o} \
         AND ((status = 'pending' AND send_after <= {t}) OR (status = 'sending' AND lease_until <= {t})) \
         ORDER BY send_after LIMIT {l}";
    let rows: Vec<IdRow> = match connection {
        DbConnection::Sqlite(c) => diesel::sql_query(
            select
                .replace("{o}", "?1")
                .replace("{t}", "?2")
                .replace("{l}", "?3"),
        )
        .bind::<Text, _>(organisation_id)
        .bind::<Timestamp, _>(at)
        .bind::<BigInt, _>(limit)
        .load(c)?,
        DbConnection::Pg(c) => diesel::sql_query(format!(
            "{} FOR UPDATE SKIP LOCKED",
            select
                .replace("{o}", "$1")
                .replace("{t}", "$2")
                .replace("{l}", "$3")
        ))
        .bind::<Text, _>(organisation_id)
        .bind::<Timestamp, _>(at)
        .bind::<BigInt, _>(limit)
        .load(c)?,
    };
    Ok(rows.into_iter().map(|r| r.id).collect())
}

#[derive(diesel::QueryableByName)]
struct ValueRow {
    #[diesel(sql_type = Text)]
    value: String,
}

/// Reads a setting inside the caller's write transaction and, on PostgreSQL, locks its row
/// until the transaction ends (creating it empty first, so there is a row to lock), so that
/// replicas doing the same work take turns. An empty value reads as `None`.
pub(crate) fn lock_setting(
    connection: &mut DbConnection,
    key: &str,
) -> Result<Option<String>, ModelError> {
    let row: Option<ValueRow> = match connection {
        DbConnection::Sqlite(c) => diesel::sql_query("SELECT value FROM settings WHERE key = ?1")
            .bind::<Text, _>(key)
            .get_result(c)
            .optional()?,
        DbConnection::Pg(c) => {
            diesel::sql_query(
                "INSERT INTO settings (key, value) VALUES ($1, '') ON CONFLICT (key) DO NOTHING",
            )
            .bind::<Text, _>(key)
            .execute(c)?;
            diesel::sql_query("SELECT value FROM settings WHERE key = $1 FOR UPDATE")
                .bind::<Text, _>(key)
                .get_result(c)
                .optional()?
        }
    };
    Ok(row.map(|r| r.value).filter(|v| !v.is_empty()))
}

/// Inside the caller's write transaction, on PostgreSQL, locks the organisation's row until
/// the transaction ends, so that two writes checking one another's rules (new risk scales and
/// a manager's assessment against the old ones) take turns. SQLite writers already take turns.
pub(crate) fn lock_organisation(
    connection: &mut DbConnection,
    organisation_id: &str,
) -> Result<(), ModelError> {
    if let DbConnection::Pg(c) = connection {
        diesel::sql_query("SELECT id FROM organisations WHERE id = $1 FOR UPDATE")
            .bind::<Text, _>(organisation_id)
            .execute(c)?;
    }
    Ok(())
}

/// Inserts many framework requirements at once (8 columns a row).
pub(crate) fn insert_framework_requirements(
    connection: &mut DbConnection,
    rows: &[crate::framework::RequirementRow],
) -> Result<usize, ModelError> {
    insert_batch!(
        connection,
        crate::schema::framework_requirements::table,
        rows,
        2_000
    )
}

/// Inserts many mappings at once (8 columns a row).
pub(crate) fn insert_mappings(
    connection: &mut DbConnection,
    rows: &[crate::framework::MappingRow],
) -> Result<usize, ModelError> {
    insert_batch!(connection, crate::schema::mappings::table, rows, 2_000)
}

/// A larger SQLite page cache while a bulk write runs (`on`), back to the default after: a
/// transaction that writes hundreds of thousands of rows otherwise spills pages to the WAL
/// before it commits. PostgreSQL's cache is the server's.
pub(crate) fn bulk_cache(connection: &mut DbConnection, on: bool) -> Result<(), ModelError> {
    if let DbConnection::Sqlite(c) = connection {
        // Negative: kibibytes. 64 MiB while on, SQLite's default 2 MiB after.
        let size = if on { -65_536 } else { -2_000 };
        diesel::sql_query(format!("PRAGMA cache_size = {size}")).execute(c)?;
    }
    Ok(())
}

#[derive(diesel::QueryableByName)]
struct RevisionRow {
    #[diesel(sql_type = BigInt)]
    database: i64,
    #[diesel(sql_type = BigInt)]
    organisation: i64,
}

#[derive(diesel::QueryableByName)]
struct CountRow {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// A count that moves when the open transaction writes a row: SQLite's changes on this
/// connection; on PostgreSQL 1 once the transaction has a transaction id (it wrote or
/// locked a row), 0 before. Comparing it before and after a write transaction's work tells
/// whether there is anything to raise the revision for: a transaction that only read must
/// stay a reader (on SQLite, upgrading it to a writer at its end fails with "database is
/// locked" when another process wrote since it began).
pub(crate) fn rows_written(connection: &mut DbConnection) -> Result<i64, ModelError> {
    let row: CountRow = match connection {
        DbConnection::Sqlite(c) => {
            diesel::sql_query("SELECT total_changes() AS n").get_result(c)?
        }
        DbConnection::Pg(c) => diesel::sql_query(
            "SELECT CASE WHEN txid_current_if_assigned() IS NULL THEN 0 ELSE 1 END::BIGINT AS n",
        )
        .get_result(c)?,
    };
    Ok(row.n)
}

/// Raises the revision inside the write transaction about to commit: the organisation's when
/// the write names one, the database's otherwise. SQLite only: it has one writer at a time,
/// so the raise costs no writer any wait, and it commits (or not) with the change itself.
pub(crate) fn raise_revision_within(
    connection: &mut DbConnection,
    organisation_id: Option<&str>,
) -> Result<(), ModelError> {
    if let DbConnection::Sqlite(c) = connection {
        match organisation_id {
            Some(organisation_id) => {
                diesel::sql_query(
                    "INSERT INTO organisation_changes (organisation_id, revision) VALUES (?, 1) \
                     ON CONFLICT (organisation_id) DO UPDATE SET revision = revision + 1",
                )
                .bind::<Text, _>(organisation_id)
                .execute(c)?;
            }
            None => c.batch_execute("UPDATE changes SET revision = revision + 1 WHERE id = 1")?,
        }
    }
    Ok(())
}

/// Raises the revision once a write transaction has committed, as
/// [`raise_revision_within`] does on SQLite. PostgreSQL only, outside the transaction: raised
/// before the commit, a reader could keep, under the new revision, an answer computed without
/// the change; raised inside it, the organisation's row would make its writers queue behind
/// each other (an import's transaction included). The database's is a sequence: no row at all.
pub(crate) fn raise_revision_after(
    connection: &mut DbConnection,
    organisation_id: Option<&str>,
) -> Result<(), ModelError> {
    if let DbConnection::Pg(c) = connection {
        match organisation_id {
            Some(organisation_id) => {
                diesel::sql_query(
                    "INSERT INTO organisation_changes (organisation_id, revision) VALUES ($1, 1) \
                     ON CONFLICT (organisation_id) DO UPDATE \
                     SET revision = organisation_changes.revision + 1",
                )
                .bind::<Text, _>(organisation_id)
                .execute(c)?;
            }
            None => c.batch_execute("SELECT nextval('changes')")?,
        }
    }
    Ok(())
}

/// The database's revision and `organisation_id`'s now (0 before its first write): see
/// [`raise_revision_within`] and [`raise_revision_after`].
pub(crate) fn revision(
    connection: &mut DbConnection,
    organisation_id: &str,
) -> Result<(i64, i64), ModelError> {
    let row: RevisionRow = match connection {
        DbConnection::Sqlite(c) => diesel::sql_query(
            "SELECT (SELECT revision FROM changes WHERE id = 1) AS database, \
             COALESCE((SELECT revision FROM organisation_changes WHERE organisation_id = ?), 0) \
             AS organisation",
        )
        .bind::<Text, _>(organisation_id)
        .get_result(c)?,
        // `last_value` stays put until the first `nextval`, which only sets `is_called`.
        DbConnection::Pg(c) => diesel::sql_query(
            "SELECT (SELECT last_value + (CASE WHEN is_called THEN 1 ELSE 0 END) FROM changes) \
             AS database, \
             COALESCE((SELECT revision FROM organisation_changes WHERE organisation_id = $1), 0) \
             AS organisation",
        )
        .bind::<Text, _>(organisation_id)
        .get_result(c)?,
    };
    Ok((row.database, row.organisation))
}

/// Makes a SQLite connection refuse (or accept again) any write (`PRAGMA query_only`).
/// PostgreSQL connections are left as they are.
pub(crate) fn refuse_writes(connection: &mut DbConnection, refuse: bool) -> Result<(), ModelError> {
    if let DbConnection::Sqlite(c) = connection {
        c.batch_execute(if refuse {
            "PRAGMA query_only = ON"
        } else {
            "PRAGMA query_only = OFF"
        })?;
    }
    Ok(())
}
