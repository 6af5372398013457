//! Database access for both backends: one connection type, one pool, migrations, and the
//! transaction discipline every write follows.
//!
//! Queries are written once against [`DbConnection`], diesel's `MultiConnection` over SQLite and
//! PostgreSQL. The few statements whose SQL differs between the two live in [`backend`] and
//! nowhere else.

pub mod backend;
mod connection;

pub use connection::DbConnection;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};

use crate::error::ModelError;

/// Which database a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite://path`, `sqlite:path` or a plain file path.
    Sqlite,
    /// `postgres://` or `postgresql://`.
    Postgres,
}

impl Backend {
    /// Chooses the backend from a database URL: PostgreSQL for `postgres://` and
    /// `postgresql://`, SQLite for everything else.
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    /// The name used in logs and `/readyz`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Opens connections for the pool and sets each one up the way the application needs it.
#[derive(Debug, Clone)]
struct Manager {
    url: String,
    backend: Backend,
}

impl Manager {
    fn sqlite_path(&self) -> &str {
        self.url
            .strip_prefix("sqlite://")
            .or_else(|| self.url.strip_prefix("sqlite:"))
            .unwrap_or(&self.url)
    }
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = ModelError;

    fn connect(&self) -> Result<DbConnection, ModelError> {
        match self.backend {
            Backend::Postgres => {
                let connection = PgConnection::establish(&self.url)
                    .map_err(|e| ModelError::Connect(e.to_string()))?;
                Ok(DbConnection::Pg(connection))
            }
            Backend::Sqlite => {
                let mut connection = SqliteConnection::establish(self.sqlite_path())
                    .map_err(|e| ModelError::Connect(e.to_string()))?;
                // WAL lets readers run while one writer commits; the busy timeout makes a second
                // process (an admin command, say) wait for the lock instead of failing at once.
                // The log is copied into the database by the pool's checkpointer, not by the
                // commit that happens to fill it ([`Checkpointer`]), and cut back to 64 MB once
                // copied.
                connection.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                     PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864;",
                )?;
                Ok(DbConnection::Sqlite(connection))
            }
        }
    }

    fn is_valid(&self, connection: &mut DbConnection) -> Result<(), ModelError> {
        diesel::sql_query("SELECT 1").execute(connection)?;
        Ok(())
    }

    fn has_broken(&self, _connection: &mut DbConnection) -> bool {
        false
    }
}

/// The application's handle on its database: a pool of connections plus the rules for using it.
///
/// Reads run on any pooled connection. Writes run in a transaction through [`Database::write`];
/// on SQLite they are also serialised inside the process, because SQLite has one writer at a
/// time and a deferred transaction that reads first and writes later can otherwise fail with
/// "database is locked" instead of waiting.
#[derive(Clone)]
pub struct Database {
    pool: r2d2::Pool<Manager>,
    backend: Backend,
    sqlite_writer: Option<Arc<Mutex<()>>>,
    /// Held for its drop: the last clone's stops the checkpointer.
    _checkpointer: Option<Arc<Checkpointer>>,
}

/// How often the SQLite checkpointer copies the log into the database.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// Copies SQLite's write-ahead log into the database file on a thread of its own, every
/// [`CHECKPOINT_EVERY`]. Left to SQLite, the commit that takes the log past 4 MB does the copy
/// before it returns: the import of a 100,000-row register waited about a second more for it
/// (and a small write, now and then, a few milliseconds). The copy is passive: it never waits
/// for readers or the writer, and copies what they allow.
struct Checkpointer {
    /// Dropped with the last [`Database`] clone, which ends the thread.
    _stop: std::sync::mpsc::Sender<()>,
}

impl Checkpointer {
    fn start(pool: r2d2::Pool<Manager>) -> Result<Checkpointer, ModelError> {
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("sqlite-checkpointer".to_owned())
            .spawn(move || {
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                    stopped.recv_timeout(CHECKPOINT_EVERY)
                {
                    let copied = pool
                        .get()
                        .map_err(ModelError::from)
                        .and_then(|mut connection| backend::checkpoint(&mut connection));
                    if let Err(error) = copied {
                        tracing::warn!(%error, "copying the SQLite log into the database failed");
                    }
                }
            })
            .map_err(|e| ModelError::Connect(format!("cannot start the checkpointer: {e}")))?;
        Ok(Checkpointer { _stop: stop })
    }
}

/// Which revision a write raises.
#[derive(Debug, Clone, Copy)]
enum Raise<'a> {
    Nothing,
    /// The database's, if the transaction wrote a row.
    Database,
    /// The organisation's, if the transaction wrote a row.
    Organisation(&'a str),
    /// The database's, whatever the transaction did.
    Always,
}

/// An organisation's revision: the database's count of writes at large and the
/// organisation's own ([`Database::revision`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    /// Raised by every write that names no organisation.
    pub database: i64,
    /// Raised by the organisation's own writes.
    pub organisation: i64,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("backend", &self.backend)
            .finish()
    }
}

impl Database {
    /// Opens a pool of `pool_size` connections to `url`. For SQLite the file's folder is created
    /// if it is missing.
    pub fn connect(url: &str, pool_size: u32) -> Result<Database, ModelError> {
        let backend = Backend::of_url(url);
        let manager = Manager {
            url: url.to_owned(),
            backend,
        };
        if backend == Backend::Sqlite
            && let Some(parent) = std::path::Path::new(manager.sqlite_path()).parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(|e| {
                ModelError::Connect(format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        let pool = r2d2::Pool::builder()
            .max_size(pool_size.max(1))
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| ModelError::Connect(e.to_string()))?;
        let checkpointer = match backend {
            Backend::Sqlite => Some(Arc::new(Checkpointer::start(pool.clone())?)),
            Backend::Postgres => None,
        };
        Ok(Database {
            pool,
            backend,
            sqlite_writer: (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(()))),
            _checkpointer: checkpointer,
        })
    }

    /// The pool's connections: open, idle, and the most it opens.
    pub fn pool_state(&self) -> (u32, u32, u32) {
        let state = self.pool.state();
        (
            state.connections,
            state.idle_connections,
            self.pool.max_size(),
        )
    }

    /// Which backend this database runs on.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies every pending migration for this backend. Safe to run from several processes at
    /// once: PostgreSQL replicas take an advisory lock first.
    pub fn migrate(&self) -> Result<Vec<String>, ModelError> {
        let applied = {
            let mut connection = self.pool.get()?;
            backend::run_migrations(&mut connection)?
        };
        // A migration may change what answers say; replicas still running the old version
        // must not keep serving theirs.
        if !applied.is_empty() {
            self.raise_revision()?;
        }
        Ok(applied)
    }

    /// Runs `f` on a pooled connection, outside any explicit transaction.
    pub fn read<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> Result<T, ModelError>,
    ) -> Result<T, ModelError> {
        let mut connection = self.pool.get()?;
        // Kept answers are replaced only when a write raises the revision, so a read must not
        // write. Debug builds on SQLite (the tests) refuse any write made here.
        if cfg!(debug_assertions) {
            backend::refuse_writes(&mut connection, true)?;
        }
        let answer = f(&mut connection);
        if cfg!(debug_assertions) {
            backend::refuse_writes(&mut connection, false)?;
        }
        answer
    }

    /// Runs `f` in one transaction: everything it writes is committed together, or nothing is.
    /// If it wrote a row, the database's revision moves as it commits (every organisation's
    /// kept answers go).
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> Result<T, ModelError>,
    ) -> Result<T, ModelError> {
        self.transact(f, Raise::Database)
    }

    /// Like [`Database::write`], for a write that changes `organisation_id`'s data and no
    /// other's: that organisation's revision moves, and other organisations keep their kept
    /// answers.
    pub fn write_for<T>(
        &self,
        organisation_id: &str,
        f: impl FnOnce(&mut DbConnection) -> Result<T, ModelError>,
    ) -> Result<T, ModelError> {
        self.transact(f, Raise::Organisation(organisation_id))
    }

    /// Like [`Database::write`], leaving the revisions where they are: for rows no answer is
    /// computed from (the scheduling lease, renewed on every notifier tick, which would
    /// otherwise drop every kept answer each minute). Crate-private, so each use is in sight.
    pub(crate) fn write_unseen<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> Result<T, ModelError>,
    ) -> Result<T, ModelError> {
        self.transact(f, Raise::Nothing)
    }

    /// Raises the database's revision with no other write: every kept answer is computed
    /// again. Done after migrations; benchmarks use it to time computed answers.
    pub fn raise_revision(&self) -> Result<(), ModelError> {
        self.transact(|_| Ok(()), Raise::Always)
    }

    fn transact<T>(
        &self,
        f: impl FnOnce(&mut DbConnection) -> Result<T, ModelError>,
        raise: Raise<'_>,
    ) -> Result<T, ModelError> {
        let mut connection = self.pool.get()?;
        // A poisoned lock only means another writer panicked; its transaction was rolled back.
        let _guard = self
            .sqlite_writer
            .as_ref()
            .map(|lock| lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        let mut organisation = match raise {
            Raise::Nothing => None,
            Raise::Database | Raise::Always => Some(None),
            Raise::Organisation(id) => Some(Some(id)),
        };
        let written = connection.transaction(|c| {
            let before = backend::rows_written(c)?;
            let written = f(c)?;
            // Nothing written, nothing to raise: the transaction stays a reader.
            if !matches!(raise, Raise::Always) && backend::rows_written(c)? == before {
                organisation = None;
            }
            if let Some(organisation) = organisation {
                backend::raise_revision_within(c, organisation)?;
            }
            Ok::<T, ModelError>(written)
        })?;
        // The change is committed whatever happens here: failing the write now would tell the
        // caller it did not happen. Kept answers then wait for the next write to be replaced.
        if let Some(organisation) = organisation
            && let Err(error) = backend::raise_revision_after(&mut connection, organisation)
        {
            tracing::warn!(%error, "cannot raise the revision after a write");
        }
        Ok(written)
    }

    /// Where `organisation_id`'s answers stand: numbers that move with every committed write
    /// to its data ([`Database::write_for`]) or to the database at large
    /// ([`Database::write`]), by any process. An answer computed after reading revision `r`
    /// reflects every such write up to `r` at least, so it may be served again while the
    /// revision is still `r`.
    pub fn revision(&self, organisation_id: &str) -> Result<Revision, ModelError> {
        let (database, organisation) = self.read(|c| backend::revision(c, organisation_id))?;
        Ok(Revision {
            database,
            organisation,
        })
    }

    /// Brings PostgreSQL's planner statistics up to date on the tables a large import fills.
    /// Until autovacuum gets to them (a minute or more later), a freshly filled table looks
    /// empty to the planner, and a findings page filtered by requirement took 1.5 s instead of
    /// 4 ms. SQLite's planner needs no statistics for these queries: nothing is done there.
    pub fn refresh_statistics(&self) -> Result<(), ModelError> {
        if self.backend != Backend::Postgres {
            return Ok(());
        }
        self.read(|connection| {
            diesel::sql_query(
                "ANALYZE findings, finding_requirements, finding_deadlines, finding_counts, \
                 corrective_action_plans, tasks, history, outbox",
            )
            .execute(connection)?;
            Ok(())
        })
    }

    /// Checks that the database answers a trivial query (the readiness probe).
    pub fn ping(&self) -> Result<(), ModelError> {
        self.read(|connection| {
            diesel::sql_query("SELECT 1").execute(connection)?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(path: &std::path::Path) -> u64 {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }

    /// What a write commits reaches the database file itself within a few seconds, copied by
    /// the checkpointer: commits no longer copy the log, so without it the file would not
    /// grow while the service runs, and the log would.
    #[test]
    fn committed_writes_reach_the_database_file_through_the_checkpointer() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("closeout.db");
        let db = Database::connect(&path.to_string_lossy(), 2).expect("a database");
        db.migrate().expect("migrations");
        db.write(|c| {
            c.batch_execute("CREATE TABLE notes (body TEXT NOT NULL)")?;
            Ok(())
        })
        .expect("a table");
        let before = size(&path);
        db.write(|c| {
            for _ in 0..2_000 {
                diesel::sql_query("INSERT INTO notes (body) VALUES (?)")
                    .bind::<diesel::sql_types::Text, _>("x".repeat(4_000))
                    .execute(c)?;
            }
            Ok(())
        })
        .expect("8 MB of notes");
        // The commit left its pages in the log: far more than SQLite's own 4 MB threshold.
        assert!(size(&path.with_extension("db-wal")) > 8_000_000);
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while size(&path) < before + 8_000_000 {
            assert!(
                std::time::Instant::now() < deadline,
                "the database file stayed at {} bytes",
                size(&path)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kept answers rely on this: the revision moves with each committed write, and with
    /// nothing else.
    #[test]
    fn the_revision_moves_with_committed_writes_only() {
        let folder = tempfile::tempdir().expect("a folder");
        let path = folder.path().join("closeout.db");
        let db = Database::connect(&path.to_string_lossy(), 2).expect("a database");
        db.migrate().expect("migrations");
        let at = |organisation: &str| db.revision(organisation).expect("revision");
        let start = at("acme");
        // Applying migrations moved the database's (from 0); finding none to apply does not.
        assert_eq!(
            start,
            Revision {
                database: 1,
                organisation: 0
            }
        );
        assert!(db.migrate().expect("no migrations").is_empty());
        assert_eq!(at("acme"), start);
        // A write transaction that writes no row (here a table, not data) leaves it.
        db.write(|c| {
            c.batch_execute("CREATE TABLE notes (body TEXT NOT NULL)")?;
            Ok(())
        })
        .expect("a table");
        assert_eq!(at("acme"), start);
        db.write(|c| {
            c.batch_execute("INSERT INTO notes (body) VALUES ('everyone')")?;
            Ok(())
        })
        .expect("a note");
        let after_write = at("acme");
        assert_eq!(after_write.database, start.database + 1);
        // A write for one organisation moves its revision, not another's nor the database's.
        db.write_for("acme", |c| {
            c.batch_execute("INSERT INTO notes (body) VALUES ('acme')")?;
            Ok(())
        })
        .expect("acme's note");
        assert_eq!(
            at("acme"),
            Revision {
                organisation: 1,
                ..after_write
            }
        );
        assert_eq!(at("globex"), after_write);
        db.read(|c| {
            diesel::sql_query("SELECT count(*) FROM notes").execute(c)?;
            Ok(())
        })
        .expect("a read");
        // A read that writes is refused (in debug builds, as the tests run): it would change
        // answers without moving the revision.
        let sneaked = db.read(|c| {
            c.batch_execute("INSERT INTO notes (body) VALUES ('sneaked in')")?;
            Ok(())
        });
        assert!(sneaked.is_err());
        let failed = db.write_for("acme", |c| {
            c.batch_execute("INSERT INTO notes (body) VALUES ('kept?')")?;
            Err::<(), _>(ModelError::Conflict("changed my mind".into()))
        });
        assert!(failed.is_err());
        db.write_unseen(|c| {
            c.batch_execute("INSERT INTO notes (body) VALUES ('bookkeeping')")?;
            Ok(())
        })
        .expect("an unseen write");
        assert_eq!(at("acme").organisation, 1);
        assert_eq!(at("acme").database, after_write.database);
        // Another process's write (another `Database` on the same file) moves it too.
        let other = Database::connect(&path.to_string_lossy(), 1).expect("a database");
        other
            .write_for("acme", |c| {
                c.batch_execute("INSERT INTO notes (body) VALUES ('from elsewhere')")?;
                Ok(())
            })
            .expect("a note");
        assert_eq!(at("acme").organisation, 2);
    }
}
